//! Swagger 2.0 → OpenAPI 3.0, as spanned trees. A loaded 2.0 spec is converted into the same files
//! holding 3.0 trees, so the typed view, the generator, the macros and `specgen convert` read 2.0
//! through the one 3.0 pipeline. Every converted node keeps the span of the 2.0 node it came from, and
//! [`Converted::original`] maps every converted pointer back to the 2.0 file and pointer, so diagnostics
//! point at what the user wrote.
//!
//! The root file is rewritten as a 3.0 document (`definitions` → `components/schemas`, `in: body` →
//! `requestBody`, ...). A node of another file is converted in place, at the same pointer, as what the
//! reference to it expects (a schema, a parameter, ...), so relative `$ref`s between files keep working.
//! References are rewritten last, once every target's converted place is known.

mod objects;

use std::collections::{BTreeMap, HashMap, VecDeque};

use super::literal::{Context, Object, Version};
use super::node::{Node, Value};
use super::{RefLink, RefTarget, Spec, Typed, pointer};
use crate::diagnostic::{Diagnostic, Location};
use crate::source::{FileId, SourceFile, SourceMap, Span};

/// The code of what the conversion could not carry over exactly.
pub const CONVERSION: &str = "swagger2-conversion";

/// Whether the spec is a Swagger 2.0 document (`swagger: "2.0"` and no `openapi`).
pub fn is_swagger2(spec: &Spec) -> bool {
    let root = spec.root();
    root.get("openapi").is_none()
        && root.get("swagger").is_some_and(|v| match &v.value {
            Value::String(s) => s == "2.0",
            // `swagger: 2.0` unquoted is a number; the structure check says to quote it.
            Value::Number(n) => n.as_f64() == Some(2.0),
            _ => false,
        })
}

/// The OpenAPI 3.0 form of a Swagger 2.0 spec.
#[derive(Debug)]
pub struct Converted {
    /// The same files (same [`FileId`]s and sources), with converted trees and references.
    pub spec: Spec,
    /// What could not be converted exactly (warnings, located in the 2.0 files).
    pub diagnostics: Vec<Diagnostic>,
    /// Converted (file, pointer) → the 2.0 (file, pointer) it came from.
    origins: BTreeMap<(FileId, String), (FileId, String)>,
    /// 2.0 (file, pointer) → where its converted form is (for nodes converted where they belong).
    counterparts: HashMap<(FileId, String), (FileId, String)>,
}

impl Converted {
    /// Where the node at `ptr` in `file` of the converted spec comes from, in the 2.0 `spec`. A pointer
    /// to a missing node maps through its deepest existing ancestor, with the rest appended.
    pub fn original(&self, spec: &Spec, file: FileId, ptr: &str) -> Location {
        let mut cur = ptr;
        loop {
            if let Some((of, op)) = self.origins.get(&(file, cur.to_owned())) {
                return spec.location(*of, &format!("{op}{}", &ptr[cur.len()..]));
            }
            match cur.rfind('/') {
                Some(i) => cur = &cur[..i],
                None => break,
            }
        }
        // Not converted: a part of another file copied as it is.
        spec.location(file, ptr)
    }

    /// Where the 2.0 node at `ptr` in `file` went in the converted spec, for nodes converted in their
    /// own place (not for copies inlined into operations).
    pub fn counterpart(&self, file: FileId, ptr: &str) -> Option<(FileId, &str)> {
        self.counterparts
            .get(&(file, ptr.to_owned()))
            .map(|(f, p)| (*f, p.as_str()))
    }

    /// A diagnostic about the converted spec, made to point into the 2.0 files.
    pub fn remap(&self, spec: &Spec, mut d: Diagnostic) -> Diagnostic {
        if let Some(l) = &d.location {
            d.location = Some(self.original(spec, l.file, &l.pointer));
        }
        for (l, _) in &mut d.related {
            *l = self.original(spec, l.file, &l.pointer);
        }
        d
    }
}

