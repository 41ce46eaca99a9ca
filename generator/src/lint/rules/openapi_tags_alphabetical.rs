use std::cmp::Ordering;

use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// The top-level `tags` are not in alphabetical order of their `name`.
    ///
    /// Documentation lists the groups in the order of `tags`; a sorted list is easier to scan and keeps
    /// diffs small when tags are added. Off by default, as in Spectral's `spectral:oas` (not
    /// recommended there): many APIs order their tags by importance on purpose.
    ///
    /// Corresponds to Spectral's `openapi-tags-alphabetical`: one finding at `tags`, naming the first
    /// pair out of order. Names compare as Spectral's `localeCompare` does for plain names: ignoring
    /// case first (`apple` < `Banana`), then lower case before upper case. Redocly's `tags-alphabetical`
    /// compares case-sensitively unless told otherwise, so it is not an alias.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// tags: [{name: users}, {name: pets}]
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// tags: [{name: pets}, {name: users}]
    /// ```
    pub static META = { id: "openapi-tags-alphabetical", severity: Off, versions: ANY_OAS };
}

#[derive(Default)]
pub struct OpenapiTagsAlphabetical;

impl Rule for OpenapiTagsAlphabetical {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let Some(tags) = v.node.get("tags").and_then(Node::as_array) else {
            return;
        };
        // A tag without a string name is the structural check's finding.
        let Some(names) = tags
            .iter()
            .map(|t| t.get("name").and_then(Node::as_str))
            .collect::<Option<Vec<&str>>>()
        else {
            return;
        };
        let Some(i) = (1..names.len()).find(|&i| order(names[i - 1], names[i]) == Ordering::Greater) else {
            return;
        };
        let (a, b) = (names[i - 1], names[i]);
        cx.report_key(
            &META,
            v.file,
            &push(v.ptr, "tags"),
            format!("the tags are not in alphabetical order: `{a}` comes before `{b}`"),
        )
        .help("sort `tags` by `name`");
    }
}

/// The order of two names: case-insensitive first, then lower case before upper case.
fn order(a: &str, b: &str) -> Ordering {
    let folded = |s: &str| s.chars().flat_map(char::to_lowercase).collect::<String>();
    folded(a).cmp(&folded(b)).then_with(|| {
        let case = |s: &str| s.chars().map(|c| c.is_uppercase()).collect::<Vec<_>>();
        case(a).cmp(&case(b))
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::sorted_pointers as pointers;
    use std::cmp::Ordering;

    #[test]
    fn order_ignores_case_first() {
        assert_eq!(super::order("apple", "Banana"), Ordering::Less);
        assert_eq!(super::order("a", "A"), Ordering::Less);
        assert_eq!(super::order("b-tag", "a-tag"), Ordering::Greater);
        assert_eq!(super::order("pets", "pets"), Ordering::Equal);
    }

    #[test]
    fn one_finding_at_the_list() {
        let bad = "openapi: 3.0.3\npaths: {}\ntags: [{name: a}, {name: c}, {name: B}, {name: b}]\n";
        let found = super::super::testing::lint_rule("openapi-tags-alphabetical", bad);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("`c` comes before `B`"), "{}", found[0].message);
        assert_eq!(found[0].location.as_ref().unwrap().pointer, "/tags");
        let good = "swagger: '2.0'\npaths: {}\ntags: [{name: Alpha}, {name: beta}, {name: Gamma}]\n";
        assert!(pointers("openapi-tags-alphabetical", good).is_empty());
    }
}
