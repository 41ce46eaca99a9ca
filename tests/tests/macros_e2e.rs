//! Services written with `#[specgen_macros::handlers]` serve their specs over a real socket on
//! 127.0.0.1 and answer valid and invalid requests as the specs say.

use specgen_tests::http::{Response, request, serve};

mod api {
    specgen_macros::generate!("../specs/smarterproctoring.yaml");
}
mod pets {
    specgen_macros::generate!("macros/specs/pets.yaml");
}

use api::*;

/// The seed spec's service: only the business logic is written here. It keeps the offerings it
/// created, by SID; the update echoes what it was sent.
#[derive(Default)]
struct Offerings {
    created: std::sync::Mutex<Vec<CourseOffering>>,
}

fn error(code: &str, message: &str, status: i64) -> Error {
    Error {
        code: Some(code.to_owned()),
        message: Some(message.to_owned()),
        status: Some(status),
    }
}

fn forbidden() -> Error {
    error("AUTHENTICATIONFAILED", "Token is invalid or expired.", 403)
}

fn not_found() -> Error {
    error("RESOURCENOTFOUND", "Course offering not found.", 404)
}

fn offering(sid: String, body: UpdateCourseOfferingRequest) -> CourseOffering {
    let date = |d: Option<Option<UpdateCourseOfferingRequestStartDate>>| d.map(|d| d.map(|d| d.into_inner()));
    CourseOffering {
        sid: Some(Some(sid)),
        title: Some(Some(body.title)),
        match_strings: Some(Some(body.match_strings.split(',').map(str::to_owned).collect())),
        start_date: date(body.start_date),
        end_date: body.end_date.map(|d| d.map(|d| d.into_inner())),
        last_activity_date: None,
        created_date: None,
        edit_date: None,
    }
}

impl Offerings {
    fn store(&self) -> std::sync::MutexGuard<'_, Vec<CourseOffering>> {
        // A panic while the lock was held leaves whole offerings behind: the data is usable.
        self.created.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn position(store: &[CourseOffering], sid: &OfferingSid) -> Option<usize> {
        store
            .iter()
            .position(|o| o.sid.as_ref().and_then(Option::as_deref) == Some(sid.as_str()))
    }
}

#[specgen_macros::handlers(spec = "../specs/smarterproctoring.yaml")]
impl SmarterProctoringApi for Offerings {
    type Principal = ();

    async fn authenticate_token(
        &self,
        credential: Token,
        _scopes: &[&str],
        _cx: &rt::RequestContext,
    ) -> Result<(), rt::AuthError> {
        if credential.0 == "valid-token" {
            return Ok(());
        }
        Err(rt::AuthError::forbidden("unknown token").with_response(rt::json(403, "application/json", &forbidden())))
    }

    async fn list_course_offerings(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        _path: CourseOfferingsPath,
        query: ListCourseOfferingsQuery,
    ) -> ListCourseOfferingsResponse {
        let store = self.store();
        let offset = query.offset.map_or(0, |o| o.get());
        let results: Vec<CourseOffering> = store
            .iter()
            .skip(usize::try_from(offset).unwrap_or(usize::MAX))
            .take(
                query
                    .limit
                    .map_or(usize::MAX, |l| usize::try_from(l.get()).unwrap_or(usize::MAX)),
            )
            .cloned()
            .collect();
        ListCourseOfferingsResponse::Ok(CourseOfferingList {
            total: i32::try_from(store.len()).unwrap_or(i32::MAX),
            count: i32::try_from(results.len()).unwrap_or(i32::MAX),
            offset,
            first: None,
            next: None,
            prev: None,
            last: None,
            results,
        })
    }

    async fn create_course_offering(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        _path: CourseOfferingsPath,
        body: UpdateCourseOfferingRequest,
    ) -> CreateCourseOfferingResponse {
        let mut store = self.store();
        let created = offering(format!("CO{:032x}", store.len() + 1), body);
        store.push(created.clone());
        CreateCourseOfferingResponse::Created(created)
    }

