use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS31, Rule, RuleMeta, Visit};
use crate::load::{Node, Value};
use crate::load::pointer::push;
use crate::ruleset::rule::Format;

declare_rule! {
    /// An OpenAPI 3.2 schema's `xml` says `attribute: true`, which 3.2 deprecates.
    ///
    /// OpenAPI 3.2 replaces `xml.attribute` with `xml.nodeType: attribute` (which also says what else a
    /// value may be: an element, text, CDATA or nothing). Tools written for 3.2 may drop the old field.
    ///
    /// Spectral's `oas3_2-no-deprecated-xml-attribute`, on 3.2 documents only (in 3.0 and 3.1
    /// `attribute` is the way to say it): every schema's `xml`, wherever `$ref`s lead, reported at
    /// `xml`. `attribute: false` is the default and is not reported. Spectral looks at any `xml` key
    /// in the document, also in examples and extensions (data, not schemas).
    ///
    /// Bad:
    ///
    /// ```yaml
    /// properties:
    ///   id:
    ///     type: integer
    ///     xml: {attribute: true}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// properties:
    ///   id:
    ///     type: integer
    ///     xml: {nodeType: attribute}
    /// ```
    pub static META = { id: "oas3_2-no-deprecated-xml-attribute", severity: Warning, versions: OAS31 };
}

#[derive(Default)]
pub struct Oas32NoDeprecatedXmlAttribute;

impl Rule for Oas32NoDeprecatedXmlAttribute {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Schema.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        // The linter reads 3.2 as 3.1; only 3.2 deprecates the field.
        if !cx.spec.version().is_some_and(|version| Format::Oas3_2.matches(version)) {
            return;
        }
        let Some(xml) = v.node.get("xml") else { return };
        if !matches!(xml.get("attribute").map(|a| &a.value), Some(Value::Bool(true))) {
            return;
        }
        let node_type = xml.get("nodeType").and_then(Node::as_str);
        let help = match node_type {
            Some("attribute") => "remove `attribute: true`: `nodeType: attribute` already says it".to_owned(),
            Some(other) => format!("remove `attribute: true` (it contradicts `nodeType: {other}`), or write `nodeType: attribute`"),
            None => "write `nodeType: attribute` instead of `attribute: true`".to_owned(),
        };
        cx.report(
            &META,
            v.file,
            &push(v.ptr, "xml"),
            "`xml.attribute` is deprecated in OpenAPI 3.2",
        )
        .help(help);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::findings;

    fn found(version: &str, xml: &str) -> Vec<(String, String)> {
        let doc = format!(
            "openapi: {version}\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        id: {{type: integer, xml: {xml}}}\n      example: {{xml: {{attribute: true}}}}\n"
        );
        findings(super::META.id, &doc)
    }

    // Spectral's `oas3_2-no-deprecated-xml-attribute.test.ts`.
    #[test]
    fn spectral_cases() {
        let pointers = |text: &str| super::super::testing::pointers(super::META.id, text);
        let model = |version: &str, xml: &str| {
            format!(
                "openapi: {version}\ninfo: {{title: Test, version: 0.1.0}}\npaths: {{}}\ncomponents:\n  schemas:\n    MyModel:\n      type: object\n      properties:\n        id: {{type: string, xml: {xml}}}\n"
            )
        };
        assert!(pointers(&model("3.2.0", "{nodeType: attribute}")).is_empty(), "xml.nodeType used instead");
        let no_attribute = "openapi: 3.2.0\ninfo: {title: Test, version: 0.1.0}\npaths: {}\ncomponents:\n  schemas:\n    MyModel: {type: object, xml: {name: MyModel}}\n";
        assert!(pointers(no_attribute).is_empty(), "xml without attribute field");
        assert!(pointers(&model("3.2.0", "{attribute: false}")).is_empty(), "xml.attribute: false");
        assert_eq!(
            pointers(&model("3.2.0", "{attribute: true}")),
            ["/components/schemas/MyModel/properties/id/xml"],
            "xml.attribute: true used in a schema property"
        );
        let response = "openapi: 3.2.0\ninfo: {title: Test, version: 0.1.0}\npaths:\n  /items:\n    get:\n      responses:\n        '200':\n          content:\n            application/xml:\n              schema:\n                type: object\n                properties:\n                  name: {type: string, xml: {attribute: true}}\n";
        assert_eq!(
            pointers(response),
            ["/paths/~1items/get/responses/200/content/application~1xml/schema/properties/name/xml"],
            "xml.attribute: true in a response schema"
        );
        assert!(pointers(&model("3.1.0", "{attribute: true}")).is_empty(), "an OpenAPI 3.1 document");
    }

    #[test]
    fn attribute_true_in_3_2_only() {
        let at = "/components/schemas/Pet/properties/id/xml".to_owned();
        let message = "`xml.attribute` is deprecated in OpenAPI 3.2".to_owned();
        assert_eq!(found("3.2.0", "{attribute: true}"), [(at.clone(), message.clone())]);
        assert_eq!(found("3.2.0", "{attribute: true, nodeType: attribute}"), [(at, message)]);
        assert!(found("3.2.0", "{attribute: false}").is_empty());
        assert!(found("3.2.0", "{nodeType: attribute}").is_empty());
        assert!(found("3.2.0", "true").is_empty());
        assert!(found("3.1.1", "{attribute: true}").is_empty(), "not deprecated before 3.2");
        assert!(found("3.0.3", "{attribute: true}").is_empty());
    }
}
