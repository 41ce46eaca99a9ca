use super::helpers::truthy;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// An operation has no `operationId`.
    ///
    /// The generator names the handler and client method after it; without one it has to invent a name
    /// from the method and path, which changes whenever the path does.
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
    ///   operationId: listPets
    ///   responses: {'200': {description: OK}}
    /// ```
    pub static META = { id: "operation-operationId", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct OperationOperationId;

impl Rule for OperationOperationId {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        if !truthy(v.node.get("operationId")) {
            cx.report_key(&META, v.file, v.ptr, "the operation has no `operationId`")
                .help("add an `operationId` such as `listPets`; generated code is named after it");
        }
    }
}
