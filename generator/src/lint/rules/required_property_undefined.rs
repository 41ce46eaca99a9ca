use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, RefMap, Rule, RuleMeta, Via, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// A name in `required` that the schema does not define under `properties` (looking through
    /// `allOf`, and at the enclosing schema for a branch of `anyOf`/`oneOf`).
    ///
    /// The generator makes a struct field for every property; a required name without a property has no
    /// type and no field, and is usually a typo of one that exists.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// type: object
    /// required: [id, naem]
    /// properties:
    ///   id: {type: integer}
    ///   name: {type: string}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// type: object
    /// required: [id, name]
    /// properties:
    ///   id: {type: integer}
    ///   name: {type: string}
    /// ```
    pub static META = {
        id: "required-property-undefined",
        severity: Warning,
        aliases: ["no-required-schema-properties-undefined"],
        versions: ANY_OAS,
    };
}

#[derive(Default)]
pub struct RequiredPropertyUndefined;

impl Rule for RequiredPropertyUndefined {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Schema.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        // An `allOf` member is judged together with its siblings, at the schema holding the `allOf`.
        if v.via == Some(Via::AllOf) {
            return;
        }
        let mut defined: Vec<&str> = Vec::new();
        let mut open = false;
        collect(&cx.refs, v.node, &mut defined, &mut open, 0);
        if matches!(v.via, Some(Via::AnyOf | Via::OneOf | Via::Not | Via::Subschema))
            && let Some(parent) = v.parent
        {
            collect(&cx.refs, parent, &mut defined, &mut open, 0);
        }
        // Required names of the `allOf` members count as this schema's own.
        let mut required: Vec<(String, &Node)> = Vec::new();
        gather_required(v.ptr, v.node, &mut required, 0);
        if open {
            // A schema that defines no properties anywhere (a map) cannot be checked.
            return;
        }
        for (ptr, name_node) in required {
            let Some(name) = name_node.as_str() else { continue };
            if !defined.contains(&name) {
                let close = crate::load::closest(name, defined.iter().copied());
                let help = match close {
                    Some(c) => format!("did you mean `{c}`? Otherwise define `{name}` under `properties`"),
                    None => format!("define `{name}` under `properties`, or remove it from `required`"),
                };
                // Members reached through a `$ref` live elsewhere; report only what is in this schema.
                if ptr.starts_with(v.ptr) {
                    cx.report(
                        &META,
                        v.file,
                        &ptr,
                        format!("required property `{name}` is not defined in `properties`"),
                    )
                    .help(help);
                }
            }
        }
    }
}

const MAX_DEPTH: usize = 32;

/// The property names `node` defines, through `allOf`. `open` is set when the schema defines none at
/// all (a free-form object).
fn collect<'a>(refs: &RefMap<'a>, node: &'a Node, out: &mut Vec<&'a str>, open: &mut bool, depth: usize) {
    let Some(node) = refs.deref(node) else {
        *open = true;
        return;
    };
    if depth > MAX_DEPTH {
        return;
    }
    if let Some(props) = node.get("properties").and_then(Node::as_object) {
        out.extend(props.keys().map(String::as_str));
    }
    let mut composed = false;
    for key in ["allOf", "anyOf", "oneOf"] {
        for member in node.get(key).and_then(Node::as_array).unwrap_or(&[]) {
            composed = true;
            collect(refs, member, out, open, depth + 1);
        }
    }
    if depth == 0 && out.is_empty() && !composed && node.get("properties").is_none() {
        *open = true;
    }
}

/// `required` entries of `node` and of its inline `allOf` members, with their pointers.
fn gather_required<'a>(ptr: &str, node: &'a Node, out: &mut Vec<(String, &'a Node)>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    if let Some(list) = node.get("required").and_then(Node::as_array) {
        let req = push(ptr, "required");
        out.extend(list.iter().enumerate().map(|(i, n)| (push(&req, &i.to_string()), n)));
    }
    let all = push(ptr, "allOf");
    for (i, member) in node
        .get("allOf")
        .and_then(Node::as_array)
        .unwrap_or(&[])
        .iter()
        .enumerate()
    {
        if member.ref_target().is_none() {
            gather_required(&push(&all, &i.to_string()), member, out, depth + 1);
        }
    }
}
