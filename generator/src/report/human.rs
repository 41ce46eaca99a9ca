//! rustc-style snippets: the message, `--> file:line:col`, the source line with the span underlined,
//! the JSON pointer, related places and the fix.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::source::SourceMap;

/// A span over more lines than this is shown by its first line only (a whole object is not worth
/// printing; where it starts is).
const MAX_LINES: u32 = 4;

/// A line longer than this many bytes is shown cropped around the span: a minified JSON spec is one
/// line, and printing it whole for every finding would print the spec once per finding.
const MAX_WIDTH: usize = 160;

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
        Severity::Hint => Level::NOTE,
    }
}

/// The lines a location shows and the annotated byte range within them.
struct Window {
    text: String,
    line_start: usize,
    range: std::ops::Range<usize>,
    /// Set when the line is cropped: the column of the span's start in the whole line, which the
    /// header shows (the snippet's own count would be of the cropped text).
    column: Option<usize>,
}

fn window(sources: &SourceMap, loc: &Location) -> Option<Window> {
    let file = sources.get(loc.file);
    let first = loc.span.start.line.max(1);
    let last = if loc.span.end.line >= first + MAX_LINES {
        first
    } else {
        loc.span.end.line.max(first)
    };
    if (first..=last).any(|line| file.line_text(line).is_some_and(|t| t.len() > MAX_WIDTH)) {
        return cropped(file, loc, first);
    }
    let mut text = String::new();
    for line in first..=last {
        text.push_str(file.line_text(line)?);
        text.push('\n');
    }
    let base = file.offset(crate::source::Pos::new(first, 1));
    let start = file.offset(loc.span.start) - base;
    let end = if loc.span.end.line > last {
        text.len() - 1
    } else {
        file.offset(loc.span.end).saturating_sub(base)
    };
    let end = end.clamp(start, text.len().saturating_sub(1).max(start));
    Some(Window {
        text,
        line_start: first as usize,
        range: start..end,
        column: None,
    })
}

/// The first line of a location, cut to about [`MAX_WIDTH`] bytes around the span's start, with `...`
/// where text is left out.
fn cropped(file: &crate::source::SourceFile, loc: &Location, line: u32) -> Option<Window> {
    let whole = file.line_text(line)?;
    let base = file.offset(crate::source::Pos::new(line, 1));
    let start = (file.offset(loc.span.start) - base).min(whole.len());
    let end = if loc.span.end.line == line {
        file.offset(loc.span.end).saturating_sub(base).clamp(start, whole.len())
    } else {
        whole.len()
    };
    let from = floor_boundary(whole, start.saturating_sub(MAX_WIDTH / 4));
    let to = floor_boundary(whole, (from + MAX_WIDTH).min(whole.len()));
    let lead = if from > 0 { "..." } else { "" };
    let tail = if to < whole.len() { "..." } else { "" };
    let text = format!("{lead}{}{tail}\n", &whole[from..to]);
    let range = lead.len() + start - from..lead.len() + end.min(to).max(start) - from;
    Some(Window {
        text,
        line_start: line as usize,
        range,
        // From the file's character marks: counting the line's characters up to the span would cost
        // the whole line per finding.
        column: Some(file.pos_of_offset(base + start).col as usize),
    })
}

