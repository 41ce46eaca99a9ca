use super::helpers::truthy;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// An operation has no `description` (or an empty one).
    ///
    /// The description is the documentation of the endpoint and of the generated method.
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
    ///   description: Lists the pets, newest first.
    ///   responses: {'200': {description: OK}}
    /// ```
    pub static META = { id: "operation-description", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct OperationDescription;

impl Rule for OperationDescription {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        if !truthy(v.node.get("description")) {
            cx.report_key(&META, v.file, v.ptr, "the operation has no `description`")
                .help("add a `description` saying what the operation does");
        }
    }
}
