//! The linter on arbitrary bytes: every rule, the structural check, examples, reports.
#![no_main]

use libfuzzer_sys::fuzz_target;
use specgen::load::{LoadOptions, Spec};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let spec = Spec::from_text("fuzz.yaml", text, &LoadOptions::default());
    let linted = specgen::lint::lint_spec(spec);
    for d in &linted.findings {
        assert!(d.location.is_some(), "unlocated finding: {d:?}");
    }
    // Every output format renders whatever was found.
    let _ = specgen::report::render_all(&linted.spec.sources, &linted.findings, false);
});
