//! One rule of a Spectral ruleset as written (`given`, `then`, `severity`, `message`, `formats`, ...),
//! read from its spanned node and checked, with every problem located in the ruleset file.

use std::sync::Arc;

use super::functions::{Function, NAMES};
use super::jsonpath::JsonPath;
use crate::diagnostic::{Diagnostic, Severity};
use crate::load::{Node, Value, pointer};
use crate::source::FileId;

/// The code of every ruleset diagnostic.
pub const CODE: &str = "ruleset";

/// A located ruleset error.
pub type Fail = Box<Diagnostic>;

/// A rule's severity as Spectral writes it: `error`, `warn`, `info`, `hint`, `off`, 0 to 3, or -1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Off,
    On(Severity),
}

impl Level {
    /// A `severity` value, or `None` when it is not one.
    pub fn parse(node: &Node) -> Option<Level> {
        match &node.value {
            Value::String(s) => Some(match s.as_str() {
                "error" => Level::On(Severity::Error),
                "warn" => Level::On(Severity::Warning),
                "info" => Level::On(Severity::Info),
                "hint" => Level::On(Severity::Hint),
                "off" => Level::Off,
                _ => return None,
            }),
            Value::Number(n) => Some(match n.as_i64()? {
                -1 => Level::Off,
                0 => Level::On(Severity::Error),
                1 => Level::On(Severity::Warning),
                2 => Level::On(Severity::Info),
                3 => Level::On(Severity::Hint),
                _ => return None,
            }),
            _ => None,
        }
    }
}

/// A document format a rule or ruleset is limited to (`formats: [oas3]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Oas2,
    Oas3,
    Oas3_0,
    Oas3_1,
    Oas3_2,
    /// JSON Schema, AsyncAPI, Arazzo: known to Spectral, never an OpenAPI document.
    Other,
}

const FORMATS: &[(&str, Format)] = &[
    ("oas2", Format::Oas2),
    ("oas3", Format::Oas3),
    ("oas3.0", Format::Oas3_0),
    ("oas3_0", Format::Oas3_0),
    ("oas3.1", Format::Oas3_1),
    ("oas3_1", Format::Oas3_1),
    ("oas3_2", Format::Oas3_2),
    ("asyncapi2", Format::Other),
    ("asyncapi3", Format::Other),
    ("arazzo1_0", Format::Other),
    ("json-schema", Format::Other),
    ("json-schema-loose", Format::Other),
    ("json-schema-draft4", Format::Other),
    ("json-schema-draft6", Format::Other),
    ("json-schema-draft7", Format::Other),
    ("json-schema-draft2019-09", Format::Other),
    ("json-schema-2019-09", Format::Other),
    ("json-schema-draft2020-12", Format::Other),
    ("json-schema-2020-12", Format::Other),
];

impl Format {
    /// Whether a document with `openapi:`/`swagger:` version `version` has this format.
    pub fn matches(self, version: &str) -> bool {
        let v = |p: &str| version == p || version.starts_with(&format!("{p}."));
        match self {
            Format::Oas2 => v("2.0"),
            Format::Oas3 => version.starts_with("3."),
            Format::Oas3_0 => v("3.0"),
            Format::Oas3_1 => v("3.1"),
            Format::Oas3_2 => v("3.2"),
            Format::Other => false,
        }
    }
}

/// Where something was written: a file of the ruleset and a node in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    pub file: FileId,
    pub pointer: String,
    pub span: crate::source::Span,
}

impl Origin {
    pub fn of(file: FileId, pointer: &str, node: &Node) -> Origin {
        Origin {
            file,
            pointer: pointer.to_owned(),
            span: node.span,
        }
    }

    /// A ruleset error here.
    pub fn error(&self, message: impl Into<String>, help: impl Into<String>) -> Fail {
        Box::new(
            Diagnostic::error(CODE, message)
                .at(self.file, self.pointer.clone(), self.span)
                .with_help(help),
        )
    }
}

