use crate::declare_rule;
use crate::ecma;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::pointer::push;

declare_rule! {
    /// A `pattern` that needs a backtracking engine (lookahead, lookbehind, backreferences).
    ///
    /// A linear-time engine (Rust's `regex`, RE2, Go) cannot run it, and a backtracking engine can take
    /// exponential time on hostile input: a ReDoS hole in every server that validates requests with it.
    /// The message names the construct. Generated code runs such a pattern with a budget of
    /// backtracking steps and refuses a value it cannot decide within it (a `pattern` problem), so
    /// `specgen generate` reports this warning too. An example or default that the pattern cannot
    /// decide within the budget (`^(?=a)(a+)+$` against `aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!`) is reported
    /// under this rule as well, at the value.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// password:
    ///   type: string
    ///   pattern: '^(?=.*[0-9]).{8,}$'
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// password:
    ///   type: string
    ///   minLength: 8
    ///   description: Must contain a digit (checked by the handler).
    /// ```
    pub static META = { id: "pattern-backtracking", severity: Warning, versions: ANY_OAS };
}

/// The help of a finding at a value whose `pattern` search exceeded the budget.
pub const HELP_UNDECIDED: &str = "rewrite the pattern without nested quantifiers (`(a+)+` is `a+`), lookaround or \
     backreferences; generated code refuses such a value with a `pattern` problem";

#[derive(Default)]
pub struct PatternBacktracking;

impl Rule for PatternBacktracking {
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
        // The generator's plan reports the same finding (`ecma::backtracking_finding`) for the patterns it
        // generates; the linter shows it once.
        if let Some((message, help)) = ecma::backtracking_finding(pattern) {
            cx.report(&META, v.file, &push(v.ptr, "pattern"), message).help(help);
        }
    }
}
