//! `$ref` resolution: find every reference, read the files they name (never outside the boundary of
//! [`super::boundary`], never over the network), check every fragment resolves, and refuse reference
//! cycles.
//!
//! References are found by *readings*: the root document is read from its root in the context the
//! grammar gives it ([`super::literal`]), and every reference that resolves queues its target to be read
//! in the context of the reference (a schema as a schema, a whole file referenced from
//! `components/schemas` as a map of names). Literal data is never searched, so a `$ref` member of an
//! example is data. A node is read at most once per context it is reached in (a reading stops where
//! an earlier one has been), so the work stays linear in the size of what is referenced.
//! Parts of referenced files that nothing refers to are not read for references.

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::{Component, Path, PathBuf};

use super::literal::{Context, Place};
use super::node::{Node, Value};
use super::{LoadOptions, Spec, pointer};
use crate::diagnostic::{Diagnostic, Location};
use crate::source::{FileId, SourceFile, Span};

/// One `$ref` found in a file.
#[derive(Clone, Debug)]
pub struct RefLink {
    /// Where the `$ref` is: the file and the pointer of the object holding it.
    pub from: FileId,
    pub pointer: String,
    /// The span of the `$ref` string value.
    pub span: Span,
    /// The reference as written.
    pub raw: String,
    /// What it resolves to; `None` when it does not (a diagnostic says why).
    pub target: Option<RefTarget>,
    /// What the object holding it is, judged from where it sits (its target is read as the same).
    pub context: Context,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RefTarget {
    pub file: FileId,
    /// RFC 6901 pointer (decoded from the URI fragment).
    pub pointer: String,
}

/// What a `$ref` string names, before resolution.
enum Parsed {
    /// `#/...` in the same file.
    Local(String),
    /// `other.yaml#/...` (fragment may be empty: the whole file).
    File(PathBuf, String),
    /// `https://...`, `file:...`, `urn:...`: anything with a URI scheme.
    Remote,
}

fn parse(raw: &str) -> Parsed {
    let (path, fragment) = raw.split_once('#').unwrap_or((raw, ""));
    let fragment = pointer::percent_decode(fragment);
    let scheme_len = path.find(':').filter(|&i| {
        i > 1
            && path[..i]
                .bytes()
                .enumerate()
                .all(|(j, b)| b.is_ascii_alphabetic() || (j > 0 && (b.is_ascii_digit() || b"+-.".contains(&b))))
    });
    if scheme_len.is_some() || path.starts_with("//") {
        Parsed::Remote
    } else if path.is_empty() {
        Parsed::Local(fragment)
    } else {
        Parsed::File(PathBuf::from(pointer::percent_decode(path)), fragment)
    }
}

/// `a/./b/../c` → `a/c`, without touching the file system.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// A `$ref` found by a reading: the holder's pointer, the `$ref` value, and the holder's context.
struct Found {
    holder: String,
    value_span: Span,
    /// The reference as written; `Err(kind)` when `$ref` is not a string.
    raw: Result<String, &'static str>,
    ctx: Context,
}

/// What the resolution of one spec keeps between readings.
struct Resolver {
    by_path: HashMap<PathBuf, FileId>,
    /// Files that could not be read, so each is reported once per referencing site but read once.
    unreadable: HashMap<PathBuf, String>,
    /// Files read with a syntax error: what they stand for is read only up to it, so each
    /// referencing site says so too.
    broken: HashSet<FileId>,
    /// Parts of files to read, each in the context of the reference that leads there.
    queue: VecDeque<(FileId, String, Context)>,
    /// References (index in `spec.refs`) whose pointer names nothing as written, with the target as
    /// written: settled once every reading is done ([`Resolver::settle`]).
    deferred: Vec<(usize, RefTarget)>,
    /// Every object and array read so far, with the context it was read in: a reading stops where an
    /// earlier one has been in the same context, so each node is read at most once per context, however
    /// many references lead into or around it. Keyed by address, `0` for a file's root (the only node
    /// that moves as files are added); addresses are not input, so the fast hash needs no protection.
    visited: foldhash::HashSet<(FileId, usize, Context)>,
}

/// The identity of `node` at `ptr` in a tree, for [`Resolver::visited`].
fn identity(node: &Node, ptr: &str) -> usize {
    if ptr.is_empty() {
        0
    } else {
        node as *const Node as usize
    }
}

/// Rounds of settling deferred references: a reference through a reference that is itself settled
/// only in a later round needs one more. Real specs need one or two; the bound keeps a crafted chain of
/// thousands from costing thousands of passes over all of them.
const SETTLE_ROUNDS: usize = 16;

pub(super) fn resolve_all(spec: &mut Spec, options: &LoadOptions) {
    let mut r = Resolver {
        by_path: HashMap::from([(spec.sources.get(Spec::ROOT).path.clone(), Spec::ROOT)]),
        unreadable: HashMap::new(),
        broken: HashSet::new(),
        queue: VecDeque::from([(Spec::ROOT, String::new(), Context::root(spec.root()))]),
        deferred: Vec::new(),
        visited: Default::default(),
    };
    for _ in 0..SETTLE_ROUNDS {
        r.drain(spec, options);
        // Settling one may read more, which may settle others: go on while anything changes.
        let before = r.deferred.len();
        let deferred = std::mem::take(&mut r.deferred);
        for (i, written) in deferred {
            if !r.settle(spec, i, &written) {
                r.deferred.push((i, written));
            }
        }
        if r.deferred.len() == before {
            break;
        }
    }
    r.drain(spec, options);
    // What names nothing is reported where it is written.
    for (i, written) in std::mem::take(&mut r.deferred) {
        spec.refs[i].target = Some(written);
    }
    check_fragments(spec);
    check_cycles(spec);
}

impl Resolver {
    /// Reads every queued part, finding its references and reading the files they name.
    fn drain(&mut self, spec: &mut Spec, options: &LoadOptions) {
        while let Some((file, ptr, ctx)) = self.queue.pop_front() {
            let Some(id) = spec.node(file, &ptr).map(|n| identity(n, &ptr)) else {
                continue;
            };
            if !self.visited.insert((file, id, ctx)) {
                continue;
            }
            spec.record_reading(file, &ptr, ctx);
            let mut found = Vec::new();
            if let Some(node) = spec.node(file, &ptr) {
                let mut buf = ptr.clone();
                discover(&mut self.visited, file, node, &mut buf, ctx, true, &mut found);
            }
            for f in found {
                if spec.ref_index.contains_key(&(file, f.holder.clone())) {
                    continue;
                }
                let raw = match f.raw {
                    Ok(raw) => raw,
                    Err(kind) => {
                        spec.diagnostics.push(
                            Diagnostic::error("invalid-ref", format!("`$ref` must be a string, found {kind}"))
                                .at(file, pointer::push(&f.holder, "$ref"), f.value_span)
                                .with_help("write the reference as a string, e.g. `$ref: '#/components/schemas/Pet'`"),
                        );
                        continue;
                    }
                };
                let written = self.target(spec, options, file, &f.holder, f.value_span, &raw);
                let index = spec.refs.len();
                let mut target = None;
                match written {
                    // A pointer that names nothing as written may still through references or lists.
                    Some(t) if t.pointer.starts_with('/') && spec.node(t.file, &t.pointer).is_none() => {
                        self.deferred.push((index, t));
                    }
                    Some(t) => {
                        self.queue.push_back((t.file, t.pointer.clone(), f.ctx));
                        target = Some(t);
                    }
                    None => {}
                }
                spec.ref_index.insert((file, f.holder.clone()), index);
                spec.refs.push(RefLink {
                    from: file,
                    pointer: f.holder,
                    span: f.value_span,
                    raw,
                    target,
                    context: f.ctx,
                });
            }
        }
    }

