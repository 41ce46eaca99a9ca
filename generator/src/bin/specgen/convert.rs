//! `specgen convert`: a thin shell over [`specgen::convert`].

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use specgen::convert::{Format, Target};
use specgen::load::{LoadOptions, Spec};

#[derive(clap::Args)]
pub struct Args {
    /// The spec (Swagger 2.0 or OpenAPI 3.0, YAML or JSON); files it `$ref`s are read too.
    spec: PathBuf,
    /// Write here instead of standard output: JSON for `.json`, YAML for `.yaml` or `.yml`.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// The OpenAPI version to write.
    #[arg(long, value_name = "VERSION", default_value = "3.0")]
    to: Target,
    /// Folder that `$ref`s may not leave. Default: the spec's repository (the nearest folder above it
    /// holding `.git`), else the current folder when it holds the spec, else the spec's own folder;
    /// never the file system root or a home folder.
    #[arg(long, value_name = "DIR")]
    root_dir: Option<PathBuf>,
}

pub fn run(args: Args) -> ExitCode {
    let styled = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut err = anstream::stderr().lock();
    let format = match &args.out {
        None => Format::Yaml,
        Some(out) => match Format::of_path(out) {
            Some(f) => f,
            None => {
                let _ = writeln!(
                    err,
                    "error: cannot tell the format of {} from its extension; name it `.yaml`, `.yml` or `.json`",
                    out.display()
                );
                return ExitCode::from(2);
            }
        },
    };
    let options = LoadOptions {
        root_dir: args.root_dir,
        ..LoadOptions::default()
    };
    let spec = match Spec::load(&args.spec, &options) {
        Ok(spec) => spec,
        Err(e) => {
            let _ = writeln!(err, "error: cannot read {e}");
            return ExitCode::from(2);
        }
    };
    let conversion = match specgen::convert::convert(&spec, args.to) {
        Ok(c) => c,
        Err(diagnostics) => {
            let _ = writeln!(
                err,
                "{}",
                specgen::report::render_all(&spec.sources, &diagnostics, styled)
            );
            let _ = writeln!(
                err,
                "error: {} not converted: {} error(s)",
                args.spec.display(),
                diagnostics.len()
            );
            return ExitCode::from(1);
        }
    };
    for w in &conversion.warnings {
        let _ = writeln!(err, "{}", specgen::report::render(&spec.sources, w, styled));
    }
    let text = conversion.write(format);
    match &args.out {
        None => {
            let _ = std::io::stdout().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        Some(out) => {
            let inputs: Vec<&std::path::Path> = spec.files().collect();
            match specgen::output::write(out, &text, &inputs) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    let _ = writeln!(err, "error: {e}");
                    ExitCode::from(2)
                }
            }
        }
    }
}
