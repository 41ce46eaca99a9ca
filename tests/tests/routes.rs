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
    async fn get_file_json(&self, path: GetFileJsonPath) -> GetFileJsonResponse {
        GetFileJsonResponse::Ok(echo(path))
    }
    async fn clone_db(&self, path: CloneDbPath) -> CloneDbResponse {
        CloneDbResponse::Ok(echo(path))
    }
    async fn get_item(&self, path: GetItemPath) -> GetItemResponse {
        GetItemResponse::Ok(echo(path))
    }
    async fn delete_item(&self, path: DeleteItemPath) -> DeleteItemResponse {
        DeleteItemResponse::Ok(echo(path))
    }
    async fn get_item_by_key(&self, path: GetItemByKeyPath) -> GetItemByKeyResponse {
        GetItemByKeyResponse::Ok(echo(path))
    }
    async fn colon_literal(&self, path: ColonLiteralPath) -> ColonLiteralResponse {
        ColonLiteralResponse::Ok(echo(path))
    }
    async fn org_members(&self, path: OrgMembersPath) -> OrgMembersResponse {
        OrgMembersResponse::Ok(echo(path))
    }
    async fn get_response(&self, path: GetResponsePath) -> GetResponseResponse {
        GetResponseResponse::Ok(echo(path))
    }
    async fn get_pair(&self, path: GetPairPath) -> GetPairResponse {
        GetPairResponse::Ok(echo(path))
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
    let client = Client::new(format!("http://{addr}"));
    let GetFileJsonResponse::Ok(got) = client
        .get_file_json(&GetFileJsonPath { name: "a/b c".into() })
        .await
        .expect("served");
    assert_eq!(got, json!({"name": "a/b c"}));
    let GetResponseResponse::Ok(got) = client
        .get_response(&GetResponsePath { id: "r1".into() })
        .await
        .expect("served");
    assert_eq!(got, json!({"id": "r1"}));
    let OrgMembersResponse::Ok(got) = client
        .org_members(&OrgMembersPath { org: "acme".into() })
        .await
        .expect("served");
    assert_eq!(got, json!({"org": "acme"}));
    // Left out of the router: the server has no such operation.
    let r = client
        .get_pair(&GetPairPath {
            a: "x".into(),
            b: "y".into(),
        })
        .await;
    assert!(
        matches!(r, Err(rt::ClientError::UnexpectedStatus { status: 404, .. })),
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
            ("unsupported-path", "/paths/~1items~1{key}"),
            ("unsupported-path", "/paths/~1pairs~1{a}{b}")
        ]
    );
}

/// Registers every route the model settles for `spec` in a real axum router, as the generated `router()`
/// does; `Err` with axum's panic message when it refuses one.
fn register(spec: Spec) -> Result<usize, String> {
    let plan = specgen::generate::plan(&spec);
    let Some(api) = plan.api else { return Ok(0) };
    let mut routes: Vec<(String, Vec<String>)> = Vec::new();
    let mut literal = false;
    for op in &api.operations {
        let Some(route) = &op.route else { continue };
        literal |= route.literal_colon_or_star;
        match routes.iter_mut().find(|(p, _)| *p == route.axum) {
            Some((_, methods)) => methods.push(op.method.clone()),
            None => routes.push((route.axum.clone(), vec![op.method.clone()])),
        }
    }
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
