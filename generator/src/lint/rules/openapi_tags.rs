use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// The document has no top-level `tags`, or an empty list of them.
    ///
    /// Top-level tags give each group of operations its order and description in documentation;
    /// without them the groups come only from the operations' own `tags`, unordered and undescribed.
    /// Off by default, as in Spectral's `spectral:oas` (not recommended there).
    ///
    /// Corresponds to Spectral's `openapi-tags` (an absent list is reported at the document, an empty
    /// one at `tags`). Redocly has no such rule.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// tags: []
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// tags:
    ///   - {name: pets, description: Everything about pets}
    /// ```
    pub static META = { id: "openapi-tags", severity: Off, versions: ANY_OAS };
}

#[derive(Default)]
pub struct OpenapiTags;

impl Rule for OpenapiTags {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        match v.node.get("tags") {
            None => {
                cx.report(&META, v.file, v.ptr, "the document has no top-level `tags`")
                    .help("add `tags:` listing each group of operations with a `name` and a `description`");
            }
            Some(tags) if tags.as_array().is_some_and(<[Node]>::is_empty) => {
                cx.report_key(&META, v.file, &push(v.ptr, "tags"), "the top-level `tags` list is empty")
                    .help("list each group of operations with a `name` and a `description`");
            }
            Some(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::sorted_pointers as pointers;

    #[test]
    fn absent_and_empty_tags_are_reported() {
        assert_eq!(pointers("openapi-tags", "openapi: 3.0.3\npaths: {}\n"), [""]);
        assert_eq!(pointers("openapi-tags", "swagger: '2.0'\npaths: {}\ntags: []\n"), ["/tags"]);
        assert!(pointers("openapi-tags", "openapi: 3.1.0\npaths: {}\ntags: [{name: a}]\n").is_empty());
    }
}