    /// Gives the deferred reference `i` the node its pointer reaches through references and lists of
    /// maps ([`Spec::reach`]), in its own file or, for a `#...` written in another file, in the root
    /// document; false when neither has it (yet).
    fn settle(&mut self, spec: &mut Spec, i: usize, written: &RefTarget) -> bool {
        let link = &spec.refs[i];
        let target = match spec.reach(written.file, &written.pointer) {
            Some(t) => t,
            None if link.raw.starts_with('#') && link.from != Spec::ROOT => {
                let Some(t) = spec.reach(Spec::ROOT, &written.pointer) else {
                    return false;
                };
                let d = root_fallback(spec, link, &t);
                spec.diagnostics.push(d);
                t
            }
            None => return false,
        };
        self.queue
            .push_back((target.file, target.pointer.clone(), spec.refs[i].context));
        spec.refs[i].target = Some(target);
        true
    }

    /// The target of `raw` (written in `file`) as written, reading the file it names; `None` (with a
    /// diagnostic) when that file may not or cannot be read, or the reference is remote.
    fn target(
        &mut self,
        spec: &mut Spec,
        options: &LoadOptions,
        file: FileId,
        holder: &str,
        span: Span,
        raw: &str,
    ) -> Option<RefTarget> {
        let at = pointer::push(holder, "$ref");
        match parse(raw) {
            Parsed::Local(fragment) => Some(RefTarget {
                file,
                pointer: fragment,
            }),
            Parsed::Remote => {
                spec.diagnostics.push(
                    Diagnostic::warning(
                        "ref-remote",
                        format!(
                            "`{raw}` is a remote reference; specgen does not fetch over the network, so what it \
                             stands for is read as any JSON value"
                        ),
                    )
                    .at(file, at, span)
                    .with_help(
                        "download the referenced document next to the spec and refer to it by a relative path, \
                         to have it checked and typed",
                    ),
                );
                None
            }
            Parsed::File(rel, fragment) => {
                let base_dir = spec
                    .sources
                    .get(file)
                    .path
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_default();
                let wanted = normalize(&base_dir.join(&rel));
                let canonical = wanted.canonicalize().unwrap_or_else(|_| wanted.clone());
                match self.file(spec, options, canonical, &base_dir) {
                    Ok(id) => {
                        if self.broken.contains(&id) {
                            spec.diagnostics.push(
                                Diagnostic::error(
                                    "unresolved-ref",
                                    format!("`{raw}` does not parse: only what comes before its syntax error is read"),
                                )
                                .at(file, at, span)
                                .with_help("fix the syntax error in the referenced file (reported there)"),
                            );
                        }
                        Some(RefTarget {
                            file: id,
                            pointer: fragment,
                        })
                    }
                    Err((code, why, help)) => {
                        spec.diagnostics.push(
                            Diagnostic::error(code, format!("`{raw}` {why}"))
                                .at(file, at, span)
                                .with_help(help),
                        );
                        None
                    }
                }
            }
        }
    }
}

impl Spec {
    /// The node `pointer` names in `file`, read as resolvers that dereference first read it: a step
    /// that finds nothing on a reference object continues at its target (`#/components/schemas/Pet`
    /// where `schemas` is `{$ref: schemas.yaml}`), and a step by name onto a list where a map belongs
    /// continues in the first item (or its target) that has the name (Opsgenie's
    /// `definitions: [{$ref: a.yaml}, ...]`, lists that multi-file tools merge). Only references found
    /// so far are followed. `None` when nothing has that name.
    pub fn reach(&self, file: FileId, pointer: &str) -> Option<RefTarget> {
        let tokens = pointer::parse(pointer).ok()?;
        let mut at = RefTarget {
            file,
            pointer: String::new(),
        };
        for tok in &tokens {
            at = self.step(&at, tok)?;
        }
        Some(at)
    }

