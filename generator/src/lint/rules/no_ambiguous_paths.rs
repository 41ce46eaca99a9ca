use std::collections::HashMap;

use super::helpers::path_keys;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// Two paths can match the same URL: they have as many segments and as many parameters, and wherever
    /// both segments are literal they are equal, so the parameters sit in different places
    /// (`/pets/{id}` and `/{entity}/mine` both match `/pets/mine`). Paths that differ only in parameter
    /// names are `path-params`' finding.
    ///
    /// Which operation serves such a URL depends on the router and on declaration order; clients and
    /// servers generated from the document may disagree.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// paths:
    ///   /pets/{id}: {}
    ///   /{entity}/mine: {}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// paths:
    ///   /pets/{id}: {}
    ///   /owners/{owner}/pets: {}
    /// ```
    pub static META = { id: "no-ambiguous-paths", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct NoAmbiguousPaths;

/// A path cut into segments: `None` for a whole-segment parameter (`{id}`), else the literal text.
type Segments<'a> = Vec<Option<&'a str>>;

/// A path already seen: its text, its pointer and its segments.
type Seen<'a> = (&'a str, String, Segments<'a>);

impl Rule for NoAmbiguousPaths {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        // Only paths with as many segments and parameters can be ambiguous: compare within those groups.
        let mut groups: HashMap<(usize, usize), Vec<Seen<'_>>> = HashMap::new();
        for (path, ptr) in path_keys(v.node) {
            let segments = segments(path);
            let params = segments.iter().filter(|s| s.is_none()).count();
            let group = groups.entry((segments.len(), params)).or_default();
            if let Some((other, other_ptr, _)) = group.iter().find(|(_, _, seen)| ambiguous(seen, &segments)) {
                let first = cx.key_location(v.file, other_ptr);
                cx.report_key(
                    &META,
                    v.file,
                    &ptr,
                    format!("paths `{other}` and `{path}` can match the same URL"),
                )
                .help("make a literal segment of one path differ from the other's, or move its parameters to the same places")
                .related(first, "the other path");
            }
            group.push((path, ptr, segments));
        }
    }
}

fn segments(path: &str) -> Segments<'_> {
    path.split('/')
        .map(|s| (!(s.len() > 2 && s.starts_with('{') && s.ends_with('}'))).then_some(s))
        .collect()
}

/// Whether some URL matches both paths, when they differ in more than parameter names.
fn ambiguous(a: &[Option<&str>], b: &[Option<&str>]) -> bool {
    let mut same_shape = true;
    for (x, y) in a.iter().zip(b) {
        match (x, y) {
            (Some(x), Some(y)) if x != y => return false,
            (Some(_), Some(_)) | (None, None) => {}
            _ => same_shape = false,
        }
    }
    !same_shape
}

#[cfg(test)]
mod tests {
    use super::segments;

    #[test]
    fn ambiguity() {
        let amb = |a, b| super::ambiguous(&segments(a), &segments(b));
        assert!(amb("/pets/{id}", "/{entity}/mine"));
        assert!(amb("/{a}/b", "/c/{d}"));
        assert!(!amb("/pets/{id}", "/pets/{name}"), "path-params' finding");
        assert!(!amb("/pets/{id}", "/owners/{id}"));
        assert!(!amb("/{a}/b", "/{c}/d"));
    }
}
