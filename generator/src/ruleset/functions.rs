//! Spectral's core functions (`then.function`), with their options read and checked from the ruleset.
//!
//! Each function behaves as `@stoplight/spectral-functions` 1.11 does, the version Spectral 6.16.3 ships:
//! the same input types (a function given a value of another type reports nothing), the same messages
//! (they reach users through `{{error}}`), and the same option errors. Functions that need the whole
//! document (`schema`, `typedEnum`, `unreferencedReusableObject`) are not here.

use std::borrow::Cow;

use super::filter::Val;
use super::regex::Regex;
use crate::load::{Node, Value};

/// What a function is given: the node `given` and `field` selected, a property name (`@key`, `~`), or
/// nothing (a `field` that is absent).
#[derive(Clone, Debug)]
pub enum Target<'a> {
    Missing,
    Node(&'a Node),
    Key(Cow<'a, str>),
}

impl<'a> Target<'a> {
    pub fn val(&self) -> Val<'a> {
        match self {
            Target::Missing => Val::Undefined,
            Target::Node(n) => Val::of(n),
            Target::Key(k) => Val::Str(k.clone()),
        }
    }

    fn as_str(&self) -> Option<&str> {
        match self {
            Target::Key(k) => Some(k),
            Target::Node(n) => n.as_str(),
            Target::Missing => None,
        }
    }

    fn node(&self) -> Option<&'a Node> {
        match self {
            Target::Node(n) => Some(n),
            _ => None,
        }
    }
}

/// A key or index below the target, for results that point further in (`alphabetical`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sub {
    Key(String),
    Index(usize),
}

/// One problem a function found. `message` may hold `#{{print("property")}}`-style placeholders, filled
/// in by the rule's message template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FnResult {
    pub message: String,
    /// Where below the target the problem is (empty: the target itself).
    pub sub: Vec<Sub>,
    /// Or a place of its own in the root document (`unreferencedReusableObject`), as a JSON pointer.
    pub at: Option<String>,
}

fn result(message: impl Into<String>) -> FnResult {
    FnResult {
        message: message.into(),
        sub: Vec::new(),
        at: None,
    }
}

/// What some functions need to know of the document.
pub struct Context<'c> {
    /// The document's `openapi`/`swagger` version (`typedEnum` reads `nullable` in 3.0, `x-nullable` in 2.0).
    pub version: &'c str,
    /// Whether a place of the root document (a JSON pointer) takes part in a `$ref`: pointed at, or
    /// holding one (`unreferencedReusableObject`, as Spectral's dependency graph).
    pub referenced: &'c dyn Fn(&str) -> bool,
    /// Whether the rule reads the resolved document (its `resolved`, true unless set to false).
    pub resolved: bool,
}

/// `functionOptions` that the function refuses, with where in them the problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionError {
    /// JSON pointer below `functionOptions` (empty for the options object itself).
    pub pointer: String,
    pub message: String,
}

