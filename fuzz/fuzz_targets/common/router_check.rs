//! The `router` fuzz target's checks: arbitrary requests through both seed APIs' generated routers
//! (`generated::digitalchalk`, `generated::smarterproctoring`), called in-process, with a service
//! that answers each operation with one of the responses the spec documents for it.
//!
//! Per request: no panic; when the service answered, the status is one its operation documents;
//! when the router answered by itself (the service was not called), the status is one of the
//! router's own (400, 401, 404, 405, 413, 415, 422; never 500) and, for a path with an operation
//! for the method, one that operation documents (404 only for a path no operation has, 405 only for
//! a method the path does not have); the answer is `application/problem+json` with a body that reads
//! as `specgen_rt::Problem` of the same status, and a 401 carries `WWW-Authenticate`.
//!
//! The input is a small text request, so that seeds can be written by hand:
//!
//! ```text
//! METHOD TARGET [PICK]
//! name: value
//! ...
//!
//! body
//! ```
//!
//! `TARGET` is the path and query; bytes 0x01 to 0x0b in it stand for segments of the specs' paths
//! (see `SEGMENTS`), bytes a URI may not hold are percent-encoded. `PICK` (a number) chooses which
//! documented response the service gives. Header lines that are not a valid header are skipped.
//!
//! Shared, not copied: `fuzz/fuzz_targets/router.rs` runs it under libFuzzer and
//! `tests/tests/rt_fuzz_corpus.rs` replays `fuzz/corpus/router/` through it on stable.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use generated::{digitalchalk as dc, smarterproctoring as sp};
use specgen_rt::axum::body::Body;
use specgen_rt::axum::extract::{MatchedPath, Request};
use specgen_rt::axum::http::{HeaderName, HeaderValue, Method, Uri, header};
use specgen_rt::axum::middleware::{self, Next};
use specgen_rt::axum::response::Response;
use specgen_rt::axum::{Router, handler::Handler as _, routing::any_service};
use specgen_rt::serde::de::DeserializeOwned;

/// What the bytes 0x01 to 0x0b of a target stand for: the literal segments of both specs' paths and
/// valid values of their path parameters.
const SEGMENTS: [&str; 11] = [
    "/dc/api/v5",
    "/offerings",
    "/offeringcategories",
    "/56701a2d2f926674acede4d1ce880692",
    "/v1/installs",
    "/AI1234567890abcdef1234567890abcdef",
    "/courseOfferings",
    "/CO1234567890abcdef1234567890abcdef",
    "/",
    "?limit=10&offset=0",
    "?sortKeys=title,createdDate&sortOrder=asc",
];

/// One operation of a seed API, with the statuses its spec documents.
struct Operation {
    id: &'static str,
    method: &'static str,
    route: &'static str,
    statuses: &'static [u16],
    /// Whether it takes a body (only those may answer 413, 415 and 422 by themselves).
    body: bool,
}

/// The operations of both specs (specs/digitalchalk.yaml, specs/smarterproctoring.yaml): their
/// routes as the router matches them, and their documented statuses.
const OPERATIONS: &[Operation] = &[
    Operation {
        id: "listOfferings",
        method: "GET",
        route: "/dc/api/v5/offerings",
        statuses: &[200, 400, 401, 405],
        body: false,
    },
    Operation {
        id: "getOffering",
        method: "GET",
        route: "/dc/api/v5/offerings/{id}",
        statuses: &[200, 400, 401, 404, 405],
        body: false,
    },
    Operation {
        id: "listOfferingCategories",
        method: "GET",
        route: "/dc/api/v5/offeringcategories",
        statuses: &[200, 400, 401, 405],
        body: false,
    },
    Operation {
        id: "getOfferingCategory",
        method: "GET",
        route: "/dc/api/v5/offeringcategories/{id}",
        statuses: &[200, 400, 401, 404, 405],
        body: false,
    },
    Operation {
        id: "listCourseOfferings",
        method: "GET",
        route: "/v1/installs/{installSid}/courseOfferings",
        statuses: &[200, 400, 401, 403, 404, 405],
        body: false,
    },
    Operation {
        id: "createCourseOffering",
        method: "POST",
        route: "/v1/installs/{installSid}/courseOfferings",
        statuses: &[201, 400, 401, 403, 404, 405, 413, 415, 422],
        body: true,
    },
    Operation {
        id: "getCourseOffering",
        method: "GET",
        route: "/v1/installs/{installSid}/courseOfferings/{offeringSid}",
        statuses: &[200, 400, 401, 403, 404, 405],
        body: false,
    },
    Operation {
        id: "updateCourseOffering",
        method: "PUT",
        route: "/v1/installs/{installSid}/courseOfferings/{offeringSid}",
        statuses: &[200, 400, 401, 403, 404, 405, 413, 415, 422],
        body: true,
    },
    Operation {
        id: "deleteCourseOffering",
        method: "DELETE",
        route: "/v1/installs/{installSid}/courseOfferings/{offeringSid}",
        statuses: &[204, 400, 401, 403, 404, 405],
        body: false,
    },
];

