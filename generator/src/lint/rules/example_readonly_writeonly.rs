use super::examples::all_sites;
use crate::declare_rule;
use crate::lint::instance::{Direction, PropertyFact, property_notes};
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, OAS2, Rule, RuleMeta, Visit};

declare_rule! {
    /// A request's example has a `readOnly` property, or a response's example a `writeOnly` one.
    ///
    /// `readOnly` says a property is only ever sent by the server (an `id`, a creation time) and
    /// `writeOnly` that it is only ever sent by the client (a password): an example showing a client
    /// sending the one or a server returning the other documents an exchange that does not happen.
    /// The direction is where the example is: a request body's or a parameter's example is a request,
    /// a response's (or its header's) a response, whichever schema it is checked against (a schema
    /// used both ways is read each way). A schema's own `example` has no direction and is not
    /// checked. One finding per property, at its key.
    ///
    /// This is the part of Redocly's `no-invalid-media-type-examples` and
    /// `no-invalid-parameter-examples` that reads `readOnly`/`writeOnly`; Spectral does not report it
    /// (both, and specgen's `oas3-valid-media-example`, let such a property be left out even when it
    /// is `required`). A warning, as in Redocly's `recommended`.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// requestBody:
    ///   content:
    ///     application/json:
    ///       schema:
    ///         type: object
    ///         properties:
    ///           id: {type: integer, readOnly: true}
    ///           name: {type: string}
    ///       example: {id: 7, name: Rex}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// requestBody:
    ///   content:
    ///     application/json:
    ///       schema:
    ///         type: object
    ///         properties:
    ///           id: {type: integer, readOnly: true}
    ///           name: {type: string}
    ///       example: {name: Rex}
    /// ```
    pub static META = { id: "example-readonly-writeonly", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct ExampleReadonlyWriteonly;

impl Rule for ExampleReadonlyWriteonly {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::MediaType.bit() | Kind::Parameter.bit() | Kind::Header.bit() | Kind::Response.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let swagger2 = crate::lint::version_of(cx.spec) == Some(OAS2);
        for site in all_sites(v, cx, swagger2) {
            let Some(direction) = site.direction else { continue };
            for note in property_notes(&cx.refs, site.schema, site.value, Some(direction)) {
                if !matches!(note.fact, PropertyFact::Excluded(_)) {
                    continue;
                }
                let (keyword, whose, who) = match direction {
                    Direction::Request => ("readOnly", "a request", "a client never sends it"),
                    Direction::Response => ("writeOnly", "a response", "a server never returns it"),
                };
                let ptr = format!("{}{}", site.ptr, note.at);
                cx.report_key(
                    &META,
                    site.file,
                    &ptr,
                    format!(
                        "{} of {whose} has the `{keyword}` property `{}`: {who}",
                        site.what, note.name
                    ),
                )
                .help(format!(
                    "remove `{}` from the example, or drop `{keyword}: true` from the property if it does travel this way",
                    note.name
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::examples::findings_of;

    const DOC: &str = r#"openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Pet'}
            examples:
              bad: {value: {id: 1, name: Rex, password: x}}
              good: {value: {name: Rex, password: x}}
      parameters:
        - name: filter
          in: query
          schema: {$ref: '#/components/schemas/Pet'}
          example: {id: 2, name: Rex, password: x}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
              example: {id: 1, name: Rex, password: x, owner: {secret: s}}
components:
  schemas:
    Pet:
      type: object
      required: [id, name, password]
      properties:
        id: {type: integer, readOnly: true}
        name: {type: string}
        password: {type: string, writeOnly: true}
        owner: {type: object, properties: {secret: {type: string, writeOnly: true}}}
      example: {id: 1, name: Rex, password: x}
"#;

    #[test]
    fn the_direction_comes_from_where_the_example_is() {
        assert_eq!(
            findings_of(DOC, "example-readonly-writeonly"),
            [
                "/paths/~1pets/post/requestBody/content/application~1json/examples/bad/value/id",
                "/paths/~1pets/post/parameters/0/example/id",
                "/paths/~1pets/post/responses/200/content/application~1json/example/password",
                "/paths/~1pets/post/responses/200/content/application~1json/example/owner/secret",
            ]
        );
    }

    #[test]
    fn a_required_property_the_direction_excludes_may_be_left_out() {
        // The `good` request example lacks the required `readOnly` `id`: not a mismatch.
        assert!(findings_of(DOC, "oas3-valid-media-example").is_empty());
    }
}
