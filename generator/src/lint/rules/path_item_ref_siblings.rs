use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS2, OAS30, Rule, RuleMeta, Visit};
use crate::load::pointer::push;

declare_rule! {
    /// A Path Item Object has fields of its own beside its `$ref`.
    ///
    /// A Path Item may combine `$ref` with its own fields, but what happens when the referenced path
    /// item has the same field is undefined (OpenAPI 2.0 and 3.0): one tool takes the local field,
    /// another the referenced one. Keeping all of the path item in one place says which applies.
    ///
    /// This is the part of Spectral's `no-$ref-siblings` about path items (`no-$ref-siblings` is the
    /// rest); Redocly's `spec-ref-siblings` accepts such fields.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// paths:
    ///   /pets:
    ///     $ref: 'paths/pets.yaml'
    ///     summary: Pets
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// paths:
    ///   /pets:
    ///     $ref: 'paths/pets.yaml'   # with `summary: Pets` in paths/pets.yaml
    /// ```
    pub static META = { id: "path-item-ref-siblings", severity: Error, versions: OAS2 | OAS30 };
}

#[derive(Default)]
pub struct PathItemRefSiblings;

impl Rule for PathItemRefSiblings {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, _v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        for (link, key) in super::no_ref_siblings::siblings(cx, true) {
            cx.report_key(
                &META,
                link.from,
                &push(&link.pointer, key),
                format!("`{key}` beside a Path Item's `$ref`: undefined when the referenced path item has it too"),
            )
            .help("move the field into the referenced path item, or write the path item inline");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::load::{LoadOptions, Spec};

    #[test]
    fn fields_beside_a_path_item_ref_are_reported() {
        let doc = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    $ref: '#/paths/~1b'\n    summary: s\n  /b:\n    get:\n      responses: {'200': {description: ok}}\n";
        let linted = crate::lint::lint_spec(Spec::from_text("t.yaml", doc, &LoadOptions::default()));
        let at: Vec<&str> = linted
            .findings
            .iter()
            .filter(|d| d.code == super::META.id)
            .map(|d| d.location.as_ref().expect("located").pointer.as_str())
            .collect();
        assert_eq!(at, ["/paths/~1a/summary"]);
    }
}
