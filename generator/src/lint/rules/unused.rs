//! Reusable objects nothing uses: the one check behind `oas3-unused-component` (3.x `components`) and
//! `oas2-unused-definition` (2.0 `definitions`).

use std::collections::HashSet;
use std::path::Path;

use super::helpers::named_in;
use crate::lint::rule::{Cx, Help, Kind, RuleMeta, Visit};
use crate::load::pointer::{percent_decode, push};
use crate::load::{Node, Spec};
use crate::source::FileId;

/// Where a version keeps the reusable objects a rule checks.
pub struct Reusable {
    /// The key of the root object holding the maps (`components`), or `None`: the root holds them.
    pub holder: Option<&'static str>,
    /// The maps of named objects used by `$ref`.
    pub sections: &'static [&'static str],
    /// The map of schemas, which a discriminator may name by a bare name.
    pub schemas: &'static str,
}

/// What a walk saw that the loader does not read as references: extensions' `$ref`s and
/// discriminators. Feed it every object ([`Uses::INTERESTS`]), then [`Uses::report`].
#[derive(Default)]
pub struct Uses {
    /// Pointers into the root document named that way.
    named: HashSet<String>,
}

impl Uses {
    /// Every object: any of them may carry an extension holding a `$ref`.
    pub const INTERESTS: u32 = u32::MAX;

    pub fn visit(&mut self, place: &Reusable, v: &Visit<'_, '_>, cx: &Cx<'_>) {
        let Some(map) = v.node.as_object() else { return };
        for (key, e) in map {
            if key.starts_with("x-") {
                self.extension_refs(cx.spec, v.file, &e.node);
            }
        }
        if v.kind == Kind::Schema
            && let Some(d) = v.node.get("discriminator")
        {
            let mapped = d.get("mapping").and_then(Node::as_object).into_iter().flatten();
            let named = mapped.map(|(_, e)| &e.node).chain(d.get("defaultMapping"));
            for value in named.filter_map(Node::as_str) {
                // A bare name is a schema's name; anything else is a reference.
                let target = if value.contains(['#', '/', '.']) {
                    in_root(cx.spec, v.file, value)
                } else {
                    (v.file == Spec::ROOT).then(|| push(place.schemas, value))
                };
                self.named.extend(target);
            }
        }
    }

    /// Reports, as `meta`, each object of `place` in the root document that nothing uses.
    pub fn report(&self, cx: &mut Cx<'_>, meta: &'static RuleMeta, place: &Reusable, what: &str) {
        let spec = cx.spec;
        let root = spec.root();
        let holder = match place.holder {
            Some(key) => root.get(key),
            None => Some(root),
        };
        if holder.is_none() {
            return;
        }
        let base = place.holder.map_or(String::new(), |key| push("", key));
        let mut used = referenced(spec);
        for p in &self.named {
            used.extend(with_ancestors(p));
        }
        let mut unused = Vec::new();
        for (section, name, ptr) in named_in(holder, &base, place.sections) {
            let schema = push(&base, section) == place.schemas;
            if used.contains(ptr.as_str()) || (schema && extends_discriminator(cx, &ptr)) {
                continue;
            }
            unused.push((name.to_owned(), ptr));
        }
        for (name, ptr) in unused {
            cx.report_key(meta, Spec::ROOT, &ptr, format!("{what} `{name}` is never referenced"))
                .help(format!("remove it, or refer to it as `$ref: '#{ptr}'`"));
        }
    }

    /// Records what each `$ref` string inside the extension value `node` (in `file`) names in the root
    /// document.
    fn extension_refs(&mut self, spec: &Spec, file: FileId, node: &Node) {
        let mut stack = vec![node];
        while let Some(n) = stack.pop() {
            if let Some(map) = n.as_object() {
                for (key, e) in map {
                    match e.node.as_str() {
                        Some(raw) if key == "$ref" => self.named.extend(in_root(spec, file, raw)),
                        _ => stack.push(&e.node),
                    }
                }
            } else if let Some(items) = n.as_array() {
                stack.extend(items);
            }
        }
    }
}

/// The pointer into the root document that the reference `raw`, written in `file`, names; `None` when
/// it names another document.
fn in_root(spec: &Spec, file: FileId, raw: &str) -> Option<String> {
    let (path, fragment) = raw.split_once('#').unwrap_or((raw, ""));
    let names_root = if path.is_empty() {
        file == Spec::ROOT
    } else if path.contains(':') {
        false
    } else {
        let from = &spec.sources.get(file).path;
        let wanted = from.parent().unwrap_or(Path::new("")).join(percent_decode(path));
        same_file(&wanted, &spec.sources.get(Spec::ROOT).path)
    };
    names_root.then(|| percent_decode(fragment))
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Whether the schema at `ptr` has an `allOf` member referring to a schema with a `discriminator`,
/// which selects it by name.
fn extends_discriminator(cx: &Cx<'_>, ptr: &str) -> bool {
    let Some(members) = cx
        .spec
        .node(Spec::ROOT, ptr)
        .and_then(|s| s.get("allOf"))
        .and_then(Node::as_array)
    else {
        return false;
    };
    members
        .iter()
        .filter(|m| m.ref_target().is_some())
        .filter_map(|m| cx.refs.deref(m))
        .any(|parent| parent.get("discriminator").is_some())
}

/// The pointers in the root file that some reference reaches, and their ancestors: a reference into
/// an object (`/definitions/A/properties/b`) uses it.
fn referenced(spec: &Spec) -> HashSet<&str> {
    let mut out = HashSet::new();
    for link in &spec.refs {
        let Some(t) = &link.target else { continue };
        if t.file == Spec::ROOT {
            out.extend(with_ancestors(&t.pointer));
        }
    }
    out
}

/// `/a/b/c`, `/a/b` and `/a`.
fn with_ancestors(pointer: &str) -> impl Iterator<Item = &str> {
    let ends = pointer.match_indices('/').map(|(i, _)| i).skip(1);
    ends.map(|i| &pointer[..i]).chain(std::iter::once(pointer))
}

#[cfg(test)]
mod tests {
    #[test]
    fn ancestors_of_a_pointer() {
        let all: Vec<&str> = super::with_ancestors("/components/schemas/A/properties/b").collect();
        assert_eq!(
            all,
            [
                "/components",
                "/components/schemas",
                "/components/schemas/A",
                "/components/schemas/A/properties",
                "/components/schemas/A/properties/b"
            ]
        );
        assert_eq!(super::with_ancestors("").collect::<Vec<_>>(), [""]);
    }
}