/// What `then.field` selects below the `given` node.
#[derive(Clone, Debug)]
pub enum Field {
    /// `@key`: each property name.
    Keys,
    /// `$...`: a JSONPath relative to the given node.
    Path(JsonPath),
    /// `a.b[0]`: lodash's path syntax.
    Segments(Vec<String>),
}

/// The function a `then` runs.
#[derive(Debug)]
pub enum Call {
    Core(Function),
    /// A JavaScript function from `functions:`, run with the `js` feature.
    Custom(Custom),
}

/// A call of one of the ruleset's JavaScript functions.
#[derive(Debug)]
pub struct Custom {
    pub name: String,
    /// `<functionsDir>/<name>.js`, beside the ruleset file that lists the function (as Spectral finds it).
    pub file: std::path::PathBuf,
    /// `functionOptions` (`None` when absent: the function gets `null`).
    pub options: Option<serde_json::Value>,
    /// Defined inside the JavaScript ruleset `file` (whose export named it `name`), not in a file of its own.
    pub in_ruleset: bool,
}

/// The JavaScript functions a ruleset file lists (`functions`) and the folder they are in (`functionsDir`).
#[derive(Clone, Debug, Default)]
pub struct Functions {
    pub names: Vec<String>,
    pub dir: std::path::PathBuf,
    /// The JavaScript ruleset that defines the functions itself (then `dir` is not used).
    pub module: Option<std::path::PathBuf>,
}

impl Functions {
    fn custom(&self, name: &str, options: Option<&Node>) -> Option<Custom> {
        self.names.iter().any(|f| f == name).then(|| Custom {
            name: name.to_owned(),
            file: self
                .module
                .clone()
                .unwrap_or_else(|| self.dir.join(format!("{name}.js"))),
            options: options.map(Node::to_json),
            in_ruleset: self.module.is_some(),
        })
    }
}

#[derive(Debug)]
pub struct Then {
    pub field: Option<Field>,
    pub call: Call,
    pub origin: Origin,
}

/// One `given` expression: a path, or an alias (`#Name`, optionally followed by more path).
#[derive(Clone, Debug)]
pub struct Given {
    pub text: String,
    pub origin: Origin,
}

/// A rule defined in full in a ruleset.
#[derive(Debug)]
pub struct Definition {
    pub given: Vec<Given>,
    pub then: Vec<Then>,
    pub message: Option<String>,
    pub description: Option<String>,
    pub severity: Option<Level>,
    pub recommended: bool,
    pub formats: Option<Vec<Format>>,
    pub resolved: bool,
    pub documentation_url: Option<String>,
}

/// What a ruleset's `rules` says of one name.
#[derive(Debug)]
pub enum Entry {
    /// `name: warn` or `name: 2`: changes the severity of an inherited rule (`off` disables it).
    Severity(Level),
    /// `name: true` / `name: false`: enables or disables an inherited rule at its own severity.
    Enabled(bool),
    Definition(Arc<Definition>),
}

/// Reads what `rules.<name>` holds. `functions` are the names of the ruleset's JavaScript functions.
pub fn read_entry(file: FileId, ptr: &str, node: &Node, functions: &Functions) -> Result<Entry, Fail> {
    let here = Origin::of(file, ptr, node);
    match &node.value {
        Value::Bool(b) => Ok(Entry::Enabled(*b)),
        Value::String(_) | Value::Number(_) => Level::parse(node).map(Entry::Severity).ok_or_else(|| {
            here.error(
                "the value has to be one of: 0, 1, 2, 3 or \"error\", \"warn\", \"info\", \"hint\", \"off\"",
                "write a severity, `true`/`false`, or a full rule with `given` and `then`",
            )
        }),
        Value::Object(_) => read_definition(file, ptr, node, functions).map(|d| Entry::Definition(Arc::new(d))),
        _ => Err(here.error(
            "a rule is a severity, `true`/`false`, or an object with `given` and `then`",
            "see https://docs.stoplight.io/docs/spectral/ for the rule format",
        )),
    }
}

