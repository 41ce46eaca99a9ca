use super::examples::swagger2_example_is_data;
use super::helpers::{Swagger2Value, check_swagger2_values};
use crate::lint::instance::Direction;
use crate::declare_rule;
use crate::lint::rule::{Cx, Kind, OAS2, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// One of a Swagger 2.0 response's JSON `examples` does not match the response's `schema`.
    ///
    /// These examples are what documentation shows and what mock servers and contract tests send; one
    /// the schema rejects misleads every client. Each JSON media type's example, and another media
    /// type's written as data rather than as its text, is checked against the schema as the generated
    /// code reads it (`x-nullable: true` admits `null`, `pattern` is an unanchored ECMA-262 search).
    /// A response never carries a `writeOnly` property, so one that is `required` may be left out.
    /// One finding per example, at the mismatch (or, when there are several, at the example, with each
    /// mismatch noted where it is), as Spectral's `oas2-valid-media-example` reports it.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// responses:
    ///   '200':
    ///     description: The pet.
    ///     schema:
    ///       type: object
    ///       properties: {id: {type: integer}}
    ///     examples:
    ///       application/json: {id: "42"}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// responses:
    ///   '200':
    ///     description: The pet.
    ///     schema:
    ///       type: object
    ///       properties: {id: {type: integer}}
    ///     examples:
    ///       application/json: {id: 42}
    /// ```
    pub static META = { id: "oas2-valid-media-example", severity: Error, versions: OAS2 };
}

/// Values are checked once the walk is done, against the document's 3.0 form.
#[derive(Default)]
pub struct Oas2ValidMediaExample {
    values: Vec<Swagger2Value>,
}

impl Rule for Oas2ValidMediaExample {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Response.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, _cx: &mut Cx<'a>) {
        if v.node.get("schema").is_none() {
            return;
        }
        let Some(examples) = v.node.get("examples").and_then(Node::as_object) else {
            return;
        };
        let at = push(v.ptr, "examples");
        // Other media types' examples are usually their serialized text, not the schema's JSON form.
        for (media_type, _) in examples.iter().filter(|(m, e)| swagger2_example_is_data(m, &e.node)) {
            self.values.push(Swagger2Value {
                file: v.file,
                schema: push(v.ptr, "schema"),
                parameter: false,
                value: push(&at, media_type),
                what: "the example",
                direction: Some(Direction::Response),
            });
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
    fn data_examples_of_any_media_type_and_write_only_in_responses() {
        let doc = r#"swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    get:
      produces: [application/json, application/yaml, text/plain]
      responses:
        '200':
          description: ok
          schema:
            type: object
            required: [name, secret]
            properties:
              name: {type: string}
              secret: {type: string, writeOnly: true}
          examples:
            application/json: {name: Rex}
            application/yaml: {name: 2}
            text/plain: "name: Rex"
"#;
        // The JSON example may leave out the required `writeOnly` property; the YAML one is data
        // (not text) and is checked; the plain text one is the body's text.
        assert_eq!(
            findings_of(doc, "oas2-valid-media-example"),
            ["/paths/~1a/get/responses/200/examples/application~1yaml/name"]
        );
    }
}
