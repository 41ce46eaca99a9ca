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
    async fn query_matrix(&self, _cx: rt::RequestContext, query: QueryMatrixQuery) -> QueryMatrixResponse {
        QueryMatrixResponse::Ok(echo(query))
    }

    async fn header_matrix(&self, _cx: rt::RequestContext, headers: HeaderMatrixHeaders) -> HeaderMatrixResponse {
        HeaderMatrixResponse::Ok(echo(headers))
    }

    async fn path_matrix(&self, _cx: rt::RequestContext, path: PathMatrixPath) -> PathMatrixResponse {
        PathMatrixResponse::Ok(echo(path))
    }

    async fn path_matrix_nullable(
        &self,
        _cx: rt::RequestContext,
        path: PathMatrixNullablePath,
    ) -> PathMatrixNullableResponse {
        PathMatrixNullableResponse::Ok(echo(path))
    }

    async fn styles(&self, _cx: rt::RequestContext, query: StylesQuery) -> StylesResponse {
        StylesResponse::Ok(echo(query))
    }

    async fn exploded_map(&self, _cx: rt::RequestContext, query: ExplodedMapQuery) -> ExplodedMapResponse {
        ExplodedMapResponse::Ok(echo(query))
    }

    async fn exploded_typed(&self, _cx: rt::RequestContext, query: ExplodedTypedQuery) -> ExplodedTypedResponse {
        ExplodedTypedResponse::Ok(echo(query))
    }

    async fn header_styles(&self, _cx: rt::RequestContext, headers: HeaderStylesHeaders) -> HeaderStylesResponse {
        HeaderStylesResponse::Ok(echo(headers))
    }

    async fn path_simple_style(&self, _cx: rt::RequestContext, path: PathSimpleStylePath) -> PathSimpleStyleResponse {
        PathSimpleStyleResponse::Ok(echo(path))
    }

    async fn path_label_style(&self, _cx: rt::RequestContext, path: PathLabelStylePath) -> PathLabelStyleResponse {
        PathLabelStyleResponse::Ok(echo(path))
    }

    async fn path_matrix_style(&self, _cx: rt::RequestContext, path: PathMatrixStylePath) -> PathMatrixStyleResponse {
        PathMatrixStyleResponse::Ok(echo(path))
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
        "map" => json!({"x": 1, "y": -2}),
        // Outside the query string an object's values cannot hold a comma (nor its nested list).
        "objTyped" if location != 'q' => json!({"n": 5, "flag": true, "s": "hello world"}),
        "objTyped" => json!({"n": 5, "flag": false, "s": "a, b|c d", "tags": ["x", "y,z"]}),
        "arrWord" => json!(["alpha", "beta gamma"]),
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
    Client::new(format!("http://{}", serve(router(Arc::new(Echo))).await)).expect("a valid base URL")
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
        "map",
        "ref",
        "union",
        "objTyped",
        "arrWord",
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
        let got = client.query_matrix(&query).await.expect("a response");
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
        let got = client.header_matrix(&headers).await.expect("a response");
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
    let got = client.path_matrix(&path).await.expect("a response");
    assert_eq!(unwrap_echo(got), sent);
    // A path parameter is never null (a route does not match an empty segment): nullable ones are
    // plain values.
    let names = matrix_names_of('p', &["null"]);
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let sent = values(&names, true);
    let path: PathMatrixNullablePath = typed(sent.clone());
    let got = client.path_matrix_nullable(&path).await.expect("a response");
    assert_eq!(unwrap_echo(got), sent);
}

/// The names make_params.py gives styled parameters: `{location}{shape}_{style}_{explode}`.
fn styled_names(prefix: &str, shapes: &[&str], styles: &[&str], explodes: &[bool]) -> Vec<String> {
    let mut out = Vec::new();
    for shape in shapes {
        for style in styles {
            for explode in explodes {
                let explode = if *explode { "exploded" } else { "joined" };
                out.push(format!("{prefix}{shape}_{style}_{explode}"));
            }
        }
    }
    out
}

/// A value for a styled parameter, by the shape in its name.
fn styled_values(names: &[String], location: char) -> Map<String, Value> {
    let prefix_len = usize::from(location != 'q');
    names
        .iter()
        .map(|name| {
            let shape = name
                .get(prefix_len..)
                .and_then(|n| n.split('_').next())
                .unwrap_or_default();
            (name.clone(), sample(shape, location))
        })
        .collect()
}

const ARRAYS: [&str; 5] = ["arrInt", "arrStr", "arrEnum", "arrArr", "arrNullItems"];
const OBJECTS: [&str; 3] = ["obj", "map", "objTyped"];