/// The largest char boundary of `s` at or before `i`.
fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Renders one diagnostic. `styled` adds ANSI colours (the caller decides: only on a terminal).
pub fn render(sources: &SourceMap, d: &Diagnostic, styled: bool) -> String {
    let mut windows = Vec::new();
    if let Some(loc) = &d.location {
        windows.push((loc, window(sources, loc), None));
    }
    for (loc, note) in &d.related {
        windows.push((loc, window(sources, loc), Some(note.as_str())));
    }
    let mut group = Group::with_title(level(d.severity).primary_title(&d.message).id(d.code));
    for (loc, win, note) in &windows {
        let path = sources.get(loc.file).display.as_str();
        let snippet = match win {
            Some(w) => {
                let kind = if note.is_some() {
                    AnnotationKind::Context
                } else {
                    AnnotationKind::Primary
                };
                let ann = kind.span(w.range.clone()).label(note.map(str::to_owned));
                Snippet::source(w.text.as_str())
                    .line_start(w.line_start)
                    .path(path)
                    .fold(false)
                    .annotation(ann)
            }
            None => Snippet::source("").path(path),
        };
        group = group.element(snippet);
    }
    if let Some(loc) = &d.location {
        let ptr = if loc.pointer.is_empty() {
            "(document root)"
        } else {
            loc.pointer.as_str()
        };
        group = group.element(Level::NOTE.message(format!("pointer: {ptr}")));
    }
    if let Some(help) = &d.help {
        group = group.element(Level::HELP.message(help.as_str()));
    }
    let renderer = if styled { Renderer::styled() } else { Renderer::plain() };
    let mut out = renderer.render(&[group]);
    for (loc, win, _) in &windows {
        if let Some(w) = win {
            true_column(&mut out, sources.get(loc.file).display.as_str(), w);
        }
    }
    out
}

/// The renderer counts the column of a cropped line in the text it was given; the header is set to
/// the column in the whole line.
fn true_column(out: &mut String, path: &str, w: &Window) {
    let Some(column) = w.column else { return };
    let shown = w.text[..w.range.start].chars().count() + 1;
    let (from, to) = (
        format!("{path}:{}:{shown}", w.line_start),
        format!("{path}:{}:{column}", w.line_start),
    );
    if let Some(at) = out.find(&from) {
        out.replace_range(at..at + from.len(), &to);
    }
}

/// Renders many diagnostics, separated by blank lines.
pub fn render_all(sources: &SourceMap, diagnostics: &[Diagnostic], styled: bool) -> String {
    diagnostics
        .iter()
        .map(|d| render(sources, d, styled) + "\n")
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{Pos, SourceFile, Span};

    fn shown(text: &str, start: Pos, end: Pos) -> String {
        let mut sources = SourceMap::default();
        let file = sources.add(SourceFile::new("s.json".into(), text.into()));
        let d = Diagnostic::error("x", "m").at(file, "/a", Span { start, end });
        render(&sources, &d, false)
    }

    #[test]
    fn short_lines_are_shown_whole() {
        let out = shown("{\"a\": 1}\n", Pos::new(1, 7), Pos::new(1, 8));
        assert!(out.contains("--> s.json:1:7"), "{out}");
        assert!(out.contains("{\"a\": 1}"), "{out}");
    }

    #[test]
    fn a_long_line_is_cropped_around_the_span_with_its_true_column() {
        let line = format!(
            "{{\"pad\": \"{}\", \"a\": \"é{}\"}}",
            "x".repeat(100_000),
            "y".repeat(100_000)
        );
        let col = line.find("\"a\"").unwrap() + 1;
        let out = shown(&line, Pos::new(1, col as u32), Pos::new(1, col as u32 + 3));
        assert!(out.contains(&format!("--> s.json:1:{col}")), "{out}");
        assert!(out.len() < 1000, "{} bytes shown", out.len());
        assert!(
            out.contains("...xxx") && out.contains("\"a\": \"é") && out.contains("yyy..."),
            "{out}"
        );
        // The span is underlined under `"a"`.
        let lines: Vec<&str> = out.lines().collect();
        let src = lines.iter().position(|l| l.contains("\"a\"")).unwrap();
        let at = lines[src].find("\"a\"").unwrap();
        assert_eq!(lines[src + 1].find('^'), Some(at), "{out}");
    }

    #[test]
    fn a_span_across_a_long_line_is_cut_where_the_text_is() {
        let text = format!("a: {}\nb: 1\n", "é".repeat(5000));
        let out = shown(&text, Pos::new(1, 1), Pos::new(2, 5));
        assert!(out.contains("--> s.json:1:1"), "{out}");
        assert!(out.len() < 1000 && out.contains("é..."), "{out}");
    }
}
