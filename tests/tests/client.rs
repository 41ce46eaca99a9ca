//! The generated client against generated servers over 127.0.0.1: it takes the same checked types,
//! returns the same response enums, reads documented headers, and reports what the spec does not
//! document as an error.

use std::sync::Arc;

use specgen_tests::http::serve;
use specgen_tests::services::{FixtureService, INSTALL, OFFERING, SeedService};

mod seed {
    use super::*;
    use generated::smarterproctoring::*;

    fn path(offering: &str) -> CourseOfferingsOfferingSidPath {
        CourseOfferingsOfferingSidPath {
            install_sid: InstallSid::new(INSTALL).expect("valid"),
            offering_sid: OfferingSid::new(offering).expect("valid"),
        }
    }

    async fn client() -> Client {
        Client::new(format!(
            "http://{}",
            serve(router(Arc::new(SeedService::default()))).await
        ))
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

    #[tokio::test]
    async fn the_client_drives_the_seed_service() {
        let client = client().await;
        let token = Token("secret".into());
        match client
            .update_course_offering(&token, &path(OFFERING), &body())
            .await
            .expect("a documented response")
        {
            UpdateCourseOfferingResponse::Ok(offering) => {
                assert_eq!(
                    offering.match_strings,
                    Some(Some(vec!["Fall 2024".to_owned(), "FA24".to_owned()]))
                );
                assert_eq!(offering.start_date, Some(Some("1970-01-01T00:00:00.000Z".to_owned())));
                assert_eq!(offering.end_date, None, "absent stays absent");
            }
            other => panic!("expected 200, got {other:?}"),
        }
        let other = "CO00000000000000000000000000000000";
        let r = client
            .update_course_offering(&token, &path(other), &body())
            .await
            .unwrap();
        assert!(
            matches!(r, UpdateCourseOfferingResponse::NotFound(ref e) if e.code.as_deref() == Some("RESOURCENOTFOUND")),
            "{r:?}"
        );
        let r = client
            .update_course_offering(&Token("wrong".into()), &path(OFFERING), &body())
            .await
            .unwrap();
        assert!(matches!(r, UpdateCourseOfferingResponse::Forbidden(_)), "{r:?}");
        // Invalid input cannot be built in the first place:
        assert!(InstallSid::new("AI123").is_err());
    }

    #[tokio::test]
    async fn the_client_covers_every_operation() {
        let client = client().await;
        let token = Token("secret".into());
        let install = || InstallSid::new(INSTALL).expect("valid");
        let create = CourseOfferingsPath { install_sid: install() };
        let created = match client.create_course_offering(&token, &create, &body()).await.unwrap() {
            CreateCourseOfferingResponse::Created(created) => created,
            other => panic!("expected 201, got {other:?}"),
        };
        let sid = OfferingSid::new(created.sid.clone().flatten().expect("a sid")).expect("a valid sid");
        let get = CourseOfferingsOfferingSidPath {
            install_sid: install(),
            offering_sid: sid.clone(),
        };
        assert_eq!(
            client.get_course_offering(&token, &get).await.unwrap(),
            GetCourseOfferingResponse::Ok(created.clone())
        );

        let list = CourseOfferingsPath { install_sid: install() };
        let query = ListCourseOfferingsQuery {
            offset: Some(Offset::new(1).unwrap()),
            limit: Some(Limit::new(5).unwrap()),
            sort_keys: Some(SortKeys::new(vec![SortKeysItem::Title, SortKeysItem::Sid]).unwrap()),
            sort_order: Some(SortOrder::Asc),
        };
        match client.list_course_offerings(&token, &list, &query).await.unwrap() {
            ListCourseOfferingsResponse::Ok(page) => {
                // By title, then SID: both are "Fall 2024", and the seed's SID sorts after `CO000…1`.
                assert_eq!((page.total, page.count, page.offset), (2, 1, 1));
                assert_eq!(page.results[0].sid, Some(Some(OFFERING.to_owned())));
            }
            other => panic!("expected 200, got {other:?}"),
        }
        assert!(SortKeys::new(vec![]).is_err(), "minItems holds on the client side too");

        let delete = CourseOfferingsOfferingSidPath {
            install_sid: install(),
            offering_sid: sid,
        };
        assert_eq!(
            client.delete_course_offering(&token, &delete).await.unwrap(),
            DeleteCourseOfferingResponse::NoContent
        );
        let gone = client.get_course_offering(&token, &get).await.unwrap();
        assert!(
            matches!(gone, GetCourseOfferingResponse::NotFound(ref e) if e.code.as_deref() == Some("RESOURCENOTFOUND")),
            "{gone:?}"
        );

        // The errors each operation documents and the service answers, as the client reads them.
        let wrong = Token("wrong".into());
        let other = CourseOfferingsPath {
            install_sid: InstallSid::new("AI0000000000000000000000000000000a").unwrap(),
        };
        let empty = ListCourseOfferingsQuery {
            offset: None,
            limit: None,
            sort_keys: None,
            sort_order: None,
        };
        let r = client.list_course_offerings(&wrong, &list, &empty).await.unwrap();
        assert!(
            matches!(r, ListCourseOfferingsResponse::Forbidden(ref e) if e.status == Some(403)),
            "{r:?}"
        );
        let r = client.list_course_offerings(&token, &other, &empty).await.unwrap();
        assert!(
            matches!(r, ListCourseOfferingsResponse::NotFound(ref e) if e.status == Some(404)),
            "{r:?}"
        );
        let r = client.create_course_offering(&wrong, &create, &body()).await.unwrap();
        assert!(matches!(r, CreateCourseOfferingResponse::Forbidden(_)), "{r:?}");
        let r = client.delete_course_offering(&wrong, &delete).await.unwrap();
        assert!(matches!(r, DeleteCourseOfferingResponse::Forbidden(_)), "{r:?}");
        let r = client.get_course_offering(&wrong, &get).await.unwrap();
        assert!(matches!(r, GetCourseOfferingResponse::Forbidden(_)), "{r:?}");
    }

    #[tokio::test]
    async fn the_routers_own_answers_are_read_too() {
        // A 401 comes from the router (no `token` header can be sent through the client's types,
        // so send an empty one, which the router treats as missing).
        let client = client().await;
        let r = client
            .update_course_offering(&Token(String::new()), &path(OFFERING), &body())
            .await
            .unwrap();
        match r {
            UpdateCourseOfferingResponse::Unauthorized { body, headers } => {
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
        let client = Client::new(format!("http://{addr}"));
        let e = client
            .update_course_offering(&Token("secret".into()), &path(OFFERING), &body())
            .await
            .unwrap_err();
        assert!(matches!(e, rt::ClientError::Transport(_)), "{e}");
    }
}

mod fixture {
    use super::*;
    use specgen_tests::fixtures::server::*;

    async fn client() -> Client {
        Client::new(format!("http://{}/", serve(router(Arc::new(FixtureService))).await))
    }

    fn item_path(id: i64) -> ItemsItemIdPath {
        ItemsItemIdPath {
            item_id: ItemId::new(id).expect("positive"),
        }
    }

    #[tokio::test]
    async fn parameters_credentials_and_headers_round_trip() {
        let client = client().await;
        let query = GetItemQuery {
            fields: Some(vec![GetItemFieldsItem::Name, GetItemFieldsItem::Price]),
            ids: Some(GetItemIds::new(vec![1, 2, 3]).expect("at most 3")),
            limit: GetItemLimit::new(5).expect("at most 100"),
        };
        let headers = GetItemHeaders {
            x_request_id: Some(rt::Uuid::new("123e4567-e89b-12d3-a456-426614174000").unwrap()),
        };
        let auth = Credentials::Bearer(Bearer("t0k".into()));
        match client.get_item(&auth, &item_path(7), &query, &headers).await.unwrap() {
            GetItemResponse::Ok { body, headers } => {
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
            }
            other => panic!("{other:?}"),
        }
        assert!(
            GetItemIds::new(vec![1, 2, 3, 4]).is_err(),
            "maxItems holds on the client side too"
        );
    }

    /// A response body documented as an object is read as one only: an array of the right items is not it.
    #[tokio::test]
    async fn an_array_is_no_object_in_a_response() {
        let array = || async {
            (
                [("content-type", "application/json"), ("x-rate-limit", "42")],
                r#"[{"id": 7, "name": "a"}]"#,
            )
        };
        let app = axum::Router::new().route("/items/{id}", axum::routing::get(array));
        let client = Client::new(format!("http://{}/", serve(app).await));
        let query = GetItemQuery {
            fields: None,
            ids: None,
            limit: GetItemLimit::new(5).expect("at most 100"),
        };
        let headers = GetItemHeaders { x_request_id: None };
        let auth = Credentials::Bearer(Bearer("t".into()));
        let e = client
            .get_item(&auth, &item_path(7), &query, &headers)
            .await
            .unwrap_err();
        assert!(e.to_string().contains("expected struct Item"), "{e}");
    }

    #[tokio::test]
    async fn every_kind_of_response() {
        let client = client().await;
        let key = Credentials::Key(Key("k".into()));
        let item = Item {
            name: rt::BoundedString::new("a").unwrap(),
            price: None,
        };
        let put = |id: i64| {
            let path = ItemsItemIdPath {
                item_id: ItemId::new(id).unwrap(),
            };
            let (client, key, item) = (client.clone(), key.clone(), item.clone());
            async move { client.put_item(&key, &path, &item).await.unwrap() }
        };
        match put(1).await {
            PutItemResponse::NoContent { headers } => {
                assert_eq!(
                    headers.location.map(|l| l.into_inner()).as_deref(),
                    Some("https://example.com/items/1")
                )
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(put(2).await, PutItemResponse::Status2xx { status: 202 });
        assert_eq!(
            put(3).await,
            PutItemResponse::Default {
                status: 409,
                body: Problem {
                    detail: Some("a".into())
                }
            },
            "any other status is the default response"
        );
        assert_eq!(
            client.add_note(Some("hi")).await.unwrap(),
            AddNoteResponse::Created("hi".into())
        );
        assert_eq!(
            client.add_note(None).await.unwrap(),
            AddNoteResponse::Created("(empty)".into())
        );
        let form = SubmitFormRequest {
            name: rt::BoundedString::new("Ada L").unwrap(),
            count: Some(3),
        };
        let r = client.submit_form(None, &form).await.unwrap();
        assert_eq!(
            r,
            SubmitFormResponse::Ok(SubmitFormOkBody {
                echo: Some("Ada L Some(3) ".into())
            })
        );
        let r = client.submit_form(Some(&Key("k".into())), &form).await.unwrap();
        assert_eq!(
            r,
            SubmitFormResponse::Ok(SubmitFormOkBody {
                echo: Some("Ada L Some(3) k".into())
            })
        );
    }

    #[tokio::test]
    async fn undocumented_statuses_are_errors() {
        // The seed service has no /notes: its 404 is not a response addNote documents.
        let client = Client::new(format!(
            "http://{}",
            serve(generated::smarterproctoring::router(Arc::new(SeedService::default()))).await
        ));
        let e = client.add_note(None).await.unwrap_err();
        assert!(
            matches!(e, rt::ClientError::UnexpectedStatus { status: 404, .. }),
            "{e}"
        );
        assert!(e.to_string().starts_with("undocumented status 404"));
    }
}
