use crate::declare_rule;
use crate::ecma;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::pointer::push;

declare_rule! {
    /// A `pattern` that is not a valid ECMA-262 regular expression.
    ///
    /// OpenAPI patterns are ECMA-262 (JavaScript) regexes. One that does not parse is rejected by
    /// validators in some languages and silently ignored by others, so the constraint is not enforced
    /// anywhere consistently; the generator cannot compile it.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// code:
    ///   type: string
    ///   pattern: '^[A-Z{2}$'
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// code:
    ///   type: string
    ///   pattern: '^[A-Z]{2}$'
    /// ```
    pub static META = { id: "pattern-invalid", severity: Error, versions: ANY_OAS };
}

#[derive(Default)]
pub struct PatternInvalid;

impl Rule for PatternInvalid {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Schema.bit() | Kind::Parameter.bit() | Kind::Header.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let Some(pattern) = v.node.get("pattern").and_then(|p| p.as_str()) else {
            return;
        };
        if let Err(e) = ecma::analyze(pattern) {
            cx.report(
                &META,
                v.file,
                &push(v.ptr, "pattern"),
                format!("`pattern` is not a valid ECMA-262 regular expression: {e}"),
            )
            .help("fix the expression; OpenAPI patterns use JavaScript regex syntax");
        }
    }
}
