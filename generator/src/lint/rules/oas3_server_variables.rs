use super::helpers::template_params;
use crate::declare_rule;
use crate::lint::instance::same;
use crate::lint::rule::{Cx, Help, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// Server variables and the server `url` disagree: a `{variable}` in the url that `variables` does
    /// not define, a defined variable the url does not use, or a `default` that is not in its `enum`.
    ///
    /// Clients cannot build the base URL: an undefined variable has no value to substitute.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// servers:
    ///   - url: 'https://{region}.example.com'
    ///     variables:
    ///       zone: {default: eu}
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
    pub static META = {
        id: "oas3-server-variables",
        severity: Error,
        aliases: ["no-undefined-server-variable", "no-server-variables-empty-enum"],
        versions: OAS30 | OAS31,
    };
}

#[derive(Default)]
pub struct Oas3ServerVariables;

impl Rule for Oas3ServerVariables {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Server.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let Some(url) = v.node.get("url").and_then(Node::as_str) else {
            return;
        };
        let used: Vec<&str> = template_params(url).into_iter().map(|(_, n)| n).collect();
        let vars = v.node.get("variables").and_then(Node::as_object);
        for name in &used {
            if !vars.is_some_and(|m| m.contains_key(*name)) {
                cx.report(
                    &META,
                    v.file,
                    &push(v.ptr, "url"),
                    format!("server variable `{name}` is used in the url but not defined"),
                )
                .help(format!("add `variables: {{{name}: {{default: ...}}}}` to the server"));
            }
        }
        let vars_ptr = push(v.ptr, "variables");
        for (name, e) in vars.into_iter().flatten() {
            let ptr = push(&vars_ptr, name);
            if !used.contains(&name.as_str()) {
                cx.report_key(
                    &META,
                    v.file,
                    &ptr,
                    format!("server variable `{name}` is not used in the url `{url}`"),
                )
                .help("use it in the url as `{name}`, or remove it");
            }
            let Some(options) = e.node.get("enum").and_then(Node::as_array) else {
                continue;
            };
            if options.is_empty() {
                cx.report(
                    &META,
                    v.file,
                    &push(&ptr, "enum"),
                    format!("server variable `{name}` has an empty `enum`"),
                )
                .help("list the allowed values, or remove `enum`");
            } else if let Some(default) = e.node.get("default")
                && !options.iter().any(|o| same(o, default))
            {
                cx.report(
                    &META,
                    v.file,
                    &push(&ptr, "default"),
                    format!("the default of server variable `{name}` is not in its `enum`"),
                )
                .help("make the default one of the enum values");
            }
        }
    }
}
