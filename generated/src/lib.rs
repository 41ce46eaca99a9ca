//! The code `specgen generate` writes for every spec in `specs/`, committed so that it is reviewed like
//! any code, compiled with warnings denied, and checked against a fresh generation by the tests.
//!
//! Refresh after changing a spec or the generator (works even when the old code no longer compiles):
//! `for s in smarterproctoring digitalchalk; do cargo run -q -p specgen -- generate specs/$s.yaml --client --out generated/src/$s.rs; done`
#![deny(warnings)]

// prettyplease formats these files; rustfmt must leave them as generated.
#[rustfmt::skip]
pub mod digitalchalk;
#[rustfmt::skip]
pub mod smarterproctoring;
