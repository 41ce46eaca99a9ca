//! Pieces several rules share.

use std::collections::HashSet;

use super::examples::Site;
use crate::lint::instance::{Direction, Validator};
use crate::lint::rule::{Cx, Help, RuleMeta, Visit};
use crate::load::pointer::{escape, push};
use crate::load::{Node, Spec, Value};
use crate::source::FileId;

/// The pointer of the object holding the node at `ptr`.
pub fn parent(ptr: &str) -> &str {
    ptr.rfind('/').map_or("", |i| &ptr[..i])
}

/// Whether a value is present and not empty (Spectral's `truthy`).
pub fn truthy(node: Option<&Node>) -> bool {
    match node.map(|n| &n.value) {
        None | Some(Value::Null) | Some(Value::Bool(false)) => false,
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Number(n)) => n.as_f64() != Some(0.0),
        _ => true,
    }
}

/// One parameter of an operation, resolved.
pub struct Param<'a> {
    pub file: FileId,
    pub ptr: String,
    pub node: &'a Node,
    pub name: &'a str,
    pub location: &'a str,
    /// Declared on the path item rather than the operation.
    pub shared: bool,
    /// The entry of the `parameters` list, in the list's file: the `$ref` when the parameter is one.
    pub entry: (FileId, String),
}

/// The parameters that apply to the operation `v` (or the path item `v`): the path item's, unless the
/// operation redeclares the same name and location, then the operation's own, in that order.
pub fn parameters<'a>(cx: &Cx<'a>, v: &Visit<'a, '_>) -> Vec<Param<'a>> {
    let mut out: Vec<Param<'a>> = Vec::new();
    let mut own = Vec::new();
    collect(cx, v.file, v.ptr, v.node, false, &mut own);
    if let Some(item) = v.parent {
        let mut shared = Vec::new();
        collect(cx, v.file, parent(v.ptr), item, true, &mut shared);
        out.extend(
            shared
                .into_iter()
                .filter(|p| !own.iter().any(|o| o.name == p.name && o.location == p.location)),
        );
    }
    out.extend(own);
    out
}

fn collect<'a>(cx: &Cx<'a>, file: FileId, ptr: &str, holder: &'a Node, shared: bool, out: &mut Vec<Param<'a>>) {
    let Some(list) = holder.get("parameters").and_then(Node::as_array) else {
        return;
    };
    let list_ptr = push(ptr, "parameters");
    for (i, p) in list.iter().enumerate() {
        let item_ptr = push(&list_ptr, &i.to_string());
        let Some(r) = cx.resolve(file, &item_ptr, p) else {
            continue;
        };
        let (Some(name), Some(location)) = (
            r.node.get("name").and_then(Node::as_str),
            r.node.get("in").and_then(Node::as_str),
        ) else {
            continue;
        };
        out.push(Param {
            file: r.file,
            ptr: r.ptr.as_str().to_owned(),
            node: r.node,
            name,
            location,
            shared,
            entry: (file, item_ptr.clone()),
        });
    }
}

/// The `{name}` expressions of a path template with their byte offsets.
pub fn template_params(template: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut rest = template;
    let mut base = 0;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        out.push((base + open, &rest[open + 1..open + close]));
        base += open + close + 1;
        rest = &rest[open + close + 1..];
    }
    out
}

/// Validates an example (or a default) against its schema and reports its problems at the parts of
/// the value they are about.
pub fn check_value<'a>(cx: &mut Cx<'a>, meta: &'static RuleMeta, site: &Site<'a>) {
    let mut validator = Validator::new(&cx.refs, cx.oas31).with_direction(site.direction);
    let problems = validator.validate(site.schema, site.value);
    let undecided = validator.take_undecided();
    report_value(cx, meta, site.file, &site.ptr, problems, &site.what);
    report_undecided(cx, site.file, &site.ptr, undecided, &site.what);
}

/// Reports each string of a value whose `pattern` search exceeded its backtracking budget: a warning
/// of `pattern-backtracking`, at the string, since the pattern (not the value) is what should change.
pub fn report_undecided(
    cx: &mut Cx<'_>,
    file: FileId,
    ptr: &str,
    undecided: Vec<crate::lint::instance::Problem>,
    what: &str,
) {
    for p in undecided {
        let at = format!("{ptr}{}", p.at);
        cx.report(
            &super::pattern_backtracking::META,
            file,
            &at,
            format!(
                "{what} cannot be checked against its schema: {}",
                strip_prefix(&p.at, &p.message)
            ),
        )
        .help(super::pattern_backtracking::HELP_UNDECIDED);
    }
}

