use super::helpers::report_markdown;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// A `description` or `title` contains a `<script` tag (in any letter case).
    ///
    /// Descriptions and titles are Markdown that documentation tools render as HTML; a script tag in one
    /// runs in the reader's browser wherever the renderer does not strip it. Every `description` and
    /// `title` string is checked, in the document and in the parts of other files it references.
    ///
    /// Spectral's `no-script-tags-in-markdown`, and the script half of Redocly's `no-unsafe-markdown`
    /// (the other half is the rule `no-unsafe-markdown`). The tag name must end there, as Redocly reads
    /// it: `<scripted>` is no script tag, though Spectral's plain `<script` search finds one.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// info:
    ///   title: Pets
    ///   version: '1.0'
    ///   description: Lists pets.<script>track()</script>
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// info:
    ///   title: Pets
    ///   version: '1.0'
    ///   description: Lists pets.
    /// ```
    pub static META = { id: "no-script-tags-in-markdown", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct NoScriptTagsInMarkdown;

impl Rule for NoScriptTagsInMarkdown {
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
            has_script_tag,
            |key| format!("`{key}` contains a `<script` tag"),
            "remove the tag; to show it as text, write `&lt;script&gt;`",
        );
    }
}

/// Whether `text` has `<script`, ignoring ASCII case (HTML tag names are case-insensitive).
/// A `<script` whose tag name ends there (white space, `/`, `>` or the end follows).
fn has_script_tag(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.match_indices('<').any(|(i, _)| {
        bytes.get(i + 1..i + 7).is_some_and(|tag| tag.eq_ignore_ascii_case(b"script"))
            && bytes
                .get(i + 7)
                .is_none_or(|b| b.is_ascii_whitespace() || matches!(b, b'/' | b'>'))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn script_tags_in_any_case() {
        assert!(super::has_script_tag("a <SCRIPT src=x>"));
        assert!(super::has_script_tag("<script>"));
        assert!(!super::has_script_tag("a <scrip"));
        assert!(!super::has_script_tag("<b>script</b> é<"));
        assert!(super::has_script_tag("<script\nsrc=x>"));
        assert!(!super::has_script_tag("runs on <scripted> data"));
    }
}
