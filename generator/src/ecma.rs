//! ECMA-262 regular expressions (OpenAPI's `pattern`) for Rust.
//!
//! A `pattern` is an ECMA-262 regex applied as an unanchored search. Rust's `regex` crate runs in linear
//! time but has its own syntax and semantics, so a pattern is translated exactly:
//! - `\d` is `[0-9]` and `\w` is `[A-Za-z0-9_]` (ASCII, as in ECMA), never Unicode classes;
//! - `\s` is ECMA's white-space and line-terminator set; `.` excludes only `\n \r \u2028 \u2029`;
//! - `\b` is the ASCII word boundary; `[`, `&`, `~`, `-` inside classes are literals, as in ECMA;
//! - Annex B leniencies (`\-` outside a class, a lone `{` or `]`) are read as the literals they are.
//!
//! Patterns that need backtracking (lookaround, backreferences) cannot run in linear time; they are
//! reported as [`Engine::Backtracking`] so callers warn, and [`bounded`] translates them, with the same
//! ECMA meaning, for `fancy-regex`: the backtracking engine specgen-rt runs with a step budget (a
//! backtrack limit), so a hostile value costs a bounded amount of work (see `specgen_rt::Pattern`).

use std::fmt::Write;

/// How a valid pattern can be run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Engine {
    /// The equivalent `regex` crate syntax (linear time).
    Linear(String),
    /// Needs an ECMA backtracking engine because of this construct (e.g. "lookahead `(?=`").
    Backtracking(String),
}

/// A pattern that is not valid ECMA-262.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatternError {
    pub message: String,
}

impl std::fmt::Display for PatternError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Checks `pattern` is valid ECMA-262 and says how to run it.
pub fn analyze(pattern: &str) -> Result<Engine, PatternError> {
    // Valid with the `u` flag (what JSON Schema validators use) or, failing that, under Annex B.
    if let Err(e) = regress::Regex::with_flags(pattern, "u")
        && regress::Regex::new(pattern).is_err()
    {
        return Err(PatternError { message: e.to_string() });
    }
    let engine = Translator::new(pattern, false).run();
    if let Engine::Linear(rust) = &engine {
        // A translation that the regex crate refuses (size limits, exotic Unicode properties) still runs,
        // on the ECMA engine.
        if let Err(e) = regex::Regex::new(rust) {
            let why = match e {
                regex::Error::CompiledTooBig(_) => "a pattern too large for the linear engine".to_owned(),
                other => format!(
                    "a construct the linear engine rejects ({})",
                    first_line(&other.to_string())
                ),
            };
            return Ok(Engine::Backtracking(why));
        }
    }
    Ok(engine)
}

/// `pattern` (valid ECMA-262) in `fancy-regex` syntax with the ECMA meaning, for the budgeted
/// backtracking engine; `Err` says why `fancy-regex` cannot run it (then no bounded engine can, and
/// generated code rejects every value as undecidable rather than risk an unbounded search).
///
/// Beyond [`analyze`]'s translation: lookaround is kept; a backreference `\N` (or `\k<name>`) becomes
/// `(?(N)\N|)` because in ECMA a reference to a group that did not take part matches the empty string,
/// where `fancy-regex` would fail; `\b` becomes lookaround on ASCII word characters (`fancy-regex`
/// cannot switch Unicode off in a group). One difference remains: ECMA resets a group's capture on each
/// iteration of a quantifier around it, `fancy-regex` keeps the previous iteration's, which matters only
/// to a backreference into a repeated group.
pub fn bounded(pattern: &str) -> Result<String, String> {
    match Translator::new(pattern, true).run() {
        Engine::Linear(fancy) => match fancy_regex::Regex::new(&fancy) {
            Ok(_) => Ok(fancy),
            Err(e) => Err(first_line(&e.to_string()).to_owned()),
        },
        Engine::Backtracking(construct) => Err(construct),
    }
}

