//! The library on specs as deep as the loader accepts and one level deeper, called from a thread with a
//! small stack (as a build script's or a proc macro's may be): load, lint, generate (what `generate!`
//! calls), the route trait (what `#[handlers]` calls) and convert all work at the limit and report a
//! located `nesting-limit` error past it; `$ref` chains, nested examples and YAML aliases too. The
//! binary is tested on the same shapes in `generator/tests/depth.rs`.

#[path = "depth/shapes.rs"]
mod shapes;

use serde_json::Value;
use shapes::{LIMIT, SHAPES};
use specgen::convert::{self, Format, Target};
use specgen::generate::Error;
use specgen::load::{LoadOptions, Spec};
use specgen::{Diagnostic, Generator, Severity};

/// Runs `f` on a thread with a quarter of a test thread's stack, results dropped there too.
fn small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(512 << 10)
        .spawn(f)
        .unwrap()
        .join()
        .expect("no panic, no overflow");
}

fn spec(name: &str, doc: &Value) -> Spec {
    Spec::from_text(name, doc.to_string(), &LoadOptions::default())
}

fn errors(findings: &[Diagnostic]) -> Vec<&Diagnostic> {
    findings.iter().filter(|d| d.severity == Severity::Error).collect()
}

/// `findings` hold the nesting limit, located (a pointer below the root, a line) and with a fix.
fn located_limit(findings: &[Diagnostic], what: &str) {
    let d = findings
        .iter()
        .find(|d| d.code == "nesting-limit")
        .unwrap_or_else(|| panic!("{what}: no nesting-limit in {findings:#?}"));
    let at = d
        .location
        .as_ref()
        .unwrap_or_else(|| panic!("{what}: unlocated {d:#?}"));
    assert!(at.pointer.starts_with("/components/schemas/"), "{what}: {d:#?}");
    assert!(at.span.start.line >= 1 && d.help.is_some(), "{what}: {d:#?}");
}

/// Lint, generate and convert all accept `doc`.
fn accepted(doc: &Value, what: &str) {
    let linted = specgen::lint::lint_spec(spec("at.json", doc));
    assert!(
        errors(&linted.findings).is_empty(),
        "{what}: {:#?}",
        errors(&linted.findings)
    );
    let generated = Generator::new().client(true).generate_spec(spec("at.json", doc));
    assert!(generated.is_ok(), "{what}: {:?}", generated.err());
    for target in [Target::V30, Target::V31] {
        let conversion = convert::convert(&spec("at.json", doc), target).unwrap_or_else(|e| panic!("{what}: {e:#?}"));
        for format in [Format::Json, Format::Yaml] {
            assert!(!conversion.write(format).is_empty());
        }
    }
}

/// Lint, generate and convert all refuse `doc` with a located `nesting-limit`.
fn refused(doc: &Value, what: &str) {
    let linted = specgen::lint::lint_spec(spec("past.json", doc));
    located_limit(&linted.findings, &format!("lint, {what}"));
    match Generator::new().generate_spec(spec("past.json", doc)) {
        Err(Error::Spec { diagnostics, .. }) => located_limit(&diagnostics, &format!("generate, {what}")),
        other => panic!("generate, {what}: {:?}", other.map(|g| g.code.len())),
    }
    let converted = convert::convert(&spec("past.json", doc), Target::V30).map(|c| c.write(Format::Json));
    located_limit(&converted.expect_err(what), &format!("convert, {what}"));
}

#[test]
fn every_schema_nesting_works_at_the_limit_and_is_a_located_error_past_it() {
    small_stack(|| {
        for shape in SHAPES {
            let (at, past) = (shapes::nested(shape, LIMIT), shapes::nested(shape, LIMIT + 1));
            assert_eq!((shapes::depth_of(&at), shapes::depth_of(&past)), (LIMIT, LIMIT + 1));
            accepted(&at, &format!("{shape:?} at the limit"));
            refused(&past, &format!("{shape:?} past the limit"));
        }
    });
}

#[test]
fn an_example_nested_to_the_limit_is_validated_against_its_recursive_schema() {
    small_stack(|| {
        accepted(&shapes::deep_example(LIMIT), "an example at the limit");
        refused(&shapes::deep_example(LIMIT + 1), "an example past the limit");
        // Validation follows the schema's reference level by level, so the walk is as deep as the value:
        // a value that does not match at the bottom is still found.
        let mut doc = shapes::deep_example(LIMIT);
        let mut leaf = &mut doc["components"]["schemas"]["R"]["example"];
        for _ in 0..100 {
            leaf = &mut leaf[0];
        }
        *leaf = Value::from(5);
        let linted = specgen::lint::lint_spec(spec("bad.json", &doc));
        assert!(
            linted.findings.iter().any(|d| d.code == "oas3-valid-schema-example"),
            "{:#?}",
            linted.findings
        );
    });
}

#[test]
fn yaml_aliases_expand_to_the_limit_and_no_further() {
    small_stack(|| {
        let at = Spec::from_text("at.yaml", shapes::alias(200, 198), &LoadOptions::default());
        assert!(errors(&at.diagnostics).is_empty(), "{:#?}", at.diagnostics);
        assert!(Generator::new().generate_spec(at).is_ok());
        let past = Spec::from_text("past.yaml", shapes::alias(200, 199), &LoadOptions::default());
        located_limit(&past.diagnostics, "an alias past the limit");
        assert!(past.diagnostics[0].message.contains("once this alias is expanded"));
    });
}