fn option_error(pointer: impl Into<String>, message: impl Into<String>) -> OptionError {
    OptionError {
        pointer: pointer.into(),
        message: message.into(),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseType {
    Flat,
    Camel,
    Pascal,
    Kebab,
    Cobol,
    Snake,
    Macro,
}

const CASE_NAMES: [(&str, CaseType); 7] = [
    ("flat", CaseType::Flat),
    ("camel", CaseType::Camel),
    ("pascal", CaseType::Pascal),
    ("kebab", CaseType::Kebab),
    ("cobol", CaseType::Cobol),
    ("snake", CaseType::Snake),
    ("macro", CaseType::Macro),
];

/// A core function with its checked options.
#[derive(Debug)]
pub enum Function {
    Truthy,
    Falsy,
    Defined,
    Undefined,
    Alphabetical {
        keyed_by: Option<String>,
    },
    Casing {
        case: CaseType,
        regex: Box<regress::Regex>,
        leading_separator: Option<String>,
    },
    Enumeration {
        values: Vec<Node>,
    },
    Length {
        min: Option<f64>,
        max: Option<f64>,
    },
    Pattern {
        matches: Option<(String, Box<Regex>)>,
        not_matches: Option<(String, Box<Regex>)>,
    },
    Or {
        properties: Vec<String>,
    },
    Xor {
        properties: Vec<String>,
    },
    TypedEnum,
    /// JSON Schema (drafts 4 to 2020-12), compiled when the ruleset is read.
    Schema {
        validator: Box<jsonschema::Validator>,
        all_errors: bool,
    },
    /// A schema with a `$ref` that names nothing. Spectral's `schema` reports the reference error only
    /// on a rule with `resolved: false`; on the resolved document it ignores it, so the rule never reports.
    SchemaUnresolvable {
        message: String,
    },
    UnreferencedReusableObject {
        /// A pointer such as `/components/schemas`.
        location: String,
    },
}

/// The names [`Function::parse`] knows.
pub const NAMES: &[&str] = &[
    "schema",
    "typedEnum",
    "unreferencedReusableObject",
    "alphabetical",
    "casing",
    "defined",
    "enumeration",
    "falsy",
    "length",
    "or",
    "pattern",
    "truthy",
    "undefined",
    "xor",
];

impl Function {
    /// The function `name` with `options` (`None` when the rule gives none). `Ok(None)`: no such function.
    pub fn parse(name: &str, options: Option<&Node>) -> Result<Option<Function>, OptionError> {
        let opts = options.filter(|o| !matches!(o.value, Value::Null));
        let none = |f: Function| match opts {
            Some(_) => Err(option_error(
                "",
                format!("\"{name}\" function does not accept any options"),
            )),
            None => Ok(Some(f)),
        };
        match name {
            "truthy" => none(Function::Truthy),
            "typedEnum" => none(Function::TypedEnum),
            "schema" => schema_options(required_object(name, opts, SCHEMA_EXAMPLE)?).map(Some),
            "unreferencedReusableObject" => unreferenced_options(opts).map(Some),
            "falsy" => none(Function::Falsy),
            "defined" => none(Function::Defined),
            "undefined" => none(Function::Undefined),
            "alphabetical" => alphabetical_options(opts).map(Some),
            "casing" => casing_options(required_object(name, opts, CASING_EXAMPLE)?).map(Some),
            "enumeration" => enumeration_options(required_object(name, opts, ENUMERATION_EXAMPLE)?).map(Some),
            "length" => length_options(required_object(name, opts, LENGTH_EXAMPLE)?).map(Some),
            "pattern" => pattern_options(required_object(name, opts, PATTERN_EXAMPLE)?).map(Some),
            "or" | "xor" => {
                let example = if name == "or" { OR_EXAMPLE } else { XOR_EXAMPLE };
                let properties = properties_option(name, required_object(name, opts, example)?)?;
                Ok(Some(if name == "or" {
                    Function::Or { properties }
                } else {
                    Function::Xor { properties }
                }))
            }
            _ => Ok(None),
        }
    }

    /// Runs the function on one target.
    pub fn check(&self, target: Target, cx: &Context) -> Vec<FnResult> {
        match self {
            Function::Truthy => failing(!target.val().truthy(), "#{{print(\"property\")}}must be truthy"),
            Function::Falsy => failing(target.val().truthy(), "#{{print(\"property\")}}must be falsy"),
            Function::Defined => failing(
                matches!(target, Target::Missing),
                "#{{print(\"property\")}}must be defined",
            ),
            Function::Undefined => failing(
                !matches!(target, Target::Missing),
                "#{{print(\"property\")}}must be undefined",
            ),
            Function::Alphabetical { keyed_by } => target
                .node()
                .map_or_else(Vec::new, |n| alphabetical(n, keyed_by.as_deref())),
            Function::Casing {
                case,
                regex,
                leading_separator,
            } => match target.as_str() {
                Some(s) if !s.is_empty() => {
                    let lone_separator = leading_separator.as_deref() == Some(s);
                    failing(
                        !lone_separator && regex.find(s).is_none(),
                        format!("must be {} case", case_name(*case)),
                    )
                }
                _ => Vec::new(),
            },
            Function::Enumeration { values } => enumeration(target, values),
            Function::Length { min, max } => length(target, *min, *max),
            Function::Pattern { matches, not_matches } => pattern(target, matches.as_ref(), not_matches.as_ref()),
            Function::Or { properties } => target.node().and_then(Node::as_object).map_or_else(Vec::new, |m| {
                let present = properties.iter().filter(|p| m.contains_key(p.as_str())).count();
                if present == 0 {
                    vec![result(none_defined(properties))]
                } else {
                    Vec::new()
                }
            }),
            Function::Schema { validator, all_errors } => schema(&target, validator, *all_errors),
            Function::SchemaUnresolvable { message } => match target {
                Target::Missing => vec![result("#{{print(\"property\")}}must exist")],
                _ if cx.resolved => Vec::new(),
                _ => vec![result(message.clone())],
            },
            Function::TypedEnum => target.node().map_or_else(Vec::new, |n| typed_enum(n, cx.version)),
            Function::UnreferencedReusableObject { location } => target
                .node()
                .and_then(Node::as_object)
                .map_or_else(Vec::new, |m| unreferenced(m.keys(), location, cx)),
            Function::Xor { properties } => target.node().and_then(Node::as_object).map_or_else(Vec::new, |m| {
                let present: Vec<&str> = m
                    .keys()
                    .map(String::as_str)
                    .filter(|k| properties.iter().any(|p| p == k))
                    .collect();
                match present.len() {
                    0 => vec![result(none_defined(properties))],
                    1 => Vec::new(),
                    _ => vec![result(format!(
                        "Just one of \"{}\" must be defined",
                        present.join("\" and \"")
                    ))],
                }
            }),
        }
    }
}

fn failing(failed: bool, message: impl Into<String>) -> Vec<FnResult> {
    if failed { vec![result(message)] } else { Vec::new() }
}

fn case_name(case: CaseType) -> &'static str {
    CASE_NAMES.iter().find(|(_, c)| *c == case).map_or("", |(n, _)| n)
}

fn none_defined(properties: &[String]) -> String {
    if properties.len() > 4 {
        format!(
            "At least one of \"{}\" or {} other properties must be defined",
            properties[..3].join("\" or \""),
            properties.len() - 3
        )
    } else {
        format!("At least one of \"{}\" must be defined", properties.join("\" or \""))
    }
}

// --- what the functions check ------------------------------------------------------------------------

/// Spectral's `printValue`: JSON for scalars, `Array[]` and `Object{}` for the rest.
pub fn print_value(v: &Val) -> String {
    match v {
        Val::Undefined => "undefined".into(),
        Val::Null => "null".into(),
        Val::Bool(b) => b.to_string(),
        Val::Num(n) => js_number(*n),
        Val::Str(s) => serde_json::Value::String(s.to_string()).to_string(),
        Val::Node(n) if n.as_array().is_some() => "Array[]".into(),
        Val::List(_) => "Array[]".into(),
        Val::Node(_) => "Object{}".into(),
        Val::Regex(_) => "RegExp".into(),
    }
}

/// A number as JavaScript prints it (`1`, not `1.0`).
pub fn js_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e21 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

fn alphabetical(node: &Node, keyed_by: Option<&str>) -> Vec<FnResult> {
    let (items, is_array): (Vec<Val>, bool) = match &node.value {
        Value::Array(a) => (a.iter().map(Val::of).collect(), true),
        Value::Object(m) => (m.keys().map(|k| Val::Str(Cow::Borrowed(k.as_str()))).collect(), false),
        _ => return Vec::new(),
    };
    if items.len() < 2 {
        return Vec::new();
    }
    let items = match keyed_by {
        Some(key) => {
            let mut keyed = Vec::new();
            for item in &items {
                match item {
                    Val::Node(n) if n.as_object().is_some() => {
                        keyed.push(n.get(key).map_or(Val::Undefined, Val::of));
                    }
                    _ => return vec![result("#{{print(\"property\")}}must be an object")],
                }
            }
            keyed
        }
        None => items,
    };
    if !items.iter().all(|v| matches!(v, Val::Str(_) | Val::Num(_))) {
        return vec![result(
            "#{{print(\"property\")}}must be one of the allowed types: number, string",
        )];
    }
    let Some(i) = (0..items.len() - 1).find(|&i| sort_compare(&items[i], &items[i + 1]) >= 1) else {
        return Vec::new();
    };
    if keyed_by.is_some() {
        return vec![result("properties must follow the alphabetical order")];
    }
    let sub = if is_array {
        Sub::Index(i)
    } else {
        Sub::Key(match &items[i] {
            Val::Str(s) => s.to_string(),
            _ => String::new(),
        })
    };
    vec![FnResult {
        message: format!(
            "{} must be placed after {}",
            print_value(&items[i]),
            print_value(&items[i + 1])
        ),
        sub: vec![sub],
        at: None,
    }]
}

/// Spectral's comparison, quirks included: the numeric branch is taken when `a` is a number or not
/// numeric and `b` is a number or numeric (so `"b"` against `"1"` compares NaN and counts as sorted).
fn sort_compare(a: &Val, b: &Val) -> i32 {
    let num = |v: &Val| match v {
        Val::Num(n) => *n,
        Val::Str(s) => Val::Str(s.clone()).to_number(),
        _ => f64::NAN,
    };
    let (na, nb) = (num(a), num(b));
    if (matches!(a, Val::Num(_)) || na.is_nan()) && (matches!(b, Val::Num(_)) || !nb.is_nan()) {
        let d = na - nb;
        return if d.is_nan() { 0 } else { d.clamp(-1.0, 1.0) as i32 };
    }
    match (a, b) {
        (Val::Str(x), Val::Str(y)) => locale_compare(x, y) as i32,
        _ => 0,
    }
}

/// An approximation of `String.prototype.localeCompare` under ICU's root collation, enough for the
/// names rulesets sort: punctuation and symbols before digits before letters, letters case-insensitively
/// first, then lowercase before uppercase.
fn locale_compare(a: &str, b: &str) -> std::cmp::Ordering {
    fn primary(c: char) -> (u8, char) {
        if c.is_alphabetic() {
            (2, c.to_lowercase().next().unwrap_or(c))
        } else if c.is_numeric() {
            (1, c)
        } else {
            (0, c)
        }
    }
    let key = |s: &str| s.chars().map(primary).collect::<Vec<_>>();
    key(a).cmp(&key(b)).then_with(|| {
        let tertiary = |s: &str| s.chars().map(|c| c.is_uppercase()).collect::<Vec<_>>();
        tertiary(a).cmp(&tertiary(b))
    })
}

fn enumeration(target: Target, values: &[Node]) -> Vec<FnResult> {
    let v = target.val();
    if !matches!(v, Val::Str(_) | Val::Num(_) | Val::Null | Val::Bool(_)) {
        return Vec::new();
    }
    let same = |n: &Node| match (&v, Val::of(n)) {
        (Val::Str(a), Val::Str(b)) => *a == b,
        (Val::Num(a), Val::Num(b)) => *a == b,
        (Val::Bool(a), Val::Bool(b)) => *a == b,
        (Val::Null, Val::Null) => true,
        _ => false,
    };
    if values.iter().any(same) {
        return Vec::new();
    }
    let allowed: Vec<String> = values.iter().map(|n| print_value(&Val::of(n))).collect();
    vec![result(format!(
        "#{{{{print(\"value\")}}}} must be equal to one of the allowed values: {}",
        allowed.join(", ")
    ))]
}

fn length(target: Target, min: Option<f64>, max: Option<f64>) -> Vec<FnResult> {
    let value = match target.val() {
        Val::Node(n) => match &n.value {
            Value::Object(m) => m.len() as f64,
            Value::Array(a) => a.len() as f64,
            _ => return Vec::new(),
        },
        Val::Num(n) => n,
        Val::Str(s) => s.encode_utf16().count() as f64,
        _ => return Vec::new(),
    };
    let mut out = Vec::new();
    if let Some(min) = min.filter(|m| value < *m) {
        out.push(result(format!(
            "#{{{{print(\"property\")}}}}must be longer than {}",
            js_number(min)
        )));
    }
    if let Some(max) = max.filter(|m| value > *m) {
        out.push(result(format!(
            "#{{{{print(\"property\")}}}}must be shorter than {}",
            js_number(max)
        )));
    }
    out
}

fn pattern(
    target: Target,
    matches: Option<&(String, Box<Regex>)>,
    not_matches: Option<&(String, Box<Regex>)>,
) -> Vec<FnResult> {
    let Some(s) = target.as_str() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let quoted = |p: &str| serde_json::Value::String(p.to_owned()).to_string();
    // A search the backtracking budget could not decide reports nothing (rare: lookaround or
    // backreferences on a long value; see `regex.rs`).
    if let Some((text, re)) = matches
        && re.search(s) == Some(false)
    {
        out.push(result(format!(
            "#{{{{print(\"value\")}}}} must match the pattern {}",
            quoted(text)
        )));
    }
    if let Some((text, re)) = not_matches
        && re.search(s) == Some(true)
    {
        out.push(result(format!(
            "#{{{{print(\"value\")}}}} must not match the pattern {}",
            quoted(text)
        )));
    }
    out
}

/// Spectral's `typedEnum`: each `enum` member has one of the schema's types (`null` admitted by
/// `nullable: true` in 3.0 and `x-nullable: true` in 2.0).
fn typed_enum(schema: &Node, version: &str) -> Vec<FnResult> {
    let (Some(values), Some(ty)) = (schema.get("enum").and_then(Node::as_array), schema.get("type")) else {
        return Vec::new();
    };
    let mut types: Vec<&str> = match &ty.value {
        Value::String(t) => vec![t.as_str()],
        Value::Array(list) => match list.iter().map(Node::as_str).collect::<Option<Vec<_>>>() {
            Some(t) => t,
            None => return Vec::new(),
        },
        _ => return Vec::new(),
    };
    let flag = |k: &str| {
        matches!(
            schema.get(k),
            Some(Node {
                value: Value::Bool(true),
                ..
            })
        )
    };
    let nullable =
        (flag("nullable") && version.starts_with("3.0")) || (flag("x-nullable") && version.starts_with("2."));
    let listed = matches!(ty.value, Value::Array(_)) || nullable;
    if nullable {
        types.push("null");
    }
    let check_integer = types.contains(&"integer");
    let shown = if listed { types.join(",") } else { types[0].to_owned() };
    values
        .iter()
        .enumerate()
        .filter(|(_, v)| !types.contains(&data_type(v, check_integer)))
        .map(|(i, v)| FnResult {
            message: format!("Enum value {} must be \"{shown}\".", print_value(&Val::of(v))),
            sub: vec![Sub::Key("enum".into()), Sub::Index(i)],
            at: None,
        })
        .collect()
}

fn data_type(v: &Node, check_integer: bool) -> &'static str {
    match &v.value {
        Value::String(_) => "string",
        Value::Bool(_) => "boolean",
        Value::Number(n) if check_integer && n.as_f64().is_some_and(|f| f.fract() == 0.0) => "integer",
        Value::Number(_) => "number",
        Value::Null => "null",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Spectral's `schema`: the target against a JSON Schema; the first problem, or all with `allErrors`.
fn schema(target: &Target, validator: &jsonschema::Validator, all_errors: bool) -> Vec<FnResult> {
    let instance = match target {
        Target::Missing => return vec![result("#{{print(\"property\")}}must exist")],
        Target::Node(n) => n.to_json(),
        Target::Key(k) => serde_json::Value::String(k.to_string()),
    };
    let mut errors: Vec<_> = validator.iter_errors(&instance).collect();
    if !all_errors {
        // The first error as ajv finds it: `type`, then the keywords of every type (`not`, `enum`,
        // `anyOf`, ...), then those of one type (`properties`, `minLength`, ...).
        errors.sort_by_key(|e| ajv_order(e.schema_path().as_str()));
        errors.truncate(1);
    }
    errors
        .into_iter()
        .map(|e| FnResult {
            message: e.to_string(),
            sub: crate::load::pointer::parse(e.instance_path().as_str())
                .unwrap_or_default()
                .into_iter()
                .map(Sub::Key)
                .collect(),
            at: None,
        })
        .collect()
}

/// Where ajv checks the keyword that starts `schema_path` (a JSON pointer into the schema).
fn ajv_order(schema_path: &str) -> u8 {
    let keyword = schema_path.trim_start_matches('/').split('/').next().unwrap_or("");
    match keyword {
        "type" => 0,
        "$ref" | "const" | "enum" | "not" | "anyOf" | "oneOf" | "allOf" | "if" | "then" | "else" => 1,
        _ => 2,
    }
}

/// Spectral's `unreferencedReusableObject`: each member of the reusable objects that no `$ref` names.
fn unreferenced<'k>(names: impl Iterator<Item = &'k String>, location: &str, cx: &Context) -> Vec<FnResult> {
    names
        .map(|name| crate::load::pointer::push(location, name))
        .filter(|p| !(cx.referenced)(p))
        .map(|p| FnResult {
            message: "Potential orphaned reusable object has been detected".into(),
            sub: Vec::new(),
            at: Some(p),
        })
        .collect()
}

// --- options -------------------------------------------------------------------------------------------

const CASING_EXAMPLE: &str = r#"{ "type": "camel" }, { "type": "pascal", "disallowDigits": true }"#;
const ENUMERATION_EXAMPLE: &str = r#"{ "values": ["Berlin", "London", "Paris"] }, { "values": [2, 3, 5, 8, 13, 21] }"#;
const LENGTH_EXAMPLE: &str = r#"{ "min": 2 }, { "max": 5 }, { "min": 0, "max": 10 }"#;
const PATTERN_EXAMPLE: &str =
    r#"{ "match": "^Stoplight" }, { "notMatch": "Swagger" }, { "match": "Stoplight", "notMatch": "Swagger" }"#;
const OR_EXAMPLE: &str =
    r#"{ "properties": ["default", "example"] }, { "properties": ["title", "summary", "description"] }, etc."#;
const XOR_EXAMPLE: &str = r#"{ "properties": ["country", "street"] }, { "properties": ["one", "two", "three"] }, etc."#;

fn required_object<'n>(name: &str, opts: Option<&'n Node>, example: &str) -> Result<&'n Node, OptionError> {
    match opts {
        Some(n) if n.as_object().is_some() => Ok(n),
        _ => Err(option_error(
            "",
            format!("\"{name}\" function has invalid options specified. Example valid options: {example}"),
        )),
    }
}

