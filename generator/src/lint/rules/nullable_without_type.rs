use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::pointer::push;

declare_rule! {
    /// `nullable: true` in a schema without `type`, whether or not it has `allOf`/`anyOf`/`oneOf`.
    ///
    /// OpenAPI 3.0.3 says `nullable: true` adds `null` to the values of the `type` given in the same
    /// Schema Object, and only then; the clarification it adopted (OAI proposal "Clarify Nullable",
    /// 2019) adds that it does not reach through `allOf`, `anyOf` or `oneOf`: beside a composition with
    /// no `type`, null must still pass every subschema, and a `$ref`'d object schema rejects it. Tools
    /// that follow the text reject `null` there, others accept it, so clients, validators and the
    /// generated `Option` disagree. Redocly's `nullable-type-sibling` reads it the same way; it also
    /// reports `nullable: false` (which changes nothing) and is an error in its `recommended` ruleset;
    /// here it is a warning, as the document is valid and only its meaning is in doubt.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// deletedAt:
    ///   nullable: true
    ///   format: date-time
    /// owner:
    ///   nullable: true
    ///   allOf: [{$ref: '#/components/schemas/User'}]
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// deletedAt:
    ///   type: string
    ///   nullable: true
    ///   format: date-time
    /// owner:
    ///   anyOf:
    ///     - $ref: '#/components/schemas/User'
    ///     - {type: object, nullable: true, enum: [null]}
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
        if !nullable || n.get("type").is_some() {
            return;
        }
        let composition = ["allOf", "anyOf", "oneOf"].into_iter().find(|k| n.get(k).is_some());
        let (message, help) = match composition {
            None => (
                "`nullable: true` has no effect without `type` in the same schema".to_owned(),
                "add the `type` of the non-null values (OpenAPI 3.0.3 reads `nullable` only together with `type`)"
                    .to_owned(),
            ),
            Some(k) => (
                format!("`nullable: true` beside `{k}` without `type` does not admit null: null must still pass the `{k}` schemas"),
                format!("add the `type` beside `nullable`, and let a `{k}` alternative admit null (e.g. `anyOf: [{{$ref: ...}}, {{type: object, nullable: true, enum: [null]}}]`)"),
            ),
        };
        cx.report_key(&META, v.file, &push(v.ptr, "nullable"), message).help(help);
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{Config, lint_spec_with};
    use crate::load::{LoadOptions, Spec};

    fn found(schemas: &str) -> Vec<String> {
        let text = format!("openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}");
        let spec = Spec::from_text("t.yaml", &text, &LoadOptions::default());
        lint_spec_with(spec, &Config::default())
            .findings
            .iter()
            .filter(|d| d.code == "nullable-without-type")
            .map(|d| d.location.as_ref().unwrap().pointer.clone())
            .collect()
    }

    #[test]
    fn nullable_needs_a_type_beside_it_even_with_composition() {
        let schemas = "    U: {type: object}\n    A: {nullable: true}\n    B: {nullable: true, allOf: [{$ref: '#/components/schemas/U'}]}\n    C: {nullable: true, anyOf: [{type: string}]}\n    D: {type: object, nullable: true, allOf: [{$ref: '#/components/schemas/U'}]}\n    E: {type: string, nullable: true}\n    F: {nullable: false}\n";
        assert_eq!(
            found(schemas),
            [
                "/components/schemas/A/nullable",
                "/components/schemas/B/nullable",
                "/components/schemas/C/nullable"
            ]
        );
    }
}
