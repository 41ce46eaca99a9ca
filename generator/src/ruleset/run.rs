//! Runs a ruleset's own rules (`given` + `then`) on a loaded spec, as Spectral's runner does: each
//! `given` path selects nodes of the resolved (or, with `resolved: false`, the written) document, each
//! `then.field` selects targets in them, and each function's results become findings located where the
//! node is written, with the rule's `message` template filled in.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::{Mutex, OnceLock};

use indexmap::IndexMap;

use super::filter::Val;
use super::functions::{Context, FnResult, Sub, Target, js_number};
use super::jsonpath::{AsWritten, Follow, JsonPath, Match, PathSeg, Walk};
use super::load::{Alias, Kind, Rule, alias_name};
use super::resolved::Resolved;
use super::rule::{Call, Definition, Field, Format, Given, Level, Origin};
use crate::diagnostic::{Diagnostic, Severity};
use crate::load::{Node, Spec, Value, pointer};
use crate::source::FileId;

/// Steps one `given` may take before it is stopped (a `$..` over Stripe's resolved document takes
/// about a tenth of this).
pub const BUDGET: usize = 20_000_000;

/// A rule that could not run on this document: where in the ruleset, why, and what would fix it.
#[derive(Clone, Debug)]
pub struct Problem {
    pub rule: String,
    pub origin: Origin,
    pub message: String,
    pub help: String,
}

/// Calling the ruleset's JavaScript functions ([`super::js`]): the engine, made at the first call.
#[cfg(feature = "js")]
#[path = "js_run.rs"]
mod custom;

/// What running the rules gave.
#[derive(Debug, Default)]
pub struct Outcome {
    pub findings: Vec<Diagnostic>,
    pub problems: Vec<Problem>,
}

/// Runs every enabled rule the ruleset defines on `spec`. Built-in rules (`spectral:oas`) are the
/// linter's and are not run here.
pub fn run(spec: &Spec, rules: &IndexMap<String, Rule>, aliases: &IndexMap<String, Alias>) -> Outcome {
    let refs = Resolved::new(spec);
    let referenced: HashSet<String> = spec
        .refs
        .iter()
        .flat_map(|l| {
            let target = l
                .target
                .as_ref()
                .filter(|t| t.file == FileId(0))
                .map(|t| t.pointer.clone());
            let holder = (l.from == FileId(0)).then(|| l.pointer.clone());
            target.into_iter().chain(holder)
        })
        .collect();
    let version = spec.version().unwrap_or("");
    let mut out = Outcome::default();
    #[cfg(feature = "js")]
    let js = custom::Js::default();
    for rule in rules.values().filter(|r| r.enabled) {
        let Kind::Defined(def) = &rule.kind else { continue };
        if let Some(formats) = &rule.formats
            && !formats.iter().any(|f| f.matches(version))
        {
            continue;
        }
        let cx = RuleRun {
            spec,
            rule,
            def,
            refs: &refs,
            referenced: &referenced,
            version,
            #[cfg(feature = "js")]
            js: &js,
        };
        cx.run(aliases, &mut out);
    }
    // A node the resolved view reaches by several paths is one place in the files: Spectral reports it
    // once.
    let mut seen = HashSet::new();
    out.findings.retain(|d| {
        let at = d.location.as_ref().map(|l| (l.file, l.pointer.clone()));
        seen.insert((d.code, at, d.message.clone()))
    });
    out
}

struct RuleRun<'s, 'r> {
    spec: &'s Spec,
    rule: &'r Rule,
    def: &'r Definition,
    refs: &'r Resolved<'s>,
    /// Pointers of the root document that a `$ref` names or holds one.
    referenced: &'r HashSet<String>,
    version: &'r str,
    #[cfg(feature = "js")]
    js: &'r custom::Js,
}

/// A place a function looked at: the node (or key, or nothing), and where it is.
struct Spot<'s> {
    target: Target<'s>,
    file: FileId,
    /// The pointer of the target, even when it does not exist.
    pointer: String,
    /// How many of the pointer's last tokens do not exist (for `{{property}}`).
    missing: usize,
    /// The path below the node `given` selected (`field`), for a JavaScript function's `context.path`.
    #[cfg_attr(not(feature = "js"), allow(dead_code))]
    below: Vec<Sub>,
}

