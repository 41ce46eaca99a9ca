//! The typed (openapiv3) view of a loaded spec. References into other files are inlined so that the
//! typed document is self-contained; a reference that recurses through files is hoisted into
//! `components/schemas` instead. A part the typed model cannot read does not refuse the whole spec: a
//! schema becomes any JSON value, documentation is left out, and only what defines the API is an error
//! ([`degrade`]); every finding is mapped back to file:line:column.

use std::collections::HashMap;

use serde_json::Value as J;

use super::node::{Node, Value};
use super::tree::MAX_DEPTH;
use super::{RefTarget, Spec, oas31, pointer};
use crate::diagnostic::Diagnostic;
use crate::source::FileId;

pub(crate) mod degrade;

/// Deeper chains of cross-file inlining than this are left as references (and reported).
const MAX_INLINE_DEPTH: usize = 64;

/// The typed view and what is needed to map its pointers back into the files.
#[derive(Debug)]
pub struct Typed {
    pub api: openapiv3::OpenAPI,
    /// Schemas from other files hoisted into components/schemas, with their names.
    hoisted: HashMap<RefTarget, String>,
    /// For a Swagger 2.0 spec: the 3.0 conversion the view was read from.
    pub(super) converted: Option<Box<super::swagger2::Converted>>,
    /// What the view reads differently from what is written, located in the spec's files.
    pub(super) warnings: Vec<Diagnostic>,
}

impl Typed {
    /// Where a pointer of the typed document comes from: the file, its pointer there, and the span.
    pub fn locate(&self, spec: &Spec, pointer: &str) -> crate::diagnostic::Location {
        let tokens = pointer::parse(pointer).unwrap_or_default();
        if let Some(c) = &self.converted {
            let (file, ptr) = locate(&c.spec, &self.hoisted, &tokens);
            return c.original(spec, file, &ptr);
        }
        let (file, ptr) = locate(spec, &self.hoisted, &tokens);
        spec.location(file, &ptr)
    }

    /// The spec the view was read from (for a Swagger 2.0 spec, its 3.0 conversion) and where in it a
    /// pointer of the typed document is: the node a literal value (a `default`) is judged on with the
    /// linter's validator, which reads that spec's schemas as written.
    pub fn source<'s>(&'s self, spec: &'s Spec, pointer: &str) -> (&'s Spec, FileId, String) {
        let tokens = pointer::parse(pointer).unwrap_or_default();
        let spec = self.converted.as_ref().map_or(spec, |c| &c.spec);
        let (file, ptr) = locate(spec, &self.hoisted, &tokens);
        (spec, file, ptr)
    }

    /// What the view reads differently from what the spec says, as located warnings: for a Swagger 2.0
    /// spec what its conversion to 3.0 could not carry over exactly, then (any version) each schema
    /// typed as any JSON value and each documentation part left out because the typed model cannot
    /// read it ([`degrade`]).
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }
}

pub(super) fn typed(spec: &Spec) -> Result<Typed, Vec<Diagnostic>> {
    let version = spec.version().unwrap_or("");
    let oas31 = oas31::is_31(version);
    if !version.starts_with("3.0") && !oas31 {
        let root = spec.root();
        let (ptr, node) = match (root.get("openapi"), root.get("swagger")) {
            (Some(n), _) => ("/openapi", n),
            (None, Some(n)) => ("/swagger", n),
            (None, None) => ("", root),
        };
        let d = if ptr.is_empty() {
            Diagnostic::error("not-openapi", "this is not an OpenAPI document: it has no `openapi` field")
                .with_help("an OpenAPI 3.0 document starts with `openapi: 3.0.3` (a fragment referenced by a spec is linted through that spec)")
        } else {
            Diagnostic::error(
                "unsupported-version",
                format!("OpenAPI version `{version}` cannot be generated from; the typed model reads 3.0.x and 3.1.x"),
            )
            .with_help("declare the version the document follows (`openapi: 3.0.3` or `openapi: 3.1.0`)")
        };
        return Err(vec![d.at(Spec::ROOT, ptr, node.key_span_or_self(root, ptr))]);
    }
    let (mut doc, hoisted, misfits) = assemble(spec)?;
    let located = |(tokens, d): degrade::Finding| {
        let (file, ptr) = locate(spec, &hoisted, &tokens);
        let span = spec.location(file, &ptr).span;
        d.at(file, ptr, span)
    };
    match degrade::read(&mut doc, if oas31 { "3.1" } else { "3.0" }, &misfits) {
        Ok((api, warnings)) => {
            let warnings = once_each(warnings.into_iter().map(located));
            Ok(Typed {
                api,
                hoisted,
                converted: None,
                warnings,
            })
        }
        Err(errors) => Err(once_each(errors.into_iter().map(located))),
    }
}

