use crate::declare_rule;
use crate::ecma::{self, Engine};
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::pointer::push;

declare_rule! {
    /// A `pattern` that needs a backtracking engine (lookahead, lookbehind, backreferences).
    ///
    /// A linear-time engine (Rust's `regex`, RE2, Go) cannot run it, and a backtracking engine can take
    /// exponential time on hostile input: a ReDoS hole in every server that validates requests with it.
    /// The message names the construct.
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
        if let Ok(Engine::Backtracking(construct)) = ecma::analyze(pattern) {
            cx.report(&META, v.file, &push(v.ptr, "pattern"), format!("`pattern` needs a backtracking regex engine: it uses {construct}"))
                .help("rewrite it without lookaround or backreferences, or check the rule in code; a linear-time engine cannot run it and a backtracking one invites ReDoS");
        }
    }
}
