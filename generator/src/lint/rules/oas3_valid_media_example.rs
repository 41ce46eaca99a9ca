use super::helpers::check_value;
use crate::declare_rule;
use crate::lint::rule::{Cx, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// An `example` or one of the `examples` of a media type, parameter or header does not match its
    /// schema.
    ///
    /// These examples are what documentation shows and what mock servers and contract tests send; one
    /// the schema rejects misleads every client. `nullable: true` admits `null`; `pattern` is an
    /// unanchored ECMA-262 search. The finding points at the offending part of the value (inside a
    /// referenced Example Object, if that is where it is).
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
        let Some(schema) = v.node.get("schema") else { return };
        if let Some(example) = v.node.get("example") {
            check_value(
                cx,
                &META,
                v.file,
                &push(v.ptr, "example"),
                example,
                schema,
                "the example",
            );
        }
        let Some(examples) = v.node.get("examples").and_then(Node::as_object) else {
            return;
        };
        let examples_ptr = push(v.ptr, "examples");
        for (name, e) in examples {
            let ptr = push(&examples_ptr, name);
            let Some(r) = cx.resolve(v.file, &ptr, &e.node) else {
                continue;
            };
            let Some(value) = r.node.get("value") else { continue };
            let value_ptr = push(r.ptr.as_str(), "value");
            check_value(
                cx,
                &META,
                r.file,
                &value_ptr,
                value,
                schema,
                &format!("example `{name}`"),
            );
        }
    }
}
