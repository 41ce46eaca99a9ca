//! Authentication and the request context in a server with middleware: the generated DigitalChalk
//! router inside tower-http's request-id and trace layers, served with the peer's address.
//!
//! - One `authenticate_bearer` method turns a token into the `User` every method receives; an
//!   unknown token is a 401 (problem+json, with RFC 6750's challenge) before any method runs, and a
//!   request without a token is answered 401 by the router without asking.
//! - Each method gets a `rt::RequestContext`: here it reads the request id the middleware set and the
//!   peer's address, for an audit line per answered operation.
//!
//! `cargo run -p generated --example auth_context_server -- 127.0.0.1:8082`, then
//! `curl -i -H 'Authorization: Bearer alice-token' http://127.0.0.1:8082/dc/api/v5/offerings`

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use axum::http::{HeaderValue, Request};
use generated::digitalchalk::{
    Bearer, DigitalChalkApi, Errors, GetOfferingCategoryPath, GetOfferingCategoryResponse, GetOfferingPath,
    GetOfferingResponse, ListOfferingCategoriesQuery, ListOfferingCategoriesResponse, ListOfferingsQuery,
    ListOfferingsResponse, OfferingCategoryList, OfferingList, router, rt,
};
use tower_http::request_id::{MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

/// Who a request comes from: the user its bearer token belongs to.
#[derive(Clone, Debug, PartialEq)]
struct User {
    name: String,
}

/// One line per answered operation: who asked, from where, under which request id.
#[derive(Clone, Debug, PartialEq)]
struct Audit {
    request_id: Option<String>,
    peer: Option<SocketAddr>,
    user: String,
    operation: &'static str,
}

struct Service {
    users: HashMap<&'static str, User>,
    audit: Mutex<Vec<Audit>>,
}

impl Service {
    /// Two demo users (a real service asks its identity provider).
    fn demo() -> Service {
        let user = |name: &str| User { name: name.to_owned() };
        Service {
            users: HashMap::from([("alice-token", user("alice")), ("bob-token", user("bob"))]),
            audit: Mutex::new(Vec::new()),
        }
    }

    /// Records who answered what, with what the middleware and the server know of the request.
    fn record(&self, cx: &rt::RequestContext, user: &User, operation: &'static str) {
        let entry = Audit {
            request_id: cx
                .extension::<RequestId>()
                .and_then(|id| id.header_value().to_str().ok())
                .map(str::to_owned),
            peer: cx.peer_addr(),
            user: user.name.clone(),
            operation,
        };
        eprintln!("{entry:?}");
        self.audit.lock().unwrap_or_else(|p| p.into_inner()).push(entry);
    }
}

fn not_found() -> Errors {
    Errors {
        errors: Some(vec!["No resource exists with the given id.".into()]),
        field_errors: None,
    }
}

impl DigitalChalkApi for Service {
    type Principal = User;

    async fn authenticate_bearer(
        &self,
        credential: Bearer,
        _scopes: &[&str],
        _cx: &rt::RequestContext,
    ) -> Result<User, rt::AuthError> {
        self.users.get(credential.0.as_str()).cloned().ok_or_else(|| {
            rt::AuthError::unauthorized("the token is unknown or expired")
                .with_challenge(r#"Bearer error="invalid_token""#)
        })
    }

    async fn list_offerings(
        &self,
        cx: rt::RequestContext,
        user: User,
        _query: ListOfferingsQuery,
    ) -> ListOfferingsResponse {
        self.record(&cx, &user, "listOfferings");
        ListOfferingsResponse::Ok(OfferingList {
            results: Vec::new(),
            next: None,
            prev: None,
        })
    }

    async fn get_offering(&self, cx: rt::RequestContext, user: User, _path: GetOfferingPath) -> GetOfferingResponse {
        self.record(&cx, &user, "getOffering");
        GetOfferingResponse::NotFound(not_found())
    }

    async fn list_offering_categories(
        &self,
        cx: rt::RequestContext,
        user: User,
        _query: ListOfferingCategoriesQuery,
    ) -> ListOfferingCategoriesResponse {
        self.record(&cx, &user, "listOfferingCategories");
        ListOfferingCategoriesResponse::Ok(OfferingCategoryList {
            results: Vec::new(),
            next: None,
            prev: None,
        })
    }

    async fn get_offering_category(
        &self,
        cx: rt::RequestContext,
        user: User,
        _path: GetOfferingCategoryPath,
    ) -> GetOfferingCategoryResponse {
        self.record(&cx, &user, "getOfferingCategory");
        GetOfferingCategoryResponse::NotFound(not_found())
    }
}

/// Request ids `1`, `2`, ... (tower-http's `MakeRequestUuid` makes UUIDs instead).
#[derive(Clone, Default)]
struct Counter(Arc<AtomicU64>);

impl MakeRequestId for Counter {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        let n = self.0.fetch_add(1, Ordering::Relaxed) + 1;
        Some(RequestId::new(HeaderValue::from(n)))
    }
}

/// The generated router inside the middleware. The last layer added runs first: the request id is
/// set (unless the client sent one), copied to the response, and a trace span opened, before the
/// router authenticates and calls a method.
fn app(service: Arc<Service>) -> axum::Router {
    router(service)
        .layer(TraceLayer::new_for_http())
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(Counter::default()))
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let listen = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:8082".to_owned());
    let listener = tokio::net::TcpListener::bind(&listen).await?;
    eprintln!(
        "auth_context_server: listening on http://{} (tokens: alice-token, bob-token)",
        listener.local_addr()?
    );
    // With connection info, `cx.peer_addr()` is the client's address.
    let app = app(Arc::new(Service::demo())).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app).await
}

