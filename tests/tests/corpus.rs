//! Every file of the corpus of real specs lints without a panic and without an I/O failure.
//! Skips (with a note) where the corpus is absent.

use std::panic::{AssertUnwindSafe, catch_unwind};

use specgen::Severity;
use specgen::lint::lint_path;
use specgen::load::LoadOptions;
use specgen_tests::{corpus, files_below};

#[test]
fn every_corpus_file_lints_without_panic() {
    let Some(dir) = corpus() else { return };
    let files = files_below(&dir);
    assert!(files.len() > 100, "corpus looks incomplete: {} files", files.len());
    let mut panics = Vec::new();
    let mut unreadable = Vec::new();
    let (mut clean, mut with_errors) = (0, 0);
    for path in &files {
        match catch_unwind(AssertUnwindSafe(|| lint_path(path, &LoadOptions::default()))) {
            Err(_) => panics.push(path.clone()),
            Ok(Err(e)) => unreadable.push(e.to_string()),
            Ok(Ok(linted)) => {
                if linted.count(Severity::Error) == 0 {
                    clean += 1
                } else {
                    with_errors += 1
                }
            }
        }
    }
    println!(
        "corpus: {} files, {clean} without errors, {with_errors} with errors",
        files.len()
    );
    assert!(panics.is_empty(), "panicked on {panics:#?}");
    assert!(unreadable.is_empty(), "could not read {unreadable:#?}");
}

#[test]
fn root_specs_of_the_corpus_load_cleanly() {
    let Some(dir) = corpus() else { return };
    for rel in [
        "oai-examples/petstore.yaml",
        "oai-examples/petstore-expanded.yaml",
        "oai-examples/api-with-examples.yaml",
        "oai-examples/callback-example.yaml",
        "oai-examples/link-example.yaml",
        "oai-examples/uspto.yaml",
        "stripe/spec3.yaml",
        "twilio/twilio_api_v2010.yaml",
        "digitalocean/specification/DigitalOcean-public.v2.yaml",
    ] {
        let linted = lint_path(&dir.join(rel), &LoadOptions::default()).unwrap();
        let errors: Vec<_> = linted
            .findings
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{rel}: {errors:#?}");
        assert!(linted.spec.openapi().is_ok(), "{rel}: typed view");
    }
}
