//! The one walk: visits every OpenAPI object of the document once, following `$ref`s into whatever file
//! they name, and hands each visit to the rules that asked for its kind.
//!
//! What is an object and what is data is the loader's classifier's to say ([`crate::load::literal`]):
//! the walk visits no extension (`x-*` entries of paths, responses and callbacks) as an object, and
//! every entry of a map of names (a schema named `x-foo` too).
//!
//! Components are walked before paths, so a component schema is always seen as a component (not as the
//! target of some reference to it). `components/pathItems` is the exception: walked after the paths and
//! webhooks (and the targets of their references), so a path item that a path refers to is visited with
//! its path template, in the file it lives in, like an inline one. A path item that several paths share
//! (by `$ref`) is visited under each of them, with its operations: each is an operation of the API.
//!
//! Reference targets are queued rather than walked recursively, so a long chain of references across
//! files cannot exhaust the stack.

use std::collections::VecDeque;

use super::rule::{Cx, Kind, Rule, Via, Visit, addr};
use crate::load::literal::{Context, Object, Place, Version};
use crate::load::pointer::escape;
use crate::load::{Node, Spec};
use crate::source::FileId;

/// The maps of `components` walked before the paths (`pathItems` is walked after them).
const COMPONENT_MAPS: &[(&str, Kind)] = &[
    ("schemas", Kind::Schema),
    ("parameters", Kind::Parameter),
    ("headers", Kind::Header),
    ("requestBodies", Kind::RequestBody),
    ("responses", Kind::Response),
    ("examples", Kind::Example),
    ("securitySchemes", Kind::SecurityScheme),
];

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// Context carried to a queued reference target.
#[derive(Clone, Copy)]
struct Ctx<'a> {
    path: Option<&'a str>,
    method: Option<&'a str>,
    parent: Option<&'a Node>,
    via: Option<Via<'a>>,
}

const NO_CTX: Ctx<'static> = Ctx {
    path: None,
    method: None,
    parent: None,
    via: None,
};

pub struct Walker<'a, 'r> {
    spec: &'a Spec,
    rules: &'r mut [Box<dyn Rule>],
    interests: Vec<u32>,
    mask: u32,
    /// (address, kind, path) of every visited object: addresses need no protected hash. The path (the
    /// address of its template, 0 for none) tells apart the visits of one path item (and its operations)
    /// shared by several paths: each path has its own.
    seen: foldhash::HashSet<(usize, Kind, usize)>,
    /// The path items visited under a path template: `components/pathItems` does not visit them again.
    pathed: foldhash::HashSet<usize>,
    queue: VecDeque<(Kind, FileId, &'a str, &'a Node, Ctx<'a>)>,
    swagger2: bool,
    /// The grammar the loader's classifier reads the document with (which map entries are data).
    version: Version,
    /// OpenAPI 3.1: schemas have more subschema keywords, and a `$ref`'s siblings apply beside it.
    oas31: bool,
}

impl<'a, 'r> Walker<'a, 'r> {
    pub fn new(spec: &'a Spec, rules: &'r mut [Box<dyn Rule>]) -> Self {
        let interests: Vec<u32> = rules.iter().map(|r| r.interests()).collect();
        let mask = interests.iter().fold(0, |a, b| a | b);
        Walker {
            spec,
            rules,
            interests,
            mask,
            seen: foldhash::HashSet::default(),
            pathed: foldhash::HashSet::default(),
            queue: VecDeque::new(),
            swagger2: spec.root().get("swagger").is_some(),
            version: Context::root(spec.root()).version,
            oas31: super::version_of(spec) == Some(super::rule::OAS31),
        }
    }

