//! The body of the `load_files` target (shared with tests/tests/file_fuzz_corpus.rs): a spec of several
//! files, read from a folder as `specgen lint`, `specgen generate`, build.rs and the `generate!` macro
//! read one ([`Spec::load`], [`Generator::generate`]): `$ref`s between the files, links that loop or lead
//! to devices, line ends of every kind.

use specgen::Generator;
use specgen::load::{LoadOptions, Spec};

// The input format: a module of whoever includes this one (the target, or the replaying test).
use super::files;

pub fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let scratch = files::Scratch::new("load");
    files::write_files(&scratch.dir, "api.yaml", text);
    let root = scratch.dir.join("api.yaml");
    let options = LoadOptions {
        root_dir: Some(scratch.dir.clone()),
        // Small, so that inputs reach the limits.
        max_file_bytes: 1 << 16,
        max_files: 8,
        ..LoadOptions::default()
    };
    let spec = match Spec::load(&root, &options) {
        Ok(spec) => spec,
        Err(e) => {
            assert!(!e.message.is_empty(), "an empty load error");
            return;
        }
    };
    check(&spec, &scratch.dir);
    let linted = specgen::lint::lint_spec(spec);
    for d in &linted.findings {
        assert!(d.location.is_some(), "unlocated finding: {d:?}");
    }
    let _ = specgen::report::render_all(&linted.spec.sources, &linted.findings, false);
    let _ = Generator::new().root_dir(&scratch.dir).generate(&root);
}

/// Every file read lies in the folder; every node's span is a place in its file that reads back as
/// itself; every diagnostic is located in a file that was read.
fn check(spec: &Spec, dir: &std::path::Path) {
    for (id, file) in spec.sources.iter() {
        assert!(
            file.path.starts_with(dir),
            "{} read, outside {}",
            file.path.display(),
            dir.display()
        );
        let lines = file.line_count() as u32;
        spec.tree(id).walk(&mut |ptr, node| {
            let start = node.span.start;
            assert!(start <= node.span.end, "{ptr}: {:?}", node.span);
            assert!(
                node.span.end.line <= lines.max(1),
                "{ptr}: {:?} past line {lines}",
                node.span
            );
            if start.line >= 1 && start.col >= 1 {
                let at = file.offset(start);
                assert_eq!(file.pos_of_offset(at), start, "{ptr} in {}", file.display);
            }
        });
    }
    for d in &spec.diagnostics {
        let at = d.location.as_ref().unwrap_or_else(|| panic!("unlocated: {d:?}"));
        assert!((at.file.0 as usize) < spec.sources.len(), "{d:?}");
    }
}
