//! Validates a value written in the spec (an `example`, a `default`, an `enum` member) against an OpenAPI
//! 3.0 Schema Object, on the spanned tree, so that each problem points at the offending part of the value.
//!
//! OpenAPI semantics, not JSON Schema's: `nullable: true` admits `null` (and `type` alone does not);
//! `pattern` is an unanchored ECMA-262 search (`\d` is ASCII); `exclusiveMinimum` is a boolean;
//! `additionalProperties` defaults to true. In an OpenAPI 3.1 document, JSON Schema 2020-12's reading
//! instead: `type` may be a list (`null` admitted only through it), `const`, numeric
//! `exclusiveMinimum`/`exclusiveMaximum`, and `nullable` means nothing.
//!
//! Every string and number keyword is judged by the specgen-rt function that generated code calls for
//! it (`specgen_rt::check`), so an example the linter accepts is one the generated API accepts. Formats
//! with a fixed meaning are checked (`date`, `date-time`, `time`, `uuid`, `email`, `ipv4`, `ipv6`,
//! `uri`, `byte`, and `int32`/`int64` ranges); others are annotations.

use std::collections::HashMap;
use std::fmt::Write;

use super::rule::RefMap;
use crate::ecma::{self, Engine};
use crate::load::pointer::escape;
use crate::load::{Node, Value};
use specgen_rt::{Pattern, Syntax, check};

/// Deeper nesting of schema against value than this is not followed (a schema that includes itself
/// through `allOf` would otherwise recurse forever).
const MAX_DEPTH: usize = 128;

/// One mismatch: where in the value (a pointer relative to the value's root) and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub at: String,
    pub message: String,
}

/// A validator with a cache of compiled patterns (the same pattern recurs across a spec).
pub struct Validator<'a, 'r> {
    refs: &'r RefMap<'a>,
    patterns: HashMap<String, Option<Pattern>>,
    /// Strings whose `pattern` search exceeded its backtracking budget: neither valid nor invalid.
    undecided: Vec<Problem>,
    /// Schemas are read as OpenAPI 3.1 (JSON Schema 2020-12) rather than 3.0.
    oas31: bool,
    /// Which way the value travels, when it is a request's or a response's example.
    direction: Option<Direction>,
}

/// Which way an example travels: a request (body, parameter) or a response. A `readOnly` property is
/// never sent in a request and a `writeOnly` one never in a response, so neither is required there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    Request,
    Response,
}

impl Direction {
    /// The keyword that keeps a property out of a value going this way.
    pub fn excluding_keyword(self) -> &'static str {
        match self {
            Direction::Request => "readOnly",
            Direction::Response => "writeOnly",
        }
    }
}

impl<'a, 'r> Validator<'a, 'r> {
    /// A validator reading schemas as OpenAPI 3.0 does, or as 3.1 does when `oas31`.
    pub fn new(refs: &'r RefMap<'a>, oas31: bool) -> Self {
        Validator {
            refs,
            patterns: HashMap::new(),
            undecided: Vec::new(),
            oas31,
            direction: None,
        }
    }

    /// Reads the value as a request's or a response's: a required property its direction excludes
    /// (`readOnly` in a request, `writeOnly` in a response) may be absent. A `default` has no direction.
    pub fn with_direction(mut self, direction: Option<Direction>) -> Self {
        self.set_direction(direction);
        self
    }

    /// Like [`Validator::with_direction`], for the values validated from now on.
    pub fn set_direction(&mut self, direction: Option<Direction>) {
        self.direction = direction;
    }

