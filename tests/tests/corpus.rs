//! The corpus of real specs under `cargo test`; runs under its own harness so that, without the corpus,
//! it can say so and skip.
//!
//! - Every file of every corpus folder lints and generates without a panic (most are fragments of a
//!   multi-file spec, refused with a diagnostic), one trial per folder; roots are left to the next.
//! - Every root of `roots.txt` lints without a panic or an I/O failure, and generates (with the client)
//!   without a panic: either code, or errors that each name a file, a line:column and a pointer.
//! - For every root, `docs/corpus.md` says what generating it gives today: whether it generates and what
//!   was simplified, by reason.
//!
//! A root that fails to generate does not fail this test by itself: whether each root generates Rust that
//! passes clippy is `tests/external/corpus-compile.sh`'s verdict (it needs a compiler run of minutes per
//! large root, so CI runs it as its own stage); `cargo test`, which every change runs, holds what is true
//! of any input (no panic, located errors) and keeps the committed table honest, so a root that stops or
//! starts generating, or simplifies something else, shows up here as a table to refresh.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};
use specgen::lint::lint_path;
use specgen::load::LoadOptions;
use specgen::{Diagnostic, Generator, generate};
use specgen_tests::{corpus, files_below, workspace};

/// The command that refreshes a row of `docs/corpus.md`.
const REFRESH: &str = "bash tests/external/corpus-compile.sh ROOT --write-table docs/corpus.md";

/// Lints every file below `dir` but the roots as a root spec; fails on a panic or an unreadable file.
fn lint_folder(dir: &Path, roots: &[PathBuf]) -> Result<(), Failed> {
    let mut problems = Vec::new();
    for path in files_below(dir).iter().filter(|p| !roots.contains(p)) {
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

/// Generates from every file below `dir` but the roots (most are fragments, refused with a diagnostic);
/// fails on a panic.
fn generate_folder(dir: &Path, roots: &[PathBuf]) -> Result<(), Failed> {
    let panics: Vec<String> = files_below(dir)
        .iter()
        .filter(|p| !roots.contains(p))
        .filter(|path| catch_unwind(AssertUnwindSafe(|| Generator::new().generate(path))).is_err())
        .map(|path| format!("panicked on {}", path.display()))
        .collect();
    if panics.is_empty() {
        Ok(())
    } else {
        Err(panics.join("\n").into())
    }
}

/// What `docs/corpus.md` records of a root's generation: whether it generates (`yes`, or `fails: ...`;
/// `None` for anything else), and the places simplified by reason as `specgen generate` counts them
/// (`unsupported-schema 4, webhook-not-generated 1`, or `—`).
#[derive(Debug, PartialEq, Eq)]
struct Recorded {
    generates: Option<bool>,
    simplified: String,
}

/// The rows of `docs/corpus.md`: `| `root` | generates | clippy | simplified | what and why |`.
fn table(path: &Path) -> BTreeMap<String, Recorded> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter_map(|line| {
            let cells = cells(line.strip_prefix("| `")?);
            let (root, generates, simplified) = (cells.first()?, cells.get(1)?, cells.get(3)?);
            let generates = match generates.as_str() {
                "yes" => Some(true),
                cell if cell.starts_with("fails: ") => Some(false),
                _ => None,
            };
            let recorded = Recorded {
                generates,
                simplified: simplified.clone(),
            };
            Some((root.strip_suffix('`')?.to_owned(), recorded))
        })
        .collect()
}

/// The cells of a markdown table row (after its opening `| `), with `\|` kept as text.
fn cells(row: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut chars = row.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.last_mut().unwrap().extend(chars.next()),
            '|' => out.push(String::new()),
            c => out.last_mut().unwrap().push(c),
        }
    }
    out.pop(); // after the closing `|`
    out.iter().map(|c| c.trim().to_owned()).collect()
}

/// Places simplified by reason, in the words of `specgen generate`'s summary line.
fn simplified(warnings: &[Diagnostic]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for w in warnings {
        *counts.entry(w.code).or_default() += 1;
    }
    let by_code: Vec<String> = counts.iter().map(|(code, n)| format!("{code} {n}")).collect();
    if by_code.is_empty() {
        "—".to_owned()
    } else {
        by_code.join(", ")
    }
}

