//! Specs nested as deep as the loader accepts (`at`) and one level deeper (`past`), for every way a
//! schema nests, and the shapes whose depth comes from elsewhere: `$ref` chains, nested example values,
//! YAML aliases. Shared by `tests/tests/depth.rs` (the library) and `generator/tests/depth.rs` (the
//! binary).

#![allow(dead_code)]

use serde_json::{Value, json};

/// The loader's nesting limit (`load::tree::MAX_DEPTH`), in containers.
pub const LIMIT: usize = 400;

/// Containers above a component schema: the document, `components`, `schemas`.
const ABOVE: usize = 3;

/// How a schema holds the schema below it, and how many containers each level adds.
#[derive(Clone, Copy, Debug)]
pub enum Shape {
    Items,
    Not,
    AdditionalProperties,
    AllOf,
    OneOf,
    AnyOf,
    Properties,
}

pub const SHAPES: [Shape; 7] = [
    Shape::Items,
    Shape::Not,
    Shape::AdditionalProperties,
    Shape::AllOf,
    Shape::OneOf,
    Shape::AnyOf,
    Shape::Properties,
];

impl Shape {
    /// `s` under one more level. (Built by placing `s`, not by `json!` around it, which would copy it
    /// recursively: quadratic, and as deep as `s` on the test's stack.)
    pub fn wrap(self, s: Value) -> Value {
        let (mut v, slot): (Value, &[&str]) = match self {
            Shape::Items => (json!({"type": "array", "items": null}), &["items"]),
            Shape::Not => (json!({"not": null}), &["not"]),
            Shape::AdditionalProperties => (
                json!({"type": "object", "additionalProperties": null}),
                &["additionalProperties"],
            ),
            Shape::AllOf => (json!({"allOf": [null]}), &["allOf", "0"]),
            Shape::OneOf => (json!({"oneOf": [null]}), &["oneOf", "0"]),
            Shape::AnyOf => (json!({"anyOf": [null]}), &["anyOf", "0"]),
            Shape::Properties => (
                json!({"type": "object", "properties": {"p": null}}),
                &["properties", "p"],
            ),
        };
        let pointer: String = slot.iter().map(|t| format!("/{t}")).collect();
        *v.pointer_mut(&pointer).expect("the slot") = s;
        v
    }

    /// Containers one level adds: the schema object, and the array or map that holds the next one.
    fn cost(self) -> usize {
        match self {
            Shape::Items | Shape::Not | Shape::AdditionalProperties => 1,
            Shape::AllOf | Shape::OneOf | Shape::AnyOf | Shape::Properties => 2,
        }
    }
}

/// A document whose one component schema `A` nests `shape` until the document is `depth` containers
/// deep (`depth` is `LIMIT` or `LIMIT + 1`).
pub fn nested(shape: Shape, depth: usize) -> Value {
    let levels = (LIMIT - ABOVE - 1) / shape.cost();
    // The innermost schema makes up the rest: `{type: string}` is one container, an array of strings two.
    let mut s = match depth - ABOVE - levels * shape.cost() {
        1 => json!({"type": "string"}),
        2 => json!({"type": "array", "items": {"type": "string"}}),
        n => unreachable!("{n} containers left for the innermost schema"),
    };
    for _ in 0..levels {
        s = shape.wrap(s);
    }
    let mut schemas = serde_json::Map::new();
    schemas.insert("A".into(), s);
    document(Value::Object(schemas))
}

/// `count` component schemas, each holding the next through `shape` and a `$ref`: depth without
/// nesting, which only walks that follow references see.
pub fn chain(shape: Shape, count: usize) -> Value {
    let mut schemas = serde_json::Map::new();
    for i in 0..count {
        let next = json!({"$ref": format!("#/components/schemas/S{}", i + 1)});
        schemas.insert(format!("S{i}"), shape.wrap(next));
    }
    schemas.insert(format!("S{count}"), json!({"type": "string"}));
    document(Value::Object(schemas))
}

/// A chain of `count` objects each merging the next with `allOf` beside a property of its own: the
/// generator merges `allOf` through references.
pub fn merge_chain(count: usize) -> Value {
    let mut schemas = serde_json::Map::new();
    for i in 0..count {
        let next = json!({"$ref": format!("#/components/schemas/S{}", i + 1)});
        let own = json!({"type": "object", "properties": {format!("p{i}"): {"type": "string"}}});
        schemas.insert(format!("S{i}"), json!({"allOf": [next, own]}));
    }
    schemas.insert(format!("S{count}"), json!({"type": "object"}));
    document(Value::Object(schemas))
}

/// A recursive schema (`R: {type: array, items: $ref R}`) with an example nested until the document is
/// `depth` containers deep: the example is validated against the schema level by level.
pub fn deep_example(depth: usize) -> Value {
    // The document, components, schemas, R, and the example's own arrays.
    let mut example = json!([]);
    for _ in 0..depth - ABOVE - 2 {
        example = Value::Array(vec![example]);
    }
    let mut r = json!({"type": "array", "items": {"$ref": "#/components/schemas/R"}});
    r["example"] = example;
    let mut schemas = serde_json::Map::new();
    schemas.insert("R".into(), r);
    document(Value::Object(schemas))
}

/// A YAML spec whose component `B` repeats `A` (`depth_a` containers) through an alias under
/// `depth_b` levels of its own: the copy is as deep as both together.
pub fn alias(depth_a: usize, depth_b: usize) -> String {
    let mut out = String::from("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n");
    let mut block = |name: &str, levels: usize, leaf: &str| {
        out.push_str(&format!("    {name}"));
        let mut indent = 6;
        for _ in 0..levels {
            out.push_str(&format!("\n{:indent$}type: array\n{:indent$}items:", "", ""));
            indent += 2;
        }
        out.push_str(&format!("\n{:indent$}{leaf}\n", ""));
    };
    // `A` at components/schemas/A is 4 containers deep, each level one more, the leaf's object one more.
    block("A: &a", depth_a - 4, "type: string");
    block("B:", depth_b, "allOf: [*a]");
    out
}

pub fn document(schemas: Value) -> Value {
    let mut doc = json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": null}
    });
    doc["components"]["schemas"] = schemas;
    doc
}

/// The deepest nesting of containers in `v` (a scalar is 0).
pub fn depth_of(v: &Value) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(v, 0)];
    while let Some((v, d)) = stack.pop() {
        let children: Vec<&Value> = match v {
            Value::Array(a) => a.iter().collect(),
            Value::Object(m) => m.values().collect(),
            _ => continue,
        };
        deepest = deepest.max(d + 1);
        stack.extend(children.into_iter().map(|c| (c, d + 1)));
    }
    deepest
}
