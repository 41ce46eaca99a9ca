use super::helpers::parameters;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::pointer::push;

declare_rule! {
    /// An operation (or path item) declares the same parameter twice: the same `name` and `in`.
    ///
    /// Only one can apply; tools pick different ones, and generated code would get two arguments with
    /// one name.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// parameters:
    ///   - {name: limit, in: query, schema: {type: integer}}
    ///   - {name: limit, in: query, schema: {type: string}}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// parameters:
    ///   - {name: limit, in: query, schema: {type: integer}}
    /// ```
    pub static META = { id: "operation-parameters", severity: Warning, aliases: ["operation-parameters-unique"], versions: ANY_OAS };
}

#[derive(Default)]
pub struct OperationParameters;

impl Rule for OperationParameters {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Operation.bit() | Kind::PathItem.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        // Only the list itself: an operation may override a path item's parameter.
        let own = Visit { parent: None, ..*v };
        let params = parameters(cx, &own);
        for (i, p) in params.iter().enumerate() {
            if let Some(first) = params[..i]
                .iter()
                .find(|q| q.name == p.name && q.location == p.location)
            {
                let first = cx.location(first.file, &first.ptr);
                cx.report(
                    &META,
                    p.file,
                    &push(&p.ptr, "name"),
                    format!("parameter `{}` in {} is declared twice", p.name, p.location),
                )
                .help("remove one of the two")
                .related(first, "first declared here");
            }
        }
    }
}
