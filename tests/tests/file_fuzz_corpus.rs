//! Replays the committed corpora of the file-based fuzz targets (`fuzz/corpus/load_files`,
//! `config_files`; see fuzz/FUZZING.md) through the same checks the targets run, on stable and on every
//! `cargo test`. Each target's body is a module of `fuzz/fuzz_targets/common/`, included here and by the
//! target.

use std::path::{Path, PathBuf};

/// The input format both targets share (their modules refer to it as `super::files`).
#[path = "../../fuzz/fuzz_targets/common/files.rs"]
mod files;

#[path = "../../fuzz/fuzz_targets/common/load_files_check.rs"]
mod load_files_check;

#[path = "../../fuzz/fuzz_targets/common/config_files_check.rs"]
mod config_files_check;

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
fn load_files_corpus() {
    replay("load_files", load_files_check::run);
}

#[test]
fn config_files_corpus() {
    replay("config_files", config_files_check::run);
}
