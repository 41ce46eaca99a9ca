//! Spec Markdown as rustdoc lines that no default rustc, rustdoc or clippy lint objects to, rendering as
//! the spec's text does:
//! - a space after `///`; tabs expanded (clippy `tabs_in_doc_comments`);
//! - code is never compiled as a doctest: a fence rustdoc would read as Rust (bare, `rust`, or only
//!   doctest attributes) is marked `text`, and an indented code block becomes a `text` fence; an unclosed
//!   fence is closed; what this line-by-line reading misses (code in quotes, after headings, ...) is
//!   found by rustdoc's own parser in `doctest.rs`;
//! - the lines of a list sit where clippy's `doc_lazy_continuation` and `doc_overindented_list_items`
//!   want them: a line that goes on from an item's text exactly under that text, a nested item's marker
//!   within the reach of its parent's text, siblings (as written) at one indent;
//! - an example is inline code only when it is a short scalar; anything else is a `json` block,
//!   pretty-printed and shortened past a limit, so that it reads as JSON and no backtick in it ends it.

use serde_json::Value;

/// The longest example, in characters of compact JSON, written inline; objects and arrays never are.
const INLINE_MAX: usize = 60;
/// The most lines of an example block; the rest is left out behind a `…` line.
const BLOCK_MAX_LINES: usize = 40;
/// The most characters of an example block; the rest is left out behind a `…` line.
const BLOCK_MAX_CHARS: usize = 2000;

/// A description with its example after it, as Markdown for [`lines`].
pub(super) fn with_example(description: Option<&str>, example: Option<&Value>) -> String {
    let mut text = description.unwrap_or_default().trim_end().to_owned();
    if let Some(example) = example {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&labelled("Example", example));
    }
    text
}

/// `LABEL: `…`` for a short scalar without backticks; otherwise a fenced `json` block. A line of
/// pretty-printed JSON starts with a bracket, a quote, a digit or a letter, never with a backtick, so a
/// three-backtick fence cannot be closed early by the value's text.
pub(super) fn labelled(label: &str, value: &Value) -> String {
    let compact = serde_json::to_string(value).unwrap_or_default();
    let scalar = !matches!(value, Value::Object(_) | Value::Array(_));
    if scalar && compact.chars().count() <= INLINE_MAX && !compact.contains('`') {
        return format!("{label}: `{compact}`");
    }
    let pretty = serde_json::to_string_pretty(value).unwrap_or(compact);
    format!("{label}:\n\n```json\n{}\n```", shortened(&pretty))
}

/// At most [`BLOCK_MAX_LINES`] lines and [`BLOCK_MAX_CHARS`] characters of `pretty`, whole lines (the
/// first one cut when it alone is too long), then a `…` line saying that, and how long the whole was.
fn shortened(pretty: &str) -> String {
    let all: Vec<&str> = pretty.lines().collect();
    let mut kept: Vec<String> = Vec::new();
    let mut chars = 0;
    for line in &all {
        let n = line.chars().count();
        if kept.len() == BLOCK_MAX_LINES || chars + n > BLOCK_MAX_CHARS {
            break;
        }
        chars += n;
        kept.push((*line).to_owned());
    }
    if kept.len() == all.len() {
        return pretty.to_owned();
    }
    if kept.is_empty() {
        kept.push(all[0].chars().take(BLOCK_MAX_CHARS).collect());
    }
    let lines = match all.len() {
        1 => "1 line".to_owned(),
        n => format!("{n} lines"),
    };
    kept.push(format!(
        "… (shortened from {lines}, {} characters; the whole example is in the OpenAPI description)",
        pretty.chars().count()
    ));
    kept.join("\n")
}

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
        if !plain_info(info) {
            // rustdoc rejects an info string it cannot read as words (`invalid_codeblock_attributes`):
            // the block becomes text, and the info string its first line, so no word of it is lost.
            self.out.push(format!("{}{}text", " ".repeat(indent), &trimmed[..run]));
            return self.out.push(format!("{}{}", " ".repeat(indent), info.trim()));
        }
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
        super::html::balanced(super::links::linked(super::doctest::without_doctests(self.out)))
            .into_iter()
            .map(|l| if l.is_empty() { l } else { format!(" {l}") })
            .collect()
    }
}

