//! The body of the `config_files` target (shared with tests/tests/file_fuzz_corpus.rs): the files
//! `specgen lint` reads besides specs, from a folder: the configuration (`specgen.yaml`, the first
//! file of the input), the baseline it names, and a spec linted with both.

use specgen::lint::baseline::{Baseline, Matcher};
use specgen::lint::config::{Config, ConfigError};
use specgen::load::{LoadOptions, Spec};

// The input format: a module of whoever includes this one (the target, or the replaying test).
use super::files;

pub fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let scratch = files::Scratch::new("config");
    files::write_files(&scratch.dir, "specgen.yaml", text);
    let config = match Config::load(&scratch.dir.join("specgen.yaml")) {
        Ok(config) => config,
        Err(ConfigError::Io(message)) => {
            assert!(!message.is_empty(), "an empty I/O error");
            return;
        }
        Err(ConfigError::Invalid(b)) => {
            let (file, d) = *b;
            let at = d.location.as_ref().unwrap_or_else(|| panic!("unlocated: {d:?}"));
            assert!(at.span.start.line as usize <= file.line_count(), "{d:?} past the end");
            return;
        }
    };
    let spec_path = scratch.dir.join("api.yaml");
    let options = LoadOptions {
        root_dir: Some(scratch.dir.clone()),
        ..LoadOptions::default()
    };
    let Ok(spec) = Spec::load(&spec_path, &options) else {
        return;
    };
    let _ = config.ignores(&spec_path);
    let mut linted = specgen::lint::lint_spec_with(spec, &config);
    // The baseline the config names (relative to it), else `baseline.json`.
    let path = config
        .baseline
        .clone()
        .unwrap_or_else(|| scratch.dir.join("baseline.json"));
    if let Ok(baseline) = Baseline::load(&path) {
        let mut matcher = Matcher::new(baseline, &path);
        matcher.filter(&linted.spec, &mut linted.findings);
        let _ = matcher.stale();
    }
    for d in &linted.findings {
        assert!(d.location.is_some(), "unlocated finding: {d:?}");
    }
}
