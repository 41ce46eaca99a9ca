//! `$ref` resolution: find every reference, read the files they name (never outside the root folder,
//! never over the network), check every fragment resolves, and refuse reference cycles.

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::{Component, Path, PathBuf};

use super::{LoadOptions, Spec, pointer, read_text};
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

pub(super) fn resolve_all(spec: &mut Spec, options: &LoadOptions) {
    let mut by_path: HashMap<PathBuf, FileId> = HashMap::new();
    by_path.insert(spec.sources.get(Spec::ROOT).path.clone(), Spec::ROOT);
    let mut queue = VecDeque::from([Spec::ROOT]);
    // Files that could not be read, so each is reported once per referencing site but read once.
    let mut unreadable: HashMap<PathBuf, String> = HashMap::new();

    while let Some(file) = queue.pop_front() {
        let mut found: Vec<(String, Span, String)> = Vec::new();
        let mut bad: Vec<Diagnostic> = Vec::new();
        spec.tree(file).walk(&mut |ptr, node| {
            let Some(m) = node.as_object() else { return };
            let Some(entry) = m.get("$ref") else { return };
            // Under `properties`, `$ref` names a property (whose schema is an object), not a reference.
            if ptr.ends_with("/properties") && entry.node.as_object().is_some() {
                return;
            }
            match entry.node.as_str() {
                Some(raw) => found.push((ptr.to_owned(), entry.node.span, raw.to_owned())),
                None => bad.push(
                    Diagnostic::error(
                        "invalid-ref",
                        format!("`$ref` must be a string, found {}", entry.node.kind()),
                    )
                    .at(file, pointer::push(ptr, "$ref"), entry.node.span)
                    .with_help("write the reference as a string, e.g. `$ref: '#/components/schemas/Pet'`"),
                ),
            }
        });
        spec.diagnostics.extend(bad);

        let base_dir = spec
            .sources
            .get(file)
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        for (ptr, span, raw) in found {
            let at = |code, msg: String| Diagnostic::error(code, msg).at(file, pointer::push(&ptr, "$ref"), span);
            let mut link = RefLink {
                from: file,
                pointer: ptr.clone(),
                span,
                raw: raw.clone(),
                target: None,
            };
            match parse(&raw) {
                Parsed::Local(fragment) => {
                    link.target = Some(RefTarget {
                        file,
                        pointer: fragment,
                    })
                }
                Parsed::Remote => spec.diagnostics.push(
                    at(
                        "ref-remote",
                        format!("`{raw}` is a remote reference; specgen does not fetch over the network"),
                    )
                    .with_help("download the referenced document next to the spec and refer to it by a relative path"),
                ),
                Parsed::File(rel, fragment) => {
                    let wanted = normalize(&base_dir.join(&rel));
                    let canonical = wanted.canonicalize().unwrap_or_else(|_| wanted.clone());
                    if !canonical.starts_with(&spec.root_dir) {
                        spec.diagnostics.push(
                            at("ref-escape", format!("`{raw}` points outside the spec's folder `{}`", crate::source::display_path(&spec.root_dir)))
                                .with_help("specgen reads only files inside the root spec's folder: move the file inside it, or widen the folder with `--root-dir`"),
                        );
                    } else if let Some(&id) = by_path.get(&canonical) {
                        link.target = Some(RefTarget {
                            file: id,
                            pointer: fragment,
                        });
                    } else if let Some(why) = unreadable.get(&canonical) {
                        spec.diagnostics.push(
                            at("unresolved-ref", format!("cannot read `{raw}`: {why}")).with_help("fix the path"),
                        );
                    } else if let Some(size) = std::fs::metadata(&canonical).ok().map(|m| m.len())
                        && spec.sources.total_bytes().saturating_add(size) > options.max_total_bytes
                    {
                        spec.diagnostics.push(
                            at(
                                "unresolved-ref",
                                format!(
                                    "`{raw}` not read: its {size} bytes would take the spec's files past the limit of {} bytes in all",
                                    options.max_total_bytes
                                ),
                            )
                            .with_help("raise `max_total_bytes` in LoadOptions if this spec is really that large"),
                        );
                    } else if by_path.len() >= options.max_files {
                        spec.diagnostics.push(
                            at(
                                "unresolved-ref",
                                format!(
                                    "`{raw}` not read: the spec already pulls in {} files",
                                    options.max_files
                                ),
                            )
                            .with_help("raise the file limit in LoadOptions if this spec is really that large"),
                        );
                    } else {
                        match read_text(&canonical, options.max_file_bytes) {
                            Ok(text) => {
                                let id = spec.add_file(SourceFile::new(canonical.clone(), text));
                                by_path.insert(canonical, id);
                                queue.push_back(id);
                                link.target = Some(RefTarget {
                                    file: id,
                                    pointer: fragment,
                                });
                            }
                            Err(why) => {
                                spec.diagnostics.push(
                                    at("unresolved-ref", format!("cannot read `{raw}`: {why}")).with_help(format!(
                                        "the path is resolved against `{}`",
                                        crate::source::display_path(&base_dir)
                                    )),
                                );
                                unreadable.insert(canonical, why);
                            }
                        }
                    }
                }
            }
            spec.ref_index.insert((file, ptr), spec.refs.len());
            spec.refs.push(link);
        }
    }

    check_fragments(spec);
    check_cycles(spec);
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
            let mut d = Diagnostic::error(
                "unresolved-ref",
                format!(
                    "`{}` does not resolve: `{}` in {file_name} has no `{}`",
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
}