/// What `specgen lint` and `specgen generate` both say about a pattern that needs backtracking
/// (`pattern-backtracking`, a warning at the `pattern`): the message and the help. `None` for a
/// pattern the linear engine runs, or an invalid one (which has its own finding).
pub fn backtracking_finding(pattern: &str) -> Option<(String, &'static str)> {
    let Ok(Engine::Backtracking(construct)) = analyze(pattern) else {
        return None;
    };
    let max_len = specgen_rt::BACKTRACK_MAX_LEN;
    let message = match bounded(pattern) {
        Ok(_) => format!(
            "`pattern` needs a backtracking regex engine: it uses {construct}; generated code searches values \
             of up to {max_len} bytes with a budget of backtracking steps and refuses a value it cannot decide \
             within it"
        ),
        Err(why) => format!(
            "`pattern` needs a backtracking regex engine: it uses {construct}, and no budgeted engine can \
             run it ({why}), so generated code refuses every value"
        ),
    };
    Some((
        message,
        "rewrite it without lookaround or backreferences (and without nested quantifiers such as `(a+)+`), \
         or check the rule in code; a linear-time engine cannot run it and a backtracking one invites ReDoS",
    ))
}

fn first_line(s: &str) -> &str {
    s.lines()
        .rfind(|l| l.starts_with("error:"))
        .unwrap_or(s.lines().next().unwrap_or(s))
}

/// ECMA `\s`: WhiteSpace and LineTerminator.
const SPACE: &str = r"\t\n\x0B\x0C\r \xA0\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}";
const DIGIT: &str = "0-9";
const WORD: &str = "A-Za-z0-9_";

struct Translator {
    chars: Vec<char>,
    i: usize,
    out: String,
    /// Writing for `fancy-regex` (lookaround and backreferences kept) rather than the linear engine.
    backtracking: bool,
    /// The names of the capturing groups, in order (`None` for an unnamed group).
    groups: Vec<Option<String>>,
}

/// ECMA `\b` and `\B` on ASCII word characters, for `fancy-regex`.
const FANCY_BOUNDARY: &str = r"(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))";
const FANCY_NOT_BOUNDARY: &str = r"(?:(?<=[A-Za-z0-9_])(?=[A-Za-z0-9_])|(?<![A-Za-z0-9_])(?![A-Za-z0-9_]))";

/// One member of a character class.
enum ClassItem {
    Char(char),
    /// Already in Rust class syntax (`0-9`, `[^0-9]`, `\p{L}`).
    Set(String),
    Dash,
}

impl Translator {
    fn new(pattern: &str, backtracking: bool) -> Self {
        let chars: Vec<char> = pattern.chars().collect();
        let groups = capturing_groups(&chars);
        Translator {
            chars,
            i: 0,
            out: String::new(),
            backtracking,
            groups,
        }
    }

    fn peek(&self, n: usize) -> Option<char> {
        self.chars.get(self.i + n).copied()
    }

    fn starts_with(&self, s: &str) -> bool {
        s.chars().enumerate().all(|(k, c)| self.peek(k) == Some(c))
    }

    fn run(mut self) -> Engine {
        while let Some(c) = self.peek(0) {
            self.i += 1;
            let step = match c {
                '\\' => self.escape_outside(),
                '[' => self.class(),
                '(' => self.group(),
                '.' => {
                    self.out.push_str(r"[^\n\r\x{2028}\x{2029}]");
                    Ok(())
                }
                '{' => {
                    if self.quantifier_ahead() {
                        self.out.push('{');
                        while let Some(q) = self.peek(0) {
                            self.i += 1;
                            self.out.push(q);
                            if q == '}' {
                                break;
                            }
                        }
                    } else {
                        self.out.push_str(r"\{");
                    }
                    Ok(())
                }
                '}' | ']' => {
                    push_literal(&mut self.out, c);
                    Ok(())
                }
                '^' | '$' | '|' | ')' | '*' | '+' | '?' => {
                    self.out.push(c);
                    Ok(())
                }
                _ => {
                    push_literal(&mut self.out, c);
                    Ok(())
                }
            };
            if let Err(construct) = step {
                return Engine::Backtracking(construct);
            }
        }
        Engine::Linear(self.out)
    }

