//! Every file of the corpus of real specs lints and generates without a panic and without an I/O
//! failure, one trial per corpus folder; the root specs load cleanly and generate. Runs under its own
//! harness so that, without the corpus, it can say so and skip.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};
use specgen::lint::lint_path;
use specgen::load::LoadOptions;
use specgen::{Generator, Severity};
use specgen_tests::{corpus, files_below};

/// Lints every file below `dir` as a root spec; fails on a panic or an unreadable file.
fn lint_folder(dir: &Path) -> Result<(), Failed> {
    let files = files_below(dir);
    let mut problems = Vec::new();
    for path in &files {
        match catch_unwind(AssertUnwindSafe(|| lint_path(path, &LoadOptions::default()))) {
            Err(_) => problems.push(format!("panicked on {}", path.display())),
            Ok(Err(e)) => problems.push(format!("could not read {e}")),
            Ok(Ok(_)) => {}
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

/// Generates from every file below `dir` (most are fragments, refused with a diagnostic); fails on a
/// panic.
fn generate_folder(dir: &Path) -> Result<(), Failed> {
    let panics: Vec<String> = files_below(dir)
        .iter()
        .filter(|path| catch_unwind(AssertUnwindSafe(|| Generator::new().generate(path))).is_err())
        .map(|path| format!("panicked on {}", path.display()))
        .collect();
    if panics.is_empty() {
        Ok(())
    } else {
        Err(panics.join("\n").into())
    }
}

/// A root spec generates; what was simplified is counted in a note.
fn root_generates(path: &Path) -> Result<(), Failed> {
    let generated = Generator::new().generate(path).map_err(|e| format!("{e}"))?;
    specgen_tests::note(&format!(
        "{}: {} lines generated, {} simplification warnings",
        path.display(),
        generated.code.lines().count(),
        generated.warnings.len()
    ));
    Ok(())
}

/// The root specs load with no loader error and give a typed view.
fn root_spec(path: &Path) -> Result<(), Failed> {
    let linted = lint_path(path, &LoadOptions::default()).map_err(|e| e.to_string())?;
    // The loader's findings only: the linter's rules rightly find real errors in real specs (twilio's
    // examples do not match their schemas).
    let errors: Vec<_> = linted
        .spec
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    if !errors.is_empty() {
        return Err(format!("{errors:#?}").into());
    }
    linted
        .spec
        .openapi()
        .map(|_| ())
        .map_err(|d| format!("typed view: {d:#?}").into())
}

fn main() {
    let args = Arguments::from_args();
    let Some(dir) = corpus() else {
        // `corpus()` printed why; run nothing.
        libtest_mimic::run(&args, Vec::new()).exit();
    };
    let mut trials = Vec::new();
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    folders.sort();
    for folder in folders {
        let name = folder.file_name().unwrap().to_string_lossy().into_owned();
        let copy = folder.clone();
        trials.push(Trial::test(
            format!("every_file_lints_without_panic::{name}"),
            move || lint_folder(&copy),
        ));
        trials.push(Trial::test(
            format!("every_file_generates_without_panic::{name}"),
            move || generate_folder(&folder),
        ));
    }
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
        let path = dir.join(rel);
        let copy = path.clone();
        trials.push(Trial::test(format!("root_spec_loads_cleanly::{rel}"), move || {
            root_spec(&copy)
        }));
        trials.push(Trial::test(format!("root_spec_generates::{rel}"), move || {
            root_generates(&path)
        }));
    }
    libtest_mimic::run(&args, trials).exit();
}