    async fn get_course_offering(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        path: CourseOfferingsOfferingSidPath,
    ) -> GetCourseOfferingResponse {
        let store = self.store();
        match Self::position(&store, &path.offering_sid) {
            Some(i) => GetCourseOfferingResponse::Ok(store[i].clone()),
            None => GetCourseOfferingResponse::NotFound(not_found()),
        }
    }

    async fn update_course_offering(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        path: CourseOfferingsOfferingSidPath,
        body: UpdateCourseOfferingRequest,
    ) -> UpdateCourseOfferingResponse {
        UpdateCourseOfferingResponse::Ok(offering(path.offering_sid.into_inner(), body))
    }

    async fn delete_course_offering(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        path: CourseOfferingsOfferingSidPath,
    ) -> DeleteCourseOfferingResponse {
        let mut store = self.store();
        match Self::position(&store, &path.offering_sid) {
            Some(i) => {
                store.remove(i);
                DeleteCourseOfferingResponse::NoContent
            }
            None => DeleteCourseOfferingResponse::NotFound(not_found()),
        }
    }
}

/// A service that implements one operation of three and lets the others answer 501.
struct Pets;

#[specgen_macros::handlers(spec = "macros/specs/pets.yaml", not_implemented)]
impl pets::PetStoreApi for Pets {
    async fn list_pets(&self, _cx: rt::RequestContext, query: pets::ListPetsQuery) -> pets::ListPetsResponse {
        let count = query.limit.map_or(1, |l| l.get());
        let pet = |id| pets::Pet {
            id,
            name: "Rex".parse().expect("a valid name"),
        };
        pets::ListPetsResponse::Ok((1..=count).map(pet).collect())
    }
}

const INSTALL: &str = "AI1234567890abcdef1234567890abcdef";
const OFFERING: &str = "CO1234567890abcdef1234567890abcdef";
const BODY: &str = r#"{"title":"Fall 2024","matchStrings":"Fall 2024,FA24","startDate":"1970-01-01T00:00:00.000Z"}"#;

fn offering_path(install: &str) -> String {
    format!("/v1/installs/{install}/courseOfferings/{OFFERING}")
}

async fn put(addr: std::net::SocketAddr, install: &str, headers: &[(&str, &str)], body: &str) -> Response {
    request(addr, "PUT", &offering_path(install), headers, body.as_bytes()).await
}

/// A JSON request body's header.
const JSON: (&str, &str) = ("Content-Type", "application/json");

