//! In-file suppression: a YAML comment `# specgen-disable-next-line <rule>[, <rule>...] -- <reason>`
//! hides the named rules' findings that start on the next line. Without rule names it hides every finding
//! there. A comment that hides nothing is itself reported (`unused-suppression`), so suppressions do not
//! outlive the problems they were written for.

use crate::diagnostic::{Diagnostic, Severity};
use crate::load::Spec;
use crate::source::{FileId, Pos, Span};

pub const MARKER: &str = "specgen-disable-next-line";

struct Directive {
    file: FileId,
    /// The line of the comment; it applies to the line after.
    line: u32,
    span: Span,
    rules: Vec<String>,
    used: bool,
}

/// Removes suppressed findings; returns how many. Unused directives become findings.
pub fn apply(spec: &Spec, findings: &mut Vec<Diagnostic>) -> usize {
    let mut directives = Vec::new();
    for (file, source) in spec.sources.iter() {
        if !source.text.contains(MARKER) {
            continue;
        }
        for (i, line) in source.text.lines().enumerate() {
            let Some(at) = line.find(MARKER) else { continue };
            let before = &line[..at];
            // Only inside a comment: a `#` that starts the line or follows a space.
            let Some(hash) = before.rfind('#') else { continue };
            if !(hash == 0 || before[..hash].ends_with([' ', '\t'])) || !before[hash + 1..].trim().is_empty() {
                continue;
            }
            let rest = &line[at + MARKER.len()..];
            let names = rest.split(" --").next().unwrap_or("");
            let rules = names
                .split([',', ' '])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| super::rules::meta(s).map_or(s, |m| m.id).to_owned())
                .collect();
            let line_no = i as u32 + 1;
            let start = Pos::new(line_no, before[..hash].chars().count() as u32 + 1);
            let end = Pos::new(line_no, line.chars().count() as u32 + 1);
            directives.push(Directive {
                file,
                line: line_no,
                span: Span::new(start, end),
                rules,
                used: false,
            });
        }
    }
    if directives.is_empty() {
        return 0;
    }
    // (file, line a directive applies to) -> its directives: a lookup per finding, not a scan.
    let mut by_line: std::collections::HashMap<(FileId, u32), Vec<usize>> = std::collections::HashMap::new();
    for (i, dir) in directives.iter().enumerate() {
        by_line.entry((dir.file, dir.line + 1)).or_default().push(i);
    }
    let before = findings.len();
    findings.retain(|d| {
        let Some(loc) = &d.location else { return true };
        let candidates = by_line
            .get(&(loc.file, loc.span.start.line))
            .map_or(&[][..], Vec::as_slice);
        let hit = candidates.iter().find(|&&i| {
            let dir = &directives[i];
            dir.rules.is_empty() || dir.rules.iter().any(|r| r == d.code)
        });
        match hit {
            Some(&i) => {
                directives[i].used = true;
                false
            }
            None => true,
        }
    });
    let suppressed = before - findings.len();
    for dir in directives.iter().filter(|d| !d.used) {
        let what = if dir.rules.is_empty() {
            "any finding".to_owned()
        } else {
            dir.rules
                .iter()
                .map(|r| format!("`{r}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        findings.push(
            Diagnostic::new(
                Severity::Warning,
                "unused-suppression",
                format!("this `{MARKER}` comment suppresses nothing: the next line has no {what} finding"),
            )
            .at(dir.file, "", dir.span)
            .with_help("remove the comment, or move it to the line just above the finding"),
        );
    }
    suppressed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::LoadOptions;

    #[test]
    fn comments_hide_the_next_line_only() {
        let text =
            "a: 1\n# specgen-disable-next-line typed-enum -- legacy\nb: 2\n  # specgen-disable-next-line\nc: 3\n";
        let spec = Spec::from_text("t.yaml", text, &LoadOptions::default());
        let at = |line| Diagnostic::warning("typed-enum", "x").at(FileId(0), "", Span::point(Pos::new(line, 1)));
        let mut findings = vec![at(1), at(3)];
        assert_eq!(apply(&spec, &mut findings), 1);
        assert_eq!(findings.len(), 2);
        assert_eq!(findings[0].location.as_ref().unwrap().span.start.line, 1);
        assert_eq!(findings[1].code, "unused-suppression");
        assert_eq!(findings[1].location.as_ref().unwrap().span.start, Pos::new(4, 3));
    }
}