    /// One step of [`Spec::reach`].
    fn step(&self, at: &RefTarget, tok: &str) -> Option<RefTarget> {
        let child = |t: &RefTarget| {
            let node = self.node(t.file, &t.pointer)?;
            node.as_object()?.get(tok)?;
            Some(RefTarget {
                file: t.file,
                pointer: pointer::push(&t.pointer, tok),
            })
        };
        if let Some(node) = self.node(at.file, &at.pointer)
            && node.child(tok).is_some()
        {
            return Some(RefTarget {
                file: at.file,
                pointer: pointer::push(&at.pointer, tok),
            });
        }
        let here = self.followed(at);
        if let Some(c) = child(&here) {
            return Some(c);
        }
        let items = self.node(here.file, &here.pointer)?.as_array()?.len();
        (0..items).find_map(|i| {
            child(&self.followed(&RefTarget {
                file: here.file,
                pointer: format!("{}/{i}", here.pointer),
            }))
        })
    }

    /// Where the references from (`at`) lead: `at` itself when it is no reference that resolves.
    fn followed(&self, at: &RefTarget) -> RefTarget {
        let mut cur = at.clone();
        for _ in 0..=self.refs.len() {
            match self.ref_at(cur.file, &cur.pointer).and_then(|l| l.target.clone()) {
                Some(t) if t != cur => cur = t,
                _ => break,
            }
        }
        cur
    }
}

/// Collects the references below `node` (at `ptr` in `file`, read in `ctx`), skipping literal data and
/// what was read already in the same context.
fn discover(
    visited: &mut foldhash::HashSet<(FileId, usize, Context)>,
    file: FileId,
    node: &Node,
    ptr: &mut String,
    ctx: Context,
    top: bool,
    out: &mut Vec<Found>,
) {
    let container = matches!(node.value, Value::Object(_) | Value::Array(_));
    if ctx.place == Place::Literal || (!top && container && !visited.insert((file, identity(node, ptr), ctx))) {
        return;
    }
    match &node.value {
        Value::Object(m) => {
            if let Some(value) = ctx.reference(node) {
                out.push(Found {
                    holder: ptr.clone(),
                    value_span: value.span,
                    raw: value.as_str().map(str::to_owned).ok_or(value.kind()),
                    ctx,
                });
            }
            for (k, e) in m {
                let len = ptr.len();
                ptr.push('/');
                ptr.push_str(&pointer::escape(k));
                discover(visited, file, &e.node, ptr, ctx.key(k), false, out);
                ptr.truncate(len);
            }
        }
        Value::Array(a) => {
            for (i, n) in a.iter().enumerate() {
                let len = ptr.len();
                use std::fmt::Write;
                let _ = write!(ptr, "/{i}");
                discover(visited, file, n, ptr, ctx.item(), false, out);
                ptr.truncate(len);
            }
        }
        _ => {}
    }
}

impl Resolver {
    /// The id of the file at `canonical`, read now if it was not yet; `Err((code, what, help))` when it
    /// may not or cannot be read.
    fn file(
        &mut self,
        spec: &mut Spec,
        options: &LoadOptions,
        canonical: PathBuf,
        base_dir: &Path,
    ) -> Result<FileId, (&'static str, String, String)> {
        if !canonical.starts_with(&spec.boundary.dir) {
            return Err((
                "ref-escape",
                format!("points outside {}", spec.boundary.describe()),
                spec.boundary.help().to_owned(),
            ));
        }
        if let Some(&id) = self.by_path.get(&canonical) {
            return Ok(id);
        }
        if let Some(why) = self.unreadable.get(&canonical) {
            return Err((
                "unresolved-ref",
                format!("cannot be read: {why}"),
                "fix the path".into(),
            ));
        }
        if let Some(size) = std::fs::metadata(&canonical).ok().map(|m| m.len())
            && spec.sources.total_bytes().saturating_add(size) > options.max_total_bytes
        {
            return Err((
                "unresolved-ref",
                format!(
                    "not read: its {size} bytes would take the spec's files past the limit of {} bytes in all",
                    options.max_total_bytes
                ),
                "raise `max_total_bytes` in LoadOptions if this spec is really that large".into(),
            ));
        }
        if self.by_path.len() >= options.max_files {
            return Err((
                "unresolved-ref",
                format!("not read: the spec already pulls in {} files", options.max_files),
                "raise the file limit in LoadOptions if this spec is really that large".into(),
            ));
        }
        match crate::source::read_text(&canonical, options.max_file_bytes) {
            Ok(text) => {
                let before = spec.diagnostics.len();
                let id = spec.add_file(SourceFile::new(canonical.clone(), text));
                if spec.diagnostics[before..].iter().any(|d| d.code == "parse-error") {
                    self.broken.insert(id);
                }
                self.by_path.insert(canonical, id);
                Ok(id)
            }
            Err(why) => {
                self.unreadable.insert(canonical, why.what.clone());
                Err((
                    "unresolved-ref",
                    format!("cannot be read: {}", why.what),
                    format!(
                        "{}; the path is resolved against `{}`",
                        why.help,
                        super::boundary::display_dir(base_dir)
                    ),
                ))
            }
        }
    }
}

/// The warning for a `#...` reference read as the root document's: RFC 3986 makes `#...` a place in
/// its own file, but where that names nothing and the root document has it, every other OpenAPI tool
/// reads it there (they inline files first), so specgen does too, and says how to write it portably.
fn root_fallback(spec: &Spec, link: &RefLink, target: &RefTarget) -> Diagnostic {
    let (here, root) = (spec.sources.get(link.from), spec.sources.get(Spec::ROOT));
    let portable = format!(
        "{}#{}",
        pointer::relative_path(&here.path, &spec.sources.get(target.file).path),
        pointer::encode_fragment(&target.pointer)
    );
    Diagnostic::warning(
        "ref-fragment-root",
        format!(
            "`{}` names nothing in {}; read as the same place in the root document {}",
            link.raw, here.display, root.display
        ),
    )
    .at(link.from, pointer::push(&link.pointer, "$ref"), link.span)
    .with_help(format!(
        "a reference that starts with `#` names a place in its own file; write `{portable}` to name the place \
         meant, which every tool reads alike"
    ))
}

/// Every target pointer must name an existing node.
fn check_fragments(spec: &mut Spec) {
    let mut diags = Vec::new();
    for link in &mut spec.refs {
        let Some(target) = &link.target else { continue };
        let at = Location {
            file: link.from,
            pointer: pointer::push(&link.pointer, "$ref"),
            span: link.span,
        };
        let tree = &spec.trees[target.file.0 as usize];
        if !target.pointer.is_empty() && !target.pointer.starts_with('/') {
            diags.push(
                Diagnostic::error(
                    "invalid-ref",
                    format!(
                        "`{}`: the fragment `#{}` is not a JSON pointer",
                        link.raw, target.pointer
                    ),
                )
                .at(at.file, at.pointer, at.span)
                .with_help("write the fragment as a JSON pointer starting with `/`, e.g. `#/components/schemas/Pet`"),
            );
            link.target = None;
            continue;
        }
        if let Err(u) = tree.at(&target.pointer) {
            let file_name = &spec.sources.get(target.file).display;
            let parent = tree.at(&u.found).ok();
            // A `#...` in another file was looked for in the root document too.
            let nor_root = if link.from != Spec::ROOT && link.raw.starts_with('#') {
                format!(", nor does the root document {}", spec.sources.get(Spec::ROOT).display)
            } else {
                String::new()
            };
            let mut d = Diagnostic::error(
                "unresolved-ref",
                format!(
                    "`{}` does not resolve: `{}` in {file_name} has no `{}`{nor_root}",
                    link.raw,
                    if u.found.is_empty() { "/" } else { &u.found },
                    u.missing
                ),
            )
            .at(at.file, at.pointer, at.span);
            let suggestion = parent
                .and_then(|p| p.as_object())
                .and_then(|m| closest(&u.missing, m.keys().map(String::as_str)));
            d = match suggestion {
                Some(s) => d.with_help(format!("did you mean `{s}`?")),
                None => d.with_help("check the spelling against the target document"),
            };
            if let Some(p) = parent {
                let span = tree.key_span_at(&u.found).unwrap_or(p.span);
                d = d.with_related(
                    Location {
                        file: target.file,
                        pointer: u.found.clone(),
                        span,
                    },
                    "the closest existing node",
                );
            }
            diags.push(d);
            link.target = None;
        }
    }
    spec.diagnostics.extend(diags);
}

/// A reference that leads, through references only, back to itself never reaches a value.
fn check_cycles(spec: &mut Spec) {
    let mut reported: HashSet<usize> = HashSet::new();
    let mut diags = Vec::new();
    for start in 0..spec.refs.len() {
        if reported.contains(&start) {
            continue;
        }
        let mut chain = vec![start];
        let mut seen: HashMap<usize, usize> = HashMap::from([(start, 0)]);
        let mut cur = start;
        let cycle = loop {
            let Some(t) = &spec.refs[cur].target else { break None };
            let Some(&next) = spec.ref_index.get(&(t.file, t.pointer.clone())) else {
                break None;
            };
            if let Some(&pos) = seen.get(&next) {
                break Some(chain[pos..].to_vec());
            }
            seen.insert(next, chain.len());
            chain.push(next);
            cur = next;
        };
        let Some(cycle) = cycle else { continue };
        if cycle.iter().any(|i| reported.contains(i)) {
            continue;
        }
        reported.extend(cycle.iter().copied());
        let first = &spec.refs[cycle[0]];
        let path: Vec<&str> = cycle.iter().map(|&i| spec.refs[i].raw.as_str()).collect();
        let mut d = Diagnostic::error("ref-cycle", format!("`$ref` cycle: {} → back here", path.join(" → ")))
            .at(first.from, pointer::push(&first.pointer, "$ref"), first.span)
            .with_help("a reference must lead to a value; make one of these a real schema instead of a `$ref`");
        for &i in &cycle[1..] {
            let l = &spec.refs[i];
            d = d.with_related(
                Location {
                    file: l.from,
                    pointer: pointer::push(&l.pointer, "$ref"),
                    span: l.span,
                },
                "which refers on here",
            );
        }
        diags.push(d);
        for &i in &cycle {
            spec.refs[i].target = None;
        }
    }
    spec.diagnostics.extend(diags);
}

/// The candidate closest to `word` by edit distance, if close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .map(|c| (edit_distance(&word.to_lowercase(), &c.to_lowercase()), c))
        .filter(|&(d, _)| d <= limit)
        .min()
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, &cb) in b.iter().enumerate() {
            cur.push((prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_classified() {
        assert!(matches!(parse("#/components/schemas/A"), Parsed::Local(p) if p == "/components/schemas/A"));
        assert!(
            matches!(parse("models/a.yaml"), Parsed::File(p, f) if p == Path::new("models/a.yaml") && f.is_empty())
        );
        assert!(
            matches!(parse("a%20b.yaml#/x%7By%7D"), Parsed::File(p, f) if p == Path::new("a b.yaml") && f == "/x{y}")
        );
        assert!(matches!(parse("https://example.com/s.yaml#/a"), Parsed::Remote));
        assert!(matches!(parse("file:///etc/passwd"), Parsed::Remote));
        assert!(matches!(parse("//host/x.yaml"), Parsed::Remote));
    }

    #[test]
    fn paths_normalize_lexically() {
        assert_eq!(normalize(Path::new("/a/b/./c/../d")), PathBuf::from("/a/b/d"));
        assert_eq!(normalize(Path::new("a/../../b")), PathBuf::from("../b"));
    }

    #[test]
    fn suggestions_find_typos_only() {
        let keys = ["Pet", "Pets", "Error"];
        assert_eq!(closest("Pett", keys.iter().copied()), Some("Pet"));
        assert_eq!(closest("error", keys.iter().copied()), Some("Error"));
        assert_eq!(closest("Owner", keys.iter().copied()), None);
    }

    #[test]
    fn each_reference_to_a_file_that_does_not_parse_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("api.yaml");
        std::fs::write(
            &root,
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'broken.yaml'}\n    B: {$ref: 'broken.yaml'}\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("broken.yaml"), "type: '\n").unwrap();
        let spec = Spec::load(&root, &LoadOptions::default()).unwrap();
        let at: Vec<&str> = spec
            .diagnostics
            .iter()
            .filter(|d| d.code == "unresolved-ref")
            .map(|d| d.location.as_ref().unwrap().pointer.as_str())
            .collect();
        assert_eq!(at, ["/components/schemas/A/$ref", "/components/schemas/B/$ref"]);
        assert!(spec.diagnostics.iter().any(|d| d.code == "parse-error"));
    }
}
