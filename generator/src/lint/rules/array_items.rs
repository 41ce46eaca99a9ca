use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::pointer::push;

declare_rule! {
    /// A schema with `type: array` has no `items`.
    ///
    /// OpenAPI 3.0 requires `items` for arrays; without it nothing says what the elements are and the
    /// generator can only produce an untyped list.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// tags:
    ///   type: array
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// tags:
    ///   type: array
    ///   items: {type: string}
    /// ```
    pub static META = { id: "array-items", severity: Error, versions: ANY_OAS };
}

#[derive(Default)]
pub struct ArrayItems;

impl Rule for ArrayItems {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Schema.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        if v.node.get("type").and_then(|t| t.as_str()) == Some("array") && v.node.get("items").is_none() {
            cx.report(
                &META,
                v.file,
                &push(v.ptr, "type"),
                "a schema with `type: array` needs `items`",
            )
            .help("add `items` with the schema of the elements, e.g. `items: {type: string}`");
        }
    }
}
