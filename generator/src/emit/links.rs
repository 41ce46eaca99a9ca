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
    let (urls, brackets) = (bare_urls(&text), broken_references(&text));
    if urls.is_empty() && brackets.is_empty() {
        return lines;
    }
    // Every insertion, by position: `<`/`>` around each URL, `\` before each bracket.
    let mut inserts: Vec<(usize, &str)> = urls.iter().flat_map(|u| [(u.start, "<"), (u.end, ">")]).collect();
    inserts.extend(brackets.into_iter().map(|at| (at, "\\")));
    inserts.sort();
    let mut out = String::with_capacity(text.len() + inserts.len());
    let mut at = 0;
    for (position, insert) in inserts {
        out.push_str(&text[at..position]);
        out.push_str(insert);
        at = position;
    }
    out.push_str(&text[at..]);
    out.split('\n').map(str::to_owned).collect()
}

/// The positions of the brackets of every reference that has no definition and that rustdoc would
/// try to resolve as a Rust path.
fn broken_references(text: &str) -> Vec<usize> {
    let mut brackets = Vec::new();
    let mut callback = |link: BrokenLink<'_>| {
        // [`router`]: a link the generator writes to an item it generates, which rustdoc resolves.
        let item_link = link
            .reference
            .strip_prefix('`')
            .and_then(|r| r.strip_suffix('`'))
            .is_some_and(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':'));
        if let Some(source) = text.get(link.span.clone()).filter(|_| !item_link) {
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
    }

    #[test]
    fn defined_links_code_and_escaped_brackets_stay() {
        for text in [
            "[docs](https://example.com)",
            "[docs]\n\n[docs]: https://example.com",
            "`[id]`",
            "\\[id\\]",
            "```text\n[id]\n```",
            "serve it with [`router`]; see [`crate::Api`]",
        ] {
            assert_eq!(one(text), text);
        }
    }
}