    /// The strings validated so far whose `pattern` could not be decided within the budget (each once).
    pub fn take_undecided(&mut self) -> Vec<Problem> {
        let mut out = std::mem::take(&mut self.undecided);
        out.dedup();
        out
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
                if get("uniqueItems").is_some_and(|n| matches!(n.value, Value::Bool(true)))
                    && let Some(&(i, j)) = repeats(items).first()
                {
                    problem(out, at, format!("items {j} and {i} are equal, but `uniqueItems: true`"));
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
                        .filter(|r| !self.excluded(props, r))
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

    /// Whether property `name` (of `props`) is one the value's direction leaves out.
    fn excluded(&self, props: Option<&'a crate::load::Map>, name: &str) -> bool {
        let Some(direction) = self.direction else { return false };
        props
            .and_then(|p| p.get(name))
            .and_then(|e| self.refs.deref(&e.node))
            .and_then(|s| s.get(direction.excluding_keyword()))
            .is_some_and(|n| matches!(n.value, Value::Bool(true)))
    }

    /// The string keywords, each judged by the runtime function generated code calls for it.
    fn check_string(&mut self, get: &impl Fn(&str) -> Option<&'a Node>, text: &str, at: &str, out: &mut Vec<Problem>) {
        let length = |k: &str| {
            get(k)
                .and_then(as_u64)
                .map(|n| usize::try_from(n).unwrap_or(usize::MAX))
        };
        let mut results = Vec::new();
        if let Some(min) = length("minLength") {
            results.push((format!("minLength: {min}"), check::min_length(text, min)));
        }
        if let Some(max) = length("maxLength") {
            results.push((format!("maxLength: {max}"), check::max_length(text, max)));
        }
        if let Some(pattern) = get("pattern").and_then(Node::as_str)
            && let Some(p) = self.pattern(pattern)
        {
            match p.search(text) {
                // Not a mismatch: reported apart, as a warning (see `take_undecided`).
                Err(undecided) => self.undecided.push(Problem {
                    at: at.to_owned(),
                    message: format!("`pattern: {pattern}`: {undecided}"),
                }),
                Ok(_) => results.push((format!("pattern: {pattern}"), check::pattern(text, p))),
            }
        }
        if let Some(format) = get("format").and_then(Node::as_str) {
            results.push((format!("format: {format}"), check::format(text, format)));
        }
        report(results, at, out);
    }

    /// The pattern as generated code runs it: the linear translation, else the ECMA engine. An invalid
    /// pattern has its own finding; it judges no example.
    fn pattern(&mut self, source: &str) -> Option<&Pattern> {
        if !self.patterns.contains_key(source) {
            let p = match ecma::analyze(source) {
                Ok(Engine::Linear(rust)) => Some(Pattern::new(source, Syntax::Linear(&rust))),
                Ok(Engine::Backtracking(_)) => Some(match ecma::bounded(source) {
                    Ok(fancy) => Pattern::new(source, Syntax::Backtracking(&fancy)),
                    Err(_) => Pattern::new(source, Syntax::Undecidable),
                }),
                Err(_) => None,
            };
            self.patterns.insert(source.to_owned(), p);
        }
        self.patterns.get(source).and_then(Option::as_ref)
    }
}

/// What an example says about its properties beyond matching its schema (Redocly's reading).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum PropertyFact {
    /// A property no `properties` lists, where `additionalProperties` is not written: the names the
    /// schema lists.
    Unlisted(Vec<String>),
    /// A property its schema marks with the keyword the direction excludes (`readOnly`, `writeOnly`).
    Excluded(Direction),
}

/// One property of a value and what is notable about it; `at` points at the property's value, relative
/// to the value's root.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PropertyNote {
    pub at: String,
    pub name: String,
    pub fact: PropertyFact,
}

/// The properties of `value` (and of the objects inside it) that its schema does not list although
/// it lists others, and, when `direction` is given, those it marks `readOnly` (in a request) or
/// `writeOnly` (in a response). A schema "lists" the names of its `properties` and of those of its
/// `allOf`/`anyOf`/`oneOf` members; one with `additionalProperties`, `patternProperties` or
/// `unevaluatedProperties` written, or with no `properties` of its own, lists everything. Not a
/// mismatch: OpenAPI lets an object have properties its schema does not name.
pub fn property_notes(
    refs: &RefMap<'_>,
    schema: &Node,
    value: &Node,
    direction: Option<Direction>,
) -> Vec<PropertyNote> {
    let mut walk = NoteWalk {
        refs,
        direction,
        at: String::new(),
        out: Vec::new(),
        steps: MAX_NOTE_STEPS,
    };
    walk.value(schema, value, true, 0);
    // A property several composition members list is walked once per member.
    let mut seen = std::collections::HashSet::new();
    let mut out = walk.out;
    out.retain(|n| seen.insert((n.at.clone(), n.fact.clone())));
    out
}