/// Every query style × explode OpenAPI defines, for arrays and objects (whose items and values hold
/// commas, pipes and spaces: each is encoded on its own), a reserved-character value, and a
/// `content`-encoded object, through the client and back.
#[tokio::test]
async fn query_styles_round_trip() {
    let client = client().await;
    let mut names = styled_names(
        "",
        &ARRAYS,
        &["form", "spaceDelimited", "pipeDelimited"],
        &[false, true],
    );
    names.extend(styled_names(
        "",
        &OBJECTS,
        &["form", "spaceDelimited", "pipeDelimited"],
        &[false],
    ));
    names.extend(styled_names("", &OBJECTS, &["deepObject"], &[true]));
    names.extend(styled_names("", &["obj"], &["form"], &[true]));
    let mut sent = styled_values(&names, 'q');
    sent.insert("str_form".into(), json!("a, b|c d"));
    sent.insert("str_reserved".into(), json!("a/b?c:d@e!$'()*;[]=&+#"));
    sent.insert("json_content".into(), sample("objTyped", 'q'));
    let query: StylesQuery = typed(sent.clone());
    let got = client.styles(&query).await.expect("a response");
    assert_eq!(unwrap_echo(got), sent);
    // Every parameter of the operation was sent.
    assert_eq!(names_of(&echo(&query)).len(), sent.len());
}

/// An exploded form object is the query pairs no other parameter names: a map takes every one, a
/// struct with a nullable and a list-valued property reads each by its type.
#[tokio::test]
async fn exploded_form_objects_round_trip() {
    let client = client().await;
    let sent = styled_values(&styled_names("", &["map"], &["form"], &[true]), 'q');
    let mut with_limit = sent.clone();
    with_limit.insert("limit".into(), json!(7));
    let query: ExplodedMapQuery = typed(with_limit.clone());
    let got = client.exploded_map(&query).await.expect("a response");
    assert_eq!(unwrap_echo(got), with_limit);

    let mut sent = styled_values(&styled_names("", &["objTyped"], &["form"], &[true]), 'q');
    sent.insert("objTyped_form_exploded".into(), json!({"n": -1, "s": null, "tags": []}));
    let query: ExplodedTypedQuery = typed(sent.clone());
    let got = client.exploded_typed(&query).await.expect("a response");
    assert_eq!(unwrap_echo(got), sent);
}

#[tokio::test]
async fn header_styles_round_trip() {
    let client = client().await;
    let names = styled_names(
        "h",
        &["arrInt", "arrWord", "obj", "map", "objTyped"],
        &["simple"],
        &[false, true],
    );
    let mut sent = styled_values(&names, 'h');
    sent.insert("hjson_content".into(), sample("objTyped", 'q'));
    let headers: HeaderStylesHeaders = typed(sent.clone());
    let got = client.header_styles(&headers).await.expect("a response");
    assert_eq!(unwrap_echo(got), sent);
}

/// `simple`, `label` and `matrix` path parameters, each exploded or not, of every shape.
#[tokio::test]
async fn path_styles_round_trip() {
    let client = client().await;
    let shapes = ["str", "int64", "arrInt", "arrWord", "obj", "map", "objTyped"];
    let values = |style: &str| styled_values(&styled_names("p", &shapes, &[style], &[false, true]), 'p');
    let sent = values("simple");
    let got = client
        .path_simple_style(&typed(sent.clone()))
        .await
        .expect("a response");
    assert_eq!(unwrap_echo(got), sent);
    let sent = values("label");
    let got = client.path_label_style(&typed(sent.clone())).await.expect("a response");
    assert_eq!(unwrap_echo(got), sent);
    let sent = values("matrix");
    let got = client
        .path_matrix_style(&typed(sent.clone()))
        .await
        .expect("a response");
    assert_eq!(unwrap_echo(got), sent);
}

