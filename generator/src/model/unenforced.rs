//! What the generated types do not check of a schema: the one decision that `specgen generate` (a
//! warning where the model reads the schema) and `specgen lint` (the rule `unenforced-constraint`, at
//! every schema) share, so that they cannot disagree. It reads the schema as written (the spanned tree),
//! because the typed model drops the keywords it does not know.
//!
//! It must say what [`build`](super::build) does: a keyword listed here is one that no generated check
//! reads, and a keyword the model reads (`enum` of a string, integer or number) is not listed.

use crate::lint::instance::types_of;
use crate::load::{Node, Value};

/// The code of the warning, and the id of the lint rule.
pub const CODE: &str = "unenforced-constraint";

/// One keyword the generated code does not check: its key in the schema and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unenforced {
    pub keyword: &'static str,
    pub message: String,
}

/// Keywords no generated type checks, with what they would have checked.
const IGNORED: &[(&str, &str)] = &[
    ("patternProperties", "the properties whose names match a pattern"),
    ("propertyNames", "the names of properties"),
    ("unevaluatedProperties", "the properties no other keyword evaluated"),
    ("unevaluatedItems", "the items no other keyword evaluated"),
    ("dependentRequired", "the properties a present property requires"),
    ("dependentSchemas", "the schemas a present property applies"),
    ("if", "the `then`/`else` schemas it chooses between"),
    ("contains", "that some item matches a schema"),
    ("prefixItems", "the schemas of the first items"),
    ("minProperties", "the least number of properties"),
    ("maxProperties", "the greatest number of properties"),
];

/// Keywords that constrain values of one JSON type only: without `type`, the generated type is any
/// JSON value and checks none of them.
const TYPED: &[&str] = &[
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
];

/// The keywords of `schema` (a Schema Object as written, not a `$ref`) that the generated code does not
/// check, in a fixed order.
pub fn unenforced(schema: &Node) -> Vec<Unenforced> {
    let Some(map) = schema.as_object() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for &(keyword, what) in IGNORED {
        if map.contains_key(keyword) && !is_vacuous(keyword, schema) {
            out.push(Unenforced {
                keyword,
                message: format!("`{keyword}` is not checked by the generated code ({what})"),
            });
        }
    }
    out.extend(unenforced_enum(schema));
    let composed = ["allOf", "anyOf", "oneOf", "not", "$ref"]
        .iter()
        .any(|k| map.contains_key(*k));
    if schema.get("type").is_none() && !composed {
        for &keyword in TYPED {
            if map.contains_key(keyword) && !is_vacuous(keyword, schema) {
                out.push(Unenforced {
                    keyword,
                    message: format!(
                        "`{keyword}` is not checked: the schema has no `type`, so the generated type is any JSON value"
                    ),
                });
            }
        }
    }
    out
}

/// A keyword that allows every value (`minProperties: 0`, `uniqueItems: false`).
fn is_vacuous(keyword: &str, schema: &Node) -> bool {
    match schema.get(keyword).map(|n| &n.value) {
        Some(Value::Bool(false)) => keyword == "uniqueItems",
        Some(Value::Number(n)) => {
            n.as_f64() == Some(0.0) && matches!(keyword, "minProperties" | "minLength" | "minItems")
        }
        _ => false,
    }
}

/// `enum` (and 3.1's `const`, which is a one-member `enum`) is checked for strings, integers and
/// numbers; of a boolean, array or object, or without `type` unless every member is a string, the
/// generated type does not check it.
fn unenforced_enum(schema: &Node) -> Option<Unenforced> {
    let keyword = if schema.get("enum").is_some() {
        "enum"
    } else if schema.get("const").is_some() {
        "const"
    } else {
        return None;
    };
    let members: Vec<&Node> = match schema.get(keyword) {
        Some(Node {
            value: Value::Array(items),
            ..
        }) if keyword == "enum" => items.iter().collect(),
        Some(value) if keyword == "const" => vec![value],
        _ => return None,
    };
    let types: Vec<&str> = schema
        .get("type")
        .map(types_of)
        .unwrap_or_default()
        .into_iter()
        .filter(|t| *t != "null")
        .collect();
    let why = if types.is_empty() {
        if members.iter().all(|m| matches!(m.value, Value::String(_))) {
            return None;
        }
        "the schema has no `type` and its values are not all strings, so the generated type is any JSON value"
            .to_owned()
    } else {
        let loose = types.iter().find(|t| matches!(**t, "boolean" | "array" | "object"))?;
        format!("the generated type is any {loose}")
    };
    Some(Unenforced {
        keyword: if keyword == "enum" { "enum" } else { "const" },
        message: format!("`{keyword}` is not checked: {why}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{LoadOptions, Spec};

    fn keywords(schema: &str) -> Vec<&'static str> {
        let spec = Spec::from_text("t.yaml", format!("schema: {schema}\n"), &LoadOptions::default());
        unenforced(spec.root().get("schema").unwrap())
            .into_iter()
            .map(|u| u.keyword)
            .collect()
    }

    #[test]
    fn enums_of_strings_and_numbers_are_checked() {
        assert!(keywords("{type: string, enum: [a]}").is_empty());
        assert!(keywords("{type: integer, enum: [1]}").is_empty());
        assert!(keywords("{type: [number, 'null'], enum: [1.5, null]}").is_empty());
        assert!(keywords("{enum: [a, b]}").is_empty());
        assert!(keywords("{const: a}").is_empty());
        assert!(keywords("{type: integer, const: 1}").is_empty());
    }

    #[test]
    fn other_enums_are_not() {
        assert_eq!(keywords("{type: boolean, enum: [true]}"), ["enum"]);
        assert_eq!(keywords("{type: object, enum: [{a: 1}]}"), ["enum"]);
        assert_eq!(keywords("{enum: [1, a]}"), ["enum"]);
        assert_eq!(keywords("{enum: [a, null]}"), ["enum"]);
        assert_eq!(keywords("{const: 5}"), ["const"]);
    }

    #[test]
    fn keywords_no_type_checks() {
        assert_eq!(
            keywords("{type: object, patternProperties: {a: {}}, minProperties: 1, dependentRequired: {a: [b]}}"),
            ["patternProperties", "dependentRequired", "minProperties"]
        );
        assert_eq!(keywords("{type: string, if: {minLength: 1}, then: {}}"), ["if"]);
        assert!(keywords("{type: object, minProperties: 0}").is_empty());
        assert_eq!(keywords("{minimum: 1, maxLength: 2}"), ["maxLength", "minimum"]);
        assert!(keywords("{allOf: [{type: string}], maxLength: 2}").is_empty());
        assert!(keywords("{type: string, maxLength: 2}").is_empty());
    }
}