/// The statuses the generated router answers by itself (generator/src/emit/server.rs and
/// specgen-rt's server module); its 500 (`internal_error`, a state it should never reach) is in
/// neither spec, so it is a failure.
const ROUTER_STATUSES: [u16; 7] = [400, 401, 404, 405, 413, 415, 422];

pub fn run(data: &[u8]) {
    let Some(request) = parse(data) else {
        return;
    };
    let harness = harness();
    for (api, app) in [
        ("digitalchalk", &harness.digitalchalk),
        ("smarterproctoring", &harness.smarterproctoring),
    ] {
        harness.service.pick.store(request.pick, Ordering::Relaxed);
        *harness.service.called.lock().unwrap_or_else(PoisonError::into_inner) = None;
        let (status, headers, body, matched) = harness.runtime.block_on(async {
            let response = any_service(app.clone()).call(request.build(), ()).await;
            let matched = response.extensions().get::<Matched>().map(|m| m.0.clone());
            let (parts, body) = response.into_parts();
            let body = specgen_rt::axum::body::to_bytes(body, usize::MAX)
                .await
                .expect("a readable body");
            (parts.status.as_u16(), parts.headers, body, matched)
        });
        let called = harness
            .service
            .called
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        let what = format!(
            "{api}: {} {} -> {status} (route {matched:?}, service {called:?}) {}",
            request.method,
            request.uri,
            String::from_utf8_lossy(&body)
        );
        let method = request.method.as_str();
        let operation = matched.as_deref().and_then(|route| {
            OPERATIONS
                .iter()
                .find(|o| o.route == route && (o.method == method || (method == "HEAD" && o.method == "GET")))
        });
        if let Some(called) = called {
            // The service answered: the operation the router chose, a status it documents.
            let operation = operation.unwrap_or_else(|| panic!("{what}: the service ran for no operation"));
            assert_eq!(operation.id, called, "{what}: the service ran for another operation");
            assert!(operation.statuses.contains(&status), "{what}: undocumented status");
            if !body.is_empty() {
                assert!(
                    serde_json::from_slice::<serde_json::Value>(&body).is_ok(),
                    "{what}: not JSON"
                );
            }
            continue;
        }
        // The router answered by itself.
        assert!(
            ROUTER_STATUSES.contains(&status),
            "{what}: not a status the router sends by itself"
        );
        match (&matched, operation) {
            (None, _) => assert_eq!(status, 404, "{what}: no route, so 404"),
            (Some(_), None) => assert_eq!(status, 405, "{what}: no operation for the method, so 405"),
            (Some(_), Some(operation)) => {
                assert!(operation.statuses.contains(&status), "{what}: undocumented status");
                assert!(
                    operation.body || !matches!(status, 413 | 415 | 422),
                    "{what}: a body status for an operation without a body"
                );
            }
        }
        let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok());
        assert_eq!(content_type, Some("application/problem+json"), "{what}");
        if status == 401 {
            assert!(
                headers.contains_key(header::WWW_AUTHENTICATE),
                "{what}: a 401 without a challenge"
            );
        }
        if request.method != Method::HEAD {
            let problem: specgen_rt::Problem =
                serde_json::from_slice(&body).unwrap_or_else(|e| panic!("{what}: the body is not a Problem: {e}"));
            assert_eq!(problem.status, status, "{what}");
        }
    }
}

/// A request read from the fuzz input.
struct Input {
    method: Method,
    uri: Uri,
    headers: Vec<(HeaderName, HeaderValue)>,
    body: Vec<u8>,
    pick: usize,
}

impl Input {
    fn build(&self) -> Request {
        let mut request = Request::new(Body::from(self.body.clone()));
        *request.method_mut() = self.method.clone();
        *request.uri_mut() = self.uri.clone();
        for (name, value) in &self.headers {
            request.headers_mut().append(name.clone(), value.clone());
        }
        request
    }
}

