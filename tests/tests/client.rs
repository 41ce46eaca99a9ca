//! The generated client against generated servers (and small axum ones) over 127.0.0.1: the common
//! method returns the success body and `Err` on everything else (a documented error with its typed
//! body, an undocumented status, a body that breaks the schema, a transport failure, a missing
//! credential); the `*_response` method returns the whole response enum; credentials are set once
//! on the builder, sent where their scheme says, and never shown by `Debug`.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use specgen_tests::http::serve;
use specgen_tests::services::{FixtureService, INSTALL, OFFERING, SeedService};

/// A server that counts the requests it gets and answers each with 500.
async fn counting_server() -> (String, Arc<AtomicUsize>) {
    let count = Arc::new(AtomicUsize::new(0));
    let seen = count.clone();
    let app = axum::Router::new().fallback(move || {
        let seen = seen.clone();
        async move {
            seen.fetch_add(1, Ordering::SeqCst);
            axum::http::StatusCode::INTERNAL_SERVER_ERROR
        }
    });
    (format!("http://{}", serve(app).await), count)
}

mod seed {
    use super::*;
    use generated::smarterproctoring::*;

    fn path(offering: &str) -> CourseOfferingsOfferingSidPath {
        CourseOfferingsOfferingSidPath {
            install_sid: InstallSid::new(INSTALL).expect("valid"),
            offering_sid: OfferingSid::new(offering).expect("valid"),
        }
    }

    async fn base() -> String {
        format!("http://{}", serve(router(Arc::new(SeedService::default()))).await)
    }

    async fn client() -> Client {
        Client::builder(base().await)
            .token("secret")
            .build()
            .expect("a valid base URL")
    }

    fn body() -> UpdateCourseOfferingRequest {
        UpdateCourseOfferingRequest {
            title: "Fall 2024".into(),
            match_strings: "Fall 2024,FA24".into(),
            start_date: Some(Some(
                UpdateCourseOfferingRequestStartDate::new("1970-01-01T00:00:00.000Z").expect("ends in Z"),
            )),
            end_date: None,
        }
    }

    const OTHER: &str = "CO00000000000000000000000000000000";

    #[tokio::test]
    async fn success_is_the_body_and_a_documented_error_is_err() {
        let client = client().await;
        let offering = client
            .update_course_offering(&path(OFFERING), &body())
            .await
            .expect("a 200");
        assert_eq!(
            offering.match_strings,
            Some(Some(vec!["Fall 2024".to_owned(), "FA24".to_owned()]))
        );
        assert_eq!(offering.start_date, Some(Some("1970-01-01T00:00:00.000Z".to_owned())));
        assert_eq!(offering.end_date, None, "absent stays absent");

        // A documented 404 is an `Err` whose typed body a `match` reads.
        match client.update_course_offering(&path(OTHER), &body()).await {
            Err(rt::Error::Response {
                status: 404,
                error: UpdateCourseOfferingError::NotFound(e),
            }) => assert_eq!(e.code.as_deref(), Some("RESOURCENOTFOUND")),
            other => panic!("expected the documented 404, got {other:?}"),
        }
        // Invalid input cannot be built in the first place:
        assert!(InstallSid::new("AI123").is_err());
    }

