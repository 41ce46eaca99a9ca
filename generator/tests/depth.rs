//! The `specgen` binary on specs as deep as the loader accepts and one level deeper: every command
//! exits with a status (never a signal such as a stack overflow's abort), and what is too deep is a
//! located `nesting-limit` error. The library is tested on the same shapes in `tests/tests/depth.rs`.

use std::path::Path;
use std::process::{Command, Output};

#[path = "../../tests/tests/depth/shapes.rs"]
mod shapes;

use shapes::{LIMIT, SHAPES};

/// Each command as the user runs it on `spec` in `dir`.
fn run_all(dir: &Path, spec: &str) -> Vec<(&'static str, Output)> {
    let commands: [(&str, Vec<&str>); 4] = [
        ("lint", vec!["lint", spec]),
        ("generate", vec!["generate", spec, "--out", "out.rs"]),
        ("convert", vec!["convert", spec, "--out", "out.yaml"]),
        (
            "convert --to 3.1",
            vec!["convert", spec, "--to", "3.1", "--out", "out.json"],
        ),
    ];
    commands
        .into_iter()
        .map(|(name, args)| {
            let out = Command::new(env!("CARGO_BIN_EXE_specgen"))
                .args(&args)
                .current_dir(dir)
                .env("NO_COLOR", "1")
                .output()
                .unwrap();
            (name, out)
        })
        .collect()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Every command succeeds on `spec` (lint: no error; it may warn).
fn accepted(dir: &Path, spec: &str, what: &str) {
    for (cmd, out) in run_all(dir, spec) {
        assert_eq!(out.status.code(), Some(0), "{cmd} on {what}: {}", text(&out));
    }
}

/// Every command refuses `spec` with exit 1 and a `nesting-limit` error at `spec:line:col`.
fn refused(dir: &Path, spec: &str, what: &str) {
    for (cmd, out) in run_all(dir, spec) {
        let t = text(&out);
        assert_eq!(out.status.code(), Some(1), "{cmd} on {what}: {t}");
        assert!(t.contains("error[nesting-limit]"), "{cmd} on {what}: {t}");
        assert!(t.contains(&format!("--> {spec}:")), "{cmd} on {what}: {t}");
        assert!(t.contains("help:"), "{cmd} on {what}: {t}");
    }
}

#[test]
fn every_schema_nesting_works_at_the_limit_and_is_a_located_error_past_it() {
    let dir = tempfile::tempdir().unwrap();
    for shape in SHAPES {
        for (depth, name) in [(LIMIT, "at.json"), (LIMIT + 1, "past.json")] {
            let doc = shapes::nested(shape, depth);
            assert_eq!(shapes::depth_of(&doc), depth, "{shape:?}");
            std::fs::write(dir.path().join(name), doc.to_string()).unwrap();
        }
        accepted(dir.path(), "at.json", &format!("{shape:?} at the limit"));
        refused(dir.path(), "past.json", &format!("{shape:?} past the limit"));
    }
}

#[test]
fn example_values_nested_to_the_limit_are_validated_without_overflow() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("at.json"), shapes::deep_example(LIMIT).to_string()).unwrap();
    std::fs::write(
        dir.path().join("past.json"),
        shapes::deep_example(LIMIT + 1).to_string(),
    )
    .unwrap();
    accepted(dir.path(), "at.json", "an example at the limit");
    refused(dir.path(), "past.json", "an example past the limit");
}

#[test]
fn yaml_aliases_cannot_expand_past_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("at.yaml"), shapes::alias(200, 198)).unwrap();
    std::fs::write(dir.path().join("past.yaml"), shapes::alias(200, 199)).unwrap();
    accepted(dir.path(), "at.yaml", "an alias expanding to the limit");
    refused(dir.path(), "past.yaml", "an alias expanding past the limit");
    let (_, lint) = run_all(dir.path(), "past.yaml").remove(0);
    assert!(text(&lint).contains("once this alias is expanded"), "{}", text(&lint));
}

#[test]
fn reference_chains_of_any_length_are_no_deeper_than_one_level() {
    let dir = tempfile::tempdir().unwrap();
    for shape in SHAPES {
        std::fs::write(dir.path().join("chain.json"), shapes::chain(shape, 1_000).to_string()).unwrap();
        accepted(dir.path(), "chain.json", &format!("a chain of {shape:?}"));
    }
}
