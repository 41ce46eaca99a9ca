//! The generator on structure-aware specs: arbitrary schemas (every type, constraint, union, reference,
//! awkward names and patterns) and operations (parameters in every location, bodies, responses), as
//! OpenAPI 3.0 or 3.1. Whatever the spec, generation either succeeds with code that parses or fails
//! with located diagnostics; never a panic, never `internal`.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Value, json};
use specgen::load::{LoadOptions, Spec};

/// Names that stress the naming module (keywords, collisions, digits, symbols, non-ASCII, prelude).
const NAMES: &[&str] = &[
    "type", "self", "Self", "fooBar", "foo_bar", "FooBar", "1st", "+1", "-", "String", "Vec", "Option", "é", "",
    "a b", "crate", "r#type", "_", "__", "Result", "Credentials", "item", "Item", "items", "super", "async",
];

/// Patterns: anchored, unanchored, ECMA-only (lookaround, backreference), invalid, Unicode classes.
const PATTERNS: &[&str] = &[
    "^[a-z]+$", ".*Z", "\\d", "^(?=.*\\d).{8,}$", "(a)\\1", "[", "^\\p{L}+$", "\\cJ", "[^]", "(?<n>x)\\k<n>",
    "\\u{1F600}", "^$", "a{2,1}", "\\", "(?i)x", "\\w\\s\\S", "[\\d-z]", "/", "$^", "\\0",
    "^(?=a)(a+)+$", "^((?=a)a+)+$",
];

const FORMATS: &[&str] = &[
    "date-time", "date", "time", "uuid", "email", "ipv4", "ipv6", "uri", "byte", "binary", "int32", "int64",
    "float", "double", "password", "unknown",
];

const MEDIA: &[&str] = &[
    "application/json", "application/problem+json", "text/plain", "application/x-www-form-urlencoded",
    "multipart/form-data", "application/octet-stream", "*/*", "application/xml",
];

#[derive(Arbitrary, Debug)]
struct Name(u8, Option<String>);

impl Name {
    fn get(&self) -> String {
        match &self.1 {
            Some(s) if self.0 % 4 == 0 => s.clone(),
            _ => NAMES[self.0 as usize % NAMES.len()].to_owned(),
        }
    }
}

#[derive(Arbitrary, Debug)]
enum Num {
    Int(i64),
    Float(f64),
    Small(i8),
}

impl Num {
    fn json(&self) -> Value {
        match self {
            Num::Int(i) => json!(i),
            Num::Float(f) => json!(f),
            Num::Small(i) => json!(i),
        }
    }
}

#[derive(Arbitrary, Debug)]
enum Schema {
    String {
        pattern: Option<u8>,
        min: Option<u8>,
        max: Option<u8>,
        format: Option<u8>,
        values: Vec<Name>,
    },
    Integer {
        min: Option<Num>,
        max: Option<Num>,
        exclusive: bool,
        multiple: Option<Num>,
        format: Option<u8>,
        values: Vec<i64>,
    },
    Number {
        min: Option<Num>,
        max: Option<Num>,
        multiple: Option<Num>,
    },
    Boolean,
    Array {
        items: Option<Box<Schema>>,
        min: Option<u8>,
        max: Option<u8>,
        unique: bool,
    },
    Object {
        properties: Vec<(Name, Schema, bool)>,
        additional: Option<Option<Box<Schema>>>,
        required_extra: Option<Name>,
        discriminator: Option<Name>,
    },
    Ref(u8),
    OneOf(Vec<Schema>),
    AnyOf(Vec<Schema>),
    AllOf(Vec<Schema>),
    Not(Box<Schema>),
    Any,
    /// Keyword soup: a raw JSON value where a schema goes.
    Raw(RawJson),
}

#[derive(Arbitrary, Debug)]
enum RawJson {
    Null,
    Bool(bool),
    Num(Num),
    Str(String),
    Arr(Vec<RawJson>),
    Obj(Vec<(Name, RawJson)>),
}

impl RawJson {
    fn json(&self) -> Value {
        match self {
            RawJson::Null => Value::Null,
            RawJson::Bool(b) => json!(b),
            RawJson::Num(n) => n.json(),
            RawJson::Str(s) => json!(s),
            RawJson::Arr(a) => Value::Array(a.iter().map(RawJson::json).collect()),
            RawJson::Obj(m) => Value::Object(m.iter().map(|(k, v)| (k.get(), v.json())).collect()),
        }
    }
}

#[derive(Arbitrary, Debug)]
struct Flags {
    nullable: bool,
    description: bool,
    example: Option<RawJson>,
}

struct Cx<'a> {
    names: &'a [String],
    oas31: bool,
}

