//! The macros as a user meets them: what compiles (and runs), what does not and the errors it
//! gets (`tests/macros/{pass,fail}`, trybuild), and the README's examples of them.
//!
//! Refresh the `.stderr` files with `TRYBUILD=overwrite cargo test -p specgen-tests --test macros`.

use std::path::{Path, PathBuf};

use specgen_tests::workspace;

/// The crate trybuild builds the cases in. The macros read specs relative to the calling crate's
/// `CARGO_MANIFEST_DIR`, which for the cases is this folder, so the specs they name are put here.
/// (trybuild keeps its project at `<target>/tests/trybuild/<crate>` and does not empty it.)
fn trybuild_project() -> PathBuf {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is <target>/tmp");
    target.join("tests/trybuild/specgen-tests")
}

fn copy_specs(project: &Path) {
    let specs = project.join("specs");
    std::fs::create_dir_all(&specs).unwrap();
    let root = workspace();
    let mut files = vec![
        root.join("specs/smarterproctoring.yaml"),
        root.join("tests/fixtures/generate/server.yaml"),
    ];
    files.extend(specgen_tests::files_below(&root.join("tests/macros/specs")));
    for file in files {
        let to = specs.join(file.file_name().unwrap());
        // Only when changed: a rewrite would make cargo rebuild every case (the expansion tracks it).
        let text = std::fs::read(&file).unwrap();
        if std::fs::read(&to).ok().as_ref() != Some(&text) {
            std::fs::write(&to, text).unwrap();
        }
    }
}

/// The Rust blocks of the README's `## Macros` section, each as a program. A `main` that serves
/// forever is renamed so that the program is built and started but returns.
fn readme_examples(project: &Path) -> Vec<PathBuf> {
    let readme = std::fs::read_to_string(workspace().join("README.md")).unwrap();
    let section = readme
        .split("\n## Macros\n")
        .nth(1)
        .expect("README has a `## Macros` section")
        .split("\n## ")
        .next()
        .unwrap_or_default();
    let dir = project.join("readme");
    std::fs::create_dir_all(&dir).unwrap();
    let mut out = Vec::new();
    for (i, block) in section.split("```rust").skip(1).enumerate() {
        let code = block.split_once('\n').map(|(_, rest)| rest).unwrap_or_default();
        let code = code.split("\n```").next().unwrap_or_default();
        let code = match code.contains("async fn main()") {
            true => format!(
                "{}\nfn main() {{\n    let _ = serve;\n}}\n",
                code.replace("async fn main()", "async fn serve()")
            ),
            false => format!("{code}\n"),
        };
        let path = dir.join(format!("example_{i}.rs"));
        if std::fs::read_to_string(&path).ok().as_deref() != Some(code.as_str()) {
            std::fs::write(&path, code).unwrap();
        }
        out.push(path);
    }
    assert!(
        out.len() >= 2,
        "the README shows each macro: {} examples found",
        out.len()
    );
    out
}

#[test]
fn macros_ui() {
    let project = trybuild_project();
    copy_specs(&project);
    let readme = readme_examples(&project);
    let t = trybuild::TestCases::new();
    t.pass("macros/pass/*.rs");
    for example in &readme {
        t.pass(example);
    }
    t.compile_fail("macros/fail/*.rs");
}
