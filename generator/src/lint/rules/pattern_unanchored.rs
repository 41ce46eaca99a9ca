use std::collections::HashSet;

use regex_syntax::hir::{Class, Hir, HirKind, Look};

use super::pattern_unanchored_identifier::{identifier_pattern, top_level_alternation, unanchored};
use crate::declare_rule;
use crate::ecma;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::{Node, Value};
use crate::load::pointer::push;
use crate::source::FileId;

declare_rule! {
    /// An unanchored `pattern` whose shape describes a whole value: a counted run of character classes
    /// (`[a-f0-9]{32}`, `\d{4}-\d{2}-\d{2}`), a sequence of classes (`[A-Z]{2}-\d+`), or an optional
    /// part at an open end (`-?\d+`), on any string schema, parameter or header.
    ///
    /// OpenAPI patterns are unanchored ECMA-262 searches: `[a-f0-9]{32}` accepts
    /// `!00000000000000000000000000000000!` (a 34-character value) because it contains 32 hex digits in a
    /// row. Such a shape is rarely what a search is for; and at an unanchored end a bound or an optional
    /// part changes nothing (`[0-9]{1,3}` accepts `12345`, exactly like `[0-9]`), so writing one shows
    /// the author read the pattern as anchored. The message shows a value the pattern accepts and the
    /// anchored one rejects. Patterns a search is plainly meant for are left alone: literals (`https://`,
    /// `\.pdf$`), a single class (`\S`, `[a-z]+`), and anything with an unbounded wide piece (`.*`,
    /// `\S+`, `[^/]+`). To keep a search on purpose, say so with `.*` (`.*[a-f0-9]{32}`).
    /// `pattern-unanchored-identifier` is the stricter rule on identifier-like parameters (any
    /// unanchored pattern); the patterns it reports are not reported again here. Neither Spectral nor
    /// Redocly has such a rule.
    ///
    /// Not reported either: a schema whose `minLength` or `maxLength` exceeds the pattern's longest
    /// match, which says values are longer than a match (the last 4 characters of an IBAN of up to 34).
    ///
    /// False positives, measured over the 54 corpus roots (`for r in $(cat ../shared/corpus/roots.txt);
    /// do target/release/specgen lint --format json --root-dir ../shared/corpus ../shared/corpus/$r;
    /// done | grep -c '"rule": "pattern-unanchored"'`), each finding judged by its property's
    /// description, examples and length bounds: 10 findings in 3 specs, 1 false positive (10%). True:
    /// DigitalOcean's four UUID fields (`^$|[0-9a-f]{8}\b-…`: the `^$` anchors only the empty
    /// alternative), PayPal's e-mail grammar and three card-digit runs (`[0-9]{4}` with `maxLength: 4`),
    /// OpenSearch's byte counts (`-1|0|\d+(\.\d+)?(b|kb|…)`). False: OpenSearch's `PercentageString`
    /// (`\d+(\.\d+)?`), whose real values (`100.0%`) pass only because the search is unanchored. The
    /// corpus holds 78 distinct string patterns not anchored at both ends; the rest are left alone
    /// (Stripe's `^/v1/...` URL prefixes, Matrix's sigils `^!` and `^@`, literal alternatives, patterns
    /// with `.*`; identifier parameters are `pattern-unanchored-identifier`'s).
    ///
    /// Bad:
    ///
    /// ```yaml
    /// checksum:
    ///   type: string
    ///   description: MD5 of the file, as 32 hex digits.
    ///   pattern: '[a-f0-9]{32}'
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// checksum:
    ///   type: string
    ///   description: MD5 of the file, as 32 hex digits.
    ///   pattern: '^[a-f0-9]{32}$'
    /// ```
    pub static META = { id: "pattern-unanchored", severity: Warning, versions: ANY_OAS };
}

/// What makes a pattern's shape describe a whole value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Evidence {
    /// A class repeated a fixed or bounded number of times (`[a-f0-9]{32}`, `\d{1,3}`).
    CountedRun,
    /// Two or more pieces that are character classes (`[A-Z]+-\d+`).
    ClassSequence,
    /// An optional or bounded piece at an unanchored end, which a search ignores (`-?\d+`).
    IgnoredEnd,
}

impl Evidence {
    fn describe(self) -> &'static str {
        match self {
            Evidence::CountedRun => "a run of characters of a fixed or bounded length",
            Evidence::ClassSequence => "a sequence of character classes",
            Evidence::IgnoredEnd => "an optional or bounded part at an unanchored end, which a search ignores",
        }
    }
}

