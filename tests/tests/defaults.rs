//! Spec `default`s (`fixtures/generate/defaults.yaml`): a property or parameter with one that fits its
//! schema is not an `Option`; absent, it reads as the default (in a body, and in the router for a
//! parameter); it is always written (the client sends it); a default that breaks its schema is not
//! applied, with a located warning. Also the constructors (`Default`, `new`) and the
//! `optional_nullable_as_option` setting through builder, CLI and macro.

use std::sync::Arc;

use specgen::Generator;
use specgen_tests::fixtures::defaults::*;
use specgen_tests::fixtures::defaults_flat;
use specgen_tests::http::{request, serve};

fn read<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

#[test]
#[allow(clippy::approx_constant)]
fn absent_properties_read_as_their_defaults() {
    let s: Settings = read(r#"{"name": "n", "strict": false}"#).unwrap();
    assert_eq!(s.limit.get(), 15);
    assert_eq!(s.color, Color::Green);
    assert_eq!(s.level.get(), 2);
    assert_eq!(s.big, 9_007_199_254_740_993, "exact past 2^53");
    assert_eq!(s.code.as_str(), "ABC");
    assert_eq!((s.ratio, s.scale, s.count), (0.5, 1.25, -3));
    // Values clippy would read as approximations of constants, exactly as written.
    assert_eq!((s.pi, s.quarter), (3.14159, 0.785398));
    assert_eq!(s.title, "untitled");
    assert_eq!(s.short.as_str(), "abc");
    assert_eq!(s.day.as_str(), "2024-02-29");
    assert_eq!(s.at.as_str(), "2024-01-01T00:00:00.5+01:00");
    assert_eq!(s.uid.as_str(), "123e4567-e89b-12d3-a456-426614174000");
    assert!(!s.enabled);
    assert_eq!(
        s.note.as_deref(),
        Some("hello"),
        "nullable with a default: absent is the default"
    );
    assert_eq!(s.default, 7, "a property named `default`");
    // Required wins: `strict` has a default but must be sent.
    assert!(!s.strict);
    assert!(
        read::<Settings>(r#"{"name": "n"}"#)
            .unwrap_err()
            .starts_with("missing field `strict`")
    );
    // Lists and objects keep their `Option` (the doc gives the default); so do defaults that break
    // their schema.
    assert_eq!((s.list, s.obj, s.low, s.mistyped), (None, None, None, None));
    // The constructor fills in exactly the same.
    assert_eq!(
        Settings::new("n".into(), false),
        read::<Settings>(r#"{"name": "n", "strict": false}"#).unwrap()
    );
}

#[test]
fn null_and_values_still_read_as_sent() {
    let s: Settings = read(r#"{"name": "n", "strict": true, "note": null, "limit": 3, "color": "red"}"#).unwrap();
    assert_eq!(s.note, None, "null is null, not the default");
    assert_eq!((s.limit.get(), s.color), (3, Color::Red));
    // A default is no licence for null or a bad value.
    assert!(read::<Settings>(r#"{"name": "n", "strict": true, "limit": null}"#).is_err());
    assert!(read::<Settings>(r#"{"name": "n", "strict": true, "limit": 0}"#).is_err());
}

#[test]
fn defaults_are_written() {
    let json = serde_json::to_value(Settings::new("n".into(), true)).unwrap();
    assert_eq!(json["limit"], 15);
    assert_eq!(json["color"], "green");
    assert_eq!(json["big"], serde_json::json!(9_007_199_254_740_993_i64));
    assert_eq!(json["note"], "hello");
    assert_eq!(json["day"], "2024-02-29");
    assert!(json.get("list").is_none() && json.get("maybe").is_none(), "{json}");
    let cleared = Settings {
        note: None,
        ..Settings::new("n".into(), true)
    };
    assert_eq!(serde_json::to_value(cleared).unwrap()["note"], serde_json::Value::Null);
}

#[test]
fn types_with_a_default_implement_default() {
    assert_eq!(Limit::default().get(), 15);
    assert_eq!(Color::default(), Color::Green);
    assert_eq!(Level::default().get(), 2);
    assert_eq!(Code::default().as_str(), "ABC");
    // Every optional property absent or at its default.
    let o = Options::default();
    assert_eq!((o.limit.get(), o.color, o.other.as_deref()), (15, Color::Green, None));
    assert_eq!(o, read::<Options>("{}").unwrap());
    let p = Plain {
        other: Some("x".into()),
        ..Default::default()
    };
    assert_eq!(p.maybe, None);
}

#[test]
fn nullable_optional_as_one_option() {
    // Default setting: absent and null are told apart.
    let p: Plain = read(r#"{"maybe": null}"#).unwrap();
    assert_eq!(p.maybe, Some(None));
    // The setting: both `None`, and `None` is left out when written.
    let f: defaults_flat::Plain = read(r#"{"maybe": null}"#).unwrap();
    assert_eq!(f.maybe, None);
    let f: defaults_flat::Plain = read(r#"{}"#).unwrap();
    assert_eq!(f.maybe, None);
    let f: defaults_flat::Plain = read(r#"{"maybe": "x"}"#).unwrap();
    assert_eq!(f.maybe.as_deref(), Some("x"));
    let written = serde_json::to_string(&defaults_flat::Plain::default()).unwrap();
    assert_eq!(written, "{}");
    // A default still wins over the setting: absent is the default, null is `None`.
    let s: defaults_flat::Settings = read(r#"{"name": "n", "strict": true}"#).unwrap();
    assert_eq!(s.note.as_deref(), Some("hello"));
}

struct Echo;

impl DefaultsApi for Echo {
    async fn list_things(
        &self,
        _cx: specgen_rt::RequestContext,
        query: ListThingsQuery,
        headers: ListThingsHeaders,
    ) -> ListThingsResponse {
        let mut seen = Seen::new(
            query.limit.get().into(),
            query.sort.to_string(),
            query.verbose,
            query.since.as_str().to_owned(),
            query.big,
            query.page,
        );
        seen.cursor = Some(query.cursor);
        seen.low = query.low.map(|l| l.get());
        seen.trace = Some(headers.x_trace);
        ListThingsResponse::Ok(seen)
    }

    async fn get_thing(&self, _cx: specgen_rt::RequestContext, path: GetThingPath) -> GetThingResponse {
        GetThingResponse::Ok(Settings::new(path.id, true))
    }
}

#[tokio::test]
async fn the_router_reads_absent_parameters_as_their_defaults() {
    let addr = serve(router(Arc::new(Echo))).await;
    let r = request(addr, "GET", "/things?page=1", &[], b"").await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        r.json(),
        serde_json::json!({
            "limit": 15, "sort": "desc", "verbose": true, "since": "2020-01-01",
            "big": 9_007_199_254_740_993_i64, "cursor": "start", "page": 1, "trace": "none"
        })
    );
    // Sent values win; a nullable one's empty value is its null, not its default.
    let r = request(
        addr,
        "GET",
        "/things?page=1&limit=3&sort=asc&cursor=&verbose=false",
        &[("X-Trace", "t")],
        b"",
    )
    .await;
    let json = r.json();
    assert_eq!(
        (&json["limit"], &json["sort"], &json["verbose"]),
        (&3.into(), &"asc".into(), &false.into())
    );
    assert_eq!(
        (&json["cursor"], &json["trace"]),
        (&serde_json::Value::Null, &"t".into())
    );
    // Required wins: `page` has a default but must be sent.
    let r = request(addr, "GET", "/things", &[], b"").await;
    assert_eq!(r.status, 400, "{}", r.text());
    // A default is checked like a value: a bad one is still refused.
    let r = request(addr, "GET", "/things?page=1&limit=0", &[], b"").await;
    assert_eq!(r.status, 400, "{}", r.text());
}

#[tokio::test]
async fn the_client_sends_the_defaults() {
    let addr = serve(router(Arc::new(Echo))).await;
    let client = Client::new(format!("http://{addr}")).unwrap();
    let sent = ListThingsQuery {
        cursor: None,
        ..ListThingsQuery::new(2)
    };
    let seen = client.list_things(&sent, &ListThingsHeaders::default()).await.unwrap();
    assert_eq!((seen.limit, seen.sort.as_str(), seen.page), (15, "desc", 2));
    assert_eq!(
        seen.cursor,
        Some(None),
        "`None` of a nullable parameter with a default is sent as null"
    );
    assert_eq!(seen.trace.as_deref(), Some("none"));
}

#[test]
fn a_default_that_breaks_its_schema_is_warned_about_where_it_is() {
    let spec = specgen_tests::fixture("generate/defaults.yaml");
    let text = std::fs::read_to_string(&spec).unwrap();
    let generated = Generator::new().generate(&spec).unwrap();
    let mut at: Vec<(String, u32)> = generated
        .warnings
        .iter()
        .filter(|w| w.code == "default-not-applied")
        .map(|w| {
            let loc = w.location.as_ref().unwrap();
            (loc.pointer.clone(), loc.span.start.line)
        })
        .collect();
    at.sort();
    let line = |needle: &str| specgen_tests::span_of(&text, needle).start.line;
    assert_eq!(
        at,
        [
            (
                "/components/schemas/Settings/properties/low/default".to_owned(),
                line("low: {type: integer, minimum: 10, default: 3}")
            ),
            (
                "/components/schemas/Settings/properties/mistyped/default".to_owned(),
                line("mistyped: {type: string, default: 3}")
            ),
            (
                "/paths/~1things/get/parameters/9/schema/default".to_owned(),
                line("{name: low, in: query")
            ),
        ]
    );
}

/// OpenAPI 3.1 applies a `$ref`'s siblings: a `default` beside a `$ref` is the property's default.
#[test]
fn a_31_ref_sibling_default_applies() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("api.yaml");
    std::fs::write(
        &spec,
        r#"openapi: 3.1.0
info: {title: T, version: "1"}
paths: {}
components:
  schemas:
    Limit: {type: integer, format: int32, minimum: 1, default: 15}
    Page:
      type: object
      properties:
        size: {$ref: '#/components/schemas/Limit', default: 7}
        plain: {$ref: '#/components/schemas/Limit'}
"#,
    )
    .unwrap();
    let code = Generator::new().generate(&spec).unwrap().code;
    assert!(code.contains("pub size: Limit,"), "{code}");
    assert!(code.contains("(7i32)"), "{code}");
    assert!(code.contains("pub plain: Limit,"), "{code}");
}

/// The setting through the builder (the CLI flag is checked against it in `generator/tests/cli.rs`,
/// the macro option in `macros/src/generate.rs`).
#[test]
fn the_setting_through_the_builder() {
    let spec = specgen_tests::fixture("generate/defaults.yaml");
    let built = Generator::new()
        .optional_nullable_as_option(true)
        .generate(&spec)
        .unwrap()
        .code;
    assert!(built.contains("pub maybe: Option<String>,"), "{built}");
    assert!(built.contains(r#"flat::maybe("maybe")"#), "{built}");
    let plain = Generator::new().generate(&spec).unwrap().code;
    assert!(plain.contains("pub maybe: Option<Option<String>>,"), "{plain}");
}

/// A Swagger 2.0 spec's defaults (on a parameter itself, on a definition's property) go the same way,
/// and a bad one is warned about at its line in the 2.0 file.
#[test]
fn swagger2_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("api.yaml");
    let text = r#"swagger: "2.0"
info: {title: T, version: "1"}
paths:
  /a:
    get:
      operationId: getA
      parameters:
        - {name: limit, in: query, type: integer, minimum: 1, default: 20}
        - {name: bad, in: query, type: integer, minimum: 1, default: 0}
      responses:
        "200": {description: ok, schema: {$ref: '#/definitions/Thing'}}
definitions:
  Thing:
    type: object
    properties:
      size: {type: integer, default: 3}
"#;
    std::fs::write(&spec, text).unwrap();
    let generated = Generator::new().root_dir(dir.path()).generate(&spec).unwrap();
    let code = &generated.code;
    assert!(code.contains(r#"def::size("size", 3i64)"#), "{code}");
    assert!(
        code.contains("pub limit: GetALimit,") && code.contains("pub bad: Option<GetABad>,"),
        "{code}"
    );
    let [w] = generated.warnings.as_slice() else {
        panic!("{:#?}", generated.warnings)
    };
    let loc = w.location.as_ref().unwrap();
    assert_eq!((w.code, loc.span.start.line), ("default-not-applied", 9), "{w:?}");
}
