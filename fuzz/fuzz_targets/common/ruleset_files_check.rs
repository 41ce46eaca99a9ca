//! The body of the `ruleset_files` target (shared with tests/tests/file_fuzz_corpus.rs): a Spectral
//! ruleset (`.spectral.yaml`, the first file of the input), the files it extends, and a spec linted with
//! it. A ruleset that cannot be used is one located diagnostic in one of its files; one that loads
//! lints without panicking, every finding and every rule that could not run located.

use specgen::lint::Config;
use specgen::load::{LoadOptions, Spec};
use specgen::ruleset::load::Ruleset;

// The input format: a module of whoever includes this one (the target, or the replaying test).
use super::files;

pub fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let scratch = files::Scratch::new("ruleset");
    files::write_files(&scratch.dir, ".spectral.yaml", text);
    let ruleset = match Ruleset::load(&scratch.dir.join(".spectral.yaml")) {
        Ok(r) => r,
        Err(e) => {
            let d = e.diagnostic;
            if let Some(at) = &d.location {
                let file = e.sources.get(at.file);
                assert!(
                    at.span.start.line as usize <= file.line_count().max(1),
                    "{d:?} past the end"
                );
            } else {
                assert!(d.message.contains("cannot read"), "unlocated: {d:?}");
            }
            return;
        }
    };
    for w in &ruleset.warnings {
        assert!(w.location.is_some(), "unlocated warning: {w:?}");
    }
    let options = LoadOptions {
        root_dir: Some(scratch.dir.clone()),
        ..LoadOptions::default()
    };
    let Ok(spec) = Spec::load(scratch.dir.join("api.yaml"), &options) else {
        return;
    };
    let out = specgen::ruleset::lint::lint(spec, &Config::default(), &ruleset);
    for d in &out.linted.findings {
        assert!(d.location.is_some(), "unlocated finding: {d:?}");
    }
    for p in &out.problems {
        let file = ruleset.sources.get(p.origin.file);
        assert!(
            p.origin.span.start.line as usize <= file.line_count().max(1),
            "{p:?} past the end"
        );
    }
}
