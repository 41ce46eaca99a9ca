//! Replays the committed corpora of the file-based fuzz targets (`fuzz/corpus/load_files`,
//! `config_files`, `ruleset_files`; see fuzz/FUZZING.md) through the same checks the targets run, on stable and on every
//! `cargo test`. Each target's body is a module of `fuzz/fuzz_targets/common/`, included here and by the
//! target.

/// The input format both targets share (their modules refer to it as `super::files`).
#[path = "../../fuzz/fuzz_targets/common/files.rs"]
mod files;

#[path = "../../fuzz/fuzz_targets/common/load_files_check.rs"]
mod load_files_check;

#[path = "../../fuzz/fuzz_targets/common/config_files_check.rs"]
mod config_files_check;

#[path = "../../fuzz/fuzz_targets/common/ruleset_files_check.rs"]
mod ruleset_files_check;

use specgen_tests::replay_fuzz_corpus as replay;

#[test]
fn load_files_corpus() {
    replay("load_files", load_files_check::run);
}

#[test]
fn config_files_corpus() {
    replay("config_files", config_files_check::run);
}

#[test]
fn ruleset_files_corpus() {
    replay("ruleset_files", ruleset_files_check::run);
}