/// Each finding once: a part of another file inlined at several places is read, and found wanting, at
/// each of them, but it is one place to fix.
fn once_each(findings: impl Iterator<Item = Diagnostic>) -> Vec<Diagnostic> {
    let mut seen = std::collections::HashSet::new();
    findings
        .filter(|d| {
            let at = d.location.as_ref().map(|l| (l.file, l.span, l.pointer.clone()));
            seen.insert((d.code, at, d.message.clone()))
        })
        .collect()
}

/// The resolved 3.0 document as one self-contained JSON value (what the typed view deserialises and
/// `specgen convert` writes), with the names of the schemas hoisted from other files.
pub(super) fn inline(spec: &Spec) -> Result<(J, HashMap<RefTarget, String>), Vec<Diagnostic>> {
    assemble(spec).map(|(doc, hoisted, _)| (doc, hoisted))
}

/// Where schemas are in the typed document (pointer tokens).
type Places = Vec<Vec<String>>;

/// [`inline`], with the places of the schemas whose `enum` does not fit their `type`
/// ([`degrade::enum_misfit`]), noticed on the way.
fn assemble(spec: &Spec) -> Result<(J, HashMap<RefTarget, String>, Places), Vec<Diagnostic>> {
    let oas31 = oas31::is_31(spec.version().unwrap_or(""));
    let mut inliner = Inliner {
        spec,
        stack: Vec::new(),
        hoisted: HashMap::new(),
        pending: Vec::new(),
        diagnostics: Vec::new(),
        path: Vec::new(),
        oas31,
        misfits: Vec::new(),
    };
    let mut doc = inliner.convert(Spec::ROOT, "", spec.root());
    // Hoisted targets may hoist further ones; convert until none is left.
    let mut components = Vec::new();
    // Hoisted components come out in the order they were first referenced.
    let mut next = 0;
    while next < inliner.pending.len() {
        let (name, target) = inliner.pending[next].clone();
        next += 1;
        // Targets were checked at load; a missing one would have no pending entry.
        let Some(node) = spec.node(target.file, &target.pointer) else {
            continue;
        };
        inliner.path = vec!["components".into(), "schemas".into(), name.clone()];
        inliner.stack.push(target.clone());
        let value = inliner.convert(target.file, &target.pointer, node);
        inliner.stack.pop();
        components.push((name, value));
    }
    if !components.is_empty() {
        let schemas = doc
            .as_object_mut()
            .map(|o| o.entry("components").or_insert_with(|| J::Object(Default::default())))
            .and_then(J::as_object_mut)
            .map(|c| c.entry("schemas").or_insert_with(|| J::Object(Default::default())));
        if let Some(J::Object(schemas)) = schemas {
            schemas.extend(components);
        }
    }
    if !inliner.diagnostics.is_empty() {
        return Err(inliner.diagnostics);
    }
    if oas31 {
        oas31::document(&mut doc);
    }
    Ok((doc, inliner.hoisted, inliner.misfits))
}

impl Node {
    fn key_span_or_self(&self, root: &Node, ptr: &str) -> crate::source::Span {
        root.key_span_at(ptr).unwrap_or(self.span)
    }
}

/// Maps a pointer into the typed document back to a file and a pointer in it, following inlined
/// references and hoisted components.
fn locate(spec: &Spec, hoisted: &HashMap<RefTarget, String>, tokens: &[String]) -> (FileId, String) {
    let by_name: HashMap<&str, &RefTarget> = hoisted.iter().map(|(t, n)| (n.as_str(), t)).collect();
    let (mut file, mut ptr) = (Spec::ROOT, String::new());
    for (i, tok) in tokens.iter().enumerate() {
        let Some(node) = spec.node(file, &ptr) else { break };
        if let Some((f, p, _)) = spec
            .resolve(file, &ptr, node)
            .filter(|(f, _, _)| *f != file || node.ref_target().is_some() && *f != Spec::ROOT)
        {
            file = f;
            ptr = p;
        }
        if i == 2
            && file == Spec::ROOT
            && ptr == "/components/schemas"
            && let Some(t) = by_name.get(tok.as_str())
        {
            file = t.file;
            ptr = t.pointer.clone();
            continue;
        }
        let next = pointer::push(&ptr, tok);
        if spec.node(file, &next).is_none() {
            break;
        }
        ptr = next;
    }
    (file, ptr)
}