/// The typed view of a Swagger 2.0 spec: read from its conversion, with every diagnostic and
/// [`Typed::locate`] pointing into the 2.0 files.
pub(super) fn typed(spec: &Spec) -> Result<Typed, Vec<Diagnostic>> {
    let converted = convert(spec);
    match super::typed::typed(&converted.spec) {
        Ok(mut typed) => {
            // The conversion's warnings first, then what the typed view read differently, in the 2.0 files.
            let degraded: Vec<Diagnostic> = std::mem::take(&mut typed.warnings)
                .into_iter()
                .map(|d| converted.remap(spec, d))
                .collect();
            typed.warnings = converted.diagnostics.iter().cloned().chain(degraded).collect();
            typed.converted = Some(Box::new(converted));
            Ok(typed)
        }
        Err(diags) => Err(diags.into_iter().map(|d| converted.remap(spec, d)).collect()),
    }
}

/// The converted document as one JSON value (see [`Spec::bundle`]), with the conversion's warnings.
pub(super) fn bundle(spec: &Spec) -> Result<(serde_json::Value, Vec<Diagnostic>), Vec<Diagnostic>> {
    let converted = convert(spec);
    match super::typed::inline(&converted.spec) {
        Ok((doc, _)) => Ok((doc, converted.diagnostics)),
        Err(diags) => Err(diags.into_iter().map(|d| converted.remap(spec, d)).collect()),
    }
}

/// Converts a Swagger 2.0 spec (see [`is_swagger2`]) to OpenAPI 3.0. Never fails: what cannot be
/// converted exactly is a warning in [`Converted::diagnostics`], and what is not valid 2.0 is carried
/// over for the 3.0 checks to report.
pub fn convert(spec: &Spec) -> Converted {
    let root = spec.root();
    let strings = |key: &str| -> Vec<String> {
        root.get(key)
            .and_then(Node::as_array)
            .unwrap_or(&[])
            .iter()
            .filter_map(Node::as_str)
            .map(str::to_owned)
            .collect()
    };
    let mut conv = Conv {
        spec,
        file: Spec::ROOT,
        trees: vec![None; spec.sources.len()],
        origins: BTreeMap::new(),
        counterparts: HashMap::new(),
        pending: Vec::new(),
        queue: VecDeque::new(),
        inline: 0,
        diagnostics: Vec::new(),
        consumes: strings("consumes"),
        produces: strings("produces"),
    };
    let doc = conv.document(&Src::root(spec));
    conv.trees[0] = Some(doc);
    let mut tried = std::collections::HashSet::new();
    while let Some((target, kind)) = conv.queue.pop_front() {
        let key = (target.file, target.pointer.clone());
        if !conv.counterparts.contains_key(&key) && tried.insert(key) {
            conv.in_place(&target, kind);
        }
    }
    conv.finish()
}

/// What a reference target is converted as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Schema,
    Parameter,
    /// An `in: body` parameter, as a Request Body Object.
    RequestBody,
    Response,
    PathItem,
}

/// A node of the 2.0 spec with where it is.
#[derive(Clone, Debug)]
struct Src<'a> {
    file: FileId,
    ptr: String,
    node: &'a Node,
}

impl<'a> Src<'a> {
    fn root(spec: &'a Spec) -> Self {
        Src {
            file: Spec::ROOT,
            ptr: String::new(),
            node: spec.root(),
        }
    }

    fn get(&self, key: &str) -> Option<Src<'a>> {
        self.node.get(key).map(|node| Src {
            file: self.file,
            ptr: pointer::push(&self.ptr, key),
            node,
        })
    }

    fn item(&self, i: usize) -> Option<Src<'a>> {
        self.node.as_array()?.get(i).map(|node| Src {
            file: self.file,
            ptr: format!("{}/{i}", self.ptr),
            node,
        })
    }

    fn str(&self, key: &str) -> Option<&'a str> {
        self.node.get(key).and_then(Node::as_str)
    }

    fn key_span(&self, key: &str) -> Span {
        self.node
            .as_object()
            .and_then(|m| m.get(key))
            .map_or(self.node.span, |e| e.key_span)
    }
}