    /// After a `{`: is this `{n}`, `{n,}` or `{n,m}`?
    fn quantifier_ahead(&self) -> bool {
        let rest: String = self.chars[self.i..].iter().take_while(|&&c| c != '}').collect();
        if self.i + rest.chars().count() >= self.chars.len() {
            return false;
        }
        let (a, b) = rest.split_once(',').unwrap_or((&rest, "0"));
        !a.is_empty() && a.bytes().all(|b| b.is_ascii_digit()) && b.bytes().all(|b| b.is_ascii_digit())
    }

    fn group(&mut self) -> Result<(), String> {
        let lookahead = self.starts_with("?=") || self.starts_with("?!");
        let lookbehind = self.starts_with("?<=") || self.starts_with("?<!");
        if (lookahead || lookbehind) && self.backtracking {
            let len = if lookahead { 2 } else { 3 };
            self.out.push('(');
            self.out.extend(&self.chars[self.i..self.i + len]);
            self.i += len;
            return Ok(());
        }
        if lookahead {
            return Err(format!("lookahead `(?{}`", self.peek(1).unwrap_or('=')));
        }
        if lookbehind {
            return Err(format!("lookbehind `(?<{}`", self.peek(2).unwrap_or('=')));
        }
        if self.starts_with("?<") {
            // A named group; names do not change what matches, so it becomes a plain group.
            while let Some(c) = self.peek(0) {
                self.i += 1;
                if c == '>' {
                    break;
                }
            }
            self.out.push('(');
            return Ok(());
        }
        if self.starts_with("?:") {
            self.i += 2;
            self.out.push_str("(?:");
            return Ok(());
        }
        self.out.push('(');
        Ok(())
    }

    fn escape_outside(&mut self) -> Result<(), String> {
        let Some(c) = self.peek(0) else {
            self.out.push_str(r"\\");
            return Ok(());
        };
        self.i += 1;
        match c {
            'd' => self.out.push_str("[0-9]"),
            'D' => self.out.push_str("[^0-9]"),
            'w' => self.out.push_str("[A-Za-z0-9_]"),
            'W' => self.out.push_str("[^A-Za-z0-9_]"),
            's' => write!(self.out, "[{SPACE}]").unwrap_or(()),
            'S' => write!(self.out, "[^{SPACE}]").unwrap_or(()),
            'b' if self.backtracking => self.out.push_str(FANCY_BOUNDARY),
            'B' if self.backtracking => self.out.push_str(FANCY_NOT_BOUNDARY),
            'b' => self.out.push_str(r"(?-u:\b)"),
            'B' => self.out.push_str(r"(?-u:\B)"),
            '1'..='9' => return self.decimal_escape(c),
            'k' if self.peek(0) == Some('<') && self.groups.iter().any(Option::is_some) => {
                let end = self.chars[self.i..]
                    .iter()
                    .position(|&c| c == '>')
                    .map_or(self.chars.len(), |p| self.i + p);
                let name: String = self.chars[self.i + 1..end].iter().collect();
                self.i = (end + 1).min(self.chars.len());
                let number = self
                    .groups
                    .iter()
                    .position(|g| g.as_deref() == Some(&name))
                    .map_or(0, |k| k + 1);
                return self.backreference(number, "named backreference `\\k<...>`");
            }
            _ => {
                self.i -= 1;
                match self.escape_atom()? {
                    ClassItem::Char(ch) => push_literal(&mut self.out, ch),
                    ClassItem::Set(set) => write!(self.out, "[{set}]").unwrap_or(()),
                    ClassItem::Dash => self.out.push_str(r"\-"),
                }
            }
        }
        Ok(())
    }

