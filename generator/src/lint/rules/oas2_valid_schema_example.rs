use super::helpers::{Swagger2Value, check_swagger2_values};
use crate::declare_rule;
use crate::lint::rule::{Cx, Kind, OAS2, Rule, RuleMeta, Visit};
use crate::load::pointer::push;

declare_rule! {
    /// A Swagger 2.0 schema's `example` or `default`, or a parameter's or header's `default`, does not
    /// match its schema.
    ///
    /// Documentation shows the example, mock servers return it, and the generator uses `default` as the
    /// field's default value: a value the schema rejects is wrong in all three. The value is checked
    /// against the schema as the generated code reads it: `x-nullable: true` admits `null`, `pattern`
    /// is an unanchored ECMA-262 search. The finding points at the offending part of the value.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// definitions:
    ///   Offering:
    ///     properties:
    ///       orderIndex: {type: string, example: 0}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// definitions:
    ///   Offering:
    ///     properties:
    ///       orderIndex: {type: integer, example: 0}
    /// ```
    pub static META = { id: "oas2-valid-schema-example", severity: Error, versions: OAS2 };
}

/// Values are checked once the walk is done, against the document's 3.0 form.
#[derive(Default)]
pub struct Oas2ValidSchemaExample {
    values: Vec<Swagger2Value>,
}

impl Rule for Oas2ValidSchemaExample {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Schema.bit() | Kind::Parameter.bit() | Kind::Header.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, _cx: &mut Cx<'a>) {
        let keys: &[&str] = match v.kind {
            Kind::Schema => &["example", "default"],
            // A body parameter's value is its `schema`'s, which is visited as a schema.
            _ if v.node.get("in").and_then(|n| n.as_str()) == Some("body") => &[],
            _ => &["default"],
        };
        for key in keys {
            if v.node.get(key).is_some() {
                self.values.push(Swagger2Value {
                    file: v.file,
                    schema: v.ptr.to_owned(),
                    parameter: v.kind != Kind::Schema,
                    value: push(v.ptr, key),
                    what: if *key == "example" { "the example" } else { "the default" },
                });
            }
        }
    }

    fn finish(&mut self, cx: &mut Cx<'_>) {
        check_swagger2_values(cx, &META, &self.values);
    }
}