/// Refuses options the function does not know, as Spectral's `additionalProperties: false` does.
fn known_only(name: &str, opts: &Node, known: &[&str]) -> Result<(), OptionError> {
    for key in opts.as_object().into_iter().flat_map(|m| m.keys()) {
        if !known.contains(&key.as_str()) {
            return Err(option_error(
                format!("/{}", crate::load::pointer::escape(key)),
                format!("\"{name}\" function does not support \"{key}\" option"),
            ));
        }
    }
    Ok(())
}

const SCHEMA_EXAMPLE: &str = r#"{ "schema": { /* any JSON Schema can be defined here */ } , { "schema": { "type": "object" }, "dialect": "auto" }"#;

fn schema_options(opts: &Node) -> Result<Function, OptionError> {
    known_only("schema", opts, &["schema", "dialect", "allErrors"])?;
    let Some(schema) = opts.get("schema") else {
        return Err(option_error("", "\"schema\" function is missing \"schema\" option"));
    };
    if schema.as_object().is_none() {
        return Err(option_error(
            "/schema",
            "\"schema\" function and its \"schema\" option accepts only the following types: object",
        ));
    }
    let json = schema.to_json();
    let draft = match opts.get("dialect").map(|d| d.as_str()) {
        None | Some(Some("auto")) => detect_dialect(&json),
        Some(Some("draft4")) => jsonschema::Draft::Draft4,
        Some(Some("draft6")) => jsonschema::Draft::Draft6,
        Some(Some("draft7")) => jsonschema::Draft::Draft7,
        Some(Some("draft2019-09")) => jsonschema::Draft::Draft201909,
        Some(Some("draft2020-12")) => jsonschema::Draft::Draft202012,
        Some(_) => {
            return Err(option_error(
                "/dialect",
                "\"schema\" function and its \"dialect\" option accepts only the following values: \"auto\", \"draft4\", \"draft6\", \"draft7\", \"draft2019-09\", \"draft2020-12\"",
            ));
        }
    };
    let all_errors = bool_option(opts.get("allErrors"), "/allErrors", "schema", "allErrors")?;
    let validator = match jsonschema::options().with_draft(draft).build(&json) {
        Ok(v) => v,
        Err(e) if matches!(e.kind(), jsonschema::error::ValidationErrorKind::Referencing(_)) => {
            return Ok(Function::SchemaUnresolvable {
                message: format!("can't resolve reference in the schema: {e}"),
            });
        }
        Err(e) => {
            return Err(option_error(
                "/schema",
                format!("the schema is not valid JSON Schema: {e}"),
            ));
        }
    };
    Ok(Function::Schema {
        validator: Box::new(validator),
        all_errors,
    })
}