/// One pattern to report, found at a visit and reported at `finish` unless the identifier rule has it.
struct Found {
    file: FileId,
    ptr: String,
    message: String,
    help: String,
}

#[derive(Default)]
pub struct PatternUnanchored {
    found: Vec<Found>,
    seen: HashSet<(FileId, String)>,
    /// The patterns `pattern-unanchored-identifier` judges.
    claimed: HashSet<(FileId, String)>,
}

impl Rule for PatternUnanchored {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Schema.bit() | Kind::Parameter.bit() | Kind::Header.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        if v.kind == Kind::Parameter
            && let Some(target) = identifier_pattern(v, cx)
        {
            self.claimed.insert((target.file, target.ptr));
        }
        let Some(pattern) = v.node.get("pattern").and_then(Node::as_str) else {
            return;
        };
        // `pattern` applies to strings only.
        if !may_be_string(v.node) {
            return;
        }
        let ptr = push(v.ptr, "pattern");
        if !self.seen.insert((v.file, ptr.clone())) {
            return;
        }
        let Some(mut why) = unanchored(pattern) else {
            return;
        };
        if top_level_alternation(pattern) && (pattern.starts_with('^') || pattern.ends_with('$')) {
            why = "anchors only some of its alternatives";
        }
        let Some(shape) = whole_value_shape(pattern) else {
            return;
        };
        // A length bound beyond the pattern's longest match says values are longer than a match: the
        // search is meant (the last 4 characters of an IBAN of up to 34).
        let bound = ["minLength", "maxLength"]
            .iter()
            .filter_map(|k| match v.node.get(k).map(|n| &n.value) {
                Some(Value::Number(n)) => n.as_u64(),
                _ => None,
            })
            .max();
        if let (Some(bound), Some(longest)) = (bound, shape.longest)
            && bound > longest as u64
        {
            return;
        }
        let example = shape
            .counterexample
            .map(|c| format!(", such as `{c}`"))
            .unwrap_or_default();
        // A long pattern (a whole e-mail grammar) is not repeated in full.
        let (shown, anchored, searched) = if pattern.chars().count() > 60 {
            let head: String = pattern.chars().take(40).collect();
            (format!("{head}…"), "^(?:…)$".to_owned(), ".*…".to_owned())
        } else {
            (pattern.to_owned(), anchored_form(pattern), format!(".*{}", strip_anchors(pattern)))
        };
        self.found.push(Found {
            file: v.file,
            ptr,
            message: format!(
                "`pattern` `{shown}` {why}, yet its shape ({}) describes a whole value: as a search it \
                 accepts any string that contains a match{example}",
                shape.evidence.describe()
            ),
            help: format!(
                "anchor it: `{anchored}`; if a match anywhere in the value is meant, say so with `.*` \
                 (`{searched}`)"
            ),
        });
    }

    fn finish(&mut self, cx: &mut Cx<'_>) {
        for f in std::mem::take(&mut self.found) {
            if self.claimed.contains(&(f.file, f.ptr.clone())) {
                continue;
            }
            cx.report(&META, f.file, &f.ptr, f.message).help(f.help);
        }
    }
}

/// Whether the node's `type` admits strings (no `type` does).
fn may_be_string(node: &Node) -> bool {
    match node.get("type") {
        None => true,
        Some(t) => match t.as_str() {
            Some(s) => s == "string",
            None => t
                .as_array()
                .is_none_or(|types| types.iter().any(|x| x.as_str() == Some("string"))),
        },
    }
}

fn strip_anchors(pattern: &str) -> &str {
    let inner = pattern.strip_prefix('^').unwrap_or(pattern);
    match inner.strip_suffix('$') {
        Some(rest) if !rest.ends_with('\\') => rest,
        _ => inner,
    }
}

/// The pattern anchored at both ends, its alternatives grouped.
fn anchored_form(pattern: &str) -> String {
    format!("^(?:{})$", strip_anchors(pattern))
}

struct Shape {
    evidence: Evidence,
    /// A value the pattern accepts and its anchored form rejects.
    counterexample: Option<String>,
    /// The longest match, in bytes (at least its length in characters); `None` when unbounded.
    longest: Option<usize>,
}