/// Schemas visited per value at most: composition members that list the same property again and
/// again (a schema that includes itself through `allOf`) could otherwise cost exponential time.
const MAX_NOTE_STEPS: usize = 100_000;

/// A walk of a value against its schema for [`property_notes`].
struct NoteWalk<'a, 'r> {
    refs: &'r RefMap<'a>,
    direction: Option<Direction>,
    /// The pointer of the part of the value being walked, relative to its root.
    at: String,
    out: Vec<PropertyNote>,
    /// What is left of [`MAX_NOTE_STEPS`].
    steps: usize,
}

impl<'a> NoteWalk<'a, '_> {
    /// Whether the walk may take one more step.
    fn step(&mut self, depth: usize) -> bool {
        if depth > MAX_DEPTH || self.steps == 0 {
            return false;
        }
        self.steps -= 1;
        true
    }

    /// `strict`: unlisted properties count here. Not below a property that only an `anyOf`/`oneOf`
    /// member names: which member applies is the validator's question (Redocly does not read them
    /// either).
    fn value(&mut self, schema: &'a Node, value: &Node, strict: bool, depth: usize) {
        if !self.step(depth) {
            return;
        }
        let Some(schema) = self.refs.deref(schema) else { return };
        match &value.value {
            Value::Object(map) => self.object(schema, map, strict, depth),
            Value::Array(items) => {
                let Some(item_schema) = schema.get("items") else { return };
                for (i, item) in items.iter().enumerate() {
                    let len = self.at.len();
                    let _ = write!(self.at, "/{i}");
                    self.value(item_schema, item, strict, depth + 1);
                    self.at.truncate(len);
                }
            }
            _ => {}
        }
    }

    fn object(&mut self, schema: &'a Node, map: &crate::load::Map, strict: bool, depth: usize) {
        // Each listed property's schema, with whether it applies for sure (the schema's own or an
        // `allOf` member's).
        let mut listed: Vec<(&'a str, &'a Node, bool)> = Vec::new();
        let mut open = false;
        self.gather(schema, &mut listed, &mut open, depth, true);
        let closed = strict && !open && schema.get("properties").is_some();
        let extra = schema.get("additionalProperties").filter(|n| n.as_object().is_some());
        for (key, e) in map {
            let len = self.at.len();
            self.at.push('/');
            self.at.push_str(&escape(key));
            let mut found = false;
            for &(_, s, own) in listed.iter().filter(|(name, _, _)| *name == key) {
                found = true;
                self.excluded(s, key);
                self.value(s, &e.node, strict && own, depth + 1);
            }
            if !found {
                if closed {
                    let mut names: Vec<String> = listed.iter().map(|(n, _, _)| (*n).to_owned()).collect();
                    names.dedup();
                    self.out.push(PropertyNote {
                        at: self.at.clone(),
                        name: key.clone(),
                        fact: PropertyFact::Unlisted(names),
                    });
                } else if let Some(extra) = extra {
                    self.value(extra, &e.node, strict, depth + 1);
                }
            }
            self.at.truncate(len);
        }
    }

    /// Notes property `key` (at `self.at`) when its schema marks it with the keyword the direction
    /// excludes.
    fn excluded(&mut self, schema: &'a Node, key: &str) {
        let Some(d) = self.direction else { return };
        let marked = self
            .refs
            .deref(schema)
            .and_then(|s| s.get(d.excluding_keyword()))
            .is_some_and(|n| matches!(n.value, Value::Bool(true)));
        if marked {
            self.out.push(PropertyNote {
                at: self.at.clone(),
                name: key.to_owned(),
                fact: PropertyFact::Excluded(d),
            });
        }
    }

    /// The properties `schema` and its composition members name, and whether any of them leaves the
    /// object open to others.
    fn gather(
        &mut self,
        schema: &'a Node,
        listed: &mut Vec<(&'a str, &'a Node, bool)>,
        open: &mut bool,
        depth: usize,
        own: bool,
    ) {
        if !self.step(depth) {
            return;
        }
        let Some(schema) = self.refs.deref(schema) else { return };
        if ["additionalProperties", "patternProperties", "unevaluatedProperties"]
            .iter()
            .any(|k| schema.get(k).is_some())
        {
            *open = true;
        }
        if let Some(props) = schema.get("properties").and_then(Node::as_object) {
            for (k, e) in props {
                // The same schema listed twice (members sharing a `$ref`) is walked once.
                let same = |&(n, s, o): &(&str, &Node, bool)| n == k && std::ptr::eq(s, &e.node) && o == own;
                if !listed.iter().any(same) {
                    listed.push((k.as_str(), &e.node, own));
                }
            }
        }
        // Every `allOf` member applies; which `anyOf`/`oneOf` member does is the validator's question.
        for (key, applies) in [("allOf", own), ("anyOf", false), ("oneOf", false)] {
            for member in schema.get(key).and_then(Node::as_array).into_iter().flatten() {
                self.gather(member, listed, open, depth + 1, applies);
            }
        }
    }
}