/// Reports the problems of a value (at `ptr` in `file`) as one finding, as Spectral reports an example
/// once: at the problem when there is one, else at the value, with each problem as a note at the part
/// of the value it is about.
pub fn report_value(
    cx: &mut Cx<'_>,
    meta: &'static RuleMeta,
    file: FileId,
    ptr: &str,
    problems: Vec<crate::lint::instance::Problem>,
    what: &str,
) {
    let Some(first) = problems.first() else { return };
    let help = "change the value to fit the schema, or fix the schema if the value is right";
    if problems.len() == 1 {
        let at = format!("{ptr}{}", first.at);
        let message = format!(
            "{what} does not match its schema: {}",
            strip_prefix(&first.at, &first.message)
        );
        cx.report(meta, file, &at, message).help(help);
        return;
    }
    let notes: Vec<_> = problems
        .iter()
        .map(|p| {
            (
                cx.location(file, &format!("{ptr}{}", p.at)),
                strip_prefix(&p.at, &p.message),
            )
        })
        .collect();
    let listed: Vec<String> = problems
        .iter()
        .take(3)
        .map(|p| strip_prefix(&p.at, &p.message))
        .collect();
    let more = match problems.len() {
        n if n > 3 => format!("; and {} more", n - 3),
        _ => String::new(),
    };
    let message = format!(
        "{what} does not match its schema in {} places: {}{more}",
        problems.len(),
        listed.join("; ")
    );
    let finding = cx.report(meta, file, ptr, message).help(help);
    for (location, note) in notes {
        finding.related(location, note);
    }
}

/// "`/tags/1`: expected ..." reads better than a bare message when the problem is inside the value.
fn strip_prefix(at: &str, message: &str) -> String {
    if at.is_empty() {
        message.to_owned()
    } else {
        format!("at `{at}`, {message}")
    }
}

/// What a group of names that share one Rust scope are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    /// `components/schemas` (or 2.0 `definitions`): Rust types.
    Schema,
    /// The properties of one object schema: struct fields.
    Property,
    /// The parameters of one operation: arguments.
    Parameter,
}

impl NameKind {
    pub fn case(self) -> crate::naming::Case {
        match self {
            NameKind::Schema => crate::naming::Case::Type,
            NameKind::Property | NameKind::Parameter => crate::naming::Case::Field,
        }
    }
}

/// One name in a Rust scope: where it is (the pointer of the key, or of a parameter's `name`).
pub struct Name<'a> {
    pub file: FileId,
    pub ptr: String,
    pub name: &'a str,
}

/// The names the generator converts together for the visited object (see `naming::Scope`): component
/// schemas for the document, properties for a schema, parameters for an operation.
pub fn rust_names<'a>(cx: &Cx<'a>, v: &Visit<'a, '_>) -> Option<(NameKind, Vec<Name<'a>>)> {
    let keys = |holder: Option<&'a Node>, base: &str| -> Vec<Name<'a>> {
        let map = holder.and_then(Node::as_object);
        map.into_iter()
            .flat_map(|m| m.keys())
            .map(|k| Name {
                file: v.file,
                ptr: push(base, k),
                name: k.as_str(),
            })
            .collect()
    };
    match v.kind {
        crate::lint::rule::Kind::Document => {
            let names = match v.node.get("components") {
                Some(c) => keys(c.get("schemas"), "/components/schemas"),
                None => keys(v.node.get("definitions"), "/definitions"),
            };
            Some((NameKind::Schema, names))
        }
        crate::lint::rule::Kind::Schema => Some((
            NameKind::Property,
            keys(v.node.get("properties"), &push(v.ptr, "properties")),
        )),
        crate::lint::rule::Kind::Operation => {
            let names = parameters(cx, v)
                .into_iter()
                .map(|p| Name {
                    file: p.file,
                    ptr: push(&p.ptr, "name"),
                    name: p.name,
                })
                .collect();
            Some((NameKind::Parameter, names))
        }
        _ => None,
    }
}