impl Schema {
    fn json(&self, cx: &Cx, flags: Option<&Flags>, depth: u32) -> Value {
        if depth > 12 {
            return json!({});
        }
        let mut m = Map::new();
        let typ = |m: &mut Map<String, Value>, t: &str| {
            m.insert("type".into(), json!(t));
        };
        match self {
            Schema::String { pattern, min, max, format, values } => {
                typ(&mut m, "string");
                if let Some(p) = pattern {
                    m.insert("pattern".into(), json!(PATTERNS[*p as usize % PATTERNS.len()]));
                }
                if let Some(n) = min {
                    m.insert("minLength".into(), json!(n));
                }
                if let Some(n) = max {
                    m.insert("maxLength".into(), json!(n));
                }
                if let Some(f) = format {
                    m.insert("format".into(), json!(FORMATS[*f as usize % FORMATS.len()]));
                }
                if !values.is_empty() {
                    m.insert("enum".into(), values.iter().map(|v| json!(v.get())).collect());
                }
            }
            Schema::Integer { min, max, exclusive, multiple, format, values } => {
                typ(&mut m, "integer");
                if let Some(n) = min {
                    m.insert("minimum".into(), n.json());
                }
                if let Some(n) = max {
                    m.insert("maximum".into(), n.json());
                }
                if *exclusive {
                    m.insert("exclusiveMinimum".into(), json!(true));
                }
                if let Some(n) = multiple {
                    m.insert("multipleOf".into(), n.json());
                }
                if let Some(f) = format {
                    m.insert("format".into(), json!(FORMATS[*f as usize % FORMATS.len()]));
                }
                if !values.is_empty() {
                    m.insert("enum".into(), json!(values));
                }
            }
            Schema::Number { min, max, multiple } => {
                typ(&mut m, "number");
                for (k, v) in [("minimum", min), ("maximum", max), ("multipleOf", multiple)] {
                    if let Some(n) = v {
                        m.insert(k.into(), n.json());
                    }
                }
            }
            Schema::Boolean => typ(&mut m, "boolean"),
            Schema::Array { items, min, max, unique } => {
                typ(&mut m, "array");
                if let Some(items) = items {
                    m.insert("items".into(), items.json(cx, None, depth + 1));
                }
                if let Some(n) = min {
                    m.insert("minItems".into(), json!(n));
                }
                if let Some(n) = max {
                    m.insert("maxItems".into(), json!(n));
                }
                if *unique {
                    m.insert("uniqueItems".into(), json!(true));
                }
            }
            Schema::Object { properties, additional, required_extra, discriminator } => {
                typ(&mut m, "object");
                let mut props = Map::new();
                let mut required = Vec::new();
                for (name, schema, req) in properties {
                    let name = name.get();
                    if *req {
                        required.push(json!(name));
                    }
                    props.insert(name, schema.json(cx, None, depth + 1));
                }
                if let Some(extra) = required_extra {
                    required.push(json!(extra.get()));
                }
                m.insert("properties".into(), Value::Object(props));
                if !required.is_empty() {
                    m.insert("required".into(), Value::Array(required));
                }
                match additional {
                    Some(None) => {
                        m.insert("additionalProperties".into(), json!(false));
                    }
                    Some(Some(s)) => {
                        m.insert("additionalProperties".into(), s.json(cx, None, depth + 1));
                    }
                    None => {}
                }
                if let Some(d) = discriminator {
                    m.insert("discriminator".into(), json!({"propertyName": d.get()}));
                }
            }
            Schema::Ref(i) => {
                let target = if cx.names.is_empty() {
                    "Missing".to_owned()
                } else {
                    cx.names[*i as usize % cx.names.len()].clone()
                };
                m.insert("$ref".into(), json!(format!("#/components/schemas/{target}")));
            }
            Schema::OneOf(s) | Schema::AnyOf(s) | Schema::AllOf(s) => {
                let key = match self {
                    Schema::OneOf(_) => "oneOf",
                    Schema::AnyOf(_) => "anyOf",
                    _ => "allOf",
                };
                m.insert(key.into(), s.iter().map(|s| s.json(cx, None, depth + 1)).collect());
            }
            Schema::Not(s) => {
                m.insert("not".into(), s.json(cx, None, depth + 1));
            }
            Schema::Any => {}
            Schema::Raw(raw) => return raw.json(),
        }
        if let Some(f) = flags {
            if f.nullable {
                if cx.oas31 {
                    if let Some(Value::String(t)) = m.get("type").cloned() {
                        m.insert("type".into(), json!([t, "null"]));
                    }
                } else {
                    m.insert("nullable".into(), json!(true));
                }
            }
            if f.description {
                m.insert("description".into(), json!("*/ doc with `ticks` and \"quotes\" \\ and\nnewline"));
            }
            if let Some(e) = &f.example {
                m.insert("example".into(), e.json());
            }
        }
        Value::Object(m)
    }
}

#[derive(Arbitrary, Debug)]
struct Param {
    name: Name,
    location: u8,
    required: bool,
    schema: Schema,
    explode: Option<bool>,
}

#[derive(Arbitrary, Debug)]
struct Operation {
    path: Vec<Name>,
    method: u8,
    id: Option<Name>,
    params: Vec<Param>,
    body: Option<(u8, Schema, bool)>,
    responses: Vec<(u16, Option<(u8, Schema)>, Vec<(Name, Schema)>)>,
    security: Option<Vec<u8>>,
}

