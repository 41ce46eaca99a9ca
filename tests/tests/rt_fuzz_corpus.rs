//! Replays the committed corpora of the runtime and router fuzz targets (`fuzz/corpus/rt_formats`,
//! `rt_params`, `rt_bodies`, `router`; see fuzz/FUZZING.md) through the same checks the targets run,
//! on stable and on every `cargo test`: the seeds, and every crash a run found, stay passing.
//!
//! The checks are not copied: each target's body is a module of `fuzz/fuzz_targets/common/`, included
//! here and by the target.

#[path = "../../fuzz/fuzz_targets/common/rt_formats_check.rs"]
mod rt_formats_check;

#[path = "../../fuzz/fuzz_targets/common/rt_params_check.rs"]
mod rt_params_check;

#[path = "../../fuzz/fuzz_targets/common/rt_bodies_check.rs"]
mod rt_bodies_check;

#[path = "../../fuzz/fuzz_targets/common/router_check.rs"]
mod router_check;

use specgen_tests::replay_fuzz_corpus as replay;

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
