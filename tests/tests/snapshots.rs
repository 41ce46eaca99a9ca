//! The generated code for each fixture spec, pinned. Review changes with `cargo insta review`.

use specgen::Generator;
use specgen_tests::fixture;

fn generate(name: &str) -> String {
    let generated = Generator::new()
        .generate(fixture(&format!("generate/{name}.yaml")))
        .unwrap_or_else(|e| panic!("{e}"));
    // `constraints` has a lookahead pattern on purpose; its `pattern-backtracking` warning is expected.
    let unexpected: Vec<_> = generated
        .warnings
        .iter()
        .filter(|w| w.code != "pattern-backtracking")
        .collect();
    assert!(unexpected.is_empty(), "{name}: {unexpected:#?}");
    generated.code
}

#[test]
fn names() {
    insta::assert_snapshot!(generate("names"));
}

#[test]
fn constraints() {
    insta::assert_snapshot!(generate("constraints"));
}

#[test]
fn shapes() {
    insta::assert_snapshot!(generate("shapes"));
}

/// OpenAPI 3.1 idioms, read into the same model as 3.0.
#[test]
fn oas31() {
    insta::assert_snapshot!(generate("oas31"));
}

#[test]
fn server() {
    insta::assert_snapshot!(generate("server"));
}
