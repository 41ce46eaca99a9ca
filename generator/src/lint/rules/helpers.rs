//! Pieces several rules share.

use crate::lint::instance::Validator;
use crate::lint::rule::{Cx, Help, RuleMeta, Visit};
use crate::load::pointer::push;
use crate::load::{Node, Value};
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

/// Validates `value` (at `ptr` in `file`) against `schema` and reports each problem at the part of the
/// value it is about.
pub fn check_value<'a>(
    cx: &mut Cx<'a>,
    meta: &'static RuleMeta,
    file: FileId,
    ptr: &str,
    value: &'a Node,
    schema: &'a Node,
    what: &str,
) {
    let problems = Validator::new(&cx.refs).validate(schema, value);
    for p in problems {
        let at = format!("{ptr}{}", p.at);
        cx.report(
            meta,
            file,
            &at,
            format!("{what} does not match its schema: {}", strip_prefix(&p.at, &p.message)),
        )
        .help("change the value to fit the schema, or fix the schema if the value is right");
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
