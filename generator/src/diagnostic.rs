//! Diagnostics: what is wrong, where (file, line:column, JSON pointer), and what would fix it.

use crate::source::{FileId, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Hint,
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Hint => "hint",
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a diagnostic points: a file, a span in it, and the JSON pointer of the node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub file: FileId,
    /// RFC 6901 pointer within `file` (`""` is the whole document).
    pub pointer: String,
    pub span: Span,
}

/// One finding. `code` is a stable id (`parse-error`, `duplicate-key`, ...), used in output and config.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
    /// `None` only for problems that are about no file position (an unreadable path argument).
    pub location: Option<Location>,
    /// What would fix it.
    pub help: Option<String>,
    /// Other places worth showing (a first definition, the other end of a cycle).
    pub related: Vec<(Location, String)>,
}

impl Diagnostic {
    pub fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            location: None,
            help: None,
            related: Vec::new(),
        }
    }

    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    pub fn at(mut self, file: FileId, pointer: impl Into<String>, span: Span) -> Self {
        self.location = Some(Location {
            file,
            pointer: pointer.into(),
            span,
        });
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_related(mut self, location: Location, note: impl Into<String>) -> Self {
        self.related.push((location, note.into()));
        self
    }

    /// Orders diagnostics by file, then position, then code, so output is deterministic.
    pub fn sort_key(&self) -> (Option<(FileId, Span)>, &'static str, &str) {
        (
            self.location.as_ref().map(|l| (l.file, l.span)),
            self.code,
            &self.message,
        )
    }
}
