//! Unit-test support for rules: lint a small document with one rule switched on and read its findings.

use crate::lint::{Config, lint_spec_with};
use crate::load::{LoadOptions, Spec};

/// `(pointer, message)` of each finding of rule `id` on `text` (YAML or JSON), with `id` switched on.
pub fn findings(id: &str, text: &str) -> Vec<(String, String)> {
    let config = Config::parse(
        std::path::Path::new("specgen.yaml"),
        &format!("rules: {{{id}: warn}}\n"),
    )
    .expect("a valid config");
    let spec = Spec::from_text("t.yaml", text, &LoadOptions::default());
    lint_spec_with(spec, &config)
        .findings
        .into_iter()
        .filter(|d| d.code == id)
        .map(|d| (d.location.map(|l| l.pointer).unwrap_or_default(), d.message))
        .collect()
}

/// The pointers of [`findings`].
pub fn pointers(id: &str, text: &str) -> Vec<String> {
    findings(id, text).into_iter().map(|(p, _)| p).collect()
}