#[derive(Arbitrary, Debug)]
struct Doc {
    oas31: bool,
    title: Name,
    schemas: Vec<(Name, Schema, Flags)>,
    operations: Vec<Operation>,
    schemes: Vec<(Name, u8)>,
}

impl Doc {
    fn json(&self) -> Value {
        let names: Vec<String> = self.schemas.iter().map(|(n, _, _)| n.get()).collect();
        let cx = Cx { names: &names, oas31: self.oas31 };
        let schemas: Map<String, Value> = self
            .schemas
            .iter()
            .map(|(n, s, f)| (n.get(), s.json(&cx, Some(f), 0)))
            .collect();
        let scheme_names: Vec<String> = self.schemes.iter().map(|(n, _)| n.get()).collect();
        let schemes: Map<String, Value> = self
            .schemes
            .iter()
            .map(|(n, kind)| {
                let s = match kind % 4 {
                    0 => json!({"type": "apiKey", "in": "header", "name": "X-Key"}),
                    1 => json!({"type": "apiKey", "in": "query", "name": "key"}),
                    2 => json!({"type": "http", "scheme": "bearer"}),
                    _ => json!({"type": "http", "scheme": "basic"}),
                };
                (n.get(), s)
            })
            .collect();
        let mut paths = Map::new();
        for op in &self.operations {
            let mut template = String::new();
            let mut params = Vec::new();
            for (i, seg) in op.path.iter().enumerate() {
                template.push('/');
                if i % 2 == 1 {
                    template.push_str(&format!("{{{}}}", seg.get()));
                } else {
                    template.push_str(&seg.get());
                }
            }
            for p in &op.params {
                let location = ["path", "query", "header", "cookie"][p.location as usize % 4];
                let mut param = json!({
                    "name": p.name.get(), "in": location, "required": p.required || location == "path",
                    "schema": p.schema.json(&cx, None, 0),
                });
                if let Some(e) = p.explode {
                    param["explode"] = json!(e);
                }
                params.push(param);
            }
            let mut operation = Map::new();
            if let Some(id) = &op.id {
                operation.insert("operationId".into(), json!(id.get()));
            }
            operation.insert("parameters".into(), Value::Array(params));
            if let Some((media, schema, required)) = &op.body {
                operation.insert(
                    "requestBody".into(),
                    json!({"required": required, "content": {
                        MEDIA[*media as usize % MEDIA.len()]: {"schema": schema.json(&cx, None, 0)}
                    }}),
                );
            }
            let mut responses = Map::new();
            for (status, content, headers) in &op.responses {
                let code = match status % 7 {
                    0 => "default".to_owned(),
                    1 => "2XX".to_owned(),
                    _ => (status % 600).to_string(),
                };
                let mut r = json!({"description": "r"});
                if let Some((media, schema)) = content {
                    r["content"] = json!({MEDIA[*media as usize % MEDIA.len()]: {"schema": schema.json(&cx, None, 0)}});
                }
                if !headers.is_empty() {
                    r["headers"] = headers
                        .iter()
                        .map(|(n, s)| (n.get(), json!({"schema": s.json(&cx, None, 0)})))
                        .collect::<Map<String, Value>>()
                        .into();
                }
                responses.insert(code, r);
            }
            operation.insert("responses".into(), Value::Object(responses));
            if let Some(security) = &op.security {
                let reqs: Vec<Value> = security
                    .iter()
                    .map(|i| {
                        if scheme_names.is_empty() || *i == 0 {
                            json!({})
                        } else {
                            json!({ scheme_names[*i as usize % scheme_names.len()].clone(): [] })
                        }
                    })
                    .collect();
                operation.insert("security".into(), Value::Array(reqs));
            }
            let method = ["get", "put", "post", "delete", "patch", "head", "options", "trace"][op.method as usize % 8];
            let item = paths.entry(template).or_insert_with(|| json!({}));
            item[method] = Value::Object(operation);
        }
        json!({
            "openapi": if self.oas31 { "3.1.0" } else { "3.0.3" },
            "info": {"title": self.title.get(), "version": "1"},
            "paths": paths,
            "components": {"schemas": schemas, "securitySchemes": schemes},
        })
    }
}

fuzz_target!(|doc: Doc| {
    let text = serde_json::to_string_pretty(&doc.json()).expect("a JSON value serializes");
    let spec = Spec::from_text("fuzz.json", text, &LoadOptions::default());
    match specgen::Generator::new().client(true).generate_spec(spec) {
        Ok(generated) => {
            assert!(!generated.code.is_empty());
        }
        Err(specgen::generate::Error::Spec { diagnostics, .. }) => {
            assert!(!diagnostics.iter().any(|d| d.code == "internal"), "{diagnostics:#?}");
            assert!(diagnostics.iter().all(|d| d.location.is_some() || d.code == "internal"), "{diagnostics:#?}");
        }
        Err(e) => panic!("{e}"),
    }
});