const RULE_KEYS: &[&str] = &[
    "description",
    "documentationUrl",
    "recommended",
    "given",
    "resolved",
    "severity",
    "message",
    "tags",
    "formats",
    "then",
    "type",
    "extensions",
];

fn read_definition(file: FileId, ptr: &str, node: &Node, functions: &Functions) -> Result<Definition, Fail> {
    let here = Origin::of(file, ptr, node);
    let map = node.as_object().expect("checked by the caller");
    for (key, e) in map {
        if !RULE_KEYS.contains(&key.as_str()) && !key.starts_with("x-") {
            return Err(Origin::of(file, &pointer::push(ptr, key), &e.node).error(
                format!("a rule has no property `{key}`"),
                format!("the properties of a rule are {}", RULE_KEYS.join(", ")),
            ));
        }
    }
    let at = |key: &str| (pointer::push(ptr, key), node.get(key));
    let (Some(given), Some(then)) = (node.get("given"), node.get("then")) else {
        return Err(here.error(
            "the rule must have at least \"given\" and \"then\" properties",
            "add `given: $.path.to.check` and `then: {function: truthy}`",
        ));
    };
    let string = |key: &str| -> Result<Option<String>, Fail> {
        match at(key) {
            (_, None) => Ok(None),
            (p, Some(n)) => n
                .as_str()
                .map(|s| Some(s.to_owned()))
                .ok_or_else(|| Origin::of(file, &p, n).error(format!("`{key}` must be a string"), "quote the text")),
        }
    };
    let boolean = |key: &str, default: bool| -> Result<bool, Fail> {
        match at(key) {
            (_, None) => Ok(default),
            (
                _,
                Some(Node {
                    value: Value::Bool(b), ..
                }),
            ) => Ok(*b),
            (p, Some(n)) => {
                Err(Origin::of(file, &p, n).error(format!("`{key}` must be true or false"), "write `true` or `false`"))
            }
        }
    };
    let severity = match at("severity") {
        (_, None) => None,
        (p, Some(n)) => Some(Level::parse(n).ok_or_else(|| {
            Origin::of(file, &p, n).error(
                "the value has to be one of: 0, 1, 2, 3 or \"error\", \"warn\", \"info\", \"hint\", \"off\"",
                "write `severity: warn`, for example",
            )
        })?),
    };
    if let (p, Some(n)) = at("type")
        && !matches!(n.as_str(), Some("style" | "validation"))
    {
        return Err(
            Origin::of(file, &p, n).error("allowed types are \"style\" and \"validation\"", "write `type: style`")
        );
    }
    let documentation_url = string("documentationUrl")?;
    if let (Some(url), (p, Some(n))) = (&documentation_url, at("documentationUrl")) {
        check_url(&Origin::of(file, &p, n), url)?;
    }
    Ok(Definition {
        given: read_given(file, &pointer::push(ptr, "given"), given)?,
        then: read_then(file, &pointer::push(ptr, "then"), then, functions)?,
        message: string("message")?,
        description: string("description")?,
        severity,
        recommended: boolean("recommended", true)?,
        formats: match at("formats") {
            (_, None) => None,
            (p, Some(n)) => Some(read_formats(file, &p, n)?),
        },
        resolved: boolean("resolved", true)?,
        documentation_url,
    })
}

/// A URL as Spectral's `format: url` accepts it: a scheme, `:`, and no spaces.
pub fn check_url(origin: &Origin, url: &str) -> Result<(), Fail> {
    let scheme_ok = url.split_once(':').is_some_and(|(s, rest)| {
        !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c)) && !rest.is_empty()
    });
    if scheme_ok && !url.contains(char::is_whitespace) {
        Ok(())
    } else {
        Err(origin.error(
            "must be a valid URL",
            "write an absolute URL such as https://example.com/docs/rules",
        ))
    }
}

