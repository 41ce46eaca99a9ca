use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::pointer::push;
use crate::model::unenforced::unenforced;

declare_rule! {
    /// A schema keyword the generated types do not check, so a request or response that breaks it is
    /// accepted: `patternProperties`, `propertyNames`, `unevaluatedProperties`, `unevaluatedItems`,
    /// `dependentRequired`, `dependentSchemas`, `if`/`then`/`else`, `contains`, `prefixItems`,
    /// `minProperties`, `maxProperties`; an `enum` (or 3.1 `const`) of a boolean, an array or an object,
    /// or without `type` unless every value is a string; a string, number or array keyword
    /// (`maxLength`, `minimum`, `minItems`, ...) in a schema without `type`, which is generated as any
    /// JSON value.
    ///
    /// `specgen generate` warns with this rule's id at the same keyword (one decision, shared by both).
    /// Check the constraint in your handler, or state it with keywords the generated types check.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// flag:
    ///   type: boolean
    ///   enum: [true]
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// flag:
    ///   type: string
    ///   enum: ['true']
    /// ```
    pub static META = { id: "unenforced-constraint", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct UnenforcedConstraint;

impl Rule for UnenforcedConstraint {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Schema.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        // Within an unchecked `if`, its `then` and `else`: nothing is checked, and `if` says so once.
        if in_condition(v.ptr) {
            return;
        }
        for u in unenforced(v.node) {
            cx.report(&META, v.file, &push(v.ptr, u.keyword), u.message)
                .help("check it in your handler, or state it with keywords the generated types check");
        }
    }
}

/// Whether a schema is within an `if`, `then` or `else` (keywords, not properties of those names).
fn in_condition(ptr: &str) -> bool {
    let tokens = crate::load::pointer::parse(ptr).unwrap_or_default();
    let named = |i: usize| {
        i > 0
            && matches!(
                tokens[i - 1].as_str(),
                "properties" | "patternProperties" | "schemas" | "definitions" | "$defs" | "dependentSchemas"
            )
    };
    tokens
        .iter()
        .enumerate()
        .any(|(i, t)| matches!(t.as_str(), "if" | "then" | "else") && !named(i))
}

#[cfg(test)]
mod tests {
    #[test]
    fn conditions_are_keywords_not_names() {
        assert!(super::in_condition("/components/schemas/A/if"));
        assert!(super::in_condition("/components/schemas/A/then/properties/x"));
        assert!(!super::in_condition("/components/schemas/A/properties/if"));
        assert!(!super::in_condition("/components/schemas/else"));
    }
}
