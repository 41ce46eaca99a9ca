use super::examples::all_sites;
use crate::declare_rule;
use crate::lint::instance::{PropertyFact, list_names, property_notes};
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, OAS2, Rule, RuleMeta, Visit};

declare_rule! {
    /// An example has a property its schema does not list, and the schema does not say whether others
    /// are allowed (no `additionalProperties`).
    ///
    /// OpenAPI lets such an object have other properties (`additionalProperties` defaults to true), so
    /// the example is valid; but an example is documentation, and a property the schema does not name
    /// is usually a typo, a renamed field or one the schema forgot: code generated from the schema has
    /// no field for it. Write the property into `properties`, drop it from the
    /// example, or say that others are expected with `additionalProperties`. Only schemas that list
    /// `properties` of their own are read this way (a free-form `type: object` lists nothing); names
    /// listed by their `allOf`/`anyOf`/`oneOf` members count as listed, and below a property only an
    /// `anyOf`/`oneOf` member names nothing is reported (which member applies is
    /// `oas3-valid-media-example`'s question), as Redocly reads them. Media type, parameter, header
    /// and schema examples (a schema's `examples` list too, in any version, as Redocly reads it;
    /// Swagger 2.0: schema `example`/`x-example` and response `examples`) are checked; one finding per
    /// property, at its key.
    ///
    /// This is the part of Redocly's `no-invalid-media-type-examples`, `no-invalid-parameter-examples`
    /// and `no-invalid-schema-examples` that their `allowAdditionalProperties: false` (the default, and
    /// what `recommended` sets) adds; Spectral does not report it. A warning, as in Redocly's
    /// `recommended`, rather than an error: the document is valid, and the example merely disagrees
    /// with what the schema documents.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// schema:
    ///   type: object
    ///   properties: {name: {type: string}}
    /// example: {name: Rex, colour: brown}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// schema:
    ///   type: object
    ///   properties: {name: {type: string}, colour: {type: string}}
    /// example: {name: Rex, colour: brown}
    /// ```
    pub static META = { id: "example-unlisted-property", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct ExampleUnlistedProperty;

impl Rule for ExampleUnlistedProperty {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Schema.bit() | Kind::MediaType.bit() | Kind::Parameter.bit() | Kind::Header.bit() | Kind::Response.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let swagger2 = crate::lint::version_of(cx.spec) == Some(OAS2);
        for site in all_sites(v, cx, swagger2) {
            for note in property_notes(&cx.refs, site.schema, site.value, None) {
                let PropertyFact::Unlisted(listed) = note.fact else { continue };
                let names: Vec<&str> = listed.iter().map(String::as_str).collect();
                let lists = if names.is_empty() { "no properties".to_owned() } else { list_names(&names) };
                let ptr = format!("{}{}", site.ptr, note.at);
                cx.report_key(
                    &META,
                    site.file,
                    &ptr,
                    format!(
                        "{} has property `{}`, which its schema does not list (it lists {})",
                        site.what,
                        note.name,
                        lists
                    ),
                )
                .help(format!(
                    "add `{}` to the schema's `properties`, remove it from the example, or allow other properties with `additionalProperties`",
                    note.name
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::examples::findings_of;

    #[test]
    fn reports_each_unlisted_property_where_properties_are_listed() {
        let doc = r#"openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  name: {type: string}
                  free: {type: object}
                  tags: {type: array, items: {type: object, properties: {k: {type: string}}}}
                  open: {type: object, properties: {a: {}}, additionalProperties: true}
                  both: {allOf: [{properties: {x: {}}}, {properties: {y: {}}}]}
                  either:
                    type: object
                    properties: {kind: {type: string}}
                    oneOf:
                      - {properties: {a: {type: object, properties: {b: {}}}}}
                      - {properties: {c: {}}}
              example:
                name: Rex
                colour: brown
                free: {anything: 1}
                tags: [{k: a, v: b}]
                open: {a: 1, b: 2}
                both: {x: 1, y: 2}
                either: {kind: k, a: {b: 1, z: 2}, d: 3}
"#;
        let found = findings_of(doc, "example-unlisted-property");
        assert_eq!(
            found,
            [
                "/paths/~1a/get/responses/200/content/application~1json/example/colour",
                "/paths/~1a/get/responses/200/content/application~1json/example/tags/0/v",
                "/paths/~1a/get/responses/200/content/application~1json/example/either/d",
            ]
        );
    }

    #[test]
    fn a_listed_property_through_all_of_or_a_ref_is_listed() {
        let doc = r#"openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Base: {type: object, properties: {id: {type: integer}}}
    Pet:
      allOf: [{$ref: '#/components/schemas/Base'}]
      properties: {name: {type: string}}
      example: {id: 1, name: Rex}
    Bad:
      $ref: '#/components/schemas/Base'
    Holder:
      type: object
      properties: {b: {$ref: '#/components/schemas/Base'}}
      allOf: [{properties: {c: {type: object, properties: {d: {}}}}}]
      example: {b: {id: 1, extra: 2}, c: {d: 1, e: 2}}
"#;
        assert_eq!(
            findings_of(doc, "example-unlisted-property"),
            [
                "/components/schemas/Holder/example/b/extra",
                "/components/schemas/Holder/example/c/e"
            ]
        );
    }

    #[test]
    fn swagger_2_x_example_is_read() {
        let doc = r#"swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
definitions:
  Pet:
    type: object
    properties: {name: {type: string}}
    x-example: {name: Rex, age: 3}
"#;
        assert_eq!(
            findings_of(doc, "example-unlisted-property"),
            ["/definitions/Pet/x-example/age"]
        );
    }
}
