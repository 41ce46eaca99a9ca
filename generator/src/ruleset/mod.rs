//! Spectral rulesets: the JSONPath that selects what a rule checks ([`jsonpath`]) and the JavaScript
//! filter expressions inside it ([`filter`]).

pub mod filter;
pub mod jsonpath;
