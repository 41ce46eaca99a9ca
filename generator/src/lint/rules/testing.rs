//! Unit-test support for rules: lint a small document with one rule switched on and read its findings.

/// `(pointer, message)` of each finding of rule `id` on `text` (YAML or JSON), with `id` switched on.
pub fn findings(id: &str, text: &str) -> Vec<(String, String)> {
    lint_rule(id, text)
        .into_iter()
        .map(|d| (d.location.map(|l| l.pointer).unwrap_or_default(), d.message))
        .collect()
}

/// The pointers of [`findings`].
pub fn pointers(id: &str, text: &str) -> Vec<String> {
    findings(id, text).into_iter().map(|(p, _)| p).collect()
}

/// For rule unit tests: the findings of rule `id` (switched on, whatever its default) on `text`.
pub fn lint_rule(id: &str, text: &str) -> Vec<crate::Diagnostic> {
    lint_rule_with(id, "warn", text)
}

/// For rule unit tests: the findings of rule `id` configured as `entry` (`warn`, `{ignoreCase: true}`).
pub fn lint_rule_with(id: &str, entry: &str, text: &str) -> Vec<crate::Diagnostic> {
    let config = crate::lint::Config::parse(
        std::path::Path::new("specgen.yaml"),
        &format!("rules:\n  {id}: {entry}\n"),
    )
    .expect("a valid config");
    let spec = crate::load::Spec::from_text("t.yaml", text, &crate::load::LoadOptions::default());
    let linted = crate::lint::lint_spec_with(spec, &config);
    linted.findings.into_iter().filter(|d| d.code == id).collect()
}

/// The JSON pointers of rule `id`'s findings on `text`, sorted.
pub fn sorted_pointers(id: &str, text: &str) -> Vec<String> {
    let mut out: Vec<String> = lint_rule(id, text)
        .into_iter()
        .map(|d| d.location.expect("a located finding").pointer)
        .collect();
    out.sort();
    out
}
