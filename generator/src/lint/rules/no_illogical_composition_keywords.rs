use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};
use crate::load::pointer::push;
use crate::load::{Node, Value};

declare_rule! {
    /// An `allOf`, `anyOf` or `oneOf` that a value cannot sensibly resolve against: too few schemas,
    /// an empty or repeated schema, a member a `discriminator` cannot select, or (for `oneOf`) a
    /// nullable schema whose members accept `null` too.
    ///
    /// Each of these is a mistake or a leftover that makes validators, code generators and
    /// documentation disagree: a one-member `oneOf` is the member itself wrapped in a union type, `{}`
    /// matches anything so a `oneOf` holding it can never match exactly one, a repeated member makes a
    /// `oneOf` unsatisfiable for the values it accepts, a `discriminator` selects members by their
    /// component name so an inline member can never be chosen, and when the schema holding a `oneOf` is
    /// nullable and a member accepts `null` too, nothing decides which branch a `null` takes.
    ///
    /// Corresponds to Redocly's `no-illogical-composition-keywords` (Redocly CLI 2.77.0, a warning in
    /// `recommended`; Spectral has no such rule), with these checks:
    ///
    /// - `oneOf` or `anyOf` with fewer than two schemas, unless the schema has a `discriminator`;
    /// - `allOf` with no schema, or with one when the schema has no other keyword and the member does
    ///   not extend a schema with a `discriminator` (that wrapper declares a subtype);
    /// - an empty schema (`{}`) as a member;
    /// - a member equal to an earlier one of the same keyword;
    /// - with a `discriminator`, a `oneOf`/`anyOf` member that is neither a `$ref` nor has an `$id`;
    /// - a nullable schema (`nullable: true`, or `null` in its `type`) whose `oneOf` has a member that
    ///   accepts `null`.
    ///
    /// Redocly's rule also compares `oneOf` members pairwise for values both accept, and asks that the
    /// `discriminator`'s property be required in every member; those two checks are not made here.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// components:
    ///   schemas:
    ///     Pet:
    ///       oneOf:
    ///         - $ref: '#/components/schemas/Cat'
    ///     Animal:
    ///       anyOf:
    ///         - $ref: '#/components/schemas/Cat'
    ///         - $ref: '#/components/schemas/Cat'
    ///         - {}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// components:
    ///   schemas:
    ///     Pet:
    ///       $ref: '#/components/schemas/Cat'
    ///     Animal:
    ///       anyOf:
    ///         - $ref: '#/components/schemas/Cat'
    ///         - $ref: '#/components/schemas/Dog'
    /// ```
    pub static META = {
        id: "no-illogical-composition-keywords",
        severity: Warning,
        versions: OAS30 | OAS31,
    };
}

#[derive(Default)]
pub struct NoIllogicalCompositionKeywords;

impl Rule for NoIllogicalCompositionKeywords {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Schema.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let discriminated = is_object(v.node.get("discriminator"));
        for keyword in ["allOf", "anyOf", "oneOf"] {
            let Some(members) = v.node.get(keyword).and_then(Node::as_array) else {
                continue;
            };
            let ptr = push(v.ptr, keyword);
            if too_few(cx, v, keyword, members, &ptr, discriminated) {
                let (message, help) = match members.len() {
                    0 => (format!("`{keyword}` lists no schema"), format!("remove the empty `{keyword}`")),
                    _ => (
                        format!("`{keyword}` lists only one schema"),
                        format!("use the schema directly instead of `{keyword}`, or add the alternatives"),
                    ),
                };
                cx.report_key(&META, v.file, &ptr, message).help(help);
            }
            members_checks(cx, v, keyword, members, &ptr, discriminated);
            if keyword == "oneOf" && accepts_null(v.node) && members.iter().enumerate().any(|(i, m)| {
                let at = push(&ptr, &i.to_string());
                cx.resolve(v.file, &at, m).is_some_and(|r| accepts_null(r.node))
            }) {
                cx.report_key(
                    &META,
                    v.file,
                    &ptr,
                    "the schema and a schema in its `oneOf` both accept `null`, so nothing decides which applies to `null`",
                )
                .help("accept `null` in one place only: drop `nullable`/`null` from the schema or from the member");
            }
        }
    }
}

/// Whether the composition lists fewer schemas than makes sense (Redocly's reading, see the docs).
fn too_few(cx: &Cx<'_>, v: &Visit<'_, '_>, keyword: &str, members: &[Node], ptr: &str, discriminated: bool) -> bool {
    if keyword != "allOf" {
        return members.len() < 2 && !discriminated;
    }
    match members {
        [] => true,
        [only] => {
            let alone = v.node.as_object().is_some_and(|m| m.len() == 1);
            let extends = cx
                .resolve(v.file, &push(ptr, "0"), only)
                .is_some_and(|r| is_object(r.node.get("discriminator")));
            alone && !extends
        }
        _ => false,
    }
}

