//! Services as users write them on top of generated traits: business logic only. Shared by the
//! router tests (raw HTTP) and the client tests (the generated client).

/// The seed SmarterProctoring API: token `secret`, one known offering.
pub mod seed {
    use generated::smarterproctoring::*;

    /// The one offering this service knows.
    pub const OFFERING: &str = "CO1234567890abcdef1234567890abcdef";

    /// A service as a user writes it: business logic only.
    pub struct SeedService;

    impl SmarterProctoringApi for SeedService {
        async fn update_course_offering(
            &self,
            auth: Token,
            path: UpdateCourseOfferingPath,
            body: UpdateCourseOfferingRequest,
        ) -> UpdateCourseOfferingResponse {
            let error = |code: &str, status: i64| Error {
                code: Some(code.into()),
                message: None,
                status: Some(status),
            };
            if auth.0 != "secret" {
                return UpdateCourseOfferingResponse::Forbidden(error("AUTHENTICATIONFAILED", 403));
            }
            if path.offering_sid.as_str() != OFFERING {
                return UpdateCourseOfferingResponse::NotFound(error("RESOURCENOTFOUND", 404));
            }
            UpdateCourseOfferingResponse::Ok(CourseOffering {
                sid: Some(Some(path.offering_sid.into_inner())),
                title: Some(Some(body.title)),
                match_strings: Some(Some(body.match_strings.split(',').map(str::to_owned).collect())),
                start_date: body.start_date.map(|d| d.map(String::from)),
                end_date: body.end_date.map(|d| d.map(String::from)),
                last_activity_date: None,
                created_date: None,
                edit_date: None,
            })
        }
    }
}

/// The server fixture: echoes what it received, and picks responses by item id.
pub mod fixture {
    use crate::fixtures::server::*;

    pub struct FixtureService;

    impl ServerFixtureApi for FixtureService {
        async fn get_item(
            &self,
            auth: Credentials,
            path: GetItemPath,
            query: GetItemQuery,
            headers: GetItemHeaders,
        ) -> GetItemResponse {
            let who = match auth {
                Credentials::Key(k) => format!("key:{}", k.0),
                Credentials::Bearer(b) => format!("bearer:{}", b.0),
            };
            let fields: Vec<&str> = query.fields.iter().flatten().map(|f| f.as_str()).collect();
            let ids: Vec<i64> = query.ids.map(|ids| ids.into_inner()).unwrap_or_default();
            let name = format!(
                "{who} item={} limit={} fields={fields:?} ids={ids:?} request={}",
                path.item_id,
                query.limit,
                headers.x_request_id.map(|r| r.into_inner()).unwrap_or_default()
            );
            {
                let body = Item {
                    name: rt::BoundedString::new(name).expect("not empty"),
                    price: None,
                };
                let headers = GetItemOkHeaders {
                    x_rate_limit: GetItemOkHeadersXRateLimit::new(42).expect("not negative"),
                    x_tags: Some(vec!["new".into(), "sale".into()]),
                };
                GetItemResponse::Ok { body, headers }
            }
        }

        async fn put_item(&self, _auth: Credentials, path: PutItemPath, body: Item) -> PutItemResponse {
            match path.item_id.get() {
                1 => PutItemResponse::NoContent {
                    headers: PutItemNoContentHeaders {
                        location: Some(rt::Uri::new("https://example.com/items/1").expect("a URI")),
                    },
                },
                2 => PutItemResponse::Status2xx { status: 202 },
                _ => PutItemResponse::Default {
                    status: 409,
                    body: Problem {
                        detail: Some(body.name.into_inner()),
                    },
                },
            }
        }

        async fn add_note(&self, body: Option<String>) -> AddNoteResponse {
            AddNoteResponse::Created(body.unwrap_or_else(|| "(empty)".into()))
        }

        async fn submit_form(&self, auth: Option<Key>, body: SubmitFormRequest) -> SubmitFormResponse {
            let echo = format!(
                "{} {:?} {}",
                body.name,
                body.count,
                auth.map(|k| k.0).unwrap_or_default()
            );
            SubmitFormResponse::Ok(SubmitFormOkBody { echo: Some(echo) })
        }
    }
}

pub use fixture::FixtureService;
pub use seed::{OFFERING, SeedService};