    /// `\N` after its first digit `d`: a backreference when there are that many groups, else (Annex B) a
    /// legacy octal escape (`\8` and `\9` are the digits themselves).
    fn decimal_escape(&mut self, d: char) -> Result<(), String> {
        let start = self.i - 1;
        while self.peek(0).is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        let digits: String = self.chars[start..self.i].iter().collect();
        let number = digits.parse::<usize>().unwrap_or(usize::MAX);
        if number <= self.groups.len() {
            return self.backreference(number, &format!("backreference `\\{digits}`"));
        }
        self.i = start + 1;
        if d >= '8' {
            push_literal(&mut self.out, d);
            return Ok(());
        }
        let mut value = d.to_digit(8).unwrap_or(0);
        while let Some(next) = self.peek(0).and_then(|c| c.to_digit(8))
            && value * 8 + next <= 0o377
        {
            value = value * 8 + next;
            self.i += 1;
        }
        push_literal(&mut self.out, char::from_u32(value).unwrap_or('\0'));
        Ok(())
    }

    /// A reference to group `number` (1-based): in ECMA, one to a group that has not taken part
    /// matches the empty string, hence the conditional.
    fn backreference(&mut self, number: usize, construct: &str) -> Result<(), String> {
        if !self.backtracking {
            return Err(construct.to_owned());
        }
        write!(self.out, "(?({number})\\{number}|)").unwrap_or(());
        Ok(())
    }

    /// An escape that denotes one character or a property set (after the `\`).
    fn escape_atom(&mut self) -> Result<ClassItem, String> {
        let c = self.peek(0).unwrap_or('\\');
        self.i += 1;
        let ch = match c {
            'f' => '\x0C',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0B',
            '0' if !self.peek(0).is_some_and(|d| d.is_ascii_digit()) => '\0',
            'c' if self.peek(0).is_some_and(|l| l.is_ascii_alphabetic()) => {
                let l = self.peek(0).unwrap_or('@');
                self.i += 1;
                char::from(l as u8 % 32)
            }
            'x' => match self.hex(2) {
                Some(v) => char::from_u32(v).unwrap_or('x'),
                None => 'x',
            },
            'u' => match self.unicode_escape() {
                Some(Some(ch)) => ch,
                // A lone surrogate: no Rust string holds one, so it can never match.
                Some(None) => return Ok(ClassItem::Set(r"[^\x{0}-\x{10FFFF}]".into())),
                None => 'u',
            },
            'p' | 'P' if self.peek(0) == Some('{') => {
                let end = self.chars[self.i..].iter().position(|&c| c == '}').map(|p| self.i + p);
                let Some(end) = end else { return Ok(ClassItem::Char(c)) };
                let body: String = self.chars[self.i + 1..end].iter().collect();
                self.i = end + 1;
                return Ok(ClassItem::Set(format!("\\{c}{{{body}}}")));
            }
            other => other,
        };
        Ok(ClassItem::Char(ch))
    }

    fn hex(&mut self, n: usize) -> Option<u32> {
        let s: String = self.chars.get(self.i..self.i + n)?.iter().collect();
        if s.len() != n || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.i += n;
        u32::from_str_radix(&s, 16).ok()
    }

