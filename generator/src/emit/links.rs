//! Links in a description as rustdoc wants them, so that `cargo doc` with warnings denied passes on
//! what we generate:
//! - a bare URL becomes an autolink (`<https://…>`; rustdoc's `bare_urls`);
//! - brackets that rustdoc would read as a link to a Rust item (`[id]`, `[Pet]`) but that lead nowhere
//!   are escaped (`\[id\]`; `rustdoc::broken_intra_doc_links`): in a spec they are prose, and escaping
//!   a reference without a definition changes nothing else.
//!
//! The text is parsed as rustdoc parses it, so code, code blocks, links and HTML stay as written.

use pulldown_cmark::{BrokenLink, Event, Parser, Tag, TagEnd};
use std::ops::Range;

/// The doc lines (without their leading space) with bare URLs linked and stray brackets escaped.
pub(super) fn linked(lines: Vec<String>) -> Vec<String> {
    let text = lines.join("\n");
    // Most descriptions have neither a URL nor a bracket: no parse for them (this runs on every doc).
    let urls = if text.contains("http") {
        bare_urls(&text)
    } else {
        Vec::new()
    };
    let (brackets, paths) = if text.contains('[') {
        (broken_references(&text), path_links(&text))
    } else {
        (Vec::new(), Vec::new())
    };
    if urls.is_empty() && brackets.is_empty() && paths.is_empty() {
        return lines;
    }
    // Every edit, by position: `<`/`>` around each URL, `\` before each bracket, a path link replaced
    // by its text.
    let mut edits: Vec<(Range<usize>, &str)> = urls
        .iter()
        .flat_map(|u| [(u.start..u.start, "<"), (u.end..u.end, ">")])
        .collect();
    edits.extend(brackets.into_iter().map(|at| (at..at, "\\")));
    for link in &paths {
        edits.push((link.whole.start..link.text.start, ""));
        edits.push((link.text.end..link.whole.end, ""));
    }
    edits.sort_by_key(|(range, _)| (range.start, range.end));
    let mut out = String::with_capacity(text.len() + edits.len());
    let mut at = 0;
    for (range, insert) in edits {
        // Edits never overlap (URLs, brackets and links are apart); one that would is skipped.
        let Some(kept) = text.get(at..range.start) else {
            continue;
        };
        out.push_str(kept);
        out.push_str(insert);
        at = range.end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out.split('\n').map(str::to_owned).collect()
}

/// A link and the range of its text.
struct PathLink {
    whole: Range<usize>,
    text: Range<usize>,
}

/// Inline links whose destination rustdoc reads as a Rust path (no `/` in it: Square's
/// `[Location](entity:Location)`). It cannot resolve them, so they become their text.
fn path_links(text: &str) -> Vec<PathLink> {
    let mut links = Vec::new();
    let mut open: Option<(Range<usize>, Option<Range<usize>>)> = None;
    for (event, range) in Parser::new_ext(text, super::doctest::options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Link { dest_url, .. })
                if open.is_none() && !dest_url.is_empty() && !dest_url.contains('/') && !dest_url.starts_with('#') =>
            {
                open = Some((range, None));
            }
            Event::End(TagEnd::Link) => {
                if let Some((whole, Some(inner))) = open.take() {
                    links.push(PathLink { whole, text: inner });
                }
            }
            _ => {
                if let Some((_, inner)) = &mut open {
                    let start = inner.as_ref().map_or(range.start, |i| i.start);
                    *inner = Some(start..range.end);
                }
            }
        }
    }
    // Only `[text](destination)` is rewritten: its text sits right after `[` and before `](`.
    links.retain(|l| l.text.start == l.whole.start + 1 && text.get(l.text.end..).is_some_and(|r| r.starts_with("](")));
    links
}

/// The positions of the brackets of every reference that has no definition and that rustdoc would
/// try to resolve as a Rust path.
fn broken_references(text: &str) -> Vec<usize> {
    let mut brackets = Vec::new();
    let mut callback = |link: BrokenLink<'_>| {
        if let Some(source) = text.get(link.span.clone()) {
            brackets.extend(
                source
                    .char_indices()
                    .filter(|(_, c)| matches!(c, '[' | ']'))
                    .map(|(i, _)| link.span.start + i),
            );
        }
        None
    };
    let parser = Parser::new_with_broken_link_callback(text, super::doctest::options(), Some(&mut callback));
    parser.for_each(drop);
    brackets.sort_unstable();
    brackets.dedup();
    // A bracket already escaped is not one to escape again.
    brackets.retain(|&at| text.get(..at).is_none_or(|before| !before.ends_with('\\')));
    brackets
}