/// Spectral's `detectDialect`: by `$schema`, draft 7 otherwise.
fn detect_dialect(schema: &serde_json::Value) -> jsonschema::Draft {
    let id = schema.get("$schema").and_then(serde_json::Value::as_str).unwrap_or("");
    if id.contains("draft-04") {
        jsonschema::Draft::Draft4
    } else if id.contains("draft-06") {
        jsonschema::Draft::Draft6
    } else if id.contains("2019-09") {
        jsonschema::Draft::Draft201909
    } else if id.contains("2020-12") {
        jsonschema::Draft::Draft202012
    } else {
        jsonschema::Draft::Draft7
    }
}

fn unreferenced_options(opts: Option<&Node>) -> Result<Function, OptionError> {
    let example =
        r##"{ "reusableObjectsLocation": "#/components/schemas" }, { "reusableObjectsLocation": "#/$defs" }"##;
    let opts = required_object("unreferencedReusableObject", opts, example)?;
    known_only("unreferencedReusableObject", opts, &["reusableObjectsLocation"])?;
    let Some(loc) = opts.get("reusableObjectsLocation") else {
        return Err(option_error(
            "",
            format!(
                "\"unreferencedReusableObject\" function is missing \"reusableObjectsLocation\" option. Example valid options: {example}"
            ),
        ));
    };
    let pointer = loc
        .as_str()
        .and_then(|l| l.strip_prefix('#'))
        .filter(|p| p.is_empty() || p.starts_with('/'));
    let Some(pointer) = pointer else {
        return Err(option_error(
            "/reusableObjectsLocation",
            "\"unreferencedReusableObject\" and its \"reusableObjectsLocation\" option support only valid JSON Pointer fragments, i.e. \"#\", \"#/foo\", \"#/paths/~1user\"",
        ));
    };
    Ok(Function::UnreferencedReusableObject {
        location: crate::load::pointer::percent_decode(pointer),
    })
}

