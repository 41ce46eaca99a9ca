//! Plain Rust for the patterns that need no regex engine.
//!
//! Most `pattern`s in real specs are literals (`Z$`), searches that a leading `.*` makes look harder
//! than they are (`.*Z`), or anchored runs of ASCII classes (`^AI[a-f0-9]{32}$`). Checked through
//! the `regex` crate, each costs a cache lookup and a DFA walk per value, a measurable share of a
//! generated server's per-request time; a byte comparison does the same work for a fraction of it.
//!
//! [`simple`] reads the pattern's `regex` translation (ECMA semantics already made explicit: `.` is
//! `[^\n\r\u{2028}\u{2029}]`, `\d` is `[0-9]`) and returns a [`Simple`] only where the plain check
//! is provably the same test as an unanchored `is_match`:
//! - a literal is `contains`, `starts_with`, `ends_with` or `==` by its anchors;
//! - without `^`, a leading piece that may match nothing (`.*`, `x?`) changes no search result, and
//!   a leading `C{m,n}` matches exactly where `C{m}` matches (the last `m` of its characters);
//!   symmetrically at the end without `$`;
//! - a sequence of ASCII-only classes consumes exactly one byte per repetition, so with both anchors
//!   and at most one piece of variable count, the value's length fixes where every piece lies, and
//!   the check is one test per byte (a non-ASCII byte fails every class, as its character would).
//!
//! Anything else (alternations, groups under repetition, non-ASCII classes, look-arounds other than
//! `^` and `$`) keeps the regex.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// A pattern that plain Rust checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Simple {
    /// A fixed text; where it must be depends on the anchors.
    Literal { text: String, start: bool, end: bool },
    /// ASCII pieces matched byte by byte, anchored at the start, the end or both.
    Bytes { pieces: Vec<Piece>, start: bool, end: bool },
    /// Some byte of the value is in the class (an unanchored single class).
    AnyByte(Vec<(u8, u8)>),
}

/// One ASCII class repeated `min..=max` times (`max: None` is unbounded).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Piece {
    pub ranges: Vec<(u8, u8)>,
    pub min: u32,
    pub max: Option<u32>,
}

impl Piece {
    fn fixed(&self) -> bool {
        self.max == Some(self.min)
    }

    fn single_byte(&self) -> Option<u8> {
        match self.ranges.as_slice() {
            [(a, b)] if a == b && self.fixed() => Some(*a),
            _ => None,
        }
    }
}

/// Pieces of the sequence before anchors and literals are sorted out.
enum Part {
    Text(String),
    Piece(Piece),
    /// A piece whose class is not ASCII-only: acceptable only where it is trimmed away.
    Other {
        min: u32,
    },
}

