use super::unused::{Reusable, Uses};
use crate::declare_rule;
use crate::lint::rule::{Cx, OAS30, OAS31, Rule, RuleMeta, Visit};

declare_rule! {
    /// A component (schema, response, parameter, example, request body, header, link, callback, or
    /// OpenAPI 3.2 media type) that nothing uses.
    ///
    /// Unused components are usually leftovers of a rename; they bloat documentation and generated code.
    ///
    /// A component is used when a `$ref` anywhere reaches it (or into it), from any file, also one in
    /// another unused component, and also a `$ref` inside an `x-` extension (which specgen otherwise
    /// reads as data) that names it in this document. A schema is also used when a discriminator names
    /// it (a `mapping` value, 3.2's `defaultMapping`), and when one of its `allOf` members refers to a
    /// schema with a `discriminator`: the discriminator selects it by its name (as Redocly's
    /// `no-unused-components` reads it; Spectral's `oas3-unused-component` reports such schemas).
    /// Security schemes are used by name, not by `$ref`: `unused-security-scheme` checks them. 3.1
    /// path items are not checked. Unlike Spectral, specgen does not read files that only an
    /// extension's `$ref` names, so what such a file refers to in turn is not a use.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// components:
    ///   schemas:
    ///     OldPet: {type: object}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// components:
    ///   schemas:
    ///     Pet: {type: object}   # referenced as '#/components/schemas/Pet'
    /// ```
    pub static META = { id: "oas3-unused-component", severity: Warning, aliases: ["no-unused-components"], versions: OAS30 | OAS31 };
}

/// The 3.x components used by `$ref` (security schemes are used by name).
const COMPONENTS: Reusable = Reusable {
    holder: Some("components"),
    sections: &[
        "schemas",
        "responses",
        "parameters",
        "examples",
        "requestBodies",
        "headers",
        "links",
        "callbacks",
        "mediaTypes",
    ],
    schemas: "/components/schemas",
};

#[derive(Default)]
pub struct Oas3UnusedComponent(Uses);

impl Rule for Oas3UnusedComponent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Uses::INTERESTS
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        self.0.visit(&COMPONENTS, v, cx);
    }

    fn finish(&mut self, cx: &mut Cx<'_>) {
        self.0.report(cx, &META, &COMPONENTS, "component");
    }
}

#[cfg(test)]
mod tests {
    /// The pointers of this rule's findings on the document `text`, in document order.
    fn found(text: &str) -> Vec<String> {
        super::super::testing::pointers(super::META.id, text)
    }

    const HEAD: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";

    #[test]
    fn a_ref_inside_an_extension_uses_what_it_names_in_this_document() {
        let doc = format!(
            "{HEAD}x-local: {{$ref: '#/components/schemas/A/properties/p'}}\nx-self: [{{deep: {{$ref: 't.yaml#/components/schemas/B'}}}}]\nx-other: {{$ref: 'other.yaml#/components/schemas/C'}}\ncomponents:\n  schemas:\n    A: {{properties: {{p: {{}}}}}}\n    B: {{}}\n    C: {{}}\n"
        );
        assert_eq!(found(&doc), ["/components/schemas/C"]);
    }

    #[test]
    fn subtypes_of_a_discriminator_are_used() {
        let doc = format!(
            "{HEAD}x-use: {{$ref: '#/components/schemas/Pet'}}\ncomponents:\n  schemas:\n    Pet:\n      properties: {{kind: {{type: string}}}}\n      discriminator: {{propertyName: kind, mapping: {{bird: '#/components/schemas/Bird', fish: Fish}}}}\n    Cat:\n      allOf: [{{$ref: '#/components/schemas/Pet'}}]\n    Bird: {{}}\n    Fish: {{}}\n    Plain:\n      allOf: [{{$ref: '#/components/schemas/Bird'}}]\n"
        );
        assert_eq!(found(&doc), ["/components/schemas/Plain"]);
    }

    #[test]
    fn media_types_are_components_and_security_schemes_are_not() {
        let doc = "openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content: {application/json: {$ref: '#/components/mediaTypes/Used'}}\ncomponents:\n  mediaTypes:\n    Used: {schema: {type: string}}\n    Spare: {schema: {type: string}}\n  securitySchemes:\n    key: {type: apiKey, name: k, in: header}\n";
        assert_eq!(found(doc), ["/components/mediaTypes/Spare"]);
    }

    #[test]
    fn references_beside_a_3_1_ref_are_uses() {
        let doc = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\nwebhooks:\n  w:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/A'\n              allOf: [{$ref: '#/components/schemas/B'}]\n              properties: {c: {$ref: '#/components/schemas/C'}}\n      responses: {'200': {description: ok}}\ncomponents:\n  schemas:\n    A: {}\n    B: {}\n    C: {}\n    D: {}\n";
        assert_eq!(found(doc), ["/components/schemas/D"]);
    }
}
