use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// An operation has more than one tag.
    ///
    /// Documentation and generated clients group operations by tag: an operation with two tags
    /// appears twice, and a client generator picks one group for it or duplicates it. Off by default, as
    /// in Spectral's `spectral:oas` and Redocly's `recommended`.
    ///
    /// Corresponds to Spectral's and Redocly's `operation-singular-tag` (reported at the operation's
    /// `tags`).
    ///
    /// Bad:
    ///
    /// ```yaml
    /// get:
    ///   tags: [pets, store]
    ///   responses: {'200': {description: OK}}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// get:
    ///   tags: [pets]
    ///   responses: {'200': {description: OK}}
    /// ```
    pub static META = { id: "operation-singular-tag", severity: Off, versions: ANY_OAS };
}

#[derive(Default)]
pub struct OperationSingularTag;

impl Rule for OperationSingularTag {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let Some(tags) = v.node.get("tags").and_then(Node::as_array) else {
            return;
        };
        if tags.len() > 1 {
            cx.report_key(
                &META,
                v.file,
                &push(v.ptr, "tags"),
                format!("the operation has {} tags", tags.len()),
            )
            .help("keep the one tag that best groups the operation");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::sorted_pointers as pointers;

    #[test]
    fn more_than_one_tag_is_reported() {
        let doc = |tags: &str| format!("openapi: 3.0.3\npaths:\n  /a:\n    get:\n      tags: {tags}\n      responses: {{'200': {{description: ok}}}}\n");
        assert_eq!(pointers("operation-singular-tag", &doc("[a, b]")), ["/paths/~1a/get/tags"]);
        assert!(pointers("operation-singular-tag", &doc("[a]")).is_empty());
        assert!(pointers("operation-singular-tag", &doc("[]")).is_empty());
    }
}
