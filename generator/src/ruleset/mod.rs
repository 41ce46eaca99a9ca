//! Spectral rulesets: the JSONPath that selects what a rule checks ([`jsonpath`]), the JavaScript
//! filter expressions inside it ([`filter`]), the core functions a rule runs ([`functions`]), and, with
//! the `js` feature, the ruleset's own JavaScript functions ([`js`]).

pub mod builtin;
pub mod filter;
pub mod functions;
#[cfg(feature = "js")]
pub mod js;
pub mod jsonpath;
pub mod lint;
pub mod load;
pub mod regex;
pub mod resolved;
pub mod rule;
pub mod run;
