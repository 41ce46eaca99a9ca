//! Load: read a spec and every file it `$ref`s into spanned trees, resolve the references, and report
//! what is wrong with positions. Everything else (lint, generate, macros) starts from a [`Spec`].

pub mod boundary;
mod flow_indent;
pub mod json;
pub mod literal;
pub mod node;
pub mod oas31;
pub mod pointer;
mod refs;
pub mod swagger2;
mod tree;
mod typed;
pub mod yaml;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub use boundary::Boundary;
pub use literal::Context;
pub use node::{Entry, Map, Node, Value};
pub use refs::{RefLink, RefTarget, closest};
pub use typed::Typed;

use crate::diagnostic::{Diagnostic, Location};
use crate::source::{FileId, SourceFile, SourceMap, Span};

/// Limits and permissions of a load.
#[derive(Clone, Debug)]
pub struct LoadOptions {
    /// `$ref`s may only name files below this folder (default: the spec's repository, else the current
    /// folder when it holds the spec, else the spec's folder; see [`boundary`]).
    pub root_dir: Option<PathBuf>,
    /// Larger files are refused with a diagnostic.
    pub max_file_bytes: u64,
    /// At most this many files are read through `$ref`s.
    pub max_files: usize,
    /// At most this many bytes are read over all files (so many files just under `max_file_bytes`
    /// cannot add up to an unbounded load).
    pub max_total_bytes: u64,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            root_dir: None,
            max_file_bytes: crate::source::MAX_FILE_BYTES,
            max_files: 20_000,
            max_total_bytes: 128 << 20,
        }
    }
}

/// A loaded spec: the root file, every file reached through `$ref`, the references between them and the
/// problems found on the way.
#[derive(Debug)]
pub struct Spec {
    pub sources: SourceMap,
    /// The tree of each file, indexed like `sources`.
    trees: Vec<Node>,
    /// Every `$ref` in every file, in discovery order.
    pub refs: Vec<RefLink>,
    /// (file, pointer of the object holding `$ref`) -> index in `refs`.
    ref_index: HashMap<(FileId, String), usize>,
    pub diagnostics: Vec<Diagnostic>,
    boundary: Boundary,
    /// The parts of each file read for references, by pointer, with the contexts they were read in
    /// ([`literal`]): the root document from its root, every other part as what refers to it.
    readings: Vec<Readings>,
}

/// The parts of one file read for references, with the contexts each was read in.
#[derive(Debug, Default)]
struct Readings {
    /// The whole file.
    whole: Vec<Context>,
    /// Parts below the root, by the address of their node: a tree never changes once read, and a node
    /// below the root keeps its place when the list of trees grows. (Addresses, not pointers: looking a
    /// part up costs the same however deep it is.)
    parts: HashMap<usize, Vec<Context>>,
}

/// The identity of a node below a tree's root.
fn addr(node: &Node) -> usize {
    node as *const Node as usize
}

/// The root spec could not be read at all (missing, unreadable, too large, not UTF-8).
#[derive(Debug)]
pub struct LoadError {
    pub path: PathBuf,
    pub message: String,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for LoadError {}

impl Spec {
    /// The id of the root file.
    pub const ROOT: FileId = FileId(0);

    /// Loads the spec at `path` and everything it references.
    pub fn load(path: impl AsRef<Path>, options: &LoadOptions) -> Result<Spec, LoadError> {
        let path = path.as_ref();
        let text = crate::source::read_text(path, options.max_file_bytes).map_err(|e| LoadError {
            path: path.to_owned(),
            message: e.to_string(),
        })?;
        let canonical = path.canonicalize().unwrap_or_else(|_| path.to_owned());
        let dir = canonical.parent().map(Path::to_path_buf).unwrap_or_default();
        let mut spec = Spec::empty(Boundary::new(&dir, options.root_dir.as_deref()));
        let mut file = SourceFile::new(canonical, text);
        file.display = crate::source::display_path(path);
        spec.add_file(file);
        crate::stack::deep(|| refs::resolve_all(&mut spec, options));
        Ok(spec)
    }

    /// Loads a spec held in memory. `path` names it in diagnostics and anchors relative `$ref`s.
    pub fn from_text(path: impl AsRef<Path>, text: impl Into<String>, options: &LoadOptions) -> Spec {
        let path = path.as_ref();
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let dir = abs.parent().map(Path::to_path_buf).unwrap_or_default();
        let mut spec = Spec::empty(Boundary::new(&dir, options.root_dir.as_deref()));
        let mut file = SourceFile::new(abs, text.into());
        file.display = path.display().to_string();
        spec.add_file(file);
        crate::stack::deep(|| refs::resolve_all(&mut spec, options));
        spec
    }

