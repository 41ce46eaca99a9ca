//! The generated router over a real socket on 127.0.0.1: valid requests reach the trait method with
//! typed values; everything else is answered by the router as the spec and HTTP say.

use std::sync::Arc;

use generated::smarterproctoring::*;
use specgen_tests::http::{request, serve};
use specgen_tests::services::{INSTALL, OFFERING, SeedService as Service};

fn url(install: &str, offering: &str) -> String {
    format!("/v1/installs/{install}/courseOfferings/{offering}")
}

const JSON: (&str, &str) = ("Content-Type", "application/json");
const TOKEN: (&str, &str) = ("token", "secret");
const BODY: &[u8] =
    br#"{"title": "Fall 2024", "matchStrings": "Fall 2024,FA24", "startDate": "1970-01-01T00:00:00.000Z"}"#;

async fn app() -> std::net::SocketAddr {
    serve(router(Arc::new(Service::default()))).await
}

#[tokio::test]
async fn a_valid_update_reaches_the_service() {
    let addr = app().await;
    let r = request(addr, "PUT", &url(INSTALL, OFFERING), &[JSON, TOKEN], BODY).await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        r.json(),
        serde_json::json!({
            "sid": OFFERING, "title": "Fall 2024", "matchStrings": ["Fall 2024", "FA24"],
            "startDate": "1970-01-01T00:00:00.000Z"
        })
    );
}