/// A root lints and generates without a panic, its errors (if any) are located, and the outcome is the
/// one `docs/corpus.md` records.
///
/// `$ref`s may reach anywhere in the corpus folder: what `specgen` gives run from there, as the corpus
/// harness runs it (the default boundary is the current folder when it holds the spec).
fn root(corpus: &Path, path: &Path, rel: &str, recorded: Option<&Recorded>) -> Result<(), Failed> {
    let options = LoadOptions {
        root_dir: Some(corpus.to_path_buf()),
        ..LoadOptions::default()
    };
    match catch_unwind(AssertUnwindSafe(|| lint_path(path, &options))) {
        Err(_) => return Err(format!("lint panicked on {rel}").into()),
        Ok(Err(e)) => return Err(format!("lint could not read {e}").into()),
        Ok(Ok(_)) => {}
    }
    let generator = Generator::new().client(true).root_dir(corpus);
    let generated = catch_unwind(AssertUnwindSafe(|| generator.generate(path)))
        .map_err(|_| format!("generate panicked on {rel}"))?;
    let now = match &generated {
        Ok(g) => {
            let lines = g.code.lines().count();
            specgen_tests::note(&format!("{rel}: {lines} lines generated"));
            Recorded {
                generates: Some(true),
                simplified: simplified(&g.warnings),
            }
        }
        Err(generate::Error::Spec { diagnostics, .. }) => {
            let unlocated: Vec<_> = diagnostics.iter().filter(|d| d.location.is_none()).collect();
            if !unlocated.is_empty() {
                return Err(format!("{rel}: errors without a file position: {unlocated:#?}").into());
            }
            let first = &diagnostics[0];
            specgen_tests::note(&format!(
                "{rel}: not generated ({} errors; first: error[{}]: {})",
                diagnostics.len(),
                first.code,
                first.message
            ));
            Recorded {
                generates: Some(false),
                simplified: "—".to_owned(),
            }
        }
        Err(generate::Error::Io(e) | generate::Error::Setting(e)) => return Err(format!("{rel}: {e}").into()),
    };
    match recorded {
        Some(recorded) if *recorded == now => Ok(()),
        Some(recorded) => Err(format!(
            "docs/corpus.md is out of date for {rel}: it records {recorded:?}, generating gives {now:?}; \
             refresh its row with `{}`",
            REFRESH.replace("ROOT", rel)
        )
        .into()),
        None => Err(format!(
            "docs/corpus.md has no row for {rel}; add it with `{}`",
            REFRESH.replace("ROOT", rel)
        )
        .into()),
    }
}

/// The root documents the corpus lists, relative to it.
fn roots(dir: &Path) -> Vec<String> {
    let list = std::fs::read_to_string(dir.join("roots.txt")).expect("the corpus lists its roots in roots.txt");
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

fn main() {
    let args = Arguments::from_args();
    let Some(dir) = corpus() else {
        // `corpus()` printed why; run nothing.
        libtest_mimic::run(&args, Vec::new()).exit();
    };
    let roots = roots(&dir);
    let root_paths: Vec<PathBuf> = roots.iter().map(|r| dir.join(r)).collect();
    let mut trials = Vec::new();
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    folders.sort();
    for folder in folders {
        let name = folder.file_name().unwrap().to_string_lossy().into_owned();
        let (copy, paths) = (folder.clone(), root_paths.clone());
        trials.push(Trial::test(
            format!("every_file_lints_without_panic::{name}"),
            move || lint_folder(&copy, &paths),
        ));
        let paths = root_paths.clone();
        trials.push(Trial::test(
            format!("every_file_generates_without_panic::{name}"),
            move || generate_folder(&folder, &paths),
        ));
    }
    let mut recorded = table(&workspace().join("docs/corpus.md"));
    for (rel, path) in roots.into_iter().zip(root_paths) {
        let row = recorded.remove(&rel);
        let corpus = dir.clone();
        trials.push(Trial::test(format!("root::{rel}"), move || {
            root(&corpus, &path, &rel, row.as_ref())
        }));
    }
    let stale: Vec<String> = recorded.into_keys().collect();
    trials.push(Trial::test("table_lists_only_roots", move || {
        if stale.is_empty() {
            Ok(())
        } else {
            Err(format!("docs/corpus.md has rows for roots roots.txt does not list: {stale:?}").into())
        }
    }));
    libtest_mimic::run(&args, trials).exit();
}
