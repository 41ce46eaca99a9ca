//! `specgen lint` says what `specgen generate` will do, on every corpus root: lint reports no generation
//! error exactly when generate succeeds, and every error that stops generation and every place it
//! simplifies is among lint's findings, at the same file, pointer and span. Runs under its own harness
//! (a trial per root) so that, without the corpus, it can say so and skip.

use libtest_mimic::{Arguments, Failed, Trial};
use specgen::lint::lint_path;
use specgen::load::LoadOptions;
use specgen::{Diagnostic, Generator, Severity};

/// What identifies a finding's place and kind.
fn key(d: &Diagnostic) -> (&'static str, Option<(u32, String, specgen::source::Span)>) {
    (
        d.code,
        d.location.as_ref().map(|l| (l.file.0, l.pointer.clone(), l.span)),
    )
}

fn agrees(path: &std::path::Path) -> Result<(), Failed> {
    let linted = lint_path(path, &LoadOptions::default()).map_err(|e| e.to_string())?;
    let verdict = linted.generation.as_ref().ok_or("lint did not plan generation")?;
    let shown: std::collections::HashSet<_> = linted.findings.iter().map(key).collect();
    let missing = |expected: &[Diagnostic], what: &str| -> Result<(), Failed> {
        match expected.iter().find(|d| !shown.contains(&key(d))) {
            Some(d) => Err(format!("lint does not show the {what} {d:#?}").into()),
            None => Ok(()),
        }
    };
    match Generator::new().client(true).generate(path) {
        Ok(generated) => {
            if !verdict.succeeds() {
                return Err(format!(
                    "lint says generate would refuse ({} errors), but it succeeds",
                    verdict.errors
                )
                .into());
            }
            missing(&generated.warnings, "simplification")?;
            let counted: usize = verdict.simplified.iter().map(|(_, n)| n).sum();
            if counted != generated.warnings.len() {
                return Err(format!(
                    "lint counts {counted} simplifications, generate {}",
                    generated.warnings.len()
                )
                .into());
            }
            Ok(())
        }
        Err(specgen::generate::Error::Spec { diagnostics, .. }) => {
            if verdict.succeeds() {
                return Err(format!("lint says generate would succeed, but it refuses: {diagnostics:#?}").into());
            }
            if let Some(d) = diagnostics.iter().find(|d| d.severity != Severity::Error) {
                return Err(format!("generation refused with a non-error {d:#?}").into());
            }
            missing(&diagnostics, "generation error")
        }
        Err(e) => Err(e.to_string().into()),
    }
}

fn main() {
    let args = Arguments::from_args();
    let Some(corpus) = specgen_tests::corpus() else {
        libtest_mimic::run(&args, Vec::new()).exit();
    };
    let roots = std::fs::read_to_string(corpus.join("roots.txt")).unwrap_or_default();
    let trials = roots
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|root| {
            let path = corpus.join(root);
            Trial::test(root.to_owned(), move || agrees(&path))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