impl<'s> RuleRun<'s, '_> {
    fn run(&self, aliases: &IndexMap<String, Alias>, out: &mut Outcome) {
        #[cfg(not(feature = "js"))]
        for then in &self.def.then {
            if let Call::Custom(c) = &then.call {
                out.problems.push(Problem {
                    help: "build specgen with the `js` feature (`cargo install specgen --features js`), or turn the rule off"
                        .to_owned(),
                    ..self.problem(
                        &then.origin,
                        format!("the function `{}` is JavaScript, which this build of specgen cannot run", c.name),
                    )
                });
            }
        }
        let walk = Walk {
            follow: if self.def.resolved { self.refs } else { &AsWritten },
            budget: BUDGET,
        };
        let root = self.spec.root();
        for given in &self.def.given {
            let paths = match expand(given, aliases, self.version, 0) {
                Ok(p) => p,
                Err(message) => {
                    out.problems.push(self.problem(&given.origin, message));
                    continue;
                }
            };
            for text in paths {
                let path = match JsonPath::parse(&text) {
                    Ok(p) => p,
                    Err(e) => {
                        out.problems.push(self.problem(&given.origin, format!("`{text}`: {e}")));
                        continue;
                    }
                };
                match path.select(root, (FileId(0), ""), &walk) {
                    Ok(matches) => {
                        for m in &matches {
                            self.lint_node(m, &walk, out);
                        }
                    }
                    Err(over) => out.problems.push(self.problem(
                        &given.origin,
                        format!(
                            "`{text}` visits more than {} nodes of this document; it was stopped",
                            over.0
                        ),
                    )),
                }
            }
        }
    }

    fn problem(&self, origin: &Origin, message: String) -> Problem {
        Problem {
            rule: self.rule.name.clone(),
            origin: origin.clone(),
            message,
            help: "fix the rule's `given`".to_owned(),
        }
    }

    fn lint_node<'x>(&'x self, m: &Match<'x>, walk: &Walk<'x>, out: &mut Outcome) {
        for then in &self.def.then {
            let function = match &then.call {
                Call::Core(f) => f,
                #[cfg(feature = "js")]
                Call::Custom(c) => {
                    self.call_custom(c, then, m, walk, out);
                    continue;
                }
                #[cfg(not(feature = "js"))]
                Call::Custom(_) => continue,
            };
            for spot in self.targets(m, then.field.as_ref(), walk, out) {
                let cx = Context {
                    version: self.version,
                    referenced: &|p| self.referenced.contains(p),
                    resolved: self.def.resolved,
                };
                for result in function.check(spot.target.clone(), &cx) {
                    if let Some(d) = self.finding(&spot, &result) {
                        out.findings.push(d);
                    }
                }
            }
        }
    }

    /// Spectral's `getLintTargets`.
    fn targets<'x>(
        &'x self,
        m: &Match<'x>,
        field: Option<&'x Field>,
        walk: &Walk<'x>,
        out: &mut Outcome,
    ) -> Vec<Spot<'x>> {
        let here = |target| Spot {
            target,
            file: m.file,
            pointer: m.pointer.clone(),
            missing: 0,
            below: Vec::new(),
        };
        let value = if m.property_name {
            return vec![here(Target::Key(Cow::Borrowed(last_key(m))))];
        } else {
            m.node
        };
        let container = matches!(value.value, Value::Object(_) | Value::Array(_));
        let mut spots = match field {
            Some(Field::Keys) if container => keys(value)
                .into_iter()
                .map(|k| Spot {
                    file: m.file,
                    pointer: pointer::push(&m.pointer, &k),
                    below: vec![Sub::Key(k.to_string())],
                    target: Target::Key(k),
                    missing: 0,
                })
                .collect(),
            Some(Field::Path(path)) if container => match path.select(value, (m.file, &m.pointer), walk) {
                Ok(found) => found
                    .into_iter()
                    .map(|f| Spot {
                        target: if f.property_name {
                            Target::Key(Cow::Borrowed(last_key(&f)))
                        } else {
                            Target::Node(f.node)
                        },
                        file: f.file,
                        pointer: f.pointer,
                        missing: 0,
                        below: f.path.iter().map(sub).collect(),
                    })
                    .collect(),
                Err(over) => {
                    out.problems.push(self.problem(
                        self.rule.origin.as_ref().unwrap_or(&self.def.given[0].origin),
                        format!("`field` visits more than {} nodes; it was stopped", over.0),
                    ));
                    Vec::new()
                }
            },
            Some(Field::Segments(segs)) if container => vec![self.lodash_get(value, (m.file, &m.pointer), segs)],
            _ => vec![here(Target::Node(value))],
        };
        if spots.is_empty() {
            spots.push(here(Target::Missing));
        }
        spots
    }

    /// lodash's `get` along `segs` from `value` (at `at`), through `$ref`s in the resolved view.
    fn lodash_get<'x>(&'x self, value: &'x Node, at: (FileId, &str), segs: &[String]) -> Spot<'x> {
        let below = segs.iter().map(|s| Sub::Key(s.clone())).collect();
        let (mut node, mut file, mut ptr) = (value, at.0, at.1.to_owned());
        for (i, seg) in segs.iter().enumerate() {
            let Some(child) = node.child(seg) else {
                let mut missing = ptr.clone();
                for s in &segs[i..] {
                    missing = pointer::push(&missing, s);
                }
                return Spot {
                    target: Target::Missing,
                    file,
                    pointer: missing,
                    missing: segs.len() - i,
                    below,
                };
            };
            ptr = pointer::push(&ptr, seg);
            node = child;
            if self.def.resolved
                && let Some((f, p, n)) = self.refs.follow(child)
            {
                (node, file, ptr) = (n, f, p);
            }
        }
        Spot {
            target: Target::Node(node),
            file,
            pointer: ptr,
            missing: 0,
            below,
        }
    }

    fn finding(&self, spot: &Spot<'_>, result: &FnResult) -> Option<Diagnostic> {
        let mut pointer = spot.pointer.clone();
        for sub in &result.sub {
            pointer = match sub {
                Sub::Key(k) => pointer::push(&pointer, k),
                Sub::Index(i) => pointer::push(&pointer, &i.to_string()),
            };
        }
        let file = match &result.at {
            Some(at) => {
                pointer = at.clone();
                FileId(0)
            }
            None => spot.file,
        };
        let severity = self.severity_at(&pointer)?;
        // As Spectral: a result is reported at the closest part of the document that exists.
        let missing = if result.sub.is_empty() && result.at.is_none() {
            spot.missing
        } else {
            0
        };
        let (existing, missing_tokens) = split_missing(&pointer, missing);
        let vars = self.vars(file, &existing, &missing_tokens);
        let error = render(&result.message, &vars);
        let vars = Vars {
            error: error.clone(),
            ..vars
        };
        let message = match &self.def.message {
            Some(m) => render(m, &vars),
            None => self.def.description.clone().unwrap_or(error),
        };
        let location = self.spec.location(file, &existing);
        let mut d = Diagnostic::new(severity, intern(&self.rule.name), message.trim().to_owned()).at(
            location.file,
            location.pointer,
            location.span,
        );
        d.help = Some(match &self.rule.documentation_url {
            Some(url) => format!("see {url}"),
            None => format!("rule `{}` of the ruleset", self.rule.name),
        });
        Some(d)
    }

    /// The rule's severity, or the one an override sets for this part of the document; `None` if off.
    fn severity_at(&self, pointer: &str) -> Option<Severity> {
        let mut level = Level::On(self.rule.severity);
        for (prefix, l) in &self.rule.pointer_levels {
            if pointer == prefix || pointer.starts_with(&format!("{prefix}/")) {
                level = *l;
            }
        }
        match level {
            Level::On(s) => Some(s),
            Level::Off => None,
        }
    }

    fn vars(&self, file: FileId, existing: &str, missing: &[String]) -> Vars {
        let tokens = pointer::parse(existing).unwrap_or_default();
        let property = if missing.is_empty() {
            tokens.last().cloned().unwrap_or_default()
        } else {
            // Spectral prints the missing part from the last existing token on.
            tokens
                .last()
                .into_iter()
                .cloned()
                .chain(missing.iter().cloned())
                .collect::<Vec<_>>()
                .join(".")
        };
        // The value at the reported path, as Spectral reads it (for `@key`, the property's value).
        let value = self.spec.node(file, existing).map_or(Val::Undefined, Val::of);
        Vars {
            property,
            error: String::new(),
            path: format!("#{}", pointer::encode_fragment(existing)),
            description: self.def.description.clone(),
            value: js_string(&value),
            printed_value: super::functions::print_value(&value),
        }
    }
}

