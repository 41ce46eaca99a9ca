//! OpenAPI's `pattern`: an ECMA-262 regular expression, applied as an unanchored search.
//!
//! specgen translates each pattern at generation time: to `regex` syntax with ECMA's meaning when it
//! runs in linear time (ASCII `\d` and `\w`, ECMA's `\s` and `.`), or, for lookaround and
//! backreferences, to `fancy-regex` syntax with the same meaning (feature `ecma`). Patterns are compiled
//! on first use and shared by every value checked.
//!
//! A backtracking search can take exponential time (`^(?=a)(a+)+$` on 27 bytes took seconds with a
//! plain ECMA engine), so it runs with a budget and a value it cannot decide within it is
//! [`Undecided`] (a `pattern` problem, never a stall). `fancy-regex` was chosen over an ECMA engine such
//! as `regress` because it is the backtracking engine with a step limit (`backtrack_limit`); it also
//! hands the parts of a pattern that need no backtracking to the linear `regex` crate, so only
//! lookaround and backreferences pay for backtracking.
//!
//! Steps alone do not bound the time: one step can cost time linear in the value (a variable-length
//! lookbehind scans back, a backreference compares its capture, an unanchored search starts at every
//! position), so the worst case is about `steps × length + length²`. The budget therefore has two
//! parts: values longer than [`BACKTRACK_MAX_LEN`] are not searched, and longer values get fewer steps
//! ([`BACKTRACK_STEPS`]). Measured in release builds (`cargo test -p specgen-rt --release --features
//! ecma budget`): hostile shapes give up in about 1 ms; the costliest one found (a variable lookbehind
//! inside a quantifier, `((?<=a*)a)+!`) takes about 20 ms at the longest length.

use std::borrow::Cow;
use std::sync::OnceLock;

/// The longest value (in bytes) a pattern that needs backtracking is searched on.
pub const BACKTRACK_MAX_LEN: usize = 1024;

/// The backtracking steps one search may take: (longest value in bytes, steps), shortest first.
/// Short values (identifiers, passwords) get room for ordinary backtracking; the product of steps
/// and length stays about 5 million for every length.
pub const BACKTRACK_STEPS: [(usize, usize); 2] = [(256, 20_000), (BACKTRACK_MAX_LEN, 5_000)];

/// A compiled-on-first-use pattern, usable in a `static`.
pub struct Pattern {
    /// The pattern as the spec writes it, for messages.
    source: Cow<'static, str>,
    engine: Engine,
    compiled: OnceLock<Option<Compiled>>,
}

enum Engine {
    /// A test written out by specgen for a pattern simple enough to need no regex (`^[0-9]{4}$`):
    /// checked against the regex's verdict by specgen's tests.
    Test(fn(&str) -> bool),
    /// `regex` syntax with the ECMA pattern's meaning.
    Linear(Cow<'static, str>),
    /// `fancy-regex` syntax with the ECMA pattern's meaning, run within [`BACKTRACK_STEPS`].
    #[cfg(feature = "ecma")]
    Backtracking(Cow<'static, str>),
    /// A valid pattern no budgeted engine can run (specgen warned): no value can be decided.
    Undecidable,
}

enum Compiled {
    Linear(regex::Regex),
    /// One compilation per entry of [`BACKTRACK_STEPS`] (the step limit is fixed when compiling).
    #[cfg(feature = "ecma")]
    Backtracking(Vec<fancy_regex::Regex>),
}

/// How a pattern read at run time (by specgen's linter) is to be run: specgen's translations.
pub enum Syntax<'a> {
    /// `regex` syntax (linear time).
    Linear(&'a str),
    /// `fancy-regex` syntax (backtracking, budgeted).
    Backtracking(&'a str),
    /// No engine can run it within a budget.
    Undecidable,
}

/// Why a search was not decided: the budget of a pattern that needs backtracking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Undecided {
    /// The search took more than this many backtracking steps.
    Steps(usize),
    /// The value is longer than [`BACKTRACK_MAX_LEN`] bytes.
    Length,
    /// No budgeted engine can run the pattern.
    Unrunnable,
}

impl std::fmt::Display for Undecided {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Undecided::Steps(steps) => write!(
                f,
                "the pattern could not be decided within its budget of {steps} backtracking steps"
            ),
            Undecided::Length => write!(
                f,
                "a pattern that needs backtracking is only searched on values of up to {BACKTRACK_MAX_LEN} bytes"
            ),
            Undecided::Unrunnable => f.write_str("no budgeted regex engine can run the pattern"),
        }
    }
}

