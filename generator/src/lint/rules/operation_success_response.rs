use super::helpers::require_response;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// An operation has no success (`2xx`) or redirect (`3xx`) response.
    ///
    /// Clients and the generator need to know what a successful call returns; without it the generated
    /// client has no success type.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// get:
    ///   responses:
    ///     '404': {description: Not found}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// get:
    ///   responses:
    ///     '200': {description: The pet}
    ///     '404': {description: Not found}
    /// ```
    pub static META = { id: "operation-success-response", severity: Warning, aliases: ["operation-2xx-response"], versions: ANY_OAS };
}

#[derive(Default)]
pub struct OperationSuccessResponse;

impl Rule for OperationSuccessResponse {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        require_response(
            cx,
            &META,
            v,
            |code| code.starts_with('2') || code.starts_with('3'),
            "the operation has no 2xx or 3xx response",
            "add the response a successful call returns, e.g. `'200': {description: OK}`",
        );
    }
}
