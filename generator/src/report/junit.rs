//! `--format junit`: JUnit XML, one test suite per spec file and one test case per finding; findings at
//! or above the failing severity are failures, others pass with the finding as output. A file without
//! findings has one passing test case, so CI dashboards count it.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::{Finding, clamp};
use crate::diagnostic::Severity;

fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// `files` are all the spec files linted (so clean ones are listed too).
pub fn render(findings: &[Finding<'_>], files: &[String], fail: Severity) -> String {
    let mut suites: BTreeMap<&str, Vec<&Finding<'_>>> = files.iter().map(|f| (f.as_str(), Vec::new())).collect();
    for f in findings {
        suites.entry(f.file().unwrap_or("(no file)")).or_default().push(f);
    }
    let total: usize = suites.values().map(|v| v.len().max(1)).sum();
    let failures = findings.iter().filter(|f| f.diagnostic.severity >= fail).count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"specgen lint\" tests=\"{total}\" failures=\"{failures}\">"
    );
    for (file, items) in &suites {
        let fails = items.iter().filter(|f| f.diagnostic.severity >= fail).count();
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{fails}\" errors=\"0\">",
            xml(file),
            items.len().max(1)
        );
        if items.is_empty() {
            let _ = writeln!(out, "    <testcase classname=\"{}\" name=\"lint\"/>", xml(file));
        }
        for f in items {
            let d = f.diagnostic;
            let (line, col) = d.location.as_ref().map_or((0, 0), |l| clamp(l.span.start));
            let pointer = d.location.as_ref().map_or("", |l| l.pointer.as_str());
            let mut body = format!("{file}:{line}:{col} {} [{}] {}", d.severity, d.code, d.message);
            let _ = write!(body, "\npointer: {}", if pointer.is_empty() { "/" } else { pointer });
            if let Some(help) = &d.help {
                let _ = write!(body, "\nhelp: {help}");
            }
            let _ = writeln!(
                out,
                "    <testcase classname=\"{}\" name=\"{} at {line}:{col} {}\">",
                xml(file),
                xml(d.code),
                xml(pointer)
            );
            if d.severity >= fail {
                let _ = writeln!(
                    out,
                    "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                    xml(d.code),
                    xml(&d.message),
                    xml(&body)
                );
            } else {
                let _ = writeln!(out, "      <system-out>{}</system-out>", xml(&body));
            }
            out.push_str("    </testcase>\n");
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}
