//! `--format github`: GitHub Actions workflow commands (`::error file=...,line=...::message`), which
//! show as annotations on the pull request.

use std::fmt::Write;

use super::{Finding, clamp};
use crate::diagnostic::Severity;

fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One workflow command per finding.
pub fn render(findings: &[Finding<'_>]) -> String {
    let mut out = String::new();
    for f in findings {
        let d = f.diagnostic;
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info | Severity::Hint => "notice",
        };
        let mut props = Vec::new();
        if let Some(loc) = &d.location {
            let (line, col) = clamp(loc.span.start);
            let (end_line, end_col) = clamp(loc.span.end);
            props.push(format!("file={}", escape_property(f.path(loc))));
            props.push(format!("line={line}"));
            props.push(format!("col={col}"));
            props.push(format!("endLine={end_line}"));
            if end_line == line {
                props.push(format!("endColumn={end_col}"));
            }
        }
        props.push(format!("title={}", escape_property(d.code)));
        let mut message = d.message.clone();
        if let Some(loc) = &d.location {
            let _ = write!(
                message,
                " (at {})",
                if loc.pointer.is_empty() { "/" } else { &loc.pointer }
            );
        }
        if let Some(help) = &d.help {
            let _ = write!(message, "\nhelp: {help}");
        }
        let _ = writeln!(out, "::{command} {}::{}", props.join(","), escape_data(&message));
    }
    out
}
