//! Validates a value written in the spec (an `example`, a `default`, an `enum` member) against an OpenAPI
//! 3.0 Schema Object, on the spanned tree, so that each problem points at the offending part of the value.
//!
//! OpenAPI semantics, not JSON Schema's: `nullable: true` admits `null` (and `type` alone does not);
//! `pattern` is an unanchored ECMA-262 search (`\d` is ASCII); `exclusiveMinimum` is a boolean;
//! `additionalProperties` defaults to true. In an OpenAPI 3.1 document, JSON Schema 2020-12's reading
//! instead: `type` may be a list (`null` admitted only through it), `const`, numeric
//! `exclusiveMinimum`/`exclusiveMaximum`, and `nullable` means nothing. Formats are checked only where the format is unambiguous
//! (`int32`, `int64`, `date`, `date-time`, `uuid`, `email`, `uri`, `ipv4`); unknown formats are annotations.

use std::collections::HashMap;
use std::fmt::Write;

use super::rule::RefMap;
use crate::ecma::{self, Engine};
use crate::load::pointer::escape;
use crate::load::{Node, Value};

/// Deeper nesting of schema against value than this is not followed (a schema that includes itself
/// through `allOf` would otherwise recurse forever).
const MAX_DEPTH: usize = 128;

/// One mismatch: where in the value (a pointer relative to the value's root) and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub at: String,
    pub message: String,
}

enum Matcher {
    Linear(regex::Regex),
    Ecma(regress::Regex),
}

impl Matcher {
    fn is_match(&self, s: &str) -> bool {
        match self {
            Matcher::Linear(r) => r.is_match(s),
            Matcher::Ecma(r) => r.find(s).is_some(),
        }
    }
}

/// A validator with a cache of compiled patterns (the same pattern recurs across a spec).
pub struct Validator<'a, 'r> {
    refs: &'r RefMap<'a>,
    patterns: HashMap<String, Option<Matcher>>,
    /// Schemas are read as OpenAPI 3.1 (JSON Schema 2020-12) rather than 3.0.
    oas31: bool,
}

impl<'a, 'r> Validator<'a, 'r> {
    /// A validator reading schemas as OpenAPI 3.0 does, or as 3.1 does when `oas31`.
    pub fn new(refs: &'r RefMap<'a>, oas31: bool) -> Self {
        Validator {
            refs,
            patterns: HashMap::new(),
            oas31,
        }
    }

    /// Every problem of `value` against `schema` (empty when it conforms).
    pub fn validate(&mut self, schema: &'a Node, value: &Node) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut at = String::new();
        self.check(schema, value, &mut at, &mut out, 0);
        out
    }

    /// Whether `value` conforms, without collecting messages.
    pub fn conforms(&mut self, schema: &'a Node, value: &Node) -> bool {
        self.validate(schema, value).is_empty()
    }

