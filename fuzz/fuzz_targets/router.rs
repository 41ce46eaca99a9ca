#![no_main]
//! See fuzz_targets/common/router_check.rs (shared with tests/tests/rt_fuzz_corpus.rs) and FUZZING.md.

#[path = "common/router_check.rs"]
mod check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| check::run(data));
