//! `docs/rules.md` is generated from the rules' doc comments; this test fails when it is stale.
//! Regenerate with `SPECGEN_BLESS=1 cargo test -p specgen-tests --test lint_docs`.

use specgen_tests::workspace;

#[test]
fn rules_md_is_up_to_date() {
    let path = workspace().join("docs/rules.md");
    let generated = specgen::lint::docs::rules_markdown();
    if std::env::var_os("SPECGEN_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == generated,
        "docs/rules.md is stale; run `SPECGEN_BLESS=1 cargo test -p specgen-tests --test lint_docs`"
    );
}

#[test]
fn every_rule_is_documented_with_examples() {
    let docs = specgen::lint::docs::rules_markdown();
    for meta in specgen::lint::rules::all() {
        assert!(
            docs.contains(&format!("\n## {}\n", meta.id)),
            "{} has no section",
            meta.id
        );
    }
    for meta in specgen::lint::rules::WALKED {
        assert!(
            meta.docs.contains("Bad:") && meta.docs.contains("Good:"),
            "{} lacks a bad or good example",
            meta.id
        );
    }
}
