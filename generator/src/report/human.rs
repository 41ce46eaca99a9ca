//! rustc-style snippets: the message, `--> file:line:col`, the source line with the span underlined,
//! the JSON pointer, related places and the fix.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::source::SourceMap;

/// A span over more lines than this is shown by its first line only (a whole object is not worth
/// printing; where it starts is).
const MAX_LINES: u32 = 4;

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
}

fn window(sources: &SourceMap, loc: &Location) -> Option<Window> {
    let file = sources.get(loc.file);
    let first = loc.span.start.line.max(1);
    let last = if loc.span.end.line >= first + MAX_LINES {
        first
    } else {
        loc.span.end.line.max(first)
    };
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
    })
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
    renderer.render(&[group])
}

/// Renders many diagnostics, separated by blank lines.
pub fn render_all(sources: &SourceMap, diagnostics: &[Diagnostic], styled: bool) -> String {
    diagnostics
        .iter()
        .map(|d| render(sources, d, styled) + "\n")
        .collect::<Vec<_>>()
        .join("\n")
}