#[tokio::test]
async fn invalid_path_parameters_are_400_naming_each() {
    let addr = app().await;
    let r = request(addr, "PUT", &url("AI123", "XX1"), &[JSON, TOKEN], BODY).await;
    assert_eq!(r.status, 400);
    assert_eq!(r.header("content-type"), Some("application/problem+json"));
    let p = r.json();
    let names: Vec<&str> = p["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["installSid", "offeringSid"], "all problems at once: {p}");
    assert_eq!(p["errors"][0]["in"], "path");
    assert_eq!(p["errors"][0]["constraint"], "pattern");
    assert_eq!(
        p["errors"][0]["message"],
        "\"AI123\" does not match the pattern `^AI[a-f0-9]{32}$`"
    );
}

#[tokio::test]
async fn undecodable_path_segments_are_problems_too() {
    let addr = app().await;
    let r = request(addr, "PUT", "/v1/installs/%FF/courseOfferings/x", &[JSON, TOKEN], BODY).await;
    assert_eq!(
        (r.status, r.header("content-type")),
        (400, Some("application/problem+json"))
    );
    assert!(
        r.json()["errors"][0]["message"].as_str().unwrap().contains("UTF-8"),
        "{}",
        r.text()
    );
}

#[tokio::test]
async fn credentials_are_checked_first() {
    let addr = app().await;
    let r = request(addr, "PUT", &url(INSTALL, OFFERING), &[JSON], BODY).await;
    assert_eq!(r.status, 401);
    assert_eq!(r.header("www-authenticate"), Some("ApiKey name=\"token\""));
    assert!(r.json()["detail"].as_str().unwrap().contains("the `token` header"));
    let r = request(addr, "PUT", &url(INSTALL, OFFERING), &[JSON, ("token", "wrong")], BODY).await;
    assert_eq!(r.status, 403, "a present token reaches the service, which refuses it");
    assert_eq!(r.json()["code"], "AUTHENTICATIONFAILED");
}

#[tokio::test]
async fn unknown_paths_and_methods() {
    let addr = app().await;
    let r = request(addr, "GET", "/v1/nothing", &[], b"").await;
    assert_eq!(
        (r.status, r.header("content-type")),
        (404, Some("application/problem+json"))
    );
    for (method, path) in [
        ("POST", url(INSTALL, OFFERING)),
        ("PATCH", url(INSTALL, OFFERING)),
        ("PUT", list_url(INSTALL, "")),
        ("DELETE", list_url(INSTALL, "")),
    ] {
        let r = request(addr, method, &path, &[TOKEN], b"").await;
        assert_eq!(
            (r.status, r.header("content-type")),
            (405, Some("application/problem+json")),
            "{method} {path}"
        );
    }
    let r = request(
        addr,
        "PUT",
        &url(INSTALL, "CO00000000000000000000000000000000"),
        &[JSON, TOKEN],
        BODY,
    )
    .await;
    assert_eq!(r.status, 404, "an unknown id is the service's 404");
}

#[tokio::test]
async fn bodies_of_the_wrong_kind_size_or_shape() {
    let addr = app().await;
    let put = |headers: &'static [(&'static str, &'static str)], body: Vec<u8>| async move {
        request(addr, "PUT", &url(INSTALL, OFFERING), headers, &body).await
    };
    let r = put(&[("Content-Type", "text/plain"), TOKEN], BODY.to_vec()).await;
    assert_eq!(r.status, 415);
    let r = put(
        &[("Content-Type", "application/json; charset=utf-8"), TOKEN],
        BODY.to_vec(),
    )
    .await;
    assert_eq!(r.status, 200, "parameters of the media type are fine");
    let r = put(&[JSON, TOKEN], b"{not json".to_vec()).await;
    assert_eq!(r.status, 400);
    let r = put(&[JSON, TOKEN], [BODY, b" trailing"].concat()).await;
    assert_eq!(r.status, 400);
    let r = put(&[JSON, TOKEN], br#"{"matchStrings": "a"}"#.to_vec()).await;
    assert_eq!(r.status, 422);
    assert!(
        r.json()["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("missing field `title`")
    );
    let r = put(
        &[JSON, TOKEN],
        br#"{"title": "t", "matchStrings": "a", "startDate": "2024-01-01"}"#.to_vec(),
    )
    .await;
    assert_eq!(r.status, 422);
    let e = &r.json()["errors"][0];
    assert_eq!(e["name"], "/startDate", "the JSON pointer of the bad value");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("does not match the pattern `.*Z`"),
        "{e}"
    );
    let r = put(
        &[JSON, TOKEN],
        br#"{"title": "t", "matchStrings": "a", "startDate": null}"#.to_vec(),
    )
    .await;
    assert_eq!(r.status, 200, "startDate is nullable");
    let r = put(&[JSON, TOKEN], vec![b' '; 3 << 20]).await;
    assert_eq!(r.status, 413);
}

fn list_url(install: &str, query: &str) -> String {
    format!("/v1/installs/{install}/courseOfferings{query}")
}

fn titles(list: &serde_json::Value) -> Vec<&str> {
    list["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["title"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn create_get_list_delete_round_trip() {
    let addr = app().await;
    let r = request(
        addr,
        "POST",
        &list_url(INSTALL, ""),
        &[JSON, TOKEN],
        br#"{"title": "Spring", "matchStrings": "SP"}"#,
    )
    .await;
    assert_eq!(
        (r.status, r.header("content-type")),
        (201, Some("application/json")),
        "{}",
        r.text()
    );
    let sid = r.json()["sid"].as_str().unwrap().to_owned();

    let r = request(addr, "GET", &url(INSTALL, &sid), &[TOKEN], b"").await;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.json(),
        serde_json::json!({"sid": sid, "title": "Spring", "matchStrings": ["SP"]})
    );

    let r = request(addr, "GET", &list_url(INSTALL, ""), &[TOKEN], b"").await;
    assert_eq!(r.status, 200);
    let list = r.json();
    assert_eq!(
        (&list["total"], &list["count"], &list["offset"]),
        (&2.into(), &2.into(), &0.into())
    );
    assert_eq!(titles(&list), ["Fall 2024", "Spring"]);
    assert!(
        list["next"].is_null() && list["first"].is_null(),
        "nullable members are sent as null: {list}"
    );

    let r = request(addr, "DELETE", &url(INSTALL, &sid), &[TOKEN], b"").await;
    assert_eq!((r.status, r.body.len(), r.header("content-type")), (204, 0, None));
    let r = request(addr, "GET", &url(INSTALL, &sid), &[TOKEN], b"").await;
    assert_eq!((r.status, r.json()["code"].as_str()), (404, Some("RESOURCENOTFOUND")));
    let r = request(addr, "DELETE", &url(INSTALL, &sid), &[TOKEN], b"").await;
    assert_eq!(r.status, 404, "deleted once only");
}

#[tokio::test]
async fn list_query_parameters_reach_the_service() {
    let addr = app().await;
    for title in ["b", "a", "c"] {
        let body = format!(r#"{{"title": "{title}", "matchStrings": "x"}}"#);
        let r = request(addr, "POST", &list_url(INSTALL, ""), &[JSON, TOKEN], body.as_bytes()).await;
        assert_eq!(r.status, 201);
    }
    // `sortKeys` is a comma-separated list (`explode: false`).
    let r = request(
        addr,
        "GET",
        &list_url(INSTALL, "?sortKeys=title,sid&sortOrder=DESC&offset=1&limit=2"),
        &[TOKEN],
        b"",
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.text());
    let list = r.json();
    assert_eq!(titles(&list), ["b", "a"]);
    assert_eq!(
        (&list["total"], &list["count"], &list["offset"]),
        (&4.into(), &2.into(), &1.into())
    );
    assert_eq!(list["next"], "?offset=3&limit=2");
}

#[tokio::test]
async fn invalid_list_parameters_are_400_naming_each() {
    let addr = app().await;
    let r = request(
        addr,
        "GET",
        &list_url(INSTALL, "?offset=-1&limit=x&sortKeys=title,colour&sortOrder=up"),
        &[TOKEN],
        b"",
    )
    .await;
    assert_eq!(
        (r.status, r.header("content-type")),
        (400, Some("application/problem+json"))
    );
    let p = r.json();
    let problems: Vec<(&str, &str)> = p["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["name"].as_str().unwrap(), e["in"].as_str().unwrap()))
        .collect();
    assert_eq!(
        problems,
        [
            ("offset", "query"),
            ("limit", "query"),
            ("sortKeys", "query"),
            ("sortOrder", "query")
        ],
        "{p}"
    );
    let r = request(addr, "GET", &list_url(INSTALL, "?sortKeys="), &[TOKEN], b"").await;
    assert_eq!(r.status, 400, "at least one key: {}", r.text());
    let r = request(addr, "GET", &list_url(INSTALL, "?limit=2147483648"), &[TOKEN], b"").await;
    assert_eq!(r.status, 400, "int32: {}", r.text());
}

#[tokio::test]
async fn every_operation_answers_its_documented_errors() {
    let addr = app().await;
    let other = "AI0000000000000000000000000000000a";
    let unknown = "CO0000000000000000000000000000000a";
    let create = br#"{"title": "t", "matchStrings": "m"}"#;
    let operations: [(&str, String, &[u8]); 5] = [
        ("GET", list_url(INSTALL, ""), b""),
        ("POST", list_url(INSTALL, ""), create),
        ("GET", url(INSTALL, OFFERING), b""),
        ("PUT", url(INSTALL, OFFERING), create),
        ("DELETE", url(INSTALL, OFFERING), b""),
    ];
    for (method, path, body) in &operations {
        let r = request(addr, method, path, &[JSON], body).await;
        assert_eq!(
            (r.status, r.header("www-authenticate")),
            (401, Some("ApiKey name=\"token\"")),
            "{method} {path}"
        );
        let r = request(addr, method, path, &[JSON, ("token", "wrong")], body).await;
        assert_eq!(
            (r.status, r.json()["code"].as_str()),
            (403, Some("AUTHENTICATIONFAILED")),
            "{method} {path}"
        );
        let r = request(addr, method, &path.replace(INSTALL, other), &[JSON, TOKEN], body).await;
        assert_eq!(
            (r.status, r.json()["code"].as_str()),
            (404, Some("RESOURCENOTFOUND")),
            "{method} {path}"
        );
        let r = request(addr, method, &path.replace(INSTALL, "AI123"), &[JSON, TOKEN], body).await;
        assert_eq!(
            (r.status, r.json()["errors"][0]["name"].as_str()),
            (400, Some("installSid")),
            "{method} {path}"
        );
        if path.contains(OFFERING) {
            let r = request(addr, method, &path.replace(OFFERING, unknown), &[JSON, TOKEN], body).await;
            assert_eq!(
                (r.status, r.json()["code"].as_str()),
                (404, Some("RESOURCENOTFOUND")),
                "{method} {path}"
            );
        }
        if !body.is_empty() {
            let r = request(addr, method, path, &[("Content-Type", "text/plain"), TOKEN], body).await;
            assert_eq!(r.status, 415, "{method} {path}");
            let r = request(addr, method, path, &[JSON, TOKEN], br#"{"title": "t"}"#).await;
            assert_eq!(r.status, 422, "{method} {path}");
            let r = request(addr, method, path, &[JSON, TOKEN], &vec![b' '; 3 << 20]).await;
            assert_eq!(r.status, 413, "{method} {path}");
        }
    }
}

mod fixture {
    //! The server fixture: query, header and list parameters, several schemes, other media types.

    use std::sync::Arc;

    use specgen_tests::fixtures::server::*;
    use specgen_tests::http::{request, serve};
    use specgen_tests::services::FixtureService as Service;

    #[tokio::test]
    async fn query_header_and_list_parameters() {
        let addr = serve(router(Arc::new(Service))).await;
        let key = ("X-Api-Key", "k1");
        let r = request(
            addr,
            "GET",
            "/items/7?limit=5&fields=name&fields=price&ids=1,2,3",
            &[key, ("X-Request-Id", "123e4567-e89b-12d3-a456-426614174000")],
            b"",
        )
        .await;
        assert_eq!(r.status, 200, "{}", r.text());
        assert_eq!(
            r.header("x-rate-limit"),
            Some("42"),
            "documented response headers are sent"
        );
        assert_eq!(r.header("x-tags"), Some("new,sale"));
        assert_eq!(
            r.json()["name"],
            "key:k1 item=7 limit=5 fields=[\"name\", \"price\"] ids=[1, 2, 3] request=123e4567-e89b-12d3-a456-426614174000"
        );
        let bearer = ("Authorization", "Bearer t0k");
        let r = request(addr, "GET", "/items/7?limit=5", &[bearer], b"").await;
        assert!(
            r.json()["name"].as_str().unwrap().starts_with("bearer:t0k item=7"),
            "either scheme will do"
        );

        let r = request(
            addr,
            "GET",
            "/items/0?ids=1,2,3,4&fields=colour&limit=101",
            &[key, ("X-Request-Id", "nope")],
            b"",
        )
        .await;
        assert_eq!(r.status, 400);
        let problems: Vec<(String, String)> = r.json()["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["name"].as_str().unwrap().to_owned(),
                    e["constraint"].as_str().unwrap_or("-").to_owned(),
                )
            })
            .collect();
        let expected = [
            ("itemId", "minimum"),
            ("fields", "enum"),
            ("ids", "maxItems"),
            ("X-Request-Id", "format"),
            ("limit", "maximum"),
        ];
        let expected: Vec<(String, String)> = expected.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(problems, expected);
        let r = request(addr, "GET", "/items/7", &[key], b"").await;
        assert_eq!(r.status, 400);
        assert_eq!(
            r.json()["errors"][0]["message"],
            "the query parameter `limit` is required"
        );
        let r = request(addr, "GET", "/items/7?limit=1", &[], b"").await;
        assert_eq!(r.status, 401);
    }

    #[tokio::test]
    async fn statuses_without_bodies_ranges_and_defaults() {
        let addr = serve(router(Arc::new(Service))).await;
        let h = [("X-Api-Key", "k"), ("Content-Type", "application/json")];
        let r = request(addr, "PUT", "/items/1", &h, br#"{"name": "a"}"#).await;
        assert_eq!(
            (r.status, r.header("location")),
            (204, Some("https://example.com/items/1"))
        );
        assert_eq!(
            request(addr, "PUT", "/items/2", &h, br#"{"name": "a"}"#).await.status,
            202
        );
        let r = request(addr, "PUT", "/items/3", &h, br#"{"name": "a"}"#).await;
        assert_eq!((r.status, r.json()), (409, serde_json::json!({"detail": "a"})));
        let r = request(addr, "PUT", "/items/3", &h, br#"{"name": ""}"#).await;
        assert_eq!(r.status, 422, "minLength 1");
    }

    #[tokio::test]
    async fn text_and_form_bodies_and_optional_security() {
        let addr = serve(router(Arc::new(Service))).await;
        let r = request(addr, "POST", "/notes", &[("Content-Type", "text/plain")], b"hello").await;
        assert_eq!(
            (r.status, r.text(), r.header("content-type")),
            (201, "hello".into(), Some("text/plain"))
        );
        let r = request(addr, "POST", "/notes", &[], b"").await;
        assert_eq!(
            (r.status, r.text()),
            (201, "(empty)".into()),
            "an optional body may be left out"
        );
        let form = ("Content-Type", "application/x-www-form-urlencoded");
        let r = request(addr, "POST", "/forms", &[form], b"name=Ada+L&count=3").await;
        assert_eq!(
            (r.status, r.json()["echo"].clone()),
            (200, "Ada L Some(3) ".into()),
            "anonymous access allowed"
        );
        let r = request(addr, "POST", "/forms", &[form, ("X-Api-Key", "k")], b"name=Ada").await;
        assert_eq!(r.json()["echo"], "Ada None k");
        let r = request(addr, "POST", "/forms", &[form], b"name=far+too+long+a+name").await;
        assert_eq!(r.status, 422);
    }
}