    fn check(&mut self, schema: &'a Node, value: &Node, at: &mut String, out: &mut Vec<Problem>, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        let Some(schema) = self.refs.deref(schema) else { return };
        let Some(s) = schema.as_object() else { return };
        let get = |k: &str| s.get(k).map(|e| &e.node);
        let problem = |out: &mut Vec<Problem>, at: &str, message: String| {
            out.push(Problem {
                at: at.to_owned(),
                message,
            })
        };

        if self.oas31 {
            if let Some(t) = get("type")
                && !types_of(t).iter().any(|t| match *t {
                    "null" => value.value == Value::Null,
                    t => type_matches(t, value),
                })
            {
                let expected: Vec<String> = types_of(t)
                    .iter()
                    .map(|t| if *t == "null" { "null".to_owned() } else { article(t) })
                    .collect();
                let fix = if value.value == Value::Null {
                    " (add `\"null\"` to `type` to allow it)"
                } else {
                    ""
                };
                problem(
                    out,
                    at,
                    format!("expected {}, found {}{fix}", expected.join(" or "), describe(value)),
                );
                return;
            }
            if let Some(c) = get("const")
                && !same(c, value)
            {
                problem(
                    out,
                    at,
                    format!("{} is not the `const` value {}", short(value), short(c)),
                );
            }
        } else if matches!(value.value, Value::Null) {
            let nullable = get("nullable").is_some_and(|n| matches!(n.value, Value::Bool(true)));
            let enum_has_null = get("enum")
                .and_then(Node::as_array)
                .is_some_and(|a| a.iter().any(|n| matches!(n.value, Value::Null)));
            let has_enum = get("enum").is_some();
            if enum_has_null || (nullable && !has_enum) {
                return;
            }
            if nullable {
                problem(
                    out,
                    at,
                    "`null` is not in the `enum`: with `nullable: true`, OpenAPI 3.0.3 still requires `null` to be listed in `enum`".to_owned(),
                );
                return;
            }
            if let Some(t) = get("type").and_then(Node::as_str) {
                problem(
                    out,
                    at,
                    format!("`null` is not allowed: the schema has `type: {t}` without `nullable: true`"),
                );
                return;
            }
        }

        if let Some(t) = get("type").and_then(Node::as_str)
            && !self.oas31
            && !matches!(value.value, Value::Null)
            && !type_matches(t, value)
        {
            problem(out, at, format!("expected {}, found {}", article(t), describe(value)));
            return;
        }

        if let Some(options) = get("enum").and_then(Node::as_array)
            && !options.iter().any(|o| same(o, value))
        {
            let list: Vec<String> = options.iter().take(8).map(short).collect();
            let more = if options.len() > 8 { ", ..." } else { "" };
            problem(
                out,
                at,
                format!(
                    "{} is not one of the `enum` values ({}{more})",
                    short(value),
                    list.join(", ")
                ),
            );
        }

        match &value.value {
            Value::String(text) => self.check_string(&get, text, at, out),
            Value::Number(n) => check_number(&get, n, at, out, self.oas31),
            Value::Array(items) => {
                let len = items.len() as u64;
                if let Some(min) = get("minItems").and_then(as_u64)
                    && len < min
                {
                    problem(out, at, format!("has {len} items, fewer than `minItems: {min}`"));
                }
                if let Some(max) = get("maxItems").and_then(as_u64)
                    && len > max
                {
                    problem(out, at, format!("has {len} items, more than `maxItems: {max}`"));
                }
                if get("uniqueItems").is_some_and(|n| matches!(n.value, Value::Bool(true))) {
                    for (i, a) in items.iter().enumerate() {
                        if let Some(j) = items[..i].iter().position(|b| same(a, b)) {
                            problem(out, at, format!("items {j} and {i} are equal, but `uniqueItems: true`"));
                            break;
                        }
                    }
                }
                if let Some(item_schema) = get("items") {
                    for (i, item) in items.iter().enumerate() {
                        let len = at.len();
                        let _ = write!(at, "/{i}");
                        self.check(item_schema, item, at, out, depth + 1);
                        at.truncate(len);
                    }
                }
            }
            Value::Object(map) => {
                let props = get("properties").and_then(Node::as_object);
                if let Some(required) = get("required").and_then(Node::as_array) {
                    let missing: Vec<&str> = required
                        .iter()
                        .filter_map(Node::as_str)
                        .filter(|r| !map.contains_key(*r))
                        .collect();
                    if !missing.is_empty() {
                        problem(out, at, format!("lacks the required {}", list_names(&missing)));
                    }
                }
                let n = map.len() as u64;
                if let Some(min) = get("minProperties").and_then(as_u64)
                    && n < min
                {
                    problem(
                        out,
                        at,
                        format!("has {n} properties, fewer than `minProperties: {min}`"),
                    );
                }
                if let Some(max) = get("maxProperties").and_then(as_u64)
                    && n > max
                {
                    problem(out, at, format!("has {n} properties, more than `maxProperties: {max}`"));
                }
                let additional = get("additionalProperties");
                for (key, e) in map {
                    let len = at.len();
                    at.push('/');
                    at.push_str(&escape(key));
                    match props.and_then(|p| p.get(key)) {
                        Some(p) => self.check(&p.node, &e.node, at, out, depth + 1),
                        None => match additional {
                            Some(Node {
                                value: Value::Bool(false),
                                ..
                            }) => {
                                let allowed: Vec<&str> = props
                                    .map(|p| p.keys().map(String::as_str).collect())
                                    .unwrap_or_default();
                                let hint = if allowed.is_empty() {
                                    "the schema allows no properties".to_owned()
                                } else {
                                    format!("the schema allows {}", list_names(&allowed))
                                };
                                problem(
                                    out,
                                    at,
                                    format!("property `{key}` is not allowed (`additionalProperties: false`); {hint}"),
                                );
                            }
                            Some(
                                extra @ Node {
                                    value: Value::Object(_),
                                    ..
                                },
                            ) => self.check(extra, &e.node, at, out, depth + 1),
                            _ => {}
                        },
                    }
                    at.truncate(len);
                }
            }
            _ => {}
        }

        if let Some(all) = get("allOf").and_then(Node::as_array) {
            for sub in all {
                self.check(sub, value, at, out, depth + 1);
            }
        }
        for (key, exactly_one) in [("anyOf", false), ("oneOf", true)] {
            let Some(options) = get(key).and_then(Node::as_array) else {
                continue;
            };
            let mut best: Option<Vec<Problem>> = None;
            let mut matched = 0;
            for sub in options {
                let mut sub_out = Vec::new();
                let mut sub_at = at.clone();
                self.check(sub, value, &mut sub_at, &mut sub_out, depth + 1);
                if sub_out.is_empty() {
                    matched += 1;
                } else if best.as_ref().is_none_or(|b| rank(&sub_out) < rank(b)) {
                    best = Some(sub_out);
                }
            }
            if matched == 0 && !options.is_empty() {
                problem(
                    out,
                    at,
                    format!("matches none of the {} `{key}` schemas", options.len()),
                );
                // The closest alternative says what would fix it.
                out.extend(best.unwrap_or_default().into_iter().take(3));
            } else if exactly_one && matched > 1 {
                problem(
                    out,
                    at,
                    format!("matches {matched} of the `oneOf` schemas; it must match exactly one"),
                );
            }
        }
        if let Some(not) = get("not") {
            let mut sub_at = at.clone();
            let mut sub_out = Vec::new();
            self.check(not, value, &mut sub_at, &mut sub_out, depth + 1);
            if sub_out.is_empty() {
                problem(out, at, "matches the schema under `not`".to_owned());
            }
        }
    }

