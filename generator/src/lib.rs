//! specgen: spec-first HTTP APIs for Rust.
//!
//! The pipeline reads in one direction: [`load`] reads a spec and every file it references into spanned
//! trees and resolves `$ref`s; [`lint`] says what is wrong with it; [`report`] renders diagnostics for
//! people. Every problem is a [`Diagnostic`] with a file, a line:column span, a JSON pointer and a fix.
//!
//! ```no_run
//! use specgen::load::{LoadOptions, Spec};
//!
//! let spec = Spec::load("specs/smarterproctoring.yaml", &LoadOptions::default())?;
//! for d in &spec.diagnostics {
//!     eprintln!("{}", specgen::report::render(&spec.sources, d, false));
//! }
//! match spec.openapi() {
//!     Ok(openapi) => println!("{} paths", openapi.paths.paths.len()),
//!     Err(problems) => eprintln!("{}", specgen::report::render_all(&spec.sources, &problems, false)),
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod convert;
pub mod diagnostic;
pub mod ecma;
pub mod emit;
pub mod generate;
pub mod lint;
pub mod load;
pub mod model;
pub mod naming;
pub mod output;
pub mod report;
pub mod ruleset;
pub mod source;
pub mod stack;

pub use diagnostic::{Diagnostic, Location, Severity};
pub use generate::{Generated, Generator};
/// The typed OpenAPI 3.0 model returned by [`load::Spec::openapi`].
pub use openapiv3;

/// The README's Rust examples, compiled as doctests so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
