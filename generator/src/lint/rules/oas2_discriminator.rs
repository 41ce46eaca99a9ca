use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS2, Rule, RuleMeta, Via, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// A Swagger 2.0 definition's `discriminator` names a property the definition does not declare in
    /// its own `properties`, or does not list in `required`.
    ///
    /// Swagger 2.0: "The property name used MUST be defined at this schema and it MUST be in the
    /// required property list." The discriminator's value tells which definition an instance is; when
    /// the property may be missing, or is not described, clients cannot tell the subtypes apart.
    ///
    /// Spectral's `oas2-discriminator`: each entry of `definitions` whose `discriminator` is a string
    /// (a `$ref` entry as the definition it leads to, reported once where that lives). The missing
    /// property is reported at `properties`, the missing requirement at `required` (at the definition
    /// when it has no such field). Properties an `allOf` member declares do not count, as in Spectral.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// definitions:
    ///   Pet:
    ///     type: object
    ///     discriminator: petType
    ///     properties: {name: {type: string}}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// definitions:
    ///   Pet:
    ///     type: object
    ///     discriminator: petType
    ///     required: [petType]
    ///     properties: {name: {type: string}, petType: {type: string}}
    /// ```
    pub static META = { id: "oas2-discriminator", severity: Error, versions: OAS2 };
}

#[derive(Default)]
pub struct Oas2Discriminator;

impl Rule for Oas2Discriminator {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Schema.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        if !matches!(v.via, Some(Via::Component(_))) {
            return;
        }
        let Some(name) = v.node.get("discriminator").and_then(Node::as_str) else {
            return;
        };
        let declared = v
            .node
            .get("properties")
            .and_then(Node::as_object)
            .is_some_and(|p| p.contains_key(name));
        if !declared {
            cx.report(
                &META,
                v.file,
                &at(v, "properties"),
                format!("the discriminator property `{name}` is not among this schema's `properties`"),
            )
            .help(format!("declare it here: `properties: {{{name}: {{type: string}}}}`"));
        }
        let required = v
            .node
            .get("required")
            .and_then(Node::as_array)
            .is_some_and(|r| r.iter().any(|n| n.as_str() == Some(name)));
        if !required {
            cx.report(
                &META,
                v.file,
                &at(v, "required"),
                format!("the discriminator property `{name}` is not `required`"),
            )
            .help(format!(
                "add `{name}` to `required`: every instance must say which definition it is"
            ));
        }
    }
}

/// The pointer of `field` of the visited schema, or of the schema when it has no such field.
fn at(v: &Visit<'_, '_>, field: &str) -> String {
    match v.node.get(field) {
        Some(_) => push(v.ptr, field),
        None => v.ptr.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::findings;

    fn found(text: &str) -> Vec<String> {
        findings(super::META.id, text).into_iter().map(|(p, _)| p).collect()
    }

    // Spectral's `oas2-discriminator.test.ts`.
    #[test]
    fn spectral_cases() {
        let valid = "swagger: '2.0'\ndefinitions:\n  Pet:\n    type: object\n    description: Schema with valid discriminator\n    discriminator: petType\n    properties: {name: {type: string}, petType: {type: string}}\n    required: [name, petType]\nPerson:\n  type: object\n  properties: {id: {type: integer}, name: {type: string}}\n";
        assert!(found(valid).is_empty(), "valid discriminator");
        let undefined = "swagger: '2.0'\ndefinitions:\n  Pet:\n    type: object\n    discriminator: petType\n    properties: {name: {type: string}}\n    required: [name, petType]\n";
        assert_eq!(found(undefined), ["/definitions/Pet/properties"], "discriminator property not defined");
        let optional = "swagger: '2.0'\ndefinitions:\n  Pet:\n    type: object\n    discriminator: petType\n    properties: {name: {type: string}, petType: {type: string}}\n    required: [name]\n";
        assert_eq!(found(optional), ["/definitions/Pet/required"], "discriminator property not required");
    }

    #[test]
    fn absent_fields_are_reported_at_the_definition_and_aliases_once() {
        let doc = "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\ndefinitions:\n  Alias: {$ref: '#/definitions/P'}\n  P: {discriminator: kind}\n  Q: {discriminator: 3}\n  R:\n    properties:\n      nested: {discriminator: kind}\n";
        assert_eq!(found(doc), ["/definitions/P", "/definitions/P"]);
    }

    #[test]
    fn messages_name_the_property() {
        let doc = "swagger: '2.0'\ndefinitions:\n  P: {discriminator: kind, properties: {}}\n";
        let messages: Vec<String> = super::super::testing::findings(super::META.id, doc)
            .into_iter()
            .map(|(_, m)| m)
            .collect();
        assert_eq!(
            messages,
            [
                "the discriminator property `kind` is not `required`",
                "the discriminator property `kind` is not among this schema's `properties`",
            ],
            "in document order: the first at the definition (it has no `required`)"
        );
    }
}
