//! Report: turn diagnostics into text for people (rustc-style snippets).

mod human;

pub use human::{render, render_all};
