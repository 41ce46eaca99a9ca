//! Patterns that need backtracking (issue #16) never stall: the linter, `specgen generate` and a
//! generated server each decide a hostile value within the runtime's backtracking budget or say it
//! could not be decided — a located warning, a `pattern` problem — in milliseconds.

use std::sync::Arc;
use std::time::{Duration, Instant};

use specgen::lint::{Config, lint_spec_with};
use specgen::load::{LoadOptions, Spec};
use specgen_tests::fixtures::hostile::*;
use specgen_tests::http::{request, serve};

const SPEC: &str = "openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Issue:
      type: string
      pattern: '^(?=a)(a+)+$'
      example: 'aaaaaaaaaaaaaaaaaaaaaaaaaa!'
    Nested:
      type: string
      pattern: '^((?=a)a+)+$'
      default: 'aaaaaaaaaaaaaaaaaaaaaaaaaa!'
";

#[test]
fn lint_decides_or_warns_at_the_value_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("api.yaml");
    std::fs::write(&path, SPEC).unwrap();
    let start = Instant::now();
    let linted = lint_spec_with(Spec::load(&path, &LoadOptions::default()).unwrap(), &Config::default());
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "lint took {:?}",
        start.elapsed()
    );
    let at = |pointer: &str| {
        linted
            .findings
            .iter()
            .filter(|d| d.location.as_ref().is_some_and(|l| l.pointer == pointer))
            .map(|d| (d.code, d.message.as_str()))
            .collect::<Vec<_>>()
    };
    // The issue's pattern is decided at once (the linear engine runs `(a+)+$`): a plain mismatch.
    let issue = at("/components/schemas/Issue/example");
    assert!(
        issue
            .iter()
            .any(|(code, m)| *code == "oas3-valid-schema-example" && m.contains("does not match the pattern")),
        "{issue:?}"
    );
    // Backtracking inside the nested quantifier exhausts the budget: a warning at the default, not a stall;
    // and, from the generator's plan, that the default it cannot check is not applied.
    let mut nested = at("/components/schemas/Nested/default");
    assert_eq!(nested.len(), 2, "{nested:?}");
    assert_eq!(nested[0].0, "default-not-applied", "{nested:?}");
    nested.swap(0, 1);
    assert_eq!(nested[0].0, "pattern-backtracking");
    assert!(
        nested[0]
            .1
            .contains("could not be decided within its budget of 20000 backtracking steps"),
        "{nested:?}"
    );
    let warning = linted
        .findings
        .iter()
        .find(|d| d.code == "pattern-backtracking")
        .unwrap();
    assert_eq!(warning.severity, specgen::Severity::Warning);
    // Each pattern is reported once although both the linter and the generator's plan find it.
    for schema in ["Issue", "Nested"] {
        let found = at(&format!("/components/schemas/{schema}/pattern"));
        assert_eq!(found.len(), 1, "{found:?}");
    }
}

#[test]
fn generate_warns_as_lint_does() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("api.yaml");
    std::fs::write(&path, SPEC).unwrap();
    let generated = specgen::Generator::new().generate(&path).unwrap();
    let warnings: Vec<_> = generated
        .warnings
        .iter()
        .filter(|d| d.code == "pattern-backtracking")
        .map(|d| d.location.as_ref().unwrap().pointer.clone())
        .collect();
    assert_eq!(
        warnings,
        [
            "/components/schemas/Issue/pattern",
            "/components/schemas/Nested/pattern"
        ]
    );
}

struct Service;

impl HostileApi for Service {
    async fn echo(&self, _cx: rt::RequestContext, _path: EchoPath, _query: EchoQuery, _body: Payload) -> EchoResponse {
        EchoResponse::Ok(EchoOkBody {
            depth: Some(0),
            length: Some(0),
        })
    }
}

const JSON: (&str, &str) = ("Content-Type", "application/json");

/// Two concurrent hostile requests (a body and a query parameter the budget cannot decide) get a
/// `pattern` problem within a second and do not hold up a normal request made meanwhile.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_values_are_refused_quickly_without_blocking_others() {
    let addr = serve(router(Arc::new(Service))).await;
    let hostile = "a".repeat(10_000) + "!";
    let body = serde_json::json!({ "nested": hostile, "issue": "aaaaaaaaaaaaaaaaaaaaaaaaaa!" }).to_string();
    let query = format!("/echo/AB1?guard={}%21", "a".repeat(26));
    let start = Instant::now();
    let by_body = tokio::spawn(async move { request(addr, "POST", "/echo/AB1", &[JSON], body.as_bytes()).await });
    let by_query = tokio::spawn(async move { request(addr, "POST", &query, &[JSON], b"{}").await });
    let normal = request(
        addr,
        "POST",
        "/echo/AB1",
        &[JSON],
        br#"{"nested": "aaaa", "issue": "aaa"}"#,
    )
    .await;
    assert_eq!(normal.status, 200, "{}", normal.text());
    let (by_body, by_query) = (by_body.await.unwrap(), by_query.await.unwrap());
    assert_eq!(
        by_query.json()["errors"][0]["constraint"],
        "pattern",
        "{}",
        by_query.text()
    );
    for r in [by_body, by_query] {
        assert!((400..500).contains(&r.status), "{} {}", r.status, r.text());
        let problem = r.json();
        let error = &problem["errors"][0];
        let message = error["message"].as_str().unwrap();
        // A parameter's problem names its constraint; a body's says it in the message (`... (pattern)`),
        // as serde carries only text.
        assert!(
            error["constraint"] == "pattern" || message.ends_with("(pattern)"),
            "{problem}"
        );
        assert!(message.contains("cannot be checked against the pattern"), "{problem}");
    }
    assert!(start.elapsed() < Duration::from_secs(1), "took {:?}", start.elapsed());
    // The issue's pattern on its 27-byte value: decided (no match), in milliseconds.
    let started = Instant::now();
    let r = request(
        addr,
        "POST",
        "/echo/AB1",
        &[JSON],
        br#"{"issue": "aaaaaaaaaaaaaaaaaaaaaaaaaa!"}"#,
    )
    .await;
    assert_eq!(r.status, 422, "{}", r.text());
    assert!(r.text().contains("does not match the pattern"), "{}", r.text());
    assert!(started.elapsed() < Duration::from_millis(500));
    // A pattern no budgeted engine can run refuses every value, saying why.
    let r = request(addr, "POST", "/echo/AB1", &[JSON], br#"{"huge": "abc"}"#).await;
    assert_eq!(r.status, 422, "{}", r.text());
    assert!(
        r.text().contains("no budgeted regex engine can run the pattern"),
        "{}",
        r.text()
    );
}
