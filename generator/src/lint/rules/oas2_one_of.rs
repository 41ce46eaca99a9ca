use super::oas2_any_of::{VALUE_DESCRIPTIONS, report_v3_keyword};
use crate::declare_rule;
use crate::lint::rule::{Cx, Rule, RuleMeta, Visit, OAS2};

declare_rule! {
    /// A Swagger 2.0 schema uses `oneOf`, which Swagger 2.0 does not have.
    ///
    /// `oneOf` came with OpenAPI 3.0; Swagger 2.0 tools ignore it or reject the document, so what it
    /// says is lost. Spectral's `oas2-oneOf`.
    ///
    /// Checked as `oas2-anyOf` checks `anyOf`: every schema (the items of a parameter or header too),
    /// parameters and headers themselves, wherever `$ref`s lead. A property *named* `oneOf`, or one in an
    /// example or an extension, is a name and data, not the keyword: Spectral reports those too.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// definitions:
    ///   Pet:
    ///     oneOf: [{$ref: '#/definitions/Cat'}, {$ref: '#/definitions/Dog'}]
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// definitions:
    ///   Pet:
    ///     type: object
    ///     discriminator: kind
    ///     required: [kind]
    ///     properties: {kind: {type: string}}
    /// ```
    pub static META = { id: "oas2-oneOf", severity: Warning, versions: OAS2 };
}

#[derive(Default)]
pub struct Oas2OneOf;

impl Rule for Oas2OneOf {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        VALUE_DESCRIPTIONS
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        report_v3_keyword(cx, &META, v, "oneOf");
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::pointers;

    fn found(text: &str) -> Vec<String> {
        pointers(super::META.id, text)
    }

    // Spectral's `oas2-oneOf.test.ts`.
    #[test]
    fn spectral_cases() {
        let doc = "swagger: '2.0'\nschemes: [http]\ninfo: {title: Test, version: 1.0.0}\npaths:\n  /test:\n    get:\n      responses:\n        200:\n          description: A paged array of pets\n          schema:\n            oneOf: [{type: string}, {type: 'null'}]\n";
        assert_eq!(found(doc), ["/paths/~1test/get/responses/200/schema/oneOf"], "annotates with correct paths");
    }

    #[test]
    fn a_shared_schema_is_reported_once_where_it_is() {
        let doc = "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok, schema: {$ref: '#/definitions/U'}}\n        '201': {description: ok, schema: {$ref: '#/definitions/U'}}\ndefinitions:\n  U: {oneOf: [{type: string}], properties: {oneOf: {type: string}}}\n";
        assert_eq!(found(doc), ["/definitions/U/oneOf"]);
    }
}
