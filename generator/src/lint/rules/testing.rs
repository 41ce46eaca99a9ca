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

/// `(file name, pointer)` of each finding of rule `id` (switched on) when `files` (name, text) are
/// written to a fresh folder and the first is linted: for rules that read references between files.
pub fn pointers_in_files(id: &str, files: &[(&str, &str)]) -> Vec<(String, String)> {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("a written file");
    }
    let config = crate::lint::Config::parse(std::path::Path::new("specgen.yaml"), &format!("rules:\n  {id}: warn\n"))
        .expect("a valid config");
    let root = dir.path().join(files[0].0);
    let spec = crate::load::Spec::load(&root, &crate::load::LoadOptions::default()).expect("a loaded spec");
    let linted = crate::lint::lint_spec_with(spec, &config);
    let name = |file| {
        let path = &linted.spec.sources.get(file).path;
        path.file_name().unwrap_or_default().to_string_lossy().into_owned()
    };
    linted
        .findings
        .iter()
        .filter(|d| d.code == id)
        .filter_map(|d| d.location.as_ref())
        .map(|l| (name(l.file), l.pointer.clone()))
        .collect()
}