    fn check_string(&mut self, get: &impl Fn(&str) -> Option<&'a Node>, text: &str, at: &str, out: &mut Vec<Problem>) {
        let mut problem = |message: String| {
            out.push(Problem {
                at: at.to_owned(),
                message,
            })
        };
        let len = text.chars().count() as u64;
        if let Some(min) = get("minLength").and_then(as_u64)
            && len < min
        {
            problem(format!("is {len} characters long, shorter than `minLength: {min}`"));
        }
        if let Some(max) = get("maxLength").and_then(as_u64)
            && len > max
        {
            problem(format!("is {len} characters long, longer than `maxLength: {max}`"));
        }
        if let Some(pattern) = get("pattern").and_then(Node::as_str)
            && let Some(m) = self.matcher(pattern)
            && !m.is_match(text)
        {
            problem(format!("{} does not match `pattern: {pattern}`", short_str(text)));
        }
        if let Some(format) = get("format").and_then(Node::as_str)
            && let Some(why) = format_problem(format, text)
        {
            problem(format!("{} is not a valid `{format}`: {why}", short_str(text)));
        }
    }

    fn matcher(&mut self, pattern: &str) -> Option<&Matcher> {
        if !self.patterns.contains_key(pattern) {
            let m = match ecma::analyze(pattern) {
                Ok(Engine::Linear(src)) => regex::Regex::new(&src).ok().map(Matcher::Linear),
                Ok(Engine::Backtracking(_)) => regress::Regex::with_flags(pattern, "u")
                    .or_else(|_| regress::Regex::new(pattern))
                    .ok()
                    .map(Matcher::Ecma),
                // An invalid pattern has its own finding; it cannot judge examples.
                Err(_) => None,
            };
            self.patterns.insert(pattern.to_owned(), m);
        }
        self.patterns.get(pattern).and_then(Option::as_ref)
    }
}