/// Reports every `description` and `title` string in which `found` finds something: Spectral's
/// `$..[description,title]` over the resolved document. The root file is read whole; of other files, only
/// the parts the document references (each once, however many references reach it).
pub fn report_markdown(
    cx: &mut Cx<'_>,
    meta: &'static RuleMeta,
    found: impl Fn(&str) -> bool,
    message: impl Fn(&str) -> String,
    help: &str,
) {
    let spec = cx.spec;
    let mut hits = Vec::new();
    for (file, ptr) in referenced_parts(spec) {
        if let Some(node) = spec.node(file, ptr) {
            let mut ptr = ptr.to_owned();
            markdown_hits(node, file, &mut ptr, &found, &mut hits);
        }
    }
    for (file, ptr, key) in hits {
        cx.report(meta, file, &ptr, message(key)).help(help);
    }
}

/// The root document and the outermost parts of other files that references lead to.
fn referenced_parts(spec: &Spec) -> Vec<(FileId, &str)> {
    let mut targets: Vec<(FileId, &str)> = spec
        .refs
        .iter()
        .filter_map(|l| l.target.as_ref())
        .filter(|t| t.file != Spec::ROOT)
        .map(|t| (t.file, t.pointer.as_str()))
        .collect();
    // Shorter pointers first, so that a part is kept before anything inside it.
    targets.sort_unstable_by_key(|(file, ptr)| (*file, ptr.len()));
    let mut kept: HashSet<(FileId, &str)> = HashSet::new();
    let mut out = vec![(Spec::ROOT, "")];
    for (file, ptr) in targets {
        let inside = std::iter::once(ptr.len())
            .chain(ptr.match_indices('/').map(|(i, _)| i))
            .any(|end| kept.contains(&(file, &ptr[..end])));
        if !inside {
            kept.insert((file, ptr));
            out.push((file, ptr));
        }
    }
    out
}

fn markdown_hits<'a>(
    node: &'a Node,
    file: FileId,
    ptr: &mut String,
    found: &impl Fn(&str) -> bool,
    hits: &mut Vec<(FileId, String, &'a str)>,
) {
    let len = ptr.len();
    match &node.value {
        Value::Object(map) => {
            for (key, e) in map {
                let text = matches!(key.as_str(), "description" | "title")
                    .then(|| e.node.as_str())
                    .flatten();
                let scalar = !matches!(e.node.value, Value::Object(_) | Value::Array(_));
                if scalar && !text.is_some_and(found) {
                    continue;
                }
                ptr.push('/');
                ptr.push_str(&escape(key));
                if scalar {
                    hits.push((file, ptr.clone(), key.as_str()));
                } else {
                    markdown_hits(&e.node, file, ptr, found, hits);
                }
                ptr.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, n) in items.iter().enumerate() {
                if matches!(n.value, Value::Object(_) | Value::Array(_)) {
                    ptr.push('/');
                    ptr.push_str(&i.to_string());
                    markdown_hits(n, file, ptr, found, hits);
                    ptr.truncate(len);
                }
            }
        }
        _ => {}
    }
}

/// The keys of the document's `paths` (extensions left out), with the pointer of each.
pub fn path_keys(doc: &Node) -> impl Iterator<Item = (&str, String)> {
    doc.get("paths")
        .and_then(Node::as_object)
        .into_iter()
        .flat_map(|m| m.keys())
        .filter(|k| !k.starts_with("x-"))
        .map(|k| (k.as_str(), push("/paths", k)))
}

/// Whether a response code is in the class `class` (`b'4'` for 4xx): `404`, `4XX` or `4xx`.
pub fn in_class(code: &str, class: u8) -> bool {
    let b = code.as_bytes();
    b.len() == 3 && b[0] == class && b[1..].iter().all(|c| c.is_ascii_digit() || *c == b'X' || *c == b'x')
}

/// The maps of named objects in `components`.
pub const COMPONENT_SECTIONS: &[&str] = &[
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
];

/// The named components in `sections` of the document's `components`: section, name and pointer.
pub fn component_names<'a>(doc: &'a Node, sections: &'a [&'a str]) -> impl Iterator<Item = (&'a str, &'a str, String)> {
    named_in(doc.get("components"), "/components", sections)
}

