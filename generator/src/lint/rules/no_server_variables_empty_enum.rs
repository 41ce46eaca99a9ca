use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};
use crate::load::pointer::push;
use crate::load::{Node, Value};

declare_rule! {
    /// A server variable's `enum` is empty: no value can ever be chosen for it.
    ///
    /// `enum` lists the values a client may substitute; an empty list allows none, so the server url
    /// cannot be built (OpenAPI 3.1 requires at least one value, 3.0 does not say).
    ///
    /// Redocly's `no-server-variables-empty-enum`, which checks the document's own `servers` only; this
    /// rule checks path items' and operations' servers too. A `default` outside the `enum` is
    /// `oas3-server-variables`.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// servers:
    ///   - url: 'https://{region}.example.com'
    ///     variables:
    ///       region: {default: eu, enum: []}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// servers:
    ///   - url: 'https://{region}.example.com'
    ///     variables:
    ///       region: {default: eu, enum: [eu, us]}
    /// ```
    pub static META = { id: "no-server-variables-empty-enum", severity: Error, versions: OAS30 | OAS31 };
}

#[derive(Default)]
pub struct NoServerVariablesEmptyEnum;

impl Rule for NoServerVariablesEmptyEnum {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Server.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let vars = v.node.get("variables").and_then(Node::as_object);
        for (name, e) in vars.into_iter().flatten() {
            if let Some(Value::Array(values)) = e.node.get("enum").map(|n| &n.value)
                && values.is_empty()
            {
                let ptr = push(&push(&push(v.ptr, "variables"), name), "enum");
                cx.report(&META, v.file, &ptr, format!("server variable `{name}` has an empty `enum`"))
                    .help("list the values clients may choose, or remove `enum`");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::pointers;

    #[test]
    fn empty_enums_anywhere() {
        let text = concat!(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n",
            "servers:\n  - url: 'https://{a}.io'\n    variables:\n      a: {default: x, enum: []}\n",
            "paths:\n  /p:\n    servers:\n      - url: 'https://{b}.io'\n        variables: {b: {default: x, enum: [x]}}\n",
            "    get:\n      servers: [{url: 'https://{c}.io', variables: {c: {default: x, enum: []}}}]\n",
            "      responses: {'200': {description: ok}}\n",
        );
        assert_eq!(
            pointers("no-server-variables-empty-enum", text),
            ["/servers/0/variables/a/enum", "/paths/~1p/get/servers/0/variables/c/enum"]
        );
    }
}
