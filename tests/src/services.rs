//! Services as users write them on top of generated traits: business logic only. Shared by the
//! router tests (raw HTTP) and the client tests (the generated client).

/// The seed SmarterProctoring API: token `secret`, one install holding course offerings in memory.
pub mod seed {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicU64, Ordering};

    use generated::smarterproctoring::*;

    /// The one install this service knows (the seed page's example).
    pub const INSTALL: &str = "AI1234567890abcdef1234567890abcdef";
    /// The offering the install holds at first (the seed page's example).
    pub const OFFERING: &str = "CO1234567890abcdef1234567890abcdef";

    /// A service as a user writes it: business logic only. Offerings echo what was sent (the
    /// dates the body does not carry stay absent) and are kept in the order they were created.
    pub struct SeedService {
        offerings: Mutex<Vec<CourseOffering>>,
        created: AtomicU64,
    }

    impl Default for SeedService {
        fn default() -> Self {
            let seed = CourseOffering {
                sid: Some(Some(OFFERING.into())),
                title: Some(Some("Fall 2024".into())),
                match_strings: Some(Some(vec!["Fall 2024".into(), "FA24".into()])),
                // No property is required: the others start absent.
                ..Default::default()
            };
            SeedService {
                offerings: Mutex::new(vec![seed]),
                created: AtomicU64::new(0),
            }
        }
    }

    fn error(code: &str, status: i64) -> Error {
        Error {
            code: Some(code.into()),
            status: Some(status),
            ..Default::default()
        }
    }

    fn offering(sid: String, body: UpdateCourseOfferingRequest) -> CourseOffering {
        CourseOffering {
            sid: Some(Some(sid)),
            title: Some(Some(body.title)),
            match_strings: Some(Some(body.match_strings.split(',').map(str::to_owned).collect())),
            start_date: body.start_date.map(|d| d.map(String::from)),
            end_date: body.end_date.map(|d| d.map(String::from)),
            ..Default::default()
        }
    }

    impl SeedService {
        /// The offerings, when the install is known; otherwise the error to answer.
        fn offerings(&self, install: &InstallSid) -> Result<std::sync::MutexGuard<'_, Vec<CourseOffering>>, Error> {
            if install.as_str() != INSTALL {
                return Err(error("RESOURCENOTFOUND", 404));
            }
            // A panic while the lock was held leaves whole offerings behind: the data is usable.
            Ok(self.offerings.lock().unwrap_or_else(|poisoned| poisoned.into_inner()))
        }
    }

    fn position(offerings: &[CourseOffering], sid: &OfferingSid) -> Option<usize> {
        offerings
            .iter()
            .position(|o| o.sid.as_ref().and_then(Option::as_deref) == Some(sid.as_str()))
    }

    impl SmarterProctoringApi for SeedService {
        type Principal = ();

        /// Token `secret`; any other is the vendor's 403, with its body.
        async fn authenticate_token(
            &self,
            credential: Token,
            _scopes: &[&str],
            _cx: &rt::RequestContext,
        ) -> Result<(), rt::AuthError> {
            if credential.0 == "secret" {
                return Ok(());
            }
            let body = error("AUTHENTICATIONFAILED", 403);
            Err(rt::AuthError::forbidden("unknown token").with_response(rt::json(403, "application/json", &body)))
        }

        async fn list_course_offerings(
            &self,
            _cx: rt::RequestContext,
            _principal: (),
            path: CourseOfferingsPath,
            query: ListCourseOfferingsQuery,
        ) -> ListCourseOfferingsResponse {
            let offerings = match self.offerings(&path.install_sid) {
                Ok(offerings) => offerings,
                Err(e) if e.status == Some(403) => return ListCourseOfferingsResponse::Forbidden(e),
                Err(e) => return ListCourseOfferingsResponse::NotFound(e),
            };
            let mut sorted = offerings.clone();
            // Each key compares the JSON text of that property; `sortOrder` reverses.
            let keys: Vec<&str> = query
                .sort_keys
                .iter()
                .flat_map(|k| k.as_slice())
                .map(|k| k.as_str())
                .collect();
            let value = |o: &CourseOffering, key: &str| serde_json::to_value(o).ok().map(|v| v[key].to_string());
            sorted.sort_by(|a, b| {
                keys.iter().fold(std::cmp::Ordering::Equal, |order, key| {
                    order.then_with(|| value(a, key).cmp(&value(b, key)))
                })
            });
            if query.sort_order == Some(SortOrder::Desc) {
                sorted.reverse();
            }
            let offset = query.offset.map_or(0, |o| o.get());
            let limit = query.limit.map_or(i32::MAX, |l| l.get());
            let results: Vec<CourseOffering> = sorted
                .into_iter()
                .skip(usize::try_from(offset).unwrap_or(usize::MAX))
                .take(usize::try_from(limit).unwrap_or(usize::MAX))
                .collect();
            let total = i32::try_from(offerings.len()).unwrap_or(i32::MAX);
            let more = offset.saturating_add(limit) < total;
            ListCourseOfferingsResponse::Ok(CourseOfferingList {
                total,
                count: i32::try_from(results.len()).unwrap_or(i32::MAX),
                offset,
                first: None,
                next: more.then(|| format!("?offset={}&limit={limit}", offset + limit)),
                prev: None,
                last: None,
                results,
            })
        }

        async fn create_course_offering(
            &self,
            _cx: rt::RequestContext,
            _principal: (),
            path: CourseOfferingsPath,
            body: UpdateCourseOfferingRequest,
        ) -> CreateCourseOfferingResponse {
            let mut offerings = match self.offerings(&path.install_sid) {
                Ok(offerings) => offerings,
                Err(e) if e.status == Some(403) => return CreateCourseOfferingResponse::Forbidden(e),
                Err(e) => return CreateCourseOfferingResponse::NotFound(e),
            };
            let n = self.created.fetch_add(1, Ordering::Relaxed) + 1;
            let created = offering(format!("CO{n:032x}"), body);
            offerings.push(created.clone());
            CreateCourseOfferingResponse::Created(created)
        }

        async fn get_course_offering(
            &self,
            _cx: rt::RequestContext,
            _principal: (),
            path: CourseOfferingsOfferingSidPath,
        ) -> GetCourseOfferingResponse {
            let offerings = match self.offerings(&path.install_sid) {
                Ok(offerings) => offerings,
                Err(e) if e.status == Some(403) => return GetCourseOfferingResponse::Forbidden(e),
                Err(e) => return GetCourseOfferingResponse::NotFound(e),
            };
            match position(&offerings, &path.offering_sid) {
                Some(i) => GetCourseOfferingResponse::Ok(offerings[i].clone()),
                None => GetCourseOfferingResponse::NotFound(error("RESOURCENOTFOUND", 404)),
            }
        }

        async fn update_course_offering(
            &self,
            _cx: rt::RequestContext,
            _principal: (),
            path: CourseOfferingsOfferingSidPath,
            body: UpdateCourseOfferingRequest,
        ) -> UpdateCourseOfferingResponse {
            let mut offerings = match self.offerings(&path.install_sid) {
                Ok(offerings) => offerings,
                Err(e) if e.status == Some(403) => return UpdateCourseOfferingResponse::Forbidden(e),
                Err(e) => return UpdateCourseOfferingResponse::NotFound(e),
            };
            let Some(i) = position(&offerings, &path.offering_sid) else {
                return UpdateCourseOfferingResponse::NotFound(error("RESOURCENOTFOUND", 404));
            };
            offerings[i] = offering(path.offering_sid.into_inner(), body);
            UpdateCourseOfferingResponse::Ok(offerings[i].clone())
        }

        async fn delete_course_offering(
            &self,
            _cx: rt::RequestContext,
            _principal: (),
            path: CourseOfferingsOfferingSidPath,
        ) -> DeleteCourseOfferingResponse {
            let mut offerings = match self.offerings(&path.install_sid) {
                Ok(offerings) => offerings,
                Err(e) if e.status == Some(403) => return DeleteCourseOfferingResponse::Forbidden(e),
                Err(e) => return DeleteCourseOfferingResponse::NotFound(e),
            };
            match position(&offerings, &path.offering_sid) {
                Some(i) => {
                    offerings.remove(i);
                    DeleteCourseOfferingResponse::NoContent
                }
                None => DeleteCourseOfferingResponse::NotFound(error("RESOURCENOTFOUND", 404)),
            }
        }
    }
}

