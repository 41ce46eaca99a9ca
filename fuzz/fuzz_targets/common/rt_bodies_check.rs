//! The `rt_bodies` fuzz target's checks: arbitrary bytes as a request body, read as JSON into the
//! seed APIs' generated body types (`parse_json`, what the generated router calls) and as a form
//! (`parse_form`). Nothing may panic; a body that is read writes back and reads again as the same
//! value; a body that is refused is a 400 (not JSON) or a 422 (JSON that breaks the schema, with a
//! JSON pointer to where), and JSON is never a 400.
//!
//! Shared, not copied: `fuzz/fuzz_targets/rt_bodies.rs` runs it under libFuzzer and
//! `tests/tests/rt_fuzz_corpus.rs` replays `fuzz/corpus/rt_bodies/` through it on stable.

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::sync::OnceLock;

use generated::{digitalchalk as dc, smarterproctoring as sp};
use specgen_rt::axum::body::Bytes;
use specgen_rt::serde::{Serialize, de::DeserializeOwned};
use specgen_rt::{Problem, parse_form, parse_json, query_pairs};

pub fn run(data: &[u8]) {
    // Two readings of "JSON": the grammar alone (`IgnoredAny` checks no number's range, no string's
    // UTF-8 or escapes, no depth), and what serde_json can hold as a value. Between them lie numbers
    // past f64 (`1e400`), bad UTF-8 or lone surrogates in strings, nesting past 128 levels:
    // serde_json calls those syntax errors, so the router answers them 400 "not valid JSON". Known,
    // and allowed.
    let is_json = Json {
        grammar: serde_json::from_slice::<specgen_rt::serde::de::IgnoredAny>(data).is_ok(),
        value: serde_json::from_slice::<serde_json::Value>(data).is_ok(),
    };
    // The request body of the seed APIs (create and update course offering)...
    json::<sp::UpdateCourseOfferingRequest>(data, is_json);
    // ...and the bodies of their responses, which the same derives read.
    json::<sp::CourseOffering>(data, is_json);
    json::<sp::CourseOfferingList>(data, is_json);
    json::<sp::Error>(data, is_json);
    json::<sp::Problem>(data, is_json);
    json::<dc::Offering>(data, is_json);
    json::<dc::OfferingList>(data, is_json);
    json::<dc::OfferingCategoryList>(data, is_json);
    json::<dc::Errors>(data, is_json);
    json::<dc::Problem>(data, is_json);
    json::<Problem>(data, is_json);
    form(data);
}

#[derive(Clone, Copy)]
struct Json {
    grammar: bool,
    value: bool,
}

fn json<T: DeserializeOwned + Serialize + PartialEq + Debug>(data: &[u8], is_json: Json) {
    let name = std::any::type_name::<T>();
    match parse_json::<T>(data) {
        Ok(value) => {
            assert!(is_json.grammar, "{name} read from text that is not JSON");
            let written = serde_json::to_vec(&value).expect("a value read writes");
            let again = parse_json::<T>(&written)
                .unwrap_or_else(|p| panic!("{name}: {value:?} written as {written:?} does not read back: {p:?}"));
            assert_eq!(again, value, "{name} round trip");
        }
        Err(problem) => {
            if is_json.value {
                assert_eq!(problem.status, 422, "{name}: JSON refused as {problem:?}");
            }
            body_problem(&problem);
        }
    }
}

/// A body's problem: a 400 without items, or a 422 with one item that points into the body.
fn body_problem(problem: &Problem) {
    match problem.status {
        400 => assert!(problem.errors.is_empty(), "{problem:?}"),
        422 => {
            assert_eq!(problem.errors.len(), 1, "{problem:?}");
            for item in &problem.errors {
                assert_eq!(item.location, "body");
                assert!(item.name.is_empty() || item.name.starts_with('/'), "{item:?}");
            }
        }
        _ => panic!("a body refused with {problem:?}"),
    }
    let json = serde_json::to_string(problem).expect("a problem serializes");
    assert_eq!(serde_json::from_str::<Problem>(&json).ok().as_ref(), Some(problem));
}

fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a current-thread runtime")
    })
}

/// The body as `application/x-www-form-urlencoded`: into pairs, a map and the seed request type.
fn form(data: &[u8]) {
    let bytes = Bytes::copy_from_slice(data);
    let (pairs, map, request) = runtime().block_on(async {
        (
            parse_form::<Vec<(String, String)>>(bytes.clone()).await,
            parse_form::<BTreeMap<String, String>>(bytes.clone()).await,
            parse_form::<sp::UpdateCourseOfferingRequest>(bytes).await,
        )
    });
    for problem in [pairs.as_ref().err(), map.as_ref().err(), request.as_ref().err()]
        .into_iter()
        .flatten()
    {
        assert_eq!(problem.status, 422, "{problem:?}");
        body_problem(problem);
    }
    // Where the query-string reader accepts the text, the form reader reads the same pairs.
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(expected) = query_pairs(Some(text))
    {
        assert_eq!(pairs.as_ref().ok(), Some(&expected), "form {text:?}");
    }
    if let (Ok(pairs), Ok(map)) = (&pairs, &map) {
        for (k, _) in pairs {
            assert!(map.contains_key(k));
        }
    }
    if let Ok(request) = request {
        let pairs = pairs.expect("a body read as the request type reads as pairs");
        assert!(pairs.iter().any(|(k, v)| k == "title" && *v == request.title));
    }
}
