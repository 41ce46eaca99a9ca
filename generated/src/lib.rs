//! The code `specgen generate` writes for every spec in `specs/`, committed so that it is reviewed like
//! any code, compiled with warnings denied, and checked against a fresh generation by the tests.
//!
//! Refresh after changing a spec or the generator: `SPECGEN_BLESS=1 cargo test -p specgen-tests --test generated`.
#![deny(warnings)]

// prettyplease formats these files; rustfmt must leave them as generated.
#[rustfmt::skip]
pub mod digitalchalk;
#[rustfmt::skip]
pub mod smarterproctoring;