    #[tokio::test]
    async fn the_client_covers_every_operation() {
        let client = client().await;
        let install = || InstallSid::new(INSTALL).expect("valid");
        let create = CourseOfferingsPath { install_sid: install() };
        let created = client.create_course_offering(&create, &body()).await.expect("a 201");
        let sid = OfferingSid::new(created.sid.clone().flatten().expect("a sid")).expect("a valid sid");
        let get = CourseOfferingsOfferingSidPath {
            install_sid: install(),
            offering_sid: sid.clone(),
        };
        assert_eq!(client.get_course_offering(&get).await.expect("a 200"), created);

        let list = CourseOfferingsPath { install_sid: install() };
        let query = ListCourseOfferingsQuery {
            offset: Some(Offset::new(1).unwrap()),
            limit: Some(Limit::new(5).unwrap()),
            sort_keys: Some(SortKeys::new(vec![SortKeysItem::Title, SortKeysItem::Sid]).unwrap()),
            sort_order: Some(SortOrder::Asc),
        };
        let page = client.list_course_offerings(&list, &query).await.expect("a 200");
        // By title, then SID: both are "Fall 2024", and the seed's SID sorts after `CO000…1`.
        assert_eq!((page.total, page.count, page.offset), (2, 1, 1));
        assert_eq!(page.results[0].sid, Some(Some(OFFERING.to_owned())));
        assert!(SortKeys::new(vec![]).is_err(), "minItems holds on the client side too");

        let delete = CourseOfferingsOfferingSidPath {
            install_sid: install(),
            offering_sid: sid,
        };
        // 204 has no body: `()`.
        let () = client.delete_course_offering(&delete).await.expect("a 204");
        let gone = client.get_course_offering(&get).await.unwrap_err();
        assert!(
            matches!(gone.response(), Some(GetCourseOfferingError::NotFound(e)) if e.code.as_deref() == Some("RESOURCENOTFOUND")),
            "{gone:?}"
        );
        assert_eq!(gone.status(), Some(404));

        // The errors each operation documents and the service answers, as the client reads them.
        let wrong = Client::builder(format!(
            "http://{}",
            serve(router(Arc::new(SeedService::default()))).await
        ))
        .token("wrong")
        .build()
        .unwrap();
        let other = CourseOfferingsPath {
            install_sid: InstallSid::new("AI0000000000000000000000000000000a").unwrap(),
        };
        let empty = ListCourseOfferingsQuery {
            offset: None,
            limit: None,
            sort_keys: None,
            sort_order: None,
        };
        let r = wrong.list_course_offerings(&list, &empty).await;
        assert!(
            matches!(r, Err(rt::Error::Response { status: 403, error: ListCourseOfferingsError::Forbidden(ref e) }) if e.status == Some(403)),
            "{r:?}"
        );
        let r = client.list_course_offerings(&other, &empty).await;
        assert!(
            matches!(r, Err(rt::Error::Response { error: ListCourseOfferingsError::NotFound(ref e), .. }) if e.status == Some(404)),
            "{r:?}"
        );
        let r = wrong.create_course_offering(&create, &body()).await;
        assert!(matches!(r, Err(rt::Error::Response { status: 403, .. })), "{r:?}");
        let r = wrong.delete_course_offering(&delete).await;
        assert!(
            matches!(
                r,
                Err(rt::Error::Response {
                    error: DeleteCourseOfferingError::Forbidden(_),
                    ..
                })
            ),
            "{r:?}"
        );
    }

    #[tokio::test]
    async fn the_full_response_method_still_returns_the_enum() {
        let client = client().await;
        let r = client
            .update_course_offering_response(&path(OTHER), &body())
            .await
            .expect("a documented response is Ok here");
        assert!(
            matches!(r, UpdateCourseOfferingResponse::NotFound(ref e) if e.code.as_deref() == Some("RESOURCENOTFOUND")),
            "{r:?}"
        );
        let r = client
            .update_course_offering_response(&path(OFFERING), &body())
            .await
            .unwrap();
        assert!(matches!(r, UpdateCourseOfferingResponse::Ok(_)), "{r:?}");
    }

    #[tokio::test]
    async fn errors_print_the_status_and_body_and_pass_through_question_mark() {
        let client = client().await;
        async fn fetch(client: &Client, offering: &str) -> Result<CourseOffering, Box<dyn std::error::Error>> {
            Ok(client.update_course_offering(&path(offering), &body()).await?)
        }
        assert!(fetch(&client, OFFERING).await.is_ok());
        let e = fetch(&client, OTHER).await.unwrap_err().to_string();
        assert!(e.starts_with("error response 404: Not Found: {"), "{e}");
        assert!(e.contains("RESOURCENOTFOUND"), "the body is in the message: {e}");
    }