fn parse(data: &[u8]) -> Option<Input> {
    let (head, body) = match find(data, b"\n\n") {
        Some(at) => (data.get(..at)?, data.get(at + 2..)?),
        None => (data, &[][..]),
    };
    let mut lines = head.split(|&b| b == b'\n');
    let mut words = lines.next()?.split(|&b| b == b' ');
    let method = Method::from_bytes(words.next()?).ok()?;
    let target = words.next().unwrap_or(b"/");
    let pick = words
        .next()
        .and_then(|w| std::str::from_utf8(w).ok())
        .and_then(|w| w.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|line| {
            let at = line.iter().position(|&b| b == b':')?;
            let name = HeaderName::from_bytes(line.get(..at)?).ok()?;
            let value = line.get(at + 1..)?;
            let value = value.strip_prefix(b" ").unwrap_or(value);
            Some((name, HeaderValue::from_bytes(value).ok()?))
        })
        .collect();
    Some(Input {
        method,
        uri: uri(target),
        headers,
        body: body.to_vec(),
        pick,
    })
}

fn find(data: &[u8], needle: &[u8]) -> Option<usize> {
    data.windows(needle.len()).position(|w| w == needle)
}

/// The target as a URI: segment bytes expanded, what a URI may not hold percent-encoded (more of
/// it when `http` refuses the lighter encoding).
fn uri(target: &[u8]) -> Uri {
    let mut expanded = Vec::new();
    for &b in target {
        match SEGMENTS.get(usize::from(b).wrapping_sub(1)) {
            Some(segment) => expanded.extend_from_slice(segment.as_bytes()),
            None => expanded.push(b),
        }
    }
    if !expanded.starts_with(b"/") {
        expanded.insert(0, b'/');
    }
    // `?` stays: the first one starts the query, later ones are part of it.
    let encode = |keep: &dyn Fn(u8) -> bool| {
        let mut out = String::new();
        for &b in &expanded {
            if keep(b) || b == b'?' {
                out.push(char::from(b));
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        out
    };
    let light = encode(&|b| b.is_ascii_graphic() && b != b'#');
    light.parse().unwrap_or_else(|_| {
        let strict = encode(&|b| b.is_ascii_alphanumeric() || b"/?=&%-._~+,;:@".contains(&b));
        strict.parse().unwrap_or_else(|e| panic!("{strict:?} is no URI: {e}"))
    })
}

/// The matched route, as the router saw it, carried to the response.
#[derive(Clone)]
struct Matched(String);

async fn record_route(request: Request, next: Next) -> Response {
    let matched = request
        .extensions()
        .get::<MatchedPath>()
        .map(|m| Matched(m.as_str().to_owned()));
    let mut response = next.run(request).await;
    if let Some(matched) = matched {
        response.extensions_mut().insert(matched);
    }
    response
}

struct Harness {
    runtime: tokio::runtime::Runtime,
    service: Arc<Service>,
    digitalchalk: Router,
    smarterproctoring: Router,
}

fn harness() -> &'static Harness {
    static HARNESS: OnceLock<Harness> = OnceLock::new();
    HARNESS.get_or_init(|| {
        let service = Arc::new(Service::default());
        Harness {
            runtime: tokio::runtime::Builder::new_current_thread()
                .build()
                .expect("a current-thread runtime"),
            digitalchalk: dc::router(service.clone()).layer(middleware::from_fn(record_route)),
            smarterproctoring: sp::router(service.clone()).layer(middleware::from_fn(record_route)),
            service,
        }
    })
}

/// Answers every operation of both APIs with one of its documented responses, chosen by `pick`, and
/// records which operation ran.
#[derive(Default)]
struct Service {
    pick: AtomicUsize,
    called: Mutex<Option<&'static str>>,
}

impl Service {
    /// Records the operation; which of its `count` responses to give.
    fn answer(&self, operation: &'static str, count: usize) -> usize {
        let mut called = self.called.lock().unwrap_or_else(PoisonError::into_inner);
        assert_eq!(*called, None, "two operations ran for one request");
        *called = Some(operation);
        self.pick.load(Ordering::Relaxed) % count
    }
}

fn example<T: DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"))
}

const PROBLEM: &str = r#"{"type": "about:blank", "title": "from the service", "status": 405, "detail": "x"}"#;
const DC_ERRORS: &str = r#"{"errors": ["from the service"], "fieldErrors": {"id": "unknown"}}"#;
const DC_OFFERING: &str = r#"{"id": "56701a2d2f926674acede4d1ce880692", "title": "T", "price": 500.0,
    "createdDate": "2011-02-01T00:02:12Z", "offeringCategoryIds": ["7822fec62f926674acede4d1c87ea25f"]}"#;
