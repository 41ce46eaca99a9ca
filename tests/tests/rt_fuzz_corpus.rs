//! Replays the committed corpora of the runtime and router fuzz targets (`fuzz/corpus/rt_formats`,
//! `rt_params`, `rt_bodies`, `router`; see fuzz/FUZZING.md) through the same checks the targets run,
//! on stable and on every `cargo test`: the seeds, and every crash a run found, stay passing.
//!
//! The checks are not copied: each target's body is a module of `fuzz/fuzz_targets/common/`, included
//! here and by the target.

use std::path::{Path, PathBuf};

#[path = "../../fuzz/fuzz_targets/common/rt_formats_check.rs"]
mod rt_formats_check;

#[path = "../../fuzz/fuzz_targets/common/rt_params_check.rs"]
mod rt_params_check;

#[path = "../../fuzz/fuzz_targets/common/rt_bodies_check.rs"]
mod rt_bodies_check;

#[path = "../../fuzz/fuzz_targets/common/router_check.rs"]
mod router_check;

/// Every file of `fuzz/corpus/<target>/`, sorted; the folder must hold some.
fn corpus(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable folder").path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} holds no inputs", dir.display());
    files
}

/// Runs every input of a corpus, and names each one that fails (with its panic message).
fn replay(target: &str, check: fn(&[u8])) {
    let mut failures = Vec::new();
    for path in corpus(target) {
        let data = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if let Err(panic) = std::panic::catch_unwind(|| check(&data)) {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            failures.push(format!("{}: {message}", path.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing inputs:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn rt_formats_corpus() {
    replay("rt_formats", rt_formats_check::run);
}

#[test]
fn rt_params_corpus() {
    replay("rt_params", rt_params_check::run);
}

#[test]
fn rt_bodies_corpus() {
    replay("rt_bodies", rt_bodies_check::run);
}

#[test]
fn router_corpus() {
    replay("router", router_check::run);
}
