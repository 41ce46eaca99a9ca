//! The `specgen` command: a thin shell over the library.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod lint;

#[derive(Parser)]
#[command(
    name = "specgen",
    version,
    about = "Spec-first HTTP APIs for Rust: lint and generate from OpenAPI specs"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check specs and report problems with file:line:column.
    ///
    /// Exit status: 0 when no errors are found, 1 when some are, 2 when a file cannot be read.
    Lint(lint::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Lint(args) => lint::run(args),
    }
}