fn sub(seg: &PathSeg) -> Sub {
    match seg {
        PathSeg::Key(k) => Sub::Key((*k).to_owned()),
        PathSeg::Index(i) => Sub::Index(*i),
    }
}

fn last_key<'s>(m: &Match<'s>) -> &'s str {
    match m.path.last() {
        Some(PathSeg::Key(k)) => k,
        _ => "",
    }
}

/// `Object.keys`: an object's property names, an array's indexes.
fn keys(node: &Node) -> Vec<Cow<'_, str>> {
    match &node.value {
        Value::Object(map) => map.keys().map(|k| Cow::Borrowed(k.as_str())).collect(),
        Value::Array(items) => (0..items.len()).map(|i| Cow::Owned(i.to_string())).collect(),
        _ => Vec::new(),
    }
}

/// The pointer without its last `missing` tokens, and those tokens.
fn split_missing(ptr: &str, missing: usize) -> (String, Vec<String>) {
    let tokens = pointer::parse(ptr).unwrap_or_default();
    let keep = tokens.len().saturating_sub(missing);
    let existing = pointer::join(tokens[..keep].iter().map(String::as_str));
    (existing, tokens[keep..].to_vec())
}

/// `alias` paths with the rest of `given` appended; aliases may name aliases.
fn expand(
    given: &Given,
    aliases: &IndexMap<String, Alias>,
    version: &str,
    depth: usize,
) -> Result<Vec<String>, String> {
    let Some(name) = alias_name(&given.text) else {
        return Ok(vec![given.text.clone()]);
    };
    if depth > 16 {
        return Err(format!("the alias `{name}` refers to itself"));
    }
    let rest = &given.text[1 + name.len()..];
    let alias = aliases
        .get(name)
        .ok_or_else(|| format!("Alias \"{name}\" does not exist"))?;
    let paths: Vec<&Given> = match alias {
        Alias::Plain(p) => p.iter().collect(),
        Alias::Targeted(targets) => targets
            .iter()
            .filter(|(formats, _)| formats.iter().any(|f: &Format| f.matches(version)))
            .flat_map(|(_, p)| p.iter())
            .collect(),
    };
    let mut out = Vec::new();
    for p in paths {
        let joined = Given {
            text: format!("{}{rest}", p.text),
            origin: given.origin.clone(),
        };
        out.extend(expand(&joined, aliases, version, depth + 1)?);
    }
    Ok(out)
}

