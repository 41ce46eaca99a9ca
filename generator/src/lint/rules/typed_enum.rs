use crate::declare_rule;
use crate::lint::instance::{article, describe, type_matches};
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::pointer::push;
use crate::load::{Node, Value};

declare_rule! {
    /// An `enum` value that is not of the schema's `type` (a `null` the schema does not admit, too).
    ///
    /// No value can both equal that member and have the declared type, so the member is dead; it is
    /// usually a quoting mistake (`"1"` for `1`). `specgen generate` reads such a member as the type
    /// when its text reads so (`"3"` as `3`, an unquoted YAML `0` as `"0"` under `type: string`), and
    /// otherwise types the schema as any JSON value; either way it warns with this rule's id.
    ///
    /// Which `null` is admitted depends on the version, as in Spectral's `typed-enum`: `nullable: true`
    /// in OpenAPI 3.0, `x-nullable: true` in Swagger 2.0 (where `nullable` is no keyword), and a
    /// `'null'` in the type list (`type: [string, 'null']`) in 3.1, where a member may have any of the
    /// listed types. Redocly's `no-enum-type-mismatch` honours `nullable` in every version and ignores
    /// `x-nullable`.
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
        let (Some(t), Some(values)) = (v.node.get("type"), v.node.get("enum").and_then(Node::as_array)) else {
            return;
        };
        let Some(types) = Types::of(t) else { return };
        let swagger2 = cx.spec.root().get("swagger").is_some();
        // The keyword that admits `null` beside a single type in this version (3.1 lists `'null'`).
        let keyword = if swagger2 {
            Some("x-nullable")
        } else if cx.oas31 {
            None
        } else {
            Some("nullable")
        };
        let nullable = keyword.is_some_and(|k| v.node.get(k).is_some_and(|n| n.value == Value::Bool(true)));
        let written = types.written();
        let enum_ptr = push(v.ptr, "enum");
        for (i, value) in values.iter().enumerate() {
            let ok = match value.value {
                Value::Null => nullable || types.admits_null(),
                _ => types.matches(value),
            };
            if ok {
                continue;
            }
            let (why, help) = if value.value == Value::Null {
                match keyword {
                    Some(k) => (
                        format!("`null` is not allowed without `{k}: true`"),
                        format!("add `{k}: true`, or remove `null` from the enum"),
                    ),
                    None => (
                        "`null` is not among the types".to_owned(),
                        "add `'null'` to the `type` list, or remove `null` from the enum".to_owned(),
                    ),
                }
            } else {
                (
                    format!("expected {}, found {}", types.expected(), describe(value)),
                    format!("write the member as {}, or fix the `type`", types.expected()),
                )
            };
            cx.report(
                &META,
                v.file,
                &push(&enum_ptr, &i.to_string()),
                format!("`enum` member {i} does not match `type: {written}`: {why}"),
            )
            .help(help);
        }
    }
}

/// A schema's `type`: one name, or (OpenAPI 3.1) a list of names.
enum Types<'a> {
    One(&'a str),
    List(Vec<&'a str>),
}

impl<'a> Types<'a> {
    /// `None` for a `type` that is neither (the structure check reports it).
    fn of(node: &'a Node) -> Option<Self> {
        if let Some(t) = node.as_str() {
            return Some(Types::One(t));
        }
        let list: Option<Vec<&str>> = node.as_array()?.iter().map(Node::as_str).collect();
        list.filter(|l| !l.is_empty()).map(Types::List)
    }

    fn names(&self) -> &[&'a str] {
        match self {
            Types::One(t) => std::slice::from_ref(t),
            Types::List(l) => l,
        }
    }

    fn admits_null(&self) -> bool {
        self.names().contains(&"null")
    }

    /// Whether the non-null `value` has one of the types.
    fn matches(&self, value: &Node) -> bool {
        self.names().iter().any(|t| *t != "null" && type_matches(t, value))
    }

    /// `integer`, or `[string, 'null']` as written in YAML flow style.
    fn written(&self) -> String {
        match self {
            Types::One(t) => (*t).to_owned(),
            Types::List(l) => format!("[{}]", l.join(", ")),
        }
    }

    /// "an integer", "a string or null".
    fn expected(&self) -> String {
        let names: Vec<String> = self
            .names()
            .iter()
            .map(|t| if *t == "null" { "null".to_owned() } else { article(t) })
            .collect();
        names.join(" or ")
    }
}

#[cfg(test)]
mod tests {
    /// The pointers of this rule's findings on the document `text`, in document order.
    fn found(text: &str) -> Vec<String> {
        super::super::testing::pointers(super::META.id, text)
    }

    const V31: &str = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n";
    const V30: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n";
    const V2: &str = "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\ndefinitions:\n";

    #[test]
    fn a_3_1_type_list_admits_each_of_its_types() {
        let doc = format!("{V31}    S: {{type: [string, 'null'], enum: [on, null, 2]}}\n    T: {{type: [integer, array], enum: [1, [2], x]}}\n");
        assert_eq!(found(&doc), ["/components/schemas/S/enum/2", "/components/schemas/T/enum/2"]);
    }

    #[test]
    fn nullable_admits_null_only_in_3_0() {
        let schema = "    S: {type: string, nullable: true, enum: [on, null]}\n";
        assert!(found(&format!("{V30}{schema}")).is_empty());
        assert_eq!(found(&format!("{V31}{schema}")), ["/components/schemas/S/enum/1"]);
    }

    #[test]
    fn swagger_2_admits_null_by_x_nullable_not_by_nullable() {
        assert!(found(&format!("{V2}  S: {{type: string, x-nullable: true, enum: [on, null]}}\n")).is_empty());
        assert_eq!(
            found(&format!("{V2}  S: {{type: string, nullable: true, enum: [on, null]}}\n")),
            ["/definitions/S/enum/1"]
        );
    }
}
