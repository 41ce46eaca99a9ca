use super::helpers::report_markdown;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// A `description` or `title` contains an HTML event-handler attribute (`<img onerror=...>`) or a
    /// `javascript:` link (`[x](javascript:...)`, `href="javascript:..."`).
    ///
    /// Descriptions and titles are Markdown that documentation tools render as HTML: a handler or a
    /// `javascript:` link runs script in the reader's browser, as a `<script>` tag does, wherever the
    /// renderer does not sanitise it. Every `description` and `title` string is checked, in the document
    /// and in the parts of other files it references; each kind of problem is one finding.
    ///
    /// Redocly's `no-unsafe-markdown`, without its `<script>` check, which is `no-script-tags-in-markdown`
    /// (so that a script tag is reported once). Redocly reads `description`s only, and also takes the
    /// end of `data-onerror=` or `data-href=` for a handler or a link.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// tags:
    ///   - name: pets
    ///     description: 'Pets. <img src=x onerror="track()"> [More](javascript:open())'
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// tags:
    ///   - name: pets
    ///     description: 'Pets. [More](https://docs.petstore.io/pets)'
    /// ```
    pub static META = { id: "no-unsafe-markdown", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct NoUnsafeMarkdown;

impl Rule for NoUnsafeMarkdown {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, _v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        report_markdown(
            cx,
            &META,
            has_event_handler,
            |key| format!("`{key}` contains an HTML event-handler attribute (`on...=`)"),
            "remove the attribute; Markdown needs no script",
        );
        report_markdown(
            cx,
            &META,
            has_javascript_url,
            |key| format!("`{key}` contains a `javascript:` URL"),
            "link to an `https:` address instead",
        );
    }
}

/// An attribute `on<letters>=` inside an HTML tag: `<` and a letter open the tag, no `>` closes it
/// before the attribute, whose name starts a word.
fn has_event_handler(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.match_indices('<').any(|(open, _)| {
        if !bytes.get(open + 1).is_some_and(u8::is_ascii_alphabetic) {
            return false;
        }
        let tag = &bytes[open + 1..];
        let tag = &tag[..tag.iter().position(|&b| b == b'>').unwrap_or(tag.len())];
        (1..tag.len()).any(|i| {
            let word_start = !is_word(tag[i - 1]);
            word_start && tag[i..].len() > 2 && tag[i..i + 2].eq_ignore_ascii_case(b"on") && {
                let name = tag[i + 2..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
                let rest = &tag[i + 2 + name..];
                name > 0 && rest.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'=')
            }
        })
    })
}

/// `javascript:` as the target of a Markdown link (`](javascript:`) or of an `href`/`src` attribute.
fn has_javascript_url(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.match_indices("javascript:").any(|(at, _)| {
        let before = lower[..at].trim_end();
        if before.ends_with("](") {
            return true;
        }
        let before = before.trim_end_matches(['"', '\'']).trim_end();
        let Some(attr) = before.strip_suffix('=') else {
            return false;
        };
        let attr = attr.trim_end();
        ["href", "src"].iter().any(|name| {
            attr.strip_suffix(name)
                .is_some_and(|pre| !pre.as_bytes().last().is_some_and(|&b| is_word(b)))
        })
    })
}

/// A character of an attribute name: `data-onerror` and `data-href` are other attributes.
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b':')
}

#[cfg(test)]
mod tests {
    use super::super::testing::pointers;
    use super::{has_event_handler, has_javascript_url};

    #[test]
    fn event_handlers_inside_tags() {
        assert!(has_event_handler("<img src=x onerror=alert(1)>"));
        assert!(has_event_handler("<a\nONCLICK = 'x'>"));
        assert!(!has_event_handler("the <b>onload</b> event, x onload=1"));
        assert!(!has_event_handler("<img data-onerror=1>"));
        assert!(!has_event_handler("a < b and on=1"));
    }

    #[test]
    fn javascript_links_and_attributes() {
        assert!(has_javascript_url("[x](javascript:alert(1))"));
        assert!(has_javascript_url("[x]( JavaScript:go())"));
        assert!(has_javascript_url("<a href=\"javascript:go()\">"));
        assert!(has_javascript_url("<img src = 'javascript:x'>"));
        assert!(!has_javascript_url("see JavaScript: The Definitive Guide"));
        assert!(!has_javascript_url("<a data-href=\"javascript:x\">"));
    }

    #[test]
    fn each_kind_once_per_string() {
        let text = concat!(
            "openapi: 3.0.3\ninfo: {title: t, version: '1', description: '<img onerror=x> [a](javascript:b)'}\n",
            "tags: [{name: a, description: '<script>x</script> JavaScript: the good parts'}]\npaths: {}\n",
        );
        assert_eq!(pointers("no-unsafe-markdown", text), ["/info/description", "/info/description"]);
    }
}
