//! Authentication hooks and the request context over a real socket on 127.0.0.1, in a server set up as
//! `generated/examples/auth_context_server.rs` is: the generated router inside tower-http's request-id
//! and trace layers, served with the peer's address (`into_make_service_with_connect_info`).
//!
//! The spec (`tests/fixtures/generate/auth.yaml`) has every shape of `security`: OAuth2 scopes,
//! alternatives tried in order, optional security, two schemes required together, none, and one naming
//! a scheme that is not defined.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use axum::http::{HeaderValue, Request};
use serde_json::{Value, json};
use specgen_tests::fixtures::auth::*;
use specgen_tests::http::{Response, request_from};
use tower_http::request_id::{MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

/// Who a request comes from, with the scopes the hook was asked for.
#[derive(Debug)]
struct Caller {
    scheme: &'static str,
    name: String,
    required: Vec<String>,
}

impl std::fmt::Display for Caller {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{} {:?}", self.scheme, self.name, self.required)
    }
}

/// OAuth tokens and the scopes each grants; API keys; and every hook call, in order.
#[derive(Default)]
struct Service {
    calls: Mutex<Vec<String>>,
}

const TOKENS: &[(&str, &[&str])] = &[
    ("reader", &["notes.read"]),
    ("writer", &["notes.read", "notes.write"]),
    ("root", &["notes.read", "admin"]),
];

impl Service {
    fn called(&self, call: String) {
        self.calls.lock().unwrap_or_else(|p| p.into_inner()).push(call);
    }