/// The server fixture: echoes what it received, and picks responses by item id.
pub mod fixture {
    use crate::fixtures::server::*;

    pub struct FixtureService;

    impl ServerFixtureApi for FixtureService {
        /// Which credential came: the methods echo it.
        type Principal = Credentials;

        async fn authenticate_key(
            &self,
            credential: Key,
            _scopes: &[&str],
            _cx: &rt::RequestContext,
        ) -> Result<Credentials, rt::AuthError> {
            Ok(Credentials::Key(credential))
        }

        async fn authenticate_bearer(
            &self,
            credential: Bearer,
            _scopes: &[&str],
            _cx: &rt::RequestContext,
        ) -> Result<Credentials, rt::AuthError> {
            Ok(Credentials::Bearer(credential))
        }

        async fn get_item(
            &self,
            _cx: rt::RequestContext,
            principal: Credentials,
            path: ItemsItemIdPath,
            query: GetItemQuery,
            headers: GetItemHeaders,
        ) -> GetItemResponse {
            let who = match principal {
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

        async fn put_item(
            &self,
            _cx: rt::RequestContext,
            _principal: Credentials,
            path: ItemsItemIdPath,
            body: Item,
        ) -> PutItemResponse {
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

        async fn add_note(&self, _cx: rt::RequestContext, body: Option<String>) -> AddNoteResponse {
            AddNoteResponse::Created(body.unwrap_or_else(|| "(empty)".into()))
        }

        async fn submit_form(
            &self,
            _cx: rt::RequestContext,
            principal: Option<Credentials>,
            body: SubmitFormRequest,
        ) -> SubmitFormResponse {
            let echo = format!(
                "{} {:?} {}",
                body.name,
                body.count,
                match principal {
                    Some(Credentials::Key(k)) => k.0,
                    _ => String::new(),
                }
            );
            SubmitFormResponse::Ok(SubmitFormOkBody { echo: Some(echo) })
        }
    }
}

pub use fixture::FixtureService;
pub use seed::{INSTALL, OFFERING, SeedService};
