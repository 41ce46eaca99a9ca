//! Keeps rustdoc from compiling any code block of a spec's description as a doctest. Descriptions
//! hold code in every Markdown shape: fences of any length and either character, in quotes and list
//! items, indented blocks after headings and rules. Rather than imitate CommonMark's rules, the doc
//! text is parsed with the parser and options rustdoc finds doctests with, and each block rustdoc
//! would test is marked `text`, one at a time, until none is left.

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag};
use std::ops::Range;

/// The options of rustdoc's `main_body_opts`, with which it looks for doctests.
pub(super) fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
}

/// A code block rustdoc would compile.
enum Testable {
    /// An indented block; the range of its code (after the indent).
    Indented(Range<usize>),
    /// A fence whose info string reads as Rust; where the fence starts.
    Fenced(usize),
}

fn first_testable(text: &str) -> Option<Testable> {
    Parser::new_ext(text, options())
        .into_offset_iter()
        .find_map(|(event, range)| match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)) => Some(Testable::Indented(range)),
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) if reads_as_rust(&info) => {
                Some(Testable::Fenced(range.start))
            }
            _ => None,
        })
}

/// Whether rustdoc compiles a fenced block with this info string: no language, `rust` among its
/// words, or only attributes it knows.
pub(super) fn reads_as_rust(info: &str) -> bool {
    let mut words = info.split([',', ' ', '\t']).filter(|t| !t.is_empty());
    words.clone().any(|t| t == "rust")
        || words.all(|t| {
            matches!(
                t,
                "ignore" | "should_panic" | "no_run" | "compile_fail" | "standalone_crate" | "test_harness"
            ) || t.starts_with("edition")
                || t.starts_with("ignore-")
        })
}

/// The doc lines with every testable block marked `text` (lines without the leading space).
pub(super) fn without_doctests(lines: Vec<String>) -> Vec<String> {
    let mut text = lines.join("\n");
    // Each pass fixes one block; a description has far fewer blocks than lines.
    for _ in 0..=lines.len() {
        let Some(block) = first_testable(&text) else {
            return text.split('\n').map(str::to_owned).collect();
        };
        let Some(fixed) = fix(&text, block) else { break };
        text = fixed;
    }
    as_one_block(&lines)
}

fn fix(text: &str, block: Testable) -> Option<String> {
    match block {
        Testable::Fenced(start) => mark_fence(text, start),
        Testable::Indented(range) => fence_indented(text, range),
    }
}

/// `text` with the info string of the fence at `start` replaced by `text`.
fn mark_fence(text: &str, start: usize) -> Option<String> {
    let rest = text.get(start..)?;
    let mark = rest.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let run = rest.len() - rest.trim_start_matches(mark).len();
    let end = start + rest.find('\n').unwrap_or(rest.len());
    Some(format!("{}text{}", &text[..start + run], &text[end..]))
}

/// `text` with the indented block whose code is `range` turned into a `text` fence: the block's
/// lines lose the four spaces that made them code and keep their container's prefix (`> `, a list
/// item's indent).
fn fence_indented(text: &str, range: Range<usize>) -> Option<String> {
    let first = text.get(..range.start)?.rfind('\n').map_or(0, |i| i + 1);
    let prefix = text.get(first..range.start)?.strip_suffix("    ")?.to_owned();
    let last = text.get(range.end..)?;
    let end = if text.get(..range.end)?.ends_with('\n') {
        range.end - 1
    } else {
        range.end + last.find('\n').unwrap_or(last.len())
    };
    let indented = format!("{prefix}    ");
    let body: Vec<String> = text
        .get(first..end)?
        .split('\n')
        .map(|line| match line.strip_prefix(&indented) {
            Some(code) => format!("{prefix}{code}"),
            None => line.to_owned(),
        })
        .collect();
    // Longer than any run of backticks in the code, so that a fence shown in it stays code.
    let longest = body
        .iter()
        .flat_map(|l| l.split(|c| c != '`'))
        .map(str::len)
        .max()
        .unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    Some(format!(
        "{}{prefix}{fence}text\n{}\n{prefix}{fence}{}",
        &text[..first],
        body.join("\n"),
        &text[end..]
    ))
}

/// The last resort: the whole description as one `text` block, fenced with more tildes than it holds.
fn as_one_block(lines: &[String]) -> Vec<String> {
    let longest = lines
        .iter()
        .flat_map(|l| l.split(|c| c != '~'))
        .map(str::len)
        .max()
        .unwrap_or(0);
    let fence = "~".repeat(longest.max(2) + 1);
    let mut out = vec![format!("{fence}text")];
    out.extend(lines.iter().cloned());
    out.push(fence);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(text: &str) -> String {
        let out = without_doctests(text.split('\n').map(str::to_owned).collect()).join("\n");
        assert!(first_testable(&out).is_none(), "{out}");
        out
    }

    #[test]
    fn fences_of_any_length_and_character_are_marked() {
        assert_eq!(fixed("````\nlet x;\n````"), "````text\nlet x;\n````");
        assert_eq!(fixed("~~~~~ rust\nlet x;\n~~~~~"), "~~~~~text\nlet x;\n~~~~~");
        assert_eq!(fixed("```rust,foo\nx\n```"), "```text\nx\n```");
        assert_eq!(fixed("```json\n{}\n```"), "```json\n{}\n```");
    }

    #[test]
    fn indented_blocks_in_containers_become_fences_there() {
        assert_eq!(fixed("# H\n    code();"), "# H\n```text\ncode();\n```");
        assert_eq!(
            fixed("> q\n>\n>     quoted();\n>     more();\n>\n> after"),
            "> q\n>\n> ```text\n> quoted();\n> more();\n> ```\n>\n> after"
        );
        assert_eq!(
            fixed("1. item\n\n       listed();\n\n   next"),
            "1. item\n\n   ```text\n   listed();\n   ```\n\n   next"
        );
    }

    #[test]
    fn nested_fences_and_unclosed_ones_never_test() {
        fixed("~~~\n```rust\nx\n~~~\n```");
        fixed("```\nunclosed");
        fixed("> ```\n> quoted\n> ```");
        assert_eq!(
            fixed("Text.\n\n    ```\n    shown fence\n    ```"),
            "Text.\n\n````text\n```\nshown fence\n```\n````"
        );
    }

    #[test]
    fn the_last_resort_is_one_text_block() {
        let out = as_one_block(&["~~~".to_owned(), "x".to_owned()]);
        assert_eq!(out.first().unwrap(), "~~~~text");
        assert!(first_testable(&out.join("\n")).is_none());
    }
}