    /// Walks the root document, then finishes every rule.
    pub fn run(mut self, cx: &mut Cx<'a>) {
        let root = self.spec.root();
        let file = crate::load::Spec::ROOT;
        let mut ptr = String::new();
        self.emit(cx, Kind::Document, file, &ptr, root, NO_CTX);
        self.each_array(cx, file, &mut ptr, root, "servers", Kind::Server, NO_CTX);
        self.each_array(cx, file, &mut ptr, root, "tags", Kind::Tag, NO_CTX);
        if self.swagger2 {
            for (key, kind) in [
                ("definitions", Kind::Schema),
                ("parameters", Kind::Parameter),
                ("responses", Kind::Response),
            ] {
                self.each_map(cx, file, &mut ptr, (root, Object::Document), key, kind, NO_CTX);
            }
        } else {
            self.components(cx, COMPONENT_MAPS, true);
        }
        for section in ["paths", "webhooks"] {
            let Some(paths) = root.get(section) else { continue };
            with(&mut ptr, section, |ptr| {
                let Some((file, mut at, paths)) = self.follow(cx, file, ptr, paths) else {
                    return;
                };
                let within = Context::object(self.version, Object::Document).key(section);
                for (template, e) in paths.as_object().into_iter().flatten() {
                    if within.key(template).place == Place::Literal {
                        continue;
                    }
                    let ctx = Ctx {
                        path: (section == "paths").then_some(template.as_str()),
                        ..NO_CTX
                    };
                    with(&mut at, template, |ptr| {
                        self.dispatch(cx, Kind::PathItem, file, ptr, &e.node, ctx)
                    });
                }
            });
        }
        // Path items that paths, webhooks or callbacks refer to are visited there first, with their
        // path or expression; `components/pathItems` only visits the others.
        self.drain(cx);
        if !self.swagger2 {
            self.components(cx, &[("pathItems", Kind::PathItem)], false);
            self.drain(cx);
        }
        for rule in self.rules.iter_mut() {
            rule.finish(cx);
        }
    }

    /// Visits every queued reference target.
    fn drain(&mut self, cx: &mut Cx<'a>) {
        while let Some((kind, file, target, node, ctx)) = self.queue.pop_front() {
            let mut ptr = target.to_owned();
            self.visit(cx, kind, file, &mut ptr, node, ctx);
        }
    }

    /// Visits each entry of the maps `maps` of the root's `components` (and its callbacks when
    /// `callbacks`).
    fn components(&mut self, cx: &mut Cx<'a>, maps: &[(&str, Kind)], callbacks: bool) {
        let Some(components) = self.spec.root().get("components") else {
            return;
        };
        let mut ptr = String::new();
        with(&mut ptr, "components", |ptr| {
            // `components: {$ref: ...}` keeps them all in another file.
            let Some((file, mut at, components)) = self.follow(cx, crate::load::Spec::ROOT, ptr, components) else {
                return;
            };
            let ptr = &mut at;
            for &(key, kind) in maps {
                self.each_map(cx, file, ptr, (components, Object::Components), key, kind, NO_CTX);
            }
            if callbacks {
                self.each_callback(cx, file, ptr, components);
            }
        });
    }

    fn emit(&mut self, cx: &mut Cx<'a>, kind: Kind, file: FileId, ptr: &str, node: &'a Node, ctx: Ctx<'a>) {
        if self.mask & kind.bit() == 0 {
            return;
        }
        let v = Visit {
            kind,
            file,
            ptr,
            node,
            path: ctx.path,
            method: ctx.method,
            parent: ctx.parent,
            via: ctx.via,
        };
        for (rule, &interest) in self.rules.iter_mut().zip(&self.interests) {
            if interest & kind.bit() != 0 {
                rule.visit(&v, cx);
            }
        }
    }

    /// Visits `node` as `kind`, or queues the target when it is a reference.
    fn dispatch(&mut self, cx: &mut Cx<'a>, kind: Kind, file: FileId, ptr: &mut String, node: &'a Node, ctx: Ctx<'a>) {
        if node.ref_target().is_some() && !(kind == Kind::PathItem && node.as_object().is_some_and(|m| m.len() > 1)) {
            if let Some((tfile, tptr, tnode)) = cx.refs.target(node) {
                self.queue.push_back((kind, tfile, tptr, tnode, ctx));
            }
            if !self.ref_with_siblings(kind, node) {
                return;
            }
        }
        self.visit(cx, kind, file, ptr, node, ctx);
    }