/// Lower is a better (closer) alternative: fewer problems, and problems deeper in the value.
fn rank(problems: &[Problem]) -> (usize, usize) {
    let shallow = problems.iter().filter(|p| !p.at.contains('/')).count();
    (shallow, problems.len())
}

fn check_number<'n>(
    get: &impl Fn(&str) -> Option<&'n Node>,
    n: &serde_json::Number,
    at: &str,
    out: &mut Vec<Problem>,
    oas31: bool,
) {
    let Some(x) = n.as_f64() else { return };
    // 3.0: a boolean beside `minimum`; 3.1: the bound itself, a number.
    let flag = |k: &str| !oas31 && get(k).is_some_and(|n| matches!(n.value, Value::Bool(true)));
    let num = |k: &str| {
        get(k).and_then(|n| match &n.value {
            Value::Number(m) => m.as_f64(),
            _ => None,
        })
    };
    let mut problem = |message: String| {
        out.push(Problem {
            at: at.to_owned(),
            message,
        })
    };
    if let Some(min) = num("minimum") {
        if flag("exclusiveMinimum") && x <= min {
            problem(format!("{n} is not greater than the exclusive `minimum: {min}`"));
        } else if x < min {
            problem(format!("{n} is less than `minimum: {min}`"));
        }
    }
    if let Some(max) = num("maximum") {
        if flag("exclusiveMaximum") && x >= max {
            problem(format!("{n} is not less than the exclusive `maximum: {max}`"));
        } else if x > max {
            problem(format!("{n} is greater than `maximum: {max}`"));
        }
    }
    if oas31 {
        if let Some(min) = num("exclusiveMinimum")
            && x <= min
        {
            problem(format!("{n} is not greater than `exclusiveMinimum: {min}`"));
        }
        if let Some(max) = num("exclusiveMaximum")
            && x >= max
        {
            problem(format!("{n} is not less than `exclusiveMaximum: {max}`"));
        }
    }
    if let Some(m) = num("multipleOf")
        && m > 0.0
    {
        let q = x / m;
        if (q - q.round()).abs() > 1e-9 {
            problem(format!("{n} is not a multiple of `multipleOf: {m}`"));
        }
    }
    match get("format").and_then(Node::as_str) {
        Some("int32") if n.as_i64().is_none_or(|i| i32::try_from(i).is_err()) && is_integer(n) => {
            problem(format!("{n} does not fit `format: int32`"));
        }
        Some("int64") if is_integer(n) && n.as_i64().is_none() => {
            problem(format!("{n} does not fit `format: int64`"));
        }
        _ => {}
    }
}

fn is_integer(n: &serde_json::Number) -> bool {
    n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0 && f.is_finite())
}

fn as_u64(n: &Node) -> Option<u64> {
    match &n.value {
        Value::Number(m) => m
            .as_u64()
            .or_else(|| m.as_f64().filter(|f| *f >= 0.0).map(|f| f as u64)),
        _ => None,
    }
}

/// Whether `value` is of OpenAPI `type` `t` (unknown types accept anything: the structure check reports them).
/// The types a `type` keyword names: one string, or (3.1) a list.
pub fn types_of(t: &Node) -> Vec<&str> {
    match &t.value {
        Value::String(s) => vec![s.as_str()],
        Value::Array(a) => a.iter().filter_map(Node::as_str).collect(),
        _ => Vec::new(),
    }
}

pub fn type_matches(t: &str, value: &Node) -> bool {
    match (t, &value.value) {
        ("string", Value::String(_)) | ("boolean", Value::Bool(_)) | ("array", Value::Array(_)) => true,
        ("object", Value::Object(_)) | ("number", Value::Number(_)) => true,
        ("integer", Value::Number(n)) => is_integer(n),
        ("string" | "boolean" | "array" | "object" | "number" | "integer", _) => false,
        _ => true,
    }
}

