//! Operations (parameters, bodies, responses, security) and the recursion pass.

use std::collections::{HashMap, HashSet};

use openapiv3::{
    APIKeyLocation, Parameter, ParameterSchemaOrContent, ReferenceOr, RequestBody, Response, SecurityScheme, StatusCode,
};

use super::build::{Builder, component_name, sref};
use super::*;
use crate::load::pointer;
use crate::naming::{Case, Scope, type_name};

impl Builder<'_> {
    pub(super) fn schemes(&mut self) -> Vec<SchemeDef> {
        let mut out = Vec::new();
        let Some(components) = &self.openapi.components else {
            return out;
        };
        let mut builder = Scope::builder_methods();
        for (wire, scheme) in &components.security_schemes {
            let origin = pointer::join(["components", "securitySchemes", wire]);
            let ReferenceOr::Item(scheme) = scheme else { continue };
            let (kind, description) = match scheme {
                SecurityScheme::APIKey {
                    location,
                    name,
                    description,
                    ..
                } => {
                    let location = match location {
                        APIKeyLocation::Header => ParamIn::Header,
                        APIKeyLocation::Query => ParamIn::Query,
                        APIKeyLocation::Cookie => ParamIn::Cookie,
                    };
                    (
                        SchemeKind::ApiKey {
                            location,
                            name: name.clone(),
                        },
                        description,
                    )
                }
                SecurityScheme::HTTP {
                    scheme, description, ..
                } if scheme.eq_ignore_ascii_case("basic") => (SchemeKind::Basic, description),
                SecurityScheme::HTTP {
                    scheme, description, ..
                } => {
                    if !scheme.eq_ignore_ascii_case("bearer") {
                        self.warn(
                            "unsupported-security",
                            &origin,
                            format!("HTTP scheme `{scheme}` is read as a bearer token"),
                            "specgen checks `bearer` and `basic` credentials",
                        );
                    }
                    (SchemeKind::Bearer, description)
                }
                SecurityScheme::OAuth2 { description, .. } | SecurityScheme::OpenIDConnect { description, .. } => {
                    (SchemeKind::Bearer, description)
                }
            };
            let name = self.scope.claim(wire);
            let renames = self.scope.take_renames();
            self.log_renames(
                renames,
                |wire| pointer::join(["components", "securitySchemes", wire]),
                "security scheme",
            );
            let builder_method = builder.claim(wire);
            self.log_renames(
                builder.take_renames(),
                |wire| pointer::join(["components", "securitySchemes", wire]),
                "security scheme's client builder method",
            );
            out.push(SchemeDef {
                wire: wire.clone(),
                name,
                hook: String::new(),
                builder_method,
                description: description.clone(),
                kind,
            });
        }
        // The hooks are named from the credential types, which are distinct; two that convert to the
        // same snake case (`ABC`, `Abc`) still get distinct hooks.
        let mut hooks = Scope::new(Case::Field);
        let hook_names = hooks.claim_all(
            out.iter()
                .map(|s| crate::naming::hook_name(&s.name))
                .collect::<Vec<_>>()
                .iter()
                .map(String::as_str),
        );
        for (scheme, hook) in out.iter_mut().zip(hook_names) {
            scheme.hook = hook;
        }
        out
    }

    /// OpenAPI 3.1 `webhooks` are requests the API sends, not ones it serves: neither the route trait nor
    /// the client has a place for them. Each is reported (their component schemas are generated).
    pub(super) fn webhooks(&mut self) {
        let root = self.spec.root();
        let Some(webhooks) = root.get("webhooks").and_then(crate::load::Node::as_object) else {
            return;
        };
        for name in webhooks.keys() {
            let ptr = pointer::join(["webhooks", name]);
            let loc = self.spec.location(crate::load::Spec::ROOT, &ptr);
            self.diagnostics.push(
                crate::diagnostic::Diagnostic::warning(
                    "webhook-not-generated",
                    format!("webhook `{name}` is not generated: the route trait serves requests the API receives, and a webhook is one it sends"),
                )
                .at(loc.file, loc.pointer, root.key_span_at(&ptr).unwrap_or(loc.span))
                .with_help("its schemas are generated when they are components; move an inline payload schema into `components/schemas` to get its type"),
            );
        }
    }

    pub(super) fn operations(&mut self, schemes: &[SchemeDef]) -> Vec<Operation> {
        let paths: Vec<(String, openapiv3::PathItem)> = self
            .openapi
            .paths
            .paths
            .iter()
            .filter_map(|(p, item)| match item {
                ReferenceOr::Item(i) => Some((p.clone(), i.clone())),
                ReferenceOr::Reference { .. } => None,
            })
            .collect();
        // Method names first, all at once, so that `getPet` and `get_pet` are settled deterministically.
        let mut ids = Vec::new();
        let mut op_origin: HashMap<String, String> = HashMap::new();
        for (path, item) in &paths {
            for (method, op) in item.iter() {
                let id = op.operation_id.clone().unwrap_or_else(|| format!("{method} {path}"));
                let at = match &op.operation_id {
                    Some(_) => pointer::join(["paths", path, method, "operationId"]),
                    None => pointer::join(["paths", path, method]),
                };
                op_origin.entry(id.clone()).or_insert(at);
                ids.push(id);
            }
        }
        let mut methods = Scope::methods();
        // The authentication hooks are the trait's methods too: an operation never takes their names.
        let hooks: Vec<&str> = schemes.iter().map(|s| s.hook.as_str()).collect();
        methods.reserve(&hooks);
        let names = methods.claim_all(ids.iter().map(String::as_str));
        let renames = methods.take_renames();
        self.log_renames(
            renames,
            |id| op_origin.get(id).cloned().unwrap_or_default(),
            "operation",
        );
        // The client's methods that return whole response enums, after every operation's own name.
        let response_methods: Vec<String> = names
            .iter()
            .map(|n| methods.claim_derived(&format!("{}_response", n.strip_prefix("r#").unwrap_or(n))))
            .collect();
        let mut names = ids.into_iter().zip(names).zip(response_methods);

        let mut out = Vec::new();
        for (path, item) in &paths {
            for (method, op) in item.iter() {
                let ((id, name), response_method) = names.next().unwrap_or_default();
                let origin = pointer::join(["paths", path, method]);
                let hint = type_name(&id);
                // Each parameter with where it is written: a path-level one is built once for all the
                // path's operations.
                let mut params: Vec<(ReferenceOr<Parameter>, String)> = item
                    .parameters
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (p.clone(), pointer::join(["paths", path, "parameters", &i.to_string()])))
                    .collect();
                for (i, p) in op.parameters.iter().enumerate() {
                    // An operation's parameter replaces a path-level one with the same name and location.
                    let key = self.param_key(p);
                    params.retain(|(q, _)| self.param_key(q) != key || key.is_none());
                    params.push((p.clone(), pointer::join_under(&origin, ["parameters", &i.to_string()])));
                }
                let params = self.params(&params, &hint, &origin);
                let path_struct = self.path_struct(&params, path, item.iter().count(), &hint, &origin);
                let query_struct = self.param_struct(&params, ParamIn::Query, &format!("{hint} Query"), &origin);
                let header_struct = self.param_struct(&params, ParamIn::Header, &format!("{hint} Headers"), &origin);
                let body = op
                    .request_body
                    .as_ref()
                    .and_then(|b| self.request_body(b, &hint, &pointer::push(&origin, "requestBody")));
                let responses = self.responses(&op.responses, &hint, &pointer::push(&origin, "responses"));
                let response_name = self.scope.claim(&format!("{hint} Response"));
                let response_type = self.alloc(response_name);
                self.types[response_type].kind = TypeKind::Response(out.len());
                self.types[response_type].origin = pointer::push(&origin, "responses");
                let client = ClientNames {
                    response_method,
                    error_type: self.scope.claim_derived(&format!("{hint} Error")),
                    success_type: self.scope.claim_derived(&format!("{hint} Success")),
                };
                let security = match &op.security {
                    Some(req) => self.security(Some(req), schemes, &pointer::push(&origin, "security")),
                    None => {
                        let root = self.openapi.security.clone();
                        self.security(root.as_ref(), schemes, "/security")
                    }
                };
                let template = super::routes::template(path);
                out.push(Operation {
                    id,
                    name,
                    method: method.to_owned(),
                    path: path.clone(),
                    url_path: template.path,
                    fixed_query: template.fixed_query,
                    route: None,
                    summary: op.summary.clone(),
                    description: op.description.clone(),
                    deprecated: op.deprecated,
                    origin,
                    params,
                    path_struct,
                    query_struct,
                    header_struct,
                    body,
                    responses,
                    response_type,
                    client,
                    security,
                });
            }
        }
        self.route_all(&mut out);
        out
    }

    /// Settles every operation's route; an operation axum cannot route is left out of the router, with
    /// a warning at its path.
    fn route_all(&mut self, operations: &mut [Operation]) {
        let routes = super::routes::routes(operations);
        for (op, route) in operations.iter_mut().zip(routes) {
            match route {
                Ok(route) => op.route = Some(route),
                Err(why) => {
                    let at = pointer::join(["paths", &op.path]);
                    self.warn_key(
                        "axum-path-template",
                        &at,
                        format!(
                            "{}; the generated router does not serve `{} {}` (its trait and client methods remain)",
                            why.message,
                            op.method.to_uppercase(),
                            op.path
                        ),
                        why.help,
                    );
                }
            }
        }
    }

    fn param_key(&self, p: &ReferenceOr<Parameter>) -> Option<(String, &'static str)> {
        let p = self.param(p)?;
        let d = p.parameter_data_ref();
        let loc = match p {
            Parameter::Query { .. } => "query",
            Parameter::Header { .. } => "header",
            Parameter::Path { .. } => "path",
            Parameter::Cookie { .. } => "cookie",
        };
        Some((d.name.clone(), loc))
    }

    fn param<'p>(&'p self, p: &'p ReferenceOr<Parameter>) -> Option<&'p Parameter> {
        match p {
            ReferenceOr::Item(p) => Some(p),
            ReferenceOr::Reference { reference } => {
                component(&self.openapi.components.as_ref()?.parameters, reference, "parameters").map(|(p, _)| p)
            }
        }
    }

    fn params(&mut self, list: &[(ReferenceOr<Parameter>, String)], hint: &str, origin: &str) -> Vec<Param> {
        let mut out = Vec::new();
        // Where each parameter is, by name, for what its name becomes.
        let mut origin_of: HashMap<String, String> = HashMap::new();
        let mut scopes = [
            Scope::new(Case::Field),
            Scope::new(Case::Field),
            Scope::new(Case::Field),
            Scope::new(Case::Field),
        ];
        for (p, at) in list {
            // A shared parameter's type is named after the component and built once; a path-level one
            // is named after the parameter and built once for the path.
            let path_level = !at.starts_with(&format!("{origin}/"));
            let (shared, p_origin) = match p {
                ReferenceOr::Reference { reference } => {
                    let name = self
                        .openapi
                        .components
                        .as_ref()
                        .and_then(|c| component(&c.parameters, reference, "parameters"))
                        .map(|(_, name)| name);
                    let o = name.as_ref().map(|n| pointer::join(["components", "parameters", n]));
                    (name, o.unwrap_or_else(|| at.clone()))
                }
                ReferenceOr::Item(_) => (None, at.clone()),
            };
            let Some(param) = self.param(p).cloned() else {
                if let ReferenceOr::Reference { reference } = p {
                    self.warn(
                        "unsupported-ref",
                        &p_origin,
                        format!("the parameter `{reference}` does not lead to a parameter under components/parameters (missing, elsewhere, or a cycle of references); it is not generated"),
                        "refer to parameters through `#/components/parameters/...`, each chain of references ending in a parameter",
                    );
                }
                continue;
            };
            let location = match &param {
                Parameter::Path { .. } => ParamIn::Path,
                Parameter::Query { .. } => ParamIn::Query,
                Parameter::Header { .. } => ParamIn::Header,
                Parameter::Cookie { .. } => ParamIn::Cookie,
            };
            let d = param.parameter_data_ref();
            let cache_key = match &shared {
                Some(s) => Some(format!("param/{s}")),
                None if path_level => Some(format!("param-at/{p_origin}")),
                None => None,
            };
            let ty = match cache_key.as_ref().and_then(|k| self.shared.get(k)) {
                Some(t) => t.clone(),
                None => {
                    let type_hint = match &shared {
                        Some(s) => s.clone(),
                        None if path_level => d.name.clone(),
                        None => format!("{hint} {}", d.name),
                    };
                    let t = match &d.format {
                        ParameterSchemaOrContent::Schema(s) => {
                            self.ty(sref(s), &type_hint, &pointer::push(&p_origin, "schema"))
                        }
                        ParameterSchemaOrContent::Content(c) => {
                            let schema = c.values().next().and_then(|m| m.schema.clone());
                            match schema {
                                Some(s) => self.ty(sref(&s), &type_hint, &p_origin),
                                None => TypeRef::String,
                            }
                        }
                    };
                    if let Some(k) = cache_key {
                        self.shared.insert(k, t.clone());
                    }
                    // A parameter's own description documents its type when the schema has none.
                    if let TypeRef::Named(id) = t
                        && self.types[id].description.is_none()
                        && self.types[id].origin.starts_with(&p_origin)
                    {
                        self.types[id].description = d.description.clone();
                    }
                    t
                }
            };
            if location == ParamIn::Cookie {
                self.warn(
                    "unsupported-parameter",
                    &p_origin,
                    format!("cookie parameter `{}` is not extracted by the generated router", d.name),
                    "cookie parameters are not supported yet; read the cookie in a middleware",
                );
                continue;
            }
            let required = d.required || location == ParamIn::Path;
            let mut description = d.description.clone();
            // Required wins (a path parameter always is): a parameter that must be sent has no default.
            let default = match &d.format {
                ParameterSchemaOrContent::Schema(s) if !required => {
                    self.param_default(sref(s), &ty, &pointer::push(&p_origin, "schema"), &mut description)
                }
                _ => None,
            };
            let (nullable, codec, (style, explode)) = match &d.format {
                ParameterSchemaOrContent::Schema(s) => {
                    let nullable = location != ParamIn::Path && self.nullable(sref(s));
                    let codec = self.codec(&ty, location);
                    let style = self.style(&param, &codec, &p_origin);
                    (nullable, codec, style)
                }
                // `content` says the value is a document of that media type: JSON text, as one value.
                ParameterSchemaOrContent::Content(_) => {
                    let style = if location == ParamIn::Query {
                        Style::Form
                    } else {
                        Style::Simple
                    };
                    (false, Codec::Json, (style, false))
                }
            };
            let allow_reserved = matches!(
                param,
                Parameter::Query {
                    allow_reserved: true,
                    ..
                }
            );
            let scope = &mut scopes[location as usize];
            let field = scope.claim(&d.name);
            origin_of.entry(d.name.clone()).or_insert_with(|| p_origin.clone());
            out.push(Param {
                wire: d.name.clone(),
                field,
                location,
                ty,
                required,
                nullable,
                default,
                codec,
                style,
                explode,
                allow_reserved,
                description,
            });
        }
        self.warn_exploded_objects(&out, &origin_of);
        for scope in &mut scopes {
            let renames = scope.take_renames();
            self.log_renames(
                renames,
                |wire| origin_of.get(wire).cloned().unwrap_or_default(),
                "parameter",
            );
        }
        out
    }

    /// A parameter's default, when it fits its schema and the generated code applies it; one it does not
    /// apply (a list's, an object's) is written in the parameter's doc instead.
    fn param_default(
        &mut self,
        schema: super::build::SRef<'_>,
        ty: &TypeRef,
        origin: &str,
        description: &mut Option<String>,
    ) -> Option<serde_json::Value> {
        let d = self.schema_default(schema, origin)?;
        if super::applies_default(&self.types, ty, &d) {
            return Some(d);
        }
        let note = format!(
            "Default: `{}` (the generated code leaves it to you: `None` when absent).",
            serde_json::to_string(&d).unwrap_or_default()
        );
        *description = Some(match description.take() {
            Some(text) => format!("{}\n\n{note}", text.trim_end()),
            None => note,
        });
        None
    }

    /// How a parameter of type `ty` is written as text (see [`Codec`]).
    fn codec(&self, ty: &TypeRef, location: ParamIn) -> Codec {
        if is_object(&self.types, ty) {
            return Codec::Object;
        }
        let Some((item, checked)) = list_of(&self.types, ty) else {
            return if is_text(&self.types, ty) {
                Codec::Text
            } else {
                Codec::Json
            };
        };
        let item_json = !is_text(&self.types, &item);
        // Outside the query string (where each item is encoded on its own) items joined by commas must
        // not hold one: a list of lists or objects there is written as one JSON text.
        if item_json && location != ParamIn::Query && !is_flat(&self.types, &item) {
            return Codec::Json;
        }
        Codec::List {
            item,
            item_json,
            checked,
        }
    }

    /// The parameter's `style` and `explode` for its codec. A combination OpenAPI does not define is
    /// warned about (so `specgen lint` says it too) and read as the nearest one that is defined.
    fn style(&mut self, param: &Parameter, codec: &Codec, origin: &str) -> (Style, bool) {
        let explode = param.parameter_data_ref().explode;
        let (style, default_explode) = match param {
            Parameter::Path { style, .. } => match style {
                openapiv3::PathStyle::Simple => (Style::Simple, false),
                openapiv3::PathStyle::Label => (Style::Label, false),
                openapiv3::PathStyle::Matrix => (Style::Matrix, false),
            },
            Parameter::Query { style, .. } => match style {
                openapiv3::QueryStyle::Form => (Style::Form, true),
                openapiv3::QueryStyle::SpaceDelimited => (Style::SpaceDelimited, false),
                openapiv3::QueryStyle::PipeDelimited => (Style::PipeDelimited, false),
                openapiv3::QueryStyle::DeepObject => (Style::DeepObject, false),
            },
            Parameter::Header { .. } => (Style::Simple, false),
            Parameter::Cookie { .. } => (Style::Form, true),
        };
        let explode = explode.unwrap_or(default_explode);
        let shape = match codec {
            Codec::List { .. } => "an array",
            Codec::Object => "an object",
            Codec::Text | Codec::Json => "a single value",
        };
        let at = pointer::push(origin, "style");
        let explode_at = pointer::push(origin, "explode");
        let name = &param.parameter_data_ref().name;
        match (style, codec) {
            (Style::DeepObject, Codec::Object) if !explode => {
                self.warn(
                    "parameter-style",
                    &explode_at,
                    format!("`deepObject` with `explode: false` is not defined by OpenAPI; parameter `{name}` is read as `deepObject` exploded (`{name}[key]=value`)"),
                    "remove `explode: false` (deepObject is always exploded)",
                );
                (Style::DeepObject, true)
            }
            (Style::DeepObject, Codec::List { .. } | Codec::Text | Codec::Json) => {
                self.warn(
                    "parameter-style",
                    &at,
                    format!("`deepObject` is defined for objects, and parameter `{name}` is {shape}; it is read as `form` (exploded: {explode})"),
                    "use `style: form` for arrays and single values",
                );
                (Style::Form, explode)
            }
            (Style::SpaceDelimited | Style::PipeDelimited, Codec::Object) if explode => {
                self.warn(
                    "parameter-style",
                    &explode_at,
                    format!("`{}` with `explode: true` is not defined by OpenAPI for objects; parameter `{name}` is read with `explode: false` (`{name}=k{}v`)", style_name(style), if style == Style::PipeDelimited { "|" } else { "%20" }),
                    "remove `explode: true`, or use `style: deepObject` or `form`",
                );
                (style, false)
            }
            (Style::SpaceDelimited | Style::PipeDelimited, Codec::Text | Codec::Json) => {
                self.warn(
                    "parameter-style",
                    &at,
                    format!("`{}` is defined for arrays and objects, and parameter `{name}` is {shape}; it is read as `form`", style_name(style)),
                    "use `style: form` for single values",
                );
                (Style::Form, explode)
            }
            _ => (style, explode),
        }
    }

    /// Exploded `form` objects are pairs with their properties' names: two in one operation cannot be
    /// told apart (each reads every pair no other parameter names).
    fn warn_exploded_objects(&mut self, params: &[Param], origin_of: &HashMap<String, String>) {
        let exploded: Vec<&Param> = params
            .iter()
            .filter(|p| p.location == ParamIn::Query && p.codec == Codec::Object && p.style == Style::Form && p.explode)
            .collect();
        if let [first, second, ..] = exploded.as_slice() {
            let at = origin_of.get(&second.wire).cloned().unwrap_or_default();
            let message = format!(
                "query parameters `{}` and `{}` are both exploded `form` objects: their properties are query pairs without the parameter's name, so each reads the pairs of both",
                first.wire, second.wire
            );
            self.warn(
                "parameter-style",
                &at,
                message,
                "give all but one `explode: false` or `style: deepObject`",
            );
        }
    }

    /// The struct that groups the parameters of one location.
    /// The path parameters' struct. The operations of one path share it (they have the same path
    /// parameters unless one redefines them), named after the path's end (`CourseOfferingsOfferingSidPath`);
    /// a path with one operation names it after the operation.
    fn path_struct(
        &mut self,
        params: &[Param],
        path: &str,
        operations: usize,
        op: &str,
        origin: &str,
    ) -> Option<TypeId> {
        let key = params
            .iter()
            .filter(|p| p.location == ParamIn::Path)
            .fold(format!("path-struct/{path}"), |key, p| {
                format!("{key}/{}:{:?}", p.wire, p.ty)
            });
        if let Some(TypeRef::Named(id)) = self.shared.get(&key) {
            return Some(*id);
        }
        let hint = if operations > 1 { path_hint(path) } else { op.to_owned() };
        let id = self.param_struct(params, ParamIn::Path, &format!("{hint} Path"), origin)?;
        self.shared.insert(key, TypeRef::Named(id));
        Some(id)
    }

    fn param_struct(&mut self, params: &[Param], location: ParamIn, hint: &str, origin: &str) -> Option<TypeId> {
        let fields: Vec<Field> = params
            .iter()
            .filter(|p| p.location == location)
            .map(|p| Field {
                wire: p.wire.clone(),
                name: p.field.clone(),
                ty: p.ty.clone(),
                // A parameter is one value or none: `Option<T>` whether it may be absent or null, `T`
                // when it has a default and cannot be null.
                required: !p.optional() && p.default.is_none(),
                nullable: p.nullable && p.default.is_some(),
                default: p.default.clone(),
                description: p.description.clone(),
                example: None,
            })
            .collect();
        if fields.is_empty() {
            return None;
        }
        let what = match location {
            ParamIn::Path => "path",
            ParamIn::Query => "query",
            ParamIn::Header => "header",
            ParamIn::Cookie => "cookie",
        };
        let t = self.named(
            hint,
            TypeKind::Struct(Struct {
                fields,
                ..Struct::default()
            }),
            (Some(format!("The {what} parameters.")), None),
            origin,
        );
        match t {
            TypeRef::Named(id) => Some(id),
            _ => None,
        }
    }

    fn request_body(&mut self, body: &ReferenceOr<RequestBody>, hint: &str, origin: &str) -> Option<Body> {
        let (body, origin, hint) = match body {
            ReferenceOr::Item(b) => (b.clone(), origin.to_owned(), format!("{hint} Request")),
            ReferenceOr::Reference { reference } => {
                let found = self
                    .openapi
                    .components
                    .as_ref()
                    .and_then(|c| component(&c.request_bodies, reference, "requestBodies"));
                let Some((b, name)) = found else {
                    self.warn(
                        "unsupported-ref",
                        origin,
                        format!("the request body `{reference}` does not lead to a request body under components/requestBodies (missing, elsewhere, or a cycle of references); it is not generated"),
                        "refer to request bodies through `#/components/requestBodies/...`, each chain of references ending in a request body",
                    );
                    return None;
                };
                (b.clone(), pointer::join(["components", "requestBodies", &name]), name)
            }
        };
        let (ct, media) = pick_media(&body.content)?;
        let kind = body_kind(&ct);
        let schema_at = pointer::join_under(&origin, ["content", &ct, "schema"]);
        let ty = self.media_type(format!("body/{origin}"), kind, media.schema.as_ref(), &hint, &schema_at);
        if body.content.len() > 1 {
            self.warn(
                "unsupported-media-type",
                &pointer::push(&origin, "content"),
                format!(
                    "the request body has {} media types; the generated router accepts `{ct}` only",
                    body.content.len()
                ),
                "specgen serves one media type per request body",
            );
        }
        Some(Body {
            content_type: ct,
            kind,
            ty,
            required: body.required,
            description: body.description.clone(),
        })
    }

    fn media_type(
        &mut self,
        key: String,
        kind: BodyKind,
        schema: Option<&ReferenceOr<openapiv3::Schema>>,
        hint: &str,
        origin: &str,
    ) -> TypeRef {
        // A shared request body or response (a `$ref` to components) gets its type once.
        if let Some(t) = self.shared.get(&key) {
            return t.clone();
        }
        let t = self.media_type_uncached(kind, schema, hint, origin);
        self.shared.insert(key, t.clone());
        t
    }

    fn media_type_uncached(
        &mut self,
        kind: BodyKind,
        schema: Option<&ReferenceOr<openapiv3::Schema>>,
        hint: &str,
        origin: &str,
    ) -> TypeRef {
        match (kind, schema) {
            (BodyKind::Json | BodyKind::Form, Some(s)) => {
                let nullable = self.nullable(sref(s));
                let t = self.ty(sref(s), hint, origin);
                if nullable { TypeRef::Option(Box::new(t)) } else { t }
            }
            (BodyKind::Json, None) => TypeRef::Json,
            (BodyKind::Form, None) => TypeRef::JsonObject,
            (BodyKind::Text, _) => TypeRef::String,
            (BodyKind::Bytes, _) => TypeRef::Bytes,
        }
    }

    fn responses(&mut self, responses: &openapiv3::Responses, hint: &str, origin: &str) -> Vec<ResponseDef> {
        let mut list: Vec<(Status, &ReferenceOr<Response>, String)> = responses
            .responses
            .iter()
            .map(|(code, r)| {
                let (status, key) = match code {
                    StatusCode::Code(c) => (Status::Code(*c), c.to_string()),
                    StatusCode::Range(r) => (Status::Range(*r), format!("{r}XX")),
                };
                (status, r, key)
            })
            .collect();
        // Exact codes before ranges (`200` before `2XX`), so no match arm is unreachable.
        list.sort_by_key(|(status, _, _)| matches!(status, Status::Range(_)));
        if let Some(d) = &responses.default {
            list.push((Status::Default, d, "default".into()));
        }
        let labels: Vec<String> = list.iter().map(|(s, _, _)| status_label(*s)).collect();
        let mut scope = Scope::new(Case::Type);
        let variants = scope.claim_all(labels.iter().map(String::as_str));
        let mut out = Vec::new();
        for ((status, r, key), variant) in list.into_iter().zip(variants) {
            // A shared response's types are named after its component, not after the first user.
            let (resp, r_origin, name_hint) = match r {
                ReferenceOr::Item(resp) => (resp.clone(), pointer::push(origin, &key), format!("{hint} {variant}")),
                ReferenceOr::Reference { reference } => {
                    let Some((resp, name)) = self
                        .openapi
                        .components
                        .as_ref()
                        .and_then(|c| component(&c.responses, reference, "responses"))
                    else {
                        self.warn(
                            "unsupported-ref",
                            &pointer::push(origin, &key),
                            format!("the response `{reference}` does not lead to a response under components/responses (missing, elsewhere, or a cycle of references); it is not generated"),
                            "refer to responses through `#/components/responses/...`, each chain of references ending in a response",
                        );
                        continue;
                    };
                    (resp.clone(), pointer::join(["components", "responses", &name]), name)
                }
            };
            let body_hint = format!("{name_hint} Body");
            let body = pick_media(&resp.content).map(|(ct, media)| {
                let kind = body_kind(&ct);
                let schema_at = pointer::join_under(&r_origin, ["content", &ct, "schema"]);
                let ty = self.media_type(
                    format!("response/{r_origin}"),
                    kind,
                    media.schema.as_ref(),
                    &body_hint,
                    &schema_at,
                );
                Body {
                    content_type: ct,
                    kind,
                    ty,
                    required: true,
                    description: None,
                }
            });
            let headers = self.response_headers(&resp, &format!("{name_hint} Headers"), &r_origin);
            out.push(ResponseDef {
                status,
                variant,
                description: resp.description.clone(),
                body,
                headers,
            });
        }
        out
    }

    /// The struct of a response's headers (built once per response, shared through `$ref`s).
    fn response_headers(&mut self, resp: &Response, hint: &str, origin: &str) -> Option<TypeId> {
        let key = format!("headers/{origin}");
        if let Some(TypeRef::Named(id)) = self.shared.get(&key) {
            return Some(*id);
        }
        let mut scope = Scope::new(Case::Field);
        let mut fields = Vec::new();
        for (wire, header) in &resp.headers {
            // Content-Type is described by the media type, and OpenAPI says to ignore it here.
            if wire.eq_ignore_ascii_case("content-type") {
                continue;
            }
            let (header, h_origin) = match header {
                ReferenceOr::Item(h) => (h.clone(), pointer::join_under(origin, ["headers", wire])),
                ReferenceOr::Reference { reference } => {
                    match self
                        .openapi
                        .components
                        .as_ref()
                        .and_then(|c| component(&c.headers, reference, "headers"))
                    {
                        Some((h, name)) => (h.clone(), pointer::join(["components", "headers", &name])),
                        None => continue,
                    }
                }
            };
            let (ty, nullable) = match &header.format {
                ParameterSchemaOrContent::Schema(s) => {
                    let nullable = self.nullable(sref(s));
                    (
                        self.ty(sref(s), &format!("{hint} {wire}"), &pointer::push(&h_origin, "schema")),
                        nullable,
                    )
                }
                ParameterSchemaOrContent::Content(_) => (TypeRef::String, false),
            };
            fields.push(Field {
                wire: wire.clone(),
                name: scope.claim(wire),
                ty,
                required: header.required,
                nullable,
                // A response's header is read as sent: the client does not fill in what it lacks.
                default: None,
                description: header.description.clone(),
                example: header.example.clone(),
            });
        }
        if fields.is_empty() {
            return None;
        }
        let doc = Some("The headers this response documents.".to_owned());
        let t = self.named(
            hint,
            TypeKind::Struct(Struct {
                fields,
                ..Struct::default()
            }),
            (doc, None),
            origin,
        );
        self.shared.insert(key, t.clone());
        match t {
            TypeRef::Named(id) => Some(id),
            _ => None,
        }
    }

    /// An operation's security. An alternative naming a scheme that is not defined can never be met:
    /// it is left out, never read as anonymous access; when every alternative is left out, no
    /// request can meet the operation's security (`unmet`), and the router refuses them all.
    fn security(
        &mut self,
        req: Option<&Vec<openapiv3::SecurityRequirement>>,
        schemes: &[SchemeDef],
        origin: &str,
    ) -> Security {
        let Some(req) = req else { return Security::default() };
        let mut alternatives = Vec::new();
        for (i, alt) in req.iter().enumerate() {
            let mut found = Vec::new();
            let mut undefined = Vec::new();
            for (k, scopes) in alt {
                match schemes.iter().position(|s| &s.wire == k) {
                    Some(scheme) => found.push(Requirement {
                        scheme,
                        scopes: scopes.clone(),
                    }),
                    // A scheme the spec defines with nothing in the request (3.1's `mutualTLS`): it is
                    // checked where the connection is accepted, so the router asks nothing for it (the
                    // typed view, which leaves it out, warns at the scheme).
                    None if self.defined_in_source(k) => {}
                    None => undefined.push(format!("`{k}`")),
                }
            }
            if undefined.is_empty() {
                alternatives.push(found);
            } else {
                self.warn(
                    "unsupported-security",
                    &pointer::push(origin, &i.to_string()),
                    format!(
                        "the security requirement names {}, which `components/securitySchemes` does not define: \
                         no request can meet it, so the router does not accept it",
                        undefined.join(", ")
                    ),
                    "define the scheme, or correct its name",
                );
            }
        }
        let unmet = !req.is_empty() && alternatives.is_empty();
        Security { alternatives, unmet }
    }
}