struct Inliner<'a> {
    spec: &'a Spec,
    /// Targets being inlined right now (to detect recursion through files).
    stack: Vec<RefTarget>,
    /// Targets hoisted into components/schemas, with their names.
    hoisted: HashMap<RefTarget, String>,
    pending: Vec<(String, RefTarget)>,
    diagnostics: Vec<Diagnostic>,
    /// Where the node being converted sits in the typed document (its tokens).
    path: Vec<String>,
    /// The document is OpenAPI 3.1: schemas are rewritten into their 3.0 form ([`oas31`]).
    oas31: bool,
    /// Schemas whose `enum` lists values their `type` cannot hold ([`degrade::enum_misfit`]).
    misfits: Places,
}

impl Inliner<'_> {
    fn convert(&mut self, file: FileId, ptr: &str, node: &Node) -> J {
        // Each file is within the nesting limit, but inlining one into another adds their depths: the
        // result may be no deeper than one file could be (every walk of it relies on that).
        if self.path.len() >= MAX_DEPTH && matches!(node.value, Value::Object(_) | Value::Array(_)) {
            self.too_deep(file, ptr, node);
            return J::Null;
        }
        // In 3.1 a schema's `$ref` may have siblings that apply alongside it; they are kept and the
        // reference converted in place (3.0 readers ignore siblings, so there the reference is all).
        let ref_siblings = self.oas31 && node.as_object().is_some_and(|m| m.len() > 1) && self.in_schema();
        if node.ref_target().is_some()
            && !ref_siblings
            && let Some(link) = self.spec.ref_at(file, ptr)
            && let Some(target) = link.target.clone()
        {
            return self.reference(target, file, ptr, node);
        }
        match &node.value {
            Value::Object(m) => {
                let mut object: serde_json::Map<String, J> = m
                    .iter()
                    .map(|(k, e)| {
                        if k == "$ref"
                            && let Some(target) = self.spec.ref_at(file, ptr).and_then(|l| l.target.clone())
                        {
                            let reference = self.reference(target, file, ptr, node);
                            return (k.clone(), reference.get("$ref").cloned().unwrap_or(reference));
                        }
                        self.path.push(k.clone());
                        let v = self.convert(file, &pointer::push(ptr, k), &e.node);
                        self.path.pop();
                        (k.clone(), v)
                    })
                    .collect();
                if self.oas31 && self.in_schema() {
                    oas31::schema(&mut object);
                } else if !self.oas31 && object.get("type").is_some_and(J::is_array) && self.in_schema() {
                    // Not valid before 3.1 (the linter says so), but it plainly means a union.
                    oas31::type_list(&mut object);
                }
                // Checked here, where every object is visited anyway: only schemas with an `enum` pay.
                if object.contains_key("enum") && degrade::enum_misfit(&object).is_some() && self.in_schema() {
                    self.misfits.push(self.path.clone());
                }
                J::Object(object)
            }
            Value::Array(a) => J::Array(
                a.iter()
                    .enumerate()
                    .map(|(i, n)| {
                        self.path.push(i.to_string());
                        let v = self.convert(file, &format!("{ptr}/{i}"), n);
                        self.path.pop();
                        v
                    })
                    .collect(),
            ),
            _ => node.to_json(),
        }
    }

    /// Reports, once, that inlining nests the document too deeply at `ptr` in `file`.
    fn too_deep(&mut self, file: FileId, ptr: &str, node: &Node) {
        if self.diagnostics.iter().any(|d| d.code == "nesting-limit") {
            return;
        }
        let d = Diagnostic::error(
            "nesting-limit",
            format!("with the files it references inlined, the document nests deeper than {MAX_DEPTH} levels here"),
        )
        .at(file, ptr, node.span)
        .with_help("refer to this part from `components` of the root spec instead of inlining it from another file");
        self.diagnostics.push(d);
    }

    /// Whether the node being converted is a schema, judged from its place in the document.
    fn in_schema(&self) -> bool {
        let t: Vec<&str> = self.path.iter().map(String::as_str).collect();
        // Below an `example` or `examples` keyword is data; a property, schema or header of that name
        // is not that keyword.
        let named = |i: usize| i > 0 && matches!(t[i - 1], "properties" | "schemas" | "headers");
        if t.iter()
            .enumerate()
            .any(|(i, k)| matches!(*k, "example" | "examples") && !named(i))
        {
            return false;
        }
        matches!(
            t.as_slice(),
            ["components", "schemas", _]
                | [.., "schema" | "items" | "additionalProperties" | "not"]
                | [.., "properties" | "allOf" | "anyOf" | "oneOf", _]
        )
    }

    fn hoist(&mut self, target: RefTarget) -> String {
        let name = self.hoist_name(&target);
        self.hoisted.insert(target.clone(), name.clone());
        self.pending.push((name.clone(), target));
        name
    }

    fn reference(&mut self, target: RefTarget, file: FileId, ptr: &str, node: &Node) -> J {
        let local = |p: &str| serde_json::json!({ "$ref": format!("#{}", escape_fragment(p)) });
        if target.file == Spec::ROOT {
            return local(&target.pointer);
        }
        // A component schema that only refers to a schema of another file is that schema, by the
        // component's name (`Pet: {$ref: pet.yaml}` is `Pet`, not an alias of a `pet` of its own).
        if let Some(name) = self.component_of(file, ptr)
            && !self.hoisted.contains_key(&target)
            && let Some(target_node) = self.spec.node(target.file, &target.pointer)
        {
            self.hoisted.insert(target.clone(), name);
            self.stack.push(target.clone());
            let value = self.convert(target.file, &target.pointer, target_node);
            self.stack.pop();
            return value;
        }
        // A schema in another file becomes one named component, however often it is used (inlining
        // shared schemas would multiply them, and recursive ones could not be inlined at all).
        let name = match self.hoisted.get(&target) {
            Some(name) => Some(name.clone()),
            None if self.in_schema() || self.stack.contains(&target) => Some(self.hoist(target.clone())),
            None => None,
        };
        if let Some(name) = name {
            return local(&pointer::join(["components", "schemas", &name]));
        }
        if self.stack.len() >= MAX_INLINE_DEPTH {
            self.diagnostics.push(
                Diagnostic::error(
                    "ref-depth",
                    format!("references nest more than {MAX_INLINE_DEPTH} files deep"),
                )
                .at(
                    file,
                    pointer::push(ptr, "$ref"),
                    node.get("$ref").map_or(node.span, |n| n.span),
                )
                .with_help("move shared definitions into `components` of the root spec"),
            );
            return node.to_json();
        }
        let Some(target_node) = self.spec.node(target.file, &target.pointer) else {
            return node.to_json();
        };
        self.stack.push(target.clone());
        let value = self.convert(target.file, &target.pointer, target_node);
        self.stack.pop();
        value
    }

    /// The name of the root's component schema at `ptr`, if that is where `ptr` is.
    fn component_of(&self, file: FileId, ptr: &str) -> Option<String> {
        if file != Spec::ROOT {
            return None;
        }
        match pointer::parse(ptr).ok()?.as_slice() {
            [c, s, name] if c == "components" && s == "schemas" => Some(name.clone()),
            _ => None,
        }
    }

    /// A components/schemas name for a hoisted target: its last pointer token or file stem, made unique.
    fn hoist_name(&self, target: &RefTarget) -> String {
        let last = pointer::parse(&target.pointer).ok().and_then(|t| t.last().cloned());
        let stem = || {
            let path = &self.spec.sources.get(target.file).path;
            path.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "Schema".into())
        };
        let base = last.filter(|l| !l.is_empty()).unwrap_or_else(stem);
        let existing = self
            .spec
            .root()
            .at("/components/schemas")
            .ok()
            .and_then(Node::as_object);
        let taken = |n: &str| existing.is_some_and(|m| m.contains_key(n)) || self.hoisted.values().any(|v| v == n);
        let mut name = base.clone();
        let mut i = 2;
        while taken(&name) {
            name = format!("{base}{i}");
            i += 1;
        }
        name
    }
}

/// A pointer as a URI fragment: the characters a fragment cannot hold are percent-encoded.
fn escape_fragment(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    for c in p.chars() {
        match c {
            '%' | '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}' | ' ' => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            _ => out.push(c),
        }
    }
    out
}