fn alphabetical_options(opts: Option<&Node>) -> Result<Function, OptionError> {
    let Some(opts) = opts else {
        return Ok(Function::Alphabetical { keyed_by: None });
    };
    if opts.as_object().is_none() {
        return Err(option_error(
            "",
            r#""alphabetical" function has invalid options specified. Example valid options: null (no options), { "keyedBy": "my-key" }"#,
        ));
    }
    known_only("alphabetical", opts, &["keyedBy"])?;
    let keyed_by = match opts.get("keyedBy") {
        None => None,
        Some(k) => Some(k.as_str().map(str::to_owned).ok_or_else(|| {
            option_error(
                "/keyedBy",
                r#""alphabetical" function and its "keyedBy" option accepts only the following types: string"#,
            )
        })?),
    };
    Ok(Function::Alphabetical { keyed_by })
}

fn casing_options(opts: &Node) -> Result<Function, OptionError> {
    known_only("casing", opts, &["type", "disallowDigits", "separator"])?;
    let names: Vec<&str> = CASE_NAMES.iter().map(|(n, _)| *n).collect();
    let bad_type = || {
        option_error(
            "/type",
            format!(
                "\"casing\" function and its \"type\" option accept the following values: {}",
                names.join(", ")
            ),
        )
    };
    let case = match opts.get("type") {
        None => return Err(option_error("", "\"casing\" function is missing \"type\" option")),
        Some(t) => t
            .as_str()
            .and_then(|t| CASE_NAMES.iter().find(|(n, _)| *n == t))
            .map(|(_, c)| *c)
            .ok_or_else(bad_type)?,
    };
    let disallow_digits = bool_option(
        opts.get("disallowDigits"),
        "/disallowDigits",
        "casing",
        "disallowDigits",
    )?;
    let (separator, allow_leading) = casing_separator(opts.get("separator"))?;
    let digits = if disallow_digits { "" } else { "0-9" };
    let base = casing_base(case).replace("{D}", digits);
    let source = match &separator {
        None => format!("^{base}$"),
        Some(c) => {
            let sep = format!("[{}]", escape_regex(c));
            let lead = if allow_leading {
                format!("{sep}?")
            } else {
                String::new()
            };
            format!("^{lead}{base}(?:{sep}{base})*$")
        }
    };
    let regex = regress::Regex::new(&source).map_err(|e| option_error("", format!("casing pattern: {e}")))?;
    let leading_separator = separator.filter(|_| allow_leading);
    Ok(Function::Casing {
        case,
        regex: Box::new(regex),
        leading_separator,
    })
}

