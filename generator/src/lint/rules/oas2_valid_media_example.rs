use super::helpers::{Swagger2Value, check_swagger2_values};
use crate::declare_rule;
use crate::lint::rule::{Cx, Kind, OAS2, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// One of a Swagger 2.0 response's JSON `examples` does not match the response's `schema`.
    ///
    /// These examples are what documentation shows and what mock servers and contract tests send; one
    /// the schema rejects misleads every client. Each JSON media type's example (other media types'
    /// examples are their text, not JSON) is checked against the schema as the generated code reads it (`x-nullable: true` admits `null`, `pattern` is an
    /// unanchored ECMA-262 search); the finding points at the offending part of the value.
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
        // Other media types' examples are their serialized text, not the schema's JSON form.
        for media_type in examples.keys().filter(|m| is_json(m)) {
            self.values.push(Swagger2Value {
                file: v.file,
                schema: push(v.ptr, "schema"),
                parameter: false,
                value: push(&at, media_type),
                what: "the example",
            });
        }
    }

    fn finish(&mut self, cx: &mut Cx<'_>) {
        check_swagger2_values(cx, &META, &self.values);
    }
}

fn is_json(media_type: &str) -> bool {
    let base = media_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    base == "application/json" || base.ends_with("+json")
}
