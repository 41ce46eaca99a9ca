//! OpenAPI 3.0 → 3.1 on a bundled JSON document: the version, and 3.1's JSON Schema idioms in every
//! Schema Object (found by walking the document's structure, not by key names, so that a property
//! named `nullable` or `example` is left alone):
//! - `nullable: true` → `type: [T, "null"]` (`anyOf: [..., {type: "null"}]` when there is no `type`);
//! - boolean `exclusiveMinimum`/`exclusiveMaximum` → the number itself, replacing `minimum`/`maximum`;
//! - `example` → `examples: [...]`;
//! - `format: binary` → `contentMediaType: application/octet-stream`, `format: byte` →
//!   `contentEncoding: base64`.

use serde_json::{Map, Value as J};

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// Rewrites a 3.0 document as 3.1, in place.
pub fn upgrade(doc: &mut J) {
    let Some(root) = doc.as_object_mut() else { return };
    if let Some(v) = root.get_mut("openapi") {
        *v = J::String("3.1.0".into());
    }
    if let Some(c) = root.get_mut("components").and_then(J::as_object_mut) {
        each(c.get_mut("schemas"), schema);
        each(c.get_mut("parameters"), parameter);
        each(c.get_mut("headers"), parameter);
        each(c.get_mut("requestBodies"), body);
        each(c.get_mut("responses"), response);
        each(c.get_mut("callbacks"), callback);
        each(c.get_mut("pathItems"), path_item);
    }
    each(root.get_mut("paths"), path_item);
}

/// Applies `f` to each value of an object.
fn each(v: Option<&mut J>, f: fn(&mut J)) {
    if let Some(J::Object(m)) = v {
        m.values_mut().for_each(f);
    }
}

fn each_item(v: Option<&mut J>, f: fn(&mut J)) {
    if let Some(J::Array(a)) = v {
        a.iter_mut().for_each(f);
    }
}

fn path_item(v: &mut J) {
    let Some(m) = v.as_object_mut() else { return };
    each_item(m.get_mut("parameters"), parameter);
    for method in METHODS {
        if let Some(op) = m.get_mut(*method).and_then(J::as_object_mut) {
            each_item(op.get_mut("parameters"), parameter);
            if let Some(b) = op.get_mut("requestBody") {
                body(b);
            }
            each(op.get_mut("responses"), response);
            each(op.get_mut("callbacks"), callback);
        }
    }
}

fn callback(v: &mut J) {
    if let J::Object(m) = v {
        m.values_mut().for_each(path_item);
    }
}

/// A parameter or a header.
fn parameter(v: &mut J) {
    let Some(m) = v.as_object_mut() else { return };
    if let Some(s) = m.get_mut("schema") {
        schema(s);
    }
    each(m.get_mut("content"), media);
}

fn body(v: &mut J) {
    if let Some(m) = v.as_object_mut() {
        each(m.get_mut("content"), media);
    }
}

fn response(v: &mut J) {
    let Some(m) = v.as_object_mut() else { return };
    each(m.get_mut("headers"), parameter);
    each(m.get_mut("content"), media);
}

fn media(v: &mut J) {
    let Some(m) = v.as_object_mut() else { return };
    if let Some(s) = m.get_mut("schema") {
        schema(s);
    }
    if let Some(J::Object(encoding)) = m.get_mut("encoding") {
        for e in encoding.values_mut() {
            if let Some(h) = e.as_object_mut() {
                each(h.get_mut("headers"), parameter);
            }
        }
    }
}