fn casing_base(case: CaseType) -> &'static str {
    match case {
        CaseType::Flat => "[a-z][a-z{D}]*",
        CaseType::Camel => "[a-z][a-z{D}]*(?:[A-Z{D}](?:[a-z{D}]+|$))*",
        CaseType::Pascal => "[A-Z][a-z{D}]*(?:[A-Z{D}](?:[a-z{D}]+|$))*",
        CaseType::Kebab => "[a-z][a-z{D}]*(?:-[a-z{D}]+)*",
        CaseType::Cobol => "[A-Z][A-Z{D}]*(?:-[A-Z{D}]+)*",
        CaseType::Snake => "[a-z][a-z{D}]*(?:_[a-z{D}]+)*",
        CaseType::Macro => "[A-Z][A-Z{D}]*(?:_[A-Z{D}]+)*",
    }
}

fn casing_separator(sep: Option<&Node>) -> Result<(Option<String>, bool), OptionError> {
    let Some(sep) = sep else {
        return Ok((None, false));
    };
    if sep.as_object().is_none() {
        return Err(option_error(
            "/separator",
            "\"casing\" function and its \"separator\" option accepts only the following types: object",
        ));
    }
    for key in sep.as_object().into_iter().flat_map(|m| m.keys()) {
        if key != "char" && key != "allowLeading" {
            return Err(option_error(
                format!("/separator/{}", crate::load::pointer::escape(key)),
                format!("\"casing\" function does not support \"separator.{key}\" option"),
            ));
        }
    }
    let char_error = || {
        option_error(
            "/separator/char",
            "\"casing\" function and its \"separator.char\" option accepts only char, i.e. \"I\" or \"/\"",
        )
    };
    let c = match sep.get("char") {
        None => {
            return Err(option_error(
                "/separator",
                "\"casing\" function is missing \"separator.char\" option",
            ));
        }
        Some(c) => c
            .as_str()
            .filter(|c| c.encode_utf16().count() <= 1)
            .ok_or_else(char_error)?,
    };
    let allow_leading = bool_option(
        sep.get("allowLeading"),
        "/separator/allowLeading",
        "casing",
        "separator.allowLeading",
    )?;
    Ok((Some(c.to_owned()), allow_leading))
}

/// A boolean option (absent: `false`), or Spectral's error for another type.
fn bool_option(node: Option<&Node>, pointer: &str, function: &str, option: &str) -> Result<bool, OptionError> {
    match node {
        None => Ok(false),
        Some(Node {
            value: Value::Bool(b), ..
        }) => Ok(*b),
        Some(_) => Err(option_error(
            pointer,
            format!("\"{function}\" function and its \"{option}\" option accepts only the following types: boolean"),
        )),
    }
}

fn escape_regex(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            let special = "\\^$.*+?()[]{}|/-".contains(c);
            special.then_some('\\').into_iter().chain(std::iter::once(c))
        })
        .collect()
}

fn enumeration_options(opts: &Node) -> Result<Function, OptionError> {
    known_only("enumeration", opts, &["values"])?;
    let bad = || {
        option_error(
            "/values",
            "\"enumeration\" and its \"values\" option support only arrays of primitive values, i.e. [\"Berlin\", \"London\", \"Paris\"]",
        )
    };
    let values = opts
        .get("values")
        .ok_or_else(|| option_error("", "\"enumeration\" function is missing \"values\" option"))?
        .as_array()
        .ok_or_else(bad)?;
    if values
        .iter()
        .any(|v| matches!(v.value, Value::Array(_) | Value::Object(_)))
    {
        return Err(bad());
    }
    Ok(Function::Enumeration {
        values: values.to_vec(),
    })
}

fn length_options(opts: &Node) -> Result<Function, OptionError> {
    known_only("length", opts, &["min", "max"])?;
    let num = |key: &str| -> Result<Option<f64>, OptionError> {
        match opts.get(key) {
            None => Ok(None),
            Some(Node {
                value: Value::Number(n),
                ..
            }) => Ok(n.as_f64()),
            Some(_) => Err(option_error(
                format!("/{key}"),
                format!("\"length\" function and its \"{key}\" option accepts only the following types: number"),
            )),
        }
    };
    let (min, max) = (num("min")?, num("max")?);
    if min.is_none() && max.is_none() {
        return Err(option_error(
            "",
            format!("\"length\" function has invalid options specified. Example valid options: {LENGTH_EXAMPLE}"),
        ));
    }
    Ok(Function::Length { min, max })
}

fn pattern_options(opts: &Node) -> Result<Function, OptionError> {
    known_only("pattern", opts, &["match", "notMatch"])?;
    let regex = |key: &str| -> Result<Option<(String, Box<Regex>)>, OptionError> {
        let Some(node) = opts.get(key) else {
            return Ok(None);
        };
        let text = node.as_str().ok_or_else(|| {
            option_error(
                format!("/{key}"),
                format!("\"pattern\" function and its \"{key}\" option must be string or RegExp instance"),
            )
        })?;
        let re = Regex::new(text).map_err(|e| option_error(format!("/{key}"), e))?;
        Ok(Some((text.to_owned(), Box::new(re))))
    };
    let (matches, not_matches) = (regex("match")?, regex("notMatch")?);
    if matches.is_none() && not_matches.is_none() {
        return Err(option_error(
            "",
            format!("\"pattern\" function has invalid options specified. Example valid options: {PATTERN_EXAMPLE}"),
        ));
    }
    Ok(Function::Pattern { matches, not_matches })
}

