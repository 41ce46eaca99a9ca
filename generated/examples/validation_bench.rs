//! What request validation costs. Serves the seed `PUT .../courseOfferings/{offeringSid}` twice with the
//! same business logic: through the generated router (credentials, path patterns, body schema all
//! checked) and through a plain axum handler that reads the same JSON with no check at all.
//!
//! `cargo run --release -p generated --example validation_bench -- --validated 127.0.0.1:18080 --raw 127.0.0.1:18081`
//! Load it with `bench/validation_cost.sh` (wrk on loopback).

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
    async fn update_course_offering(
        &self,
        _auth: Token,
        path: UpdateCourseOfferingPath,
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
        _auth: Token,
        _path: ListCourseOfferingsPath,
        _query: ListCourseOfferingsQuery,
    ) -> ListCourseOfferingsResponse {
        ListCourseOfferingsResponse::NotFound(not_found())
    }

    async fn create_course_offering(
        &self,
        _auth: Token,
        _path: CreateCourseOfferingPath,
        _body: UpdateCourseOfferingRequest,
    ) -> CreateCourseOfferingResponse {
        CreateCourseOfferingResponse::NotFound(not_found())
    }

    async fn get_course_offering(&self, _auth: Token, _path: GetCourseOfferingPath) -> GetCourseOfferingResponse {
        GetCourseOfferingResponse::NotFound(not_found())
    }

    async fn delete_course_offering(
        &self,
        _auth: Token,
        _path: DeleteCourseOfferingPath,
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

fn arg(args: &[String], name: &str) -> Option<SocketAddr> {
    let i = args.iter().position(|a| a == name)?;
    args.get(i + 1)?.parse().ok()
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(validated), Some(unchecked)) = (arg(&args, "--validated"), arg(&args, "--raw")) else {
        eprintln!("usage: validation_bench --validated ADDR --raw ADDR");
        std::process::exit(2);
    };
    let path = "/v1/installs/{installSid}/courseOfferings/{offeringSid}";
    let raw_app = axum::Router::new().route(path, put(raw));
    let validated_app = router(Arc::new(Validated));
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
