//! Inputs the fuzzers (fuzz/, see fuzz/FUZZING.md) found to break something, kept so they stay fixed.
//! Each goes through what the fuzz targets check: load (every span inside the text, every pointer
//! resolving, every diagnostic located), lint and its report, and generation (never `internal`).

use specgen::load::{LoadOptions, Spec};
use specgen_tests::fixture;

fn check(path: &std::path::Path) {
    let name = path.display();
    let text = std::fs::read_to_string(path).unwrap();
    for file_name in ["fuzz.yaml", "fuzz.json"] {
        let spec = Spec::from_text(file_name, text.as_str(), &LoadOptions::default());
        let lines = spec.sources.get(Spec::ROOT).line_count() as u32;
        spec.root().walk(&mut |ptr, node| {
            assert!(spec.node(Spec::ROOT, ptr).is_some(), "{name}: {ptr} does not resolve");
            assert!(node.span.start <= node.span.end, "{name} {ptr}: {:?}", node.span);
            assert!(
                node.span.end.line <= lines,
                "{name} {ptr}: {:?} past line {lines}",
                node.span
            );
        });
        for d in &spec.diagnostics {
            let loc = d.location.as_ref().unwrap_or_else(|| panic!("{name}: unlocated {d:?}"));
            assert!(loc.span.end.line <= lines, "{name}: {d:?} past line {lines}");
        }
        let _ = spec.typed();
        let linted = specgen::lint::lint_spec(spec);
        let _ = specgen::report::render_all(&linted.spec.sources, &linted.findings, false);
        let spec = Spec::from_text(file_name, text.as_str(), &LoadOptions::default());
        if let Err(specgen::generate::Error::Spec { diagnostics, .. }) =
            specgen::Generator::new().client(true).generate_spec(spec)
        {
            assert!(
                !diagnostics.iter().any(|d| d.code == "internal"),
                "{name}: {diagnostics:#?}"
            );
        }
    }
}

#[test]
fn fuzz_findings_stay_fixed() {
    let dir = fixture("fuzz");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(!files.is_empty(), "no regression inputs in {}", dir.display());
    for path in files {
        check(&path);
    }
}