#[cfg(test)]
mod tests {
    //! The example as a client meets it, over 127.0.0.1. `tests/tests/auth_context.rs` covers every
    //! shape of `security` in the same setup.

    use super::*;

    async fn serve(service: Arc<Service>) -> SocketAddr {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let app = app(service).into_make_service_with_connect_info::<SocketAddr>();
        tokio::spawn(async move { axum::serve(listener, app).await });
        addr
    }

    #[tokio::test]
    async fn the_user_request_id_and_peer_reach_the_method() {
        let service = Arc::new(Service::demo());
        let addr = serve(service.clone()).await;
        let http = reqwest::Client::new();
        let url = format!("http://{addr}/dc/api/v5/offerings");
        let ok = http.get(&url).bearer_auth("alice-token").send().await.unwrap();
        assert_eq!(ok.status(), 200);
        assert_eq!(ok.headers()["x-request-id"], "1");
        let audit = service.audit.lock().unwrap().clone();
        let [entry] = audit.as_slice() else { panic!("{audit:?}") };
        assert_eq!(
            (entry.request_id.as_deref(), entry.user.as_str(), entry.operation),
            (Some("1"), "alice", "listOfferings")
        );
        let peer = entry.peer.expect("connection info");
        assert!(peer.ip().is_loopback() && peer.port() != addr.port(), "{peer}");

        // No token: the router's 401; an unknown one: the hook's. Neither reaches a method.
        let none = http.get(&url).send().await.unwrap();
        assert_eq!(none.status(), 401);
        assert_eq!(none.headers()["www-authenticate"], "Bearer");
        let wrong = http.get(&url).bearer_auth("mallory").send().await.unwrap();
        assert_eq!(wrong.status(), 401);
        assert_eq!(wrong.headers()["www-authenticate"], r#"Bearer error="invalid_token""#);
        assert_eq!(wrong.headers()["content-type"], "application/problem+json");
        let problem: rt::Problem = serde_json::from_slice(&wrong.bytes().await.unwrap()).unwrap();
        assert_eq!(problem.detail, "the token is unknown or expired");
        assert_eq!(service.audit.lock().unwrap().len(), 1);
    }
}