impl Pattern {
    /// A pattern simple enough for a plain function: `test` is specgen's translation of the ECMA `source`.
    pub const fn test(source: &'static str, test: fn(&str) -> bool) -> Self {
        Self::with(source, Engine::Test(test))
    }

    /// A pattern that runs in linear time: `regex` is specgen's translation of the ECMA `source`.
    pub const fn linear(source: &'static str, regex: &'static str) -> Self {
        Self::with(source, Engine::Linear(Cow::Borrowed(regex)))
    }

    /// A pattern that needs a backtracking engine (lookaround, backreferences): `fancy` is specgen's
    /// translation of the ECMA `source`. Searches are budgeted (see [`BACKTRACK_STEPS`]).
    #[cfg(feature = "ecma")]
    pub const fn ecma(source: &'static str, fancy: &'static str) -> Self {
        Self::with(source, Engine::Backtracking(Cow::Borrowed(fancy)))
    }

    /// A valid pattern that no budgeted engine runs: every value is [`Undecided`].
    pub const fn undecidable(source: &'static str) -> Self {
        Self::with(source, Engine::Undecidable)
    }

    const fn with(source: &'static str, engine: Engine) -> Self {
        Pattern {
            source: Cow::Borrowed(source),
            engine,
            compiled: OnceLock::new(),
        }
    }

    /// A pattern read at run time (specgen's linter, on a spec's examples), with specgen's translation.
    #[cfg(feature = "ecma")]
    pub fn new(source: &str, syntax: Syntax<'_>) -> Self {
        let engine = match syntax {
            Syntax::Linear(regex) => Engine::Linear(Cow::Owned(regex.to_owned())),
            Syntax::Backtracking(fancy) => Engine::Backtracking(Cow::Owned(fancy.to_owned())),
            Syntax::Undecidable => Engine::Undecidable,
        };
        Pattern {
            source: Cow::Owned(source.to_owned()),
            engine,
            compiled: OnceLock::new(),
        }
    }

    /// The pattern as the spec writes it.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Whether `value` contains a match, or [`Undecided`] when the search exceeded its budget. A
    /// pattern that does not compile (which specgen refuses to generate) matches nothing.
    pub fn search(&self, value: &str) -> Result<bool, Undecided> {
        match self.engine {
            Engine::Test(test) => return Ok(test(value)),
            Engine::Undecidable => return Err(Undecided::Unrunnable),
            _ => {}
        }
        match self.compiled.get_or_init(|| self.compile()) {
            Some(Compiled::Linear(regex)) => Ok(regex.is_match(value)),
            #[cfg(feature = "ecma")]
            Some(Compiled::Backtracking(budgeted)) => {
                // The first budget whose length bound admits the value, with its compilation.
                let budget = BACKTRACK_STEPS
                    .iter()
                    .zip(budgeted)
                    .find(|((len, _), _)| value.len() <= *len);
                let Some(((_, steps), regex)) = budget else {
                    return Err(Undecided::Length);
                };
                regex.is_match(value).map_err(|_| Undecided::Steps(*steps))
            }
            None => Ok(false),
        }
    }

    /// Whether `value` contains a match; an undecided search counts as no match.
    pub fn is_match(&self, value: &str) -> bool {
        self.search(value) == Ok(true)
    }

    fn compile(&self) -> Option<Compiled> {
        match &self.engine {
            Engine::Test(_) | Engine::Undecidable => None,
            Engine::Linear(regex) => regex::Regex::new(regex).ok().map(Compiled::Linear),
            #[cfg(feature = "ecma")]
            Engine::Backtracking(fancy) => BACKTRACK_STEPS
                .iter()
                .map(|&(_, steps)| {
                    fancy_regex::RegexBuilder::new(fancy)
                        .backtrack_limit(steps)
                        .build()
                        .ok()
                })
                .collect::<Option<Vec<_>>>()
                .map(Compiled::Backtracking),
        }
    }
}