/// Whether `pattern` (not anchored at both ends) has a whole-value shape. Every top-level alternative
/// must have one; patterns that need a backtracking engine are left alone.
fn whole_value_shape(pattern: &str) -> Option<Shape> {
    let Ok(ecma::Engine::Linear(rust)) = ecma::analyze(pattern) else {
        return None;
    };
    let hir = regex_syntax::parse(&rust).ok()?;
    let alternatives: Vec<&Hir> = match hir.kind() {
        HirKind::Alternation(alts) => alts.iter().collect(),
        _ => vec![&hir],
    };
    // Every alternative must be free of deliberate-search pieces, and one must describe a whole value
    // (the others may be text or a plain class: `-1|\d+(\.\d+)?kb`).
    let mut evidence = None;
    for alt in alternatives {
        if let Some(e) = sequence_evidence(alt)? {
            evidence.get_or_insert((e, alt));
        }
    }
    let (evidence, alt) = evidence?;
    Some(Shape {
        evidence,
        counterexample: counterexample(&rust, alt, pattern),
        longest: hir.properties().maximum_len(),
    })
}

/// One piece of a flattened sequence.
struct Piece {
    /// Matches at least one character from a class (not only fixed text).
    class: bool,
    /// Holds a class of more than 65,536 characters (`.`, `\S`, `[^/]`).
    wide: bool,
    min: u32,
    max: Option<u32>,
}

/// The evidence that one alternative describes a whole value (`Some(None)`: none, but nothing that
/// marks a deliberate search either), or `None` for an alternative written as a search.
fn sequence_evidence(alt: &Hir) -> Option<Option<Evidence>> {
    let mut items = Vec::new();
    flatten(alt, &mut items);
    let open_start = !matches!(items.first().map(|h| h.kind()), Some(HirKind::Look(Look::Start)));
    let open_end = !matches!(items.last().map(|h| h.kind()), Some(HirKind::Look(Look::End)));
    let mut pieces = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match item.kind() {
            HirKind::Empty => {}
            HirKind::Look(Look::Start) if i == 0 => {}
            HirKind::Look(Look::End) if i + 1 == items.len() => {}
            HirKind::Look(look) if is_word_boundary(*look) => {}
            HirKind::Repetition(rep) => {
                let (class, wide) = classes(&rep.sub)?;
                pieces.push(Piece {
                    class,
                    wide,
                    min: rep.min,
                    max: rep.max,
                });
            }
            _ => {
                let (class, wide) = classes(item)?;
                pieces.push(Piece {
                    class,
                    wide,
                    min: 1,
                    max: Some(1),
                });
            }
        }
    }
    // An unbounded wide piece (`.*`, `\S+`) is how a search is written on purpose.
    if pieces.iter().any(|p| p.wide && p.max.is_none()) {
        return None;
    }
    let counted = |p: &Piece| p.class && (p.min >= 2 || p.max.is_some_and(|max| max >= 2));
    if pieces.iter().any(counted) {
        return Some(Some(Evidence::CountedRun));
    }
    if pieces.iter().filter(|p| p.class).count() >= 2 {
        return Some(Some(Evidence::ClassSequence));
    }
    let ignored = |p: &Piece| p.max.is_some_and(|max| p.min < max);
    let ends_ignored = (open_start && pieces.first().is_some_and(ignored))
        || (open_end && pieces.last().is_some_and(ignored));
    Some((ends_ignored && pieces.iter().any(|p| p.class)).then_some(Evidence::IgnoredEnd))
}

/// `\b` and `\B`: zero-width, they neither describe nor rule out a whole value.
fn is_word_boundary(look: Look) -> bool {
    matches!(
        look,
        Look::WordAscii | Look::WordAsciiNegate | Look::WordUnicode | Look::WordUnicodeNegate
    )
}

/// Concatenations and groups, flattened into one sequence.
fn flatten<'h>(hir: &'h Hir, out: &mut Vec<&'h Hir>) {
    match hir.kind() {
        HirKind::Concat(items) => items.iter().for_each(|h| flatten(h, out)),
        HirKind::Capture(c) => flatten(&c.sub, out),
        _ => out.push(hir),
    }
}

/// (holds a class, holds a wide class) for a piece made only of text, classes, groups, alternations and
/// repetitions of them; `None` for anything else (`\b`, an anchor inside a group).
fn classes(hir: &Hir) -> Option<(bool, bool)> {
    match hir.kind() {
        HirKind::Empty | HirKind::Literal(_) => Some((false, false)),
        HirKind::Class(class) => Some((true, class_size(class) > 0x10000)),
        HirKind::Repetition(rep) => classes(&rep.sub),
        HirKind::Capture(c) => classes(&c.sub),
        HirKind::Concat(items) | HirKind::Alternation(items) => items.iter().try_fold((false, false), |acc, h| {
            let (class, wide) = classes(h)?;
            Some((acc.0 || class, acc.1 || wide))
        }),
        HirKind::Look(look) if is_word_boundary(*look) => Some((false, false)),
        HirKind::Look(_) => None,
    }
}

