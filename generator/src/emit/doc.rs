//! Spec Markdown as rustdoc lines that no default rustc, rustdoc or clippy lint objects to, rendering as
//! the spec's text does:
//! - a space after `///`; tabs expanded (clippy `tabs_in_doc_comments`);
//! - code is never compiled as a doctest: a fence rustdoc would read as Rust (bare, `rust`, or only
//!   doctest attributes) is marked `text`, and an indented code block becomes a `text` fence; an unclosed
//!   fence is closed; what this line-by-line reading misses (code in quotes, after headings, ...) is
//!   found by rustdoc's own parser in `doctest.rs`;
//! - the lines of a list sit where clippy's `doc_lazy_continuation` and `doc_overindented_list_items`
//!   want them: a line that goes on from an item's text exactly under that text, a nested item's marker
//!   within the reach of its parent's text, siblings (as written) at one indent.

/// The rustdoc lines of a description.
pub(super) fn lines(text: &str) -> Vec<String> {
    let mut out = Lines::default();
    for raw in text.trim_end().lines() {
        out.line(&expand_tabs(raw.trim_end()));
    }
    out.finish()
}

/// One level of an open list: its marker's indent as written and as output, and where its text starts.
#[derive(Clone, Copy)]
struct Level {
    written: usize,
    placed: usize,
    content: usize,
}

#[derive(Default)]
struct Lines {
    out: Vec<String>,
    /// The open fence's character and length.
    in_fence: Option<(char, usize)>,
    /// An indented code block being turned into a fence.
    in_indented: bool,
    /// The open lists, outermost first (cleared by a blank line).
    lists: Vec<Level>,
    after_text: bool,
}

impl Lines {
    fn line(&mut self, line: &str) {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if self.in_indented {
            if trimmed.is_empty() || indent >= 4 {
                return self.out.push(line.get(4..).unwrap_or("").to_owned());
            }
            self.close_indented();
        }
        if self.in_fence.is_none() && indent >= 4 && !self.after_text && self.lists.is_empty() {
            // An indented code block (rustdoc would compile it as Rust): fenced as text instead. This
            // line-by-line reading does not know a list item's paragraphs after a blank line, and fences
            // them too; `doctest.rs` catches what it misses.
            self.out.push("```text".to_owned());
            self.out.push(line[4..].to_owned());
            self.in_indented = true;
            return;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            return self.fence(line, indent);
        }
        if self.in_fence.is_some() {
            return self.out.push(line.to_owned());
        }
        if trimmed.is_empty() {
            self.lists.clear();
            self.after_text = false;
            return self.out.push(String::new());
        }
        let placed = match list_marker(trimmed) {
            Some(width) => self.item(indent, width),
            // Text that goes on from an item sits under the item's text.
            None if self.after_text => self.lists.last().map_or(indent, |l| l.content),
            None => indent,
        };
        self.after_text = true;
        self.out.push(format!("{}{trimmed}", " ".repeat(placed)));
    }

    /// Places a list item's marker written at `indent` (`width` with its space), and opens its level.
    fn item(&mut self, indent: usize, width: usize) -> usize {
        while self.lists.last().is_some_and(|l| l.written > indent) {
            self.lists.pop();
        }
        let placed = match self.lists.last().copied() {
            // A sibling of the items written at this indent, or of one it does not reach past.
            Some(l) if l.written == indent || indent < l.content => {
                self.lists.pop();
                l.placed
            }
            // Nested, where the parent's text starts (clippy's reading of a marker indented further).
            Some(parent) if indent > parent.content + 3 => parent.content,
            Some(_) => indent,
            None => indent,
        };
        self.lists.push(Level {
            written: indent,
            placed,
            content: placed + width,
        });
        placed
    }

    /// A fence line: opens a block, or closes the open one when it is the same character, at least as
    /// long and bare (CommonMark); a line that does neither is code inside the open block.
    fn fence(&mut self, line: &str, indent: usize) {
        let trimmed = line.trim_start();
        let mark = if trimmed.starts_with('`') { '`' } else { '~' };
        let run = trimmed.len() - trimmed.trim_start_matches(mark).len();
        let info = &trimmed[run..];
        if let Some((open, len)) = self.in_fence {
            if open == mark && run >= len && info.trim().is_empty() {
                self.in_fence = None;
            }
            return self.out.push(line.to_owned());
        }
        self.in_fence = Some((mark, run));
        self.lists.clear();
        self.after_text = false;
        let fence = if super::doctest::reads_as_rust(info) {
            format!("{}{}text", " ".repeat(indent), &trimmed[..run])
        } else {
            line.to_owned()
        };
        self.out.push(fence);
    }

