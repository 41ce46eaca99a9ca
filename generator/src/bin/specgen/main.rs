//! The `specgen` command: a thin shell over the library.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod convert;
mod generate;
mod lint;

// A spec's tree is millions of small allocations; glibc's malloc and free took a quarter of the
// instructions of linting Stripe. mimalloc is the allocator ruff and others ship for the same reason.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// Exit status: 0 when no finding reaches --fail-severity (default: error) and --max-warnings is
    /// not exceeded, 1 otherwise, 2 when a file cannot be read or the command line is wrong.
    Lint(lint::Args),
    /// Generate Rust from a spec: types that enforce it, a route trait and an axum router.
    ///
    /// Exit status: 0 written (or up to date with --check), 1 spec errors (or out of date), 2 I/O error.
    Generate(generate::Args),
    /// Write a Swagger 2.0 or OpenAPI 3.0 spec as one OpenAPI 3.0 or 3.1 document (YAML or JSON).
    ///
    /// Keys keep their order and descriptions are kept; files joined by `$ref` become one document.
    /// Exit status: 0 written, 1 the spec has errors, 2 I/O error or bad command line.
    Convert(convert::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Lint(args) => lint::run(args),
        Command::Generate(args) => generate::run(args),
        Command::Convert(args) => convert::run(args),
    }
}