/// The runtime's verdicts as problems: the keyword as the spec writes it, then what is wrong
/// (`` `maxLength: 3`: must be at most 3 characters long, not 4 ``).
fn report(results: Vec<(String, Result<(), specgen_rt::ValidationError>)>, at: &str, out: &mut Vec<Problem>) {
    for (keyword, result) in results {
        if let Err(e) = result {
            out.push(Problem {
                at: at.to_owned(),
                message: format!("`{keyword}`: {}", e.message),
            });
        }
    }
}

/// Lower is a better (closer) alternative: fewer problems, and problems deeper in the value.
fn rank(problems: &[Problem]) -> (usize, usize) {
    let shallow = problems.iter().filter(|p| !p.at.contains('/')).count();
    (shallow, problems.len())
}

/// The number keywords, each judged by the runtime function generated code calls for it. A value of
/// an `integer` schema is an integer there (compared exactly, `multipleOf` without rounding); of a
/// `number` schema, a float, and of `format: float` the nearest 32-bit float, as the format says
/// (`1.5000000001` is `1.5`).
fn check_number<'n>(
    get: &impl Fn(&str) -> Option<&'n Node>,
    n: &serde_json::Number,
    at: &str,
    out: &mut Vec<Problem>,
    oas31: bool,
) {
    let integer_schema = get("type").is_some_and(|t| types_of(t) == ["integer"]);
    let Some(mut value) = number(n, integer_schema) else {
        return;
    };
    if !integer_schema && get("format").and_then(Node::as_str) == Some("float") {
        value = check::Number::from(value.as_f64() as f32);
    }
    // 3.0: a boolean beside `minimum`; 3.1: the bound itself, a number.
    let flag = |k: &str| !oas31 && get(k).is_some_and(|n| matches!(n.value, Value::Bool(true)));
    let bound = |k: &str| match get(k).map(|n| &n.value) {
        Some(Value::Number(m)) => number(m, m.is_i64() || m.is_u64()),
        _ => None,
    };
    let mut results = Vec::new();
    if let Some(min) = bound("minimum") {
        results.push(if flag("exclusiveMinimum") {
            (
                format!("minimum: {min}, exclusiveMinimum: true"),
                check::exclusive_minimum(value, min),
            )
        } else {
            (format!("minimum: {min}"), check::minimum(value, min))
        });
    }
    if let Some(max) = bound("maximum") {
        results.push(if flag("exclusiveMaximum") {
            (
                format!("maximum: {max}, exclusiveMaximum: true"),
                check::exclusive_maximum(value, max),
            )
        } else {
            (format!("maximum: {max}"), check::maximum(value, max))
        });
    }
    if oas31 {
        if let Some(min) = bound("exclusiveMinimum") {
            results.push((format!("exclusiveMinimum: {min}"), check::exclusive_minimum(value, min)));
        }
        if let Some(max) = bound("exclusiveMaximum") {
            results.push((format!("exclusiveMaximum: {max}"), check::exclusive_maximum(value, max)));
        }
    }
    if let Some(m) = bound("multipleOf").filter(|m| m.as_f64() > 0.0) {
        results.push((format!("multipleOf: {m}"), check::multiple_of(value, m)));
    }
    report(results, at, out);
    let problem = |message: String| Problem {
        at: at.to_owned(),
        message,
    };
    match get("format").and_then(Node::as_str) {
        Some("int32") if n.as_i64().is_none_or(|i| i32::try_from(i).is_err()) && is_integer(n) => {
            out.push(problem(format!("{n} does not fit `format: int32`")));
        }
        Some("int64") if is_integer(n) && n.as_i64().is_none() => {
            out.push(problem(format!("{n} does not fit `format: int64`")));
        }
        _ => {}
    }
}