    fn empty(boundary: Boundary) -> Spec {
        Spec {
            sources: SourceMap::default(),
            trees: Vec::new(),
            refs: Vec::new(),
            ref_index: HashMap::new(),
            diagnostics: Vec::new(),
            boundary,
            readings: Vec::new(),
        }
    }

    /// Parses `file` (YAML or JSON, decided by content) and adds it with its tree.
    fn add_file(&mut self, file: SourceFile) -> FileId {
        let id = FileId(self.sources.len() as u32);
        let tree = if json::looks_like_json(&file.text) {
            // `{a: 1}` is YAML flow style: when JSON fails but YAML reads it cleanly, it was YAML
            // (unless the file is named `.json`).
            let mut json_diags = Vec::new();
            let tree = json::read(id, &file.text, &mut json_diags);
            let named_json = file.path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
            if json_diags.is_empty() || named_json {
                self.diagnostics.extend(json_diags);
                tree
            } else {
                let mut yaml_diags = Vec::new();
                let yaml_tree = yaml::read(id, &file.text, &mut yaml_diags);
                let clean = !yaml_diags.iter().any(|d| d.code == "parse-error");
                let (tree, diags) = if clean {
                    (yaml_tree, yaml_diags)
                } else {
                    (tree, json_diags)
                };
                self.diagnostics.extend(diags);
                tree
            }
        } else {
            yaml::read(id, &file.text, &mut self.diagnostics)
        };
        let tree = tree.unwrap_or_else(|| Node::new(Span::default(), Value::Null));
        self.sources.add(file);
        self.trees.push(tree);
        self.readings.push(Readings::default());
        id
    }

    /// The tree of the root file.
    pub fn root(&self) -> &Node {
        &self.trees[0]
    }

    /// The tree of any loaded file.
    pub fn tree(&self, file: FileId) -> &Node {
        &self.trees[file.0 as usize]
    }

    /// The folder `$ref`s may not leave.
    pub fn root_dir(&self) -> &Path {
        &self.boundary.dir
    }

    /// The folder `$ref`s may not leave, and why it is that one.
    pub fn boundary(&self) -> &Boundary {
        &self.boundary
    }

    /// The contexts ([`literal`]) in which the node at (`file`, `pointer`) was read: each reading of a
    /// part holding it, stepped down to it. Empty for a part of a referenced file that nothing refers to.
    pub fn contexts(&self, file: FileId, pointer: &str) -> Vec<Context> {
        let (Some(readings), Ok(tokens)) = (self.readings.get(file.0 as usize), pointer::parse(pointer)) else {
            return Vec::new();
        };
        // Step down from the root, each context one token at a time, joined by the readings on the way.
        let mut out = readings.whole.clone();
        let mut node = Some(self.tree(file));
        for tok in &tokens {
            let parent = node;
            node = parent.and_then(|n| n.child(tok));
            for c in &mut out {
                *c = match parent {
                    Some(p) => c.child(p, tok),
                    None => c.key(tok),
                };
            }
            for c in node.and_then(|n| readings.parts.get(&addr(n))).into_iter().flatten() {
                out.push(*c);
            }
            out.sort_unstable();
            out.dedup();
        }
        out
    }

    /// Records that the node at (`file`, `pointer`) is read in `ctx`.
    fn record_reading(&mut self, file: FileId, pointer: &str, ctx: Context) {
        let Some(node) = self.node(file, pointer).map(addr) else {
            return;
        };
        let Some(readings) = self.readings.get_mut(file.0 as usize) else {
            return;
        };
        if pointer.is_empty() {
            readings.whole.push(ctx);
        } else {
            readings.parts.entry(node).or_default().push(ctx);
        }
    }

    /// The node at `pointer` in `file`, if it exists.
    pub fn node(&self, file: FileId, pointer: &str) -> Option<&Node> {
        self.tree(file).at(pointer).ok()
    }

    /// A location for `pointer` in `file`: the node's span, or the deepest existing ancestor's.
    pub fn location(&self, file: FileId, pointer: &str) -> Location {
        let tree = self.tree(file);
        let span = match tree.at(pointer) {
            Ok(node) => node.span,
            Err(u) => tree.at(&u.found).map(|n| n.span).unwrap_or(tree.span),
        };
        Location {
            file,
            pointer: pointer.to_owned(),
            span,
        }
    }

