//! A [`Doc`] as the text of a Swagger 2.0, OpenAPI 3.0 or 3.1 document. Rendering is total: whatever
//! the shrinker leaves of a document still renders as a valid one (templates made unique, parameters
//! unique by name and location, references to removed components dropped, at least one response).

use serde_json::{Map, Value, json};

use super::doc::*;

/// The document's text, in its syntax.
pub fn text(doc: &Doc) -> String {
    let value = to_json(doc);
    match doc.syntax {
        Syntax::Json => serde_json::to_string_pretty(&value).expect("a JSON value serializes") + "\n",
        Syntax::Yaml => specgen::convert::yaml::to_string(&value),
    }
}

/// The file extension that matches the syntax.
pub fn extension(doc: &Doc) -> &'static str {
    match doc.syntax {
        Syntax::Json => "json",
        Syntax::Yaml => "yaml",
    }
}

pub fn to_json(doc: &Doc) -> Value {
    Renderer { doc }.document()
}

struct Renderer<'d> {
    doc: &'d Doc,
}

impl Renderer<'_> {
    fn v2(&self) -> bool {
        self.doc.version == Version::V2
    }

    fn v31(&self) -> bool {
        self.doc.version == Version::V31
    }

    fn document(&self) -> Value {
        let doc = self.doc;
        let mut root = Map::new();
        match doc.version {
            Version::V2 => root.insert("swagger".into(), json!("2.0")),
            Version::V30 => root.insert("openapi".into(), json!("3.0.3")),
            Version::V31 => root.insert("openapi".into(), json!("3.1.0")),
        };
        root.insert("info".into(), json!({"title": doc.title, "version": "1.0.0"}));
        let mut shared = Shared::default();
        root.insert("paths".into(), self.paths(&mut shared));
        let schemas: Map<String, Value> = doc
            .schemas
            .iter()
            .map(|c| (c.name.clone(), self.schema(&c.schema)))
            .collect();
        let schemes: Map<String, Value> = doc.schemes.iter().map(|s| (s.name.clone(), self.scheme(s))).collect();
        if self.v2() {
            for (key, map) in [
                ("definitions", schemas),
                ("parameters", shared.parameters),
                ("responses", shared.responses),
                ("securityDefinitions", schemes),
            ] {
                if !map.is_empty() {
                    root.insert(key.into(), Value::Object(map));
                }
            }
        } else {
            let mut components = Map::new();
            for (key, map) in [
                ("schemas", schemas),
                ("parameters", shared.parameters),
                ("requestBodies", shared.bodies),
                ("responses", shared.responses),
                ("securitySchemes", schemes),
            ] {
                if !map.is_empty() {
                    components.insert(key.into(), Value::Object(map));
                }
            }
            if !components.is_empty() {
                root.insert("components".into(), Value::Object(components));
            }
        }
        if let Some(security) = &doc.security {
            root.insert("security".into(), self.security(security));
        }
        Value::Object(root)
    }

    fn paths(&self, shared: &mut Shared) -> Value {
        let mut paths = Map::new();
        // Templates equal but for their parameter names are one path to OpenAPI: keep them apart.
        let mut taken: Vec<(String, String, Vec<Method>)> = Vec::new();
        for (i, op) in self.doc.ops.iter().enumerate() {
            let params = unique_params(&op.params);
            let mut template = template(op, &params);
            loop {
                let shape = shape_of(&template);
                match taken.iter_mut().find(|(s, _, _)| *s == shape) {
                    None => {
                        taken.push((shape, template.clone(), vec![op.method]));
                        break;
                    }
                    Some((_, t, methods)) if *t == template && !methods.contains(&op.method) => {
                        methods.push(op.method);
                        break;
                    }
                    Some(_) => template.push_str(&format!("/op{i}")),
                }
            }
            let item = paths.entry(template).or_insert_with(|| json!({}));
            item[op.method.key()] = self.operation(op, &params, shared);
        }
        Value::Object(paths)
    }

    fn operation(&self, op: &Op, params: &[&Param], shared: &mut Shared) -> Value {
        let mut out = Map::new();
        if let Some(id) = &op.operation_id {
            out.insert("operationId".into(), json!(id));
        }
        let mut list: Vec<Value> = params.iter().map(|p| self.param_or_ref(p, shared)).collect();
        let mut consumes = Vec::new();
        if let Some(body) = &op.body {
            if self.v2() {
                consumes = body.media.iter().map(|m| m.content_type(false)).collect();
                list.extend(self.body_v2(body, params));
            } else {
                out.insert("requestBody".into(), self.body_or_ref(body, shared));
            }
        }
        if !list.is_empty() {
            out.insert("parameters".into(), Value::Array(list));
        }
        let mut responses = Map::new();
        let mut produces: Vec<&str> = Vec::new();
        for r in &op.responses {
            let key = match r.status {
                Status::Code(c) => c.to_string(),
                Status::Range(n) if self.v2() => format!("{n}99"),
                Status::Range(n) => format!("{n}XX"),
                Status::Default => "default".into(),
            };
            if responses.contains_key(&key) {
                continue;
            }
            if let Some((media, _)) = &r.content {
                for m in media {
                    if !produces.contains(&m.content_type(true)) {
                        produces.push(m.content_type(true));
                    }
                }
            }
            responses.insert(key, self.response_or_ref(r, shared));
        }
        if responses.is_empty() {
            responses.insert("default".into(), json!({"description": "any response"}));
        }
        if self.v2() {
            if !consumes.is_empty() {
                out.insert("consumes".into(), json!(consumes));
            }
            if !produces.is_empty() {
                out.insert("produces".into(), json!(produces));
            }
        }
        out.insert("responses".into(), Value::Object(responses));
        if let Some(security) = &op.security {
            out.insert("security".into(), self.security(security));
        }
        Value::Object(out)
    }

    fn security(&self, requirements: &[Requirement]) -> Value {
        let known = |n: &String| self.doc.schemes.iter().any(|s| &s.name == n);
        // OAuth2 requirements list scopes, which the generated router passes to the scheme's
        // authentication method as string literals.
        let scopes = |n: &String| match self.doc.schemes.iter().find(|s| &s.name == n).map(|s| &s.kind) {
            Some(SchemeKind::OAuth2(_)) => json!(SCOPES.iter().map(|(scope, _)| scope).collect::<Vec<_>>()),
            _ => json!([]),
        };
        let list: Vec<Value> = requirements
            .iter()
            .filter(|r| r.iter().all(known))
            .map(|r| Value::Object(r.iter().map(|n| (n.clone(), scopes(n))).collect()))
            .collect();
        Value::Array(list)
    }

    fn scheme(&self, s: &Scheme) -> Value {
        let (auth, token) = ("https://example.com/authorize", "https://example.com/token");
        match (&s.kind, self.doc.version) {
            (SchemeKind::ApiKey { location, name }, v) => {
                let location = match (location, v) {
                    (Location::Cookie, Version::V2) => "header",
                    (l, _) => l.key(),
                };
                json!({"type": "apiKey", "name": name, "in": location})
            }
            (SchemeKind::Basic | SchemeKind::Http(_), Version::V2) => json!({"type": "basic"}),
            (SchemeKind::Basic, _) => json!({"type": "http", "scheme": "basic"}),
            (SchemeKind::Http(scheme), _) if scheme == "bearer" => {
                json!({"type": "http", "scheme": scheme, "bearerFormat": "JWT"})
            }
            (SchemeKind::Http(scheme), _) => json!({"type": "http", "scheme": scheme}),
            (SchemeKind::OAuth2(flow), Version::V2) => {
                let mut v = json!({"type": "oauth2", "scopes": scope_map()});
                let (name, urls): (&str, &[(&str, &str)]) = match flow {
                    Flow::Implicit => ("implicit", &[("authorizationUrl", auth)]),
                    Flow::Password => ("password", &[("tokenUrl", token)]),
                    Flow::ClientCredentials => ("application", &[("tokenUrl", token)]),
                    Flow::AuthorizationCode => ("accessCode", &[("authorizationUrl", auth), ("tokenUrl", token)]),
                };
                v["flow"] = json!(name);
                for (k, url) in urls {
                    v[*k] = json!(url);
                }
                v
            }
            (SchemeKind::OAuth2(flow), _) => {
                let (name, urls): (&str, &[(&str, &str)]) = match flow {
                    Flow::Implicit => ("implicit", &[("authorizationUrl", auth)]),
                    Flow::Password => ("password", &[("tokenUrl", token)]),
                    Flow::ClientCredentials => ("clientCredentials", &[("tokenUrl", token)]),
                    Flow::AuthorizationCode => {
                        ("authorizationCode", &[("authorizationUrl", auth), ("tokenUrl", token)])
                    }
                };
                let mut f = json!({"scopes": scope_map()});
                for (k, url) in urls {
                    f[*k] = json!(url);
                }
                json!({"type": "oauth2", "flows": {name: f}})
            }
            (SchemeKind::OpenIdConnect, Version::V2) => json!({"type": "basic"}),
            (SchemeKind::OpenIdConnect, _) => json!({
                "type": "openIdConnect",
                "openIdConnectUrl": "https://example.com/.well-known/openid-configuration"
            }),
            (SchemeKind::MutualTls, Version::V31) => json!({"type": "mutualTLS"}),
            (SchemeKind::MutualTls, _) => json!({"type": "apiKey", "name": "X-Client-Cert", "in": "header"}),
        }
    }

    fn param_or_ref(&self, p: &Param, shared: &mut Shared) -> Value {
        let value = self.param(p);
        match &p.shared {
            Some(name) => {
                let name = shared.claim_param(name, &value);
                let prefix = if self.v2() {
                    "#/parameters/"
                } else {
                    "#/components/parameters/"
                };
                json!({"$ref": format!("{prefix}{}", pointer_escape(&name))})
            }
            None => value,
        }
    }

    fn param(&self, p: &Param) -> Value {
        let mut out = Map::new();
        out.insert("name".into(), json!(p.name));
        let location = match (p.location, self.doc.version) {
            (Location::Cookie, Version::V2) => "header",
            (l, _) => l.key(),
        };
        out.insert("in".into(), json!(location));
        if p.description {
            out.insert("description".into(), json!(format!("The `{}` parameter.", p.name)));
        }
        let required = p.required || p.location == Location::Path;
        if required {
            out.insert("required".into(), json!(true));
        }
        if self.v2() {
            let mut simple = self.simple_v2(&p.schema);
            if let Value::Object(m) = &mut simple {
                if matches!(p.schema.kind, Kind::Array(_)) {
                    let format = match (p.style, p.explode, p.location) {
                        (_, Some(true), Location::Query) => "multi",
                        (Some(Style::SpaceDelimited), _, _) => "ssv",
                        (Some(Style::PipeDelimited), _, _) => "pipes",
                        _ => "csv",
                    };
                    m.insert("collectionFormat".into(), json!(format));
                }
                out.append(m);
            }
            return Value::Object(out);
        }
        let schema = self.schema(&p.schema);
        // `content` excludes the serialization keywords.
        if !p.content {
            if let Some(style) = p.style {
                out.insert("style".into(), json!(style.key()));
            }
            if let Some(explode) = p.explode {
                out.insert("explode".into(), json!(explode));
            }
        }
        if p.content {
            out.insert("content".into(), json!({"application/json": {"schema": schema}}));
        } else {
            out.insert("schema".into(), schema);
        }
        Value::Object(out)
    }

    /// A 2.0 non-body parameter's (or header's) keywords: primitives and arrays of them only.
    fn simple_v2(&self, s: &Schema) -> Value {
        let mut out = match &s.kind {
            Kind::Str(_) | Kind::Int(_) | Kind::Num(_) | Kind::Bool => self.schema(&Schema {
                nullable: false,
                ..s.clone()
            }),
            Kind::Array(a) => {
                let mut m = Map::new();
                m.insert("type".into(), json!("array"));
                let mut items = self.simple_v2(&a.items);
                // Items have no description in 2.0.
                if let Value::Object(i) = &mut items {
                    i.remove("description");
                }
                m.insert("items".into(), items);
                if let Some(n) = a.min_items {
                    m.insert("minItems".into(), json!(n));
                }
                if let Some(n) = a.max_items {
                    m.insert("maxItems".into(), json!(n));
                }
                if a.unique {
                    m.insert("uniqueItems".into(), json!(true));
                }
                Value::Object(m)
            }
            Kind::Types(types) if !types.is_empty() => json!({"type": prim(types[0])}),
            _ => json!({"type": "string"}),
        };
        if s.nullable
            && let Value::Object(m) = &mut out
        {
            m.insert("x-nullable".into(), json!(true));
        }
        out
    }

    /// 2.0: the body parameter, or one `formData` parameter per property of a form body.
    fn body_v2(&self, body: &Body, params: &[&Param]) -> Vec<Value> {
        let form = matches!(body.media.first(), Some(Media::Form | Media::Multipart));
        if !form {
            let taken = params.iter().any(|p| p.name == body.name);
            let name = if taken || body.name.is_empty() {
                "body".to_owned()
            } else {
                body.name.clone()
            };
            let mut v = json!({"name": name, "in": "body", "schema": self.schema(&body.schema)});
            if body.required {
                v["required"] = json!(true);
            }
            return vec![v];
        }
        let fields: Vec<(String, Value, bool)> = match self.resolved(&body.schema).map(|s| &s.kind) {
            Some(Kind::Object(o)) => o
                .properties
                .iter()
                .filter(|p| !p.name.is_empty())
                .map(|p| (p.name.clone(), self.simple_v2(&p.schema), p.required))
                .collect(),
            _ => vec![("value".to_owned(), json!({"type": "string"}), body.required)],
        };
        let mut seen = Vec::new();
        fields
            .into_iter()
            .filter(|(n, _, _)| {
                let fresh = !seen.contains(n);
                seen.push(n.clone());
                fresh
            })
            .map(|(name, simple, required)| {
                let mut v = json!({"name": name, "in": "formData"});
                if required {
                    v["required"] = json!(true);
                }
                if let (Value::Object(m), Value::Object(s)) = (&mut v, simple) {
                    m.extend(s);
                }
                v
            })
            .collect()
    }

    /// A schema, or the component it refers to.
    fn resolved<'a>(&'a self, s: &'a Schema) -> Option<&'a Schema> {
        match &s.kind {
            Kind::Ref(name) => self.doc.component(name).map(|c| &c.schema),
            _ => Some(s),
        }
    }

    fn body_or_ref(&self, body: &Body, shared: &mut Shared) -> Value {
        let schema = self.schema(&body.schema);
        let content: Map<String, Value> = body
            .media
            .iter()
            .map(|m| (m.content_type(false).to_owned(), json!({"schema": schema})))
            .collect();
        let mut value = json!({"content": content});
        if body.required {
            value["required"] = json!(true);
        }
        match &body.shared {
            Some(name) => {
                let name = claim(&shared.bodies, name, &value);
                shared.bodies.insert(name.clone(), value);
                json!({"$ref": format!("#/components/requestBodies/{}", pointer_escape(&name))})
            }
            None => value,
        }
    }

    fn response_or_ref(&self, r: &Response, shared: &mut Shared) -> Value {
        let mut value = json!({"description": "a response"});
        if let Some((media, schema)) = &r.content {
            let schema = self.schema(schema);
            if self.v2() {
                value["schema"] = schema;
            } else {
                let content: Map<String, Value> = media
                    .iter()
                    .map(|m| (m.content_type(true).to_owned(), json!({"schema": schema})))
                    .collect();
                value["content"] = Value::Object(content);
            }
        }
        if !r.headers.is_empty() {
            let headers: Map<String, Value> = r
                .headers
                .iter()
                .map(|h| {
                    let v = if self.v2() {
                        self.simple_v2(&h.schema)
                    } else {
                        let mut v = json!({"schema": self.schema(&h.schema)});
                        if h.required {
                            v["required"] = json!(true);
                        }
                        v
                    };
                    (h.name.clone(), v)
                })
                .collect();
            value["headers"] = Value::Object(headers);
        }
        match &r.shared {
            Some(name) => {
                let name = claim(&shared.responses, name, &value);
                shared.responses.insert(name.clone(), value);
                let prefix = if self.v2() {
                    "#/responses/"
                } else {
                    "#/components/responses/"
                };
                json!({"$ref": format!("{prefix}{}", pointer_escape(&name))})
            }
            None => value,
        }
    }

    fn schema(&self, s: &Schema) -> Value {
        let mut m = Map::new();
        let typed = match &s.kind {
            Kind::Any => None,
            Kind::Ref(name) => {
                if self.doc.component(name).is_none() {
                    // Its component was removed (by the shrinker): any value.
                    None
                } else {
                    let prefix = if self.v2() {
                        "#/definitions/"
                    } else {
                        "#/components/schemas/"
                    };
                    m.insert("$ref".into(), json!(format!("{prefix}{}", pointer_escape(name))));
                    if s.nullable && self.v31() {
                        return self.or_null(Value::Object(m), s);
                    }
                    if s.description && self.v31() {
                        m.insert("description".into(), json!("A reference with a sibling (3.1)."));
                    }
                    return Value::Object(m);
                }
            }
            Kind::Bool => Some("boolean"),
            Kind::Str(t) => {
                self.string(&mut m, t, s.nullable);
                Some("string")
            }
            Kind::Int(n) => {
                self.number(&mut m, n);
                Some("integer")
            }
            Kind::Num(n) => {
                self.number(&mut m, n);
                Some("number")
            }
            Kind::Array(a) => {
                m.insert("items".into(), self.schema(&a.items));
                if let Some(n) = a.min_items {
                    m.insert("minItems".into(), json!(n));
                }
                if let Some(n) = a.max_items {
                    m.insert("maxItems".into(), json!(n));
                }
                if a.unique {
                    m.insert("uniqueItems".into(), json!(true));
                }
                Some("array")
            }
            Kind::Object(o) => {
                self.object(&mut m, o);
                Some("object")
            }
            Kind::Map(v) => {
                m.insert("additionalProperties".into(), self.schema(v));
                Some("object")
            }
            Kind::OneOf(u) | Kind::AnyOf(u) => {
                if self.v2() {
                    // 2.0 has no unions: the first member stands for it.
                    return u.members.first().map_or(json!({}), |first| self.schema(first));
                }
                let key = if matches!(s.kind, Kind::OneOf(_)) {
                    "oneOf"
                } else {
                    "anyOf"
                };
                let mut members: Vec<Value> = u.members.iter().map(|x| self.schema(x)).collect();
                if members.is_empty() {
                    members.push(json!({}));
                }
                if s.nullable && self.v31() {
                    members.push(json!({"type": "null"}));
                }
                m.insert(key.into(), Value::Array(members));
                if let Some((prop, mapping)) = &u.discriminator {
                    let mut d = json!({"propertyName": prop});
                    if *mapping {
                        let map: Map<String, Value> = u
                            .members
                            .iter()
                            .filter_map(|x| match &x.kind {
                                Kind::Ref(n) if self.doc.component(n).is_some() => {
                                    Some((n.clone(), json!(format!("#/components/schemas/{}", pointer_escape(n)))))
                                }
                                _ => None,
                            })
                            .collect();
                        if !map.is_empty() {
                            d["mapping"] = Value::Object(map);
                        }
                    }
                    m.insert("discriminator".into(), d);
                }
                None
            }
            Kind::AllOf(members) => {
                let mut list: Vec<Value> = members.iter().map(|x| self.schema(x)).collect();
                if list.is_empty() {
                    list.push(json!({}));
                }
                m.insert("allOf".into(), Value::Array(list));
                if s.nullable && self.v31() {
                    return self.or_null(Value::Object(m), s);
                }
                None
            }
            Kind::Types(types) => {
                let mut names: Vec<&str> = types.iter().map(|t| prim(*t)).collect();
                names.dedup();
                if names.is_empty() {
                    names.push("string");
                }
                match self.doc.version {
                    Version::V31 => {
                        if s.nullable {
                            names.push("null");
                        }
                        m.insert("type".into(), json!(names));
                    }
                    Version::V30 => {
                        let list: Vec<Value> = names.iter().map(|n| json!({"type": n})).collect();
                        m.insert("anyOf".into(), Value::Array(list));
                    }
                    Version::V2 => {
                        m.insert("type".into(), json!(names[0]));
                    }
                }
                None
            }
        };
        if let Some(t) = typed {
            let value = match (s.nullable, self.doc.version) {
                (true, Version::V31) => json!([t, "null"]),
                (true, Version::V30) => {
                    m.insert("nullable".into(), json!(true));
                    json!(t)
                }
                (true, Version::V2) => {
                    m.insert("x-nullable".into(), json!(true));
                    json!(t)
                }
                (false, _) => json!(t),
            };
            m.insert("type".into(), value);
            if s.default
                && let Some(d) = default_for(s)
            {
                m.insert("default".into(), d);
            }
        }
        if s.description {
            m.insert("description".into(), json!("A schema with `ticks`, */ and \"quotes\"."));
        }
        // Keys in a stable, readable order: type first.
        let mut ordered = Map::new();
        if let Some(t) = m.remove("type") {
            ordered.insert("type".into(), t);
        }
        ordered.extend(m);
        Value::Object(ordered)
    }

    /// 3.1: `anyOf: [schema, {type: "null"}]` for schemas without a `type` of their own.
    fn or_null(&self, schema: Value, s: &Schema) -> Value {
        let mut v = json!({"anyOf": [schema, {"type": "null"}]});
        if s.description {
            v["description"] = json!("Nullable.");
        }
        v
    }

    fn string(&self, m: &mut Map<String, Value>, t: &Str, nullable: bool) {
        if !t.values.is_empty() {
            let mut values: Vec<Value> = t.values.iter().map(|v| json!(v)).collect();
            if self.v2() {
                values.dedup();
                let mut seen = Vec::new();
                values.retain(|v| {
                    let fresh = !seen.contains(v);
                    seen.push(v.clone());
                    fresh
                });
            }
            // A nullable enum lists `null` (3.1 requires it for null to validate; 3.0 allows it).
            if nullable && (self.v31() || (t.null_listed && self.doc.version == Version::V30)) {
                values.push(Value::Null);
            }
            m.insert("enum".into(), Value::Array(values));
        }
        if let Some(f) = t.format {
            m.insert("format".into(), json!(f));
        }
        if let Some(n) = t.min_length {
            m.insert("minLength".into(), json!(n));
        }
        if let Some(n) = t.max_length {
            m.insert("maxLength".into(), json!(n));
        }
        if let Some(p) = t.pattern {
            m.insert("pattern".into(), json!(p));
        }
    }

    fn number(&self, m: &mut Map<String, Value>, n: &Num) {
        if let Some(f) = n.format {
            m.insert("format".into(), json!(f));
        }
        for (bound, exclusive, key, ex_key) in [
            (n.minimum, n.exclusive_minimum, "minimum", "exclusiveMinimum"),
            (n.maximum, n.exclusive_maximum, "maximum", "exclusiveMaximum"),
        ] {
            let Some(b) = bound else { continue };
            match (exclusive, self.v31()) {
                (true, true) => {
                    m.insert(ex_key.into(), lit(b));
                }
                (true, false) => {
                    m.insert(key.into(), lit(b));
                    m.insert(ex_key.into(), json!(true));
                }
                (false, _) => {
                    m.insert(key.into(), lit(b));
                }
            }
        }
        if let Some(x) = n.multiple_of {
            m.insert("multipleOf".into(), lit(x));
        }
        if !n.values.is_empty() {
            let mut values: Vec<Value> = n.values.iter().map(|v| lit(*v)).collect();
            if self.v2() {
                let mut seen = Vec::new();
                values.retain(|v| {
                    let fresh = !seen.contains(v);
                    seen.push(v.clone());
                    fresh
                });
            }
            m.insert("enum".into(), Value::Array(values));
        }
    }

    fn object(&self, m: &mut Map<String, Value>, o: &Object) {
        let mut props = Map::new();
        let mut required = Vec::new();
        for p in &o.properties {
            if props.contains_key(&p.name) {
                continue;
            }
            let mut v = self.schema(&p.schema);
            if let Value::Object(pm) = &mut v
                && !pm.contains_key("$ref")
            {
                if p.read_only {
                    pm.insert("readOnly".into(), json!(true));
                } else if p.write_only && !self.v2() {
                    pm.insert("writeOnly".into(), json!(true));
                }
            }
            props.insert(p.name.clone(), v);
            if p.required {
                required.push(json!(p.name));
            }
        }
        if let Some(d) = &o.discriminator {
            // The discriminator is a required string property (2.0 insists).
            if !props.contains_key(d) {
                props.insert(d.clone(), json!({"type": "string"}));
            }
            if !required.contains(&json!(d)) {
                required.push(json!(d));
            }
            let value = if self.v2() {
                json!(d)
            } else {
                json!({"propertyName": d})
            };
            m.insert("discriminator".into(), value);
        }
        if !props.is_empty() {
            m.insert("properties".into(), Value::Object(props));
        }
        if !required.is_empty() {
            m.insert("required".into(), Value::Array(required));
        }
        match &o.additional {
            Additional::Absent => {}
            Additional::False => {
                m.insert("additionalProperties".into(), json!(false));
            }
            Additional::True => {
                m.insert("additionalProperties".into(), json!(true));
            }
            Additional::Schema(s) => {
                m.insert("additionalProperties".into(), self.schema(s));
            }
        }
    }
}

