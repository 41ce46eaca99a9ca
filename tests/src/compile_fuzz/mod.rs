//! The compile fuzzer (`compile-fuzz`): a seeded, structure-aware generator of small valid specs
//! (Swagger 2.0, OpenAPI 3.0 and 3.1) whose generated Rust (server and client) must compile with
//! warnings denied; failures are shrunk to a minimal spec. See `fuzz/FUZZING.md`.
//!
//! - [`doc`]: the abstract document; [`random`]: random documents; [`render`]: their text;
//! - [`census`]: what a document contains, by dimension;
//! - [`shrink`]: edits of a document and the lockstep shrinker;
//! - [`check`]: generation outcomes, the scratch crates, `cargo check` and failure classes;
//! - [`run`]: the driver behind the binary.

pub mod census;
pub mod check;
pub mod doc;
pub mod names;
pub mod random;
pub mod render;
pub mod rng;
pub mod run;
pub mod shrink;
