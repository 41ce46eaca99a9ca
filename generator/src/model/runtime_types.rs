//! Schemas that describe a type the runtime already has: the `application/problem+json` body that a
//! generated router sends by itself (`rt::Problem`, its entries `rt::ProblemItem`). A spec that documents
//! those responses gets the runtime's type rather than a second `Problem` of its own.
//!
//! A schema matches when it has exactly the runtime's properties, types and required members; its
//! descriptions, examples and narrowing keywords (`minItems`, an `enum` of locations) may differ, as
//! they only document what the router sends.

use openapiv3::{OpenAPI, Schema};
use serde_json::Value;

use super::RuntimeType;

/// The runtime type `schema` describes, if any.
pub(super) fn runtime_type(openapi: &OpenAPI, schema: &Schema) -> Option<RuntimeType> {
    let value = serde_json::to_value(schema).ok()?;
    if is_problem(openapi, &value) {
        Some(RuntimeType::Problem)
    } else if is_item(openapi, &value) {
        Some(RuntimeType::ProblemItem)
    } else {
        None
    }
}

fn is_problem(openapi: &OpenAPI, schema: &Value) -> bool {
    let fields = [
        ("type", "string"),
        ("title", "string"),
        ("status", "integer"),
        ("detail", "string"),
        ("errors", "array"),
    ];
    has_exactly(schema, &fields, &["type", "title", "status", "detail"])
        && schema
            .pointer("/properties/errors/items")
            .and_then(|items| resolve(openapi, items))
            .is_some_and(|items| is_item(openapi, &items))
}

fn is_item(_: &OpenAPI, schema: &Value) -> bool {
    let fields = [
        ("in", "string"),
        ("name", "string"),
        ("constraint", "string"),
        ("message", "string"),
    ];
    let locations = ["path", "query", "header", "body"];
    let known_locations = match schema.pointer("/properties/in/enum") {
        None => true,
        Some(Value::Array(values)) => values
            .iter()
            .all(|v| v.as_str().is_some_and(|s| locations.contains(&s))),
        Some(_) => false,
    };
    known_locations && has_exactly(schema, &fields, &["in", "name", "message"])
}

/// An object schema with exactly these properties (inline, each of the given type, not nullable) and
/// exactly these required ones.
fn has_exactly(schema: &Value, fields: &[(&str, &str)], required: &[&str]) -> bool {
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return false;
    };
    let same_required = match schema.get("required").and_then(Value::as_array) {
        Some(list) => list.len() == required.len() && required.iter().all(|r| list.iter().any(|v| v == r)),
        None => required.is_empty(),
    };
    let object = schema.get("type").is_none_or(|t| t == "object");
    same_required
        && object
        && schema.get("nullable") != Some(&Value::Bool(true))
        && properties.len() == fields.len()
        && fields.iter().all(|(name, ty)| {
            properties.get(*name).is_some_and(|p| {
                p.get("type") == Some(&Value::from(*ty)) && p.get("nullable") != Some(&Value::Bool(true))
            })
        })
}

/// A schema, or the component schema a chain of local references leads to.
fn resolve(openapi: &OpenAPI, schema: &Value) -> Option<Value> {
    let mut current = schema.clone();
    // A bound, as a cycle of references leads nowhere.
    for _ in 0..16 {
        let Some(reference) = current.get("$ref").and_then(Value::as_str) else {
            return Some(current);
        };
        let name = reference.strip_prefix("#/components/schemas/")?;
        let next = openapi.components.as_ref()?.schemas.get(name)?;
        current = serde_json::to_value(next).ok()?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(json: &str) -> OpenAPI {
        serde_json::from_str(json).unwrap()
    }

    const SPEC: &str = r##"{
      "openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
      "components": {"schemas": {
        "Problem": {
          "type": "object",
          "required": ["type", "title", "status", "detail"],
          "properties": {
            "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
            "detail": {"type": "string"},
            "errors": {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/Item"}}
          }
        },
        "Item": {
          "type": "object",
          "required": ["in", "name", "message"],
          "properties": {
            "in": {"type": "string", "enum": ["path", "query", "header", "body"]},
            "name": {"type": "string"}, "constraint": {"type": "string"}, "message": {"type": "string"}
          }
        }
      }}
    }"##;

    fn kind_of(openapi: &OpenAPI, name: &str) -> Option<RuntimeType> {
        let schema = openapi.components.as_ref().unwrap().schemas[name].as_item().unwrap();
        runtime_type(openapi, schema)
    }

    #[test]
    fn the_routers_problem_body_is_the_runtimes_type() {
        let openapi = api(SPEC);
        assert_eq!(kind_of(&openapi, "Problem"), Some(RuntimeType::Problem));
        assert_eq!(kind_of(&openapi, "Item"), Some(RuntimeType::ProblemItem));
    }

    #[test]
    fn any_other_shape_keeps_its_own_type() {
        for (from, to) in [
            (
                r#"["type", "title", "status", "detail"]"#,
                r#"["type", "title", "status"]"#,
            ),
            (r#""status": {"type": "integer"}"#, r#""status": {"type": "string"}"#),
            (
                r#""detail": {"type": "string"},"#,
                r#""detail": {"type": "string"}, "instance": {"type": "string"},"#,
            ),
            (
                r#""status": {"type": "integer"}"#,
                r#""status": {"type": "integer", "nullable": true}"#,
            ),
            (r#"["path", "query", "header", "body"]"#, r#"["path", "cookie"]"#),
            (r#""message": {"type": "string"}"#, r#""text": {"type": "string"}"#),
        ] {
            assert!(SPEC.contains(from), "{from}");
            let openapi = api(&SPEC.replace(from, to));
            assert_eq!(kind_of(&openapi, "Problem"), None, "{to}");
        }
    }
}
