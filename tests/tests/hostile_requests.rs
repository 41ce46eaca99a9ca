//! A generated server under hostile requests, over a real socket on 127.0.0.1: huge bodies, deeply nested
//! JSON, long strings against patterns, floods of parameters. Each is answered with a problem, at a cost
//! bounded by the body limit (2 MiB) and linear-time pattern checks; nothing reaches the service unchecked
//! and nothing overflows the stack. (Times are not asserted; the tests finishing is the bound.) Patterns
//! that need backtracking, and their budget, are `backtracking_patterns.rs`'s.

use std::sync::Arc;

use specgen_tests::fixtures::hostile::*;
use specgen_tests::http::{request, serve};

struct Service;

impl HostileApi for Service {
    async fn echo(&self, _cx: rt::RequestContext, _path: EchoPath, _query: EchoQuery, body: Payload) -> EchoResponse {
        let mut depth = 0;
        let mut node = body.node.as_ref();
        while let Some(n) = node {
            depth += 1;
            node = n.child.as_deref();
        }
        let length = body.text.as_ref().map_or(0, |t| t.as_str().len()) as i64;
        EchoResponse::Ok(EchoOkBody {
            depth: Some(depth),
            length: Some(length),
        })
    }
}

const JSON: (&str, &str) = ("Content-Type", "application/json");

async fn post(path: &str, body: &[u8]) -> specgen_tests::http::Response {
    let addr = serve(router(Arc::new(Service))).await;
    request(addr, "POST", path, &[JSON], body).await
}

fn nested(depth: usize) -> String {
    format!("{}{}{}", r#"{"child": "#.repeat(depth), "{}", "}".repeat(depth))
}

#[tokio::test]
async fn deeply_nested_json_is_a_400_not_a_stack_overflow() {
    // Within serde_json's recursion limit, the recursive type reads and drops fine.
    let r = post("/echo/AB1", format!(r#"{{"node": {}}}"#, nested(100)).as_bytes()).await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["depth"], 101);
    // 100,000 levels (600 KB): refused as malformed, not followed.
    let r = post("/echo/AB1", format!(r#"{{"node": {}}}"#, nested(100_000)).as_bytes()).await;
    assert_eq!(r.status, 400, "{}", r.text());
    assert_eq!(r.header("content-type"), Some("application/problem+json"));
    assert!(r.text().contains("recursion limit"), "{}", r.text());
    // A million open brackets: the wrong shape at the first one (422), not read any deeper.
    let r = post("/echo/AB1", "[".repeat(1 << 20).as_bytes()).await;
    assert_eq!(r.status, 422, "{}", r.text());
}

/// An object body is a JSON object: an array (of anything, even of the object's properties) is refused,
/// at the body and at a nested object property.
#[tokio::test]
async fn an_array_is_no_object_body() {
    for body in [
        "[]",
        r#"["text"]"#,
        r#"[{"text": "a"}]"#,
        r#"{"node": []}"#,
        r#"{"node": {"child": [{}]}}"#,
    ] {
        let r = post("/echo/AB1", body.as_bytes()).await;
        assert_eq!(r.status, 422, "{body}: {}", r.text());
        assert!(r.text().contains("expected struct"), "{body}: {}", r.text());
    }
    let r = post("/echo/AB1", br#"{"node": {"child": {}}}"#).await;
    assert_eq!(r.status, 200, "{}", r.text());
}

#[tokio::test]
async fn long_strings_against_patterns_cost_linear_time() {
    // Just under the 2 MiB body limit: one long string that fails `^[a-z ]*$` at its last character,
    // and items against `(a|aa)+$`, the shape that makes backtracking engines exponential.
    let long = format!("{}!", "a".repeat((2 << 20) - 64));
    let r = post("/echo/AB1", format!(r#"{{"text": "{long}"}}"#).as_bytes()).await;
    assert_eq!(r.status, 422, "{}", r.text());
    let message = r.json()["errors"][0]["message"].as_str().unwrap().to_owned();
    assert!(message.len() < 200, "errors quote a bounded excerpt: {message}");
    let words = vec![format!("{}b", "a".repeat(40)); 10_000];
    let r = post(
        "/echo/AB1",
        serde_json::json!({ "words": words }).to_string().as_bytes(),
    )
    .await;
    assert_eq!(r.status, 422, "{}", r.text());
    let ok = "a".repeat((2 << 20) - 64);
    let r = post("/echo/AB1", format!(r#"{{"text": "{ok}"}}"#).as_bytes()).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["length"], (2 << 20) - 64);
}

#[tokio::test]
async fn oversized_bodies_are_413_without_being_read_whole() {
    let r = post("/echo/AB1", &vec![b'a'; 64 << 20]).await;
    assert_eq!(r.status, 413);
}

#[tokio::test]
async fn floods_of_parameters_are_bounded() {
    // A long path parameter against its pattern, and thousands of query values, each checked.
    let code = format!("AB{}", "1".repeat(60_000));
    let r = post(&format!("/echo/{code}x"), b"{}").await;
    assert_eq!(r.status, 400, "{}", r.text());
    let tags = vec!["ab"; 5_000].join("&tags=");
    let r = post(&format!("/echo/AB1?tags={tags}&tags=AB"), b"{}").await;
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("tags"), "{}", r.text());
}

/// Format checks read untrusted text without slicing it at byte offsets: a multi-byte character where
/// a digit belongs (`12:34:5é0`, once a panic in the handler that dropped the connection) is a 400.
#[tokio::test]
async fn format_checks_never_cut_a_character() {
    let addr = serve(router(Arc::new(Service))).await;
    for since in [
        "2024-01-01T12:34:5%C3%A90Z",
        "2024-01-01T12:34:%C3%A9%C3%A9Z",
        "2024-01-01T1%C3%A9:34:56Z",
        "2024-01-0%C3%A9T12:34:56Z",
        "2024-01-01%C3%A912:34:56Z",
        "2024-01-01T12:34:56%C3%A9",
        "2024-01-01T12:34:56+0%C3%A9:00",
        "%C3%A9%C3%A9%C3%A9%C3%A9%C3%A9%C3%A9",
    ] {
        let response = request(addr, "POST", &format!("/echo/AB1?since={since}"), &[JSON], b"{}").await;
        assert_eq!(response.status, 400, "{since}: {}", response.text());
        assert!(response.text().contains("date-time"), "{since}: {}", response.text());
    }
    let fine = request(
        addr,
        "POST",
        "/echo/AB1?since=2024-01-01T12:34:56.5%2B01:00",
        &[JSON],
        b"{}",
    )
    .await;
    assert_eq!(fine.status, 200, "{}", fine.text());
}

/// Every way of cutting a date, time or date-time after any byte, with multi-byte characters in every
/// position: the checks answer, and never panic.
#[test]
fn format_checks_answer_for_every_cut_and_character() {
    use specgen_tests::fixtures::hostile::rt;
    let valid = "2024-02-29T23:59:60.123+05:30";
    for (i, _) in valid.char_indices() {
        for c in ['é', '€', '𝟘', '\u{0}'] {
            let mut s = valid.to_owned();
            s.replace_range(i..i + 1, &c.to_string());
            for cut in 0..=s.len() {
                let Some(part) = s.get(..cut) else { continue };
                let _ = (rt::is_date_time(part), rt::is_time(part), rt::is_date(part));
                assert!(!rt::is_date_time(&s), "{s}");
            }
        }
    }
    assert!(rt::is_date_time(valid));
}
