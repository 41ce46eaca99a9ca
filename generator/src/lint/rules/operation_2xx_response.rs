use super::helpers::{in_class, require_response};
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// An operation has neither a `2xx` response nor a `default` one (Redocly's reading of "success").
    ///
    /// Clients need to know what a successful call returns. Redocly's `operation-2xx-response` accepts
    /// a status code or range starting with 2 (`200`, `2XX`), or `default` in its place; unlike
    /// `operation-success-response` (Spectral's), it does not count `3xx`, counts `default`, and reports
    /// `responses: null` as having no response. Off by default: `operation-success-response` reports the
    /// same omission in nearly every spec; switch this one on to lint as Redocly's `recommended` does.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// get:
    ///   responses:
    ///     '302': {description: Moved}
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
    pub static META = { id: "operation-2xx-response", severity: Off, versions: ANY_OAS };
}

#[derive(Default)]
pub struct Operation2xxResponse;

impl Rule for Operation2xxResponse {
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
            true,
            |code| code == "default" || in_class(code, b'2'),
            "the operation has no 2xx (or `default`) response",
            "add the response a successful call returns, e.g. `'200': {description: OK}`",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::pointers;

    fn found(responses: &str) -> Vec<String> {
        let text = format!("openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  /a:\n    get:\n      responses:{responses}\n");
        pointers("operation-2xx-response", &text)
    }

    #[test]
    fn default_stands_for_success() {
        assert!(found("\n        default: {description: ok}").is_empty());
        assert!(found("\n        '2XX': {description: ok}").is_empty());
        assert!(found("\n        '201': {description: ok}").is_empty());
    }

    #[test]
    fn redirects_and_null_are_no_success() {
        assert_eq!(found("\n        '301': {description: moved}"), ["/paths/~1a/get/responses"]);
        assert_eq!(found(" null"), ["/paths/~1a/get/responses"]);
    }
}