#[test]
fn reference_chains_are_walked_without_overflow() {
    small_stack(|| {
        for shape in SHAPES {
            accepted(&shapes::chain(shape, 1_000), &format!("a chain of {shape:?}"));
        }
    });
}

#[test]
fn all_of_merging_through_references_stops_with_a_located_warning() {
    small_stack(|| {
        let generated = Generator::new()
            .generate_spec(spec("merge.json", &shapes::merge_chain(1_000)))
            .expect("generates");
        let w = generated
            .warnings
            .iter()
            .find(|d| d.message.contains("nest more than 64 deep through references"))
            .unwrap_or_else(|| panic!("{:#?}", generated.warnings));
        assert!(
            w.location
                .as_ref()
                .is_some_and(|l| l.pointer.starts_with("/components/schemas/"))
        );
        // A chain within the budget merges every level.
        let generated = Generator::new()
            .generate_spec(spec("merge.json", &shapes::merge_chain(60)))
            .expect("generates");
        assert!(
            generated.code.contains("p59"),
            "the deepest member's property is merged"
        );
    });
}

#[test]
fn the_macros_library_calls_work_at_the_limit_on_a_small_stack() {
    small_stack(|| {
        let dir = tempfile::tempdir().unwrap();
        let mut doc = shapes::nested(shapes::Shape::Items, LIMIT);
        doc["paths"] = serde_json::json!({"/a": {"get": {"operationId": "getA", "responses": {"200": {
            "description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}}}});
        let path = dir.path().join("api.json");
        std::fs::write(&path, doc.to_string()).unwrap();
        let generator = Generator::new().root_dir(dir.path());
        // `generate!` expands to this code, `#[handlers]` checks an impl against this trait.
        assert!(generator.generate(&path).is_ok());
        let route = generator.route_trait(&path).expect("a route trait");
        assert_eq!(route.methods.len(), 1);
    });
}

/// A path item in `b.json` whose callbacks nest `steps` path items (four containers each), referenced
/// from a callback of the root, where it is inlined five levels deeper than it is written.
fn inlined(steps: usize) -> (tempfile::TempDir, std::path::PathBuf) {
    let mut item = serde_json::json!({"get": {"responses": {"200": {"description": "ok"}}}});
    for _ in 0..steps {
        let mut outer = serde_json::json!({"post": {"callbacks": {"cb": {"{$request.body#/u}": null}},
            "responses": {"200": {"description": "ok"}}}});
        outer["post"]["callbacks"]["cb"]["{$request.body#/u}"] = item;
        item = outer;
    }
    let mut b = serde_json::Map::new();
    b.insert("p".into(), item);
    let root = serde_json::json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {
        "callbacks": {"cb": {"{$request.body#/u}": {"$ref": "b.json#/p"}}},
        "responses": {"200": {"description": "ok"}}}}}});
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.json"), Value::Object(b).to_string()).unwrap();
    std::fs::write(dir.path().join("api.json"), root.to_string()).unwrap();
    let path = dir.path().join("api.json");
    (dir, path)
}

#[test]
fn inlining_another_file_cannot_nest_the_document_past_the_limit() {
    small_stack(|| {
        let options = LoadOptions::default();
        // b.json is 1 + 4 * 97 + 4 = 393 deep, 398 once inlined.
        let (_dir, path) = inlined(97);
        let spec = Spec::load(&path, &options).unwrap();
        assert!(errors(&spec.diagnostics).is_empty(), "{:#?}", spec.diagnostics);
        assert!(convert::convert(&spec, Target::V30).is_ok());
        assert!(Generator::new().generate_spec(spec).is_ok());
        // 397 deep, within the limit in its own file; 402 once inlined.
        let (_dir, path) = inlined(98);
        let spec = Spec::load(&path, &options).unwrap();
        assert!(errors(&spec.diagnostics).is_empty(), "{:#?}", spec.diagnostics);
        let found = convert::convert(&spec, Target::V30)
            .map(|c| c.write(Format::Json))
            .expect_err("too deep");
        let d = found.iter().find(|d| d.code == "nesting-limit").expect("nesting-limit");
        let at = d.location.as_ref().expect("located");
        assert!(spec.sources.get(at.file).path.ends_with("b.json"), "{d:#?}");
        assert!(at.pointer.starts_with("/p/post/callbacks/cb/"), "{d:#?}");
        let linted = specgen::lint::lint_spec(spec);
        assert!(
            linted.findings.iter().any(|d| d.code == "nesting-limit"),
            "{:#?}",
            linted.findings
        );
    });
}

#[test]
fn generated_code_reads_deeply_nested_bodies_as_errors_not_overflows() {
    small_stack(|| {
        // serde_json stops at 128 levels by itself; the server and client read bodies only through it,
        // so a recursive type (here the most recursive one, any JSON value) cannot be nested deeper.
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let problem = specgen_rt::parse_json::<Value>(deep.as_bytes()).expect_err("too deep");
        assert_eq!(problem.status, 400, "{problem:?}");
        assert!(specgen_rt::decode_json::<Value>(200, deep.as_bytes()).is_err());
        let within = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(specgen_rt::parse_json::<Value>(within.as_bytes()).is_ok());
    });
}
