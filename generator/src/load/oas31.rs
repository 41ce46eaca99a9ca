//! OpenAPI 3.1 → the 3.0 shape the typed model reads. Applied by the typed view while it converts the
//! spanned trees, so a 3.1 document goes through the same model, lint and emitters as a 3.0 one (no second
//! pipeline). Each rewrite keeps the meaning a 3.1 reader gives the schema:
//!
//! - `type: [T, "null"]` → `type: T` + `nullable: true`; several non-null types → `anyOf` of one schema per
//!   type; `type: "null"` alone → `nullable: true` + `enum: [null]`;
//! - `nullable` is not a 3.1 keyword: it is dropped (a 3.1 validator ignores it too);
//! - `const: v` → `enum: [v]`;
//! - `examples: [a, ...]` in a schema → `example: a` (3.0 has one example per schema);
//! - numeric `exclusiveMinimum`/`exclusiveMaximum` → `minimum`/`maximum` with the 3.0 boolean flag, keeping
//!   the stricter bound when both forms are given;
//! - `$ref` with siblings that constrain (3.1 applies both) → `allOf: [{$ref}]` plus the siblings; siblings
//!   that only annotate (`description`, `title`, ...) stay beside the `$ref`, as 3.0 readers ignore them;
//! - `contentEncoding: base64` → `format: byte`; `contentMediaType` of binary data → `format: binary`;
//! - a document without `paths` (allowed in 3.1) gets an empty one, an operation without `responses`
//!   an empty one.
//!
//! Keywords 3.0 has no counterpart for (`prefixItems`, `if`/`then`/`else`, `$defs`, ...) are left for the
//! model to ignore; `webhooks` and `jsonSchemaDialect` are read by the linter, not the generator.
//!
//! A list of types is read the same way in every version ([`type_list`]): in a 3.0 document (or a Swagger
//! 2.0 one, through its conversion) it is not valid, and the linter says so, but it still generates as the
//! union or nullable type it plainly means. There `nullable: true` (2.0: `x-nullable`) stays as written.

use serde_json::{Map, Value as J};

/// Whether a declared version is OpenAPI 3.1.
pub fn is_31(version: &str) -> bool {
    version.starts_with("3.1")
}

/// Document-level rewrites (after every schema has been converted).
pub(super) fn document(doc: &mut J) {
    let J::Object(root) = doc else { return };
    let paths = root.entry("paths").or_insert_with(|| J::Object(Map::new()));
    path_items(paths);
    if let Some(J::Object(callbacks)) = root.get_mut("components").and_then(|c| c.get_mut("callbacks")) {
        callbacks.values_mut().for_each(path_items);
    }
}

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// Operations of a map of path items (paths, or a callback) get `responses` when they lack it.
fn path_items(items: &mut J) {
    let J::Object(items) = items else { return };
    for item in items.values_mut() {
        let J::Object(item) = item else { continue };
        for method in METHODS {
            let Some(J::Object(op)) = item.get_mut(*method) else {
                continue;
            };
            op.entry("responses").or_insert_with(|| J::Object(Map::new()));
            if let Some(J::Object(callbacks)) = op.get_mut("callbacks") {
                callbacks.values_mut().for_each(path_items);
            }
        }
    }
}

/// Keys that only annotate a schema: beside a `$ref` they change nothing a generator reads.
const ANNOTATIONS: &[&str] = &[
    "$ref",
    "description",
    "summary",
    "title",
    "deprecated",
    "readOnly",
    "writeOnly",
    "example",
    "examples",
    "$comment",
    "externalDocs",
];

