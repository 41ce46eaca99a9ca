//! `#/...` in a file other than the root that names nothing there is read as the root document's, with a
//! `ref-fragment-root` warning, in 3.x and (through the conversion to 3.0) in Swagger 2.0.

use serde_json::json;
use specgen::Severity;
use specgen::load::{LoadOptions, Spec};
use specgen_tests::fixture;

/// The `ref-fragment-root` warnings: (file name, pointer, help).
fn fallbacks(spec: &Spec) -> Vec<(String, String, String)> {
    spec.diagnostics
        .iter()
        .filter(|d| d.code == "ref-fragment-root")
        .map(|d| {
            assert_eq!(d.severity, Severity::Warning);
            let at = d.location.as_ref().unwrap();
            let name = spec
                .sources
                .get(at.file)
                .path
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (name, at.pointer.clone(), d.help.clone().unwrap())
        })
        .collect()
}

#[test]
fn fragments_of_the_root_document_are_found_from_other_files() {
    let spec = Spec::load(fixture("load/fragment-root/root.yaml"), &LoadOptions::default()).unwrap();
    assert!(!spec.has_errors(), "{:#?}", spec.diagnostics);
    let found = fallbacks(&spec);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].0, "pets.yaml");
    assert_eq!(
        found[0].1,
        "/get/responses/200/content/application~1json/schema/items/$ref"
    );
    assert!(
        found[0].2.contains("`../root.yaml#/components/schemas/Pet`"),
        "the portable spelling: {}",
        found[0].2
    );
    let api = serde_json::to_value(spec.openapi().expect("typed view")).unwrap();
    let get = &api["paths"]["/pets"]["get"];
    assert_eq!(
        get["responses"]["200"]["content"]["application/json"]["schema"]["items"],
        json!({"$ref": "#/components/schemas/Pet"})
    );
    assert_eq!(
        get["responses"]["404"],
        json!({"$ref": "#/components/responses/NotFound"})
    );
    specgen::Generator::new()
        .generate(fixture("load/fragment-root/root.yaml"))
        .expect("generates");
}

#[test]
fn swagger_2_fragments_of_the_root_convert_to_components() {
    let path = fixture("load/fragment-root-2.0/swagger.yaml");
    let spec = Spec::load(&path, &LoadOptions::default()).unwrap();
    assert!(!spec.has_errors(), "{:#?}", spec.diagnostics);
    let found = fallbacks(&spec);
    let helps: Vec<&str> = found.iter().map(|(_, _, h)| h.as_str()).collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(helps[0].contains("`../swagger.yaml#/definitions/Pet`"), "{helps:?}");
    assert!(
        helps[1].contains("`../swagger.yaml#/responses/BadRequest`"),
        "{helps:?}"
    );
    let api = serde_json::to_value(spec.openapi().expect("typed view")).unwrap();
    let responses = &api["paths"]["/pets"]["get"]["responses"];
    assert_eq!(
        responses["200"]["content"]["application/json"]["schema"]["items"],
        json!({"$ref": "#/components/schemas/Pet"})
    );
    assert_eq!(responses["400"], json!({"$ref": "#/components/responses/BadRequest"}));
    specgen::Generator::new().generate(&path).expect("generates");
}

#[test]
fn a_fragment_in_neither_file_is_unresolved_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("root.yaml"),
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a: {$ref: 'a.yaml'}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a.yaml"),
        "get:\n  responses:\n    '200': {$ref: '#/components/responses/Gone'}\n",
    )
    .unwrap();
    let spec = Spec::load(dir.path().join("root.yaml"), &LoadOptions::default()).unwrap();
    let d = spec
        .diagnostics
        .iter()
        .find(|d| d.code == "unresolved-ref")
        .expect("unresolved");
    assert!(d.message.contains("nor does the root document"), "{}", d.message);
    assert!(fallbacks(&spec).is_empty());
}

#[test]
fn names_are_found_through_references_and_merged_lists() {
    // A map kept in another file is reached through its `$ref`; a list of such files where a map
    // belongs (Opsgenie's `definitions: [{$ref: ...}]`) through the item that has the name.
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "swagger.yaml",
        "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /a: {$ref: 'a.yaml'}\ndefinitions:\n  - $ref: 'one.yaml'\n  - $ref: 'two.yaml'\n",
    );
    write("one.yaml", "One: {type: string}\n");
    write(
        "two.yaml",
        "Two: {type: object, properties: {one: {$ref: '#/definitions/One'}}}\n",
    );
    write(
        "a.yaml",
        "get:\n  responses:\n    '200': {description: ok, schema: {$ref: '#/definitions/Two'}}\n",
    );
    let spec = Spec::load(dir.path().join("swagger.yaml"), &LoadOptions::default()).unwrap();
    assert!(!spec.has_errors(), "{:#?}", spec.diagnostics);
    let target = |file: &str, holder: &str| {
        let from = spec.sources.iter().find(|(_, f)| f.path.ends_with(file)).unwrap().0;
        let t = spec.ref_at(from, holder).unwrap().target.clone().unwrap();
        (
            spec.sources
                .get(t.file)
                .path
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned(),
            t.pointer,
        )
    };
    assert_eq!(
        target("a.yaml", "/get/responses/200/schema"),
        ("two.yaml".into(), "/Two".into())
    );
    assert_eq!(
        target("two.yaml", "/Two/properties/one"),
        ("one.yaml".into(), "/One".into())
    );
    assert_eq!(fallbacks(&spec).len(), 2);
}
