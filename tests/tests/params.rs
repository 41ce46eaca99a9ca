//! Parameters of every shape (location × required × nullable × type × style, `fixtures/generate/params.yaml`)
//! go from the generated client through a real socket on 127.0.0.1 to the generated router, whose
//! service echoes what it received: every value comes back unchanged, so the router reads exactly what
//! the client writes. Values are written as JSON keyed by wire name and read into the generated structs,
//! so each is also checked by the structs' own types.

use std::sync::Arc;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};
use specgen_tests::fixtures::params::*;
use specgen_tests::http::serve;

struct Echo;

fn echo<T: Serialize>(received: T) -> Value {
    serde_json::to_value(received).expect("parameters serialize")
}

impl ParamsApi for Echo {
    async fn query_matrix(&self, query: QueryMatrixQuery) -> QueryMatrixResponse {
        QueryMatrixResponse::Ok(echo(query))
    }

    async fn header_matrix(&self, headers: HeaderMatrixHeaders) -> HeaderMatrixResponse {
        HeaderMatrixResponse::Ok(echo(headers))
    }

    async fn path_matrix(&self, path: PathMatrixPath) -> PathMatrixResponse {
        PathMatrixResponse::Ok(echo(path))
    }

    async fn path_matrix_nullable(&self, path: PathMatrixNullablePath) -> PathMatrixNullableResponse {
        PathMatrixNullableResponse::Ok(echo(path))
    }

    async fn styles(&self, query: StylesQuery) -> StylesResponse {
        StylesResponse::Ok(echo(query))
    }
}

/// A value of each schema shape of make_params.py (by the shape part of the parameter's name). Strings
/// hold spaces and reserved characters, but no list separator and never nothing (an empty value is a
/// nullable parameter's null).
fn sample(shape: &str, location: char) -> Value {
    let text = if location == 'h' {
        "hello world"
    } else {
        "hello wörld/?&=#"
    };
    match shape {
        "str" => json!(text),
        "int32" => json!(-123),
        // Past 2^53: read as an integer, not through a float.
        "int64" => json!(9_007_199_254_740_993_i64),
        "num" => json!(1.5),
        "bool" => json!(true),
        "enum" => json!("b"),
        "enumNull" => json!("a"),
        "date" => json!("2024-02-29T12:34:56.789+05:30"),
        "bounded" => json!("abcde"),
        "pattern" => json!("abc"),
        "arrInt" => json!([1, -2, 3]),
        "arrStr" => json!(["x", "y.z"]),
        "arrNullItems" => json!([1, null, 3]),
        "arrArr" => json!([[1, 2], [], [3]]),
        "arrEnum" => json!(["y", "x"]),
        "arrChecked" => json!([7]),
        "obj" => json!({"a": text}),
        "ref" => json!("green"),
        "union" => json!("00000000-0000-4000-8000-000000000000"),
        other => panic!("no sample for shape `{other}`"),
    }
}

/// The parameters of one operation as JSON: every one (`full`), or only those that must have a value.
fn values(names: &[&str], full: bool) -> Map<String, Value> {
    let mut out = Map::new();
    for name in names {
        let parts: Vec<&str> = name.split('_').collect();
        let (location, shape, must) = match parts.as_slice() {
            [l, shape, presence, nullable] if l.len() == 1 => (
                l.chars().next().unwrap_or('q'),
                *shape,
                *presence == "req" && *nullable == "plain",
            ),
            [shape, ..] => ('q', *shape, false),
            [] => unreachable!(),
        };
        if full || must {
            out.insert((*name).to_owned(), sample(shape, location));
        }
    }
    out
}

/// The wire names of a parameter struct's fields, read from its serialization of a full value.
fn names_of(all: &Value) -> Vec<&str> {
    all.as_object().expect("an object").keys().map(String::as_str).collect()
}

fn typed<T: DeserializeOwned>(value: Map<String, Value>) -> T {
    serde_json::from_value(Value::Object(value.clone())).unwrap_or_else(|e| panic!("{e}: {value:#?}"))
}

async fn client() -> Client {
    Client::new(format!("http://{}", serve(router(Arc::new(Echo))).await))
}

/// Every parameter name of an operation, from make_params.py's naming scheme.
fn matrix_names(location: char) -> Vec<String> {
    matrix_names_of(location, &["plain", "null"])
}

