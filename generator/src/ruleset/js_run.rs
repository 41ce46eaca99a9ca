//! The runner's side of the ruleset's JavaScript functions ([`crate::ruleset::js`]): the engine, made at
//! the first call of a lint, each call's target and `context.path` (as Spectral's `lintNode` makes
//! them), and the results located and worded as a core function's are.

use std::cell::RefCell;
use std::collections::HashSet;

use super::{Outcome, Problem, RuleRun, Spot};
use crate::ruleset::functions::{FnResult, Sub, Target};
use crate::ruleset::js::{self, Engine, Input, RuleInfo};
use crate::ruleset::jsonpath::{Match, Walk};
use crate::ruleset::rule::{Custom, Then};
use crate::source::FileId;

/// The engine of one lint, and the calls that failed.
#[derive(Default)]
pub struct Js {
    engine: RefCell<Option<Result<Engine, String>>>,
    /// `then`s whose function failed: not called again in this lint (Spectral stops at the first).
    failed: RefCell<HashSet<*const Then>>,
}

impl RuleRun<'_, '_> {
    /// Calls `custom` on each target of `then` in the node `m`.
    pub(super) fn call_custom<'x>(
        &'x self,
        custom: &Custom,
        then: &'x Then,
        m: &Match<'x>,
        walk: &Walk<'x>,
        out: &mut Outcome,
    ) {
        let key = std::ptr::from_ref(then);
        if self.js.failed.borrow().contains(&key) {
            return;
        }
        let spots = self.targets(m, then.field.as_ref(), walk, out);
        let mut engine = self.js.engine.borrow_mut();
        let engine = match engine.get_or_insert_with(|| self.start()) {
            Ok(e) => e,
            Err(why) => {
                self.js.failed.borrow_mut().insert(key);
                out.problems
                    .push(self.custom_problem(custom, then, format!("did not run: {why}")));
                return;
            }
        };
        let rule = RuleInfo {
            name: &self.rule.name,
            description: self.def.description.as_deref(),
            message: self.def.message.as_deref(),
            severity: self.rule.severity,
            resolved: self.def.resolved,
            recommended: self.rule.recommended,
            documentation_url: self.rule.documentation_url.as_deref(),
        };
        let base: Vec<Sub> = m.path.iter().map(super::sub).collect();
        for spot in spots {
            let input = match &spot.target {
                Target::Node(_) => Input::Node {
                    resolved: self.def.resolved,
                },
                Target::Key(k) => Input::Key(k),
                Target::Missing => Input::Missing,
            };
            let path: Vec<Sub> = base.iter().chain(&spot.below).cloned().collect();
            let results = match engine.call(custom, &rule, input, &path) {
                Ok(r) => r,
                Err(why) => {
                    self.js.failed.borrow_mut().insert(key);
                    out.problems.push(self.custom_problem(custom, then, why));
                    return;
                }
            };
            for r in results {
                let result = FnResult {
                    message: r.message,
                    sub: Vec::new(),
                    at: None,
                };
                let finding = match &r.path {
                    None => self.finding(&spot, &result),
                    Some(p) => self.finding(&self.locate(p), &result),
                };
                out.findings.extend(finding);
            }
        }
    }

    fn start(&self) -> Result<Engine, String> {
        let mut engine = Engine::new(js::Limits::default())?;
        engine.set_document(self.spec, self.refs, self.referenced)?;
        Ok(engine)
    }

    /// Where a result's `path` (from the root of the document the rule reads) is written, as Spectral
    /// finds it: the closest part that exists.
    fn locate(&self, path: &[String]) -> Spot<'_> {
        self.lodash_get(self.spec.root(), (FileId(0), ""), path)
    }

    fn custom_problem(&self, custom: &Custom, then: &Then, why: String) -> Problem {
        Problem {
            rule: self.rule.name.clone(),
            origin: then.origin.clone(),
            message: format!("the function `{}` {why}", custom.name),
            help: js::help(custom),
        }
    }
}