/// A JSON number as the runtime compares it: an integer when `integer` and it is one, else a float.
fn number(n: &serde_json::Number, integer: bool) -> Option<check::Number> {
    let int = n.as_i64().map(i128::from).or_else(|| n.as_u64().map(i128::from));
    match int {
        Some(i) if integer => Some(check::Number::Int(i)),
        _ => n.as_f64().map(check::Number::Float),
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
        // Exactly, as the generated code compares integers: `2^53 + 1` is not `2^53`.
        (Value::Number(x), Value::Number(y)) => match (check::Number::of_json(x), check::Number::of_json(y)) {
            (Some(a), Some(b)) => a.same(b),
            _ => x == y,
        },
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, e)| y.get(k).is_some_and(|f| same(&e.node, &f.node)))
        }
        (x, y) => x == y,
    }
}

/// Each item [`same`] as an earlier one, as (its index, the first such item's index), in order. Items
/// are grouped by a hash that [`same`] values share, so n items cost about n comparisons, not n²
/// (an `enum` of 100,000 values is checked in milliseconds).
pub fn repeats(items: &[Node]) -> Vec<(usize, usize)> {
    use std::hash::BuildHasher;
    let state = foldhash::fast::RandomState::default();
    // hash -> the first item of each class of equal items with that hash.
    let mut firsts: std::collections::HashMap<u64, Vec<usize>> = std::collections::HashMap::new();
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let mut h = state.build_hasher();
        same_hash(item, &mut h);
        let class = firsts.entry(std::hash::Hasher::finish(&h)).or_default();
        match class.iter().find(|&&j| same(item, &items[j])) {
            Some(&j) => out.push((i, j)),
            None => class.push(i),
        }
    }
    out
}