impl Builder<'_> {
    /// Whether the spec as written defines the security scheme `name` (the typed view may have left it
    /// out as one the router cannot read).
    fn defined_in_source(&self, name: &str) -> bool {
        let (spec, file, ptr) = self.typed.source(self.spec, "/components/securitySchemes");
        // `source` may answer with the nearest node that exists: only the map itself says.
        ptr.ends_with("/securitySchemes") && spec.node(file, &ptr).is_some_and(|schemes| schemes.get(name).is_some())
    }
}

/// The media type the generated code serves: JSON first, then forms, text, anything.
fn pick_media(content: &indexmap::IndexMap<String, openapiv3::MediaType>) -> Option<(String, &openapiv3::MediaType)> {
    let rank = |ct: &str| match body_kind(ct) {
        BodyKind::Json => 0,
        BodyKind::Form => 1,
        BodyKind::Text => 2,
        BodyKind::Bytes => 3,
    };
    content
        .iter()
        .min_by_key(|(ct, _)| rank(ct))
        .map(|(ct, m)| (ct.clone(), m))
}

pub(super) fn body_kind(content_type: &str) -> BodyKind {
    let ct = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if ct == "application/json" || ct.ends_with("+json") || ct == "*/*" {
        BodyKind::Json
    } else if ct == "application/x-www-form-urlencoded" {
        BodyKind::Form
    } else if ct.starts_with("text/") {
        BodyKind::Text
    } else {
        BodyKind::Bytes
    }
}

