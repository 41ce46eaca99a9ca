//! HTML in a description that rustdoc's `invalid_html_tags` lint rejects becomes text: a tag that is
//! never closed (`<limit>`, `List<String>`, a lone `<p>`) or never opened (`</tr>`) gets its `<`
//! escaped (`\<limit>`), so it reads as written. Balanced HTML (`<b>bold</b>`, `<br>`) stays HTML.
//! Tags are read from the HTML events of the parser rustdoc uses, so code keeps its angle brackets.

use pulldown_cmark::{Event, Parser};
use std::ops::Range;

/// Elements rustdoc accepts without a closing tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track",
    "wbr",
];

/// The doc lines (without their leading space) with every unbalanced tag escaped.
pub(super) fn balanced(lines: Vec<String>) -> Vec<String> {
    // Without a `<` there is no tag: no parse (this runs on every doc).
    if !lines.iter().any(|l| l.contains('<')) {
        return lines;
    }
    let mut text = lines.join("\n");
    let mut changed = false;
    // Escaping one tag can turn an HTML block into a paragraph and change how the rest is read: passes
    // until none is left, at most one per tag.
    for _ in 0..=text.matches('<').count() {
        let stray = unbalanced(&text);
        if stray.is_empty() {
            break;
        }
        for at in stray.into_iter().rev() {
            text.insert(at, '\\');
        }
        changed = true;
    }
    if !changed {
        return lines;
    }
    text.split('\n').map(str::to_owned).collect()
}

/// A tag: its lower-case name, whether it closes, and where its `<` is.
struct Tag {
    name: String,
    closing: bool,
    at: usize,
}

/// The positions of the `<` of every tag without its pair.
fn unbalanced(text: &str) -> Vec<usize> {
    let mut open: Vec<Tag> = Vec::new();
    let mut stray = Vec::new();
    for tag in tags(text) {
        if !tag.closing {
            open.push(tag);
            continue;
        }
        match open.iter().rposition(|o| o.name == tag.name) {
            Some(pos) => stray.extend(open.drain(pos..).skip(1).filter(|o| !is_void(o)).map(|o| o.at)),
            None => stray.push(tag.at),
        }
    }
    stray.extend(open.iter().filter(|o| !is_void(o)).map(|o| o.at));
    stray.sort_unstable();
    stray
}

fn is_void(tag: &Tag) -> bool {
    VOID.contains(&tag.name.as_str())
}

/// The tags in the HTML of `text` (self-closing ones and comments left out).
fn tags(text: &str) -> Vec<Tag> {
    let mut out = Vec::new();
    for (event, range) in Parser::new_ext(text, super::doctest::options()).into_offset_iter() {
        if matches!(event, Event::Html(_) | Event::InlineHtml(_)) {
            out.extend(tags_in(text, range));
        }
    }
    out
}

fn tags_in(text: &str, range: Range<usize>) -> Vec<Tag> {
    let Some(html) = text.get(range.clone()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, _) in html.match_indices('<') {
        let rest = &html[i + 1..];
        let closing = rest.starts_with('/');
        let name: String = rest
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let end = rest.find('>').unwrap_or(rest.len());
        if rest[..end].ends_with('/') {
            continue;
        }
        out.push(Tag {
            name: name.to_ascii_lowercase(),
            closing,
            at: range.start + i,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::balanced;

    fn one(text: &str) -> String {
        balanced(text.split('\n').map(str::to_owned).collect()).join("\n")
    }

    #[test]
    fn unclosed_and_unopened_tags_become_text() {
        assert_eq!(
            one("Returns a List<String> of ids."),
            "Returns a List\\<String> of ids."
        );
        assert_eq!(one("Use <limit> items."), "Use \\<limit> items.");
        assert_eq!(one("a </tr> b"), "a \\</tr> b");
        assert_eq!(one("<b>x <i>y</b>"), "<b>x \\<i>y</b>");
    }

    #[test]
    fn balanced_html_void_elements_and_code_stay() {
        for text in [
            "<b>bold</b> and <A href=\"x\">link</a>",
            "line<br>next<br/>",
            "`List<String>`",
            "```text\n<limit>\n```",
            "<!-- a comment -->",
            "<p>\nparagraph\n</p>",
        ] {
            assert_eq!(one(text), text);
        }
    }
}