/// Rewrites one Schema Object in place.
pub(super) fn schema(s: &mut Map<String, J>) {
    s.remove("nullable");
    if let Some(v) = s.remove("const") {
        s.entry("enum").or_insert_with(|| J::Array(vec![v]));
    }
    if let Some(J::Array(mut examples)) = s.remove("examples")
        && !examples.is_empty()
    {
        s.entry("example").or_insert_with(|| examples.swap_remove(0));
    }
    exclusive_bound(s, "exclusiveMinimum", "minimum", |new, old| new >= old);
    exclusive_bound(s, "exclusiveMaximum", "maximum", |new, old| new <= old);
    match s.get("contentEncoding").and_then(J::as_str) {
        Some("base64") if !s.contains_key("format") => {
            s.insert("format".into(), "byte".into());
        }
        _ => {}
    }
    if s.get("contentMediaType").and_then(J::as_str) == Some("application/octet-stream") && !s.contains_key("format") {
        s.insert("format".into(), "binary".into());
    }
    types(s);
    if s.contains_key("$ref") && s.keys().any(|k| !ANNOTATIONS.contains(&k.as_str())) {
        let reference = s.remove("$ref").unwrap_or(J::Null);
        let mut only_ref = Map::new();
        only_ref.insert("$ref".into(), reference);
        let all_of = match s.remove("allOf") {
            Some(J::Array(mut a)) => {
                a.insert(0, J::Object(only_ref));
                a
            }
            _ => vec![J::Object(only_ref)],
        };
        s.insert("allOf".into(), J::Array(all_of));
    }
}

/// Numeric `exclusiveMinimum: n` → `minimum: n` + `exclusiveMinimum: true`, unless `minimum` is stricter.
fn exclusive_bound(s: &mut Map<String, J>, exclusive: &str, inclusive: &str, stricter: fn(f64, f64) -> bool) {
    let Some(bound) = s.get(exclusive).and_then(|v| v.as_number()).cloned() else {
        return;
    };
    s.remove(exclusive);
    let old = s.get(inclusive).and_then(J::as_f64);
    // An equal inclusive bound is weaker than the exclusive one, so the exclusive one wins the tie.
    if old.is_none_or(|old| bound.as_f64().is_some_and(|new| stricter(new, old))) {
        s.insert(inclusive.into(), J::Number(bound));
        s.insert(exclusive.into(), J::Bool(true));
    }
}

/// A 3.0 (or converted 2.0) Schema Object whose `type` is a list, read as 3.1 reads it: `[T, "null"]` →
/// `type: T` + `nullable: true`, several types → `anyOf` with each type's keywords. Any other `type` is
/// left as it is.
pub(super) fn type_list(s: &mut Map<String, J>) {
    if matches!(s.get("type"), Some(J::Array(_))) {
        types(s);
    }
}

/// `type` arrays → a single type with `nullable`, or `anyOf` over the types. A list that names no type
/// (`[]`, or no strings) is left for the typed model to refuse.
fn types(s: &mut Map<String, J>) {
    let list: Vec<String> = match s.get("type") {
        Some(J::Array(a)) => a.iter().filter_map(J::as_str).map(str::to_owned).collect(),
        Some(J::String(t)) if t == "null" => vec!["null".into()],
        _ => return,
    };
    if list.is_empty() {
        return;
    }
    let nullable = list.iter().any(|t| t == "null");
    let mut concrete: Vec<String> = Vec::new();
    for t in list {
        if t != "null" && !concrete.contains(&t) {
            concrete.push(t);
        }
    }
    s.remove("type");
    match concrete.len() {
        0 => {
            // Only `null` is allowed.
            s.insert("enum".into(), J::Array(vec![J::Null]));
        }
        1 => {
            s.insert("type".into(), J::String(concrete.remove(0)));
        }
        _ => {
            // Each alternative carries the keywords that apply to its type; annotations, `default` and
            // (before 3.1) `nullable` are about the whole value and stay outside.
            let shared: Vec<(String, J)> = s
                .iter()
                .filter(|(k, _)| !ANNOTATIONS.contains(&k.as_str()) && !matches!(k.as_str(), "default" | "nullable"))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for (k, _) in &shared {
                s.remove(k);
            }
            let alternative = |t: &String| {
                let mut alt: Map<String, J> = shared
                    .iter()
                    .filter(|(k, _)| applies_to(k, t))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                alt.insert("type".into(), J::String(t.clone()));
                alt
            };
            let mut alternatives: Vec<Map<String, J>> = concrete.iter().map(alternative).collect();
            // An `enum` lists values of several types: each alternative keeps the values of its own type,
            // and a type none of the values has is no alternative (unless that would leave none).
            let own_values = |alt: &mut Map<String, J>| {
                let t = alt.get("type").and_then(J::as_str).unwrap_or_default().to_owned();
                match alt.get_mut("enum") {
                    Some(J::Array(values)) => {
                        values.retain(|v| is_of_type(v, &t));
                        !values.is_empty()
                    }
                    _ => true,
                }
            };
            let mut narrowed = alternatives.clone();
            narrowed.retain_mut(own_values);
            if !narrowed.is_empty() {
                alternatives = narrowed;
            }
            s.insert(
                "anyOf".into(),
                J::Array(alternatives.into_iter().map(J::Object).collect()),
            );
        }
    }
    if nullable {
        s.insert("nullable".into(), J::Bool(true));
        if let Some(J::Array(values)) = s.get_mut("enum")
            && !values.contains(&J::Null)
        {
            values.push(J::Null);
        }
    }
}

