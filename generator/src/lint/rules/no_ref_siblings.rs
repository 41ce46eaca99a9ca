use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS2, OAS30, Rule, RuleMeta, Visit};
use crate::load::literal::{Object, Place};
use crate::load::pointer::push;

declare_rule! {
    /// A `$ref` object has other keys besides `$ref`.
    ///
    /// In OpenAPI 2.0 and 3.0 everything beside a `$ref` is ignored, so the `description` or `nullable`
    /// written there has no effect, whatever the author meant. (Path items are exempt: a Path Item Object
    /// may combine `$ref` with its own fields.)
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
            // A Path Item Object may combine `$ref` with its own fields (the loader's classifier says
            // which objects are path items, in any file).
            if holder.len() < 2 || link.context.place == Place::Object(Object::PathItem) {
                continue;
            }
            for key in holder.keys().filter(|k| *k != "$ref") {
                cx.report_key(
                    &META,
                    link.from,
                    &push(&link.pointer, key),
                    format!("`{key}` beside `$ref` is ignored"),
                )
                .help("remove it, or wrap the reference: `allOf: [{$ref: ...}]` with the field beside `allOf`");
            }
        }
    }
}