    /// The `$ref` held by the object at (`file`, `pointer`), if any.
    pub fn ref_at(&self, file: FileId, pointer: &str) -> Option<&RefLink> {
        self.ref_index.get(&(file, pointer.to_owned())).map(|&i| &self.refs[i])
    }

    /// Follows `$ref`s from `node` (at `file`) until a node that is not a reference; `None` when a
    /// reference on the way does not resolve (it has its own diagnostic).
    pub fn resolve<'a>(&'a self, file: FileId, pointer: &str, node: &'a Node) -> Option<(FileId, String, &'a Node)> {
        let (mut file, mut pointer, mut node) = (file, pointer.to_owned(), node);
        for _ in 0..=self.refs.len() {
            if node.ref_target().is_none() {
                return Some((file, pointer, node));
            }
            let target = self.ref_at(file, &pointer)?.target.as_ref()?;
            file = target.file;
            pointer = target.pointer.clone();
            node = self.node(file, &pointer)?;
        }
        None
    }

    /// The OpenAPI version the document declares: `openapi` (3.x) or `swagger` (2.0).
    pub fn version(&self) -> Option<&str> {
        let root = self.root();
        root.get("openapi")
            .or_else(|| root.get("swagger"))
            .and_then(Node::as_str)
    }

    /// The typed (openapiv3) view of the resolved document: references to other files are inlined,
    /// recursive ones hoisted into `components/schemas`; references within the root file stay. A
    /// Swagger 2.0 document is read through its conversion to 3.0 ([`swagger2`]).
    pub fn openapi(&self) -> Result<openapiv3::OpenAPI, Vec<Diagnostic>> {
        self.typed().map(|t| t.api)
    }

    /// [`Spec::openapi`] with the means to map its pointers back to file:line:column.
    pub fn typed(&self) -> Result<Typed, Vec<Diagnostic>> {
        crate::stack::deep(|| {
            if swagger2::is_swagger2(self) {
                return swagger2::typed(self);
            }
            typed::typed(self)
        })
    }

    /// The resolved document as one self-contained JSON value in the document's key order, references
    /// into other files inlined or hoisted as in the typed view: what [`Spec::openapi`] reads and
    /// `specgen convert` writes. A Swagger 2.0 document is converted to 3.0 first; the conversion's
    /// warnings come beside the document.
    pub fn bundle(&self) -> Result<(serde_json::Value, Vec<Diagnostic>), Vec<Diagnostic>> {
        crate::stack::deep(|| {
            if swagger2::is_swagger2(self) {
                return swagger2::bundle(self);
            }
            typed::inline(self).map(|(doc, _)| (doc, Vec::new()))
        })
    }

    /// Whether a loader diagnostic keeps code from being generated. Warnings never do; errors do unless
    /// they are only about what generates nothing: an example (an Example Object, a map of them, or
    /// literal data), or a part of a referenced file that nothing refers to. A syntax error or a limit
    /// cuts a file short, so it blocks whenever the file is read for anything that generates code.
    /// `specgen generate` refuses exactly the loader errors for which this is true; `specgen lint`
    /// reports them all.
    pub fn blocks_generation(&self, d: &Diagnostic) -> bool {
        if d.severity != crate::diagnostic::Severity::Error {
            return false;
        }
        let Some(at) = &d.location else { return true };
        let file_generates = self
            .readings
            .get(at.file.0 as usize)
            .is_some_and(|r| r.whole.iter().chain(r.parts.values().flatten()).any(|c| c.generates()));
        if matches!(d.code, "parse-error" | "nesting-limit" | "alias-limit") {
            return file_generates || at.file == Spec::ROOT;
        }
        // A `$ref`'s problem is about the object holding it.
        let ptr = at.pointer.strip_suffix("/$ref").unwrap_or(&at.pointer);
        let contexts = self.contexts(at.file, ptr);
        if !contexts.iter().any(|c| c.generates()) {
            return false;
        }
        // A reference that names nothing, for a part of a schema (a property, an item, a union member,
        // a component): the generated type holds any JSON value there, with a warning. A whole body's,
        // parameter's or header's schema that names nothing leaves the operation undefined.
        let part_of_schema = d.code == "unresolved-ref" && contexts.iter().all(|c| c.is_schema()) && schema_part(ptr);
        !part_of_schema
    }

