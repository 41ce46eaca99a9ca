//! `specgen lint`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use specgen::Severity;
use specgen::lint::lint_path;
use specgen::load::LoadOptions;

#[derive(clap::Args)]
pub struct Args {
    /// Spec files (YAML or JSON); files they `$ref` are read too.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Folder that `$ref`s may not leave (default: each spec's own folder).
    #[arg(long, value_name = "DIR")]
    root_dir: Option<PathBuf>,
}

pub fn run(Args { files, root_dir }: Args) -> ExitCode {
    let options = LoadOptions {
        root_dir,
        ..LoadOptions::default()
    };
    let styled = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut out = anstream::stdout().lock();
    let (mut errors, mut warnings, mut unreadable) = (0, 0, 0);
    for path in &files {
        match lint_path(path, &options) {
            Ok(linted) => {
                for d in &linted.findings {
                    let _ = writeln!(out, "{}", specgen::report::render(&linted.spec.sources, d, styled));
                }
                errors += linted.count(Severity::Error);
                warnings += linted.count(Severity::Warning);
            }
            Err(e) => {
                unreadable += 1;
                let _ = writeln!(anstream::stderr(), "error: cannot read {e}");
            }
        }
    }
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    let _ = writeln!(
        out,
        "{}: {}, {}",
        plural(files.len(), "file"),
        plural(errors, "error"),
        plural(warnings, "warning")
    );
    if unreadable > 0 {
        ExitCode::from(2)
    } else if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