/// Feeds `h` what [`same`] compares: numbers by their `f64` value, objects without their key order.
fn same_hash(node: &Node, h: &mut impl std::hash::Hasher) {
    use std::hash::{BuildHasher, Hash};
    match &node.value {
        Value::Null => h.write_u8(0),
        Value::Bool(b) => (1u8, b).hash(h),
        Value::Number(n) => {
            // -0.0 and 0.0 are the same number.
            let f = n.as_f64().unwrap_or(f64::NAN);
            (2u8, if f == 0.0 { 0 } else { f.to_bits() }).hash(h);
        }
        Value::String(s) => (3u8, s).hash(h),
        Value::Array(a) => {
            (4u8, a.len()).hash(h);
            a.iter().for_each(|n| same_hash(n, h));
        }
        Value::Object(m) => {
            // The sum of the entries' own hashes does not depend on their order.
            let state = foldhash::fast::FixedState::default();
            let sum = m.iter().fold(0u64, |sum, (k, e)| {
                let mut eh = state.build_hasher();
                k.hash(&mut eh);
                same_hash(&e.node, &mut eh);
                sum.wrapping_add(std::hash::Hasher::finish(&eh))
            });
            (5u8, m.len(), sum).hash(h);
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{LoadOptions, Spec};

    fn repeats_in(list: &str) -> Vec<(usize, usize)> {
        let spec = Spec::from_text("t.json", format!("{{\"l\": {list}}}"), &LoadOptions::default());
        repeats(spec.root().get("l").unwrap().as_array().unwrap())
    }

    #[test]
    fn repeats_are_what_same_calls_equal() {
        assert_eq!(
            repeats_in(r#"[1, 1.0, "1", -0.0, 0, {"a": 1, "b": [2]}, {"b": [2.0], "a": 1}, [1, 2], [2, 1], 1]"#),
            [(1, 0), (4, 3), (6, 5), (9, 0)]
        );
        assert_eq!(repeats_in("[null, false, null, true, false]"), [(2, 0), (4, 1)]);
        let many: Vec<String> = (0..100_000).map(|i| format!("\"v{}\"", i % 60_000)).collect();
        let found = repeats_in(&format!("[{}]", many.join(",")));
        assert_eq!(found.len(), 40_000);
        assert_eq!(found[0], (60_000, 0));
    }

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
    fn a_direction_lets_the_properties_it_excludes_be_absent() {
        let text = "openapi: 3.0.3\nschema: {type: object, required: [id, pw, n], properties: {id: {readOnly: true}, pw: {writeOnly: true}, n: {}}}\nvalue: {n: 1}\n";
        let spec = Spec::from_text("t.yaml", text.to_owned(), &LoadOptions::default());
        let refs = RefMap::new(&spec);
        let root = spec.root();
        let (schema, value) = (root.get("schema").unwrap(), root.get("value").unwrap());
        let missing = |d| {
            let mut v = Validator::new(&refs, false).with_direction(d);
            v.validate(schema, value)
                .into_iter()
                .map(|p| p.message)
                .collect::<Vec<_>>()
        };
        assert_eq!(missing(None), ["lacks the required properties `id` and `pw`"]);
        assert_eq!(missing(Some(Direction::Request)), ["lacks the required property `pw`"]);
        assert_eq!(missing(Some(Direction::Response)), ["lacks the required property `id`"]);
    }

    #[test]
    fn property_notes_name_unlisted_and_excluded_properties() {
        let text = "openapi: 3.0.3\nschema: {type: object, properties: {id: {readOnly: true}, sub: {type: object, properties: {a: {}}}}}\nvalue: {id: 1, x: 2, sub: {a: 1, b: 2}}\n";
        let spec = Spec::from_text("t.yaml", text.to_owned(), &LoadOptions::default());
        let refs = RefMap::new(&spec);
        let root = spec.root();
        let notes = property_notes(
            &refs,
            root.get("schema").unwrap(),
            root.get("value").unwrap(),
            Some(Direction::Request),
        );
        let got: Vec<(&str, &PropertyFact)> = notes.iter().map(|n| (n.at.as_str(), &n.fact)).collect();
        assert_eq!(
            got,
            [
                ("/id", &PropertyFact::Excluded(Direction::Request)),
                ("/x", &PropertyFact::Unlisted(vec!["id".to_owned(), "sub".to_owned()])),
                ("/sub/b", &PropertyFact::Unlisted(vec!["a".to_owned()])),
            ]
        );
    }

    #[test]
    fn property_notes_of_a_self_including_schema_take_bounded_time() {
        let value = format!("{}1{}", "{n: ".repeat(100), "}".repeat(100));
        let text = format!(
            "openapi: 3.0.3\ncomponents: {{schemas: {{A: {{properties: {{n: {{$ref: '#/components/schemas/A'}}}}, allOf: [{{$ref: '#/components/schemas/B'}}, {{$ref: '#/components/schemas/A'}}]}}, B: {{properties: {{n: {{$ref: '#/components/schemas/A'}}}}, allOf: [{{$ref: '#/components/schemas/A'}}]}}}}}}\nvalue: {value}\n"
        );
        let spec = Spec::from_text("t.yaml", text, &LoadOptions::default());
        let refs = RefMap::new(&spec);
        let root = spec.root();
        let schema = root
            .get("components")
            .unwrap()
            .get("schemas")
            .unwrap()
            .get("A")
            .unwrap();
        let started = std::time::Instant::now();
        let notes = property_notes(&refs, schema, root.get("value").unwrap(), None);
        assert!(notes.is_empty(), "{notes:?}");
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
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
        assert!(check("{type: integer, enum: [1, 2]}", "2.0").is_empty());
        // Integers past 2^53 are compared exactly, not as the nearest floats.
        assert!(check("{type: integer, enum: [9007199254740993]}", "9007199254740993").is_empty());
        assert_eq!(
            check("{type: integer, enum: [9007199254740993]}", "9007199254740992").len(),
            1
        );
        assert_eq!(check("{type: integer, format: int32}", "3000000000").len(), 1);
        assert_eq!(check("{type: string, format: date-time}", "'2024-01-01'").len(), 1);
        assert!(check("{type: string, format: date-time}", "'2024-01-01T10:00:00.5+02:00'").is_empty());
    }
}
