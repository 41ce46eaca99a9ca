#![no_main]
//! See fuzz_targets/common/ruleset_files_check.rs (shared with tests/tests/file_fuzz_corpus.rs) and FUZZING.md.

#[path = "common/files.rs"]
mod files;

#[path = "common/ruleset_files_check.rs"]
mod check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| check::run(data));