    /// After `\u`: `{X...}` or `XXXX` (with a following low surrogate, a pair). `Some(None)` is a lone
    /// surrogate; `None` means no valid escape (a literal `u`).
    fn unicode_escape(&mut self) -> Option<Option<char>> {
        if self.peek(0) == Some('{') {
            let end = self.chars[self.i..].iter().position(|&c| c == '}')? + self.i;
            let s: String = self.chars[self.i + 1..end].iter().collect();
            let v = u32::from_str_radix(&s, 16).ok()?;
            self.i = end + 1;
            return Some(char::from_u32(v));
        }
        let hi = self.hex(4)?;
        if (0xD800..0xDC00).contains(&hi) && self.starts_with("\\u") {
            let save = self.i;
            self.i += 2;
            if let Some(lo) = self.hex(4).filter(|lo| (0xDC00..0xE000).contains(lo)) {
                return Some(char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)));
            }
            self.i = save;
        }
        Some(char::from_u32(hi))
    }

    fn class(&mut self) -> Result<(), String> {
        let negated = self.peek(0) == Some('^');
        if negated {
            self.i += 1;
        }
        let mut items = Vec::new();
        while let Some(c) = self.peek(0) {
            self.i += 1;
            match c {
                ']' => break,
                '-' => items.push(ClassItem::Dash),
                '\\' => {
                    let Some(e) = self.peek(0) else { break };
                    let set = match e {
                        'd' => Some(DIGIT.to_owned()),
                        'D' => Some(format!("[^{DIGIT}]")),
                        'w' => Some(WORD.to_owned()),
                        'W' => Some(format!("[^{WORD}]")),
                        's' => Some(SPACE.to_owned()),
                        'S' => Some(format!("[^{SPACE}]")),
                        _ => None,
                    };
                    if let Some(set) = set {
                        self.i += 1;
                        items.push(ClassItem::Set(set));
                    } else if e == 'b' {
                        self.i += 1;
                        items.push(ClassItem::Char('\x08'));
                    } else if e == '-' {
                        self.i += 1;
                        items.push(ClassItem::Char('-'));
                    } else {
                        items.push(self.escape_atom()?);
                    }
                }
                other => items.push(ClassItem::Char(other)),
            }
        }
        if items.is_empty() {
            // ECMA `[]` matches nothing and `[^]` matches any character.
            self.out.push_str(if negated {
                r"[\x{0}-\x{10FFFF}]"
            } else {
                r"[^\x{0}-\x{10FFFF}]"
            });
            return Ok(());
        }
        let mut body = String::new();
        let mut k = 0;
        while k < items.len() {
            match (&items[k], items.get(k + 1), items.get(k + 2)) {
                (ClassItem::Char(a), Some(ClassItem::Dash), Some(ClassItem::Char(b))) => {
                    push_class_char(&mut body, *a);
                    body.push('-');
                    push_class_char(&mut body, *b);
                    k += 3;
                    continue;
                }
                (ClassItem::Char(a), _, _) => push_class_char(&mut body, *a),
                (ClassItem::Set(s), _, _) => body.push_str(s),
                (ClassItem::Dash, _, _) => body.push_str(r"\-"),
            }
            k += 1;
        }
        write!(self.out, "[{}{body}]", if negated { "^" } else { "" }).unwrap_or(());
        Ok(())
    }
}

/// The capturing groups of `chars` in order, with their names: `(` not followed by `?`, and `(?<name>`.
fn capturing_groups(chars: &[char]) -> Vec<Option<String>> {
    let mut groups = Vec::new();
    let mut i = 0;
    let mut in_class = false;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 1,
            '[' => in_class = true,
            ']' => in_class = false,
            '(' if !in_class => match (chars.get(i + 1), chars.get(i + 2), chars.get(i + 3)) {
                (Some('?'), Some('<'), Some(c)) if *c != '=' && *c != '!' => {
                    let name = chars[i + 3..].iter().take_while(|&&c| c != '>').collect();
                    groups.push(Some(name));
                }
                (Some('?'), _, _) => {}
                _ => groups.push(None),
            },
            _ => {}
        }
        i += 1;
    }
    groups
}

fn push_literal(out: &mut String, c: char) {
    if regex_syntax::is_meta_character(c) {
        out.push('\\');
        out.push(c);
    } else if c.is_control() || c == ' ' || c == '#' {
        // Written as code points, so the pattern reads the same whatever flags surround it.
        write!(out, "\\x{{{:X}}}", c as u32).unwrap_or(());
    } else {
        out.push(c);
    }
}