/// The values a message template reads.
#[derive(Clone, Debug)]
struct Vars {
    property: String,
    error: String,
    path: String,
    description: Option<String>,
    /// `String(value)` in JavaScript.
    value: String,
    /// Spectral's `printValue(value)`.
    printed_value: String,
}

/// Spectral's message templates: `{{name}}` reads a variable; `#{{print("property")}}` and
/// `#{{print("value")}}` print as its functions do. Unknown names print nothing, as Spectral's.
fn render(template: &str, vars: &Vars) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        let Some(close) = rest[open..].find("}}").map(|c| open + c) else {
            break;
        };
        let inner = &rest[open + 2..close];
        if inner.contains('}') || inner.contains('\n') || inner.is_empty() {
            out.push_str(&rest[..open + 2]);
            rest = &rest[open + 2..];
            continue;
        }
        let evaluate = open > 0 && rest.as_bytes()[open - 1] == b'#';
        out.push_str(&rest[..if evaluate { open - 1 } else { open }]);
        out.push_str(&if evaluate {
            print_call(inner.trim(), vars)
        } else {
            variable(inner, vars)
        });
        rest = &rest[close + 2..];
    }
    out.push_str(rest);
    out
}

fn variable(name: &str, vars: &Vars) -> String {
    match name {
        "property" => vars.property.clone(),
        "error" => vars.error.clone(),
        "path" => vars.path.clone(),
        "description" => vars.description.clone().unwrap_or_else(|| "null".into()),
        "value" => vars.value.clone(),
        _ => String::new(),
    }
}

