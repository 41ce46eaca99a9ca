//! Routes axum cannot take as written (`fixtures/generate/routes.yaml`) are served over a real socket on
//! 127.0.0.1 with their meaning kept, or left out of the router with a warning; and no spec's generated
//! `router()` panics when it is built: the routes the model settles for every corpus root are registered
//! in a real axum router.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use serde::Serialize;
use serde_json::{Value, json};
use specgen::load::{LoadOptions, Spec};
use specgen_tests::fixtures::routes::*;
use specgen_tests::http::{request, serve};

struct Echo;

fn echo<T: Serialize>(path: T) -> Value {
    serde_json::to_value(path).expect("serializes")
}

impl RoutesApi for Echo {
    async fn get_file_json(&self, _cx: rt::RequestContext, path: GetFileJsonPath) -> GetFileJsonResponse {
        GetFileJsonResponse::Ok(echo(path))
    }
    async fn clone_db(&self, _cx: rt::RequestContext, path: CloneDbPath) -> CloneDbResponse {
        CloneDbResponse::Ok(echo(path))
    }
    async fn get_item(&self, _cx: rt::RequestContext, path: GetItemPath) -> GetItemResponse {
        GetItemResponse::Ok(echo(path))
    }
    async fn delete_item(&self, _cx: rt::RequestContext, path: DeleteItemPath) -> DeleteItemResponse {
        DeleteItemResponse::Ok(echo(path))
    }
    async fn get_item_by_key(&self, _cx: rt::RequestContext, path: GetItemByKeyPath) -> GetItemByKeyResponse {
        GetItemByKeyResponse::Ok(echo(path))
    }
    async fn colon_literal(&self, _cx: rt::RequestContext, path: ColonLiteralPath) -> ColonLiteralResponse {
        ColonLiteralResponse::Ok(echo(path))
    }
    async fn org_members(&self, _cx: rt::RequestContext, path: OrgMembersPath) -> OrgMembersResponse {
        OrgMembersResponse::Ok(echo(path))
    }
    async fn get_response(&self, _cx: rt::RequestContext, path: GetResponsePath) -> GetResponseResponse {
        GetResponseResponse::Ok(echo(path))
    }
    async fn get_pair(&self, _cx: rt::RequestContext, path: GetPairPath) -> GetPairResponse {
        GetPairResponse::Ok(echo(path))
    }
    async fn cancel_job(&self, _cx: rt::RequestContext, path: CancelJobPath) -> CancelJobResponse {
        CancelJobResponse::Ok(echo(path))
    }
    async fn undelete_job(&self, _cx: rt::RequestContext, path: UndeleteJobPath) -> UndeleteJobResponse {
        UndeleteJobResponse::Ok(echo(path))
    }
    async fn update_job(&self, _cx: rt::RequestContext, path: JobsNamePath) -> UpdateJobResponse {
        UpdateJobResponse::Ok(echo(path))
    }
    async fn get_job(&self, _cx: rt::RequestContext, path: JobsNamePath) -> GetJobResponse {
        GetJobResponse::Ok(echo(path))
    }
    async fn get_schedule_ics(&self, _cx: rt::RequestContext, path: GetScheduleIcsPath) -> GetScheduleIcsResponse {
        GetScheduleIcsResponse::Ok(echo(path))
    }
    async fn get_schedule(&self, _cx: rt::RequestContext, path: GetSchedulePath) -> GetScheduleResponse {
        GetScheduleResponse::Ok(echo(path))
    }
    async fn get_status(&self, _cx: rt::RequestContext, path: GetStatusPath) -> GetStatusResponse {
        GetStatusResponse::Ok(echo(path))
    }
    async fn get_cafe_menu(&self, _cx: rt::RequestContext, path: GetCafeMenuPath) -> GetCafeMenuResponse {
        GetCafeMenuResponse::Ok(echo(path))
    }
    async fn x_prefixed(&self, _cx: rt::RequestContext, path: XPrefixedPath) -> XPrefixedResponse {
        XPrefixedResponse::Ok(echo(path))
    }
    async fn json_suffixed(&self, _cx: rt::RequestContext, path: JsonSuffixedPath) -> JsonSuffixedResponse {
        JsonSuffixedResponse::Ok(echo(path))
    }
}