/// The response variant's name: the status's reason phrase (`Not Found`).
pub(crate) fn status_label(status: Status) -> String {
    match status {
        Status::Default => "Default".into(),
        Status::Range(r) => format!("Status {r}xx"),
        Status::Code(c) => match c {
            200 => "Ok".into(),
            201 => "Created".into(),
            202 => "Accepted".into(),
            203 => "Non Authoritative Information".into(),
            204 => "No Content".into(),
            205 => "Reset Content".into(),
            206 => "Partial Content".into(),
            301 => "Moved Permanently".into(),
            302 => "Found".into(),
            303 => "See Other".into(),
            304 => "Not Modified".into(),
            307 => "Temporary Redirect".into(),
            308 => "Permanent Redirect".into(),
            400 => "Bad Request".into(),
            401 => "Unauthorized".into(),
            402 => "Payment Required".into(),
            403 => "Forbidden".into(),
            404 => "Not Found".into(),
            405 => "Method Not Allowed".into(),
            406 => "Not Acceptable".into(),
            409 => "Conflict".into(),
            410 => "Gone".into(),
            412 => "Precondition Failed".into(),
            413 => "Payload Too Large".into(),
            415 => "Unsupported Media Type".into(),
            422 => "Unprocessable Entity".into(),
            429 => "Too Many Requests".into(),
            500 => "Internal Server Error".into(),
            501 => "Not Implemented".into(),
            502 => "Bad Gateway".into(),
            503 => "Service Unavailable".into(),
            504 => "Gateway Timeout".into(),
            507 => "Insufficient Storage".into(),
            c => format!("Status {c}"),
        },
    }
}

