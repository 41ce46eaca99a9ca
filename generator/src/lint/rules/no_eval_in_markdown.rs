use super::helpers::report_markdown;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// A `description` or `title` contains `eval(`.
    ///
    /// Descriptions and titles are Markdown that documentation tools render as HTML. A JavaScript call in
    /// one is a mistake at best, and at worst an injection that runs in the reader's browser when a
    /// renderer lets it through. Every `description` and `title` string is checked, in the document and
    /// in the parts of other files it references.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// info:
    ///   title: Pets
    ///   version: '1.0'
    ///   description: Lists pets. <img src=x onerror="eval(atob('...'))">
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
    pub static META = { id: "no-eval-in-markdown", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct NoEvalInMarkdown;

impl Rule for NoEvalInMarkdown {
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
            |text| text.contains("eval("),
            |key| format!("`{key}` contains `eval(`"),
            "remove the call: documentation is no place for scripts",
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::lint_path;
    use crate::load::LoadOptions;

    /// Of another file, only what the document references is read, each part once.
    #[test]
    fn other_files_only_where_referenced() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("api.yaml");
        std::fs::write(
            &root,
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    get:\n      responses:\n        '200':\n          description: OK\n          content:\n            application/json:\n              schema: {$ref: 'shared.yaml#/Pet'}\n        '404': {$ref: 'shared.yaml#/Pet/properties/tag'}\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("shared.yaml"),
            "Pet:\n  description: eval(1)\n  properties:\n    tag: {description: eval(2)}\nUnused:\n  description: eval(3)\n",
        )
        .unwrap();
        let linted = lint_path(&root, &LoadOptions::default()).unwrap();
        let found: Vec<&str> = linted
            .findings
            .iter()
            .filter(|d| d.code == super::META.id)
            .map(|d| d.location.as_ref().unwrap().pointer.as_str())
            .collect();
        assert_eq!(found, ["/Pet/description", "/Pet/properties/tag/description"]);
    }
}