/// Structural equality, ignoring spans; numbers compare by value (`1` equals `1.0`).
pub fn same(a: &Node, b: &Node) -> bool {
    match (&a.value, &b.value) {
        (Value::Number(x), Value::Number(y)) => x == y || x.as_f64().is_some_and(|f| Some(f) == y.as_f64()),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, e)| y.get(k).is_some_and(|f| same(&e.node, &f.node)))
        }
        (x, y) => x == y,
    }
}

/// "a string", "an integer".
pub fn article(t: &str) -> String {
    let an = t.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {t}", if an { "an" } else { "a" })
}

/// "the integer `0`", "an object".
pub fn describe(value: &Node) -> String {
    match &value.value {
        Value::Array(_) | Value::Object(_) => value.kind().to_owned(),
        Value::Null => "`null`".to_owned(),
        Value::Number(n) if is_integer(n) => format!("the integer `{n}`"),
        Value::Number(n) => format!("the number `{n}`"),
        Value::Bool(b) => format!("the boolean `{b}`"),
        Value::String(s) => format!("the string {}", short_str(s)),
    }
}

/// A value as written, shortened for messages.
pub fn short(value: &Node) -> String {
    match &value.value {
        Value::String(s) => short_str(s),
        Value::Array(_) => "an array".to_owned(),
        Value::Object(_) => "an object".to_owned(),
        _ => format!("`{}`", value.to_json()),
    }
}

fn short_str(s: &str) -> String {
    let cut: String = s.chars().take(60).collect();
    let more = if cut.len() < s.len() { "…" } else { "" };
    format!("`{}`{more}", serde_json::to_string(&cut).unwrap_or_default())
}

/// "`a`", "`a` and `b`", "`a`, `b` and `c`".
pub fn list_names(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => format!("property {one}"),
        [init @ .., last] => format!("properties {} and {last}", init.join(", ")),
    }
}

