//! `specgen lint` with a Spectral ruleset: `--ruleset`, the default `.spectral.*` files, and exit codes.

use std::path::Path;
use std::process::{Command, Output};

fn specgen(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_specgen"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

const API: &str = "openapi: 3.0.3
info: {title: t, version: '1', description: d, contact: {name: n}}
servers: [{url: 'https://api.test'}]
paths:
  /Pets:
    get:
      operationId: listPets
      summary: List
      description: Lists pets.
      tags: [pets]
      responses:
        '200': {description: ok}
        '400': {description: bad}
tags: [{name: pets, description: Pets}]
";

fn project(ruleset_name: &str, ruleset: &str) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("api.yaml"), API).unwrap();
    std::fs::write(d.path().join(ruleset_name), ruleset).unwrap();
    d
}

fn codes(out: &Output) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| {
        panic!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    v.as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect()
}

const KEBAB: &str = "extends: spectral:oas
rules:
  paths-kebab:
    severity: error
    given: $.paths
    then: {field: '@key', function: pattern, functionOptions: {match: '^(/[a-z0-9{}-]*)+$'}}
";

#[test]
fn the_default_ruleset_file_is_found_in_the_current_folder() {
    let d = project(".spectral.yml", KEBAB);
    let out = specgen(&["lint", "--format", "json", "api.yaml"], d.path());
    assert_eq!(out.status.code(), Some(1), "an error-level finding");
    assert!(codes(&out).contains(&"paths-kebab".to_owned()));
}

#[test]
fn an_explicit_ruleset_wins_and_severities_apply() {
    let d = project(
        "style.json",
        r#"{"extends": ["spectral:oas"], "rules": {"operation-tags": "off"}}"#,
    );
    std::fs::write(d.path().join(".spectral.yaml"), KEBAB).unwrap();
    let out = specgen(
        &["lint", "--format", "json", "--ruleset", "style.json", "api.yaml"],
        d.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!codes(&out).contains(&"paths-kebab".to_owned()));
}

#[test]
fn ruleset_errors_are_located_and_exit_2() {
    for (ruleset, at) in [
        (
            "rules:\n  x:\n    given: $.a\n    then: {function: nope}\n",
            "style.yaml:4:",
        ),
        ("extends: [./missing.yaml]\n", "style.yaml:1:"),
        ("rules: [\n", "style.yaml:"),
        (
            "functions: [f]\nrules:\n  x:\n    given: $\n    then: {function: f}\n",
            "style.yaml:5:",
        ),
    ] {
        let d = project("style.yaml", ruleset);
        let out = specgen(&["lint", "--ruleset", "style.yaml", "api.yaml"], d.path());
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{ruleset}: {err}");
        assert!(err.contains(at) && err.contains("error[ruleset]"), "{ruleset}: {err}");
    }
}

#[test]
fn a_missing_ruleset_file_is_a_usage_error() {
    let d = project("unused.yaml", "extends: spectral:oas\n");
    let out = specgen(&["lint", "--ruleset", "nope.yaml", "api.yaml"], d.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope.yaml"));
}

#[test]
fn parser_options_set_the_severity_of_duplicate_keys() {
    let doubled = API.replace("servers:", "info: {title: u, version: '2'}\nservers:");
    let findings = |options: &str| {
        let d = project(".spectral.yaml", &format!("extends: [[spectral:oas, off]]\n{options}"));
        std::fs::write(d.path().join("api.yaml"), &doubled).unwrap();
        let out = specgen(&["lint", "--format", "json", "api.yaml"], d.path());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"] == "duplicate-key")
            .map(|f| f["severity"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(findings(""), ["error"], "Spectral's default");
    assert_eq!(findings("parserOptions: {duplicateKeys: warn}\n"), ["warning"]);
    assert!(findings("parserOptions: {duplicateKeys: off}\n").is_empty());
}