/// Empty, repeated and (with a `discriminator`) unselectable members.
fn members_checks(cx: &mut Cx<'_>, v: &Visit<'_, '_>, keyword: &str, members: &[Node], ptr: &str, discriminated: bool) {
    let values: Vec<serde_json::Value> = if members.len() > 1 {
        members.iter().map(Node::to_json).collect()
    } else {
        Vec::new()
    };
    for (i, member) in members.iter().enumerate() {
        let at = push(ptr, &i.to_string());
        let n = i + 1;
        if member.as_object().is_some_and(|m| m.is_empty()) {
            cx.report(&META, v.file, &at, format!("schema {n} of `{keyword}` is empty, so it matches any value"))
                .help("remove it, or give it the constraints it was meant to have");
        }
        if let Some(first) = values.get(..i).and_then(|before| before.iter().position(|b| Some(b) == values.get(i))) {
            cx.report(
                &META,
                v.file,
                &at,
                format!("schema {n} of `{keyword}` repeats schema {}", first + 1),
            )
            .help("remove the repeated schema");
        }
        let selectable = member.ref_target().is_some() || member.get("$id").is_some();
        if discriminated && keyword != "allOf" && !selectable {
            cx.report(
                &META,
                v.file,
                &at,
                format!("schema {n} of `{keyword}` is inline, so the `discriminator` cannot select it"),
            )
            .help("move it into `components/schemas` and refer to it with a `$ref`");
        }
    }
}

fn is_object(node: Option<&Node>) -> bool {
    node.and_then(Node::as_object).is_some()
}

/// `nullable: true`, or `null` among the `type`s.
fn accepts_null(schema: &Node) -> bool {
    let nullable = schema.get("nullable").is_some_and(|n| n.value == Value::Bool(true));
    let typed = match schema.get("type").map(|t| &t.value) {
        Some(Value::String(t)) => t == "null",
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str() == Some("null")),
        _ => false,
    };
    nullable || typed
}

#[cfg(test)]
mod tests {
    use super::super::testing::sorted_pointers as pointers;

    const RULE: &str = "no-illogical-composition-keywords";

    fn schemas(version: &str, body: &str) -> String {
        format!("openapi: {version}\npaths: {{}}\ncomponents:\n  schemas:\n    Cat: {{type: object}}\n    Dog: {{type: object}}\n{body}")
    }

    #[test]
    fn too_few_schemas() {
        let doc = schemas(
            "3.0.3",
            "    A: {oneOf: [{$ref: '#/components/schemas/Cat'}]}\n    B: {anyOf: []}\n    C: {allOf: [{$ref: '#/components/schemas/Cat'}]}\n    D: {allOf: [{$ref: '#/components/schemas/Cat'}], description: d}\n    E: {allOf: [{$ref: '#/components/schemas/P'}]}\n    F: {oneOf: [{$ref: '#/components/schemas/Cat'}], discriminator: {propertyName: k}}\n    P: {type: object, discriminator: {propertyName: k}}\n",
        );
        assert_eq!(
            pointers(RULE, &doc),
            ["/components/schemas/A/oneOf", "/components/schemas/B/anyOf", "/components/schemas/C/allOf"]
        );
    }

    #[test]
    fn empty_repeated_and_unselectable_members() {
        let doc = schemas(
            "3.1.0",
            "    A: {anyOf: [{$ref: '#/components/schemas/Cat'}, {}, {$ref: '#/components/schemas/Cat'}]}\n    B:\n      discriminator: {propertyName: k}\n      oneOf: [{$ref: '#/components/schemas/Cat'}, {type: object}, {$id: 'https://x.org/d', type: object}]\n",
        );
        assert_eq!(
            pointers(RULE, &doc),
            ["/components/schemas/A/anyOf/1", "/components/schemas/A/anyOf/2", "/components/schemas/B/oneOf/1"]
        );
    }

    #[test]
    fn null_accepted_twice() {
        let doc = schemas(
            "3.1.0",
            "    N: {type: [object, 'null']}\n    A: {type: [object, 'null'], oneOf: [{$ref: '#/components/schemas/N'}, {$ref: '#/components/schemas/Cat'}]}\n    B: {oneOf: [{$ref: '#/components/schemas/N'}, {type: 'null'}]}\n",
        );
        assert_eq!(pointers(RULE, &doc), ["/components/schemas/A/oneOf"]);
        let fine = schemas("3.0.3", "    A: {nullable: true, oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}\n");
        assert!(pointers(RULE, &fine).is_empty());
    }
}
