use crate::declare_rule;
use crate::lint::instance::{article, describe, type_matches};
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::pointer::push;
use crate::load::{Node, Value};

declare_rule! {
    /// An `enum` value that is not of the schema's `type` (a `null` without `nullable: true`, too).
    ///
    /// No value can both equal that member and have the declared type, so the member is dead; it is
    /// usually a quoting mistake (`"1"` for `1`). `specgen generate` reads such a member as the type
    /// when its text reads so (`"3"` as `3`, an unquoted YAML `0` as `"0"` under `type: string`), and
    /// otherwise types the schema as any JSON value; either way it warns with this rule's id.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// type: integer
    /// enum: [1, 2, "3"]
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// type: integer
    /// enum: [1, 2, 3]
    /// ```
    pub static META = { id: "typed-enum", severity: Warning, aliases: ["no-enum-type-mismatch"], versions: ANY_OAS };
}

#[derive(Default)]
pub struct TypedEnum;

impl Rule for TypedEnum {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Schema.bit() | Kind::Parameter.bit() | Kind::Header.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let (Some(t), Some(values)) = (
            v.node.get("type").and_then(Node::as_str),
            v.node.get("enum").and_then(Node::as_array),
        ) else {
            return;
        };
        let nullable = v.node.get("nullable").is_some_and(|n| n.value == Value::Bool(true));
        let enum_ptr = push(v.ptr, "enum");
        for (i, value) in values.iter().enumerate() {
            let ok = match value.value {
                Value::Null => nullable,
                _ => type_matches(t, value),
            };
            if !ok {
                let why = if value.value == Value::Null {
                    "`null` is not allowed without `nullable: true`".to_owned()
                } else {
                    format!("expected {}, found {}", article(t), describe(value))
                };
                cx.report(
                    &META,
                    v.file,
                    &push(&enum_ptr, &i.to_string()),
                    format!("`enum` member {i} does not match `type: {t}`: {why}"),
                )
                .help(if value.value == Value::Null {
                    "add `nullable: true`, or remove `null` from the enum".to_owned()
                } else {
                    format!("write the member as {}, or fix the `type`", article(t))
                });
            }
        }
    }
}