fn print_call(expr: &str, vars: &Vars) -> String {
    let arg = expr
        .strip_prefix("print(")
        .and_then(|a| a.strip_suffix(')'))
        .map(|a| a.trim().trim_matches(|c| c == '"' || c == '\''));
    match arg {
        Some("property") if !vars.property.is_empty() => format!("\"{}\" property ", vars.property),
        Some("property") => "The document ".into(),
        Some("value") => vars.printed_value.clone(),
        Some(other) => variable(other, vars),
        None => String::new(),
    }
}

/// JavaScript's `String(value)`.
fn js_string(v: &Val) -> String {
    match v {
        Val::Undefined => "undefined".into(),
        Val::Null => "null".into(),
        Val::Bool(b) => b.to_string(),
        Val::Num(n) => js_number(*n),
        Val::Str(s) => s.to_string(),
        Val::Node(n) => match &n.value {
            Value::Array(items) => items
                .iter()
                .map(|i| js_string(&Val::of(i)))
                .collect::<Vec<_>>()
                .join(","),
            _ => "[object Object]".into(),
        },
        Val::List(items) => items.iter().map(js_string).collect::<Vec<_>>().join(","),
        Val::Regex(_) => "/regex/".into(),
    }
}

/// Rule names as the `&'static str` codes diagnostics carry; each distinct name is kept once.
fn intern(name: &str) -> &'static str {
    static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut set = NAMES
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(s) = set.get(name) {
        return s;
    }
    let leaked: &'static str = Box::leak(name.to_owned().into_boxed_str());
    set.insert(leaked);
    leaked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::LoadOptions;
    use crate::ruleset::load::Ruleset;

    /// Runs `ruleset` (YAML) on `spec` (YAML) and lists `code | message | pointer`.
    fn lint(ruleset: &str, spec: &str) -> Vec<String> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".spectral.yaml");
        std::fs::write(&path, ruleset).unwrap();
        let rs = Ruleset::load(&path).unwrap();
        let spec = Spec::from_text(dir.path().join("api.yaml"), spec, &LoadOptions::default());
        let out = run(&spec, &rs.rules_for(&dir.path().join("api.yaml")), &rs.aliases());
        assert!(out.problems.is_empty(), "{:?}", out.problems);
        out.findings
            .iter()
            .map(|d| format!("{} | {} | {}", d.code, d.message, d.location.as_ref().unwrap().pointer))
            .collect()
    }

    const API: &str = "openapi: 3.0.3
info:
  title: Pets API
  version: '1'
paths:
  /Pets:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200': {$ref: '#/components/responses/Bad'}
tags:
  - name: b
  - name: a
components:
  responses:
    Bad: {description: bad thing}