/// The plain check for a `regex` crate pattern (an ECMA pattern's translation), if there is one.
pub(super) fn simple(rust_regex: &str) -> Option<Simple> {
    let hir = regex_syntax::parse(rust_regex).ok()?;
    let mut items = Vec::new();
    flatten(&hir, &mut items);
    let start = matches!(items.first(), Some(h) if matches!(h.kind(), HirKind::Look(Look::Start)));
    if start {
        items.remove(0);
    }
    let end = matches!(items.last(), Some(h) if matches!(h.kind(), HirKind::Look(Look::End)));
    if end {
        items.pop();
    }
    let mut parts = Vec::new();
    for item in items {
        match item.kind() {
            HirKind::Empty => {}
            HirKind::Literal(lit) => parts.push(Part::Text(String::from_utf8(lit.0.to_vec()).ok()?)),
            HirKind::Class(class) => parts.push(match ascii_ranges(class) {
                Some(ranges) => Part::Piece(Piece {
                    ranges,
                    min: 1,
                    max: Some(1),
                }),
                None => Part::Other { min: 1 },
            }),
            HirKind::Repetition(rep) => {
                let ranges = match rep.sub.kind() {
                    HirKind::Class(class) => ascii_ranges(class),
                    HirKind::Literal(lit) if lit.0.len() == 1 && lit.0[0].is_ascii() => {
                        Some(vec![(lit.0[0], lit.0[0])])
                    }
                    HirKind::Literal(_) => None,
                    _ => return None,
                };
                parts.push(match ranges {
                    Some(ranges) => Part::Piece(Piece {
                        ranges,
                        min: rep.min,
                        max: rep.max,
                    }),
                    None => Part::Other { min: rep.min },
                });
            }
            // Other look-arounds (`\b`, multi-line anchors), alternations, nested groups.
            _ => return None,
        }
    }
    // Without an anchor on a side, the piece on that side matters only as far as its minimum.
    if !start {
        trim(
            &mut parts,
            |parts| parts.first_mut(),
            |parts| {
                parts.remove(0);
            },
        );
    }
    if !end {
        trim(
            &mut parts,
            |parts| parts.last_mut(),
            |parts| {
                parts.pop();
            },
        );
    }
    let literal = |p: &Part| match p {
        Part::Text(_) => true,
        Part::Piece(q) => q.single_byte().is_some(),
        Part::Other { .. } => false,
    };
    if parts.iter().all(literal) {
        let mut text = String::new();
        for part in &parts {
            match part {
                Part::Text(t) => text.push_str(t),
                Part::Piece(p) => {
                    let c = char::from(p.single_byte()?);
                    text.extend(std::iter::repeat_n(c, p.min as usize));
                }
                Part::Other { .. } => return None,
            }
        }
        return Some(Simple::Literal { text, start, end });
    }
    // Bytes from here: literals must be ASCII to be one byte per character.
    let mut pieces = Vec::new();
    for part in parts {
        match part {
            Part::Text(t) if t.is_ascii() => pieces.extend(t.bytes().map(|b| Piece {
                ranges: vec![(b, b)],
                min: 1,
                max: Some(1),
            })),
            Part::Text(_) | Part::Other { .. } => return None,
            Part::Piece(p) => pieces.push(p),
        }
    }
    let variable = pieces.iter().filter(|p| !p.fixed()).count();
    match (start, end) {
        (true, true) if variable <= 1 => Some(Simple::Bytes { pieces, start, end }),
        // One anchor: the trimmed piece on the open side is fixed; the rest must be too.
        (true, false) | (false, true) if variable == 0 => Some(Simple::Bytes { pieces, start, end }),
        (false, false) => match pieces.as_slice() {
            [one] if one.min == 1 => Some(Simple::AnyByte(one.ranges.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// Drops pieces that may match nothing from one open side, and cuts the next one to its minimum.
fn trim(parts: &mut Vec<Part>, side: impl Fn(&mut Vec<Part>) -> Option<&mut Part>, drop: impl Fn(&mut Vec<Part>)) {
    loop {
        match side(parts) {
            Some(Part::Piece(Piece { min: 0, .. }) | Part::Other { min: 0 }) => drop(parts),
            Some(Part::Piece(p)) => {
                p.max = Some(p.min);
                break;
            }
            _ => break,
        }
    }
}

/// Concatenations and groups, flattened into one sequence (groups capture nothing that a check needs).
fn flatten<'h>(hir: &'h Hir, out: &mut Vec<&'h Hir>) {
    match hir.kind() {
        HirKind::Concat(items) => items.iter().for_each(|h| flatten(h, out)),
        HirKind::Capture(c) => flatten(&c.sub, out),
        _ => out.push(hir),
    }
}

/// A class's ranges when every member is ASCII (and there is one).
fn ascii_ranges(class: &Class) -> Option<Vec<(u8, u8)>> {
    let ranges: Vec<(u8, u8)> = match class {
        Class::Unicode(c) => c
            .ranges()
            .iter()
            .map(|r| r.end().is_ascii().then(|| (r.start() as u8, r.end() as u8)))
            .collect::<Option<_>>()?,
        Class::Bytes(c) => c
            .ranges()
            .iter()
            .map(|r| r.end().is_ascii().then(|| (r.start(), r.end())))
            .collect::<Option<_>>()?,
    };
    (!ranges.is_empty()).then_some(ranges)
}

/// The expression that says whether `value: &str` matches.
pub(super) fn emit(simple: &Simple) -> TokenStream {
    match simple {
        Simple::Literal { text, start, end } => match (start, end) {
            (true, true) if text.is_empty() => quote!(value.is_empty()),
            (_, _) if text.is_empty() => quote!(true),
            (true, true) => quote!(value == #text),
            (true, false) => {
                let needle = needle(text);
                quote!(value.starts_with(#needle))
            }
            (false, true) => {
                let needle = needle(text);
                quote!(value.ends_with(#needle))
            }
            (false, false) => {
                let needle = needle(text);
                quote!(value.contains(#needle))
            }
        },
        Simple::AnyByte(ranges) => {
            let class = byte_class(ranges);
            quote!(value.as_bytes().iter().any(|&c| #class))
        }
        Simple::Bytes { pieces, start, end } => bytes(pieces, *start, *end),
    }
}

/// Where a piece lies in the value `b`: `Head(i)` from byte `i`, `Tail(d)` from `d` bytes before the
/// end, `Middle(i, d)` from `i` to `d` bytes before the end (the one piece of variable count).
#[derive(Clone, Copy)]
enum At {
    Head(usize),
    Tail(usize),
    Middle(usize, usize),
}

fn bytes(pieces: &[Piece], start: bool, end: bool) -> TokenStream {
    let min = |p: &Piece| p.min as usize;
    let fixed: usize = pieces.iter().filter(|p| p.fixed()).map(min).sum();
    let variable = pieces.iter().position(|p| !p.fixed());
    let length = match (variable.map(|k| &pieces[k]), start && end) {
        (None, true) => {
            let n = Literal::usize_unsuffixed(fixed);
            Some(quote!(b.len() == #n))
        }
        (
            Some(Piece {
                min, max: Some(max), ..
            }),
            _,
        ) => {
            let (lo, hi) = (
                Literal::usize_unsuffixed(fixed + *min as usize),
                Literal::usize_unsuffixed(fixed + *max as usize),
            );
            Some(quote!((#lo..=#hi).contains(&b.len())))
        }
        (Some(Piece { min, .. }), _) => at_least(fixed + *min as usize),
        (None, false) => at_least(fixed),
    };
    // Pieces before the variable one (all of them when there is none and the start is anchored)
    // are placed from the start; the rest from the end.
    let head = variable.unwrap_or(if start { pieces.len() } else { 0 });
    let mut spans = Vec::new();
    let mut offset = 0;
    for p in &pieces[..head] {
        spans.push((At::Head(offset), p));
        offset += min(p);
    }
    let tail = match variable {
        Some(k) => {
            let after: usize = pieces[k + 1..].iter().map(min).sum();
            spans.push((At::Middle(offset, after), &pieces[k]));
            k + 1
        }
        None => head,
    };
    let mut distance: usize = pieces[tail..].iter().map(min).sum();
    for p in &pieces[tail..] {
        spans.push((At::Tail(distance), p));
        distance -= min(p);
    }
    let mut tests: Vec<TokenStream> = length.into_iter().collect();
    let mut i = 0;
    while i < spans.len() {
        let (at, piece) = spans[i];
        // A run of single bytes on the same side is one slice comparison.
        let mut run = Vec::new();
        while let Some((next, p)) = spans.get(i + run.len()) {
            match (p.single_byte(), next, at) {
                (Some(byte), At::Head(_), At::Head(_)) | (Some(byte), At::Tail(_), At::Tail(_)) => run.push(byte),
                _ => break,
            }
        }
        if run.is_empty() {
            let class = byte_class(&piece.ranges);
            tests.push(match at {
                At::Middle(0, 0) => quote!(b.iter().all(|&c| #class)),
                _ => {
                    let range = slice(at, min(piece));
                    quote!(b.get(#range).is_some_and(|s| s.iter().all(|&c| #class)))
                }
            });
            i += 1;
        } else {
            let range = slice(at, run.len());
            tests.push(if run.len() == 1 {
                let byte = Literal::byte_character(run[0]);
                let at = match at {
                    At::Head(0) => quote!(b.first()),
                    At::Tail(1) => quote!(b.last()),
                    At::Head(i) => {
                        let i = Literal::usize_unsuffixed(i);
                        quote!(b.get(#i))
                    }
                    At::Tail(d) => {
                        let d = Literal::usize_unsuffixed(d);
                        quote!(b.get(b.len().saturating_sub(#d)))
                    }
                    At::Middle(..) => unreachable!("a single byte is a fixed piece"),
                };
                quote!(#at == Some(&#byte))
            } else {
                let text = Literal::byte_string(&run);
                quote!(b.get(#range) == Some(#text.as_slice()))
            });
            i += run.len();
        }
    }
    quote!({
        let b = value.as_bytes();
        #(#tests)&&*
    })
}

/// A `char` for a one-character text (a byte search), else the `&str`.
fn needle(text: &str) -> TokenStream {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => quote!(#c),
        _ => quote!(#text),
    }
}

/// `b.len() >= n`, as clippy likes it; nothing for 0.
fn at_least(n: usize) -> Option<TokenStream> {
    match n {
        0 => None,
        1 => Some(quote!(!b.is_empty())),
        n => {
            let n = Literal::usize_unsuffixed(n);
            Some(quote!(b.len() >= #n))
        }
    }
}

/// The index range of `n` bytes at `at`.
fn slice(at: At, n: usize) -> TokenStream {
    let lit = Literal::usize_unsuffixed;
    match at {
        At::Head(i) => {
            let (a, z) = (lit(i), lit(i + n));
            quote!(#a..#z)
        }
        At::Tail(d) if d == n => {
            let d = lit(d);
            quote!(b.len().saturating_sub(#d)..)
        }
        At::Tail(d) => {
            let (a, z) = (lit(d), lit(d - n));
            quote!(b.len().saturating_sub(#a)..b.len().saturating_sub(#z))
        }
        At::Middle(i, 0) => {
            let i = lit(i);
            quote!(#i..)
        }
        At::Middle(i, d) => {
            let (i, d) = (lit(i), lit(d));
            quote!(#i..b.len().saturating_sub(#d))
        }
    }
}

/// A test of the byte `c` against the class: the standard library's name for it when it
/// has one, else a `matches!`.
fn byte_class(ranges: &[(u8, u8)]) -> TokenStream {
    let named = match ranges {
        [(b'0', b'9')] => Some(quote!(c.is_ascii_digit())),
        [(b'a', b'z')] => Some(quote!(c.is_ascii_lowercase())),
        [(b'A', b'Z')] => Some(quote!(c.is_ascii_uppercase())),
        [(b'A', b'Z'), (b'a', b'z')] => Some(quote!(c.is_ascii_alphabetic())),
        [(b'0', b'9'), (b'A', b'Z'), (b'a', b'z')] => Some(quote!(c.is_ascii_alphanumeric())),
        [(b'0', b'9'), (b'A', b'F'), (b'a', b'f')] => Some(quote!(c.is_ascii_hexdigit())),
        _ => None,
    };
    if let Some(named) = named {
        return named;
    }
    let alternatives = ranges.iter().map(|&(a, z)| {
        let (a_lit, z_lit) = (Literal::byte_character(a), Literal::byte_character(z));
        if a == z {
            quote!(#a_lit)
        } else {
            quote!(#a_lit..=#z_lit)
        }
    });
    quote!(matches!(c, #(#alternatives)|*))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ecma::{Engine, analyze};

    fn simple_of(ecma: &str) -> Option<Simple> {
        match analyze(ecma).unwrap() {
            Engine::Linear(rust) => simple(&rust),
            Engine::Backtracking(_) => None,
        }
    }

    fn literal(text: &str, start: bool, end: bool) -> Option<Simple> {
        Some(Simple::Literal {
            text: text.to_owned(),
            start,
            end,
        })
    }

    fn piece(ranges: &[(u8, u8)], min: u32, max: Option<u32>) -> Piece {
        Piece {
            ranges: ranges.to_vec(),
            min,
            max,
        }
    }

    #[test]
    fn literals_become_string_searches() {
        assert_eq!(
            simple_of(".*Z"),
            literal("Z", false, false),
            "a leading `.*` changes no search"
        );
        assert_eq!(simple_of("Z.*"), literal("Z", false, false));
        assert_eq!(simple_of("Z$"), literal("Z", false, true));
        assert_eq!(
            simple_of("^(ab)"),
            literal("ab", true, false),
            "groups capture nothing a check needs"
        );
        assert_eq!(simple_of("^abc$"), literal("abc", true, true));
        assert_eq!(simple_of("x+"), literal("x", false, false), "x+ is found where x is");
        assert_eq!(simple_of("^a{3}"), literal("aaa", true, false));
        assert_eq!(simple_of("é"), literal("é", false, false));
        assert_eq!(
            simple_of("x*"),
            literal("", false, false),
            "matches the empty string anywhere"
        );
    }

    #[test]
    fn anchored_ascii_classes_become_byte_checks() {
        let hex = [(b'0', b'9'), (b'a', b'f')];
        let Some(Simple::Bytes {
            pieces,
            start: true,
            end: true,
        }) = simple_of("^AI[a-f0-9]{32}$")
        else {
            panic!("expected bytes");
        };
        assert_eq!(
            pieces,
            [
                piece(&[(b'A', b'A')], 1, Some(1)),
                piece(&[(b'I', b'I')], 1, Some(1)),
                piece(&hex, 32, Some(32))
            ]
        );
        assert!(
            matches!(simple_of("^\\w+$"), Some(Simple::Bytes { .. })),
            "one piece of variable count"
        );
        assert!(matches!(
            simple_of("^\\d{4}"),
            Some(Simple::Bytes {
                start: true,
                end: false,
                ..
            })
        ));
        assert!(
            matches!(simple_of("^\\d{2,}"), Some(Simple::Bytes { ref pieces, .. }) if pieces[0].max == Some(2)),
            "an open end needs only the minimum"
        );
        assert_eq!(simple_of("[0-9]+"), Some(Simple::AnyByte(vec![(b'0', b'9')])));
    }

    #[test]
    fn everything_else_keeps_the_regex() {
        for pattern in [
            "^.*Z$",       // `.` is not ASCII-only, and is not trimmed between anchors
            "^[^ ]+$",     // nor is a negated class
            "a.*b",        // a `.*` in the middle
            "^a|b$",       // alternation
            "^(ab)+$",     // a group under repetition
            "\\bab\\b",    // word boundaries
            "[0-9]{2}",    // an unanchored run
            "^é+$",        // a repeated non-ASCII character
            "^\\d+-\\d+$", // two variable pieces
        ] {
            assert_eq!(simple_of(pattern), None, "{pattern}");
        }
    }
}
