use super::helpers::{Swagger2Value, check_swagger2_values};
use crate::declare_rule;
use crate::lint::rule::{Cx, Kind, OAS2, Rule, RuleMeta, Visit};
use crate::load::pointer::push;

declare_rule! {
    /// A Swagger 2.0 schema's, parameter's or header's `example`, `x-example` or `default` does not
    /// match its schema.
    ///
    /// Documentation shows the example, mock servers return it, and the generator uses `default` as the
    /// field's default value: a value the schema rejects is wrong in all three. The value is checked
    /// against the schema as the generated code reads it: `x-nullable: true` admits `null`, `pattern`
    /// is an unanchored ECMA-262 search. `x-example`, the extension 2.0 tools use where the format has
    /// no `example` (a query parameter), is checked like `example`, as Spectral's
    /// `oas2-valid-schema-example` does. One finding per value, at the mismatch (or, when there are
    /// several, at the value, with each mismatch noted where it is).
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
            // A body parameter's value is its `schema`'s, which is visited as a schema.
            Kind::Parameter if v.node.get("in").and_then(|n| n.as_str()) == Some("body") => &[],
            // `x-example` is the usual 2.0 extension for an example where the format has none.
            _ => &["example", "x-example", "default"],
        };
        for key in keys {
            if v.node.get(key).is_some() {
                self.values.push(Swagger2Value {
                    file: v.file,
                    schema: v.ptr.to_owned(),
                    parameter: v.kind != Kind::Schema,
                    value: push(v.ptr, key),
                    what: match *key {
                        "example" => "the example",
                        "x-example" => "the `x-example`",
                        _ => "the default",
                    },
                    direction: None,
                });
            }
        }
    }

    fn finish(&mut self, cx: &mut Cx<'_>) {
        check_swagger2_values(cx, &META, &self.values);
    }
}

#[cfg(test)]
mod tests {
    use super::super::examples::findings_of;

    #[test]
    fn x_example_is_checked_wherever_example_is() {
        let doc = r#"swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters:
        - {name: limit, in: query, type: integer, x-example: ten}
        - {name: sort, in: query, type: string, enum: [asc, desc], x-example: asc}
      responses: {'200': {description: ok}}
definitions:
  Name: {type: string, example: Rex, x-example: 2}
  Size: {enum: [s, m], x-example: null}
  Pet:
    type: object
    required: [url]
    properties: {url: {type: string}, width: {type: integer}}
    example: {url2: a, width: coffee}
"#;
        assert_eq!(
            findings_of(doc, "oas2-valid-schema-example"),
            [
                "/paths/~1a/get/parameters/0/x-example",
                "/definitions/Name/x-example",
                "/definitions/Size/x-example",
                // One finding for the example, its two mismatches noted in it.
                "/definitions/Pet/example",
            ]
        );
    }
}
