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
                let first = cx.location(first.entry.0, &first.entry.1);
                // A repeated `$ref` is the list's mistake, not the target's: report the entry.
                let (file, at) = match p.ptr == p.entry.1 && p.file == p.entry.0 {
                    true => (p.file, push(&p.ptr, "name")),
                    false => p.entry.clone(),
                };
                cx.report(
                    &META,
                    file,
                    &at,
                    format!("parameter `{}` in {} is declared twice", p.name, p.location),
                )
                .help("remove one of the two")
                .related(first, "first declared here");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::pointers;

    #[test]
    fn each_repeated_reference_is_reported_where_it_is_listed() {
        let text = concat!(
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\n",
            "paths:\n  /a:\n    get:\n      parameters:\n",
            "        - $ref: '#/parameters/Q'\n        - $ref: '#/parameters/Q'\n        - {name: q, in: query, type: string}\n",
            "      responses: {'200': {description: ok}}\n",
            "parameters:\n  Q: {name: q, in: query, type: string}\n",
        );
        assert_eq!(
            pointers("operation-parameters", text),
            ["/paths/~1a/get/parameters/1", "/paths/~1a/get/parameters/2/name"]
        );
    }
}
