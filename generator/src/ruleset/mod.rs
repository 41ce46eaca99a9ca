//! Spectral rulesets: the JSONPath that selects what a rule checks ([`jsonpath`]), the JavaScript
//! filter expressions inside it ([`filter`]), and the core functions a rule runs ([`functions`]).

pub mod builtin;
pub mod filter;
pub mod functions;
pub mod jsonpath;
pub mod lint;
pub mod load;
pub mod resolved;
pub mod rule;
pub mod run;