fn properties_option(name: &str, opts: &Node) -> Result<Vec<String>, OptionError> {
    known_only(name, opts, &["properties"])?;
    let example = if name == "or" {
        "[\"default\", \"example\"], [\"title\", \"summary\", \"description\"]"
    } else {
        "[\"country\", \"street\"], [\"one\", \"two\", \"three\"]"
    };
    let bad = || {
        option_error(
            "/properties",
            format!("\"{name}\" requires at least two enumerated \"properties\", i.e. {example}, etc."),
        )
    };
    let list = opts
        .get("properties")
        .ok_or_else(|| option_error("", format!("\"{name}\" function is missing \"properties\" option")))?
        .as_array()
        .ok_or_else(bad)?;
    let props: Option<Vec<String>> = list.iter().map(|n| n.as_str().map(str::to_owned)).collect();
    props.filter(|p| p.len() >= 2).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{LoadOptions, Spec};

    fn node(yaml: &str) -> Node {
        Spec::from_text("t.yaml", yaml, &LoadOptions::default()).root().clone()
    }

    fn run(name: &str, options: &str, target: &str) -> Vec<String> {
        let opts = (!options.is_empty()).then(|| node(options));
        let f = Function::parse(name, opts.as_ref()).unwrap().unwrap();
        let t = node(target);
        f.check(Target::Node(&t), &CX).into_iter().map(|r| r.message).collect()
    }

    const CX: Context = Context {
        version: "3.0.3",
        referenced: &|p| p == "/components/schemas/Used",
        resolved: true,
    };

    fn option_err(name: &str, options: &str) -> OptionError {
        let opts = node(options);
        Function::parse(name, Some(&opts)).unwrap_err()
    }

    #[test]
    fn presence_and_truthiness() {
        let f = Function::parse("truthy", None).unwrap().unwrap();
        assert_eq!(f.check(Target::Missing, &CX).len(), 1);
        assert_eq!(run("truthy", "", "''"), ["#{{print(\"property\")}}must be truthy"]);
        assert!(
            run("truthy", "", "[]").is_empty(),
            "an empty array is truthy in JavaScript"
        );
        assert_eq!(run("falsy", "", "0").len(), 0);
        let defined = Function::parse("defined", None).unwrap().unwrap();
        assert!(defined.check(Target::Key("x".into()), &CX).is_empty());
        assert_eq!(defined.check(Target::Missing, &CX).len(), 1);
        let undefined = Function::parse("undefined", None).unwrap().unwrap();
        assert_eq!(
            undefined.check(Target::Node(&node("null")), &CX).len(),
            1,
            "null is defined"
        );
    }

    #[test]
    fn alphabetical_orders_as_spectral_does() {
        assert!(
            run("alphabetical", "", "[a, B, c]").is_empty(),
            "case-insensitive first"
        );
        assert_eq!(run("alphabetical", "", "[b, a]"), ["\"b\" must be placed after \"a\""]);
        assert_eq!(
            run("alphabetical", "", "{zeta: 1, alpha: 2}"),
            ["\"zeta\" must be placed after \"alpha\""]
        );
        assert!(
            run("alphabetical", "", "[2, 10]").is_empty(),
            "numbers compare as numbers"
        );
        assert_eq!(
            run("alphabetical", "keyedBy: name", "[{name: b}, {name: a}]"),
            ["properties must follow the alphabetical order"]
        );
        assert_eq!(
            run("alphabetical", "", "[{}, a]"),
            ["#{{print(\"property\")}}must be one of the allowed types: number, string"]
        );
        let f = Function::parse("alphabetical", None).unwrap().unwrap();
        let t = node("{b: 1, a: 2}");
        assert_eq!(f.check(Target::Node(&t), &CX)[0].sub, [Sub::Key("b".into())]);
    }

    #[test]
    fn casing_types_digits_and_separators() {
        assert!(run("casing", "type: camel", "'getUserById2'").is_empty());
        assert_eq!(run("casing", "type: camel", "'GetUser'"), ["must be camel case"]);
        assert_eq!(
            run("casing", "{type: camel, disallowDigits: true}", "'get2'"),
            ["must be camel case"]
        );
        assert!(run("casing", "type: kebab", "'user-accounts'").is_empty());
        assert!(run("casing", "type: macro", "'MAX_SIZE'").is_empty());
        assert!(
            run(
                "casing",
                "{type: kebab, separator: {char: '/', allowLeading: true}}",
                "'/users/user-id'"
            )
            .is_empty()
        );
        assert!(
            run(
                "casing",
                "{type: kebab, separator: {char: '/', allowLeading: true}}",
                "'/'"
            )
            .is_empty()
        );
        assert!(
            run("casing", "type: pascal", "42").is_empty(),
            "not a string: nothing to check"
        );
    }

    #[test]
    fn enumeration_length_pattern_or_xor() {
        assert!(run("enumeration", "values: [a, 1, null]", "1").is_empty());
        assert_eq!(
            run("enumeration", "values: [a, 1, null]", "b"),
            ["#{{print(\"value\")}} must be equal to one of the allowed values: \"a\", 1, null"]
        );
        assert_eq!(
            run("length", "{min: 2, max: 3}", "'a'"),
            ["#{{print(\"property\")}}must be longer than 2"]
        );
        assert_eq!(
            run("length", "max: 1", "{a: 1, b: 2}"),
            ["#{{print(\"property\")}}must be shorter than 1"]
        );
        assert!(
            run("length", "max: 2", "'💩'").is_empty(),
            "two UTF-16 units, as in JavaScript"
        );
        assert_eq!(
            run("pattern", "match: '/^x-/i'", "'y'"),
            ["#{{print(\"value\")}} must match the pattern \"/^x-/i\""]
        );
        assert!(run("pattern", "match: '/^x-/i'", "'X-a'").is_empty());
        assert_eq!(run("pattern", "notMatch: 'swagger'", "'a swagger doc'").len(), 1);
        assert!(run("pattern", r"match: '^\d+$'", "'٣'").len() == 1, r"`\d` is ASCII");
        assert_eq!(
            run("or", "properties: [a, b]", "{c: 1}"),
            ["At least one of \"a\" or \"b\" must be defined"]
        );
        assert_eq!(
            run("xor", "properties: [a, b]", "{a: 1, b: 2}"),
            ["Just one of \"a\" and \"b\" must be defined"]
        );
        assert_eq!(
            run("xor", "properties: [a, b, c, d, e]", "{}"),
            ["At least one of \"a\" or \"b\" or \"c\" or 2 other properties must be defined"]
        );
    }

    #[test]
    fn typed_enum_reads_type_lists_and_nullable_per_version() {
        assert_eq!(
            run("typedEnum", "", "{type: integer, enum: [1, 1.5, a]}"),
            [
                "Enum value 1.5 must be \"integer\".",
                "Enum value \"a\" must be \"integer\"."
            ]
        );
        assert!(run("typedEnum", "", "{type: number, enum: [1, 2.5]}").is_empty());
        assert_eq!(
            run("typedEnum", "", "{type: [string, 'null'], enum: [a, null, 1]}"),
            ["Enum value 1 must be \"string,null\"."]
        );
        assert!(
            run("typedEnum", "", "{type: string, nullable: true, enum: [a, null]}").is_empty(),
            "3.0 reads nullable"
        );
        let f = Function::parse("typedEnum", None).unwrap().unwrap();
        let t = node("{type: string, nullable: true, enum: [null]}");
        let v31 = Context { version: "3.1.0", ..CX };
        assert_eq!(f.check(Target::Node(&t), &v31).len(), 1, "3.1 has no nullable");
        assert_eq!(f.check(Target::Node(&t), &CX)[0..0], []);
        let first = &f.check(Target::Node(&node("{type: string, enum: [1]}")), &CX)[0];
        assert_eq!(first.sub, [Sub::Key("enum".into()), Sub::Index(0)]);
    }

    #[test]
    fn a_schema_whose_ref_names_nothing_reports_only_on_the_written_document() {
        // Spectral's `schema` ignores reference errors on the resolved document (a rule with the default
        // `resolved: true`), and reports them on each target with `resolved: false`.
        let opts = node("schema: {$ref: '#/components/schemas/Error'}");
        let f = Function::parse("schema", Some(&opts)).unwrap().unwrap();
        let t = node("a: 1");
        assert!(f.check(Target::Node(&t), &CX).is_empty());
        let written = Context { resolved: false, ..CX };
        let out = f.check(Target::Node(&t), &written);
        assert_eq!(out.len(), 1);
        assert!(
            out[0].message.contains("/components/schemas/Error"),
            "{}",
            out[0].message
        );
        assert_eq!(
            f.check(Target::Missing, &CX).len(),
            1,
            "a missing target still must exist"
        );
    }

    #[test]
    fn without_all_errors_the_first_problem_is_ajvs() {
        // APIs You Won't Hate's `no-numeric-ids` on `{type: integer, format: int64}`: Spectral reports
        // the `not` at the schema, not the `format` below it (ajv checks keywords of every type first).
        let opts =
            "schema: {type: object, not: {properties: {type: {const: integer}}}, properties: {format: {const: uuid}}}";
        let f = Function::parse("schema", Some(&node(opts))).unwrap().unwrap();
        let found = f.check(Target::Node(&node("{type: integer, format: int64}")), &CX);
        assert_eq!(found.len(), 1);
        assert!(found[0].sub.is_empty(), "at the schema itself: {:?}", found[0].sub);
    }

    #[test]
    fn schema_validates_with_the_chosen_draft() {
        let opts = "schema: {type: object, required: [name], properties: {name: {type: string}, tags: {type: array, items: {type: string}}}}";
        assert!(run("schema", opts, "{name: a, tags: [x]}").is_empty());
        let f = Function::parse("schema", Some(&node(opts))).unwrap().unwrap();
        let found = f.check(Target::Node(&node("{name: 1, tags: [x, 2]}")), &CX);
        assert_eq!(found.len(), 1, "the first problem only, as Spectral without allErrors");
        let all = Function::parse("schema", Some(&node(&format!("{{{opts}, allErrors: true}}"))))
            .unwrap()
            .unwrap();
        let found = all.check(Target::Node(&node("{name: 1, tags: [x, 2]}")), &CX);
        let subs: Vec<&Vec<Sub>> = found.iter().map(|r| &r.sub).collect();
        assert_eq!(
            subs,
            [
                &vec![Sub::Key("name".into())],
                &vec![Sub::Key("tags".into()), Sub::Key("1".into())]
            ]
        );
        assert_eq!(
            f.check(Target::Missing, &CX)[0].message,
            "#{{print(\"property\")}}must exist"
        );
        // draft 4's boolean exclusiveMaximum against 2020-12's numeric one
        let d4 = "{dialect: draft4, schema: {maximum: 5, exclusiveMaximum: true}}";
        assert_eq!(run("schema", d4, "5").len(), 1);
        assert_eq!(option_err("schema", "{schema: {type: 12}}").pointer, "/schema");
        assert_eq!(
            option_err("schema", "{schema: {}, dialect: draft3}").pointer,
            "/dialect"
        );
    }

    #[test]
    fn unreferenced_reusable_objects() {
        let f = Function::parse(
            "unreferencedReusableObject",
            Some(&node("reusableObjectsLocation: '#/components/schemas'")),
        )
        .unwrap()
        .unwrap();
        let found = f.check(Target::Node(&node("{Used: {}, Lonely: {}}")), &CX);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].at.as_deref(), Some("/components/schemas/Lonely"));
        assert_eq!(
            option_err("unreferencedReusableObject", "reusableObjectsLocation: components").pointer,
            "/reusableObjectsLocation"
        );
    }

    #[test]
    fn options_are_checked_with_spectral_messages() {
        let e = option_err("casing", "type: upper");
        assert_eq!(e.pointer, "/type");
        assert!(
            e.message.contains("accept the following values: flat, camel"),
            "{}",
            e.message
        );
        assert_eq!(
            option_err("casing", "{}").message,
            "\"casing\" function is missing \"type\" option"
        );
        assert_eq!(option_err("length", "{minimum: 1}").pointer, "/minimum");
        assert_eq!(option_err("pattern", "match: '('").pointer, "/match");
        assert_eq!(
            option_err("truthy", "{a: 1}").message,
            "\"truthy\" function does not accept any options"
        );
        assert_eq!(option_err("xor", "properties: [a]").pointer, "/properties");
        assert!(Function::parse("nope", None).unwrap().is_none());
    }
}
