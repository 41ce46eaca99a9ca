use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, RefMap, Rule, RuleMeta, Via, Visit, addr};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// A name in `required` that the schema does not define under `properties`, read as Redocly's
    /// `no-required-schema-properties-undefined` reads composition.
    ///
    /// The generator makes a struct field for every property; a required name without a property has no
    /// type and no field, and is usually a typo of one that exists.
    ///
    /// A schema defines a property when its `properties` list it, when any of its `allOf` members
    /// defines it, or when every one of its `anyOf` (or every one of its `oneOf`) branches does: a
    /// property only some branches define may be missing. A schema inside a composition (an `allOf`,
    /// `anyOf` or `oneOf` member, and their members in turn) may also require what the outermost
    /// schema of that composition defines. `$ref`s are followed; in OpenAPI 3.1 the keywords beside a
    /// `$ref` are part of the schema (`properties`, `allOf`, ... there count, along every hop of a chain
    /// of such references), while in 2.0 and 3.0 they are ignored (`no-$ref-siblings` reports them). A
    /// schema that defines no properties and composes nothing (a map) is not checked; Redocly checks it.
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

const COMPOSITION: [&str; 3] = ["allOf", "anyOf", "oneOf"];

impl Rule for RequiredPropertyUndefined {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Schema.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        // A member written inside a composition is judged with the outermost schema of that composition.
        if inline_member(v) {
            return;
        }
        let look = Look {
            refs: &cx.refs,
            oas31: cx.oas31,
        };
        let mut members = Vec::new();
        look.members(v.ptr.to_owned(), v.node, &mut members, 0);
        let mut findings = Vec::new();
        for (ptr, schema) in &members {
            let Some(required) = schema.get("required").and_then(Node::as_array) else {
                continue;
            };
            // A schema that defines no properties and composes nothing (a map) cannot be checked.
            if std::ptr::eq(*schema, v.node) && !look.describes_properties(schema) {
                continue;
            }
            for (i, name) in required.iter().enumerate() {
                let Some(name) = name.as_str() else { continue };
                if !look.has(schema, name) && !look.has(v.node, name) {
                    let mut defined = Vec::new();
                    look.names(schema, &mut defined, 0);
                    look.names(v.node, &mut defined, 0);
                    let help = match crate::load::closest(name, defined.iter().copied()) {
                        Some(c) => format!("did you mean `{c}`? Otherwise define `{name}` under `properties`"),
                        None => format!("define `{name}` under `properties`, or remove it from `required`"),
                    };
                    findings.push((push(&push(ptr, "required"), &i.to_string()), name, help));
                }
            }
        }
        for (ptr, name, help) in findings {
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

/// Whether the visited schema is written inline as an `allOf`/`anyOf`/`oneOf` member of its parent.
fn inline_member(v: &Visit) -> bool {
    let key = match v.via {
        Some(Via::AllOf) => "allOf",
        Some(Via::AnyOf) => "anyOf",
        Some(Via::OneOf) => "oneOf",
        _ => return false,
    };
    let list = v.parent.and_then(|p| p.get(key)).and_then(Node::as_array);
    list.is_some_and(|l| l.iter().any(|m| addr(m) == addr(v.node)))
}

/// Recursion bound of the walks through composition and references.
const MAX_DEPTH: usize = 32;
/// Schemas one question may look at: `anyOf` branches are each searched afresh, so a crafted document
/// could otherwise make the search exponential. Past the budget a property counts as defined.
const BUDGET: usize = 10_000;

struct Look<'r, 'a> {
    refs: &'r RefMap<'a>,
    oas31: bool,
}

impl<'a> Look<'_, 'a> {
    /// `node` and the schemas written inside its composition (inline members, recursively), with their
    /// pointers.
    fn members(&self, ptr: String, node: &'a Node, out: &mut Vec<(String, &'a Node)>, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for key in COMPOSITION {
            let at = push(&ptr, key);
            for (i, member) in node.get(key).and_then(Node::as_array).unwrap_or(&[]).iter().enumerate() {
                if self.is_own(member) {
                    self.members(push(&at, &i.to_string()), member, out, depth + 1);
                }
            }
        }
        out.push((ptr, node));
    }

    /// Whether `node` has keywords of its own: it is no `$ref`, or a 3.1 `$ref` with siblings.
    fn is_own(&self, node: &Node) -> bool {
        node.ref_target().is_none() || (self.oas31 && node.as_object().is_some_and(|m| m.len() > 1))
    }

    /// Whether the schema says anything about properties (else it is a map: nothing to check against).
    fn describes_properties(&self, node: &Node) -> bool {
        node.get("properties").is_some()
            || node.ref_target().is_some()
            || COMPOSITION.iter().any(|k| node.get(k).is_some())
    }