#[tokio::test]
async fn literal_text_around_a_parameter_is_matched_and_cut() {
    let addr = serve(router(Arc::new(Echo))).await;
    let get = |path: &'static str| async move { request(addr, "GET", path, &[], b"").await };
    let r = get("/files/report%20v2.json").await;
    assert_eq!((r.status, r.json()), (200, json!({"name": "report v2"})));
    // Not the segment this operation is for: no operation is there.
    assert_eq!(get("/files/report.xml").await.status, 404);
    let r = request(addr, "POST", "/db/main:clone", &[], b"").await;
    assert_eq!((r.status, r.json()), (200, json!({"name": "main"})));
    // The parameter cut from its segment is checked like any other.
    assert_eq!(request(addr, "POST", "/db/MAIN:clone", &[], b"").await.status, 400);
    let r = get("/orgs/$acme/members").await;
    assert_eq!((r.status, r.json()), (200, json!({"org": "acme"})));
    assert_eq!(get("/orgs/acme/members").await.status, 404);
}

/// `(status, body)` of a request without a body, the body as JSON when there is one.
async fn call(addr: std::net::SocketAddr, method: &str, path: &str) -> (u16, Value) {
    let r = request(addr, method, path, &[], b"").await;
    let body = if r.body.is_empty() { Value::Null } else { r.json() };
    (r.status, body)
}

#[tokio::test]
async fn operations_sharing_a_route_are_told_apart_by_their_literal_text() {
    let addr = serve(router(Arc::new(Echo))).await;
    let ok = |key: &str, value: &str| (200, json!({ key: value }));
    // Google-style custom methods beside the resource itself: the most specific first.
    assert_eq!(call(addr, "POST", "/v1/jobs/j1:cancel").await, ok("name", "j1"));
    assert_eq!(call(addr, "POST", "/v1/jobs/j1:undelete").await, ok("job", "j1"));
    assert_eq!(call(addr, "POST", "/v1/jobs/j1").await, ok("name", "j1"));
    assert_eq!(call(addr, "GET", "/v1/jobs/j1:cancel").await, ok("name", "j1:cancel"));
    // An encoded colon belongs to the value: the plain resource, named `j1:cancel`.
    assert_eq!(
        call(addr, "POST", "/v1/jobs/j1%3Acancel").await,
        ok("name", "j1:cancel")
    );
    // Nothing before the literal text: no parameter, so the plain resource's.
    assert_eq!(call(addr, "POST", "/v1/jobs/:cancel").await, ok("name", ":cancel"));
    assert_eq!(call(addr, "DELETE", "/v1/jobs/j1").await.0, 405);
    assert_eq!(call(addr, "GET", "/schedules/s%201.ics").await, ok("identifier", "s 1"));
    assert_eq!(
        call(addr, "GET", "/schedules/s1.ical").await,
        ok("identifier", "s1.ical")
    );
    assert_eq!(call(addr, "GET", "/v2/status").await, ok("version", "2"));
    assert_eq!(call(addr, "GET", "/x2/status").await.0, 404);
    assert_eq!(
        call(addr, "GET", "/caf%C3%A9s/b%C3%A9a%20menu").await,
        ok("name", "béa")
    );
    assert_eq!(call(addr, "GET", "/ambiguous/xa.json").await, ok("a", "a.json"));
    assert_eq!(call(addr, "GET", "/ambiguous/a.json").await.0, 404);
}

#[tokio::test]
async fn paths_that_differ_only_in_names_share_a_route() {
    let addr = serve(router(Arc::new(Echo))).await;
    let r = request(addr, "GET", "/items/5", &[], b"").await;
    assert_eq!((r.status, r.json()), (200, json!({"itemId": 5})));
    let r = request(addr, "DELETE", "/items/5", &[], b"").await;
    assert_eq!((r.status, r.json()), (200, json!({"id": 5})));
    let r = request(addr, "GET", "/v1/:literal/7", &[], b"").await;
    assert_eq!((r.status, r.json()), (200, json!({"x": "7"})));
}

