use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS2, Rule, RuleMeta, Visit};
use crate::load::pointer::push;

declare_rule! {
    /// A Swagger 2.0 schema uses `anyOf`, which Swagger 2.0 does not have.
    ///
    /// `anyOf` came with OpenAPI 3.0; Swagger 2.0 tools ignore it or reject the document, so what it
    /// says is lost. Spectral's `oas2-anyOf`.
    ///
    /// Every schema is checked (the items of a parameter or header too), and parameters and headers
    /// themselves, wherever `$ref`s lead. Spectral looks for an `anyOf` key anywhere in the document, so
    /// it also reports a property *named* `anyOf`, or one in an example or an extension: those are a
    /// name and data, not the keyword, and are not reported here.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// definitions:
    ///   Id:
    ///     anyOf: [{type: string}, {type: integer}]
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// definitions:
    ///   Id:
    ///     type: string
    /// ```
    pub static META = { id: "oas2-anyOf", severity: Warning, versions: OAS2 };
}

#[derive(Default)]
pub struct Oas2AnyOf;

impl Rule for Oas2AnyOf {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        VALUE_DESCRIPTIONS
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        report_v3_keyword(cx, &META, v, "anyOf");
    }
}

/// The objects that describe a value in Swagger 2.0: schemas, and parameters and headers (which are
/// schema-like there).
pub(super) const VALUE_DESCRIPTIONS: u32 = Kind::Schema.bit() | Kind::Parameter.bit() | Kind::Header.bit();

/// Reports the OpenAPI 3 composition `keyword` on the visited object.
pub(super) fn report_v3_keyword(cx: &mut Cx<'_>, meta: &'static RuleMeta, v: &Visit<'_, '_>, keyword: &str) {
    if v.node.get(keyword).is_none() {
        return;
    }
    cx.report_key(
        meta,
        v.file,
        &push(v.ptr, keyword),
        format!("`{keyword}` is not part of Swagger 2.0 (it came with OpenAPI 3.0)"),
    )
    .help(
        "describe the value with Swagger 2.0's keywords (`allOf`, or one `type`), or convert the \
         document to OpenAPI 3 (`specgen convert`)",
    );
}

#[cfg(test)]
mod tests {
    use super::super::testing::pointers;

    fn found(text: &str) -> Vec<String> {
        pointers(super::META.id, text)
    }

    // Spectral's `oas2-anyOf.test.ts`.
    #[test]
    fn spectral_cases() {
        let doc = "swagger: '2.0'\nschemes: [http]\ninfo: {title: Test, version: 1.0.0}\npaths:\n  /test:\n    get:\n      responses:\n        200:\n          description: A paged array of pets\n          schema:\n            anyOf: [{type: string}, {type: null}]\n";
        assert_eq!(found(doc), ["/paths/~1test/get/responses/200/schema/anyOf"], "annotates with correct paths");
    }

    #[test]
    fn every_schema_once_and_names_and_data_are_not_keywords() {
        let doc = "swagger: '2.0'\ninfo: {title: t, version: '1'}\nx-ext: {anyOf: []}\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: q, in: query, type: array, items: {anyOf: [{type: string}]}}\n        - {name: h, in: header, anyOf: [{type: string}]}\n      responses:\n        '200':\n          description: ok\n          schema: {$ref: '#/definitions/A'}\n          examples: {application/json: {anyOf: 1}}\n        '201': {description: ok, schema: {$ref: '#/definitions/A'}}\ndefinitions:\n  A:\n    properties:\n      anyOf: {type: string}\n      b: {allOf: [{anyOf: [{type: string}]}]}\n";
        assert_eq!(
            found(doc),
            [
                "/paths/~1a/get/parameters/0/items/anyOf",
                "/paths/~1a/get/parameters/1/anyOf",
                "/definitions/A/properties/b/allOf/0/anyOf",
            ]
        );
    }

    #[test]
    fn openapi_3_documents_are_not_checked() {
        let doc = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {anyOf: [{type: string}]}\n";
        assert!(found(doc).is_empty());
    }
}
