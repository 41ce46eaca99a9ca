//! The conversion of each Swagger 2.0 object into its OpenAPI 3.0 counterpart. Each function writes the
//! converted node for `out` (its pointer in the converted file), keeping the 2.0 keys' order, and
//! records where every node it writes came from.

use super::{Conv, Kind, Src, put};
use crate::load::node::{Map, Node, Value};
use crate::load::pointer::push;

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch"];

/// The keys of a 2.0 parameter, header or items object that describe its value: they become its
/// `schema` in 3.0.
const VALUE_KEYS: &[&str] = &[
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
    "x-nullable",
];

const FORM_URLENCODED: &str = "application/x-www-form-urlencoded";
const MULTIPART: &str = "multipart/form-data";

/// A parameter of an operation: as written (maybe a reference) and what it resolves to.
#[derive(Clone)]
struct Param<'a> {
    site: Src<'a>,
    target: Src<'a>,
}

impl<'a> Param<'a> {
    fn location(&self) -> Option<&'a str> {
        self.target.str("in")
    }

    fn name(&self) -> Option<&'a str> {
        self.target.str("name")
    }

    fn via_ref(&self) -> bool {
        self.site.node.ref_target().is_some()
    }

    fn is_body(&self) -> bool {
        self.location() == Some("body")
    }

    fn is_form(&self) -> bool {
        self.location() == Some("formData")
    }
}

impl<'a> Conv<'a> {
    /// The root document.
    pub(super) fn document(&mut self, root: &Src<'a>) -> Node {
        let Some(map) = root.node.as_object() else {
            return self.copy(root, "");
        };
        self.mark("", root);
        // Components first, so that they are where references to definitions lead, whatever the
        // order of the keys.
        let mut components = self.components(root);
        let mut paths = root.get("paths").map(|p| self.paths(&p, "/paths"));
        let mut o = Map::default();
        let mut servers_done = false;
        for (key, e) in map {
            let src = root.get(key).expect("key of the map");
            match key.as_str() {
                "swagger" => {
                    self.mark_from("/openapi", &src);
                    put(
                        &mut o,
                        "openapi",
                        e.key_span,
                        Node::new(e.node.span, Value::String("3.0.3".into())),
                    );
                }
                "host" | "basePath" | "schemes" if !servers_done => {
                    servers_done = true;
                    if let Some(servers) = self.servers(root, "/servers", None) {
                        put(&mut o, "servers", e.key_span, servers);
                    }
                }
                // In `servers` already, or carried into each request body and response.
                "host" | "basePath" | "schemes" | "consumes" | "produces" => {}
                "definitions" | "parameters" | "responses" | "securityDefinitions" => {
                    if let Some(c) = components.take() {
                        put(&mut o, "components", e.key_span, c);
                    }
                }
                "paths" => {
                    if let Some(p) = paths.take() {
                        put(&mut o, "paths", e.key_span, p);
                    }
                }
                _ => {
                    let node = self.copy(&src, &push("", key));
                    put(&mut o, key, e.key_span, node);
                }
            }
        }
        Node::new(root.node.span, Value::Object(o))
    }

    /// The entries of a map; or, when a list of `$ref`s to maps stands where the map belongs (as the
    /// merge tools that split a section into files write it: Opsgenie's `paths` and `definitions`), the
    /// entries of every map it names, with a warning.
    fn entries(&mut self, src: &Src<'a>) -> Vec<(String, crate::source::Span, Src<'a>)> {
        if let Some(map) = src.node.as_object() {
            return map
                .iter()
                .filter_map(|(k, e)| Some((k.clone(), e.key_span, src.get(k)?)))
                .collect();
        }
        let Some(items) = src.node.as_array() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for i in 0..items.len() {
            let Some(part) = src.item(i).and_then(|item| self.resolve(&item)) else {
                continue;
            };
            for (k, e) in part.node.as_object().into_iter().flatten() {
                if let Some(entry) = part.get(k) {
                    out.push((k.clone(), e.key_span, entry));
                }
            }
        }
        let key = src.ptr.rsplit('/').next().unwrap_or_default().to_owned();
        self.warn(
            src,
            format!(
                "`{key}` is a list of maps, which Swagger 2.0 does not allow; read as one map of all their entries"
            ),
            format!("write `{key}` as one map (a `$ref` may stand for the whole map)"),
        );
        out
    }