#[tokio::test]
async fn the_client_reaches_each_served_operation() {
    let addr = serve(router(Arc::new(Echo))).await;
    let client = Client::new(format!("http://{addr}")).expect("a valid base URL");
    let got = client
        .get_file_json(&GetFileJsonPath { name: "a/b c".into() })
        .await
        .expect("served");
    assert_eq!(got, json!({"name": "a/b c"}));
    let got = client
        .get_response(&GetResponsePath { id: "r1".into() })
        .await
        .expect("served");
    assert_eq!(got, json!({"id": "r1"}));
    let got = client
        .org_members(&OrgMembersPath { org: "acme".into() })
        .await
        .expect("served");
    assert_eq!(got, json!({"org": "acme"}));
    let got = client
        .get_cafe_menu(&GetCafeMenuPath { name: "b/é:x".into() })
        .await
        .expect("served");
    assert_eq!(got, json!({"name": "b/é:x"}));
    let got = client
        .cancel_job(&CancelJobPath { name: "a:b".into() })
        .await
        .expect("served");
    assert_eq!(got, json!({"name": "a:b"}));
    let got = client
        .update_job(&JobsNamePath {
            name: "a:cancel".into(),
        })
        .await
        .expect("served");
    assert_eq!(got, json!({"name": "a:cancel"}));
    // Left out of the router: the server has no such operation.
    let r = client
        .get_pair(&GetPairPath {
            a: "x".into(),
            b: "y".into(),
        })
        .await;
    assert!(
        matches!(r, Err(rt::Error::UnexpectedStatus { status: 404, .. })),
        "{r:?}"
    );
}

#[test]
fn what_cannot_be_routed_is_a_warning_at_its_path() {
    let path = specgen_tests::fixture("generate/routes.yaml");
    let generated = specgen::Generator::new().generate(&path).expect("generates");
    let at: Vec<(&str, &str)> = generated
        .warnings
        .iter()
        .map(|w| (w.code, w.location.as_ref().expect("located").pointer.as_str()))
        .collect();
    assert_eq!(
        at,
        [
            ("axum-path-template", "/paths/~1items~1{key}"),
            ("axum-path-template", "/paths/~1pairs~1{a}{b}"),
            ("axum-path-template", "/paths/~1ambiguous~1{a}.json")
        ]
    );
}

/// Registers every route the model settles for `spec` in a real axum router, as the generated `router()`
/// does; `Err` with axum's panic message when it refuses one.
fn register(spec: Spec) -> Result<usize, String> {
    let plan = specgen::generate::plan(&spec);
    let Some(api) = plan.api else { return Ok(0) };
    let routes = specgen::emit::registrations(&api);
    let literal = api
        .operations
        .iter()
        .any(|op| op.route.as_ref().is_some_and(|r| r.literal_colon_or_star));
    let count = routes.len();
    catch_unwind(AssertUnwindSafe(|| {
        let mut app: axum::Router = axum::Router::new();
        if literal {
            app = app.without_v07_checks();
        }
        for (path, methods) in routes {
            let mut method_router = axum::routing::MethodRouter::new();
            for m in methods {
                let filter = axum::routing::MethodFilter::try_from(
                    axum::http::Method::from_bytes(m.to_uppercase().as_bytes()).expect("a method"),
                )
                .expect("a routable method");
                method_router = method_router.on(filter, || async { "" });
            }
            app = app.route(&path, method_router);
        }
        app
    }))
    .map(|_| count)
    .map_err(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_default()
    })
}