impl std::fmt::Debug for Pattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Pattern").field(&self.source).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static DIGITS: Pattern = Pattern::linear(r"\d+", "[0-9]+");

    #[test]
    fn linear_patterns_search_unanchored() {
        assert!(DIGITS.is_match("ab12"));
        assert!(!DIGITS.is_match("abc"));
        assert!(!DIGITS.is_match("٣"), "\\d is ASCII");
        assert_eq!(DIGITS.source(), r"\d+");
        assert!(
            !Pattern::linear("(", "(").is_match("("),
            "a broken pattern matches nothing"
        );
    }

    #[test]
    fn undecidable_patterns_decide_nothing() {
        static P: Pattern = Pattern::undecidable(r"\p{Unknown}");
        assert_eq!(P.search("x"), Err(Undecided::Unrunnable));
        assert!(!P.is_match("x"));
    }

    #[cfg(feature = "ecma")]
    #[test]
    fn ecma_patterns_have_lookaround() {
        let p = Pattern::ecma("^(?!admin$).+", "^(?!admin$).+");
        assert!(p.is_match("alice") && !p.is_match("admin"));
    }

    /// The issue's pattern and shapes whose backtracking `fancy-regex` itself runs (lookaround inside
    /// the nested quantifier, backreferences, lookbehind that scans back at each step): each answers or
    /// gives up within milliseconds, on 27 bytes, at the longest length searched, and beyond it.
    #[cfg(feature = "ecma")]
    #[test]
    fn budget_bounds_hostile_searches() {
        let hostile = [
            r"^(?=a)(a+)+$",
            r"^((?=a)a+)+$",
            r"^(?:(?!b)(?:a|aa?))+$",
            r"([a-z0-9]+)+(?(1)\1|)x",
            r"^(?:(a)|a)+(?(1)\1|)b$",
            r"(?=(a*))(?(1)\1|)!",
            r"(?<=(a+))!",
            r"((?<=a*)a)+!",
        ];
        for fancy in hostile {
            let p = Pattern::new(fancy, Syntax::Backtracking(fancy));
            for len in [26, 255, BACKTRACK_MAX_LEN - 1, 10_000] {
                let value = "a".repeat(len) + "?";
                let start = std::time::Instant::now();
                let verdict = p.search(&value);
                let took = start.elapsed();
                assert_ne!(verdict, Ok(true), "{fancy} on {len} bytes");
                // Release builds take 1-20 ms; unoptimised regex internals are ~20 times slower.
                let bound = if cfg!(debug_assertions) { 2_000 } else { 100 };
                assert!(took.as_millis() < bound, "{fancy} on {len} bytes took {took:?}");
            }
        }
        let p = Pattern::new(r"^((?=a)a+)+$", Syntax::Backtracking(r"^((?=a)a+)+$"));
        let short = "a".repeat(26) + "!";
        assert_eq!(
            p.search(&short),
            Err(Undecided::Steps(20_000)),
            "the budget is what stops it"
        );
        assert_eq!(p.search(&("a".repeat(300) + "!")), Err(Undecided::Steps(5_000)));
        assert_eq!(p.search(&"a".repeat(2_000)), Err(Undecided::Length));
        assert_eq!(
            p.search("aaaa"),
            Ok(true),
            "a matching value is found within the budget"
        );
    }

    /// Realistic backtracking patterns decide long values well within the budget.
    #[cfg(feature = "ecma")]
    #[test]
    fn budget_suffices_for_ordinary_patterns() {
        let long = "Ab1".repeat(BACKTRACK_MAX_LEN / 3);
        let cases = [
            (r"^(?=.*[0-9])(?=.*[a-z])(?=.*[A-Z]).{8,}$", true),
            (r"^(?:(?!--).)*$", true),
            (r"(?<![A-Za-z])b1", false),
            (r"(A)b1(?(1)\1|)", true),
        ];
        for (fancy, expected) in cases {
            let p = Pattern::new(fancy, Syntax::Backtracking(fancy));
            assert_eq!(p.search(&long), Ok(expected), "{fancy}");
        }
    }
}
