use std::collections::HashSet;
use std::path::Path;

use super::helpers::component_names;
use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};
use crate::load::pointer::{percent_decode, push};
use crate::load::{Node, Spec};
use crate::source::FileId;

declare_rule! {
    /// A component (schema, response, parameter, example, request body, header, link, callback, or
    /// OpenAPI 3.2 media type) that nothing uses.
    ///
    /// Unused components are usually leftovers of a rename; they bloat documentation and generated code.
    ///
    /// A component is used when a `$ref` anywhere reaches it (or into it), from any file, also one in
    /// another unused component, and also a `$ref` inside an `x-` extension (which specgen otherwise
    /// reads as data) that names it in this document. A schema is also used when a discriminator names
    /// it (a `mapping` value, 3.2's `defaultMapping`), and when one of its `allOf` members refers to a
    /// schema with a `discriminator`: the discriminator selects it by its name (as Redocly's
    /// `no-unused-components` reads it; Spectral's `oas3-unused-component` reports such schemas).
    /// Security schemes are used by name, not by `$ref`: `unused-security-scheme` checks them. 3.1
    /// path items are not checked. Unlike Spectral, specgen does not read files that only an
    /// extension's `$ref` names, so what such a file refers to in turn is not a use.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// components:
    ///   schemas:
    ///     OldPet: {type: object}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// components:
    ///   schemas:
    ///     Pet: {type: object}   # referenced as '#/components/schemas/Pet'
    /// ```
    pub static META = { id: "oas3-unused-component", severity: Warning, aliases: ["no-unused-components"], versions: OAS30 | OAS31 };
}

/// The sections whose components are used by `$ref` (security schemes are used by name).
const SECTIONS: &[&str] = &[
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "links",
    "callbacks",
    "mediaTypes",
];

#[derive(Default)]
pub struct Oas3UnusedComponent {
    /// Pointers into the root document named by what the loader does not read as references:
    /// extensions' `$ref`s and discriminators.
    named: HashSet<String>,
}

impl Rule for Oas3UnusedComponent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        // Every object: any of them may carry an extension holding a `$ref`.
        u32::MAX
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let Some(map) = v.node.as_object() else { return };
        for (key, e) in map {
            if key.starts_with("x-") {
                self.extension_refs(cx.spec, v.file, &e.node);
            }
        }
        if v.kind == Kind::Schema
            && let Some(d) = v.node.get("discriminator")
        {
            let mapped = d.get("mapping").and_then(Node::as_object).into_iter().flatten();
            let named = mapped.map(|(_, e)| &e.node).chain(d.get("defaultMapping"));
            for value in named.filter_map(Node::as_str) {
                // A bare name is a schema's name; anything else is a reference.
                let target = if value.contains(['#', '/', '.']) {
                    in_root(cx.spec, v.file, value)
                } else {
                    (v.file == Spec::ROOT).then(|| push("/components/schemas", value))
                };
                self.named.extend(target);
            }
        }
    }

    fn finish(&mut self, cx: &mut Cx<'_>) {
        let spec = cx.spec;
        let root = spec.root();
        if root.get("components").is_none() {
            return;
        }
        let mut used = referenced(spec);
        used.extend(self.named.iter().map(|p| component_of(p)));
        let mut unused = Vec::new();
        for (section, name, ptr) in component_names(root, SECTIONS) {
            if used.contains(ptr.as_str()) || (section == "schemas" && extends_discriminator(cx, &ptr)) {
                continue;
            }
            unused.push((name.to_owned(), ptr));
        }
        for (name, ptr) in unused {
            cx.report_key(&META, Spec::ROOT, &ptr, format!("component `{name}` is never referenced"))
                .help(format!("remove it, or refer to it as `$ref: '#{ptr}'`"));
        }
    }
}

impl Oas3UnusedComponent {
    /// Records what each `$ref` string inside the extension value `node` (in `file`) names in the root
    /// document.
    fn extension_refs(&mut self, spec: &Spec, file: FileId, node: &Node) {
        let mut stack = vec![node];
        while let Some(n) = stack.pop() {
            if let Some(map) = n.as_object() {
                for (key, e) in map {
                    match e.node.as_str() {
                        Some(raw) if key == "$ref" => self.named.extend(in_root(spec, file, raw)),
                        _ => stack.push(&e.node),
                    }
                }
            } else if let Some(items) = n.as_array() {
                stack.extend(items);
            }
        }
    }
}

