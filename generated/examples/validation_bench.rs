//! What request validation costs. Serves the seed `PUT .../courseOfferings/{offeringSid}` twice with the
//! same business logic: through the generated router (credentials, path patterns, body schema all
//! checked) and through a plain axum handler that reads the same JSON with no check at all.
//!
//! `cargo run --release -p generated --example validation_bench -- --validated 127.0.0.1:18080 --raw 127.0.0.1:18081`
//! Load it with `bench/validation_cost.sh` (wrk on loopback).
//!
//! `validation_bench --calls N --only validated|raw` instead sends N requests through one of the two
//! routers in this process (no socket, no HTTP parsing) and exits: a fixed amount of work whose
//! instruction count callgrind measures reliably on a busy machine (`bench/validation_instructions.sh`).

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::Path;
use axum::routing::put;
use generated::smarterproctoring::*;

/// The business logic both servers share: the updated offering as the response.
fn offering(
    sid: String,
    title: String,
    match_strings: &str,
    start: Option<String>,
    end: Option<String>,
) -> CourseOffering {
    CourseOffering {
        sid: Some(Some(sid)),
        title: Some(Some(title)),
        match_strings: Some(Some(match_strings.split(',').map(str::to_owned).collect())),
        start_date: Some(start),
        end_date: Some(end),
        last_activity_date: None,
        created_date: None,
        edit_date: None,
    }
}

struct Validated;

impl SmarterProctoringApi for Validated {
    type Principal = ();

    /// Any token (the raw server checks none); the router still answers 401 when none came.
    async fn authenticate_token(
        &self,
        _credential: Token,
        _scopes: &[&str],
        _cx: &rt::RequestContext,
    ) -> Result<(), rt::AuthError> {
        Ok(())
    }

    async fn update_course_offering(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        path: CourseOfferingsOfferingSidPath,
        body: UpdateCourseOfferingRequest,
    ) -> UpdateCourseOfferingResponse {
        let start = body.start_date.flatten().map(String::from);
        let end = body.end_date.flatten().map(String::from);
        UpdateCourseOfferingResponse::Ok(offering(
            path.offering_sid.into_inner(),
            body.title,
            &body.match_strings,
            start,
            end,
        ))
    }

    // Only the update is measured. The other operations hold no data here, so they answer as for
    // an install this server does not have: the spec's 404 `RESOURCENOTFOUND`.
    async fn list_course_offerings(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        _path: CourseOfferingsPath,
        _query: ListCourseOfferingsQuery,
    ) -> ListCourseOfferingsResponse {
        ListCourseOfferingsResponse::NotFound(not_found())
    }

    async fn create_course_offering(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        _path: CourseOfferingsPath,
        _body: UpdateCourseOfferingRequest,
    ) -> CreateCourseOfferingResponse {
        CreateCourseOfferingResponse::NotFound(not_found())
    }

    async fn get_course_offering(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        _path: CourseOfferingsOfferingSidPath,
    ) -> GetCourseOfferingResponse {
        GetCourseOfferingResponse::NotFound(not_found())
    }

    async fn delete_course_offering(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        _path: CourseOfferingsOfferingSidPath,
    ) -> DeleteCourseOfferingResponse {
        DeleteCourseOfferingResponse::NotFound(not_found())
    }
}

fn not_found() -> Error {
    Error {
        code: Some("RESOURCENOTFOUND".into()),
        message: Some("Install not found.".into()),
        status: Some(404),
    }
}

/// The same body with no constraint: plain strings, nothing checked.
#[derive(serde::Deserialize)]
struct RawBody {
    title: String,
    #[serde(rename = "matchStrings")]
    match_strings: String,
    #[serde(rename = "startDate", default)]
    start_date: Option<String>,
    #[serde(rename = "endDate", default)]
    end_date: Option<String>,
}

async fn raw(
    Path((_install, offering_sid)): Path<(String, String)>,
    axum::Json(body): axum::Json<RawBody>,
) -> axum::Json<CourseOffering> {
    axum::Json(offering(
        offering_sid,
        body.title,
        &body.match_strings,
        body.start_date,
        body.end_date,
    ))
}

fn arg<T: std::str::FromStr>(args: &[String], name: &str) -> Option<T> {
    let i = args.iter().position(|a| a == name)?;
    args.get(i + 1)?.parse().ok()
}

const PATH: &str = "/v1/installs/AI1234567890abcdef1234567890abcdef/courseOfferings/CO1234567890abcdef1234567890abcdef";
const BODY: &str = r#"{"title": "Fall 2024", "matchStrings": "Fall 2024,FA24", "startDate": "1970-01-01T00:00:00.000Z", "endDate": "1970-01-01T00:00:00.000Z"}"#;

/// The request wrk sends (bench/validation_cost.sh), built anew for each call as hyper would.
fn request() -> axum::extract::Request {
    axum::http::Request::put(PATH)
        .header("content-type", "application/json")
        .header("token", "secret")
        .body(axum::body::Body::from(BODY))
        .expect("a valid request")
}

/// Sends `calls` requests through `app` in this process, each answered and its body read.
async fn calls(mut app: axum::Router, calls: usize) {
    use tower_service::Service as _;
    for _ in 0..calls {
        let response = app.call(request()).await.expect("the router is infallible");
        assert_eq!(response.status(), 200, "the measured request must succeed");
        let body = axum::body::to_bytes(response.into_body(), usize::MAX).await;
        std::hint::black_box(body.expect("a readable body"));
    }
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = "/v1/installs/{installSid}/courseOfferings/{offeringSid}";
    let raw_app = axum::Router::new().route(path, put(raw));
    let validated_app = router(Arc::new(Validated));
    if let Some(n) = arg::<usize>(&args, "--calls") {
        match arg::<String>(&args, "--only").as_deref() {
            Some("validated") => calls(validated_app, n).await,
            Some("raw") => calls(raw_app, n).await,
            _ => {
                eprintln!("usage: validation_bench --calls N --only validated|raw");
                std::process::exit(2);
            }
        }
        return;
    }
    let (Some(validated), Some(unchecked)) = (
        arg::<SocketAddr>(&args, "--validated"),
        arg::<SocketAddr>(&args, "--raw"),
    ) else {
        eprintln!("usage: validation_bench --validated ADDR --raw ADDR | --calls N --only validated|raw");
        std::process::exit(2);
    };
    let (a, b) = match (
        tokio::net::TcpListener::bind(validated).await,
        tokio::net::TcpListener::bind(unchecked).await,
    ) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("cannot listen: {e}");
            std::process::exit(2);
        }
    };
    eprintln!("validated on {validated}, unchecked on {unchecked}");
    let serve_validated = tokio::spawn(async move { axum::serve(a, validated_app).await });
    let serve_raw = tokio::spawn(async move { axum::serve(b, raw_app).await });
    let _ = tokio::join!(serve_validated, serve_raw);
}