    /// A components section whose entries convert one by one (`definitions` → `schemas`, ...): the
    /// object at `out` holding each entry of `src` converted by `convert`.
    fn each_entry(&mut self, src: &Src<'a>, out: &str, convert: impl Fn(&mut Self, &Src<'a>, &str) -> Node) -> Node {
        self.mark(out, src);
        let mut converted = Map::default();
        for (name, key_span, s) in self.entries(src) {
            let node = convert(self, &s, &push(out, &name));
            put(&mut converted, &name, key_span, node);
        }
        Node::new(src.node.span, Value::Object(converted))
    }

    /// `components` from `definitions`, `parameters`, `responses` and `securityDefinitions`, in the
    /// order the document has them.
    fn components(&mut self, root: &Src<'a>) -> Option<Node> {
        let map = root.node.as_object()?;
        let sections: Vec<&String> = map
            .keys()
            .filter(|k| {
                matches!(
                    k.as_str(),
                    "definitions" | "parameters" | "responses" | "securityDefinitions"
                )
            })
            .collect();
        let first = root.get(sections.first()?)?;
        self.mark_from("/components", &first);
        let mut o = Map::default();
        for key in sections {
            let Some(src) = root.get(key) else { continue };
            if src.node.as_object().is_none() && src.node.as_array().is_none() {
                continue;
            }
            let key_span = root.key_span(key);
            let section = |name: &str| push("/components", name);
            match key.as_str() {
                "definitions" => {
                    let node = self.each_entry(&src, &section("schemas"), |this, s, out| this.schema(s, out));
                    put(&mut o, "schemas", key_span, node);
                }
                "parameters" => {
                    let (mut params, mut bodies) = (Map::default(), Map::default());
                    let (p_out, b_out) = (section("parameters"), section("requestBodies"));
                    for (name, key_span, s) in self.entries(&src) {
                        let name = name.as_str();
                        let Some(target) = self.resolve(&s) else {
                            let node = self.copy(&s, &push(&p_out, name));
                            put(&mut params, name, key_span, node);
                            continue;
                        };
                        match target.str("in") {
                            Some("body") => {
                                let out = push(&b_out, name);
                                let node = if s.node.ref_target().is_some() {
                                    self.reference_to(&s, &target, &out, Kind::RequestBody)
                                } else {
                                    let consumes = self.consumes.clone();
                                    self.body(&s, &out, &consumes)
                                };
                                put(&mut bodies, name, key_span, node);
                            }
                            // Form fields have no component of their own in 3.0: each operation that
                            // uses them gets them in its request body.
                            Some("formData") => {}
                            // Not a parameter at all (Opsgenie lists a file of definitions here too): it
                            // is not made one, so references to it as a definition still lead there.
                            None if target.node.get("name").is_none() => self.warn(
                                &s,
                                format!("`{name}` under `parameters` is not a parameter (it has neither `name` nor `in`); left out"),
                                "list only parameters under `parameters`",
                            ),
                            _ => {
                                let node = self.parameter(&s, &push(&p_out, name));
                                put(&mut params, name, key_span, node);
                            }
                        }
                    }
                    if !params.is_empty() {
                        self.mark_from(&p_out, &src);
                        put(
                            &mut o,
                            "parameters",
                            key_span,
                            Node::new(src.node.span, Value::Object(params)),
                        );
                    }
                    if !bodies.is_empty() {
                        self.mark_from(&b_out, &src);
                        put(
                            &mut o,
                            "requestBodies",
                            key_span,
                            Node::new(src.node.span, Value::Object(bodies)),
                        );
                    }
                }
                "responses" => {
                    let produces = self.produces.clone();
                    let node = self.each_entry(&src, &section("responses"), |this, s, out| {
                        this.response(s, out, &produces)
                    });
                    put(&mut o, "responses", key_span, node);
                }
                _ => {
                    let node = self.each_entry(&src, &section("securitySchemes"), |this, s, out| {
                        this.security_scheme(s, out)
                    });
                    put(&mut o, "securitySchemes", key_span, node);
                }
            }
        }
        Some(Node::new(first.node.span, Value::Object(o)))
    }

    /// `servers` from `host`, `basePath` and `schemes` (an operation's own `schemes` when given).
    pub(super) fn servers(&mut self, root: &Src<'a>, out: &str, schemes: Option<&Src<'a>>) -> Option<Node> {
        let host = root.get("host");
        let base = root.get("basePath");
        let schemes = schemes.cloned().or_else(|| root.get("schemes"));
        let origin = host.clone().or_else(|| base.clone()).or_else(|| schemes.clone())?;
        // `basePath: /` adds nothing; a trailing slash would double the one every path starts with.
        let base_path = base
            .as_ref()
            .and_then(|b| b.node.as_str())
            .map(|b| b.trim_end_matches('/'))
            .unwrap_or("");
        let urls: Vec<(String, Src<'a>)> = match host.as_ref().and_then(|h| h.node.as_str().map(|s| (s, h))) {
            Some((h, host)) => {
                let listed: Vec<(&str, Src<'a>)> = schemes
                    .as_ref()
                    .and_then(|s| s.node.as_array().map(|a| (a, s)))
                    .map(|(a, s)| {
                        a.iter()
                            .enumerate()
                            .filter_map(|(i, n)| Some((n.as_str()?, s.item(i)?)))
                            .collect()
                    })
                    .unwrap_or_default();
                if listed.is_empty() {
                    // Without `schemes`, 2.0 means the scheme the description itself was fetched with.
                    vec![(format!("//{h}{base_path}"), host.clone())]
                } else {
                    listed
                        .into_iter()
                        .map(|(s, src)| (format!("{s}://{h}{base_path}"), src))
                        .collect()
                }
            }
            None => match &base {
                Some(b) if b.node.as_str().is_some() => {
                    let url = if base_path.is_empty() { "/" } else { base_path };
                    vec![(url.to_owned(), b.clone())]
                }
                _ => return None,
            },
        };
        self.mark_from(out, &origin);
        let servers = urls
            .into_iter()
            .enumerate()
            .map(|(i, (url, src))| {
                let item = format!("{out}/{i}");
                self.mark_from(&item, &src);
                self.mark_from(&push(&item, "url"), &src);
                let mut o = Map::default();
                put(
                    &mut o,
                    "url",
                    src.node.span,
                    Node::new(src.node.span, Value::String(url)),
                );
                Node::new(src.node.span, Value::Object(o))
            })
            .collect();
        Some(Node::new(origin.node.span, Value::Array(servers)))
    }

    fn paths(&mut self, src: &Src<'a>, out: &str) -> Node {
        if src.node.as_object().is_none() && src.node.as_array().is_none() {
            return self.copy(src, out);
        }
        self.mark(out, src);
        let mut o = Map::default();
        for (template, key_span, item) in self.entries(src) {
            let item_out = push(out, &template);
            let node = if template.starts_with("x-") {
                self.copy(&item, &item_out)
            } else {
                self.path_item(&item, &item_out)
            };
            put(&mut o, &template, key_span, node);
        }
        Node::new(src.node.span, Value::Object(o))
    }

    pub(super) fn path_item(&mut self, src: &Src<'a>, out: &str) -> Node {
        let Some(map) = src.node.as_object() else {
            return self.copy(src, out);
        };
        self.mark(out, src);
        // Path-level body and form parameters have no place at the path level in 3.0: they go into
        // each operation's request body.
        let shared: Vec<Param<'a>> = self.params(src.get("parameters").as_ref());
        let mut o = Map::default();
        for (key, e) in map {
            let child = src.get(key).expect("key");
            let child_out = push(out, key);
            match key.as_str() {
                "$ref" => {
                    self.pend(src, out, Kind::PathItem);
                    let node = self.copy(&child, &child_out);
                    put(&mut o, key, e.key_span, node);
                }
                "parameters" => {
                    let list = self.parameter_list(&shared, &child, &child_out);
                    if let Some(list) = list {
                        put(&mut o, "parameters", e.key_span, list);
                    }
                }
                m if METHODS.contains(&m) => {
                    let node = self.operation(&child, &child_out, &shared);
                    put(&mut o, key, e.key_span, node);
                }
                _ => {
                    let node = self.copy(&child, &child_out);
                    put(&mut o, key, e.key_span, node);
                }
            }
        }
        Node::new(src.node.span, Value::Object(o))
    }

    /// The items of a `parameters` list, resolved.
    fn params(&self, list: Option<&Src<'a>>) -> Vec<Param<'a>> {
        let Some(list) = list else { return Vec::new() };
        let n = list.node.as_array().map_or(0, <[Node]>::len);
        (0..n)
            .filter_map(|i| list.item(i))
            .map(|site| {
                let target = self.resolve(&site).unwrap_or_else(|| site.clone());
                Param { site, target }
            })
            .collect()
    }

    /// The 3.0 `parameters` list: the 2.0 list without its body and form parameters.
    fn parameter_list(&mut self, params: &[Param<'a>], list: &Src<'a>, out: &str) -> Option<Node> {
        if list.node.as_array().is_none() {
            return Some(self.copy(list, out));
        }
        let kept: Vec<&Param<'a>> = params.iter().filter(|p| !p.is_body() && !p.is_form()).collect();
        if kept.is_empty() {
            return None;
        }
        self.mark(out, list);
        let items = kept
            .into_iter()
            .enumerate()
            .map(|(i, p)| self.parameter(&p.site, &format!("{out}/{i}")))
            .collect();
        Some(Node::new(list.node.span, Value::Array(items)))
    }

    fn operation(&mut self, src: &Src<'a>, out: &str, shared: &[Param<'a>]) -> Node {
        let Some(map) = src.node.as_object() else {
            return self.copy(src, out);
        };
        self.mark(out, src);
        let own = self.params(src.get("parameters").as_ref());
        let consumes = self.media_types(src, "consumes");
        let produces = self.media_types(src, "produces");
        // Path-level parameters apply unless the operation has one of the same name and location.
        let overridden = |p: &Param<'a>| own.iter().any(|q| q.name() == p.name() && q.location() == p.location());
        let inherited: Vec<Param<'a>> = shared.iter().filter(|p| !overridden(p)).cloned().collect();
        let mut body = self.request_body(src, &own, &inherited, &push(out, "requestBody"), &consumes);
        let mut o = Map::default();
        for (key, e) in map {
            let child = src.get(key).expect("key");
            let child_out = push(out, key);
            match key.as_str() {
                "consumes" | "produces" => {}
                "parameters" => {
                    if let Some(list) = self.parameter_list(&own, &child, &child_out) {
                        put(&mut o, "parameters", e.key_span, list);
                    }
                    if let Some(b) = body.take() {
                        put(&mut o, "requestBody", e.key_span, b);
                    }
                }
                "responses" => {
                    if let Some(b) = body.take() {
                        put(&mut o, "requestBody", e.key_span, b);
                    }
                    let node = self.responses(&child, &child_out, &produces);
                    put(&mut o, "responses", e.key_span, node);
                }
                "schemes" => {
                    let root = Src::root(self.spec);
                    if let Some(servers) = self.servers(&root, &push(out, "servers"), Some(&child)) {
                        put(&mut o, "servers", e.key_span, servers);
                    }
                }
                _ => {
                    let node = self.copy(&child, &child_out);
                    put(&mut o, key, e.key_span, node);
                }
            }
        }
        if let Some(b) = body {
            put(&mut o, "requestBody", src.node.span, b);
        }
        Node::new(src.node.span, Value::Object(o))
    }

    /// `consumes` or `produces` of an operation, else of the document.
    fn media_types(&self, op: &Src<'a>, key: &str) -> Vec<String> {
        match op.node.get(key).and_then(Node::as_array) {
            Some(list) => list.iter().filter_map(Node::as_str).map(str::to_owned).collect(),
            None if key == "consumes" => self.consumes.clone(),
            None => self.produces.clone(),
        }
    }

    /// The request body of an operation, from its body parameter or its form parameters.
    fn request_body(
        &mut self,
        op: &Src<'a>,
        own: &[Param<'a>],
        inherited: &[Param<'a>],
        out: &str,
        consumes: &[String],
    ) -> Option<Node> {
        let all: Vec<&Param<'a>> = own.iter().chain(inherited).collect();
        let bodies: Vec<&Param<'a>> = all.iter().copied().filter(|p| p.is_body()).collect();
        let forms: Vec<Param<'a>> = all.iter().copied().filter(|p| p.is_form()).cloned().collect();
        if let Some(body) = bodies.first() {
            for extra in &bodies[1..] {
                self.warn(
                    &extra.site,
                    "an operation has one body; this second body parameter is left out",
                    "merge the body parameters into one schema",
                );
            }
            if let Some(form) = forms.first() {
                self.warn(
                    &form.site,
                    "an operation with a body parameter cannot have form parameters; they are left out",
                    "use either one `in: body` parameter or `in: formData` parameters",
                );
            }
            let componentized = body.target.file != op.file || body.target.ptr.starts_with("/parameters/");
            if body.via_ref() && componentized && consumes == self.consumes.as_slice() {
                return Some(self.reference_to(&body.site, &body.target, out, Kind::RequestBody));
            }
            // A copy: the operation's own `consumes` decide its media types.
            let inlined = body.via_ref();
            self.inline += usize::from(inlined);
            let node = self.body(&body.target, out, consumes);
            self.inline -= usize::from(inlined);
            return Some(node);
        }
        if forms.is_empty() {
            return None;
        }
        Some(self.form(&forms, out, consumes))
    }

    /// A Request Body Object from an `in: body` parameter.
    pub(super) fn body(&mut self, src: &Src<'a>, out: &str, consumes: &[String]) -> Node {
        let Some(map) = src.node.as_object() else {
            return self.copy(src, out);
        };
        self.mark(out, src);
        let types = if consumes.is_empty() {
            vec!["application/json".to_owned()]
        } else {
            consumes.to_vec()
        };
        let mut o = Map::default();
        let schema = src.get("schema");
        for (key, e) in map {
            let child = src.get(key).expect("key");
            match key.as_str() {
                "in" | "schema" => {}
                // 3.0 bodies have no name; code generators read this extension for it.
                "name" => {
                    let node = self.copy(&child, &push(out, "x-codegen-request-body-name"));
                    put(&mut o, "x-codegen-request-body-name", e.key_span, node);
                }
                _ => {
                    let node = self.copy(&child, &push(out, key));
                    put(&mut o, key, e.key_span, node);
                }
            }
        }
        let content_out = push(out, "content");
        let anchor = schema.clone().unwrap_or_else(|| src.clone());
        self.mark_from(&content_out, &anchor);
        let mut content = Map::default();
        for ct in &types {
            let media_out = push(&content_out, ct);
            self.mark_from(&media_out, &anchor);
            let mut media = Map::default();
            if let Some(s) = &schema {
                let node = self.schema(s, &push(&media_out, "schema"));
                put(&mut media, "schema", src.key_span("schema"), node);
            }
            put(
                &mut content,
                ct,
                anchor.node.span,
                Node::new(anchor.node.span, Value::Object(media)),
            );
        }
        let key_span = schema.as_ref().map_or(src.node.span, |_| src.key_span("schema"));
        put(
            &mut o,
            "content",
            key_span,
            Node::new(anchor.node.span, Value::Object(content)),
        );
        Node::new(src.node.span, Value::Object(o))
    }

    /// A Request Body Object from `in: formData` parameters: an object with a property per field.
    fn form(&mut self, params: &[Param<'a>], out: &str, consumes: &[String]) -> Node {
        let first = &params[0].target;
        self.mark_from(out, first);
        let has_file = params.iter().any(|p| p.target.str("type") == Some("file"));
        let mut types: Vec<String> = consumes.iter().filter(|c| is_form_type(c)).cloned().collect();
        if types.is_empty() {
            if !consumes.is_empty() {
                self.warn(
                    first,
                    format!(
                        "form parameters need `consumes` to list `{FORM_URLENCODED}` or `{MULTIPART}`; it lists neither, so {} is assumed",
                        if has_file { MULTIPART } else { FORM_URLENCODED }
                    ),
                    format!("add `{}` to `consumes`", if has_file { MULTIPART } else { FORM_URLENCODED }),
                );
            }
            types.push(if has_file { MULTIPART } else { FORM_URLENCODED }.to_owned());
        }
        let required = params
            .iter()
            .any(|p| p.target.node.get("required").is_some_and(is_true));
        let mut o = Map::default();
        if required {
            let r = params
                .iter()
                .find_map(|p| p.target.get("required").filter(|r| is_true(r.node)))
                .expect("a required parameter");
            self.mark_from(&push(out, "required"), &r);
            put(
                &mut o,
                "required",
                r.node.span,
                Node::new(r.node.span, Value::Bool(true)),
            );
        }
        let content_out = push(out, "content");
        self.mark_from(&content_out, first);
        let mut content = Map::default();
        for ct in &types {
            let media_out = push(&content_out, ct);
            self.mark_from(&media_out, first);
            let schema_out = push(&media_out, "schema");
            let schema = self.form_schema(params, &schema_out);
            let mut media = Map::default();
            put(&mut media, "schema", first.node.span, schema);
            if ct == FORM_URLENCODED
                && let Some(encoding) = self.form_encoding(params, &push(&media_out, "encoding"))
            {
                put(&mut media, "encoding", first.node.span, encoding);
            }
            put(
                &mut content,
                ct,
                first.node.span,
                Node::new(first.node.span, Value::Object(media)),
            );
        }
        put(
            &mut o,
            "content",
            first.node.span,
            Node::new(first.node.span, Value::Object(content)),
        );
        Node::new(first.node.span, Value::Object(o))
    }

    /// The object schema of a form: a property per parameter, `required` listing the required ones.
    fn form_schema(&mut self, params: &[Param<'a>], out: &str) -> Node {
        let first = &params[0].target;
        self.mark_from(out, first);
        let span = first.node.span;
        let mut o = Map::default();
        self.mark_from(&push(out, "type"), first);
        put(&mut o, "type", span, Node::new(span, Value::String("object".into())));
        let props_out = push(out, "properties");
        self.mark_from(&props_out, first);
        let mut props = Map::default();
        let mut required = Vec::new();
        for p in params {
            let Some(name) = p.name() else { continue };
            let prop_out = push(&props_out, name);
            let inlined = p.via_ref();
            self.inline += usize::from(inlined);
            let mut schema = self.value_schema(&p.target, &prop_out, false);
            // The field's description documents the property.
            if let Some(d) = p.target.get("description")
                && let Value::Object(m) = &mut schema.value
            {
                let node = self.copy(&d, &push(&prop_out, "description"));
                let mut with = Map::default();
                put(&mut with, "description", p.target.key_span("description"), node);
                with.extend(std::mem::take(m));
                *m = with;
            }
            self.inline -= usize::from(inlined);
            if let Some(r) = p.target.get("required").filter(|r| is_true(r.node)) {
                let i = required.len();
                self.mark_from(&format!("{out}/required/{i}"), &r);
                required.push(Node::new(r.node.span, Value::String(name.to_owned())));
            }
            put(&mut props, name, p.target.key_span("name"), schema);
        }
        put(&mut o, "properties", span, Node::new(span, Value::Object(props)));
        if !required.is_empty() {
            self.mark_from(&push(out, "required"), first);
            put(&mut o, "required", span, Node::new(span, Value::Array(required)));
        }
        Node::new(span, Value::Object(o))
    }

    /// How array fields of a URL-encoded form are written, where it differs from 3.0's default
    /// (`form`, exploded: `a=1&a=2`).
    fn form_encoding(&mut self, params: &[Param<'a>], out: &str) -> Option<Node> {
        let mut o = Map::default();
        for p in params {
            let (Some(name), Some("array")) = (p.name(), p.target.str("type")) else {
                continue;
            };
            let format = p.target.get("collectionFormat");
            let style = match format.as_ref().and_then(|f| f.node.as_str()).unwrap_or("csv") {
                "multi" => continue,
                "ssv" => "spaceDelimited",
                "pipes" => "pipeDelimited",
                "csv" => "form",
                other => {
                    self.unsupported_format(format.as_ref().unwrap_or(&p.target), other, "a form field");
                    "form"
                }
            };
            let anchor = format.clone().unwrap_or_else(|| p.target.clone());
            let entry_out = push(out, name);
            self.mark_from(&entry_out, &anchor);
            let mut e = Map::default();
            self.style(&mut e, &entry_out, &anchor, style, false);
            put(
                &mut o,
                name,
                anchor.node.span,
                Node::new(anchor.node.span, Value::Object(e)),
            );
        }
        if o.is_empty() {
            return None;
        }
        self.mark_from(out, &params[0].target);
        Some(Node::new(params[0].target.node.span, Value::Object(o)))
    }

    /// Writes `style` and `explode` into `o` (an object at `out`), made from `src`.
    fn style(&mut self, o: &mut Map, out: &str, src: &Src<'a>, style: &str, explode: bool) {
        let span = src.node.span;
        self.mark_from(&push(out, "style"), src);
        put(o, "style", span, Node::new(span, Value::String(style.into())));
        self.mark_from(&push(out, "explode"), src);
        put(o, "explode", span, Node::new(span, Value::Bool(explode)));
    }

    fn unsupported_format(&mut self, at: &Src<'a>, format: &str, what: &str) {
        self.warn(
            at,
            format!("`collectionFormat: {format}` has no OpenAPI 3.0 equivalent for {what}; it is read as `csv`"),
            "use `csv` (or, for query parameters, `ssv`, `pipes` or `multi`), or describe the format in the description",
        );
    }

    /// A Parameter Object (not body, not form): its value keys become `schema`, `collectionFormat`
    /// becomes `style` and `explode`.
    pub(super) fn parameter(&mut self, src: &Src<'a>, out: &str) -> Node {
        if src.node.ref_target().is_some() {
            return self.reference(src, out, Kind::Parameter);
        }
        let Some(map) = src.node.as_object() else {
            return self.copy(src, out);
        };
        self.mark(out, src);
        let location = src.str("in").unwrap_or("");
        let is_array = src.str("type") == Some("array");
        let has_format = map.contains_key("collectionFormat");
        let mut o = Map::default();
        let mut schema_done = false;
        for (key, e) in map {
            let child = src.get(key).expect("key");
            if VALUE_KEYS.contains(&key.as_str()) {
                if !schema_done {
                    schema_done = true;
                    let schema = self.value_schema(src, &push(out, "schema"), false);
                    put(&mut o, "schema", e.key_span, schema);
                    if is_array && !has_format {
                        // 2.0's default is `csv`; 3.0's default for query is exploded.
                        self.collection_format(&mut o, out, src, location, "csv");
                    }
                }
                continue;
            }
            if key == "collectionFormat" {
                let format = e.node.as_str().unwrap_or("csv");
                self.collection_format(&mut o, out, &child, location, format);
                continue;
            }
            let node = self.copy(&child, &push(out, key));
            put(&mut o, key, e.key_span, node);
        }
        Node::new(src.node.span, Value::Object(o))
    }

    /// `style` and `explode` for a parameter's `collectionFormat` (at `src`).
    fn collection_format(&mut self, o: &mut Map, out: &str, src: &Src<'a>, location: &str, format: &str) {
        match (location, format) {
            ("query", "csv") => self.style(o, out, src, "form", false),
            ("query", "multi") => self.style(o, out, src, "form", true),
            ("query", "ssv") => self.style(o, out, src, "spaceDelimited", false),
            ("query", "pipes") => self.style(o, out, src, "pipeDelimited", false),
            ("query", other) => {
                self.unsupported_format(src, other, "a query parameter");
                self.style(o, out, src, "form", false);
            }
            // `simple`, the 3.0 default for paths and headers, is `csv`.
            (_, "csv") => {}
            (_, other) => self.unsupported_format(src, other, &format!("a {location} parameter")),
        }
    }

    /// The Schema Object of a 2.0 parameter, header or items object: its value keys. The extensions
    /// of a parameter or header stay with it; those of an items object are the schema's.
    fn value_schema(&mut self, src: &Src<'a>, out: &str, items: bool) -> Node {
        if src.node.ref_target().is_some() {
            // Not allowed in 2.0, but written by some: read it as a schema reference.
            return self.reference(src, out, Kind::Schema);
        }
        let Some(map) = src.node.as_object() else {
            return self.copy(src, out);
        };
        self.mark_from(out, src);
        let is_file = src.str("type") == Some("file");
        let mut o = Map::default();
        for (key, e) in map {
            let child = src.get(key).expect("key");
            let child_out = push(out, key);
            match key.as_str() {
                k if !(VALUE_KEYS.contains(&k) || items && k.starts_with("x-")) => {
                    if items
                        && k == "collectionFormat"
                        && let Some(f) = e.node.as_str()
                        && f != "csv"
                    {
                        self.unsupported_format(&child, f, "the items of an array");
                    }
                }
                "x-nullable" => {
                    let node = self.copy(&child, &push(out, "nullable"));
                    put(&mut o, "nullable", e.key_span, node);
                }
                "type" if is_file => self.file_type(&mut o, out, &child),
                "format" if is_file => {}
                "items" => {
                    let node = self.value_schema(&child, &child_out, true);
                    put(&mut o, key, e.key_span, node);
                }
                _ => {
                    let node = self.copy(&child, &child_out);
                    put(&mut o, key, e.key_span, node);
                }
            }
        }
        Node::new(src.node.span, Value::Object(o))
    }

    /// `type: file` is `type: string, format: binary` in 3.0.
    fn file_type(&mut self, o: &mut Map, out: &str, src: &Src<'a>) {
        let span = src.node.span;
        self.mark(&push(out, "type"), src);
        put(o, "type", span, Node::new(span, Value::String("string".into())));
        self.mark_from(&push(out, "format"), src);
        put(o, "format", span, Node::new(span, Value::String("binary".into())));
    }

    /// A Header Object: like a parameter, its value keys become `schema`.
    fn header(&mut self, src: &Src<'a>, out: &str) -> Node {
        let Some(map) = src.node.as_object() else {
            return self.copy(src, out);
        };
        self.mark(out, src);
        let mut o = Map::default();
        let mut schema_done = false;
        for (key, e) in map {
            let child = src.get(key).expect("key");
            if VALUE_KEYS.contains(&key.as_str()) {
                if !schema_done {
                    schema_done = true;
                    let schema = self.value_schema(src, &push(out, "schema"), false);
                    put(&mut o, "schema", e.key_span, schema);
                }
                continue;
            }
            if key == "collectionFormat" {
                if let Some(f) = e.node.as_str().filter(|f| *f != "csv") {
                    self.unsupported_format(&child, f, "a header");
                }
                continue;
            }
            let node = self.copy(&child, &push(out, key));
            put(&mut o, key, e.key_span, node);
        }
        Node::new(src.node.span, Value::Object(o))
    }

    fn responses(&mut self, src: &Src<'a>, out: &str, produces: &[String]) -> Node {
        let Some(map) = src.node.as_object() else {
            return self.copy(src, out);
        };
        self.mark(out, src);
        let mut o = Map::default();
        for (code, e) in map {
            let site = src.get(code).expect("key");
            let r_out = push(out, code);
            let node = if code.starts_with("x-") {
                self.copy(&site, &r_out)
            } else if site.node.ref_target().is_some() {
                match self.resolve(&site) {
                    // The shared response has the document's media types; other ones need a copy.
                    Some(target) if produces != self.produces.as_slice() => {
                        self.inline += 1;
                        let node = self.response(&target, &r_out, produces);
                        self.inline -= 1;
                        node
                    }
                    _ => self.reference(&site, &r_out, Kind::Response),
                }
            } else {
                self.response(&site, &r_out, produces)
            };
            put(&mut o, code, e.key_span, node);
        }
        Node::new(src.node.span, Value::Object(o))
    }

    /// A Response Object: `schema` and `examples` become `content`, one media type per `produces`.
    pub(super) fn response(&mut self, src: &Src<'a>, out: &str, produces: &[String]) -> Node {
        if src.node.ref_target().is_some() {
            return self.reference(src, out, Kind::Response);
        }
        let Some(map) = src.node.as_object() else {
            return self.copy(src, out);
        };
        self.mark(out, src);
        let schema = src.get("schema");
        let examples = src.get("examples");
        let mut content_done = false;
        let mut o = Map::default();
        for (key, e) in map {
            let child = src.get(key).expect("key");
            let child_out = push(out, key);
            match key.as_str() {
                "schema" | "examples" => {
                    if !content_done {
                        content_done = true;
                        let content = self.content(src, out, schema.as_ref(), examples.as_ref(), produces);
                        put(&mut o, "content", e.key_span, content);
                    }
                }
                "headers" => {
                    let Some(headers) = e.node.as_object() else {
                        let node = self.copy(&child, &child_out);
                        put(&mut o, key, e.key_span, node);
                        continue;
                    };
                    self.mark(&child_out, &child);
                    let mut h = Map::default();
                    for (name, he) in headers {
                        let hs = child.get(name).expect("key");
                        let node = self.header(&hs, &push(&child_out, name));
                        put(&mut h, name, he.key_span, node);
                    }
                    put(&mut o, key, e.key_span, Node::new(e.node.span, Value::Object(h)));
                }
                _ => {
                    let node = self.copy(&child, &child_out);
                    put(&mut o, key, e.key_span, node);
                }
            }
        }
        Node::new(src.node.span, Value::Object(o))
    }

    /// A response's `content`: each produced media type with the schema, and the example given for it.
    fn content(
        &mut self,
        response: &Src<'a>,
        out: &str,
        schema: Option<&Src<'a>>,
        examples: Option<&Src<'a>>,
        produces: &[String],
    ) -> Node {
        let anchor = schema.or(examples).cloned().unwrap_or_else(|| response.clone());
        let content_out = push(out, "content");
        self.mark_from(&content_out, &anchor);
        let is_file = schema
            .and_then(|s| self.resolve(s))
            .is_some_and(|s| s.str("type") == Some("file"));
        let mut types: Vec<String> = if produces.is_empty() {
            vec![
                if is_file {
                    "application/octet-stream"
                } else {
                    "application/json"
                }
                .to_owned(),
            ]
        } else {
            produces.to_vec()
        };
        // An example for a media type the operation does not list still documents that type.
        for ct in examples
            .and_then(|e| e.node.as_object())
            .into_iter()
            .flat_map(|m| m.keys())
        {
            if !types.contains(ct) {
                types.push(ct.clone());
            }
        }
        let mut content = Map::default();
        for ct in &types {
            let media_out = push(&content_out, ct);
            self.mark_from(&media_out, &anchor);
            let mut media = Map::default();
            if let Some(s) = schema {
                let node = self.schema(s, &push(&media_out, "schema"));
                put(&mut media, "schema", response.key_span("schema"), node);
            }
            if let Some(example) = examples.and_then(|e| e.get(ct)) {
                let node = self.copy(&example, &push(&media_out, "example"));
                let key_span = examples.map_or(example.node.span, |e| e.key_span(ct));
                put(&mut media, "example", key_span, node);
            }
            let key_span = examples
                .filter(|e| e.node.get(ct).is_some())
                .map_or(anchor.node.span, |e| e.key_span(ct));
            put(
                &mut content,
                ct,
                key_span,
                Node::new(anchor.node.span, Value::Object(media)),
            );
        }
        Node::new(anchor.node.span, Value::Object(content))
    }

    /// A Schema Object: `x-nullable` → `nullable`, `type: file` → binary string, `discriminator` →
    /// a Discriminator Object; subschemas converted alike.
    pub(super) fn schema(&mut self, src: &Src<'a>, out: &str) -> Node {
        if src.node.ref_target().is_some() {
            return self.reference(src, out, Kind::Schema);
        }
        let Some(map) = src.node.as_object() else {
            return self.copy(src, out);
        };
        self.mark(out, src);
        let is_file = src.str("type") == Some("file");
        let mut o = Map::default();
        for (key, e) in map {
            let child = src.get(key).expect("key");
            let child_out = push(out, key);
            let node = match key.as_str() {
                "x-nullable" => {
                    let node = self.copy(&child, &push(out, "nullable"));
                    put(&mut o, "nullable", e.key_span, node);
                    continue;
                }
                "type" if is_file => {
                    self.file_type(&mut o, out, &child);
                    continue;
                }
                "format" if is_file => continue,
                "discriminator" if e.node.as_str().is_some() => {
                    self.mark(&child_out, &child);
                    self.mark_from(&push(&child_out, "propertyName"), &child);
                    let mut d = Map::default();
                    put(&mut d, "propertyName", e.node.span, e.node.clone());
                    Node::new(e.node.span, Value::Object(d))
                }
                "properties" if e.node.as_object().is_some() => self.schema_map(&child, &child_out),
                "items" | "allOf" | "anyOf" | "oneOf" if e.node.as_array().is_some() => {
                    self.mark(&child_out, &child);
                    let n = e.node.as_array().map_or(0, <[Node]>::len);
                    let items = (0..n)
                        .filter_map(|i| child.item(i))
                        .enumerate()
                        .map(|(i, s)| self.schema(&s, &format!("{child_out}/{i}")))
                        .collect();
                    Node::new(e.node.span, Value::Array(items))
                }
                "items" | "not" | "additionalProperties" if e.node.as_object().is_some() => {
                    self.schema(&child, &child_out)
                }
                _ => self.copy(&child, &child_out),
            };
            put(&mut o, key, e.key_span, node);
        }
        Node::new(src.node.span, Value::Object(o))
    }

    /// A map of names to schemas (`properties`).
    fn schema_map(&mut self, src: &Src<'a>, out: &str) -> Node {
        self.mark(out, src);
        let mut o = Map::default();
        for (name, e) in src.node.as_object().into_iter().flatten() {
            let child = src.get(name).expect("key");
            let node = self.schema(&child, &push(out, name));
            put(&mut o, name, e.key_span, node);
        }
        Node::new(src.node.span, Value::Object(o))
    }

    /// A Security Scheme Object: `basic` → HTTP basic; OAuth2's single flow → `flows`.
    fn security_scheme(&mut self, src: &Src<'a>, out: &str) -> Node {
        let Some(map) = src.node.as_object() else {
            return self.copy(src, out);
        };
        let kind = src.str("type");
        if !matches!(kind, Some("basic" | "oauth2")) {
            return self.copy(src, out);
        }
        self.mark(out, src);
        let mut o = Map::default();
        let mut flow = Map::default();
        let flow_src = src.get("flow");
        let flow_name = match flow_src.as_ref().and_then(|f| f.node.as_str()) {
            Some("implicit") => "implicit",
            Some("password") => "password",
            Some("application") => "clientCredentials",
            Some("accessCode") => "authorizationCode",
            _ => "",
        };
        let flows_out = push(&push(out, "flows"), flow_name);
        for (key, e) in map {
            let child = src.get(key).expect("key");
            match (kind, key.as_str()) {
                (Some("basic"), "type") => {
                    self.mark(&push(out, "type"), &child);
                    put(
                        &mut o,
                        "type",
                        e.key_span,
                        Node::new(e.node.span, Value::String("http".into())),
                    );
                    self.mark_from(&push(out, "scheme"), &child);
                    put(
                        &mut o,
                        "scheme",
                        e.key_span,
                        Node::new(e.node.span, Value::String("basic".into())),
                    );
                }
                (Some("oauth2"), "flow") => {
                    self.mark_from(&push(out, "flows"), &child);
                    put(
                        &mut o,
                        "flows",
                        e.key_span,
                        Node::new(e.node.span, Value::Object(Map::default())),
                    );
                }
                (Some("oauth2"), "authorizationUrl" | "tokenUrl" | "scopes") => {
                    let node = self.copy(&child, &push(&flows_out, key));
                    put(&mut flow, key, e.key_span, node);
                }
                _ => {
                    let node = self.copy(&child, &push(out, key));
                    put(&mut o, key, e.key_span, node);
                }
            }
        }
        if kind == Some("oauth2") {
            if !flow.contains_key("scopes") {
                // 3.0 requires `scopes`; 2.0 documents sometimes leave it out when there are none.
                self.mark_from(&push(&flows_out, "scopes"), src);
                put(
                    &mut flow,
                    "scopes",
                    src.node.span,
                    Node::new(src.node.span, Value::Object(Map::default())),
                );
            }
            let span = flow_src.as_ref().map_or(src.node.span, |f| f.node.span);
            let flow = Node::new(span, Value::Object(flow));
            match o.get_mut("flows") {
                Some(flows) if !flow_name.is_empty() => {
                    self.mark_from(&flows_out, flow_src.as_ref().unwrap_or(src));
                    if let Value::Object(m) = &mut flows.node.value {
                        put(m, flow_name, span, flow);
                    }
                }
                // Without a known `flow` the scheme stays invalid, as it was; the checks report it.
                _ => {}
            }
        }
        Node::new(src.node.span, Value::Object(o))
    }
}

fn is_true(node: &Node) -> bool {
    node.value == Value::Bool(true)
}

fn is_form_type(media_type: &str) -> bool {
    let base = media_type.split(';').next().unwrap_or("").trim();
    base.eq_ignore_ascii_case(FORM_URLENCODED) || base.eq_ignore_ascii_case(MULTIPART)
}