    fn visit(&mut self, cx: &mut Cx<'a>, kind: Kind, file: FileId, ptr: &mut String, node: &'a Node, ctx: Ctx<'a>) {
        if node.ref_target().is_some() && kind != Kind::PathItem && !self.ref_with_siblings(kind, node) {
            // A reference reached through a queue (a chain of references).
            return self.dispatch(cx, kind, file, ptr, node, ctx);
        }
        if kind == Kind::PathItem {
            match ctx.path {
                Some(_) => _ = self.pathed.insert(addr(node)),
                None if self.pathed.contains(&addr(node)) => return,
                None => {}
            }
        }
        let path = match kind {
            Kind::PathItem | Kind::Operation => ctx.path.map_or(0, |p| p.as_ptr() as usize),
            _ => 0,
        };
        if !self.seen.insert((addr(node), kind, path)) {
            return;
        }
        self.emit(cx, kind, file, ptr, node, ctx);
        let Some(map) = node.as_object() else { return };
        let child = Ctx {
            parent: None,
            via: None,
            ..ctx
        };
        match kind {
            Kind::PathItem => {
                if let Some((tfile, tptr, tnode)) = node.get("$ref").and_then(|_| cx.refs.target(node)) {
                    self.queue.push_back((Kind::PathItem, tfile, tptr, tnode, ctx));
                }
                self.each_array(cx, file, ptr, node, "servers", Kind::Server, child);
                self.each_array(cx, file, ptr, node, "parameters", Kind::Parameter, child);
                for method in METHODS {
                    if let Some(op) = map.get(*method) {
                        let ctx = Ctx {
                            method: Some(method),
                            parent: Some(node),
                            ..ctx
                        };
                        with(ptr, method, |ptr| {
                            self.dispatch(cx, Kind::Operation, file, ptr, &op.node, ctx)
                        });
                    }
                }
            }
            Kind::Operation => {
                self.each_array(cx, file, ptr, node, "parameters", Kind::Parameter, child);
                self.one(cx, file, ptr, node, "requestBody", Kind::RequestBody, child);
                self.each_map(
                    cx,
                    file,
                    ptr,
                    (node, Object::Operation),
                    "responses",
                    Kind::Response,
                    child,
                );
                self.each_array(cx, file, ptr, node, "servers", Kind::Server, child);
                self.each_callback(cx, file, ptr, node);
            }
            Kind::Parameter | Kind::Header => {
                let holder = Ctx {
                    via: Some(Via::Holder),
                    ..child
                };
                self.one(cx, file, ptr, node, "schema", Kind::Schema, holder);
                self.each_map(
                    cx,
                    file,
                    ptr,
                    (node, Object::Parameter),
                    "content",
                    Kind::MediaType,
                    child,
                );
                self.each_map(
                    cx,
                    file,
                    ptr,
                    (node, Object::Parameter),
                    "examples",
                    Kind::Example,
                    child,
                );
                if self.swagger2 {
                    // A 2.0 parameter or header describes its value itself; its `items` are a schema.
                    let items = Ctx {
                        parent: Some(node),
                        via: Some(Via::Items),
                        ..child
                    };
                    self.one(cx, file, ptr, node, "items", Kind::Schema, items);
                }
            }
            Kind::RequestBody => self.each_map(
                cx,
                file,
                ptr,
                (node, Object::RequestBody),
                "content",
                Kind::MediaType,
                child,
            ),
            Kind::Response => {
                self.each_map(cx, file, ptr, (node, Object::Response), "headers", Kind::Header, child);
                self.each_map(
                    cx,
                    file,
                    ptr,
                    (node, Object::Response),
                    "content",
                    Kind::MediaType,
                    child,
                );
                if self.swagger2 {
                    let holder = Ctx {
                        via: Some(Via::Holder),
                        ..child
                    };
                    self.one(cx, file, ptr, node, "schema", Kind::Schema, holder);
                }
            }
            Kind::MediaType => {
                let holder = Ctx {
                    via: Some(Via::Holder),
                    ..child
                };
                self.one(cx, file, ptr, node, "schema", Kind::Schema, holder);
                self.each_map(
                    cx,
                    file,
                    ptr,
                    (node, Object::MediaType),
                    "examples",
                    Kind::Example,
                    child,
                );
                if let Some(encoding) = node.get("encoding") {
                    with(ptr, "encoding", |ptr| {
                        let Some((file, mut at, encoding)) = self.follow(cx, file, ptr, encoding) else {
                            return;
                        };
                        for (name, e) in encoding.as_object().into_iter().flatten() {
                            with(&mut at, name, |ptr| {
                                self.each_map(
                                    cx,
                                    file,
                                    ptr,
                                    (&e.node, Object::Encoding),
                                    "headers",
                                    Kind::Header,
                                    child,
                                )
                            });
                        }
                    });
                }
            }
            Kind::Schema => self.schema_children(cx, file, ptr, node),
            _ => {}
        }
    }

    /// A 3.1 schema whose `$ref` has siblings: the siblings are a schema of their own, visited besides the
    /// target.
    fn ref_with_siblings(&self, kind: Kind, node: &Node) -> bool {
        self.oas31 && kind == Kind::Schema && node.as_object().is_some_and(|m| m.len() > 1)
    }