    fn calls(&self) -> Vec<String> {
        std::mem::take(&mut *self.calls.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

/// What a method saw: the principal and the request's context.
fn seen(cx: &rt::RequestContext, principal: Option<&Caller>, note: &str) -> Seen {
    Seen {
        principal: Some(principal.map(Caller::to_string)),
        request_id: Some(
            cx.extension::<RequestId>()
                .and_then(|id| id.header_value().to_str().ok())
                .map(str::to_owned),
        ),
        peer: Some(cx.peer_addr().map(|a| a.to_string())),
        // A header the spec does not name.
        user_agent: Some(
            cx.headers()
                .get("user-agent")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
        ),
        method: Some(cx.method().to_string()),
        path: Some(cx.uri().path().to_owned()),
        note: Some(note.to_owned()),
    }
}

impl AuthFixtureApi for Service {
    type Principal = Caller;

    async fn authenticate_oauth(
        &self,
        credential: Oauth,
        scopes: &[&str],
        cx: &rt::RequestContext,
    ) -> Result<Caller, rt::AuthError> {
        self.called(format!("oauth {} {scopes:?} {}", credential.0, cx.uri().path()));
        if credential.0 == "expired" {
            return Err(rt::AuthError::unauthorized("the token expired at noon"));
        }
        let Some((_, granted)) = TOKENS.iter().find(|(t, _)| *t == credential.0) else {
            return Err(rt::AuthError::unauthorized("unknown token").with_challenge(r#"Bearer error="invalid_token""#));
        };
        if let Some(missing) = scopes.iter().find(|s| !granted.contains(s)) {
            return Err(rt::AuthError::forbidden(format!("the token lacks scope `{missing}`")));
        }
        Ok(Caller {
            scheme: "oauth",
            name: credential.0,
            required: scopes.iter().map(|s| (*s).to_owned()).collect(),
        })
    }

    async fn authenticate_key(
        &self,
        credential: Key,
        scopes: &[&str],
        _cx: &rt::RequestContext,
    ) -> Result<Caller, rt::AuthError> {
        self.called(format!("key {} {scopes:?}", credential.0));
        match credential.0.as_str() {
            "k1" => Ok(Caller {
                scheme: "key",
                name: credential.0,
                required: Vec::new(),
            }),
            "revoked" => Err(rt::AuthError::forbidden("the key was revoked")),
            _ => Err(rt::AuthError::unauthorized("unknown key")),
        }
    }

    async fn whoami(&self, cx: rt::RequestContext, principal: Caller) -> WhoamiResponse {
        WhoamiResponse::Ok(seen(&cx, Some(&principal), "whoami"))
    }

    async fn add_note(&self, cx: rt::RequestContext, principal: Caller, body: AddNoteRequest) -> AddNoteResponse {
        AddNoteResponse::Created(seen(&cx, Some(&principal), body.text.as_str()))
    }

    async fn public_notes(&self, cx: rt::RequestContext, principal: Option<Caller>) -> PublicNotesResponse {
        PublicNotesResponse::Ok(seen(&cx, principal.as_ref(), "public"))
    }

    async fn admin(&self, cx: rt::RequestContext, principal: Caller) -> AdminResponse {
        AdminResponse::Ok(seen(&cx, Some(&principal), "admin"))
    }

    async fn health(&self, cx: rt::RequestContext) -> HealthResponse {
        HealthResponse::Ok(seen(&cx, None, "health"))
    }

    async fn broken(&self, _cx: rt::RequestContext) -> BrokenResponse {
        self.called("broken".to_owned());
        BrokenResponse::NoContent
    }
}

/// Request ids `req-1`, `req-2`, ...
#[derive(Clone, Default)]
struct Counter(Arc<AtomicU64>);

impl MakeRequestId for Counter {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        let n = self.0.fetch_add(1, Ordering::Relaxed) + 1;
        HeaderValue::from_str(&format!("req-{n}")).ok().map(RequestId::new)
    }
}

/// The service on 127.0.0.1 behind the middleware, with connection info.
async fn serve(service: Arc<Service>) -> SocketAddr {
    let app = router(service)
        .layer(TraceLayer::new_for_http())
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(Counter::default()));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await;
    });
    addr
}

async fn get(addr: SocketAddr, path: &str, headers: &[(&str, &str)]) -> (SocketAddr, Response) {
    request_from(addr, "GET", path, headers, b"").await
}

/// A problem+json response's status, detail and `WWW-Authenticate`.
fn problem(r: &Response) -> (u16, String, Option<&str>) {
    assert_eq!(r.header("content-type"), Some("application/problem+json"), "{r:?}");
    let body = r.json();
    assert_eq!(body["status"], json!(r.status), "{body}");
    (
        r.status,
        body["detail"].as_str().unwrap_or_default().to_owned(),
        r.header("www-authenticate"),
    )
}

#[tokio::test]
async fn a_missing_credential_is_401_without_calling_a_hook() {
    let service = Arc::new(Service::default());
    let addr = serve(service.clone()).await;
    let (_, r) = get(addr, "/whoami", &[]).await;
    let (status, detail, challenge) = problem(&r);
    assert_eq!(status, 401);
    assert!(detail.contains("a bearer token or the `X-Api-Key` header"), "{detail}");
    assert_eq!(challenge, Some("Bearer"), "the first scheme's challenge");
    // A credential of a scheme the operation does not take is no credential.
    let (_, r) = get(addr, "/notes", &[("X-Api-Key", "k1")]).await;
    assert_eq!(r.status, 405, "POST only: {r:?}");
    let (_, r) = request_from(addr, "POST", "/notes", &[("X-Api-Key", "k1")], b"{}").await;
    assert_eq!(problem(&r).0, 401);
    assert_eq!(service.calls(), Vec::<String>::new());
}

#[tokio::test]
async fn the_hooks_401_and_403_are_problem_json_with_their_detail() {
    let service = Arc::new(Service::default());
    let addr = serve(service.clone()).await;
    let (_, r) = get(addr, "/whoami", &[("Authorization", "Bearer expired")]).await;
    assert_eq!(
        problem(&r),
        (401, "the token expired at noon".to_owned(), Some("Bearer"))
    );
    let (_, r) = get(addr, "/whoami", &[("Authorization", "Bearer nobody")]).await;
    assert_eq!(
        problem(&r),
        (401, "unknown token".to_owned(), Some(r#"Bearer error="invalid_token""#))
    );
    let (_, r) = get(addr, "/whoami", &[("X-Api-Key", "nope")]).await;
    assert_eq!(
        problem(&r),
        (401, "unknown key".to_owned(), Some(r#"ApiKey name="X-Api-Key""#)),
        "the challenge of the scheme whose hook refused"
    );
    let (_, r) = get(addr, "/whoami", &[("X-Api-Key", "revoked")]).await;
    assert_eq!(problem(&r), (403, "the key was revoked".to_owned(), None));
    // The hook runs before the body is read or checked: a refused writer learns nothing of it.
    let (_, r) = request_from(
        addr,
        "POST",
        "/notes",
        &[("Authorization", "Bearer reader")],
        b"not json",
    )
    .await;
    assert_eq!(
        problem(&r),
        (403, "the token lacks scope `notes.write`".to_owned(), None)
    );
}

#[tokio::test]
async fn the_principal_the_scopes_and_the_context_reach_the_method() {
    let service = Arc::new(Service::default());
    let addr = serve(service.clone()).await;
    let headers = [
        ("Authorization", "Bearer writer"),
        ("Content-Type", "application/json"),
        ("User-Agent", "auth-context-test"),
    ];
    let (from, r) = request_from(addr, "POST", "/notes", &headers, br#"{"text": "hello"}"#).await;
    assert_eq!(r.status, 201, "{r:?}");
    let body = r.json();
    assert_eq!(
        body["principal"],
        json!(r#"oauth:writer ["notes.write", "notes.read"]"#)
    );
    assert_eq!(body["note"], json!("hello"));
    assert_eq!(body["method"], json!("POST"));
    assert_eq!(body["path"], json!("/notes"));
    assert_eq!(body["userAgent"], json!("auth-context-test"));
    // The request id the middleware set, as the method saw it and as the response carries it.
    let id = body["requestId"].as_str().expect("a request id").to_owned();
    assert!(id.starts_with("req-"), "{id}");
    assert_eq!(r.header("x-request-id"), Some(id.as_str()));
    // The peer is this test's end of the connection.
    assert_eq!(body["peer"], json!(from.to_string()));
    assert_eq!(
        service.calls(),
        [r#"oauth writer ["notes.write", "notes.read"] /notes"#]
    );

    // A request id the client sent is kept.
    let (_, r) = get(
        addr,
        "/whoami",
        &[("Authorization", "Bearer reader"), ("X-Request-Id", "client-7")],
    )
    .await;
    assert_eq!(r.json()["requestId"], json!("client-7"));
    assert_eq!(r.json()["principal"], json!(r#"oauth:reader ["notes.read"]"#));
    service.calls();

    // No security: the context alone.
    let (from, r) = get(addr, "/health", &[]).await;
    let body: Value = r.json();
    assert_eq!(body["principal"], Value::Null);
    assert_eq!(body["peer"], json!(from.to_string()));
    assert_eq!(service.calls(), Vec::<String>::new());
}

#[tokio::test]
async fn alternatives_are_tried_in_the_spec_order() {
    let service = Arc::new(Service::default());
    let addr = serve(service.clone()).await;
    // `security: [{oauth: [notes.read]}, {key: []}]`: the first credential present is the one
    // authenticated, the other is not looked at.
    let both = [("Authorization", "Bearer reader"), ("X-Api-Key", "k1")];
    let (_, r) = get(addr, "/whoami", &both).await;
    assert_eq!(r.json()["principal"], json!(r#"oauth:reader ["notes.read"]"#));
    assert_eq!(service.calls(), [r#"oauth reader ["notes.read"] /whoami"#]);
    let (_, r) = get(addr, "/whoami", &[("X-Api-Key", "k1")]).await;
    assert_eq!(r.json()["principal"], json!("key:k1 []"));
    assert_eq!(service.calls(), ["key k1 []"]);
    // A refused first credential is the answer, even when a later one would be accepted.
    let (_, r) = get(
        addr,
        "/whoami",
        &[("Authorization", "Bearer expired"), ("X-Api-Key", "k1")],
    )
    .await;
    assert_eq!(problem(&r).0, 401);
    assert_eq!(service.calls(), [r#"oauth expired ["notes.read"] /whoami"#]);
}

#[tokio::test]
async fn optional_security_gives_none_and_still_authenticates_a_credential() {
    let service = Arc::new(Service::default());
    let addr = serve(service.clone()).await;
    let (_, r) = get(addr, "/public", &[]).await;
    assert_eq!(r.status, 200, "{r:?}");
    assert_eq!(r.json()["principal"], Value::Null);
    let (_, r) = get(addr, "/public", &[("X-Api-Key", "k1")]).await;
    assert_eq!(r.json()["principal"], json!("key:k1 []"));
    // A credential that is present is checked: a bad one is refused, not read as anonymous.
    let (_, r) = get(addr, "/public", &[("X-Api-Key", "nope")]).await;
    assert_eq!(problem(&r).0, 401);
    assert_eq!(service.calls(), ["key k1 []", "key nope []"]);
}

#[tokio::test]
async fn schemes_required_together_are_all_authenticated() {
    let service = Arc::new(Service::default());
    let addr = serve(service.clone()).await;
    // `security: [{key: [], oauth: [admin]}]`: both must be present and accepted; the method gets the
    // first scheme's principal.
    let (_, r) = get(addr, "/admin", &[("X-Api-Key", "k1")]).await;
    assert_eq!(problem(&r).0, 401, "one of two is not enough");
    assert_eq!(service.calls(), Vec::<String>::new());
    let (_, r) = get(addr, "/admin", &[("X-Api-Key", "k1"), ("Authorization", "Bearer root")]).await;
    assert_eq!(r.json()["principal"], json!("key:k1 []"));
    assert_eq!(service.calls(), ["key k1 []", r#"oauth root ["admin"] /admin"#]);
    let (_, r) = get(
        addr,
        "/admin",
        &[("X-Api-Key", "k1"), ("Authorization", "Bearer reader")],
    )
    .await;
    assert_eq!(problem(&r), (403, "the token lacks scope `admin`".to_owned(), None));
}

#[tokio::test]
async fn security_naming_an_undefined_scheme_is_never_met() {
    let service = Arc::new(Service::default());
    let addr = serve(service.clone()).await;
    for headers in [&[][..], &[("X-Api-Key", "k1"), ("Authorization", "Bearer root")][..]] {
        let (_, r) = get(addr, "/broken", headers).await;
        assert_eq!(problem(&r).0, 401, "{r:?}");
    }
    assert_eq!(
        service.calls(),
        Vec::<String>::new(),
        "neither a hook nor the method ran"
    );
}