fn schema(v: &mut J) {
    let Some(m) = v.as_object_mut() else { return };
    if m.contains_key("$ref") {
        return;
    }
    each(m.get_mut("properties"), schema);
    match m.get_mut("items") {
        Some(J::Array(a)) => a.iter_mut().for_each(schema),
        Some(items) => schema(items),
        None => {}
    }
    if let Some(a @ J::Object(_)) = m.get_mut("additionalProperties") {
        schema(a);
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        each_item(m.get_mut(key), schema);
    }
    if let Some(n) = m.get_mut("not") {
        schema(n);
    }

    let nullable = m.get("nullable") == Some(&J::Bool(true));
    let flag = |k: &str| m.get(k) == Some(&J::Bool(true));
    let (exclusive_min, exclusive_max) = (flag("exclusiveMinimum"), flag("exclusiveMaximum"));
    let is_string = m.get("type").and_then(J::as_str) == Some("string");
    let has_examples = m.contains_key("examples");
    let has_type = m.get("type").is_some_and(J::is_string);
    // Rebuilt entry by entry, so that every rewritten keyword keeps its place.
    let mut out = Map::with_capacity(m.len());
    for (key, value) in std::mem::take(m) {
        match (key.as_str(), value) {
            ("nullable" | "exclusiveMinimum" | "exclusiveMaximum", J::Bool(_)) => {}
            ("type", J::String(t)) if nullable => {
                out.insert(key, J::Array(vec![J::String(t), J::String("null".into())]));
            }
            ("minimum", v) if exclusive_min => {
                out.insert("exclusiveMinimum".into(), v);
            }
            ("maximum", v) if exclusive_max => {
                out.insert("exclusiveMaximum".into(), v);
            }
            ("example", v) if !has_examples => {
                out.insert("examples".into(), J::Array(vec![v]));
            }
            ("format", J::String(f)) if is_string && f == "binary" => {
                out.insert("contentMediaType".into(), J::String("application/octet-stream".into()));
            }
            ("format", J::String(f)) if is_string && f == "byte" => {
                out.insert("contentEncoding".into(), J::String("base64".into()));
            }
            (_, v) => {
                out.insert(key, v);
            }
        }
    }
    *m = out;
    if nullable && !has_type {
        // Without a `type` to widen, null is one more alternative.
        let inner = std::mem::take(m);
        m.insert(
            "anyOf".into(),
            J::Array(vec![J::Object(inner), serde_json::json!({"type": "null"})]),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn upgraded(mut doc: J) -> J {
        upgrade(&mut doc);
        doc
    }

    #[test]
    fn schemas_take_3_1_idioms_in_place() {
        let doc = json!({
            "openapi": "3.0.3",
            "components": {"schemas": {"A": {
                "type": "object",
                "properties": {
                    "n": {"type": "integer", "nullable": true, "minimum": 0, "exclusiveMinimum": true, "example": 3},
                    "f": {"type": "string", "format": "binary"},
                    "b": {"type": "string", "format": "byte", "maximum": 9, "exclusiveMaximum": false},
                    "r": {"allOf": [{"$ref": "#/components/schemas/B"}], "nullable": true, "description": "d"},
                    "nullable": {"type": "boolean", "example": false}
                }
            }}}
        });
        let out = upgraded(doc);
        assert_eq!(out["openapi"], "3.1.0");
        let p = &out["components"]["schemas"]["A"]["properties"];
        assert_eq!(
            p["n"],
            json!({"type": ["integer", "null"], "exclusiveMinimum": 0, "examples": [3]})
        );
        let keys: Vec<&String> = p["n"].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["type", "exclusiveMinimum", "examples"], "order kept");
        assert_eq!(
            p["f"],
            json!({"type": "string", "contentMediaType": "application/octet-stream"})
        );
        assert_eq!(
            p["b"],
            json!({"type": "string", "contentEncoding": "base64", "maximum": 9})
        );
        assert_eq!(
            p["r"],
            json!({"anyOf": [{"allOf": [{"$ref": "#/components/schemas/B"}], "description": "d"}, {"type": "null"}]})
        );
        assert_eq!(
            p["nullable"],
            json!({"type": "boolean", "examples": [false]}),
            "a property named nullable"
        );
    }

    #[test]
    fn schemas_everywhere_in_the_document_are_reached() {
        let nullable = json!({"type": "string", "nullable": true});
        let doc = json!({
            "openapi": "3.0.3",
            "paths": {"/a": {
                "parameters": [{"name": "p", "in": "query", "schema": nullable}],
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": nullable}}},
                    "responses": {"200": {
                        "description": "ok",
                        "headers": {"h": {"schema": nullable}},
                        "content": {"application/json": {"schema": {"type": "array", "items": nullable}, "example": [null]}}
                    }}
                }
            }}
        });
        let out = upgraded(doc);
        let widened = json!({"type": ["string", "null"]});
        let a = &out["paths"]["/a"];
        assert_eq!(a["parameters"][0]["schema"], widened);
        assert_eq!(
            a["post"]["requestBody"]["content"]["application/json"]["schema"],
            widened
        );
        let r = &a["post"]["responses"]["200"];
        assert_eq!(r["headers"]["h"]["schema"], widened);
        assert_eq!(r["content"]["application/json"]["schema"]["items"], widened);
        assert_eq!(
            r["content"]["application/json"]["example"],
            json!([null]),
            "media examples stay"
        );
    }
}
