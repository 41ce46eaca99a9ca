//! How generated code is laid out for its users (issue #17): types, server and client in submodules
//! re-exported at the top; one type per shape that operations share, named after where it is defined
//! or what it is; the runtime's problem body rather than a copy of it.

use generated::{digitalchalk, smarterproctoring};
use specgen::Generator;

/// Every item is reachable from its submodule and from the top, as the same item.
#[test]
fn types_server_and_client_are_submodules_re_exported_at_the_top() {
    fn same<T>(_: T, _: T) {}
    let limit = digitalchalk::types::Limit::new(15).unwrap();
    same(limit, digitalchalk::Limit::new(15).unwrap());
    let client: digitalchalk::client::Client = digitalchalk::Client::new("http://127.0.0.1:1").unwrap();
    drop(client);
    // The trait and the router are the server module's.
    fn _served<A: digitalchalk::server::DigitalChalkApi>(api: std::sync::Arc<A>) -> specgen_rt::axum::Router {
        digitalchalk::router(api)
    }
    let code = std::fs::read_to_string(specgen_tests::workspace().join("generated/src/smarterproctoring.rs")).unwrap();
    for module in ["pub mod types {", "pub mod server {", "pub mod client {"] {
        assert!(code.contains(module), "{module}");
    }
}

/// A path's operations share its path struct; a response component's headers are named after it.
#[test]
fn operations_share_the_types_of_what_they_share() {
    fn same<T>(_: &T, _: &T) {}
    let sid = smarterproctoring::OfferingSid::new(format!("CO{}", "a".repeat(32))).unwrap();
    let install = smarterproctoring::InstallSid::new(format!("AI{}", "b".repeat(32))).unwrap();
    let path = smarterproctoring::CourseOfferingsOfferingSidPath {
        install_sid: install,
        offering_sid: sid,
    };
    // Get, update and delete take the same struct.
    let get = |p: smarterproctoring::CourseOfferingsOfferingSidPath| p;
    same(&get(path.clone()), &path);
    let headers = digitalchalk::UnauthorizedHeaders { www_authenticate: None };
    let get_401 = digitalchalk::GetOfferingResponse::Unauthorized {
        body: digitalchalk::Errors {
            errors: None,
            field_errors: None,
        },
        headers: headers.clone(),
    };
    let list_401 = digitalchalk::ListOfferingsResponse::Unauthorized {
        body: digitalchalk::Errors {
            errors: None,
            field_errors: None,
        },
        headers,
    };
    drop((get_401, list_401));
}

/// The spec's `Problem` describes what the router sends: it is the runtime's type, not a copy.
#[test]
fn the_documented_problem_body_is_the_runtimes() {
    let problem: digitalchalk::Problem = specgen_rt::Problem {
        kind: "about:blank".into(),
        title: "Not Found".into(),
        status: 404,
        detail: "no such path".into(),
        errors: Vec::new(),
    };
    let _: smarterproctoring::Problem = problem;
}

/// A path-level parameter's inline schema is one type for all the path's operations, named after
/// the parameter, not one per operation.
#[test]
fn a_path_level_parameter_is_one_type() {
    let spec = r#"
openapi: 3.0.3
info: {title: Shared, version: '1'}
paths:
  /items/{itemId}:
    parameters:
      - {name: itemId, in: path, required: true, schema: {type: string, pattern: '^[0-9]+$'}}
    get:
      operationId: getItem
      responses: {'204': {description: ok}}
    delete:
      operationId: deleteItem
      responses: {'204': {description: ok}}
"#;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.yaml");
    std::fs::write(&path, spec).unwrap();
    let code = Generator::new().generate(&path).unwrap().code;
    let newtypes: Vec<&str> = code
        .lines()
        .filter(|l| l.contains("pub struct") && l.contains("(String)"))
        .collect();
    assert_eq!(newtypes, ["    pub struct ItemId(String);"], "{code}");
    assert_eq!(code.matches("pub struct ItemsItemIdPath {").count(), 1, "{code}");
    assert!(
        !code.contains("GetItemPath") && !code.contains("DeleteItemPath"),
        "{code}"
    );
}