    /// Whether `node` (a schema or a reference to one) defines the property `name`.
    fn has(&self, node: &'a Node, name: &str) -> bool {
        let mut budget = BUDGET;
        self.has_in(node, name, &mut Vec::new(), &mut budget, 0)
    }

    /// [`Look::has`] along the chain of references from `node`: each hop with keywords of its own
    /// counts. `seen` holds the schemas this branch of the search has looked at already.
    fn has_in(&self, node: &'a Node, name: &str, seen: &mut Vec<usize>, budget: &mut usize, depth: usize) -> bool {
        let mut at = Some(node);
        let mut hops = 0;
        while let Some(n) = at {
            if *budget == 0 || depth > MAX_DEPTH || hops > MAX_DEPTH {
                return true;
            }
            *budget -= 1;
            hops += 1;
            if self.is_own(n) && !seen.contains(&addr(n)) {
                seen.push(addr(n));
                if self.defines(n, name, seen, budget, depth) {
                    return true;
                }
            }
            at = n.ref_target().and_then(|_| self.refs.target(n)).map(|(_, _, t)| t);
        }
        false
    }

    /// Whether the keywords of `node` itself define `name`.
    fn defines(&self, node: &'a Node, name: &str, seen: &mut Vec<usize>, budget: &mut usize, depth: usize) -> bool {
        if node.get("properties").and_then(|p| p.get(name)).is_some() {
            return true;
        }
        let list = |key| node.get(key).and_then(Node::as_array).filter(|l| !l.is_empty());
        if let Some(all) = list("allOf")
            && all.iter().any(|m| self.has_in(m, name, seen, budget, depth + 1))
        {
            return true;
        }
        ["anyOf", "oneOf"].into_iter().any(|key| {
            list(key).is_some_and(|branches| {
                branches
                    .iter()
                    .all(|m| self.has_in(m, name, &mut seen.clone(), budget, depth + 1))
            })
        })
    }

    /// The property names `node` defines anywhere in its composition (for "did you mean").
    fn names(&self, node: &'a Node, out: &mut Vec<&'a str>, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        let Some(node) = self.refs.deref(node) else { return };
        if let Some(props) = node.get("properties").and_then(Node::as_object) {
            out.extend(props.keys().map(String::as_str));
        }
        for key in COMPOSITION {
            for member in node.get(key).and_then(Node::as_array).unwrap_or(&[]) {
                self.names(member, out, depth + 1);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::load::{LoadOptions, Spec};

    /// The pointers of this rule's findings on `schemas` (the body of `components/schemas`) in a
    /// document of `version`.
    fn found(version: &str, schemas: &str) -> Vec<String> {
        let text = format!("openapi: {version}\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}");
        let linted = crate::lint::lint_spec(Spec::from_text("t.yaml", text, &LoadOptions::default()));
        linted
            .findings
            .iter()
            .filter(|d| d.code == super::META.id)
            .map(|d| d.location.as_ref().expect("located").pointer.clone())
            .collect()
    }

    #[test]
    fn a_property_of_some_branches_only_is_not_defined() {
        let schemas = "    A:\n      oneOf:\n        - {properties: {a: {}, b: {}}}\n        - {properties: {a: {}}}\n      required: [a, b]\n    B:\n      anyOf:\n        - {properties: {a: {}}}\n        - $ref: '#/components/schemas/C'\n      required: [a]\n    C: {properties: {a: {}}}\n";
        assert_eq!(found("3.0.3", schemas), ["/components/schemas/A/required/1"]);
    }

    #[test]
    fn a_member_may_require_what_the_outermost_schema_defines() {
        let schemas = "    A:\n      allOf:\n        - properties: {x: {}}\n        - anyOf:\n            - required: [x]\n            - {required: [y], properties: {z: {}}}\n";
        assert_eq!(found("3.0.3", schemas), ["/components/schemas/A/allOf/1/anyOf/1/required/0"]);
    }

    #[test]
    fn an_unresolved_member_defines_nothing_and_a_map_is_not_checked() {
        let schemas = "    A:\n      allOf: [{$ref: '#/components/schemas/Gone'}]\n      required: [x]\n    M: {type: object, required: [x]}\n";
        assert_eq!(found("3.0.3", schemas), ["/components/schemas/A/required/0"]);
    }

    #[test]
    fn keywords_beside_a_ref_count_in_3_1_only() {
        let schemas = "    A:\n      allOf:\n        - $ref: '#/components/schemas/B'\n          properties: {own: {}}\n      required: [own, base]\n    B: {properties: {base: {}}}\n    C:\n      $ref: '#/components/schemas/D'\n      required: [own, base]\n    D:\n      $ref: '#/components/schemas/B'\n      allOf: [{properties: {own: {}}}]\n";
        assert!(found("3.1.0", schemas).is_empty(), "{:?}", found("3.1.0", schemas));
        assert_eq!(found("3.0.3", &schemas[..schemas.find("    C:").unwrap()]), ["/components/schemas/A/required/0"]);
    }
}