const DC_CATEGORY: &str = r##"{"id": "7822fec62f926674acede4d1c87ea25f", "name": "N", "color": "#336699"}"##;
const SP_ERROR: &str = r#"{"code": "RESOURCENOTFOUND", "message": "from the service", "status": 404}"#;
const SP_OFFERING: &str = r#"{"sid": "CO1234567890abcdef1234567890abcdef", "title": "Fall 2024",
    "matchStrings": ["Fall 2024", "FA24"], "startDate": null}"#;

fn dc_unauthorized() -> (dc::Errors, dc::UnauthorizedHeaders) {
    let headers = dc::UnauthorizedHeaders {
        www_authenticate: Some(r#"Bearer error="invalid_token""#.into()),
    };
    (example(DC_ERRORS), headers)
}

fn sp_unauthorized() -> (sp::Error, sp::MissingTokenHeaders) {
    let headers = sp::MissingTokenHeaders {
        www_authenticate: Some(r#"ApiKey name="token""#.into()),
    };
    (example(SP_ERROR), headers)
}

impl dc::DigitalChalkApi for Service {
    type Principal = ();

    /// Any token: what the responses look like is fuzzed, not who may see them.
    async fn authenticate_bearer(
        &self,
        _: dc::Bearer,
        _: &[&str],
        _: &dc::rt::RequestContext,
    ) -> Result<(), dc::rt::AuthError> {
        Ok(())
    }

    async fn list_offerings(
        &self,
        _: dc::rt::RequestContext,
        _: (),
        _: dc::ListOfferingsQuery,
    ) -> dc::ListOfferingsResponse {
        use dc::ListOfferingsResponse as R;
        match self.answer("listOfferings", 4) {
            0 => R::Ok(example(&format!(r#"{{"results": [{DC_OFFERING}], "next": null}}"#))),
            1 => R::BadRequest(example(DC_ERRORS)),
            2 => {
                let (body, headers) = dc_unauthorized();
                R::Unauthorized { body, headers }
            }
            _ => R::MethodNotAllowed(example(PROBLEM)),
        }
    }

    async fn get_offering(&self, _: dc::rt::RequestContext, _: (), _: dc::GetOfferingPath) -> dc::GetOfferingResponse {
        use dc::GetOfferingResponse as R;
        match self.answer("getOffering", 5) {
            0 => R::Ok(example(DC_OFFERING)),
            1 => R::BadRequest(example(DC_ERRORS)),
            2 => {
                let (body, headers) = dc_unauthorized();
                R::Unauthorized { body, headers }
            }
            3 => R::NotFound(example(DC_ERRORS)),
            _ => R::MethodNotAllowed(example(PROBLEM)),
        }
    }

    async fn list_offering_categories(
        &self,
        _: dc::rt::RequestContext,
        _: (),
        _: dc::ListOfferingCategoriesQuery,
    ) -> dc::ListOfferingCategoriesResponse {
        use dc::ListOfferingCategoriesResponse as R;
        match self.answer("listOfferingCategories", 4) {
            0 => R::Ok(example(&format!(r#"{{"results": [{DC_CATEGORY}]}}"#))),
            1 => R::BadRequest(example(DC_ERRORS)),
            2 => {
                let (body, headers) = dc_unauthorized();
                R::Unauthorized { body, headers }
            }
            _ => R::MethodNotAllowed(example(PROBLEM)),
        }
    }

    async fn get_offering_category(
        &self,
        _: dc::rt::RequestContext,
        _: (),
        _: dc::GetOfferingCategoryPath,
    ) -> dc::GetOfferingCategoryResponse {
        use dc::GetOfferingCategoryResponse as R;
        match self.answer("getOfferingCategory", 5) {
            0 => R::Ok(example(DC_CATEGORY)),
            1 => R::BadRequest(example(DC_ERRORS)),
            2 => {
                let (body, headers) = dc_unauthorized();
                R::Unauthorized { body, headers }
            }
            3 => R::NotFound(example(DC_ERRORS)),
            _ => R::MethodNotAllowed(example(PROBLEM)),
        }
    }
}

impl sp::SmarterProctoringApi for Service {
    type Principal = ();

    /// Any token, as for DigitalChalk.
    async fn authenticate_token(
        &self,
        _: sp::Token,
        _: &[&str],
        _: &sp::rt::RequestContext,
    ) -> Result<(), sp::rt::AuthError> {
        Ok(())
    }

    async fn list_course_offerings(
        &self,
        _: sp::rt::RequestContext,
        _: (),
        _: sp::CourseOfferingsPath,
        _: sp::ListCourseOfferingsQuery,
    ) -> sp::ListCourseOfferingsResponse {
        use sp::ListCourseOfferingsResponse as R;
        match self.answer("listCourseOfferings", 6) {
            0 => R::Ok(example(&format!(
                r#"{{"total": 1, "count": 1, "offset": 0, "first": null, "next": null, "prev": null,
                    "last": null, "results": [{SP_OFFERING}]}}"#
            ))),
            1 => R::BadRequest(example(SP_ERROR)),
            2 => {
                let (body, headers) = sp_unauthorized();
                R::Unauthorized { body, headers }
            }
            3 => R::Forbidden(example(SP_ERROR)),
            4 => R::NotFound(example(SP_ERROR)),
            _ => R::MethodNotAllowed(example(PROBLEM)),
        }
    }

    async fn create_course_offering(
        &self,
        _: sp::rt::RequestContext,
        _: (),
        _: sp::CourseOfferingsPath,
        _: sp::UpdateCourseOfferingRequest,
    ) -> sp::CreateCourseOfferingResponse {
        use sp::CreateCourseOfferingResponse as R;
        match self.answer("createCourseOffering", 9) {
            0 => R::Created(example(SP_OFFERING)),
            1 => R::BadRequest(example(SP_ERROR)),
            2 => {
                let (body, headers) = sp_unauthorized();
                R::Unauthorized { body, headers }
            }
            3 => R::Forbidden(example(SP_ERROR)),
            4 => R::NotFound(example(SP_ERROR)),
            5 => R::MethodNotAllowed(example(PROBLEM)),
            6 => R::PayloadTooLarge(example(PROBLEM)),
            7 => R::UnsupportedMediaType(example(PROBLEM)),
            _ => R::UnprocessableEntity(example(PROBLEM)),
        }
    }

    async fn get_course_offering(
        &self,
        _: sp::rt::RequestContext,
        _: (),
        _: sp::CourseOfferingsOfferingSidPath,
    ) -> sp::GetCourseOfferingResponse {
        use sp::GetCourseOfferingResponse as R;
        match self.answer("getCourseOffering", 6) {
            0 => R::Ok(example(SP_OFFERING)),
            1 => R::BadRequest(example(SP_ERROR)),
            2 => {
                let (body, headers) = sp_unauthorized();
                R::Unauthorized { body, headers }
            }
            3 => R::Forbidden(example(SP_ERROR)),
            4 => R::NotFound(example(SP_ERROR)),
            _ => R::MethodNotAllowed(example(PROBLEM)),
        }
    }

    async fn update_course_offering(
        &self,
        _: sp::rt::RequestContext,
        _: (),
        _: sp::CourseOfferingsOfferingSidPath,
        _: sp::UpdateCourseOfferingRequest,
    ) -> sp::UpdateCourseOfferingResponse {
        use sp::UpdateCourseOfferingResponse as R;
        match self.answer("updateCourseOffering", 9) {
            0 => R::Ok(example(SP_OFFERING)),
            1 => R::BadRequest(example(SP_ERROR)),
            2 => {
                let (body, headers) = sp_unauthorized();
                R::Unauthorized { body, headers }
            }
            3 => R::Forbidden(example(SP_ERROR)),
            4 => R::NotFound(example(SP_ERROR)),
            5 => R::MethodNotAllowed(example(PROBLEM)),
            6 => R::PayloadTooLarge(example(PROBLEM)),
            7 => R::UnsupportedMediaType(example(PROBLEM)),
            _ => R::UnprocessableEntity(example(PROBLEM)),
        }
    }

    async fn delete_course_offering(
        &self,
        _: sp::rt::RequestContext,
        _: (),
        _: sp::CourseOfferingsOfferingSidPath,
    ) -> sp::DeleteCourseOfferingResponse {
        use sp::DeleteCourseOfferingResponse as R;
        match self.answer("deleteCourseOffering", 6) {
            0 => R::NoContent,
            1 => R::BadRequest(example(SP_ERROR)),
            2 => {
                let (body, headers) = sp_unauthorized();
                R::Unauthorized { body, headers }
            }
            3 => R::Forbidden(example(SP_ERROR)),
            4 => R::NotFound(example(SP_ERROR)),
            _ => R::MethodNotAllowed(example(PROBLEM)),
        }
    }
}
