//! OpenAPI 3.1: read into the same model as 3.0 (generator/src/load/oas31.rs), linted with 3.1's reading
//! of schemas. The twins in `fixtures/oas31/` say in 3.1 what `specs/` says in 3.0.

use specgen::Generator;
use specgen::lint::lint_path;
use specgen::load::LoadOptions;
use specgen_tests::fixtures::oas31::*;
use specgen_tests::{fixture, workspace};

/// The findings by pointer and rule, and how many comments hid (JSON has no comments to hide them).
fn lint_codes(path: &std::path::Path) -> (Vec<(String, &'static str)>, usize) {
    let linted = lint_path(path, &LoadOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    let codes = linted
        .findings
        .iter()
        .map(|d| {
            (
                d.location.as_ref().unwrap().pointer.replace("/examples/0", "/example"),
                d.code,
            )
        })
        .collect();
    (codes, linted.suppressed)
}

/// Each twin generates exactly the Rust of its 3.0 original, and lints as cleanly.
#[test]
fn twins_of_the_seed_specs_read_as_their_originals() {
    for name in ["smarterproctoring", "digitalchalk"] {
        let original = workspace().join(format!("specs/{name}.yaml"));
        let twin = fixture(&format!("oas31/{name}.json"));
        let generate = |path: &std::path::Path| {
            Generator::new()
                .client(true)
                .generate(path)
                .unwrap_or_else(|e| panic!("{e}"))
        };
        let (a, b) = (generate(&original), generate(&twin));
        assert!(b.warnings.is_empty(), "{name}: {:#?}", b.warnings);
        assert!(
            a.code == b.code,
            "{name}: the 3.1 twin generates other code than specs/{name}.yaml; if the spec changed, \
             rerun `python3 tests/fixtures/oas31/make_twins.py`"
        );
        // Same findings, at the same places (a schema `example` is `examples/0` in the twin), besides those
        // the original hides with comments.
        let ((twin_codes, _), (original_codes, hidden)) = (lint_codes(&twin), lint_codes(&original));
        assert!(
            original_codes.iter().all(|c| twin_codes.contains(c)) && twin_codes.len() == original_codes.len() + hidden,
            "{name}: {twin_codes:#?} against {original_codes:#?} and {hidden} hidden"
        );
    }
}

#[test]
fn type_lists_const_and_numeric_exclusive_bounds_are_enforced() {
    let pet: Pet = serde_json::from_str(r#"{"id": 1, "nickname": null}"#).unwrap();
    assert_eq!(pet.nickname, None, "`type: [string, 'null']` admits null");
    assert!(
        serde_json::from_str::<Pet>(r#"{"id": 1}"#).is_err(),
        "required even though nullable"
    );
    assert!(
        serde_json::from_str::<Pet>(r#"{"id": 0, "nickname": null}"#).is_err(),
        "exclusiveMinimum: 0"
    );
    assert!(PetWeight::new(99.5).is_ok());
    assert_eq!(
        PetWeight::new(100.0).unwrap_err().constraint,
        "maximum",
        "exclusiveMaximum: 100"
    );
    assert!(PetWeight::new(-1.0).is_err());
    assert!(serde_json::from_str::<PetKind>(r#""pet""#).is_ok());
    assert!(serde_json::from_str::<PetKind>(r#""dog""#).is_err(), "const");
    assert!(
        serde_json::from_str::<Pet>(r#"{"id": 1, "nickname": null, "legacy": null}"#).is_err(),
        "`nullable` means nothing in 3.1"
    );
}

#[test]
fn ref_siblings_apply_beside_the_reference() {
    assert!(PetOwner::new("abcde").is_ok());
    assert_eq!(
        PetOwner::new("abcdef").unwrap_err().constraint,
        "maxLength",
        "the sibling"
    );
    assert_eq!(PetOwner::new("ABC").unwrap_err().constraint, "pattern", "the target's");
    // Annotation-only siblings leave the reference as it is.
    let pet: Pet = serde_json::from_str(r#"{"id": 1, "nickname": "Rex", "tag": "abc"}"#).unwrap();
    let _: Option<Name> = pet.tag;
    assert!(matches!(
        serde_json::from_str::<PetIdOrName>("7").unwrap(),
        PetIdOrName::Integer(_)
    ));
    assert!(
        serde_json::from_str::<PetIdOrName>("0").is_err(),
        "minimum applies to the integer"
    );
    assert!(
        serde_json::from_str::<PetIdOrName>(r#""""#).is_err(),
        "minLength to the string"
    );
}

/// Examples are checked with 3.1's reading: `null` is fine where `type` lists it, and an example that
/// breaks the schema is found at its place in the `examples` list.
#[test]
fn examples_are_validated_with_31_semantics() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("api.yaml");
    std::fs::write(
        &path,
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\ncomponents:\n  schemas:\n    A:\n      type: [string, 'null']\n      examples: [a, null, 3]\n    B:\n      type: integer\n      exclusiveMinimum: 0\n      examples: [0]\n    C:\n      const: x\n      examples: [y]\n",
    )
    .unwrap();
    let linted = lint_path(&path, &LoadOptions::default()).unwrap();
    let found: Vec<(String, String)> = linted
        .findings
        .iter()
        .filter(|d| d.code == "oas3-valid-schema-example")
        .map(|d| (d.location.as_ref().unwrap().pointer.clone(), d.message.clone()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "/components/schemas/A/examples/2".to_owned(),
                "example 2 does not match its schema: expected a string or null, found the integer `3`".to_owned()
            ),
            (
                "/components/schemas/B/examples/0".to_owned(),
                "example 0 does not match its schema: `exclusiveMinimum: 0`: must be greater than 0, not 0".to_owned()
            ),
            (
                "/components/schemas/C/examples/0".to_owned(),
                "example 0 does not match its schema: `\"y\"` is not the `const` value `\"x\"`".to_owned()
            ),
        ]
    );
    let span = linted
        .findings
        .iter()
        .find(|d| d.location.as_ref().unwrap().pointer.ends_with("A/examples/2"))
        .unwrap();
    assert_eq!(span.location.as_ref().unwrap().span.start.to_string(), "7:27");
}

/// Webhooks are requests the API sends: reported where they are, not generated; the document needs no
/// `paths`.
#[test]
fn webhooks_are_reported_not_generated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hooks.yaml");
    std::fs::write(
        &path,
        "openapi: 3.1.0\ninfo: {title: Hooks, version: '1'}\nwebhooks:\n  petAdded:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/Pet'}\ncomponents:\n  schemas:\n    Pet: {type: object, properties: {name: {type: string}}}\n",
    )
    .unwrap();
    let generated = Generator::new().generate(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(generated.code.contains("pub struct Pet"));
    let [w] = generated.warnings.as_slice() else {
        panic!("{:#?}", generated.warnings)
    };
    assert_eq!(w.code, "webhook-not-generated");
    let loc = w.location.as_ref().unwrap();
    assert_eq!(
        (loc.pointer.as_str(), loc.span.start.to_string()),
        ("/webhooks/petAdded", "4:3".to_owned())
    );
}

/// The OpenAPI repository's own 3.1 examples lint without errors and generate.
#[test]
fn oai_31_examples() {
    let Some(corpus) = specgen_tests::corpus() else { return };
    let dir = corpus.join("oai-examples-3.1");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        seen += 1;
        let linted = lint_path(&path, &LoadOptions::default()).unwrap();
        let errors: Vec<_> = linted
            .findings
            .iter()
            .filter(|d| d.severity == specgen::Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
        Generator::new()
            .client(true)
            .generate(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    assert!(seen >= 2, "the 3.1 examples are in {}", dir.display());
}

/// 3.1 boolean schemas (`true` admits anything, `false` nothing) are read wherever a schema may be:
/// `generate` does not refuse what `lint` accepts, and neither reports an error.
#[test]
fn boolean_schemas_generate_where_lint_accepts_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("booleans.yaml");
    std::fs::write(
        &path,
        "openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /things:
    post:
      operationId: addThing
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Thing'}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: true
components:
  schemas:
    Thing:
      type: object
      properties:
        anything: true
        nothing: false
        none: {type: array, items: false}
        tuple: {type: array, prefixItems: [true], items: false}
      additionalProperties: false
    Any: true
    Never: false
",
    )
    .unwrap();
    let generated = Generator::new()
        .client(true)
        .generate(&path)
        .unwrap_or_else(|e| panic!("generate refused what lint accepts:\n{e}"));
    assert!(generated.code.contains("pub struct Thing"), "{}", generated.code);
    let linted = lint_path(&path, &LoadOptions::default()).unwrap();
    let errors: Vec<_> = linted
        .findings
        .iter()
        .filter(|d| d.severity == specgen::Severity::Error)
        .map(|d| (d.code, d.message.clone()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}