/// Boxes the fields and variants through which a type contains itself, so that it has a finite size.
pub(super) fn box_recursion(types: &mut [TypeDef]) {
    fn direct(t: &TypeRef, out: &mut Vec<TypeId>) {
        match t {
            TypeRef::Named(id) => out.push(*id),
            TypeRef::Option(inner) => direct(inner, out),
            _ => {}
        }
    }
    let edges: Vec<Vec<TypeId>> = types
        .iter()
        .map(|t| {
            let mut out = Vec::new();
            match &t.kind {
                TypeKind::Struct(s) => s.fields.iter().for_each(|f| direct(&f.ty, &mut out)),
                TypeKind::Union(u) => u.variants.iter().for_each(|v| direct(&v.ty, &mut out)),
                TypeKind::Alias(a) | TypeKind::Wrapper(a) => direct(a, &mut out),
                TypeKind::Newtype(_) | TypeKind::Enum(_) | TypeKind::Response(_) => {}
            }
            out
        })
        .collect();
    let reaches = |from: TypeId, to: TypeId| -> bool {
        let mut seen = HashSet::new();
        let mut stack = vec![from];
        while let Some(n) = stack.pop() {
            if n == to {
                return true;
            }
            if n < edges.len() && seen.insert(n) {
                stack.extend(&edges[n]);
            }
        }
        false
    };
    let boxed = |t: &TypeRef, me: TypeId| -> Option<TypeRef> {
        let mut targets = Vec::new();
        direct(t, &mut targets);
        let target = *targets.first()?;
        if !reaches(target, me) {
            return None;
        }
        Some(match t {
            TypeRef::Option(inner) => TypeRef::Option(Box::new(TypeRef::Box(inner.clone()))),
            other => TypeRef::Box(Box::new(other.clone())),
        })
    };
    let mut changes: Vec<(TypeId, usize, TypeRef)> = Vec::new();
    for (id, t) in types.iter().enumerate() {
        match &t.kind {
            TypeKind::Struct(s) => {
                for (i, f) in s.fields.iter().enumerate() {
                    if let Some(b) = boxed(&f.ty, id) {
                        changes.push((id, i, b));
                    }
                }
            }
            TypeKind::Union(u) => {
                for (i, v) in u.variants.iter().enumerate() {
                    if let Some(b) = boxed(&v.ty, id) {
                        changes.push((id, i, b));
                    }
                }
            }
            TypeKind::Wrapper(w) => {
                if let Some(b) = boxed(w, id) {
                    changes.push((id, 0, b));
                }
            }
            _ => {}
        }
    }
    for (id, i, b) in changes {
        match &mut types[id].kind {
            TypeKind::Struct(s) => s.fields[i].ty = b,
            TypeKind::Union(u) => u.variants[i].ty = b,
            TypeKind::Wrapper(w) => *w = b,
            _ => {}
        }
    }
}