/// Components that operations declare as they go (shared parameters, bodies, responses). A name
/// already taken by a different value gets a suffix, so each `$ref` still names its own.
#[derive(Default)]
struct Shared {
    parameters: Map<String, Value>,
    bodies: Map<String, Value>,
    responses: Map<String, Value>,
}

impl Shared {
    fn claim_param(&mut self, name: &str, value: &Value) -> String {
        let name = claim(&self.parameters, name, value);
        self.parameters.insert(name.clone(), value.clone());
        name
    }
}

/// `name`, or `name2`, `name3`... : the first that is free or already holds `value`.
fn claim(map: &Map<String, Value>, name: &str, value: &Value) -> String {
    let mut candidate = name.to_owned();
    let mut n = 1;
    while let Some(existing) = map.get(&candidate) {
        if existing == value {
            break;
        }
        n += 1;
        candidate = format!("{name}{n}");
    }
    candidate
}

fn prim(p: Prim) -> &'static str {
    match p {
        Prim::String => "string",
        Prim::Integer => "integer",
        Prim::Number => "number",
        Prim::Boolean => "boolean",
    }
}

fn lit(l: Lit) -> Value {
    match l {
        Lit::I(i) => json!(i),
        Lit::U(u) => json!(u),
        Lit::F(f) => json!(f),
    }
}