";

    /// Each expectation is what Spectral 6.16.3 reports for the same rule on `API`.
    #[test]
    fn findings_and_messages_are_spectrals() {
        let cases = [
            (
                "given: $.info\nthen: {field: contact.email, function: truthy}",
                "r | \"info.contact.email\" property must be truthy | /info",
            ),
            (
                "message: '{{property}} | {{error}} | {{path}} | {{value}} | {{description}}'\ngiven: $.paths[*][*]\nthen: {field: description, function: truthy}",
                "r | get.description | \"get.description\" property must be truthy | #/paths/~1Pets/get | [object Object] | null | /paths/~1Pets/get",
            ),
            (
                "given: $.tags\nthen: {function: alphabetical, functionOptions: {keyedBy: name}}",
                "r | properties must follow the alphabetical order | /tags",
            ),
            (
                "given: $.paths\nthen: {field: '@key', function: pattern, functionOptions: {match: '^/[a-z/{}-]*$'}}",
                "r | Object{} must match the pattern \"^/[a-z/{}-]*$\" | /paths/~1Pets",
            ),
            (
                "given: $.paths[*][*].responses[*]\nthen: {field: description, function: pattern, functionOptions: {notMatch: '^bad'}}",
                "r | \"bad thing\" must not match the pattern \"^bad\" | /components/responses/Bad/description",
            ),
            (
                "given: $..parameters[*].in\nthen: {function: enumeration, functionOptions: {values: [query, header]}}",
                "r | \"path\" must be equal to one of the allowed values: \"query\", \"header\" | /paths/~1Pets/get/parameters/0/in",
            ),
            (
                "given: $.info.title\nthen: {function: length, functionOptions: {max: 3}}",
                "r | \"title\" property must be shorter than 3 | /info/title",
            ),
        ];
        for (rule, expected) in cases {
            let ruleset = format!("rules:\n  r:\n{}\n", indent(rule));
            assert_eq!(lint(&ruleset, API), [expected], "{rule}");
        }
    }

    /// `typedEnum` and `unreferencedReusableObject`, as Spectral 6.16.3 reports them on the same document.
    #[test]
    fn document_aware_functions() {
        let api = "openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters:
        - {name: x, in: query, schema: {type: integer, enum: [1, 1.5, a]}}
        - {name: y, in: query, schema: {type: string, nullable: true, enum: [a, null, 2]}}
        - {name: z, in: query, schema: {$ref: '#/components/schemas/Used'}}
      responses: {'200': {description: ok}}
components:
  schemas:
    Used: {type: string}
    Lonely: {type: string}
    Alias: {$ref: '#/components/schemas/Used'}
";
        let ruleset = "rules:\n  te:\n    given: $..[?(@.enum)]\n    then: {function: typedEnum}\n  orphans:\n    resolved: false\n    given: $.components.schemas\n    then: {function: unreferencedReusableObject, functionOptions: {reusableObjectsLocation: '#/components/schemas'}}\n";
        assert_eq!(
            lint(ruleset, api),
            [
                "te | Enum value 1.5 must be \"integer\". | /paths/~1a/get/parameters/0/schema/enum/1",
                "te | Enum value \"a\" must be \"integer\". | /paths/~1a/get/parameters/0/schema/enum/2",
                "te | Enum value 2 must be \"string,null\". | /paths/~1a/get/parameters/1/schema/enum/2",
                "orphans | Potential orphaned reusable object has been detected | /components/schemas/Lonely",
            ]
        );
    }

    fn indent(text: &str) -> String {
        text.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn unresolved_rules_see_refs_as_written() {
        let ruleset = "rules:\n  r:\n    resolved: false\n    given: $.paths[*][*].responses[*]\n    then: {field: $ref, function: falsy}\n";
        assert_eq!(
            lint(ruleset, API),
            ["r | \"$ref\" property must be falsy | /paths/~1Pets/get/responses/200/$ref"]
        );
    }

    #[test]
    fn formats_severities_and_pointer_overrides() {
        let ruleset = "rules:\n  v2-only:\n    formats: [oas2]\n    given: $.info\n    then: {function: falsy}\n  off-under-pets:\n    given: $.paths[*][*]\n    then: {field: summary, function: truthy}\noverrides:\n  - files: ['api.yaml#/paths/~1Pets']\n    rules: {off-under-pets: off}\n";
        assert!(
            lint(ruleset, API).is_empty(),
            "a 2.0 rule skips 3.0; the override turns the other off there"
        );
    }

    #[test]
    fn aliases_expand_with_the_rest_of_the_path() {
        let ruleset = "aliases:\n  Ops: ['$.paths[*][*]']\n  Params:\n    targets:\n      - formats: [oas3]\n        given: ['#Ops.parameters[*]']\nrules:\n  r:\n    given: '#Params.required'\n    then: {function: falsy}\n";
        assert_eq!(
            lint(ruleset, API),
            ["r | \"required\" property must be falsy | /paths/~1Pets/get/parameters/0/required"]
        );
    }

    #[test]
    fn templates_print_what_spectral_prints() {
        let vars = Vars {
            property: "title".into(),
            error: "bad".into(),
            path: "#/info/title".into(),
            description: Some("Titles are short".into()),
            value: "Pets API".into(),
            printed_value: "\"Pets API\"".into(),
        };
        assert_eq!(
            render("{{description}}: {{error}} at {{path}}", &vars),
            "Titles are short: bad at #/info/title"
        );
        assert_eq!(
            render("#{{print(\"property\")}}is {{value}}", &vars),
            "\"title\" property is Pets API"
        );
        assert_eq!(render("{{unknown}}x{{ }}{{a\nb}}", &vars), "x{{a\nb}}");
        assert_eq!(render("#{{print(\"value\")}}", &vars), "\"Pets API\"");
    }
}