#[tokio::test]
async fn handlers_serve_the_seed_spec_over_a_socket() {
    let addr = serve(Offerings::default().into_router()).await;
    let token = [("token", "valid-token"), JSON];
    let ok = put(addr, INSTALL, &token, BODY).await;
    assert_eq!(ok.status, 200, "{ok:?}");
    assert_eq!(ok.header("content-type"), Some("application/json"), "{ok:?}");
    assert_eq!(
        ok.json(),
        serde_json::json!({
            "sid": OFFERING,
            "title": "Fall 2024",
            "matchStrings": ["Fall 2024", "FA24"],
            "startDate": "1970-01-01T00:00:00.000Z",
        })
    );

    // The path parameter breaks its pattern: 400, naming it, before the handler runs.
    let bad_sid = put(addr, "AI123", &token, BODY).await;
    assert_eq!(bad_sid.status, 400, "{bad_sid:?}");
    let problem = bad_sid.json();
    assert_eq!(problem["errors"][0]["in"], "path", "{problem}");
    assert_eq!(problem["errors"][0]["name"], "installSid", "{problem}");
    assert!(problem["detail"].as_str().unwrap().contains("installSid"), "{problem}");

    let no_token = put(addr, INSTALL, &[JSON], BODY).await;
    assert_eq!(no_token.status, 401, "{no_token:?}");
    assert!(no_token.text().contains("token"), "{no_token:?}");

    // Valid JSON that breaks the schema (`matchStrings` is required).
    let bad_body = put(addr, INSTALL, &token, r#"{"title":"Fall 2024"}"#).await;
    assert_eq!(bad_body.status, 422, "{bad_body:?}");
    assert!(bad_body.text().contains("matchStrings"), "{bad_body:?}");

    // The handler's own answer, one of the responses the spec documents.
    let wrong_token = put(addr, INSTALL, &[("token", "expired"), JSON], BODY).await;
    assert_eq!(wrong_token.status, 403, "{wrong_token:?}");
    assert_eq!(wrong_token.json()["code"], "AUTHENTICATIONFAILED");

    let wrong_method = request(addr, "POST", &offering_path(INSTALL), &token, b"").await;
    assert_eq!(wrong_method.status, 405, "{wrong_method:?}");
    let unknown = request(addr, "PUT", "/v1/nothing", &token, BODY.as_bytes()).await;
    assert_eq!(unknown.status, 404, "{unknown:?}");
}

#[tokio::test]
async fn handlers_serve_every_operation_of_the_seed_spec() {
    let addr = serve(Offerings::default().into_router()).await;
    let token = [("token", "valid-token"), JSON];
    let collection = format!("/v1/installs/{INSTALL}/courseOfferings");
    let created = request(addr, "POST", &collection, &token, BODY.as_bytes()).await;
    assert_eq!(created.status, 201, "{created:?}");
    let sid = created.json()["sid"].as_str().unwrap().to_owned();
    let item = format!("{collection}/{sid}");

    let got = request(addr, "GET", &item, &token, b"").await;
    assert_eq!((got.status, got.json()), (200, created.json()));
    let listed = request(addr, "GET", &format!("{collection}?offset=0&limit=5"), &token, b"").await;
    assert_eq!(listed.status, 200, "{listed:?}");
    assert_eq!(
        (
            listed.json()["total"].as_i64(),
            listed.json()["results"][0]["sid"].as_str()
        ),
        (Some(1), Some(sid.as_str()))
    );
    let bad_query = request(addr, "GET", &format!("{collection}?limit=-1"), &token, b"").await;
    assert_eq!(
        (bad_query.status, bad_query.json()["errors"][0]["name"].as_str()),
        (400, Some("limit"))
    );

    let deleted = request(addr, "DELETE", &item, &token, b"").await;
    assert_eq!((deleted.status, deleted.body.len()), (204, 0));
    let gone = request(addr, "GET", &item, &token, b"").await;
    assert_eq!(
        (gone.status, gone.json()["code"].as_str()),
        (404, Some("RESOURCENOTFOUND"))
    );
    let refused = request(addr, "DELETE", &item, &[("token", "expired")], b"").await;
    assert_eq!(
        (refused.status, refused.json()["code"].as_str()),
        (403, Some("AUTHENTICATIONFAILED"))
    );
    let no_token = request(addr, "GET", &collection, &[], b"").await;
    assert_eq!(no_token.status, 401);
}

#[tokio::test]
async fn operations_without_a_handler_answer_501() {
    let addr = serve(Pets.into_router()).await;

    let listed = request(addr, "GET", "/pets?limit=2", &[], b"").await;
    assert_eq!(listed.status, 200, "{listed:?}");
    assert_eq!(
        listed.json(),
        serde_json::json!([{"id": 1, "name": "Rex"}, {"id": 2, "name": "Rex"}])
    );
    // Validation still runs for the operations that have a handler.
    let too_many = request(addr, "GET", "/pets?limit=1000", &[], b"").await;
    assert_eq!(too_many.status, 400, "{too_many:?}");

    for (method, target, id) in [("POST", "/pets", "createPet"), ("GET", "/pets/7", "showPetById")] {
        let reply = request(addr, method, target, &[], b"").await;
        assert_eq!(reply.status, 501, "{method} {target}: {reply:?}");
        assert_eq!(
            reply.header("content-type"),
            Some("application/problem+json"),
            "{reply:?}"
        );
        assert!(reply.text().contains(id), "{reply:?}");
    }
    // The routes stay the spec's: other methods and paths are still 405 and 404.
    assert_eq!(request(addr, "DELETE", "/pets", &[], b"").await.status, 405);
    assert_eq!(request(addr, "GET", "/cats", &[], b"").await.status, 404);
}
