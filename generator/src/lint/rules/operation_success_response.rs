use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

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
        let Some(responses) = v.node.get("responses").and_then(Node::as_object) else {
            return;
        };
        let ok = responses
            .keys()
            .any(|code| code.starts_with('2') || code.starts_with('3'));
        if !ok {
            cx.report_key(
                &META,
                v.file,
                &push(v.ptr, "responses"),
                "the operation has no 2xx or 3xx response",
            )
            .help("add the response a successful call returns, e.g. `'200': {description: OK}`");
        }
    }
}