fn class_size(class: &Class) -> u64 {
    match class {
        Class::Unicode(c) => c.iter().map(|r| u64::from(r.end()) - u64::from(r.start()) + 1).sum(),
        Class::Bytes(c) => c.iter().map(|r| u64::from(r.end()) - u64::from(r.start()) + 1).sum(),
    }
}

/// A value that the pattern (`rust`, its translation) accepts and its anchored form rejects: a shortest
/// match of `alt` with a character added at each open end, checked with both regexes.
fn counterexample(rust: &str, alt: &Hir, pattern: &str) -> Option<String> {
    let mut core = String::new();
    witness(alt, &mut core)?;
    let search = regex::Regex::new(rust).ok()?;
    let Ok(ecma::Engine::Linear(anchored)) = ecma::analyze(&anchored_form(pattern)) else {
        return None;
    };
    let anchored = regex::Regex::new(&anchored).ok()?;
    let junk = ["!", "~", "#", " "];
    let both = junk.iter().map(|j| format!("{j}{core}{j}"));
    let end = junk.iter().map(|j| format!("{core}{j}"));
    let start = junk.iter().map(|j| format!("{j}{core}"));
    both.chain(end)
        .chain(start)
        .find(|value| search.is_match(value) && !anchored.is_match(value))
}

/// A shortest string `hir` matches (each class's first printable ASCII character where it has one).
fn witness(hir: &Hir, out: &mut String) -> Option<()> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(Look::Start | Look::End) => {}
        HirKind::Look(look) if is_word_boundary(*look) => {}
        HirKind::Literal(lit) => out.push_str(std::str::from_utf8(&lit.0).ok()?),
        HirKind::Class(class) => out.push(class_char(class)?),
        HirKind::Repetition(rep) => {
            for _ in 0..rep.min.min(256) {
                witness(&rep.sub, out)?;
            }
        }
        HirKind::Capture(c) => witness(&c.sub, out)?,
        HirKind::Concat(items) => items.iter().try_for_each(|h| witness(h, out))?,
        HirKind::Alternation(alts) => witness(alts.first()?, out)?,
        HirKind::Look(_) => return None,
    }
    Some(())
}