/// A `$ref` written into the converted trees, rewritten once every target's place is known.
struct Pending {
    /// Where the reference object is now.
    file: FileId,
    holder: String,
    /// The file the reference was written in, and the file its path names.
    from_file: FileId,
    raw_file: FileId,
    raw: String,
    span: Span,
    /// The 2.0 node it refers to.
    target: RefTarget,
    /// What the target is converted as.
    kind: Kind,
}

struct Conv<'a> {
    spec: &'a Spec,
    /// The file whose converted tree is being written.
    file: FileId,
    trees: Vec<Option<Node>>,
    origins: BTreeMap<(FileId, String), (FileId, String)>,
    counterparts: HashMap<(FileId, String), (FileId, String)>,
    pending: Vec<Pending>,
    /// Reference targets to convert in place.
    queue: VecDeque<(RefTarget, Kind)>,
    /// Above zero while converting a copy inlined away from its own place.
    inline: usize,
    diagnostics: Vec<Diagnostic>,
    /// The document's `consumes` and `produces`.
    consumes: Vec<String>,
    produces: Vec<String>,
}

impl<'a> Conv<'a> {
    /// Records that the node at `out` is the converted form of `src`.
    fn mark(&mut self, out: &str, src: &Src<'a>) {
        self.origins
            .insert((self.file, out.to_owned()), (src.file, src.ptr.clone()));
        if self.inline == 0 {
            self.counterparts
                .entry((src.file, src.ptr.clone()))
                .or_insert_with(|| (self.file, out.to_owned()));
        }
    }

    /// Records that the node at `out` was made from `src` (without being its counterpart).
    fn mark_from(&mut self, out: &str, src: &Src<'a>) {
        self.origins
            .insert((self.file, out.to_owned()), (src.file, src.ptr.clone()));
    }

    /// A copy of `src` at `out`, unchanged.
    fn copy(&mut self, src: &Src<'a>, out: &str) -> Node {
        self.mark(out, src);
        match &src.node.value {
            Value::Object(m) => {
                let mut o = super::Map::with_capacity_and_hasher(m.len(), Default::default());
                for (key, e) in m {
                    let child = Src {
                        file: src.file,
                        ptr: pointer::push(&src.ptr, key),
                        node: &e.node,
                    };
                    let node = self.copy(&child, &pointer::push(out, key));
                    put(&mut o, key, e.key_span, node);
                }
                Node::new(src.node.span, Value::Object(o))
            }
            Value::Array(a) => Node::new(
                src.node.span,
                Value::Array(
                    (0..a.len())
                        .filter_map(|i| src.item(i))
                        .enumerate()
                        .map(|(i, item)| self.copy(&item, &format!("{out}/{i}")))
                        .collect(),
                ),
            ),
            _ => src.node.clone(),
        }
    }

    /// A reference object: kept as a reference (rewritten at the end) and its target queued for
    /// conversion as `kind`. Siblings of `$ref` are copied.
    fn reference(&mut self, src: &Src<'a>, out: &str, kind: Kind) -> Node {
        self.pend(src, out, kind);
        self.copy(src, out)
    }

    /// Registers the `$ref` of `src`, written at `out`, for rewriting, and queues its target.
    fn pend(&mut self, src: &Src<'a>, out: &str, kind: Kind) {
        let target = self
            .spec
            .ref_at(src.file, &src.ptr)
            .and_then(|link| link.target.clone().map(|t| (t, link.raw.clone())));
        if let Some((target, raw)) = target {
            let span = src.node.get("$ref").map_or(src.node.span, |n| n.span);
            self.pending.push(Pending {
                file: self.file,
                holder: out.to_owned(),
                from_file: src.file,
                raw_file: target.file,
                raw,
                span,
                target: target.clone(),
                kind,
            });
            self.queue.push_back((target, kind));
        }
    }

