use super::helpers::truthy;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// An operation has no `summary` (or an empty one).
    ///
    /// The summary is the one-line title documentation tools list operations by; without it they show
    /// the method and path only. (Redocly's `recommended` has this rule; Spectral does not.)
    ///
    /// Bad:
    ///
    /// ```yaml
    /// get:
    ///   operationId: listPets
    ///   responses: {'200': {description: OK}}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// get:
    ///   operationId: listPets
    ///   summary: List pets
    ///   responses: {'200': {description: OK}}
    /// ```
    pub static META = { id: "operation-summary", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct OperationSummary;

impl Rule for OperationSummary {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        if !truthy(v.node.get("summary")) {
            cx.report_key(&META, v.file, v.ptr, "the operation has no `summary`")
                .help("add a one-line `summary`, e.g. `summary: List pets`");
        }
    }
}