/// `given`: one expression or a non-empty list of them.
pub fn read_given(file: FileId, ptr: &str, node: &Node) -> Result<Vec<Given>, Fail> {
    let one = |p: &str, n: &Node| -> Result<Given, Fail> {
        let origin = Origin::of(file, p, n);
        match n.as_str() {
            Some(s) if s.starts_with('#') => Ok(Given { text: s.to_owned(), origin }),
            Some(s) => {
                JsonPath::parse(s).map_err(|e| {
                    origin.error(
                        format!("`{s}` is not a JSONPath specgen can evaluate: {e}"),
                        "write a JSONPath starting with `$` (filters as `[?(@.key === 'value')]`), or `#Alias`",
                    )
                })?;
                Ok(Given { text: s.to_owned(), origin })
            }
            None => Err(origin.error(
                "must be a valid JSON Path expression or a reference to the existing Alias optionally paired with a JSON Path expression subset",
                "write `given: $.paths[*]`, for example",
            )),
        }
    };
    match &node.value {
        Value::Array(items) if items.is_empty() => {
            Err(Origin::of(file, ptr, node)
                .error("must be a non-empty array of expressions", "list at least one JSONPath"))
        }
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, n)| one(&pointer::push(ptr, &i.to_string()), n))
            .collect(),
        _ => Ok(vec![one(ptr, node)?]),
    }
}

fn read_then(file: FileId, ptr: &str, node: &Node, functions: &Functions) -> Result<Vec<Then>, Fail> {
    match &node.value {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, n)| read_one_then(file, &pointer::push(ptr, &i.to_string()), n, functions))
            .collect(),
        _ => Ok(vec![read_one_then(file, ptr, node, functions)?]),
    }
}

fn read_one_then(file: FileId, ptr: &str, node: &Node, functions: &Functions) -> Result<Then, Fail> {
    let origin = Origin::of(file, ptr, node);
    if node.as_object().is_none() {
        return Err(origin.error(
            "`then` must be an object with `function`",
            "write `then: {function: truthy}`",
        ));
    }
    // Spectral ignores other properties (real rulesets write `message` in `then`); a near miss of one of
    // the three is a typo that would silently change the rule.
    const THEN_KEYS: [&str; 3] = ["field", "function", "functionOptions"];
    for (key, e) in node.as_object().into_iter().flatten() {
        if THEN_KEYS.contains(&key.as_str()) {
            continue;
        }
        if let Some(meant) = crate::load::closest(key, THEN_KEYS.into_iter()) {
            return Err(Origin::of(file, &pointer::push(ptr, key), &e.node).error(
                format!("`then` has no property `{key}`; did you mean `{meant}`?"),
                "the properties of `then` are `field`, `function` and `functionOptions`",
            ));
        }
    }
    let field = match node.get("field") {
        None => None,
        Some(f) => Some(read_field(&Origin::of(file, &pointer::push(ptr, "field"), f), f)?),
    };
    let fptr = pointer::push(ptr, "function");
    let Some(fnode) = node.get("function") else {
        return Err(origin.error(
            "`then` lacks `function`",
            format!("name one of the core functions: {}", NAMES.join(", ")),
        ));
    };
    let Some(name) = fnode.as_str() else {
        return Err(
            Origin::of(file, &fptr, fnode).error("`function` must be a function's name", "write `function: truthy`")
        );
    };
    let options = node.get("functionOptions");
    let optr = pointer::push(ptr, "functionOptions");
    let custom = functions.custom(name, options);
    let call = match Function::parse(name, options) {
        Ok(Some(f)) => Call::Core(f),
        Ok(None) if custom.is_some() => Call::Custom(custom.expect("checked")),
        Ok(None) => {
            return Err(Origin::of(file, &fptr, fnode).error(
                format!("Function \"{name}\" not found"),
                format!(
                    "the core functions are {}; a JavaScript function must be listed in `functions`",
                    NAMES.join(", ")
                ),
            ));
        }
        Err(e) => {
            let at = options.and_then(|o| o.at(&e.pointer).ok()).unwrap_or(node);
            let p = if options.is_some() {
                format!("{optr}{}", e.pointer)
            } else {
                ptr.to_owned()
            };
            return Err(Origin::of(file, &p, at).error(e.message, "fix the function's options as the message says"));
        }
    };
    Ok(Then { field, call, origin })
}