    /// A reference to `target` (a resolved 2.0 node) written at `out` in place of `site` (the
    /// reference object as written, whose `$ref` string names the file).
    fn reference_to(&mut self, site: &Src<'a>, target: &Src<'a>, out: &str, kind: Kind) -> Node {
        let raw = site.str("$ref").unwrap_or_default().to_owned();
        let raw_file = self
            .spec
            .ref_at(site.file, &site.ptr)
            .and_then(|l| l.target.as_ref())
            .map_or(site.file, |t| t.file);
        let span = site.node.get("$ref").map_or(site.node.span, |n| n.span);
        let t = RefTarget {
            file: target.file,
            pointer: target.ptr.clone(),
        };
        self.pending.push(Pending {
            file: self.file,
            holder: out.to_owned(),
            from_file: site.file,
            raw_file,
            raw: raw.clone(),
            span,
            target: t.clone(),
            kind,
        });
        self.queue.push_back((t, kind));
        self.mark_from(out, site);
        let mut o = super::Map::default();
        self.mark_from(&pointer::push(out, "$ref"), site);
        put(
            &mut o,
            "$ref",
            site.key_span("$ref"),
            Node::new(span, Value::String(raw)),
        );
        Node::new(site.node.span, Value::Object(o))
    }

    /// Follows references from `src` to the node they lead to (`None` when one does not resolve).
    fn resolve(&self, src: &Src<'a>) -> Option<Src<'a>> {
        self.spec
            .resolve(src.file, &src.ptr, src.node)
            .map(|(file, ptr, node)| Src { file, ptr, node })
    }

    /// A warning about what the conversion changed, at a 2.0 node.
    fn warn(&mut self, src: &Src<'a>, message: impl Into<String>, help: impl Into<String>) {
        self.diagnostics.push(
            Diagnostic::warning(CONVERSION, message)
                .at(src.file, src.ptr.clone(), src.node.span)
                .with_help(help),
        );
    }

    /// Converts the target of a reference where it is, as `kind`.
    fn in_place(&mut self, target: &RefTarget, kind: Kind) {
        let Some(node) = self.spec.node(target.file, &target.pointer) else {
            return;
        };
        let src = Src {
            file: target.file,
            ptr: target.pointer.clone(),
            node,
        };
        let f = target.file.0 as usize;
        if self.trees[f].is_none() {
            // Parts of other files that nothing refers to stay as they are.
            self.trees[f] = Some(self.spec.tree(target.file).clone());
        }
        let exists = self.trees[f].as_ref().is_some_and(|t| t.at(&target.pointer).is_ok());
        if !exists {
            self.warn(
                &src,
                format!(
                    "this node is referenced as {}, but has no place in the OpenAPI 3.0 document",
                    kind.noun()
                ),
                "refer to a definition under `definitions`, `parameters` or `responses`, or to another file",
            );
            return;
        }
        // Drop what an earlier conversion recorded below this place.
        let below = |p: &str| (target.file, p.to_owned());
        let stale: Vec<_> = self
            .origins
            .range(below(&target.pointer)..below(&format!("{}0", target.pointer)))
            .map(|(k, _)| k.clone())
            .filter(|(_, p)| *p == target.pointer || p.starts_with(&format!("{}/", target.pointer)))
            .collect();
        for k in stale {
            self.origins.remove(&k);
        }
        let saved = std::mem::replace(&mut self.file, target.file);
        let out = target.pointer.clone();
        let converted = match kind {
            Kind::Schema => self.schema(&src, &out),
            Kind::Parameter => self.parameter(&src, &out),
            Kind::RequestBody => {
                let consumes = self.consumes.clone();
                self.body(&src, &out, &consumes)
            }
            Kind::Response => {
                let produces = self.produces.clone();
                self.response(&src, &out, &produces)
            }
            Kind::PathItem => self.path_item(&src, &out),
        };
        self.file = saved;
        if let Some(slot) = self.trees[f].as_mut().and_then(|t| at_mut(t, &target.pointer)) {
            *slot = converted;
        }
    }

    /// Rewrites the references and assembles the converted spec.
    fn finish(mut self) -> Converted {
        let spec = self.spec;
        let mut trees: Vec<Node> = std::mem::take(&mut self.trees)
            .into_iter()
            .map(|t| t.unwrap_or_else(|| Node::new(Span::default(), Value::Null)))
            .collect();
        let mut refs = Vec::with_capacity(self.pending.len());
        for p in std::mem::take(&mut self.pending) {
            let (file, ptr) = self
                .counterparts
                .get(&(p.target.file, p.target.pointer.clone()))
                .cloned()
                .unwrap_or((p.target.file, p.target.pointer.clone()));
            let spelt = p.raw.split('#').next().unwrap_or_default();
            let path = if file == p.file {
                String::new()
            } else if p.file == p.from_file && p.raw_file == file && !spelt.is_empty() {
                // The file as the user spelt it (a `#...` read as the root document's has no file to keep).
                spelt.to_owned()
            } else {
                pointer::relative_path(&spec.sources.get(p.file).path, &spec.sources.get(file).path)
            };
            let raw = match (path.is_empty(), ptr.is_empty()) {
                (_, false) => format!("{path}#{}", pointer::encode_fragment(&ptr)),
                (false, true) => path,
                (true, true) => "#".to_owned(),
            };
            let holder = &mut trees[p.file.0 as usize];
            if let Some(slot) = at_mut(holder, &pointer::push(&p.holder, "$ref")) {
                slot.value = Value::String(raw.clone());
            }
            let exists = trees[file.0 as usize].at(&ptr).is_ok();
            refs.push(RefLink {
                from: p.file,
                pointer: p.holder,
                span: p.span,
                raw,
                target: exists.then_some(RefTarget { file, pointer: ptr }),
                context: Context::object(Version::OpenApi3, p.kind.object()),
            });
        }
        let mut sources = SourceMap::default();
        for (_, f) in spec.sources.iter() {
            let mut copy = SourceFile::new(f.path.clone(), f.text.clone());
            copy.display = f.display.clone();
            sources.add(copy);
        }
        let ref_index = refs
            .iter()
            .enumerate()
            .map(|(i, l)| ((l.from, l.pointer.clone()), i))
            .collect();
        Converted {
            spec: Spec {
                sources,
                trees,
                refs,
                ref_index,
                diagnostics: Vec::new(),
                boundary: spec.boundary.clone(),
                readings: Vec::new(),
            },
            diagnostics: self.diagnostics,
            origins: self.origins,
            counterparts: self.counterparts,
        }
    }
}

impl Kind {
    /// The OpenAPI 3.0 object a target converted as this kind is.
    fn object(self) -> Object {
        match self {
            Kind::Schema => Object::Schema,
            Kind::Parameter => Object::Parameter,
            Kind::RequestBody => Object::RequestBody,
            Kind::Response => Object::Response,
            Kind::PathItem => Object::PathItem,
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Kind::Schema => "a schema",
            Kind::Parameter => "a parameter",
            Kind::RequestBody => "a body parameter",
            Kind::Response => "a response",
            Kind::PathItem => "a path item",
        }
    }
}

/// Appends an entry to an object being built.
fn put(map: &mut super::Map, key: &str, key_span: Span, node: Node) {
    map.insert(key.to_owned(), super::Entry { key_span, node });
}

/// The node at `ptr`, mutably.
fn at_mut<'n>(mut node: &'n mut Node, ptr: &str) -> Option<&'n mut Node> {
    for tok in pointer::parse(ptr).ok()? {
        node = match &mut node.value {
            Value::Object(m) => &mut m.get_mut(&tok)?.node,
            Value::Array(a) => a.get_mut(tok.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(node)
}

#[cfg(test)]
mod tests;
