use super::helpers::check_value;
use crate::declare_rule;
use crate::lint::rule::{Cx, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// A schema's `example` or `default` does not match the schema itself.
    ///
    /// Documentation shows the example, mock servers return it, and the generator uses `default` as the
    /// field's default value: a value the schema rejects is wrong in all three. `nullable: true` admits
    /// `null`; `pattern` is an unanchored ECMA-262 search. In OpenAPI 3.1 each item of a schema's `examples`
    /// list is checked too, with 3.1's reading of the schema (`type: [string, "null"]`, `const`, ...). The
    /// finding points at the offending part of the value.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// orderIndex:
    ///   type: string
    ///   example: 0
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// orderIndex:
    ///   type: integer
    ///   example: 0
    /// ```
    pub static META = { id: "oas3-valid-schema-example", severity: Error, aliases: ["no-invalid-schema-examples"], versions: OAS30 | OAS31 };
}

#[derive(Default)]
pub struct Oas3ValidSchemaExample;

impl Rule for Oas3ValidSchemaExample {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Schema.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        for key in ["example", "default"] {
            if let Some(value) = v.node.get(key) {
                let what = if key == "example" { "the example" } else { "the default" };
                check_value(cx, &META, v.file, &push(v.ptr, key), value, v.node, what);
            }
        }
        if cx.oas31
            && let Some(examples) = v.node.get("examples").and_then(Node::as_array)
        {
            let list = push(v.ptr, "examples");
            for (i, value) in examples.iter().enumerate() {
                let what = format!("example {i}");
                check_value(cx, &META, v.file, &push(&list, &i.to_string()), value, v.node, &what);
            }
        }
    }
}