/// Whether rustdoc reads a fence's info string without complaint: words of letters, digits, `_`, `-`, `:`
/// and `.`, separated by spaces or commas.
fn plain_info(info: &str) -> bool {
    info.chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | ':' | '.' | ' ' | ',' | '\t'))
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
    use super::{BLOCK_MAX_CHARS, BLOCK_MAX_LINES, with_example};
    use serde_json::json;

    /// The doc lines of a description with its example, as the type and field docs are written.
    fn example_doc(description: &str, example: serde_json::Value) -> Vec<String> {
        doc_text(&with_example(Some(description), Some(&example)))
    }

    #[test]
    fn a_fence_whose_info_rustdoc_cannot_read_is_text_with_the_info_kept() {
        assert_eq!(
            doc_text("``` <quantity> ::= <number><suffix>\n<digit> ::= 0 | 1\n```"),
            [
                " ```text",
                " <quantity> ::= <number><suffix>",
                " <digit> ::= 0 | 1",
                " ```"
            ]
        );
        assert_eq!(doc_text("```json\n{}\n```"), [" ```json", " {}", " ```"]);
        assert_eq!(doc_text("```sh,ignore\nls\n```"), [" ```sh,ignore", " ls", " ```"]);
    }

    #[test]
    fn short_scalar_examples_stay_inline() {
        assert_eq!(
            example_doc("Offering title", json!("Fall 2024")),
            [" Offering title", "", " Example: `\"Fall 2024\"`"]
        );
        assert_eq!(doc_text(&with_example(None, Some(&json!(0)))), [" Example: `0`"]);
        assert_eq!(with_example(Some("No example.\n"), None), "No example.");
    }

    #[test]
    fn backticks_in_an_example_put_it_in_a_json_block() {
        let doc = example_doc("A message.", json!("does not match `^AI[a-f0-9]{32}$`"));
        assert_eq!(
            doc,
            [
                " A message.",
                "",
                " Example:",
                "",
                " ```json",
                r#" "does not match `^AI[a-f0-9]{32}$`""#,
                " ```"
            ]
        );
        // Inside an object too, where the old inline form was cut short at the first backtick.
        let doc = example_doc("", json!({"message": "`x`", "more": ["```"]}));
        assert_eq!(
            doc,
            [
                " Example:",
                "",
                " ```json",
                " {",
                r#"   "message": "`x`","#,
                r#"   "more": ["#,
                r#"     "```""#,
                "   ]",
                " }",
                " ```"
            ]
        );
    }

    #[test]
    fn objects_arrays_and_long_scalars_are_pretty_printed_blocks() {
        let doc = example_doc("Match strings", json!(["Fall 2024", "FA24"]));
        assert_eq!(
            doc[2..],
            [
                " Example:",
                "",
                " ```json",
                " [",
                r#"   "Fall 2024","#,
                r#"   "FA24""#,
                " ]",
                " ```"
            ]
        );
        let url = "/v1/installs/AI1234567890abcdef1234567890abcdef/courseOfferings?offset=0&limit=10";
        let doc = example_doc("The URL of the first page.", json!(url));
        assert_eq!(
            doc[4..],
            [" ```json".to_owned(), format!(" \"{url}\""), " ```".to_owned()]
        );
        // A long object keeps every member on its own line, in the spec's order.
        let offering = json!({
            "id": "56701a2d2f926674acede4d1ce880692",
            "title": "Principles of Commercial Property Appraisal 2013",
            "price": 500.0,
            "tags": ["commercial", "appraisal", "realestate"],
            "orderIndex": 0
        });
        let doc = example_doc("An offering.", offering);
        assert_eq!(doc[4], " ```json");
        assert_eq!(doc[6], r#"   "id": "56701a2d2f926674acede4d1ce880692","#);
        assert_eq!(doc[9], r#"   "tags": ["#);
        assert_eq!(doc.last().unwrap(), " ```");
        assert!(!doc.iter().any(|l| l.contains('…')), "nothing left out");
    }

    #[test]
    fn long_examples_are_shortened_with_a_visible_mark() {
        let many: Vec<u32> = (0..100).collect();
        let doc = example_doc("", json!(many));
        let block = &doc[3..doc.len() - 1];
        assert_eq!(block.len(), BLOCK_MAX_LINES + 1, "{doc:?}");
        assert_eq!(block[BLOCK_MAX_LINES - 1], "   38,");
        let mark = block.last().unwrap();
        assert!(mark.starts_with(" … (shortened from 102 lines"), "{mark}");
        assert_eq!(doc.last().unwrap(), " ```", "the block is closed");

        // By characters: long lines stop before the limit, and one line too long alone is cut.
        let wide = vec!["x".repeat(300); 20];
        let doc = example_doc("", json!(wide));
        let shown: usize = doc[3..doc.len() - 2].iter().map(|l| l.chars().count() - 1).sum();
        assert!(
            shown <= BLOCK_MAX_CHARS && doc.len() < 20,
            "{shown} characters in {} lines",
            doc.len()
        );
        let doc = example_doc("", json!("é".repeat(5000)));
        assert_eq!(doc[3].chars().count(), 1 + BLOCK_MAX_CHARS);
        assert!(
            doc[4].starts_with(" … (shortened from 1 line, 5002 characters"),
            "{}",
            doc[4]
        );
        assert_eq!(doc[5], " ```");
    }

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
