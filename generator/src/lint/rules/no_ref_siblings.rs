use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, OAS31, Rule, RuleMeta, Visit};
use crate::load::RefLink;
use crate::load::literal::{Object, Place};
use crate::load::pointer::push;

declare_rule! {
    /// A `$ref` object has other keys besides `$ref`, which are ignored.
    ///
    /// In OpenAPI 2.0 and 3.0 everything beside a `$ref` is ignored, so the `description` or `nullable`
    /// written there has no effect, whatever the author meant. In 3.1 a Schema Object's `$ref` combines
    /// with the keywords beside it, and a Reference Object may carry a `summary` and a `description`;
    /// anything else beside a Reference Object is still ignored. A Path Item Object's own fields beside
    /// its `$ref` are not ignored: `path-item-ref-siblings` reports them.
    ///
    /// Spectral's `no-$ref-siblings` is this rule and `path-item-ref-siblings` together, in 2.0 and 3.0
    /// only; Redocly's `spec-ref-siblings` is this rule.
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
    pub static META = { id: "no-$ref-siblings", severity: Error, aliases: ["spec-ref-siblings"], versions: ANY_OAS };
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
        let oas31 = crate::lint::version_of(cx.spec) == Some(OAS31);
        for (link, key) in siblings(cx, false) {
            let place = link.context.place;
            if oas31 && (place == Place::Object(Object::Schema) || matches!(key, "summary" | "description")) {
                continue;
            }
            cx.report_key(&META, link.from, &push(&link.pointer, key), format!("`{key}` beside `$ref` is ignored"))
                .help("remove it, or wrap the reference: `allOf: [{$ref: ...}]` with the field beside `allOf`");
        }
    }
}

/// Each reference of the spec with a key beside its `$ref`: those of Path Item Objects when
/// `path_items`, else the others (the loader's classifier says which objects are path items, in any
/// file).
pub(super) fn siblings<'a>(cx: &Cx<'a>, path_items: bool) -> Vec<(&'a RefLink, &'a str)> {
    let spec = cx.spec;
    let mut out = Vec::new();
    for link in &spec.refs {
        if (link.context.place == Place::Object(Object::PathItem)) != path_items {
            continue;
        }
        let Some(holder) = spec.node(link.from, &link.pointer).and_then(|n| n.as_object()) else {
            continue;
        };
        out.extend(holder.keys().filter(|k| *k != "$ref").map(|k| (link, k.as_str())));
    }
    out
}

#[cfg(test)]
mod tests {
    /// The pointers and messages of this rule's findings on the document `text`.
    fn found(text: &str) -> Vec<(String, String)> {
        super::super::testing::findings(super::META.id, text)
    }

    #[test]
    fn only_ignored_siblings_are_reported() {
        let body = "paths:\n  /a:\n    $ref: '#/paths/~1b'\n    summary: s\n  /b:\n    get:\n      responses:\n        '200': {$ref: '#/components/responses/R', description: d, headers: {}}\n        '201':\n          description: ok\n          content: {application/json: {schema: {$ref: '#/components/schemas/S', readOnly: true}}}\ncomponents:\n  responses:\n    R: {description: r}\n  schemas:\n    S: {}\n";
        let at = |version: &str| -> Vec<String> {
            found(&format!("openapi: {version}\ninfo: {{title: t, version: '1'}}\n{body}")).into_iter().map(|(p, _)| p).collect()
        };
        let r = "/paths/~1b/get/responses/200";
        assert_eq!(
            at("3.0.3"),
            [
                format!("{r}/description"),
                format!("{r}/headers"),
                "/paths/~1b/get/responses/201/content/application~1json/schema/readOnly".to_owned()
            ]
        );
        assert_eq!(at("3.1.0"), [format!("{r}/headers")]);
    }
}