/// `~` and `/` escaped for a JSON pointer (component names never need percent-encoding).
fn pointer_escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

/// The first parameter of each (name, location); path parameters may not have an empty name.
fn unique_params(params: &[Param]) -> Vec<&Param> {
    let mut out: Vec<&Param> = Vec::new();
    for p in params {
        if !out.iter().any(|q| q.name == p.name && q.location == p.location) {
            out.push(p);
        }
    }
    out
}

/// The path template: literal segments with the path parameters placed between them.
fn template(op: &Op, params: &[&Param]) -> String {
    let path: Vec<&Param> = params
        .iter()
        .copied()
        .filter(|p| p.location == Location::Path)
        .collect();
    let mut out = String::new();
    for i in 0..=op.path.len() {
        for p in path.iter().filter(|p| p.after.min(op.path.len()) == i) {
            out.push('/');
            out.push_str(&p.decor.0);
            out.push('{');
            out.push_str(&p.name);
            out.push('}');
            out.push_str(&p.decor.1);
        }
        if let Some(lit) = op.path.get(i) {
            out.push('/');
            out.push_str(lit);
        }
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// A template with its parameter names blanked: templates with the same shape are the same path.
fn shape_of(template: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in template.chars() {
        match c {
            '{' => {
                inside = true;
                out.push('{');
            }
            '}' => {
                inside = false;
                out.push('}');
            }
            _ if inside => {}
            c => out.push(c),
        }
    }
    out
}

/// A `default` the schema accepts, where one is easy to tell.
fn default_for(s: &Schema) -> Option<Value> {
    match &s.kind {
        Kind::Bool => Some(json!(false)),
        Kind::Str(t) if !t.values.is_empty() => Some(json!(t.values[0])),
        Kind::Str(t) if t.format.is_none() && t.pattern.is_none() => {
            let min = t.min_length.unwrap_or(0);
            let max = t.max_length.unwrap_or(u64::MAX);
            (min <= 3 && min <= max).then(|| json!("a".repeat(min.max(max.min(1)) as usize)))
        }
        // A sample of the format, when nothing else constrains the string.
        Kind::Str(t) if t.pattern.is_none() && t.min_length.is_none() && t.max_length.is_none() => {
            let sample = match t.format? {
                "date-time" => "2024-02-29T12:00:00.5+01:00",
                "date" => "2024-02-29",
                "time" => "12:00:00Z",
                "uuid" => "123e4567-e89b-12d3-a456-426614174000",
                "email" => "a@b.example",
                "ipv4" => "192.0.2.1",
                "ipv6" => "::1",
                "uri" => "https://a.example/b",
                "byte" => "aGk=",
                _ => "a",
            };
            Some(json!(sample))
        }
        Kind::Int(n) | Kind::Num(n) if !n.values.is_empty() => Some(lit(n.values[0])),
        Kind::Num(n) if n.minimum.is_none() && n.maximum.is_none() && n.multiple_of.is_none() => Some(json!(-0.5)),
        Kind::Int(n) if n.multiple_of.is_none() => match (n.minimum, n.maximum) {
            (None, None) => Some(json!(0)),
            (Some(Lit::I(lo)), None) if !n.exclusive_minimum => Some(json!(lo)),
            (None, Some(Lit::I(hi))) if !n.exclusive_maximum => Some(json!(hi)),
            _ => None,
        },
        Kind::Array(a) if a.min_items.unwrap_or(0) == 0 => Some(json!([])),
        _ => None,
    }
}

/// The scopes of every OAuth2 scheme, each required where the scheme is: one plain, one with the
/// characters a string literal must escape.
const SCOPES: &[(&str, &str)] = &[("read", "read things"), ("pets:write \"all\" \\", "odd characters")];

fn scope_map() -> Value {
    Value::Object(SCOPES.iter().map(|(k, v)| ((*k).to_owned(), json!(v))).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_ignore_parameter_names() {
        assert_eq!(shape_of("/a/{id}/b{x}.json"), "/a/{}/b{}.json");
        assert_eq!(shape_of("/a/{id}"), shape_of("/a/{other}"));
    }

    #[test]
    fn pointer_escapes() {
        assert_eq!(pointer_escape("a~b/c"), "a~0b~1c");
    }
}