/// The router reads what the spec's "Style Examples" table writes (not only what this client writes).
#[tokio::test]
async fn the_router_reads_the_spec_examples() {
    let addr = serve(router(Arc::new(Echo))).await;
    let get = |path: String| async move {
        let response = specgen_tests::http::request(addr, "GET", &path, &[], b"").await;
        assert_eq!(response.status, 200, "{path}: {}", response.text());
        response.json()
    };
    let query = "arrInt_spaceDelimited_joined=1%202&arrInt_pipeDelimited_joined=3|4&arrInt_form_joined=5,6\
                 &arrInt_form_exploded=7&arrInt_form_exploded=8&map_deepObject_exploded%5Bx%5D=9\
                 &obj_form_exploded=x&a=b&map_pipeDelimited_joined=k|10";
    let got = get(format!("/styles?{query}")).await;
    assert_eq!(got["arrInt_spaceDelimited_joined"], json!([1, 2]));
    assert_eq!(got["arrInt_pipeDelimited_joined"], json!([3, 4]));
    assert_eq!(got["arrInt_form_joined"], json!([5, 6]));
    assert_eq!(got["arrInt_form_exploded"], json!([7, 8]));
    assert_eq!(got["map_deepObject_exploded"], json!({"x": 9}));
    assert_eq!(got["map_pipeDelimited_joined"], json!({"k": 10}));
    assert_eq!(got["obj_form_exploded"], json!({"a": "b"}));
    let label = ".hello/.hello/.1/.1/.1,2/.1.2/.alpha/.alpha.beta/.a,x/.a=x/.x,1/.x=1/.n,5/.n=5";
    let got = get(format!("/path-label/{label}")).await;
    assert_eq!(got["parrInt_label_exploded"], json!([1, 2]));
    assert_eq!(got["pobj_label_exploded"], json!({"a": "x"}));
    let matrix = ";pstr_matrix_joined=hi/;pstr_matrix_exploded=hi/;pint64_matrix_joined=1/;pint64_matrix_exploded=1\
                  /;parrInt_matrix_joined=1,2/;parrInt_matrix_exploded=1;parrInt_matrix_exploded=2\
                  /;parrWord_matrix_joined=a/;parrWord_matrix_exploded=a/;pobj_matrix_joined=a,x/;a=x\
                  /;pmap_matrix_joined=x,1/;x=1/;pobjTyped_matrix_joined=n,5/;n=5";
    let got = get(format!("/path-matrix/{matrix}")).await;
    assert_eq!(got["parrInt_matrix_exploded"], json!([1, 2]));
    assert_eq!(got["pobj_matrix_exploded"], json!({"a": "x"}));
    assert_eq!(got["pmap_matrix_joined"], json!({"x": 1}));
    // A label parameter without its `.` is a 400 naming it.
    let bad = format!("/path-label/{}", label.trim_start_matches('.'));
    let response = specgen_tests::http::request(addr, "GET", &bad, &[], b"").await;
    assert_eq!(response.status, 400, "{}", response.text());
    assert_eq!(response.json()["errors"][0]["name"], "pstr_label_joined");
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

mod swagger2 {
    use super::*;
    use specgen_tests::fixtures::params2::{
        Client, FormatsHeaders, FormatsPath, FormatsQuery, FormatsResponse, Params2Api, router,
    };

    struct Echo2;

    impl Params2Api for Echo2 {
        async fn formats(
            &self,
            _cx: rt::RequestContext,
            path: FormatsPath,
            query: FormatsQuery,
            headers: FormatsHeaders,
        ) -> FormatsResponse {
            FormatsResponse::Ok(json!({"path": echo(path), "query": echo(query), "headers": echo(headers)}))
        }
    }

    /// Swagger 2.0's collectionFormats, converted to 3.0 styles by the loader, round-trip; `ssv`,
    /// `pipes` and `multi` are written as the 2.0 spec says (`tsv` has no 3.0 style: read as `csv`,
    /// which the loader warns about).
    #[tokio::test]
    async fn collection_formats_round_trip() {
        let addr = serve(router(Arc::new(Echo2))).await;
        let client = Client::new(format!("http://{addr}")).expect("a valid base URL");
        let items = json!([1, -2, 3]);
        let query = json!({"q_csv": items, "q_ssv": items, "q_tsv": items, "q_pipes": items, "q_multi": items, "q_plain": ["a b", "c,d"]});
        let path: FormatsPath = serde_json::from_value(json!({"p_csv": items})).expect("path");
        let headers: FormatsHeaders = serde_json::from_value(json!({"h_csv": items})).expect("headers");
        let q: FormatsQuery = serde_json::from_value(query.clone()).expect("query");
        let got = client.formats(&path, &q, &headers).await.expect("a response");
        assert_eq!(
            got,
            json!({"path": {"p_csv": items}, "query": query, "headers": {"h_csv": items}})
        );
        let raw = "/formats/1,2?q_ssv=1%202&q_pipes=1|2&q_multi=1&q_multi=2&q_csv=1,2";
        let response = specgen_tests::http::request(addr, "GET", raw, &[], b"").await;
        assert_eq!(response.status, 200, "{}", response.text());
        let got = response.json();
        for name in ["q_ssv", "q_pipes", "q_multi", "q_csv"] {
            assert_eq!(got["query"][name], json!([1, 2]), "{name}");
        }
    }
}