/// Why `text` is not a valid `format`, for the formats whose meaning is fixed.
fn format_problem(format: &str, text: &str) -> Option<&'static str> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let date_ok = |d: &str| {
        let p: Vec<&str> = d.split('-').collect();
        p.len() == 3
            && p[0].len() == 4
            && p[1].len() == 2
            && p[2].len() == 2
            && p.iter().all(|x| digits(x))
            && (1..=12).contains(&p[1].parse::<u32>().unwrap_or(0))
            && (1..=31).contains(&p[2].parse::<u32>().unwrap_or(0))
    };
    match format {
        "date" => (!date_ok(text)).then_some("expected `YYYY-MM-DD` (RFC 3339 full-date)"),
        "date-time" => {
            let ok = text.split_once(['T', 't']).is_some_and(|(d, t)| {
                date_ok(d) && {
                    let time = t.trim_end_matches(['Z', 'z']);
                    let (hms, _offset) = match time.rfind(['+', '-']) {
                        Some(i) if t.len() == time.len() => (&time[..i], &time[i..]),
                        _ => (time, ""),
                    };
                    let hms = hms.split('.').next().unwrap_or("");
                    let parts: Vec<&str> = hms.split(':').collect();
                    parts.len() == 3
                        && parts.iter().all(|p| p.len() == 2 && digits(p))
                        && (t.len() != time.len() || time.len() > hms.len())
                }
            });
            (!ok).then_some("expected an RFC 3339 date-time such as `2024-01-31T12:00:00Z`")
        }
        "uuid" => {
            let groups: Vec<&str> = text.split('-').collect();
            let ok = groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
                && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_hexdigit()));
            (!ok).then_some("expected 8-4-4-4-12 hexadecimal digits")
        }
        "email" => {
            let ok = text
                .split_once('@')
                .is_some_and(|(l, d)| !l.is_empty() && !d.is_empty() && !d.contains('@') && !text.contains(' '));
            (!ok).then_some("expected `name@domain`")
        }
        "uri" => {
            // An absolute URI: a scheme, then anything without spaces (`/a/b` is a URI reference).
            let scheme = text.split_once(':').map(|(s, _)| s).unwrap_or("");
            let ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && !text.contains(char::is_whitespace);
            (!ok).then_some("expected an absolute URI with a scheme, such as `https://example.com/a`")
        }
        "ipv4" => {
            let ok = text.split('.').count() == 4
                && text
                    .split('.')
                    .all(|p| digits(p) && p.len() <= 3 && p.parse::<u8>().is_ok());
            (!ok).then_some("expected four decimal octets such as `192.0.2.1`")
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{LoadOptions, Spec};

    fn check(schema: &str, value: &str) -> Vec<String> {
        let text = format!("openapi: 3.0.3\nschema: {schema}\nvalue: {value}\n");
        let spec = Spec::from_text("t.yaml", text, &LoadOptions::default());
        let refs = RefMap::new(&spec);
        let mut v = Validator::new(&refs, spec.version().is_some_and(crate::load::oas31::is_31));
        let root = spec.root();
        v.validate(root.get("schema").unwrap(), root.get("value").unwrap())
            .into_iter()
            .map(|p| format!("{}: {}", p.at, p.message))
            .collect()
    }

    #[test]
    fn types_and_nullable() {
        assert_eq!(
            check("{type: string}", "0"),
            [": expected a string, found the integer `0`"]
        );
        assert!(check("{type: string, nullable: true}", "null").is_empty());
        assert_eq!(
            check("{type: string}", "null"),
            [": `null` is not allowed: the schema has `type: string` without `nullable: true`"]
        );
        assert!(check("{type: integer}", "3.0").is_empty());
        assert_eq!(
            check("{type: integer}", "3.5"),
            [": expected an integer, found the number `3.5`"]
        );
        assert!(check("{}", "null").is_empty());
        assert_eq!(
            check("{type: string, nullable: true, enum: [a]}", "null").len(),
            1,
            "enum must list null"
        );
        assert!(check("{type: string, nullable: true, enum: [a, null]}", "null").is_empty());
        assert_eq!(check("{type: string, format: uri}", "'/a/b'").len(), 1);
        assert!(check("{type: string, format: uri}", "'https://a.example/b?c=d'").is_empty());
    }

    #[test]
    fn patterns_are_unanchored_ecma_searches() {
        assert!(check(r"{type: string, pattern: '\d'}", "'a1b'").is_empty());
        assert_eq!(
            check(r"{type: string, pattern: '^\d+$'}", "'١٢'").len(),
            1,
            "\\d is ASCII"
        );
        assert!(check(r"{type: string, pattern: '^(?=a)a$'}", "a").is_empty());
        assert_eq!(check(r"{type: string, pattern: '^(?=b)a$'}", "a").len(), 1);
    }

    #[test]
    fn objects_point_at_the_offending_member() {
        let s = "{type: object, required: [id], properties: {id: {type: integer}, tags: {type: array, items: {type: string}}}}";
        assert_eq!(
            check(s, "{id: 1, tags: [a, 2]}"),
            ["/tags/1: expected a string, found the integer `2`"]
        );
        assert_eq!(check(s, "{tags: []}"), [": lacks the required property `id`"]);
        assert_eq!(
            check(
                "{type: object, additionalProperties: false, properties: {a: {}}}",
                "{b: 1}"
            ),
            ["/b: property `b` is not allowed (`additionalProperties: false`); the schema allows property `a`"]
        );
        assert!(
            check("{type: object}", "{b: 1}").is_empty(),
            "additionalProperties defaults to true"
        );
    }

    #[test]
    fn composition_and_enums() {
        assert!(check("{oneOf: [{type: string}, {type: integer}]}", "1").is_empty());
        assert_eq!(check("{anyOf: [{type: string}, {type: integer}]}", "true").len(), 2);
        assert_eq!(
            check("{enum: [a, b]}", "c"),
            [": `\"c\"` is not one of the `enum` values (`\"a\"`, `\"b\"`)"]
        );
        assert!(check("{type: integer, enum: [1, 2]}", "2").is_empty());
        assert_eq!(check("{type: integer, format: int32}", "3000000000").len(), 1);
        assert_eq!(check("{type: string, format: date-time}", "'2024-01-01'").len(), 1);
        assert!(check("{type: string, format: date-time}", "'2024-01-01T10:00:00.5+02:00'").is_empty());
    }
}