#[test]
fn every_fixture_router_builds() {
    for name in ["routes", "params", "server", "names", "collisions", "oas31"] {
        let path = specgen_tests::fixture(&format!("generate/{name}.yaml"));
        let spec = Spec::load(&path, &LoadOptions::default()).expect("readable");
        register(spec).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn every_corpus_router_builds() {
    let Some(corpus) = specgen_tests::corpus() else { return };
    let Ok(roots) = std::fs::read_to_string(corpus.join("roots.txt")) else {
        specgen_tests::note("no roots.txt in the corpus; skipping");
        return;
    };
    let mut failures = Vec::new();
    let mut routes = 0;
    for root in roots.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(spec) = Spec::load(corpus.join(root), &LoadOptions::default()) else {
            continue;
        };
        match register(spec) {
            Ok(n) => routes += n,
            Err(e) => failures.push(format!("{root}: {e}")),
        }
    }
    specgen_tests::note(&format!("{routes} corpus routes registered in axum"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Random specs whose paths mix every segment shape a template can have: literal text (`:` and `*`
/// first, outside ASCII, percent-encoded, empty), whole parameters, literal text around one
/// (`{p}.json`, `v{p}`, `{p}:cancel`), two in one segment, a catch-all's spelling, a trailing slash, a
/// query; several operations per shape, so that routes are shared and clash. Every router the plan
/// settles must build, and the linter must report exactly the plan's `axum-path-template` findings.
#[test]
fn random_template_shapes_never_panic_the_router() {
    const SEGMENTS: &[&str] = &[
        "a",
        "b",
        ":x",
        "*y",
        "café",
        "a%20b",
        "",
        "{p}",
        "{q}",
        "{p}.json",
        "{p}.xml",
        "v{p}",
        "{p}:cancel",
        "{q}:undelete",
        "x{p}.json",
        "{p}{q}",
        "{p}.{q}",
        "{*rest}",
        "{p-q.r}",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        usize::try_from(state % n as u64).expect("small")
    };
    let mut registered = 0;
    for spec_index in 0..200 {
        let mut yaml = String::from("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n");
        let mut seen = std::collections::HashSet::new();
        for _ in 0..1 + next(8) {
            let mut path = String::new();
            let mut names = Vec::new();
            for _ in 0..1 + next(3) {
                let segment = SEGMENTS[next(SEGMENTS.len())];
                // Parameter names unique in the path, as OpenAPI asks.
                let segment = segment
                    .replace("{p", &format!("{{p{}", names.len()))
                    .replace("{q", &format!("{{q{}", names.len()));
                for name in segment.split('{').skip(1).filter_map(|s| s.split('}').next()) {
                    names.push(name.trim_start_matches('*').to_owned());
                }
                path.push('/');
                path.push_str(&segment);
            }
            match next(6) {
                0 => path.push('/'),
                1 => path.push_str("?beta=true"),
                _ => {}
            }
            if !seen.insert(path.clone()) {
                continue;
            }
            let params: Vec<String> = names
                .iter()
                .map(|n| format!("{{name: '{n}', in: path, required: true, schema: {{type: string}}}}"))
                .collect();
            yaml.push_str(&format!("  '{path}':\n"));
            for method in ["get", "post"].iter().take(1 + next(2)) {
                yaml.push_str(&format!(
                    "    {method}:\n      parameters: [{}]\n      responses: {{'200': {{description: ok}}}}\n",
                    params.join(", ")
                ));
            }
        }
        let load = || Spec::from_text("t.yaml", &yaml, &LoadOptions::default());
        let plan = specgen::generate::plan(&load());
        assert!(
            plan.errors.is_empty(),
            "spec {spec_index} does not generate:\n{yaml}\n{:#?}",
            plan.errors
        );
        let planned: Vec<String> = plan
            .warnings
            .iter()
            .filter(|w| w.code == "axum-path-template")
            .map(|w| w.message.clone())
            .collect();
        let mut linted: Vec<String> = specgen::lint::lint_spec(load())
            .findings
            .into_iter()
            .filter(|d| d.code == "axum-path-template")
            .map(|d| d.message)
            .collect();
        let mut planned = planned;
        planned.sort();
        linted.sort();
        assert_eq!(linted, planned, "spec {spec_index}:\n{yaml}");
        registered += register(load()).unwrap_or_else(|e| panic!("spec {spec_index}: {e}\n{yaml}"));
    }
    assert!(registered > 200, "{registered} routes");
}
