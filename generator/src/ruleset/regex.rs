//! The regular expressions of a ruleset's `pattern` function (`match`, `notMatch`): ECMA-262, as
//! Spectral runs them, through the project's one translation ([`crate::ecma`], the one generated code
//! and the linter's example checks use): in linear time where the pattern allows it, within a step
//! budget where it needs backtracking (lookaround, backreferences). A backtracking engine alone can take
//! minutes on one string (`^(/|[a-z0-9-.]+|{[a-zA-Z0-9_]+})+$`, from a published style guide, on a
//! long path: V8 took 14 minutes for DigitalOcean, `regress` longer).
//!
//! A pattern written as a literal with flags (`/^x/i`) runs in `regress`, the ECMA engine, since the
//! translation reads flag-free patterns.

use crate::ecma::{self, Engine};
use specgen_rt::{Pattern, Syntax};

/// A compiled `match` or `notMatch`.
#[derive(Debug)]
pub struct Regex {
    engine: Run,
}

enum Run {
    Linear(regex::Regex),
    Budgeted(Pattern),
    Flagged(regress::Regex),
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Run::Linear(_) => "Linear",
            Run::Budgeted(_) => "Budgeted",
            Run::Flagged(_) => "Flagged",
        })
    }
}

impl Regex {
    /// `text` as Spectral reads a pattern option: `/source/flags`, or the source itself.
    pub fn new(text: &str) -> Result<Regex, String> {
        let invalid = |e: &dyn std::fmt::Display| format!("`{text}` is not a valid ECMA-262 regular expression: {e}");
        let literal = text
            .strip_prefix('/')
            .and_then(|rest| rest.rfind('/').map(|end| (&rest[..end], &rest[end + 1..])))
            .filter(|(source, flags)| !source.is_empty() && flags.chars().all(|c| c.is_ascii_lowercase()));
        let (source, flags) = literal.unwrap_or((text, ""));
        // `g` and `y` change where a search starts, not whether it finds: Spectral's `test` ignores them.
        let kept: String = flags.chars().filter(|c| !"gy".contains(*c)).collect();
        if !kept.is_empty() {
            return regress::Regex::with_flags(source, kept.as_str())
                .map(|r| Regex {
                    engine: Run::Flagged(r),
                })
                .map_err(|e| invalid(&e));
        }
        let engine = match ecma::analyze(source).map_err(|e| invalid(&e.message))? {
            Engine::Linear(rust) => Run::Linear(regex::Regex::new(&rust).map_err(|e| invalid(&e))?),
            Engine::Backtracking(_) => Run::Budgeted(match ecma::bounded(source) {
                Ok(fancy) => Pattern::new(source, Syntax::Backtracking(&fancy)),
                Err(_) => Pattern::new(source, Syntax::Undecidable),
            }),
        };
        Ok(Regex { engine })
    }

    /// Whether `value` contains a match; `None` when the budgeted search could not decide.
    pub fn search(&self, value: &str) -> Option<bool> {
        match &self.engine {
            Run::Linear(r) => Some(r.is_match(value)),
            Run::Budgeted(p) => p.search(value).ok(),
            Run::Flagged(r) => Some(r.find(value).is_some()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ecma_meaning_in_linear_time() {
        let r = Regex::new("^(/|[a-z0-9-.]+|{[a-zA-Z0-9_]+})+$").unwrap();
        assert!(matches!(r.engine, Run::Linear(_)));
        let hostile = format!("/{}!", "a".repeat(5000));
        let started = std::time::Instant::now();
        assert_eq!(r.search(&hostile), Some(false));
        assert!(started.elapsed().as_secs() < 5, "linear, not exponential");
        assert_eq!(r.search("/v2/{id}/droplets"), Some(true));
        // `\d` is ASCII, as in ECMA-262.
        assert_eq!(Regex::new("^\\d+$").unwrap().search("١٢"), Some(false));
    }

    #[test]
    fn literals_with_flags_and_lookaround() {
        assert_eq!(Regex::new("/^body$/").unwrap().search("body"), Some(true));
        assert_eq!(Regex::new("/^x-/i").unwrap().search("X-Rate"), Some(true));
        let look = Regex::new("^(?!internal)").unwrap();
        assert_eq!(look.search("public"), Some(true));
        assert_eq!(look.search("internal"), Some(false));
        assert!(Regex::new("(").unwrap_err().contains("not a valid ECMA-262"));
    }
}
