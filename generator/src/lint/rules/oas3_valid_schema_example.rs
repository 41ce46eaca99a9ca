use super::examples::{Site, schema_sites};
use super::helpers::check_value;
use crate::declare_rule;
use crate::lint::rule::{Cx, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};
use crate::load::pointer::push;

declare_rule! {
    /// A schema's `example` or `default` does not match the schema itself.
    ///
    /// Documentation shows the example, mock servers return it, and the generator uses `default` as the
    /// field's default value: a value the schema rejects is wrong in all three. `nullable: true` admits
    /// `null`; `pattern` is an unanchored ECMA-262 search. In OpenAPI 3.1 each item of a schema's `examples`
    /// list is checked too, with 3.1's reading of the schema (`type: [string, "null"]`, `const`, ...).
    /// A schema's own example has no direction: `required` `readOnly`/`writeOnly` properties are
    /// required in it.
    ///
    /// One finding per value, as Spectral reports it: at the mismatch, or, when there are several, at
    /// the value, each mismatch noted where it is. Redocly's `no-invalid-schema-examples` reports each
    /// mismatch apart, and also properties the schema does not list (here
    /// `example-unlisted-property`).
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
        let mut sites = schema_sites(v, false, cx.oas31);
        if let Some(value) = v.node.get("default") {
            sites.push(Site {
                file: v.file,
                ptr: push(v.ptr, "default"),
                value,
                schema: v.node,
                direction: None,
                what: "the default".to_owned(),
            });
        }
        for site in sites {
            check_value(cx, &META, &site);
        }
    }
}