    fn schema_children(&mut self, cx: &mut Cx<'a>, file: FileId, ptr: &mut String, node: &'a Node) {
        let ctx = |via| Ctx {
            parent: Some(node),
            via: Some(via),
            ..NO_CTX
        };
        if let Some(props) = node.get("properties") {
            with(ptr, "properties", |ptr| {
                let Some((file, mut at, props)) = self.follow(cx, file, ptr, props) else {
                    return;
                };
                for (name, e) in props.as_object().into_iter().flatten() {
                    with(&mut at, name, |ptr| {
                        self.dispatch(cx, Kind::Schema, file, ptr, &e.node, ctx(Via::Property(name)))
                    });
                }
            });
        }
        self.one(cx, file, ptr, node, "items", Kind::Schema, ctx(Via::Items));
        if node.get("additionalProperties").and_then(Node::as_object).is_some() {
            self.one(
                cx,
                file,
                ptr,
                node,
                "additionalProperties",
                Kind::Schema,
                ctx(Via::AdditionalProperties),
            );
        }
        for (key, via) in [("allOf", Via::AllOf), ("anyOf", Via::AnyOf), ("oneOf", Via::OneOf)] {
            self.each_array(cx, file, ptr, node, key, Kind::Schema, ctx(via));
        }
        self.one(cx, file, ptr, node, "not", Kind::Schema, ctx(Via::Not));
        if self.oas31 {
            // JSON Schema 2020-12's other subschemas; what a 3.0 generator cannot use is still linted.
            self.each_array(cx, file, ptr, node, "prefixItems", Kind::Schema, ctx(Via::Subschema));
            for key in ["contains", "if", "then", "else", "propertyNames", "unevaluatedItems"] {
                if node.get(key).and_then(Node::as_object).is_some() {
                    self.one(cx, file, ptr, node, key, Kind::Schema, ctx(Via::Subschema));
                }
            }
            for key in ["$defs", "patternProperties", "dependentSchemas"] {
                self.each_map(
                    cx,
                    file,
                    ptr,
                    (node, Object::Schema),
                    key,
                    Kind::Schema,
                    ctx(Via::Subschema),
                );
            }
        }
    }

