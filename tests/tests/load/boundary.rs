//! The folder `$ref`s may not leave, by default: the spec's repository (the nearest folder holding
//! `.git`), so that a root spec in a subfolder reaches its peers without flags; `--root-dir` narrows
//! it; nothing outside is ever read. (The current-folder rule is tested through the binary, in
//! `generator/tests/cli.rs`, since it depends on the process's folder.)

use specgen::load::boundary::Why;
use specgen::load::{LoadOptions, Spec};

const ROOT: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    \
                    Error: {$ref: '../common/Error.yaml'}\n    Secret: {$ref: '../../outside.yaml#/Secret'}\n";

/// `<tmp>/outside.yaml` beside `<tmp>/repo/` (with `.git`), whose `spec/root.yaml` refers to
/// `../common/Error.yaml` and to `../../outside.yaml`.
fn layout() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("repo");
    for sub in [".git", "spec", "common"] {
        std::fs::create_dir_all(repo.join(sub)).unwrap();
    }
    std::fs::write(dir.path().join("outside.yaml"), "Secret: {type: string}\n").unwrap();
    std::fs::write(repo.join("common/Error.yaml"), "type: object\n").unwrap();
    std::fs::write(repo.join("spec/root.yaml"), ROOT).unwrap();
    dir
}

fn escapes(spec: &Spec) -> Vec<String> {
    spec.diagnostics
        .iter()
        .filter(|d| d.code == "ref-escape")
        .map(|d| d.location.as_ref().unwrap().pointer.clone())
        .collect()
}

#[test]
fn a_spec_in_a_subfolder_reaches_its_repository_but_not_beyond() {
    let dir = layout();
    let spec = Spec::load(dir.path().join("repo/spec/root.yaml"), &LoadOptions::default()).unwrap();
    assert_eq!(spec.boundary().why, Why::Repository);
    assert_eq!(spec.root_dir(), dir.path().join("repo").canonicalize().unwrap());
    assert_eq!(escapes(&spec), ["/components/schemas/Secret/$ref"]);
    assert_eq!(spec.sources.len(), 2, "common/Error.yaml is read, outside.yaml is not");
    let d = spec.diagnostics.iter().find(|d| d.code == "ref-escape").unwrap();
    assert!(d.message.contains("the repository"), "{}", d.message);
    assert!(d.help.as_ref().unwrap().contains("--root-dir"));
}

#[test]
fn root_dir_narrows_the_boundary() {
    let dir = layout();
    let options = LoadOptions {
        root_dir: Some(dir.path().join("repo/spec")),
        ..Default::default()
    };
    let spec = Spec::load(dir.path().join("repo/spec/root.yaml"), &options).unwrap();
    assert_eq!(spec.boundary().why, Why::Chosen);
    assert_eq!(
        escapes(&spec),
        ["/components/schemas/Error/$ref", "/components/schemas/Secret/$ref"]
    );
    assert_eq!(spec.sources.len(), 1);
}

#[cfg(unix)]
#[test]
fn a_link_inside_the_repository_to_a_file_outside_escapes() {
    let dir = layout();
    let repo = dir.path().join("repo");
    std::os::unix::fs::symlink(dir.path().join("outside.yaml"), repo.join("common/link.yaml")).unwrap();
    std::fs::write(
        repo.join("spec/root.yaml"),
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    \
         S: {$ref: '../common/link.yaml#/Secret'}\n",
    )
    .unwrap();
    let spec = Spec::load(repo.join("spec/root.yaml"), &LoadOptions::default()).unwrap();
    assert_eq!(escapes(&spec), ["/components/schemas/S/$ref"]);
}