fn class_char(class: &Class) -> Option<char> {
    let ranges: Vec<(char, char)> = match class {
        Class::Unicode(c) => c.iter().map(|r| (r.start(), r.end())).collect(),
        Class::Bytes(c) => c
            .iter()
            .filter(|r| r.start().is_ascii())
            .map(|r| (char::from(r.start()), char::from(r.end().min(0x7F))))
            .collect(),
    };
    let pick = |good: fn(&char) -> bool| ranges.iter().find_map(|&(a, b)| (a..=b).find(good));
    pick(char::is_ascii_alphanumeric)
        .or_else(|| pick(char::is_ascii_graphic))
        .or_else(|| ranges.first().map(|r| r.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(p: &str) -> Option<Evidence> {
        whole_value_shape(p).map(|s| s.evidence)
    }

    #[test]
    fn whole_value_shapes() {
        assert_eq!(evidence("[a-f0-9]{32}"), Some(Evidence::CountedRun));
        assert_eq!(evidence(r"\d{4}-\d{2}-\d{2}"), Some(Evidence::CountedRun));
        assert_eq!(evidence(r"[A-Z]{2}-\d+"), Some(Evidence::CountedRun));
        assert_eq!(evidence("[0-9]{1,3}"), Some(Evidence::CountedRun));
        assert_eq!(evidence(r"^[0-9]{5}"), Some(Evidence::CountedRun));
        assert_eq!(evidence(".{1,255}"), Some(Evidence::CountedRun));
        assert_eq!(evidence(r"[A-Z]+-\d+"), Some(Evidence::ClassSequence));
        assert_eq!(evidence(r"\d+(\.\d+)?"), Some(Evidence::ClassSequence));
        assert_eq!(evidence(r"-?\d+"), Some(Evidence::IgnoredEnd));
        assert_eq!(evidence(r"[0-9]{5}|[0-9]{9}"), Some(Evidence::CountedRun));
        assert_eq!(evidence("[0-9]{2,}"), Some(Evidence::CountedRun));
        assert_eq!(evidence(r"\b[A-Z]{2}\b"), Some(Evidence::CountedRun));
        assert_eq!(evidence(r"^$|[0-9a-f]{8}\b-[0-9a-f]{4}"), Some(Evidence::CountedRun));
        assert_eq!(evidence(r"-1|0|\d+(\.\d+)?(kb|mb)"), Some(Evidence::ClassSequence));
    }

    #[test]
    fn searches_on_purpose_are_left_alone() {
        for p in [
            "https://",
            r"\.pdf$",
            r"^https?://",
            r"\S",
            r"[a-z0-9]+",
            "[a-z]",
            r".*[a-f0-9]{32}",
            r"[^@]+@[^@]+\.[a-z]{2,}",
            r"\S+\s\S+",
            "payTo|upi_collect",
            "([a-zA-Z0-9])",
            // Needs a backtracking engine: not judged.
            r"(?=\d)[0-9]{4}",
            // One alternative is a deliberate search.
            r"[0-9]{5}|@.*",
        ] {
            assert_eq!(evidence(p), None, "{p}");
        }
    }

    #[test]
    fn counterexamples_are_accepted_by_the_pattern_and_rejected_anchored() {
        let shape = whole_value_shape("[a-f0-9]{32}").expect("a whole-value shape");
        assert_eq!(shape.counterexample.as_deref(), Some("!00000000000000000000000000000000!"));
        let shape = whole_value_shape("^[0-9]{5}").expect("a whole-value shape");
        assert_eq!(shape.counterexample.as_deref(), Some("00000!"));
        let shape = whole_value_shape(r"[0-9]{1,3}").expect("a whole-value shape");
        assert_eq!(shape.counterexample.as_deref(), Some("!0!"));
        let shape = whole_value_shape(r"^$|[0-9a-f]{8}\b-[0-9a-f]{4}").expect("a whole-value shape");
        assert_eq!(shape.counterexample.as_deref(), Some("!00000000-0000!"));
        assert_eq!(anchored_form("^a|b$"), "^(?:a|b)$");
        assert_eq!(strip_anchors(r"a\$"), r"a\$");
    }

    fn findings(text: &str) -> Vec<(&'static str, String)> {
        let spec = crate::load::Spec::from_text("t.yaml", text, &crate::load::LoadOptions::default());
        crate::lint::lint_spec(spec)
            .findings
            .into_iter()
            .filter(|d| d.code.starts_with("pattern-unanchored"))
            .map(|d| (d.code, d.location.map(|l| l.pointer).unwrap_or_default()))
            .collect()
    }

    #[test]
    fn string_schemas_parameters_and_headers_once_each() {
        let doc = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a/{a}:\n    get:\n      parameters:\n        - {name: a, in: path, required: true, schema: {$ref: '#/components/schemas/Hash'}}\n        - {name: q, in: query, schema: {$ref: '#/components/schemas/Hash'}}\n        - {name: n, in: query, schema: {type: string, pattern: '[A-Z]{2}-\\d+'}}\n      responses: {'200': {description: ok}}\ncomponents:\n  schemas:\n    Hash: {type: string, pattern: '[a-f0-9]{32}'}\n    Count: {type: integer, pattern: '[0-9]{3}'}\n    Either: {type: [string, 'null'], pattern: '^[0-9]{5}'}\n    Fine: {type: string, pattern: '^[a-f0-9]{32}$'}\n    Tail: {type: string, maxLength: 34, pattern: '[A-Z0-9]{4}'}\n    Last4: {type: string, maxLength: 4, pattern: '[0-9]{4}'}\n";
        assert_eq!(
            findings(doc),
            [
                ("pattern-unanchored", "/paths/~1a~1{a}/get/parameters/2/schema/pattern".to_owned()),
                // The path parameter's pattern is the identifier rule's, reported once, by it.
                ("pattern-unanchored-identifier", "/components/schemas/Hash/pattern".to_owned()),
                ("pattern-unanchored", "/components/schemas/Either/pattern".to_owned()),
                // Not `Tail`: its `maxLength` allows values longer than any match, so a search is meant.
                ("pattern-unanchored", "/components/schemas/Last4/pattern".to_owned()),
            ]
        );
        let swagger = "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: zip, in: query, type: string, pattern: '[0-9]{5}'}\n      responses:\n        '200':\n          description: ok\n          headers: {X-Trace: {type: string, pattern: '[a-f0-9]{16}'}}\n";
        assert_eq!(
            findings(swagger),
            [
                ("pattern-unanchored", "/paths/~1a/get/parameters/0/pattern".to_owned()),
                ("pattern-unanchored", "/paths/~1a/get/responses/200/headers/X-Trace/pattern".to_owned()),
            ]
        );
    }
}