fn style_name(style: Style) -> &'static str {
    match style {
        Style::Simple => "simple",
        Style::Label => "label",
        Style::Matrix => "matrix",
        Style::Form => "form",
        Style::SpaceDelimited => "spaceDelimited",
        Style::PipeDelimited => "pipeDelimited",
        Style::DeepObject => "deepObject",
    }
}

/// Whether `t` is an object with properties or a map (its parameters are written as key and value
/// texts); unions and any-JSON objects are not.
fn is_object(types: &[TypeDef], t: &TypeRef) -> bool {
    let mut t = t;
    for _ in 0..=types.len() {
        match t {
            TypeRef::Map(_) | TypeRef::JsonObject => return true,
            TypeRef::Box(inner) => t = inner,
            TypeRef::Named(id) => match &types[*id].kind {
                TypeKind::Struct(_) => return true,
                TypeKind::Alias(inner) => t = inner,
                _ => return false,
            },
            _ => return false,
        }
    }
    false
}

/// The item type of a list, and the checked newtype wrapping it if there is one.
pub(super) fn list_of(types: &[TypeDef], t: &TypeRef) -> Option<(TypeRef, Option<TypeId>)> {
    let mut t = t;
    for _ in 0..=types.len() {
        match t {
            TypeRef::Vec(item) => return Some(((**item).clone(), None)),
            TypeRef::Box(inner) => t = inner,
            TypeRef::Named(id) => match &types[*id].kind {
                TypeKind::Newtype(Newtype {
                    inner: TypeRef::Vec(item),
                    ..
                }) => return Some(((**item).clone(), Some(*id))),
                TypeKind::Alias(inner) => t = inner,
                _ => return None,
            },
            _ => return None,
        }
    }
    None
}