fn read_field(origin: &Origin, node: &Node) -> Result<Field, Fail> {
    let Some(text) = node.as_str() else {
        return Err(origin.error(
            "`field` must be a string",
            "write `field: description`, `field: '@key'` or a JSONPath",
        ));
    };
    if text == "@key" {
        return Ok(Field::Keys);
    }
    // `$.a`, `$..a`, `$[...]`, `$` are paths; `$ref` is a property name, as JSONPath-Plus reads it.
    if text == "$" || text.starts_with("$.") || text.starts_with("$[") {
        return JsonPath::parse(text).map(Field::Path).map_err(|e| {
            origin.error(
                format!("`{text}` is not a JSONPath specgen can evaluate: {e}"),
                "fix the JSONPath",
            )
        });
    }
    Ok(Field::Segments(lodash_path(text)))
}

/// lodash's `toPath`: `a.b[0]['c.d']` is `a`, `b`, `0`, `c.d`.
pub fn lodash_path(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '.' => out.push(std::mem::take(&mut cur)),
            '[' => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                let quote = chars.peek().copied().filter(|q| *q == '\'' || *q == '"');
                if quote.is_some() {
                    chars.next();
                }
                let mut inner = String::new();
                while let Some(d) = chars.next() {
                    if Some(d) == quote && chars.peek() == Some(&']') {
                        chars.next();
                        break;
                    }
                    if quote.is_none() && d == ']' {
                        break;
                    }
                    inner.push(d);
                }
                out.push(inner);
                if chars.peek() == Some(&'.') {
                    chars.next();
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() || out.is_empty() {
        out.push(cur);
    }
    out
}

/// `formats: [oas2, oas3]`.
pub fn read_formats(file: FileId, ptr: &str, node: &Node) -> Result<Vec<Format>, Fail> {
    let names: Vec<&str> = FORMATS.iter().map(|(n, _)| *n).collect();
    let Some(items) = node.as_array() else {
        return Err(Origin::of(file, ptr, node).error(
            "must be an array of formats",
            format!("the formats are {}", names.join(", ")),
        ));
    };
    items
        .iter()
        .enumerate()
        .map(|(i, n)| {
            n.as_str()
                .and_then(|s| FORMATS.iter().find(|(f, _)| *f == s))
                .map(|(_, f)| *f)
                .ok_or_else(|| {
                    Origin::of(file, &pointer::push(ptr, &i.to_string()), n).error(
                        "must be a valid format",
                        format!("the formats are {}", names.join(", ")),
                    )
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(yaml: &str) -> Node {
        let mut diags = Vec::new();
        crate::load::yaml::read(FileId(0), yaml, &mut diags).unwrap()
    }

    fn entry(yaml: &str) -> Result<Entry, Fail> {
        let functions = Functions {
            names: vec!["myFn".to_owned()],
            dir: "fns".into(),
            module: None,
        };
        read_entry(FileId(0), "/rules/r", &node(yaml), &functions)
    }

    #[test]
    fn severities_and_switches() {
        assert!(matches!(
            entry("warn"),
            Ok(Entry::Severity(Level::On(Severity::Warning)))
        ));
        assert!(matches!(entry("0"), Ok(Entry::Severity(Level::On(Severity::Error)))));
        assert!(matches!(entry("off"), Ok(Entry::Severity(Level::Off))));
        assert!(matches!(entry("false"), Ok(Entry::Enabled(false))));
        assert!(entry("loud").unwrap_err().message.contains("has to be one of"));
    }

    #[test]
    fn a_full_rule() {
        let Ok(Entry::Definition(d)) = entry(
            "description: Tags need descriptions\nmessage: '{{error}}'\nseverity: error\nformats: [oas3_1]\nresolved: false\n\
             given: ['$.tags[*]', '#Tags']\nthen:\n  - field: description\n    function: truthy\n  - field: '@key'\n    function: myFn\n",
        ) else {
            panic!("a definition")
        };
        assert_eq!(d.given.len(), 2);
        assert_eq!(d.then.len(), 2);
        assert!(
            matches!(d.then[1].call, Call::Custom(ref c) if c.name == "myFn" && c.file == std::path::Path::new("fns/myFn.js"))
        );
        assert!(matches!(d.then[1].field, Some(Field::Keys)));
        assert_eq!(d.formats, Some(vec![Format::Oas3_1]));
        assert!(!d.resolved && d.recommended);
        assert_eq!(d.severity, Some(Level::On(Severity::Error)));
    }

    #[test]
    fn errors_point_at_the_part_that_is_wrong() {
        let cases = [
            (
                "given: '$.a'\nthen: {function: nope}\n",
                "/rules/r/then/function",
                "Function \"nope\" not found",
            ),
            (
                "given: '$.a'\nthen: {function: schema, functionOptions: {schema: {type: 1}}}\n",
                "/rules/r/then/functionOptions/schema",
                "not valid JSON Schema",
            ),
            (
                "given: '$.a'\nthen: {function: casing, functionOptions: {type: upper}}\n",
                "/rules/r/then/functionOptions/type",
                "accept the following values",
            ),
            (
                "given: '$.a[?(@.x + 1)]'\nthen: {function: truthy}\n",
                "/rules/r/given",
                "`+`",
            ),
            (
                "given: []\nthen: {function: truthy}\n",
                "/rules/r/given",
                "non-empty array",
            ),
            (
                "given: 'paths'\nthen: {function: truthy}\n",
                "/rules/r/given",
                "starts with `$`",
            ),
            ("given: '$'\n", "/rules/r", "at least \"given\" and \"then\""),
            (
                "given: '$'\nthen: {function: truthy}\nseverty: warn\n",
                "/rules/r/severty",
                "no property `severty`",
            ),
            (
                "given: '$'\nthen: {function: truthy}\nformats: [oas4]\n",
                "/rules/r/formats/0",
                "valid format",
            ),
            (
                "given: '$'\nthen: {function: truthy}\ndocumentationUrl: not a url\n",
                "/rules/r/documentationUrl",
                "valid URL",
            ),
            (
                "given: '$'\nthen: {function: truthy, feld: x}\n",
                "/rules/r/then/feld",
                "no property `feld`",
            ),
            (
                "given: '$'\nthen: {function: truthy, functionOption: {}}\n",
                "/rules/r/then/functionOption",
                "did you mean `functionOptions`?",
            ),
        ];
        for (yaml, ptr, msg) in cases {
            let d = entry(yaml).expect_err(yaml);
            let loc = d.location.as_ref().unwrap();
            assert_eq!(loc.pointer, ptr, "{yaml}");
            assert!(d.message.contains(msg), "{yaml}: {}", d.message);
            assert!(d.help.is_some());
        }
    }

    #[test]
    fn other_properties_of_then_are_ignored_as_spectral_ignores_them() {
        assert!(matches!(
            entry("given: '$'\nthen: {function: truthy, message: Needs one}\n"),
            Ok(Entry::Definition(_))
        ));
    }

    #[test]
    fn lodash_paths() {
        assert_eq!(lodash_path("a.b[0]['c.d']"), ["a", "b", "0", "c.d"]);
        assert_eq!(lodash_path("description"), ["description"]);
        assert_eq!(lodash_path("x-foo.bar"), ["x-foo", "bar"]);
    }

    #[test]
    fn formats_match_versions() {
        assert!(Format::Oas3.matches("3.1.0") && Format::Oas3_0.matches("3.0.3"));
        assert!(!Format::Oas3_0.matches("3.1.0") && Format::Oas2.matches("2.0"));
        assert!(!Format::Oas3_1.matches("3.10.0"));
    }
}
