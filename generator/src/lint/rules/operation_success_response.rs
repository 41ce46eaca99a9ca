use super::helpers::require_response;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Kind, OAS2, Rule, RuleMeta, Visit};

declare_rule! {
    /// An operation has no success (`2xx`) or redirect (`3xx`) response.
    ///
    /// Clients and the generator need to know what a successful call returns; without it the generated
    /// client has no success type.
    ///
    /// Spectral's `operation-success-response`, read as Spectral reads it: a status code from 200 to 399
    /// counts, and in OpenAPI 3 so do the ranges `2XX` and `3XX` (Swagger 2.0 has no ranges); `default`
    /// does not, since it may as well describe errors. Redocly's `operation-2xx-response` differs (it
    /// counts `default` and no `3xx`): that is the rule `operation-2xx-response`.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// get:
    ///   responses:
    ///     '404': {description: Not found}
    ///     default: {description: Error}
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
    pub static META = { id: "operation-success-response", severity: Warning, versions: ANY_OAS };
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
        let ranges = crate::lint::version_of(cx.spec) != Some(OAS2);
        require_response(
            cx,
            &META,
            v,
            false,
            |code| is_success(code, ranges),
            "the operation has no 2xx or 3xx response",
            "add the response a successful call returns, e.g. `'200': {description: OK}`",
        );
    }
}

/// A status code from 200 to 399, or (where the version has ranges) the range `2XX` or `3XX`.
fn is_success(code: &str, ranges: bool) -> bool {
    let b = code.as_bytes();
    if b.len() != 3 || !matches!(b[0], b'2' | b'3') {
        return false;
    }
    b[1..].iter().all(u8::is_ascii_digit) || (ranges && &b[1..] == b"XX")
}

#[cfg(test)]
mod tests {
    use super::super::testing::pointers;

    const OP: &str = "info: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n";

    fn found(version: &str, responses: &str) -> usize {
        let head = if version == "2.0" { "swagger: '2.0'" } else { "openapi: 3.0.3" };
        pointers("operation-success-response", &format!("{head}\n{OP}{responses}")).len()
    }

    #[test]
    fn codes_and_ranges() {
        assert_eq!(found("3.0", "        '204': {description: ok}\n"), 0);
        assert_eq!(found("3.0", "        '302': {description: ok}\n"), 0);
        assert_eq!(found("3.0", "        '2XX': {description: ok}\n"), 0);
        assert_eq!(found("3.0", "        '3XX': {description: ok}\n"), 0);
        assert_eq!(found("3.0", "        '404': {description: no}\n"), 1);
        // Swagger 2.0 has no ranges: `2XX` is no status code there.
        assert_eq!(found("2.0", "        '2XX': {description: ok}\n"), 1);
        assert_eq!(found("2.0", "        '200': {description: ok}\n"), 0);
    }

    #[test]
    fn default_alone_is_no_success() {
        assert_eq!(found("3.0", "        default: {description: ok}\n"), 1);
    }

    #[test]
    fn null_responses_are_left_to_the_structural_check() {
        let text = format!("openapi: 3.0.3\n{OP}");
        let text = text.replace("responses:\n", "responses: null\n");
        assert_eq!(pointers("operation-success-response", &text).len(), 0);
    }
}
