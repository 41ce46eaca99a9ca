use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::Node;

declare_rule! {
    /// An operation has no `tags`.
    ///
    /// Tags group operations in documentation and in generated clients; an untagged operation lands in
    /// a catch-all group.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// get:
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
    pub static META = { id: "operation-tags", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct OperationTags;

impl Rule for OperationTags {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        if v.node
            .get("tags")
            .and_then(Node::as_array)
            .is_none_or(<[Node]>::is_empty)
        {
            cx.report_key(&META, v.file, v.ptr, "the operation has no `tags`")
                .help("add `tags: [<group>]` naming a tag defined at the top level");
        }
    }
}