fn push_class_char(out: &mut String, c: char) {
    match c {
        '[' | ']' | '\\' | '^' | '-' | '&' | '~' => {
            out.push('\\');
            out.push(c);
        }
        c if c.is_control() || c == ' ' || c == '#' => write!(out, "\\x{{{:X}}}", c as u32).unwrap_or(()),
        c => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linear(p: &str) -> regex::Regex {
        match analyze(p) {
            Ok(Engine::Linear(r)) => regex::Regex::new(&r).unwrap(),
            other => panic!("{p}: {other:?}"),
        }
    }

    /// Our translation and an ECMA engine agree on whether each input matches.
    fn agree(p: &str, inputs: &[&str]) {
        let ours = linear(p);
        let ecma = regress::Regex::with_flags(p, "u")
            .or_else(|_| regress::Regex::new(p))
            .unwrap();
        for input in inputs {
            assert_eq!(
                ours.is_match(input),
                ecma.find(input).is_some(),
                "pattern {p:?} on {input:?} (rust: {ours})"
            );
        }
    }

    #[test]
    fn ascii_classes_and_unanchored_search() {
        agree(r"\d", &["1", "٣", "x", "x1y"]);
        agree(r"^\d+$", &["123", "12٣", "", "1\n"]);
        agree(r"^\w+$", &["abc_1", "é", "a-b"]);
        agree(r"\s", &["a b", "a\u{a0}b", "a\u{2028}", "a\u{85}b", "ab"]);
        agree(r".*Z", &["xZy", "Z", "1970-01-01T00:00:00.000Z", "z"]);
        agree(r"^a.c$", &["abc", "a\nc", "a\u{2028}c", "aéc", "a😀c"]);
        agree(
            r"^AI[a-f0-9]{32}$",
            &[
                "AI1234567890abcdef1234567890abcdef",
                "AI123",
                "xAI1234567890abcdef1234567890abcdef",
            ],
        );
        agree(r"\bcat\b", &["a cat.", "concat", "cat"]);
    }

    #[test]
    fn classes_keep_ecma_meaning() {
        agree(r"^[\d-]+$", &["1-2", "a"]);
        agree(r"^[\w.+-]+@[a-z]+$", &["a.b+c@x", "a b@x"]);
        agree(r"^[[a]+$", &["[a[", "b"]);
        agree(r"^[a&&b]$", &["&", "a", "b"]);
        agree(r"^[~-]$", &["~", "-"]);
        agree(r"^[^\s]+$", &["abc", "a b"]);
        agree(r"^[\D]$", &["a", "1"]);
        agree(r"^[]$", &["", "a"]);
        agree(r"^[^]$", &["a", "\n"]);
        agree(r"^[\b]$", &["\u{8}", "b"]);
        agree(r"^[\u0041-\u005A]+$", &["ABC", "abc"]);
        agree(r"^\p{Lu}\p{Ll}+$", &["Élan", "elan"]);
    }

    #[test]
    fn annex_b_literals() {
        agree(r"^a\-b$", &["a-b", "ab"]);
        agree(r"^a{,2}$", &["a{,2}", "aa"]);
        agree(r"^x{2}$", &["xx", "x"]);
        agree(r"^a]$", &["a]"]);
        agree(r"^\x41\u0042\cJ$", &["AB\n", "AB"]);
        agree(r"^\uD83D\uDE00$", &["😀", "x"]);
        agree(r"^(?<year>\d{4})-(?:\d{2})$", &["2024-01", "2024"]);
        agree(r"^a#b c$", &["a#b c"]);
        agree(r"^\/path\.json$", &["/path.json", "/pathxjson"]);
    }

    #[test]
    fn backtracking_constructs_are_named() {
        assert_eq!(
            analyze(r"^(?=.*\d)\w+$"),
            Ok(Engine::Backtracking("lookahead `(?=`".into()))
        );
        assert_eq!(analyze(r"^(?!x)"), Ok(Engine::Backtracking("lookahead `(?!`".into())));
        assert_eq!(
            analyze(r"(?<=a)b"),
            Ok(Engine::Backtracking("lookbehind `(?<=`".into()))
        );
        assert_eq!(
            analyze(r"(a)\1"),
            Ok(Engine::Backtracking("backreference `\\1`".into()))
        );
        assert_eq!(
            analyze(r"(?<n>a)\k<n>"),
            Ok(Engine::Backtracking("named backreference `\\k<...>`".into()))
        );
    }

    /// The budgeted engine's translation and an ECMA engine agree on whether each input matches.
    fn agree_bounded(p: &str, inputs: &[&str]) {
        let fancy = bounded(p).unwrap_or_else(|e| panic!("{p}: {e}"));
        let ours = fancy_regex::Regex::new(&fancy).unwrap();
        let ecma = regress::Regex::with_flags(p, "u")
            .or_else(|_| regress::Regex::new(p))
            .unwrap();
        for input in inputs {
            assert_eq!(
                ours.is_match(input).ok(),
                Some(ecma.find(input).is_some()),
                "pattern {p:?} on {input:?} (fancy: {fancy})"
            );
        }
    }

    #[test]
    fn bounded_translation_keeps_ecma_meaning() {
        agree_bounded(
            r"^(?=.*\d)(?=.*[a-z]).{8,}$",
            &["abcdefg1", "abcdefgh", "1bcd\nefgh", "٣bcdefgh"],
        );
        agree_bounded(r"^(?!admin$)\w+$", &["admin", "admins", "alice", "é"]);
        agree_bounded(r"(?<=\$)\d+", &["$12", "12", "€12"]);
        agree_bounded(r"(?<!un)done\b", &["done", "undone", "done_", "done!"]);
        agree_bounded(r"^(\w)\1$", &["aa", "ab", "a"]);
        agree_bounded(r"^(?<q>['\x22]).*\k<q>$", &["'a'", "\"a'", "\"\""]);
        // A reference to a group that has not taken part matches the empty string in ECMA.
        agree_bounded(r"^(?:(a)|b)\1c$", &["bc", "aac", "ac", "bbc"]);
        agree_bounded(r"^\1(a)$", &["a", "aa"]);
        // More digits than groups: Annex B's octal escape, or the digit itself.
        agree_bounded(r"^(?=a)\101\8$", &["AA8", "aA8", "A8"]);
        agree_bounded(r"(?=x)\bx\B", &["x", "xy", "x y", "éxy"]);
        agree_bounded(r"^(?=a)(a+)+$", &["aaa", "aab", ""]);
    }

    #[test]
    fn backtracking_findings_are_shared() {
        assert_eq!(backtracking_finding(r"^\d+$"), None);
        assert_eq!(backtracking_finding("("), None);
        let (message, help) = backtracking_finding(r"^(?=a)(a+)+$").unwrap();
        assert!(message.contains("lookahead") && message.contains("budget"), "{message}");
        assert!(help.contains("nested quantifiers"), "{help}");
        // Too large for the linear engine, so for `fancy-regex` too: every value is undecided, and said so.
        let huge = "^(?:[a-z]{1000}){1000}$";
        assert!(matches!(analyze(huge), Ok(Engine::Backtracking(_))));
        assert!(bounded(huge).is_err());
        let (message, _) = backtracking_finding(huge).unwrap();
        assert!(message.contains("generated code refuses every value"), "{message}");
    }

    #[test]
    fn invalid_patterns_are_errors() {
        for p in ["(", "[a", "a{2,1}", "*a", "(?<n>a)(?<n>b)"] {
            assert!(analyze(p).is_err(), "{p} should be invalid");
        }
    }
}