/// Whether the JSON text of a value of `t` can never hold a comma (no list, object or string inside).
fn is_flat(types: &[TypeDef], t: &TypeRef) -> bool {
    match t {
        TypeRef::Bool | TypeRef::I32 | TypeRef::I64 | TypeRef::F32 | TypeRef::F64 => true,
        TypeRef::Option(inner) | TypeRef::Box(inner) => is_flat(types, inner),
        TypeRef::Named(id) => match &types[*id].kind {
            TypeKind::Newtype(n) => is_flat(types, &n.inner),
            _ => false,
        },
        _ => false,
    }
}

/// The component a reference names, following references among the components of its section
/// (`P: {$ref: '#/components/parameters/Q'}`) to the object, with the name it has there. `None` when
/// the chain leaves the section, breaks, or goes round (it cannot be longer than the section).
fn component<'c, T>(
    section: &'c indexmap::IndexMap<String, ReferenceOr<T>>,
    reference: &str,
    name_of: &str,
) -> Option<(&'c T, String)> {
    let mut name = component_name(reference, name_of)?;
    for _ in 0..=section.len() {
        match section.get(&name)? {
            ReferenceOr::Item(item) => return Some((item, name)),
            ReferenceOr::Reference { reference } => name = component_name(reference, name_of)?,
        }
    }
    None
}

/// A name for what a path template addresses: its last literal segment and the parameters after it
/// (`/v1/installs/{installSid}/courseOfferings/{offeringSid}` → `courseOfferings offeringSid`).
fn path_hint(path: &str) -> String {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let is_literal = |s: &&str| !s.contains('{');
    let start = segments.iter().rposition(is_literal).unwrap_or(0);
    let words: Vec<&str> = segments
        .get(start..)
        .unwrap_or_default()
        .iter()
        .map(|s| s.trim_matches(|c| c == '{' || c == '}'))
        .collect();
    if words.is_empty() {
        "root".to_owned()
    } else {
        words.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::path_hint;

    #[test]
    fn a_path_is_named_after_its_last_literal_and_the_parameters_after_it() {
        assert_eq!(
            path_hint("/v1/installs/{installSid}/courseOfferings/{offeringSid}"),
            "courseOfferings offeringSid"
        );
        assert_eq!(
            path_hint("/v1/installs/{installSid}/courseOfferings"),
            "courseOfferings"
        );
        assert_eq!(path_hint("/{a}/{b}"), "a b");
        assert_eq!(path_hint("/"), "root");
        assert_eq!(path_hint("/files/{name}.json"), "files name}.json");
    }
}
