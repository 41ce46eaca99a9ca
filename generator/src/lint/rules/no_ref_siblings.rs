use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS2, OAS30, Rule, RuleMeta, Visit};
use crate::load::literal::{Object, Place};
use crate::load::pointer::push;

declare_rule! {
    /// A `$ref` object has other keys besides `$ref`.
    ///
    /// In OpenAPI 2.0 and 3.0 everything beside a `$ref` is ignored, so the `description` or `nullable`
    /// written there has no effect, whatever the author meant. A Path Item Object may combine `$ref` with
    /// its own fields, but what happens when the referenced path item has the same field is undefined,
    /// so its siblings are reported too, with a message of their own (as Spectral's `no-$ref-siblings`
    /// does; Redocly's `spec-ref-siblings` exempts path items: its findings are this rule's but those
    /// about a Path Item).
    ///
    /// Bad:
    ///
    /// ```yaml
    /// owner:
    ///   $ref: '#/components/schemas/User'
    ///   nullable: true
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// owner:
    ///   nullable: true
    ///   allOf:
    ///     - $ref: '#/components/schemas/User'
    /// ```
    pub static META = { id: "no-$ref-siblings", severity: Error, versions: OAS2 | OAS30 };
}

#[derive(Default)]
pub struct NoRefSiblings;

impl Rule for NoRefSiblings {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, _v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let spec = cx.spec;
        for link in &spec.refs {
            let Some(holder) = spec.node(link.from, &link.pointer).and_then(|n| n.as_object()) else {
                continue;
            };
            if holder.len() < 2 {
                continue;
            }
            // A Path Item Object's own fields combine with the target's (the loader's classifier says
            // which objects are path items, in any file).
            let path_item = link.context.place == Place::Object(Object::PathItem);
            for key in holder.keys().filter(|k| *k != "$ref") {
                let at = push(&link.pointer, key);
                if path_item {
                    cx.report_key(
                        &META,
                        link.from,
                        &at,
                        format!("`{key}` beside a Path Item's `$ref`: undefined when the referenced path item has it too"),
                    )
                    .help("move the field into the referenced path item, or write the path item inline");
                } else {
                    cx.report_key(&META, link.from, &at, format!("`{key}` beside `$ref` is ignored"))
                        .help("remove it, or wrap the reference: `allOf: [{$ref: ...}]` with the field beside `allOf`");
                }
            }
        }
    }
}


#[cfg(test)]
mod tests {
    use crate::load::{LoadOptions, Spec};

    /// The pointers and messages of this rule's findings on the document `text`.
    fn found(text: &str) -> Vec<(String, String)> {
        let linted = crate::lint::lint_spec(Spec::from_text("t.yaml", text, &LoadOptions::default()));
        linted
            .findings
            .iter()
            .filter(|d| d.code == super::META.id)
            .map(|d| (d.location.as_ref().expect("located").pointer.clone(), d.message.clone()))
            .collect()
    }

    #[test]
    fn path_item_siblings_are_reported_apart_from_ignored_ones() {
        let doc = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    $ref: '#/paths/~1b'\n    summary: s\n  /b:\n    get:\n      responses:\n        '200': {$ref: '#/components/responses/R', description: d}\ncomponents:\n  responses:\n    R: {description: r}\n";
        let found = found(doc);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "/paths/~1a/summary");
        assert!(found[0].1.contains("Path Item"), "{found:?}");
        assert_eq!(found[1].0, "/paths/~1b/get/responses/200/description");
        assert!(found[1].1.ends_with("is ignored"), "{found:?}");
    }
}
