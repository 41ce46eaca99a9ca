//! The `specgen` binary: exit codes and output, as a user sees them.

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

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn clean_specs_exit_zero() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let out = specgen(
        &["lint", "specs/smarterproctoring.yaml", "specs/digitalchalk.yaml"],
        root,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(stdout(&out), "2 files: 0 errors, 0 warnings\n");
}

#[test]
fn findings_exit_one_with_rustc_style_snippets() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("dup.yaml"),
        "openapi: 3.0.3\ninfo:\n  title: a\n  version: '1'\n  title: b\npaths: {}\n",
    )
    .unwrap();
    let out = specgen(&["lint", "dup.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let expected = "\
error[duplicate-key]: duplicate key `title`
 --> dup.yaml:5:3
  |
5 |   title: b
  |   ^^^^^
  |
 ::: dup.yaml:3:3
  |
3 |   title: a
  |   ----- first defined here
  |
  = note: pointer: /info/title
  = help: remove one of the two; readers disagree on which one wins (specgen keeps the last)
";
    assert!(text.starts_with(expected), "got:\n{text}");
    assert!(text.ends_with("1 file: 1 error, 0 warnings\n"), "got:\n{text}");
    assert!(!text.contains('\x1b'), "no colour when not on a terminal");
}

#[test]
fn unreadable_files_exit_two() {
    let dir = tempfile::tempdir().unwrap();
    let out = specgen(&["lint", "missing.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: cannot read missing.yaml: no such file\n"
    );
}

#[test]
fn usage_errors_exit_two() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(specgen(&["lint"], dir.path()).status.code(), Some(2));
    assert_eq!(specgen(&["frobnicate"], dir.path()).status.code(), Some(2));
}

#[test]
fn typed_view_problems_are_findings() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("v.yaml"),
        "openapi: 3.0.3\ninfo:\n  title: t\n  version: 1.0\npaths: {}\n",
    )
    .unwrap();
    let out = specgen(&["lint", "v.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("error[openapi-structure]"), "{text}");
    assert!(text.contains(" --> v.yaml:4:12"), "{text}");
    assert!(text.contains("pointer: /info/version"), "{text}");
}