/// Where the bare URLs of `text` are, in order.
fn bare_urls(text: &str) -> Vec<Range<usize>> {
    let mut urls = Vec::new();
    // Inside a link, an image or a code block, text is not where rustdoc looks.
    let mut inside = 0usize;
    for (event, range) in Parser::new_ext(text, super::doctest::options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Link { .. } | Tag::Image { .. } | Tag::CodeBlock(_)) => inside += 1,
            Event::End(TagEnd::Link | TagEnd::Image | TagEnd::CodeBlock) => inside = inside.saturating_sub(1),
            Event::Text(_) if inside == 0 => {
                let Some(source) = text.get(range.clone()) else {
                    continue;
                };
                urls.extend(
                    urls_in(source)
                        .into_iter()
                        .map(|r| range.start + r.start..range.start + r.end),
                );
            }
            _ => {}
        }
    }
    urls
}

/// The URLs in a run of plain text: `http://` or `https://` and what follows up to a space or a
/// character a URL does not end with (trailing punctuation stays outside: `see https://x.org.`).
fn urls_in(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = text.get(from..).and_then(|rest| rest.find("http")) {
        let start = from + found;
        let rest = &text[start..];
        let scheme = ["https://", "http://"].into_iter().find(|s| rest.starts_with(s));
        // A URL starts a word: `xhttp://` and `<https://…>` (already an autolink) are not bare.
        let starts_word = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() && c != '<');
        let Some(scheme) = scheme.filter(|_| starts_word) else {
            from = start + 4;
            continue;
        };
        let len = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`' | '[' | ']'))
            .unwrap_or(rest.len());
        let url = rest[..len].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'']);
        if url.len() > scheme.len() {
            out.push(start..start + url.len());
        }
        from = start + len.max(scheme.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::linked;

    fn one(text: &str) -> String {
        linked(text.split('\n').map(str::to_owned).collect()).join("\n")
    }

    #[test]
    fn bare_urls_become_autolinks_without_trailing_punctuation() {
        assert_eq!(
            one("See https://example.com/a.txt."),
            "See <https://example.com/a.txt>."
        );
        assert_eq!(
            one("(http://x.org/p?q=1&r=2), then"),
            "(<http://x.org/p?q=1&r=2>), then"
        );
        assert_eq!(
            one("two: https://a.io https://b.io"),
            "two: <https://a.io> <https://b.io>"
        );
    }

    #[test]
    fn urls_in_code_links_and_autolinks_stay_as_written() {
        for text in [
            "`https://example.com`",
            "[docs](https://example.com)",
            "<https://example.com>",
            "```text\nhttps://example.com\n```",
            "[https://example.com](https://example.com)",
            "xhttps://example.com",
            "https://",
        ] {
            assert_eq!(one(text), text);
        }
    }

    #[test]
    fn the_text_around_is_unchanged() {
        let text = "Line one.\n\n- item https://a.io/x\n  more\n\nÄ https://ü.example/é end";
        assert_eq!(
            one(text),
            "Line one.\n\n- item <https://a.io/x>\n  more\n\nÄ <https://ü.example/é> end"
        );
    }
}

#[cfg(test)]
mod bracket_tests {
    use super::linked;

    fn one(text: &str) -> String {
        linked(text.split('\n').map(str::to_owned).collect()).join("\n")
    }

    #[test]
    fn brackets_that_lead_nowhere_are_escaped() {
        assert_eq!(one("The [id] of the pet."), "The \\[id\\] of the pet.");
        assert_eq!(one("[Pet][pets] list"), "\\[Pet\\]\\[pets\\] list");
        assert_eq!(one("a [b] c https://d.io"), "a \\[b\\] c <https://d.io>");
        // A spec's link to its vendor's Rust items: rustdoc cannot resolve it here.
        assert_eq!(one("see [`init_flags`]"), "see \\[`init_flags`\\]");
    }

    #[test]
    fn links_rustdoc_would_read_as_rust_paths_become_their_text() {
        assert_eq!(one("The [location](entity:Location) where"), "The location where");
        assert_eq!(one("A [**bold** name](entity:X)."), "A **bold** name.");
        for kept in ["[docs](https://example.com)", "[here](#section)", "[up](../index.html)"] {
            assert_eq!(one(kept), kept);
        }
    }

    #[test]
    fn defined_links_code_and_escaped_brackets_stay() {
        for text in [
            "[docs](https://example.com)",
            "[docs]\n\n[docs]: https://example.com",
            "`[id]`",
            "\\[id\\]",
            "```text\n[id]\n```",
        ] {
            assert_eq!(one(text), text);
        }
    }
}
