//! OpenAPI's `pattern`: an ECMA-262 regular expression, applied as an unanchored search.
//!
//! specgen translates each pattern at generation time: to `regex` syntax with ECMA's meaning when it
//! runs in linear time (ASCII `\d` and `\w`, ECMA's `\s` and `.`), or, for lookaround and
//! backreferences, it keeps the ECMA source for `regress` (feature `ecma`). Patterns are compiled on
//! first use and shared by every value checked.

use std::borrow::Cow;
use std::sync::OnceLock;

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
    #[cfg(feature = "ecma")]
    Ecma,
}

enum Compiled {
    Linear(regex::Regex),
    #[cfg(feature = "ecma")]
    Ecma(regress::Regex),
}

impl Pattern {
    /// A pattern simple enough for a plain function: `test` is specgen's translation of the ECMA `source`.
    pub const fn test(source: &'static str, test: fn(&str) -> bool) -> Self {
        Pattern {
            source: Cow::Borrowed(source),
            engine: Engine::Test(test),
            compiled: OnceLock::new(),
        }
    }

    /// A pattern that runs in linear time: `regex` is specgen's translation of the ECMA `source`.
    pub const fn linear(source: &'static str, regex: &'static str) -> Self {
        Pattern {
            source: Cow::Borrowed(source),
            engine: Engine::Linear(Cow::Borrowed(regex)),
            compiled: OnceLock::new(),
        }
    }

    /// A pattern that needs an ECMA-262 backtracking engine (lookaround, backreferences).
    #[cfg(feature = "ecma")]
    pub const fn ecma(source: &'static str) -> Self {
        Pattern {
            source: Cow::Borrowed(source),
            engine: Engine::Ecma,
            compiled: OnceLock::new(),
        }
    }

    /// A pattern read at run time (specgen's linter, on a spec's examples): `regex` is the linear
    /// translation of `source`, or `None` when it needs the ECMA engine.
    #[cfg(feature = "ecma")]
    pub fn new(source: &str, regex: Option<&str>) -> Self {
        let engine = match regex {
            Some(regex) => Engine::Linear(Cow::Owned(regex.to_owned())),
            None => Engine::Ecma,
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

    /// Whether `value` contains a match. A pattern that does not compile (which specgen refuses to
    /// generate) matches nothing.
    pub fn is_match(&self, value: &str) -> bool {
        if let Engine::Test(test) = self.engine {
            return test(value);
        }
        match self.compiled.get_or_init(|| self.compile()) {
            Some(Compiled::Linear(regex)) => regex.is_match(value),
            #[cfg(feature = "ecma")]
            Some(Compiled::Ecma(regex)) => regex.find(value).is_some(),
            None => false,
        }
    }

    fn compile(&self) -> Option<Compiled> {
        match &self.engine {
            Engine::Test(_) => None,
            Engine::Linear(regex) => regex::Regex::new(regex).ok().map(Compiled::Linear),
            #[cfg(feature = "ecma")]
            Engine::Ecma => ecma(&self.source).map(Compiled::Ecma),
        }
    }
}

/// The ECMA engine's reading of `source`: with the `u` flag (what JSON Schema validators use), or,
/// failing that, under Annex B's leniencies.
#[cfg(feature = "ecma")]
fn ecma(source: &str) -> Option<regress::Regex> {
    regress::Regex::with_flags(source, "u")
        .or_else(|_| regress::Regex::new(source))
        .ok()
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

    #[cfg(feature = "ecma")]
    #[test]
    fn ecma_patterns_have_lookaround() {
        let p = Pattern::ecma("^(?!admin$).+");
        assert!(p.is_match("alice") && !p.is_match("admin"));
    }
}