    /// Whether a finding is about something the generated code is made from (not an example). Such a
    /// finding that does not block generation is a schema part that names nothing, which the model
    /// reports itself where it types it as any JSON value.
    pub fn feeds_generation(&self, d: &Diagnostic) -> bool {
        let Some(at) = &d.location else { return true };
        let ptr = at.pointer.strip_suffix("/$ref").unwrap_or(&at.pointer);
        self.contexts(at.file, ptr).iter().any(|c| c.generates())
    }

    /// The loader's errors that keep code from being generated ([`Spec::blocks_generation`]).
    pub fn blocking_errors(&self) -> Vec<&Diagnostic> {
        self.diagnostics.iter().filter(|d| self.blocks_generation(d)).collect()
    }

    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == crate::diagnostic::Severity::Error)
    }

    /// Every file the spec pulled in (for `cargo:rerun-if-changed`).
    pub fn files(&self) -> impl Iterator<Item = &Path> {
        self.sources.iter().map(|(_, f)| f.path.as_path())
    }
}

/// Whether the schema at `ptr` is a part of another schema or a named component, rather than the whole
/// schema of a body, parameter or header (`.../schema`).
fn schema_part(ptr: &str) -> bool {
    let tokens = pointer::parse(ptr).unwrap_or_default();
    let tokens: Vec<&str> = tokens.iter().map(String::as_str).collect();
    matches!(
        tokens.as_slice(),
        [
            ..,
            "items" | "additionalProperties" | "not" | "contains" | "additionalItems"
        ] | [
            ..,
            "properties" | "patternProperties" | "allOf" | "anyOf" | "oneOf" | "prefixItems" | "$defs",
            _
        ] | ["components", "schemas", _]
            | ["definitions", _]
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Severity;

    /// (code, pointer) of the loader errors that block generation.
    fn blocking(spec: &Spec) -> Vec<(&'static str, String)> {
        let codes = spec
            .blocking_errors()
            .into_iter()
            .map(|d| (d.code, d.location.as_ref().unwrap().pointer.clone()));
        codes.collect()
    }

    #[test]
    fn only_errors_about_what_generates_code_block_it() {
        let dir = tempfile::tempdir().unwrap();
        let text = "openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters:
        - {name: q, in: query, schema: {type: string}, examples: {e: {$ref: 'gone.yaml'}}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Missing'}
              examples:
                one: {$ref: '#/components/examples/Nope'}
                two: {value: {a: 1, a: 2}}
components:
  schemas:
    A: {type: object, type: object, example: {b: 1, b: 2}}
    R: {$ref: 'https://example.com/r.json'}
  examples:
    E: {$ref: '../../../../../../outside.yaml'}
";
        let spec = Spec::from_text(dir.path().join("api.yaml"), text, &LoadOptions::default());
        let errors = spec
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        assert_eq!(errors, 7, "{:#?}", spec.diagnostics);
        assert_eq!(
            blocking(&spec),
            [
                ("duplicate-key", "/components/schemas/A/type".to_owned()),
                (
                    "unresolved-ref",
                    "/paths/~1a/get/responses/200/content/application~1json/schema/$ref".to_owned()
                ),
            ]
        );
        // Warnings never block.
        assert!(
            spec.diagnostics
                .iter()
                .any(|d| d.code == "ref-remote" && !spec.blocks_generation(d))
        );
    }

    #[test]
    fn a_syntax_error_blocks_unless_its_file_holds_only_examples() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("ex.yaml"), "value: {a: [1,\n").unwrap();
        std::fs::write(dir.path().join("schema.yaml"), "type: [\n").unwrap();
        let head = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n";
        let examples_only = format!("{head}  examples:\n    E: {{$ref: 'ex.yaml'}}\n");
        let spec = Spec::from_text(dir.path().join("a.yaml"), examples_only, &LoadOptions::default());
        assert!(spec.diagnostics.iter().any(|d| d.code == "parse-error"));
        assert!(blocking(&spec).is_empty(), "{:#?}", spec.diagnostics);

        let both = format!("{head}  examples:\n    E: {{$ref: 'ex.yaml'}}\n  schemas:\n    S: {{$ref: 'ex.yaml'}}\n");
        let spec = Spec::from_text(dir.path().join("b.yaml"), both, &LoadOptions::default());
        assert_eq!(
            blocking(&spec).len(),
            1,
            "read as a schema too: {:#?}",
            spec.diagnostics
        );

        let root_broken = "openapi: 3.0.3\ninfo: [\n";
        let spec = Spec::from_text(dir.path().join("c.yaml"), root_broken, &LoadOptions::default());
        assert_eq!(blocking(&spec).len(), 1);
    }
}