/// Whether `v` is a value of the JSON Schema type `t` (`1.0` is an integer, as JSON Schema says).
fn is_of_type(v: &J, t: &str) -> bool {
    match t {
        "string" => v.is_string(),
        "integer" => v.is_i64() || v.is_u64() || v.as_f64().is_some_and(|f| f.fract() == 0.0),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        "null" => v.is_null(),
        _ => true,
    }
}

/// Whether a keyword constrains values of JSON type `t` (keywords for other types are dropped from that
/// alternative; type-independent ones such as `enum` go to every alternative).
fn applies_to(keyword: &str, t: &str) -> bool {
    let string = ["minLength", "maxLength", "pattern", "format"];
    let number = [
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "format",
    ];
    let array = [
        "items",
        "minItems",
        "maxItems",
        "uniqueItems",
        "prefixItems",
        "contains",
    ];
    let object = [
        "properties",
        "required",
        "additionalProperties",
        "minProperties",
        "maxProperties",
        "patternProperties",
        "propertyNames",
    ];
    let typed: Vec<&str> = string
        .iter()
        .chain(&number)
        .chain(&array)
        .chain(&object)
        .copied()
        .collect();
    if !typed.contains(&keyword) {
        return true;
    }
    match t {
        "string" => string.contains(&keyword),
        "number" | "integer" => number.contains(&keyword),
        "array" => array.contains(&keyword),
        "object" => object.contains(&keyword),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn norm(v: J) -> J {
        let J::Object(mut m) = v else { panic!() };
        schema(&mut m);
        J::Object(m)
    }

    #[test]
    fn type_arrays_with_null_become_nullable() {
        assert_eq!(
            norm(json!({"type": ["string", "null"], "maxLength": 3})),
            json!({"maxLength": 3, "type": "string", "nullable": true})
        );
        assert_eq!(
            norm(json!({"type": ["string", "null"], "enum": ["a"]})),
            json!({"enum": ["a", null], "type": "string", "nullable": true})
        );
        assert_eq!(norm(json!({"type": "null"})), json!({"enum": [null], "nullable": true}));
    }

    #[test]
    fn several_types_become_any_of_with_their_keywords() {
        assert_eq!(
            norm(json!({"description": "d", "type": ["string", "integer"], "maxLength": 2, "minimum": 1})),
            json!({"description": "d", "anyOf": [
                {"maxLength": 2, "type": "string"},
                {"minimum": 1, "type": "integer"}
            ]})
        );
    }

    #[test]
    fn type_lists_read_alike_in_3_0() {
        let read = |v: J| {
            let J::Object(mut m) = v else { panic!() };
            type_list(&mut m);
            J::Object(m)
        };
        // 3.0's own `nullable` (2.0's `x-nullable`, once converted) is kept beside the list's `null`.
        assert_eq!(
            read(json!({"type": ["string", "null"], "nullable": true, "format": "date-time"})),
            json!({"nullable": true, "format": "date-time", "type": "string"})
        );
        assert_eq!(
            read(json!({"type": ["integer", "string", "integer"], "minimum": 1})),
            json!({"anyOf": [{"minimum": 1, "type": "integer"}, {"type": "string"}]})
        );
        // Not a list: 3.0 has no `null` type, so the typed model decides.
        assert_eq!(read(json!({"type": "null"})), json!({"type": "null"}));
        // A list naming no type is left as written.
        assert_eq!(read(json!({"type": []})), json!({"type": []}));
        assert_eq!(read(json!({"type": [1]})), json!({"type": [1]}));
    }

    #[test]
    fn an_enum_over_several_types_is_split_by_type() {
        assert_eq!(
            norm(json!({"type": ["string", "integer", "boolean", "null"], "enum": ["a", 1, null]})),
            json!({"anyOf": [
                {"enum": ["a"], "type": "string"},
                {"enum": [1], "type": "integer"}
            ], "nullable": true})
        );
        // Values of none of the types: every alternative stays as written.
        assert_eq!(
            norm(json!({"type": ["string", "integer"], "enum": [true]})),
            json!({"anyOf": [{"enum": [true], "type": "string"}, {"enum": [true], "type": "integer"}]})
        );
    }

    #[test]
    fn nullable_is_not_a_31_keyword() {
        assert_eq!(
            norm(json!({"type": "string", "nullable": true})),
            json!({"type": "string"})
        );
    }

    #[test]
    fn const_and_examples() {
        assert_eq!(norm(json!({"const": "x"})), json!({"enum": ["x"]}));
        assert_eq!(norm(json!({"examples": [1, 2]})), json!({"example": 1}));
        assert_eq!(norm(json!({"example": 0, "examples": [1]})), json!({"example": 0}));
    }

    #[test]
    fn numeric_exclusive_bounds() {
        assert_eq!(
            norm(json!({"exclusiveMinimum": 0})),
            json!({"minimum": 0, "exclusiveMinimum": true})
        );
        // The stricter of the two is kept.
        assert_eq!(
            norm(json!({"minimum": 5, "exclusiveMinimum": 0})),
            json!({"minimum": 5})
        );
        assert_eq!(
            norm(json!({"maximum": 10, "exclusiveMaximum": 10})),
            json!({"maximum": 10, "exclusiveMaximum": true})
        );
        // The 3.0 boolean form is not a number: left as it is.
        assert_eq!(
            norm(json!({"minimum": 1, "exclusiveMinimum": true})),
            json!({"minimum": 1, "exclusiveMinimum": true})
        );
    }

    #[test]
    fn ref_siblings() {
        assert_eq!(
            norm(json!({"$ref": "#/x", "description": "d"})),
            json!({"$ref": "#/x", "description": "d"})
        );
        assert_eq!(
            norm(json!({"$ref": "#/x", "description": "d", "maxLength": 2})),
            json!({"description": "d", "maxLength": 2, "allOf": [{"$ref": "#/x"}]})
        );
    }

    #[test]
    fn document_level_defaults() {
        let mut doc = json!({"openapi": "3.1.0", "info": {}});
        document(&mut doc);
        assert_eq!(doc["paths"], json!({}));
        let mut doc = json!({"paths": {"/a": {"get": {"callbacks": {"c": {"{$url}": {"post": {}}}}}}}});
        document(&mut doc);
        assert_eq!(doc["paths"]["/a"]["get"]["responses"], json!({}));
        assert_eq!(
            doc["paths"]["/a"]["get"]["callbacks"]["c"]["{$url}"]["post"]["responses"],
            json!({})
        );
    }

    #[test]
    fn content_encoding() {
        assert_eq!(
            norm(json!({"type": "string", "contentEncoding": "base64"})),
            json!({"type": "string", "contentEncoding": "base64", "format": "byte"})
        );
    }
}
