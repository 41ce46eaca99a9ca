//! `specgen generate`: a thin shell over [`specgen::Generator`]; each flag is one builder setting.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use specgen::Generator;

#[derive(clap::Args)]
pub struct Args {
    /// The spec (YAML or JSON); files it `$ref`s are read too.
    spec: PathBuf,
    /// Write here instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Compare with `--out` instead of writing it: exit 1 when it differs (for CI).
    #[arg(long, requires = "out")]
    check: bool,
    /// Types only: no route trait and no router (`Generator::server(false)`).
    #[arg(long)]
    no_server: bool,
    /// Also emit a typed async client using reqwest (`Generator::client(true)`).
    #[arg(long)]
    client: bool,
    /// Folder that `$ref`s may not leave. Default: the spec's repository (the nearest folder above it
    /// holding `.git`), else the current folder when it holds the spec, else the spec's own folder;
    /// never the file system root or a home folder.
    #[arg(long, value_name = "DIR")]
    root_dir: Option<PathBuf>,
    /// The path generated code names the runtime crate by (`Generator::runtime_path`), for a crate that
    /// re-exports or renames specgen-rt.
    #[arg(long, value_name = "PATH", default_value = specgen::emit::DEFAULT_RUNTIME_PATH)]
    runtime_path: String,
    /// An optional nullable property is `Option<T>` (absent and `null` both `None`) instead of
    /// `Option<Option<T>>`; an explicit `null` can then not be sent
    /// (`Generator::optional_nullable_as_option(true)`, macro option `optional_nullable_as_option`).
    #[arg(long)]
    optional_nullable_as_option: bool,
}

pub fn run(args: Args) -> ExitCode {
    let mut generator = Generator::new()
        .server(!args.no_server)
        .client(args.client)
        .runtime_path(args.runtime_path)
        .optional_nullable_as_option(args.optional_nullable_as_option);
    if let Some(dir) = args.root_dir {
        generator = generator.root_dir(dir);
    }
    let styled = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut err = anstream::stderr().lock();
    let generated = match generator.generate(&args.spec) {
        Ok(g) => g,
        Err(specgen::generate::Error::Spec { diagnostics, spec }) => {
            let _ = writeln!(
                err,
                "{}",
                specgen::report::render_all(&spec.sources, &diagnostics, styled)
            );
            let _ = writeln!(
                err,
                "error: {} not generated: {} error(s)",
                args.spec.display(),
                diagnostics.len()
            );
            return ExitCode::from(1);
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return ExitCode::from(2);
        }
    };
    for w in &generated.warnings {
        let _ = writeln!(err, "{}", specgen::report::render(&generated.spec.sources, w, styled));
    }
    if !generated.warnings.is_empty() {
        let _ = writeln!(err, "{}", summary(&args.spec, &generated.warnings));
    }
    match (&args.out, args.check) {
        (None, _) => {
            let _ = std::io::stdout().write_all(generated.code.as_bytes());
            ExitCode::SUCCESS
        }
        (Some(out), true) => {
            match specgen::source::read_text(out, (generated.code.len() as u64).max(specgen::source::MAX_FILE_BYTES)) {
                Ok(existing) if existing == generated.code => ExitCode::SUCCESS,
                Ok(_) => {
                    let _ = writeln!(
                        err,
                        "error: {} is out of date with {}; regenerate it",
                        out.display(),
                        args.spec.display()
                    );
                    ExitCode::from(1)
                }
                Err(e) => {
                    let _ = writeln!(err, "error: cannot read {}: {e}", out.display());
                    ExitCode::from(2)
                }
            }
        }
        (Some(out), false) => {
            let inputs: Vec<&std::path::Path> = generated.inputs.iter().map(PathBuf::as_path).collect();
            match specgen::output::write(out, &generated.code, &inputs) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    let _ = writeln!(err, "error: {e}");
                    ExitCode::from(2)
                }
            }
        }
    }
}

/// One line counting the places generation simplified, by warning code, for scripts and reviews:
/// `note: spec.yaml: 14 places simplified (allof-mixed 14)`.
fn summary(spec: &std::path::Path, warnings: &[specgen::Diagnostic]) -> String {
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for w in warnings {
        *counts.entry(w.code).or_default() += 1;
    }
    let by_code: Vec<String> = counts.iter().map(|(code, n)| format!("{code} {n}")).collect();
    format!(
        "note: {}: {} place{} simplified ({})",
        spec.display(),
        warnings.len(),
        if warnings.len() == 1 { "" } else { "s" },
        by_code.join(", ")
    )
}