/// The named objects in the maps `sections` of `holder` (at `base` in the root file): section, name
/// and pointer.
pub fn named_in<'a>(
    holder: Option<&'a Node>,
    base: &'a str,
    sections: &'a [&'a str],
) -> impl Iterator<Item = (&'a str, &'a str, String)> {
    sections.iter().flat_map(move |section| {
        // A map written as a `$ref` to another file has its names there, not here.
        let map = holder
            .and_then(|c| c.get(section))
            .filter(|m| m.get("$ref").and_then(Node::as_str).is_none())
            .and_then(Node::as_object);
        let base = push(base, section);
        map.into_iter()
            .flat_map(|m| m.keys())
            .map(move |name| (*section, name.as_str(), push(&base, name)))
    })
}

/// Reports, at the `info` key, a document whose `info` lacks (or has an empty) `field`.
pub fn require_info_field(cx: &mut Cx<'_>, meta: &'static RuleMeta, v: &Visit<'_, '_>, field: &str, help: &str) {
    if let Some(info) = v.node.get("info")
        && info.as_object().is_some()
        && !truthy(info.get(field))
    {
        cx.report_key(meta, v.file, "/info", format!("`info` has no `{field}`"))
            .help(help);
    }
}

/// Reports, at the `responses` key, an operation none of whose response codes `wanted` accepts.
/// `responses: null` counts as no responses when `null_is_empty` (Redocly's reading), and is left to
/// the structural check otherwise (Spectral's).
pub fn require_response(
    cx: &mut Cx<'_>,
    meta: &'static RuleMeta,
    v: &Visit<'_, '_>,
    null_is_empty: bool,
    wanted: impl Fn(&str) -> bool,
    message: &str,
    help: &str,
) {
    let Some(responses) = v.node.get("responses") else {
        return;
    };
    let found = match responses.as_object() {
        Some(map) => map.keys().any(|code| wanted(code)),
        None if null_is_empty && matches!(responses.value, Value::Null) => false,
        None => return,
    };
    if !found {
        cx.report_key(meta, v.file, &push(v.ptr, "responses"), message)
            .help(help);
    }
}

/// A value in a Swagger 2.0 document (an `example`, a `default`) and what it must fit, both by pointer
/// in `file`: a schema, or a parameter or header (whose 3.0 form holds the schema under `schema`).
pub struct Swagger2Value {
    pub file: FileId,
    pub schema: String,
    pub parameter: bool,
    pub value: String,
    pub what: &'static str,
    /// The way a response's example travels (a schema's `example` and a `default` have none).
    pub direction: Option<Direction>,
}

/// Checks values of a Swagger 2.0 document against the 3.0 form of their schemas, the one the
/// generated code enforces (`x-nullable` is `nullable`, `type: file` a binary string); one with no
/// converted form of its own (a form field, the `items` of a parameter) is read as written. Problems
/// point at the values.
pub fn check_swagger2_values(cx: &mut Cx<'_>, meta: &'static RuleMeta, values: &[Swagger2Value]) {
    if values.is_empty() {
        return;
    }
    let converted = crate::load::swagger2::convert(cx.spec);
    let refs = crate::lint::rule::RefMap::new(&converted.spec);
    // One validator each for the document's life: they cache compiled patterns.
    let mut validator = Validator::new(&refs, false);
    let mut as_written = Validator::new(&cx.refs, false);
    let mut found = Vec::new();
    for v in values {
        validator.set_direction(v.direction);
        as_written.set_direction(v.direction);
        let Some(value) = cx.spec.node(v.file, &v.value) else {
            continue;
        };
        let target = converted.counterpart(v.file, &v.schema).and_then(|(f, p)| {
            let node = converted.spec.node(f, p)?;
            if v.parameter { node.get("schema") } else { Some(node) }
        });
        let problems = match (target, cx.spec.node(v.file, &v.schema)) {
            (Some(schema), _) => validator.validate(schema, value),
            (None, Some(schema)) => as_written.validate(schema, value),
            (None, None) => continue,
        };
        let mut undecided = validator.take_undecided();
        undecided.extend(as_written.take_undecided());
        found.push((v, problems, undecided));
    }
    for (v, mut problems, undecided) in found {
        report_undecided(cx, v.file, &v.value, undecided, v.what);
        for p in &mut problems {
            // The 2.0 spelling of what the message asks for.
            p.message = p.message.replace("`nullable: true`", "`x-nullable: true`");
        }
        report_value(cx, meta, v.file, &v.value, problems, v.what);
    }
}
