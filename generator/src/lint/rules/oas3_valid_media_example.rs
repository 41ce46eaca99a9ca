use super::examples::media_sites;
use super::helpers::check_value;
use crate::declare_rule;
use crate::lint::rule::{Cx, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};

declare_rule! {
    /// An `example` or one of the `examples` of a media type, parameter or header does not match its
    /// schema.
    ///
    /// These examples are what documentation shows and what mock servers and contract tests send; one
    /// the schema rejects misleads every client. `nullable: true` admits `null`; `pattern` is an
    /// unanchored ECMA-262 search. An Example Object's value is its `value` (OpenAPI 3.2's
    /// `dataValue` when it has one). A request never carries a `readOnly` property and a response
    /// never a `writeOnly` one, so a `required` property of that kind may be left out of a request
    /// body's or parameter's example (`readOnly`) or a response's (`writeOnly`); the direction is where
    /// the example is, whichever schema it uses (`example-readonly-writeonly` reports one that is
    /// present).
    ///
    /// One finding per example, as Spectral reports it: at the mismatch, or, when there are several,
    /// at the example, with the first few in the message and each one as a note at the part of the
    /// value it is about (inside a referenced Example Object, if that is where it is). Redocly's
    /// `no-invalid-media-type-examples` and `no-invalid-parameter-examples` report each mismatch
    /// apart, and also properties the schema does not list (here `example-unlisted-property`) and
    /// `readOnly`/`writeOnly` ones in the wrong direction (`example-readonly-writeonly`).
    ///
    /// Bad:
    ///
    /// ```yaml
    /// content:
    ///   application/json:
    ///     schema:
    ///       type: object
    ///       properties: {id: {type: integer}}
    ///     example: {id: "42"}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// content:
    ///   application/json:
    ///     schema:
    ///       type: object
    ///       properties: {id: {type: integer}}
    ///     example: {id: 42}
    /// ```
    pub static META = {
        id: "oas3-valid-media-example",
        severity: Error,
        aliases: ["no-invalid-media-type-examples", "no-invalid-parameter-examples"],
        versions: OAS30 | OAS31,
    };
}

#[derive(Default)]
pub struct Oas3ValidMediaExample;

impl Rule for Oas3ValidMediaExample {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::MediaType.bit() | Kind::Parameter.bit() | Kind::Header.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        for site in media_sites(v, cx) {
            check_value(cx, &META, &site);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::examples::{findings_of, findings_with_messages};
    use crate::load::{LoadOptions, Spec};

    const DOC: &str = r#"openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [id, url]
              properties:
                id: {type: integer, readOnly: true}
                url: {type: string}
                width: {type: integer}
            example: {url2: a.png, width: coffee}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [id, password]
                properties:
                  id: {type: integer}
                  password: {type: string, writeOnly: true}
              examples:
                one: {value: {id: x}}
"#;

    #[test]
    fn one_finding_per_example_with_each_mismatch_noted_where_it_is() {
        let spec = Spec::from_text("t.yaml", DOC.to_owned(), &LoadOptions::default());
        let linted = crate::lint::lint_spec(spec);
        let found: Vec<_> = linted
            .findings
            .iter()
            .filter(|d| d.code == "oas3-valid-media-example")
            .collect();
        assert_eq!(found.len(), 2, "{found:#?}");
        let request = found[0];
        let location = request.location.as_ref().unwrap();
        assert_eq!(location.pointer, "/paths/~1a/post/requestBody/content/application~1json/example");
        assert!(
            request.message.contains("in 2 places") && request.message.contains("`url`"),
            "{}",
            request.message
        );
        let notes: Vec<&str> = request.related.iter().map(|(l, _)| l.pointer.as_str()).collect();
        assert_eq!(
            notes,
            [
                "/paths/~1a/post/requestBody/content/application~1json/example",
                "/paths/~1a/post/requestBody/content/application~1json/example/width",
            ]
        );
        // A single mismatch is reported where it is; the required `writeOnly` `password` may be
        // missing from a response, as the required `readOnly` `id` from the request.
        let response = &found[1];
        assert_eq!(
            response.location.as_ref().unwrap().pointer,
            "/paths/~1a/post/responses/200/content/application~1json/examples/one/value/id"
        );
        assert!(response.related.is_empty());
    }

    #[test]
    fn openapi_3_2_data_value_is_the_example() {
        let doc = r#"openapi: 3.2.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters:
        - name: on
          in: query
          schema: {type: boolean}
          examples:
            bad: {dataValue: "true", serializedValue: "true"}
            good: {dataValue: true, serializedValue: "true"}
      responses: {'204': {description: none}}
"#;
        assert_eq!(
            findings_of(doc, "oas3-valid-media-example"),
            ["/paths/~1a/get/parameters/0/examples/bad/dataValue"]
        );
        assert!(findings_with_messages(doc, "oas3-valid-media-example")[0].1.contains("example `bad`"));
    }
}
