use super::helpers::{in_class, require_response};
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// An operation has no client-error (`4xx`) response.
    ///
    /// Every operation can be called wrongly; without a documented 4xx response clients do not know
    /// what an error looks like, and the generated client has no error type to decode it into.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// get:
    ///   responses:
    ///     '200': {description: The pet}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// get:
    ///   responses:
    ///     '200': {description: The pet}
    ///     '404': {description: No such pet}
    /// ```
    pub static META = { id: "operation-4xx-response", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct Operation4xxResponse;

impl Rule for Operation4xxResponse {
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
            |code| in_class(code, b'4'),
            "the operation has no 4xx response",
            "document how a bad request fails, e.g. `'400': {description: Invalid request}`",
        );
    }
}
