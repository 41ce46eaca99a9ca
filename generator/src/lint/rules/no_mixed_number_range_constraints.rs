use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};
use crate::load::pointer::push;
use crate::load::{Node, Value};

declare_rule! {
    /// A schema has both `minimum` and a numeric `exclusiveMinimum` (or `maximum` and a numeric
    /// `exclusiveMaximum`).
    ///
    /// In OpenAPI 3.1 (JSON Schema 2020-12) the exclusive bounds are numbers of their own, and both
    /// bounds apply: only the stricter one matters, and a reader has to work out which. Often it is a
    /// 3.0 habit (`exclusiveMinimum: true` beside `minimum`) converted by hand into two numbers. In 3.0
    /// the exclusive bounds are booleans that modify `minimum`/`maximum`, which this rule accepts.
    ///
    /// Corresponds to Redocly's `no-mixed-number-range-constraints` (on in `recommended` as a warning;
    /// reported at the exclusive bound). Spectral has no such rule.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// type: number
    /// minimum: 0
    /// exclusiveMinimum: 0
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// type: number
    /// exclusiveMinimum: 0
    /// ```
    pub static META = {
        id: "no-mixed-number-range-constraints",
        severity: Warning,
        versions: OAS30 | OAS31,
    };
}

#[derive(Default)]
pub struct NoMixedNumberRangeConstraints;

impl Rule for NoMixedNumberRangeConstraints {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Schema.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        for (bound, exclusive) in [("maximum", "exclusiveMaximum"), ("minimum", "exclusiveMinimum")] {
            let number = |key| matches!(v.node.get(key).map(|n: &Node| &n.value), Some(Value::Number(_)));
            if number(bound) && number(exclusive) {
                cx.report_key(
                    &META,
                    v.file,
                    &push(v.ptr, exclusive),
                    format!("the schema has both `{bound}` and `{exclusive}`"),
                )
                .help(format!("keep the one bound that applies: `{exclusive}` for an exclusive bound, `{bound}` for an inclusive one"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::sorted_pointers as pointers;

    #[test]
    fn numeric_pairs_are_reported_boolean_modifiers_are_not() {
        let doc = |v: &str, s: &str| format!("openapi: {v}\npaths: {{}}\ncomponents:\n  schemas:\n    N: {s}\n");
        let both = "{type: number, minimum: 1, exclusiveMinimum: 1, maximum: 9, exclusiveMaximum: 9}";
        assert_eq!(
            pointers("no-mixed-number-range-constraints", &doc("3.1.0", both)),
            ["/components/schemas/N/exclusiveMaximum", "/components/schemas/N/exclusiveMinimum"]
        );
        let one = "{type: number, exclusiveMinimum: 1, maximum: 9}";
        assert!(pointers("no-mixed-number-range-constraints", &doc("3.1.0", one)).is_empty());
        let old = "{type: number, minimum: 1, exclusiveMinimum: true}";
        assert!(pointers("no-mixed-number-range-constraints", &doc("3.0.3", old)).is_empty());
    }
}