    /// Ends an indented code block turned into a fence (its trailing blank lines stay after the fence).
    fn close_indented(&mut self) {
        let blanks = self.out.iter().rev().take_while(|l| l.is_empty()).count();
        self.out.insert(self.out.len() - blanks, "```".to_owned());
        self.in_indented = false;
    }

    fn finish(mut self) -> Vec<String> {
        if self.in_indented {
            self.close_indented();
        }
        if let Some((mark, len)) = self.in_fence {
            // An unclosed fence would swallow the rest of the item's docs.
            self.out.push(mark.to_string().repeat(len));
        }
        super::doctest::without_doctests(self.out)
            .into_iter()
            .map(|l| if l.is_empty() { l } else { format!(" {l}") })
            .collect()
    }
}

/// Tabs as spaces, to the next multiple of four.
fn expand_tabs(line: &str) -> String {
    if !line.contains('\t') {
        return line.to_owned();
    }
    let mut out = String::with_capacity(line.len() + 8);
    let mut column = 0;
    for c in line.chars() {
        if c == '\t' {
            let width = 4 - column % 4;
            out.push_str(&" ".repeat(width));
            column += width;
        } else {
            out.push(c);
            column += 1;
        }
    }
    out
}

/// The width of a Markdown list marker with its space (`- `, `* `, `+ `, `1. `, `12) `) at the start of
/// `line`, if it has one.
fn list_marker(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    if matches!(bytes, [b'-' | b'*' | b'+', b' ', ..]) {
        return Some(2);
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=9)
        .contains(&digits)
        .then(|| &bytes[digits..])
        .filter(|rest| matches!(rest, [b'.' | b')', b' ', ..]))
        .map(|_| digits + 2)
}

#[cfg(test)]
mod tests {
    use super::lines as doc_text;

    #[test]
    fn list_items_keep_their_lazy_continuations_indented() {
        let text = "Steps:\n1. pick a model (the\n`name`) and params\n   already indented\n- a dash item\nwrapped\n\nA paragraph\nafter.";
        assert_eq!(
            doc_text(text),
            [
                " Steps:",
                " 1. pick a model (the",
                "    `name`) and params",
                "    already indented",
                " - a dash item",
                "   wrapped",
                "",
                " A paragraph",
                " after."
            ]
        );
    }

    #[test]
    fn bare_fences_are_text_and_their_lines_untouched() {
        let text = "- item\n```\nnot = code\n```";
        assert_eq!(doc_text(text), [" - item", " ```text", " not = code", " ```"]);
        assert_eq!(doc_text("```rust,no_run\nfn main() {}\n```")[0], " ```text");
        assert_eq!(doc_text("```json\n{}\n```")[0], " ```json");
        assert_eq!(doc_text("```\nunclosed"), [" ```text", " unclosed", " ```"]);
    }

    #[test]
    fn overindented_continuations_line_up_under_the_item() {
        let text = "- Lists the buckets\n   an organization.\n\n  A second paragraph.";
        assert_eq!(
            doc_text(text),
            [
                " - Lists the buckets",
                "   an organization.",
                "",
                "   A second paragraph."
            ]
        );
    }

    #[test]
    fn nested_markers_indented_too_far_become_nested_items() {
        // Datadog's monitor query docs.
        let text = "- `timeframe_type` the type\n        - for `forecast`\n        - for `change`\n            - deeper\n- next";
        assert_eq!(
            doc_text(text),
            [
                " - `timeframe_type` the type",
                "   - for `forecast`",
                "   - for `change`",
                "     - deeper",
                " - next"
            ]
        );
    }

    #[test]
    fn indented_code_becomes_a_text_fence() {
        let text = "Example:\n\n    curl -X GET /pets\n    | jq\n\nAfter.";
        assert_eq!(
            doc_text(text),
            [
                " Example:",
                "",
                " ```text",
                " curl -X GET /pets",
                " | jq",
                " ```",
                "",
                " After."
            ]
        );
    }

    #[test]
    fn tabs_are_expanded() {
        // A tab-indented line after a blank one is an indented code block; within a paragraph it is
        // a continuation.
        assert_eq!(doc_text("a\tb\n\tmore"), [" a   b", "     more"]);
        assert_eq!(doc_text("a\tb\n\n\tcode"), [" a   b", "", " ```text", " code", " ```"]);
    }
}