fn matrix_names_of(location: char, nullables: &[&str]) -> Vec<String> {
    let shapes = [
        "str",
        "int32",
        "int64",
        "num",
        "bool",
        "enum",
        "enumNull",
        "date",
        "bounded",
        "pattern",
        "arrInt",
        "arrStr",
        "arrNullItems",
        "arrArr",
        "arrEnum",
        "arrChecked",
        "obj",
        "ref",
        "union",
    ];
    let mut out = Vec::new();
    for shape in shapes {
        let presences: &[&str] = if location == 'p' { &["req"] } else { &["req", "opt"] };
        for presence in presences {
            for nullable in nullables {
                out.push(format!("{location}_{shape}_{presence}_{nullable}"));
            }
        }
    }
    out
}

fn unwrap_echo(response: Value) -> Map<String, Value> {
    match response {
        Value::Object(map) => map,
        other => panic!("expected the echoed parameters, got {other}"),
    }
}

#[tokio::test]
async fn query_parameters_of_every_shape_round_trip() {
    let client = client().await;
    let names = matrix_names('q');
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    for full in [true, false] {
        let sent = values(&names, full);
        let query: QueryMatrixQuery = typed(sent.clone());
        let QueryMatrixResponse::Ok(got) = client.query_matrix(&query).await.expect("a response");
        assert_eq!(unwrap_echo(got), sent, "full: {full}");
    }
}

#[tokio::test]
async fn header_parameters_of_every_shape_round_trip() {
    let client = client().await;
    let names = matrix_names('h');
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    for full in [true, false] {
        let sent = values(&names, full);
        let headers: HeaderMatrixHeaders = typed(sent.clone());
        let HeaderMatrixResponse::Ok(got) = client.header_matrix(&headers).await.expect("a response");
        assert_eq!(unwrap_echo(got), sent, "full: {full}");
    }
}

#[tokio::test]
async fn path_parameters_of_every_shape_round_trip() {
    let client = client().await;
    let names = matrix_names_of('p', &["plain"]);
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let sent = values(&names, true);
    let path: PathMatrixPath = typed(sent.clone());
    let PathMatrixResponse::Ok(got) = client.path_matrix(&path).await.expect("a response");
    assert_eq!(unwrap_echo(got), sent);
    // A path parameter is never null (a route does not match an empty segment): nullable ones are
    // plain values.
    let names = matrix_names_of('p', &["null"]);
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let sent = values(&names, true);
    let path: PathMatrixNullablePath = typed(sent.clone());
    let PathMatrixNullableResponse::Ok(got) = client.path_matrix_nullable(&path).await.expect("a response");
    assert_eq!(unwrap_echo(got), sent);
}

#[tokio::test]
async fn list_styles_round_trip() {
    let client = client().await;
    let mut names = Vec::new();
    for shape in ["arrInt", "arrStr", "arrEnum", "arrArr", "arrNullItems"] {
        for style in [
            "form_joined",
            "form_exploded",
            "spaceDelimited_joined",
            "pipeDelimited_joined",
        ] {
            names.push(format!("{shape}_{style}"));
        }
    }
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let sent = values(&names, true);
    let query: StylesQuery = typed(sent.clone());
    let StylesResponse::Ok(got) = client.styles(&query).await.expect("a response");
    assert_eq!(unwrap_echo(got), sent);
    assert_eq!(names_of(&Value::Object(sent)).len(), names.len());
}

/// A required nullable parameter is null when sent empty, but must be sent; every missing required one is
/// named in the one 400.
#[tokio::test]
async fn nulls_and_missing_values() {
    let addr = serve(router(Arc::new(Echo))).await;
    let response = specgen_tests::http::request(addr, "GET", "/query?q_int32_req_null=", &[], b"").await;
    assert_eq!(response.status, 400, "{}", response.text());
    let problem = response.json();
    let named: Vec<&str> = problem["errors"]
        .as_array()
        .expect("the problems")
        .iter()
        .filter_map(|e| e["name"].as_str())
        .collect();
    let names = matrix_names('q');
    let missing: Vec<&str> = names
        .iter()
        .map(String::as_str)
        .filter(|n| n.contains("_req_") && *n != "q_int32_req_null")
        .collect();
    assert_eq!(named, missing, "{problem:#}");
}