    fn callback(&mut self, cx: &mut Cx<'a>, file: FileId, ptr: &mut String, node: &'a Node) {
        let Some(resolved) = cx.refs.resolve(file, "", node) else {
            return;
        };
        let (file, node) = (resolved.file, resolved.node);
        let mut own;
        let ptr = match resolved.ptr {
            super::rule::Ptr::Caller(_) => ptr,
            super::rule::Ptr::Spec(p) => {
                own = p.to_owned();
                &mut own
            }
        };
        let Some(map) = node.as_object() else { return };
        let within = Context::object(self.version, Object::Callback);
        for (expr, e) in map {
            if within.key(expr).place == Place::Literal {
                continue;
            }
            let ctx = Ctx {
                path: Some(expr.as_str()),
                ..NO_CTX
            };
            with(ptr, expr, |ptr| {
                self.dispatch(cx, Kind::PathItem, file, ptr, &e.node, ctx)
            });
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn one(
        &mut self,
        cx: &mut Cx<'a>,
        file: FileId,
        ptr: &mut String,
        node: &'a Node,
        key: &str,
        kind: Kind,
        ctx: Ctx<'a>,
    ) {
        if let Some(n) = node.get(key) {
            with(ptr, key, |ptr| self.dispatch(cx, kind, file, ptr, n, ctx));
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn each_array(
        &mut self,
        cx: &mut Cx<'a>,
        file: FileId,
        ptr: &mut String,
        node: &'a Node,
        key: &str,
        kind: Kind,
        ctx: Ctx<'a>,
    ) {
        let Some(items) = node.get(key).and_then(Node::as_array) else {
            return;
        };
        with(ptr, key, |ptr| {
            for (i, n) in items.iter().enumerate() {
                with(ptr, &i.to_string(), |ptr| self.dispatch(cx, kind, file, ptr, n, ctx));
            }
        });
    }

    /// Visits each entry of the map under `key` of `node` (an object of kind `within`) as `kind`, but
    /// for the entries the classifier reads as data (the extensions of a Responses Object).
    #[allow(clippy::too_many_arguments)]
    fn each_map(
        &mut self,
        cx: &mut Cx<'a>,
        file: FileId,
        ptr: &mut String,
        (node, within): (&'a Node, Object),
        key: &str,
        kind: Kind,
        ctx: Ctx<'a>,
    ) {
        let Some(map) = node.get(key) else { return };
        let entries = Context::object(self.version, within).key(key);
        with(ptr, key, |ptr| {
            let Some((file, mut at, map)) = self.follow(cx, file, ptr, map) else {
                return;
            };
            for (name, e) in map.as_object().into_iter().flatten() {
                if entries.key(name).place == Place::Literal {
                    continue;
                }
                let ctx = match (kind, ctx.via) {
                    (Kind::Schema, None) => Ctx {
                        via: Some(Via::Component(name)),
                        ..ctx
                    },
                    _ => ctx,
                };
                with(&mut at, name, |ptr| self.dispatch(cx, kind, file, ptr, &e.node, ctx));
            }
        });
    }

    /// Visits each callback of the `callbacks` map of `node`.
    fn each_callback(&mut self, cx: &mut Cx<'a>, file: FileId, ptr: &mut String, node: &'a Node) {
        let Some(callbacks) = node.get("callbacks") else { return };
        with(ptr, "callbacks", |ptr| {
            let Some((file, mut at, callbacks)) = self.follow(cx, file, ptr, callbacks) else {
                return;
            };
            for (name, e) in callbacks.as_object().into_iter().flatten() {
                with(&mut at, name, |ptr| self.callback(cx, file, ptr, &e.node));
            }
        });
    }

    /// `node` (at `ptr` in `file`), or, when it is a reference to a whole object or map kept elsewhere
    /// (`schemas: {$ref: schemas.yaml}`, `paths: {$ref: ...}`), what it leads to, with its file and
    /// pointer; `None` when that reference does not resolve (the loader reported it). A `$ref` whose
    /// value is an object is a name in a map of names, not a reference.
    fn follow(&self, cx: &Cx<'a>, file: FileId, ptr: &str, node: &'a Node) -> Option<(FileId, String, &'a Node)> {
        if node.get("$ref").and_then(Node::as_str).is_none() {
            return Some((file, ptr.to_owned(), node));
        }
        let r = cx.refs.resolve(file, ptr, node)?;
        Some((r.file, r.ptr.as_str().to_owned(), r.node))
    }
}

/// Runs `f` with `token` pushed onto the pointer, then restores it.
fn with<R>(ptr: &mut String, token: &str, f: impl FnOnce(&mut String) -> R) -> R {
    let len = ptr.len();
    ptr.push('/');
    ptr.push_str(&escape(token));
    let r = f(ptr);
    ptr.truncate(len);
    r
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use super::*;
    use crate::lint::rule::{Rule, RuleMeta};
    use crate::load::LoadOptions;

    static PROBE: RuleMeta = RuleMeta {
        id: "probe",
        default: None,
        aliases: &[],
        versions: crate::lint::rule::ANY_OAS,
        options: &[],
        docs: "",
    };

    /// Records each path item and operation visit: kind, file name, pointer, path template.
    struct Probe(Rc<RefCell<Vec<String>>>);

    impl Rule for Probe {
        fn meta(&self) -> &'static RuleMeta {
            &PROBE
        }

        fn interests(&self) -> u32 {
            Kind::PathItem.bit() | Kind::Operation.bit()
        }

        fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
            let path = &cx.spec.sources.get(v.file).path;
            let file = path.file_name().unwrap_or_default().to_string_lossy();
            let path = v.path.unwrap_or("-");
            self.0
                .borrow_mut()
                .push(format!("{:?} {file}#{} {path}", v.kind, v.ptr));
        }
    }

    #[test]
    fn a_path_item_reference_is_visited_with_each_path_where_it_lives() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("api.yaml");
        std::fs::write(
            &root,
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /local:\n    $ref: '#/components/pathItems/Local'\n  /file:\n    $ref: 'item.yaml'\n    summary: s\n  /again:\n    $ref: 'item.yaml'\ncomponents:\n  pathItems:\n    Local:\n      get: {responses: {'200': {description: ok}}}\n    Spare:\n      get: {responses: {'200': {description: ok}}}\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("item.yaml"),
            "put:\n  responses: {'200': {description: ok}}\n",
        )
        .unwrap();
        let spec = Spec::load(&root, &LoadOptions::default()).unwrap();
        let seen = Rc::new(RefCell::new(Vec::new()));
        let mut rules: Vec<Box<dyn Rule>> = vec![Box::new(Probe(seen.clone()))];
        let mut cx = Cx::new(&spec);
        Walker::new(&spec, &mut rules).run(&mut cx);
        let mut seen = seen.borrow().clone();
        seen.sort();
        assert_eq!(
            seen,
            [
                "Operation api.yaml#/components/pathItems/Local/get /local",
                "Operation api.yaml#/components/pathItems/Spare/get -",
                "Operation item.yaml#/put /again",
                "Operation item.yaml#/put /file",
                "PathItem api.yaml#/components/pathItems/Local /local",
                "PathItem api.yaml#/components/pathItems/Spare -",
                "PathItem api.yaml#/paths/~1file /file",
                "PathItem item.yaml# /again",
                "PathItem item.yaml# /file",
            ]
        );
    }
}
