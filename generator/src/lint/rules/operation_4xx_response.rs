use super::helpers::{in_class, require_response};
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// An operation has no client-error (`4xx`) response.
    ///
    /// Every operation can be called wrongly; without a documented 4xx response clients do not know
    /// what an error looks like, and the generated client has no error type to decode it into.
    ///
    /// Redocly's `operation-4xx-response`: a status code or range starting with 4 (`404`, `4XX`)
    /// counts, `default` does not, and `responses: null` is reported as having none.
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
            true,
            |code| in_class(code, b'4'),
            "the operation has no 4xx response",
            "document how a bad request fails, e.g. `'400': {description: Invalid request}`",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::pointers;

    fn found(responses: &str) -> Vec<String> {
        let text = format!("openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  /a:\n    get:\n      responses:{responses}\n");
        pointers("operation-4xx-response", &text)
    }

    #[test]
    fn codes_ranges_default_and_null() {
        assert!(found("\n        '404': {description: no}").is_empty());
        assert!(found("\n        '4XX': {description: no}").is_empty());
        assert_eq!(found("\n        default: {description: no}"), ["/paths/~1a/get/responses"]);
        assert_eq!(found(" null"), ["/paths/~1a/get/responses"]);
    }
}