    #[tokio::test]
    async fn the_routers_own_answers_are_read_too() {
        // A 401 comes from the router: an empty token is treated as missing.
        let client = Client::builder(base().await).token("").build().unwrap();
        match client.update_course_offering(&path(OFFERING), &body()).await {
            Err(rt::Error::Response {
                status: 401,
                error: UpdateCourseOfferingError::Unauthorized { body, headers },
            }) => {
                assert_eq!(body.status, Some(401));
                assert_eq!(headers.www_authenticate.as_deref(), Some("ApiKey name=\"token\""));
            }
            other => panic!("expected 401, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn transport_failures_are_errors() {
        // A port nothing listens on.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        drop(listener);
        let client = Client::builder(format!("http://{addr}"))
            .token("secret")
            .build()
            .unwrap();
        let e = client
            .update_course_offering(&path(OFFERING), &body())
            .await
            .unwrap_err();
        assert!(matches!(e, rt::Error::Transport(_)), "{e}");
        let e = client
            .update_course_offering_response(&path(OFFERING), &body())
            .await
            .unwrap_err();
        assert!(matches!(e, rt::ClientError::Transport(_)), "{e}");
    }

    #[tokio::test]
    async fn a_missing_credential_errors_without_a_request() {
        let (base, count) = counting_server().await;
        let client = Client::new(&base).unwrap();
        let e = client
            .update_course_offering(&path(OFFERING), &body())
            .await
            .unwrap_err();
        assert!(matches!(e, rt::Error::MissingCredential { scheme: "token" }), "{e}");
        assert!(e.to_string().contains("`token`"), "{e}");
        let e = client
            .update_course_offering_response(&path(OFFERING), &body())
            .await
            .unwrap_err();
        assert!(matches!(e, rt::ClientError::MissingCredential { .. }), "{e}");
        assert_eq!(count.load(Ordering::SeqCst), 0, "nothing was sent");
        // With the credential, the same server is reached (and its 500 is undocumented).
        let client = Client::builder(&base).token("secret").build().unwrap();
        let e = client
            .update_course_offering(&path(OFFERING), &body())
            .await
            .unwrap_err();
        assert!(matches!(e, rt::Error::UnexpectedStatus { status: 500, .. }), "{e}");
        assert_eq!(count.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn debug_never_shows_credentials() {
        let builder = Client::builder("http://127.0.0.1:1").token("s3cret-t0ken");
        let client = builder.clone().build().unwrap();
        for shown in [format!("{builder:?}"), format!("{client:?}"), format!("{client:#?}")] {
            assert!(!shown.contains("s3cret-t0ken"), "{shown}");
            assert!(shown.contains("token"), "which schemes are set is shown: {shown}");
        }
    }

    #[test]
    fn bad_base_urls_are_reported_not_panicked_on() {
        for bad in [
            "",
            "localhost:8080",
            "ftp://example.com",
            "http://user:pw@example.com",
            "http://h/?a=1",
        ] {
            let e = Client::new(bad).unwrap_err();
            assert!(matches!(e, rt::BuildError::BaseUrl { .. }), "{bad}: {e}");
            assert!(e.to_string().contains("cannot be used"), "{e}");
        }
        let e = Client::builder("http://127.0.0.1:1")
            .token("a\r\nb")
            .build()
            .unwrap_err();
        assert!(matches!(e, rt::BuildError::Credential { scheme: "token", .. }), "{e}");
        // Own reqwest client: the base URL is checked the same way.
        assert!(Client::with_http("http://127.0.0.1:1/", rt::reqwest::Client::new()).is_ok());
    }
}

mod fixture {
    use super::*;
    use specgen_tests::fixtures::server::*;

    async fn base() -> String {
        format!("http://{}/", serve(router(Arc::new(FixtureService))).await)
    }

    fn item_path(id: i64) -> ItemsItemIdPath {
        ItemsItemIdPath {
            item_id: ItemId::new(id).expect("positive"),
        }
    }

    fn query() -> GetItemQuery {
        GetItemQuery {
            fields: None,
            ids: None,
            limit: GetItemLimit::new(5).expect("at most 100"),
        }
    }

    #[tokio::test]
    async fn parameters_credentials_and_headers_round_trip() {
        let client = Client::builder(base().await).bearer("t0k").build().unwrap();
        let query = GetItemQuery {
            fields: Some(vec![GetItemFieldsItem::Name, GetItemFieldsItem::Price]),
            ids: Some(GetItemIds::new(vec![1, 2, 3]).expect("at most 3")),
            limit: GetItemLimit::new(5).expect("at most 100"),
        };
        let headers = GetItemHeaders {
            x_request_id: Some(rt::Uuid::new("123e4567-e89b-12d3-a456-426614174000").unwrap()),
        };
        // One success response with headers: a struct that keeps them.
        let GetItemSuccess { body, headers } = client.get_item(&item_path(7), &query, &headers).await.unwrap();
        assert_eq!(
            body.name.as_str(),
            "bearer:t0k item=7 limit=5 fields=[\"name\", \"price\"] ids=[1, 2, 3] request=123e4567-e89b-12d3-a456-426614174000"
        );
        assert_eq!(
            headers.x_rate_limit.get(),
            42,
            "a required response header, parsed to its type"
        );
        assert_eq!(headers.x_tags, Some(vec!["new".to_owned(), "sale".to_owned()]));
        assert!(
            GetItemIds::new(vec![1, 2, 3, 4]).is_err(),
            "maxItems holds on the client side too"
        );
    }

    #[tokio::test]
    async fn of_alternatives_the_first_the_spec_lists_that_is_set_is_sent() {
        // `security: [key, bearer]`: with both set, the key goes; with the bearer alone, the bearer.
        let base = base().await;
        let both = Client::builder(&base).bearer("t").key("k").build().unwrap();
        let no_headers = GetItemHeaders { x_request_id: None };
        let got = both.get_item(&item_path(1), &query(), &no_headers).await.unwrap();
        assert!(got.body.name.as_str().starts_with("key:k "), "{:?}", got.body);
        let bearer = Client::builder(&base).bearer("t").build().unwrap();
        let got = bearer.get_item(&item_path(1), &query(), &no_headers).await.unwrap();
        assert!(got.body.name.as_str().starts_with("bearer:t "), "{:?}", got.body);
        let none = Client::new(&base).unwrap();
        let e = none.get_item(&item_path(1), &query(), &no_headers).await.unwrap_err();
        assert!(matches!(e, rt::Error::MissingCredential { scheme: "key" }), "{e}");
    }

    /// A response body documented as an object is read as one only: an array of the right items is not it.
    #[tokio::test]
    async fn a_body_that_breaks_the_schema_is_an_error() {
        let array = || async {
            (
                [("content-type", "application/json"), ("x-rate-limit", "42")],
                r#"[{"id": 7, "name": "a"}]"#,
            )
        };
        let app = axum::Router::new().route("/items/{id}", axum::routing::get(array));
        let client = Client::builder(format!("http://{}/", serve(app).await))
            .bearer("t")
            .build()
            .unwrap();
        let headers = GetItemHeaders { x_request_id: None };
        let e = client.get_item(&item_path(7), &query(), &headers).await.unwrap_err();
        assert!(matches!(e, rt::Error::Body { status: 200, .. }), "{e}");
        assert!(e.to_string().contains("expected struct Item"), "{e}");
    }

    #[tokio::test]
    async fn every_kind_of_response() {
        let client = Client::builder(base().await).key("k").build().unwrap();
        let item = Item {
            name: rt::BoundedString::new("a").unwrap(),
            price: None,
        };
        let put = |id: i64| {
            let path = ItemsItemIdPath {
                item_id: ItemId::new(id).unwrap(),
            };
            let (client, item) = (client.clone(), item.clone());
            async move { client.put_item(&path, &item).await }
        };
        // Several success responses: an enum that keeps each, headers and status included.
        match put(1).await.unwrap() {
            PutItemSuccess::NoContent { headers } => {
                assert_eq!(
                    headers.location.map(|l| l.into_inner()).as_deref(),
                    Some("https://example.com/items/1")
                )
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(put(2).await.unwrap(), PutItemSuccess::Status2xx { status: 202 });
        // Any other status is the default response: an error with its status and body.
        match put(3).await {
            Err(rt::Error::Response {
                status: 409,
                error: PutItemError::Default { status, body },
            }) => {
                assert_eq!(status, 409);
                assert_eq!(body.detail.as_deref(), Some("a"));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(client.add_note(Some("hi")).await.unwrap(), "hi");
        assert_eq!(client.add_note(None).await.unwrap(), "(empty)");
        let form = SubmitFormRequest {
            name: rt::BoundedString::new("Ada L").unwrap(),
            count: Some(3),
        };
        // Optional security: the key when the client has it, nothing otherwise.
        let r = client.submit_form(&form).await.unwrap();
        assert_eq!(r.echo.as_deref(), Some("Ada L Some(3) k"));
        let anonymous = Client::new(base().await).unwrap();
        let r = anonymous.submit_form(&form).await.unwrap();
        assert_eq!(r.echo.as_deref(), Some("Ada L Some(3) "));
    }

    #[tokio::test]
    async fn undocumented_statuses_are_errors() {
        // The seed service has no /notes: its 404 is not a response addNote documents.
        let client = Client::new(format!(
            "http://{}",
            serve(generated::smarterproctoring::router(Arc::new(SeedService::default()))).await
        ))
        .unwrap();
        let e = client.add_note(None).await.unwrap_err();
        assert!(matches!(e, rt::Error::UnexpectedStatus { status: 404, .. }), "{e}");
        assert!(e.to_string().starts_with("undocumented status 404"));
        let e = client.add_note_response(None).await.unwrap_err();
        assert!(
            matches!(e, rt::ClientError::UnexpectedStatus { status: 404, .. }),
            "{e}"
        );
    }
}

/// `fixtures/generate/collisions.yaml`, whose names are the client's own: every kind of security scheme
/// goes where the spec puts it (basic in a header, API keys in the query and a cookie; the schemes are
/// named like the builder's own methods), and a `default`-only operation.
mod collisions {
    use super::*;
    use specgen_tests::fixtures::collisions::*;

    /// Answers `/g` with what it was sent, as the JSON string `GetOffering` documents.
    async fn echo() -> String {
        let app = axum::Router::new().route(
            "/g",
            axum::routing::get(|request: axum::extract::Request| async move {
                let header = |name: &str| {
                    request
                        .headers()
                        .get(name)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("-")
                        .to_owned()
                };
                let seen = format!(
                    "authorization={} cookie={} query={}",
                    header("authorization"),
                    header("cookie"),
                    request.uri().query().unwrap_or("-")
                );
                axum::Json(seen)
            }),
        );
        format!("http://{}", serve(app).await)
    }

    #[tokio::test]
    async fn basic_query_and_cookie_credentials() {
        let base = echo().await;
        // `security: [{http, build}, {isAdmin}]`: both of the first alternative.
        let client = Client::builder(&base)
            .http_2("Aladdin", "open sesame")
            .build_2("k&y")
            .with_is_admin("yes")
            .build()
            .unwrap();
        let seen = client.get_offering().await.unwrap();
        assert_eq!(
            seen.as_str(),
            "authorization=Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ== cookie=- query=build=k%26y"
        );
        // Half of the first alternative is not enough: the second goes.
        let client = Client::builder(&base)
            .build_2("k")
            .with_is_admin("yes")
            .build()
            .unwrap();
        let seen = client.get_offering().await.unwrap();
        assert_eq!(seen.as_str(), "authorization=- cookie=admin=yes query=-");
        // Neither: the first alternative's first missing scheme is named.
        let client = Client::builder(&base).build_2("k").build().unwrap();
        let e = client.get_offering().await.unwrap_err();
        assert!(matches!(e, rt::Error::MissingCredential { scheme: "http" }), "{e}");
        let shown = format!("{:?}", Client::builder(&base).http_2("Aladdin", "open sesame"));
        assert!(!shown.contains("QWxh") && !shown.contains("sesame"), "{shown}");
    }
    /// An operation that documents only `default` succeeds on a 2xx (with its status) and fails on
    /// anything else, typed by the same response.
    #[tokio::test]
    async fn a_default_only_operation_is_ok_on_2xx_and_err_otherwise() {
        let app = axum::Router::new().route(
            "/q/a",
            axum::routing::get(|query: axum::extract::RawQuery| async move {
                let status = if query.0.as_deref() == Some("foo=fail") {
                    503
                } else {
                    202
                };
                (
                    axum::http::StatusCode::from_u16(status).unwrap(),
                    [("content-type", "application/json")],
                    "\"said\"",
                )
            }),
        );
        let client = Client::builder(format!("http://{}", serve(app).await))
            .bearer("t")
            .build()
            .unwrap();
        let query = |foo: Option<&str>| FromAddressQuery {
            foo: foo.map(str::to_owned),
            _1: None,
        };
        let headers = FromAddressHeaders { baz: None };
        let ok = client.call_from_address(&query(None), &headers).await.unwrap();
        assert_eq!(
            ok,
            FromAddressSuccess {
                status: 202,
                body: "said".into()
            }
        );
        match client.call_from_address(&query(Some("fail")), &headers).await {
            Err(rt::Error::Response {
                status: 503,
                error: FromAddressError::Default { status: 503, body },
            }) => assert_eq!(body, "said"),
            other => panic!("{other:?}"),
        }
    }

    /// The futures of client calls can be spawned onto a multi-threaded runtime.
    #[test]
    fn calls_are_send() {
        fn send<T: Send>(_: &T) {}
        let client = Client::new("http://127.0.0.1:1").unwrap();
        let call = client.get_offering();
        send(&call);
        let call = client.get_offering_response();
        send(&call);
    }
}

/// `specgen lint` says which client names yield to the spec's (`fixtures/generate/collisions.yaml`):
/// the builder method of a scheme named `http` is `http_2`, one named `isAdmin` is `with_is_admin`.
#[test]
fn lint_reports_the_client_names_that_yield() {
    let path = specgen_tests::fixture("generate/collisions.yaml");
    let linted = specgen::lint::lint_path(&path, &specgen::load::LoadOptions::default()).expect("loads");
    let messages: Vec<&str> = linted
        .findings
        .iter()
        .filter(|d| d.code == "rust-name-collision")
        .map(|d| d.message.as_str())
        .collect();
    for expected in [
        "security scheme's client builder method `http` is `http_2` in the generated Rust",
        "security scheme's client builder method `build` is `build_2` in the generated Rust",
        "security scheme's client builder method `isAdmin` is `with_is_admin` in the generated Rust",
    ] {
        assert!(
            messages.iter().any(|m| m.starts_with(expected)),
            "{expected}: {messages:#?}"
        );
    }
}
