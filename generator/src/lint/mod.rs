//! Lint: what is wrong with a spec. For now the loader's findings (syntax, duplicate keys, references)
//! and whether the document reads as the OpenAPI 3.0 object model.

use std::path::Path;

use crate::diagnostic::{Diagnostic, Severity};
use crate::load::{LoadError, LoadOptions, Spec};

/// The outcome of linting one file.
#[derive(Debug)]
pub struct Linted {
    pub spec: Spec,
    /// Sorted by file and position.
    pub findings: Vec<Diagnostic>,
}

impl Linted {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|d| d.severity == severity).count()
    }
}

/// Loads and lints the spec at `path`. `Err` only when the file itself cannot be read.
pub fn lint_path(path: &Path, options: &LoadOptions) -> Result<Linted, LoadError> {
    Spec::load(path, options).map(lint_spec)
}

/// Lints an already loaded spec.
pub fn lint_spec(spec: Spec) -> Linted {
    let mut findings = spec.diagnostics.clone();
    let version = spec.version().map(str::to_owned);
    match version.as_deref() {
        // Only a document that loaded cleanly is worth reading as the object model: after a syntax
        // error the partial tree would only add noise.
        Some(v) if v.starts_with("3.0") => {
            if !spec.has_errors()
                && let Err(diags) = spec.openapi()
            {
                findings.extend(diags);
            }
        }
        Some(_) => {}
        None => {
            if let Err(diags) = spec.openapi() {
                findings.extend(diags);
            }
        }
    }
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings.dedup();
    Linted { spec, findings }
}
