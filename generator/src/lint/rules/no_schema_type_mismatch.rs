use std::borrow::Cow;

use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::pointer::push;
use crate::load::{Node, Value};

declare_rule! {
    /// A schema has `items` but a `type` other than `array`, or `properties` but a `type` other than
    /// `object` (with a list of types, when none of them is the one that needs the keyword).
    ///
    /// `items` only applies to arrays and `properties` only to objects: with another type the keyword
    /// is silently ignored, so the schema does not say what its author meant. It is usually a wrong
    /// `type` (`object` for a list) or a keyword left behind after the type changed.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// type: object
    /// items: {$ref: '#/components/schemas/Pet'}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// type: array
    /// items: {$ref: '#/components/schemas/Pet'}
    /// ```
    pub static META = { id: "no-schema-type-mismatch", severity: Error, versions: ANY_OAS };
}

#[derive(Default)]
pub struct NoSchemaTypeMismatch;

impl Rule for NoSchemaTypeMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Schema.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let Some(types) = v.node.get("type") else {
            return;
        };
        for (keyword, needs) in [("items", "array"), ("properties", "object")] {
            if v.node.get(keyword).is_none() {
                continue;
            }
            let declared: Cow<'_, str> = match &types.value {
                Value::String(t) => Cow::Borrowed(t),
                Value::Array(list) if !list.iter().any(|t| t.as_str() == Some(needs)) => {
                    Cow::Owned(list.iter().filter_map(Node::as_str).collect::<Vec<_>>().join(", "))
                }
                _ => continue,
            };
            if declared != needs {
                cx.report_key(
                    &META,
                    v.file,
                    &push(v.ptr, keyword),
                    format!("`{keyword}` has no effect on a schema of `type: {declared}`"),
                )
                .help(format!("set `type: {needs}`, or remove `{keyword}`"));
            }
        }
    }
}