/// The pointer into the root document that the reference `raw`, written in `file`, names; `None` when
/// it names another document.
fn in_root(spec: &Spec, file: FileId, raw: &str) -> Option<String> {
    let (path, fragment) = raw.split_once('#').unwrap_or((raw, ""));
    let names_root = if path.is_empty() {
        file == Spec::ROOT
    } else if path.contains(':') {
        false
    } else {
        let from = &spec.sources.get(file).path;
        let wanted = from.parent().unwrap_or(Path::new("")).join(percent_decode(path));
        same_file(&wanted, &spec.sources.get(Spec::ROOT).path)
    };
    names_root.then(|| percent_decode(fragment))
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Whether the component schema at `ptr` has an `allOf` member referring to a schema with a
/// `discriminator`, which selects it by name.
fn extends_discriminator(cx: &Cx<'_>, ptr: &str) -> bool {
    let Some(members) = cx.spec.node(Spec::ROOT, ptr).and_then(|s| s.get("allOf")).and_then(Node::as_array) else {
        return false;
    };
    members
        .iter()
        .filter(|m| m.ref_target().is_some())
        .filter_map(|m| cx.refs.deref(m))
        .any(|parent| parent.get("discriminator").is_some())
}

/// The components of the root file that some reference reaches (or reaches into).
fn referenced(spec: &Spec) -> HashSet<&str> {
    let mut out = HashSet::new();
    for link in &spec.refs {
        let Some(t) = &link.target else { continue };
        if t.file != Spec::ROOT {
            continue;
        }
        out.insert(component_of(&t.pointer));
    }
    out
}

/// `/components/schemas/A` for `/components/schemas/A/properties/b`: a reference into a component
/// uses it.
fn component_of(pointer: &str) -> &str {
    match pointer.match_indices('/').nth(3) {
        Some((end, _)) => &pointer[..end],
        None => pointer,
    }
}

#[cfg(test)]
mod tests {
    /// The pointers of this rule's findings on the document `text`, in document order.
    fn found(text: &str) -> Vec<String> {
        super::super::testing::pointers(super::META.id, text)
    }

    const HEAD: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";

    #[test]
    fn a_ref_inside_an_extension_uses_what_it_names_in_this_document() {
        let doc = format!(
            "{HEAD}x-local: {{$ref: '#/components/schemas/A/properties/p'}}\nx-self: [{{deep: {{$ref: 't.yaml#/components/schemas/B'}}}}]\nx-other: {{$ref: 'other.yaml#/components/schemas/C'}}\ncomponents:\n  schemas:\n    A: {{properties: {{p: {{}}}}}}\n    B: {{}}\n    C: {{}}\n"
        );
        assert_eq!(found(&doc), ["/components/schemas/C"]);
    }

    #[test]
    fn subtypes_of_a_discriminator_are_used() {
        let doc = format!(
            "{HEAD}x-use: {{$ref: '#/components/schemas/Pet'}}\ncomponents:\n  schemas:\n    Pet:\n      properties: {{kind: {{type: string}}}}\n      discriminator: {{propertyName: kind, mapping: {{bird: '#/components/schemas/Bird', fish: Fish}}}}\n    Cat:\n      allOf: [{{$ref: '#/components/schemas/Pet'}}]\n    Bird: {{}}\n    Fish: {{}}\n    Plain:\n      allOf: [{{$ref: '#/components/schemas/Bird'}}]\n"
        );
        assert_eq!(found(&doc), ["/components/schemas/Plain"]);
    }

    #[test]
    fn media_types_are_components_and_security_schemes_are_not() {
        let doc = "openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content: {application/json: {$ref: '#/components/mediaTypes/Used'}}\ncomponents:\n  mediaTypes:\n    Used: {schema: {type: string}}\n    Spare: {schema: {type: string}}\n  securitySchemes:\n    key: {type: apiKey, name: k, in: header}\n";
        assert_eq!(found(doc), ["/components/mediaTypes/Spare"]);
    }

    #[test]
    fn references_beside_a_3_1_ref_are_uses() {
        let doc = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\nwebhooks:\n  w:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/A'\n              allOf: [{$ref: '#/components/schemas/B'}]\n              properties: {c: {$ref: '#/components/schemas/C'}}\n      responses: {'200': {description: ok}}\ncomponents:\n  schemas:\n    A: {}\n    B: {}\n    C: {}\n    D: {}\n";
        assert_eq!(found(doc), ["/components/schemas/D"]);
    }
}
