use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::pointer::push;

declare_rule! {
    /// `nullable: true` in a schema without `type` (and without `allOf`/`anyOf`/`oneOf`).
    ///
    /// OpenAPI 3.0.3 says `nullable` only takes effect together with `type` in the same schema object;
    /// tools that follow it treat the schema as not nullable, others as nullable, so clients and the
    /// generated `Option` disagree. Composition (`anyOf: [...]` with `nullable: true`) is left alone: it is
    /// widespread and read as nullable by every generator.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// deletedAt:
    ///   nullable: true
    ///   format: date-time
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// deletedAt:
    ///   type: string
    ///   nullable: true
    ///   format: date-time
    /// ```
    pub static META = { id: "nullable-without-type", severity: Warning, aliases: ["nullable-type-sibling"] };
}

#[derive(Default)]
pub struct NullableWithoutType;

impl Rule for NullableWithoutType {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Schema.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let n = v.node;
        let nullable = n
            .get("nullable")
            .is_some_and(|b| b.value == crate::load::Value::Bool(true));
        if nullable && ["type", "allOf", "anyOf", "oneOf"].iter().all(|k| n.get(k).is_none()) {
            cx.report_key(
                &META,
                v.file,
                &push(v.ptr, "nullable"),
                "`nullable: true` has no effect without `type` in the same schema",
            )
            .help("add the `type` of the non-null values (OpenAPI 3.0.3 reads `nullable` only together with `type`)");
        }
    }
}
