use std::collections::HashMap;

use super::helpers::{Param, parameters, template_params};
use crate::declare_rule;
use crate::diagnostic::Location;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::Value;
use crate::load::pointer::push;

declare_rule! {
    /// Path parameters and path templates disagree: a `{name}` in the path that no parameter defines, a
    /// path parameter the template does not use, a path parameter without `required: true`, a name used
    /// twice in one template, or two templates that differ only in parameter names (`/a/{id}` and
    /// `/a/{name}`, which no router can tell apart).
    ///
    /// Requests cannot be routed or validated, and the generated handler signature would be wrong.
    ///
    /// Spectral's `path-params` and Redocly's `path-parameters-defined` (and `no-identical-paths`). An
    /// RFC 6570 operator or modifier in a template names the same parameter (`{;id}`, `{.id}`, `{id*}`
    /// are `id`), as Spectral reads them. The path items of callbacks are checked too, as Redocly does:
    /// their `{name}` expressions (not the runtime expressions `{$request...}`) are the path parameters.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// paths:
    ///   /users/{userId}:
    ///     get:
    ///       parameters:
    ///         - {name: id, in: path, required: true, schema: {type: string}}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// paths:
    ///   /users/{userId}:
    ///     get:
    ///       parameters:
    ///         - {name: userId, in: path, required: true, schema: {type: string}}
    /// ```
    pub static META = {
        id: "path-params",
        severity: Error,
        aliases: ["path-parameters-defined", "no-identical-paths"],
        versions: ANY_OAS,
    };
}

#[derive(Default)]
pub struct PathParams {
    /// Normalized template (`/a/{}`) → where the first one with that shape is.
    shapes: HashMap<String, (String, Location)>,
}

impl Rule for PathParams {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::PathItem.bit() | Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let Some(template) = v.path else {
            return;
        };
        // A path of `paths`, or else the URL expression of a callback.
        let path = template.starts_with('/');
        let names = if path { path_names(template) } else { callback_names(template) };
        match v.kind {
            Kind::PathItem => {
                if path {
                    self.check_template(cx, v, template, &names);
                }
                // Parameters shared by all operations.
                let item = Visit { parent: None, ..*v };
                for p in parameters(cx, &item) {
                    check_declared(cx, &p, template, &names);
                }
            }
            Kind::Operation => {
                let params = parameters(cx, v);
                for p in params.iter().filter(|p| !p.shared) {
                    check_declared(cx, p, template, &names);
                }
                for name in names.iter().filter(|n| !n.is_empty()) {
                    if !params.iter().any(|p| p.location == "path" && p.name == *name) {
                        let method = v.method.unwrap_or("operation");
                        cx.report_key(&META, v.file, v.ptr, format!("`{method} {template}` does not define the path parameter `{name}`"))
                            .help(format!("add `{{name: {name}, in: path, required: true, schema: {{type: string}}}}` to the operation's or the path's `parameters`"));
                    }
                }
            }
            _ => {}
        }
    }
}

impl PathParams {
    fn check_template(&mut self, cx: &mut Cx<'_>, v: &Visit<'_, '_>, template: &str, names: &[&str]) {
        for (i, name) in names.iter().enumerate() {
            if names[..i].contains(name) {
                cx.report_key(
                    &META,
                    v.file,
                    v.ptr,
                    format!("path `{template}` uses the parameter `{name}` twice"),
                )
                .help("give each path parameter its own name");
            }
        }
        let mut shape = String::new();
        let mut last = 0;
        for (at, name) in template_params(template) {
            shape.push_str(&template[last..at]);
            shape.push_str("{}");
            last = at + name.len() + 2;
        }
        shape.push_str(&template[last..]);
        if let Some((other, loc)) = self.shapes.get(&shape) {
            if other != template {
                let loc = loc.clone();
                cx.report_key(
                    &META,
                    v.file,
                    v.ptr,
                    format!(
                        "paths `{other}` and `{template}` differ only in parameter names: no router can tell them apart"
                    ),
                )
                .help("merge the two path items, or make the literal parts differ")
                .related(loc, "the other path");
            }
        } else {
            let loc = cx.key_location(v.file, v.ptr);
            self.shapes.insert(shape, (template.to_owned(), loc));
        }
    }
}

/// A declared path parameter must be used by the template and be required.
/// The parameter names of a path template: each `{expression}` without its RFC 6570 operator
/// (`;`, `?`, `.`, ...) and modifier (`*`, `:3`).
fn path_names(template: &str) -> Vec<&str> {
    let operators: &[char] = &['+', '#', '.', '/', ';', '?', '&'];
    template_params(template)
        .into_iter()
        .map(|(_, expr)| {
            let name = expr.trim_start_matches(operators);
            let name = name.split_once(':').map_or(name, |(n, _)| n);
            name.strip_suffix('*').unwrap_or(name)
        })
        .collect()
}

/// The `{name}` expressions of a callback's URL expression, wherever they stand (also inside a
/// runtime expression such as `{$request.body#/url/{id}}`); runtime expressions are no names.
fn callback_names(expr: &str) -> Vec<&str> {
    let name_char = |c: char| c.is_ascii_alphanumeric() || "_.-".contains(c);
    let mut out = Vec::new();
    let mut rest = expr;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        let len = rest.find(|c: char| !name_char(c)).unwrap_or(rest.len());
        if len > 0 && rest[len..].starts_with('}') && !out.contains(&&rest[..len]) {
            out.push(&rest[..len]);
        }
    }
    out
}

fn check_declared(cx: &mut Cx<'_>, p: &Param<'_>, template: &str, names: &[&str]) {
    if p.location != "path" {
        return;
    }
    if !names.contains(&p.name) {
        cx.report(
            &META,
            p.file,
            &push(&p.ptr, "name"),
            format!("path parameter `{}` is not in the path `{template}`", p.name),
        )
        .help(format!("add `{{{}}}` to the path, or remove the parameter", p.name));
    }
    if p.node.get("required").map(|r| &r.value) != Some(&Value::Bool(true)) {
        let (ptr, message) = match p.node.get("required") {
            Some(_) => (
                push(&p.ptr, "required"),
                format!("path parameter `{}` must have `required: true`", p.name),
            ),
            None => (
                push(&p.ptr, "name"),
                format!("path parameter `{}` lacks `required: true`", p.name),
            ),
        };
        cx.report(&META, p.file, &ptr, message)
            .help("path parameters are always required: set `required: true`");
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::findings;
    use super::{callback_names, path_names};

    #[test]
    fn operators_and_modifiers_are_not_names() {
        assert_eq!(path_names("/a/{;id}/{?q*}/{.x}/{y:3}/{z}"), ["id", "q", "x", "y", "z"]);
        assert_eq!(callback_names("{$request.body#/url/{id}}?t={$request.query.t}&u={u}"), ["id", "u"]);
    }

    fn found(paths: &str) -> Vec<String> {
        let text = format!("openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n{paths}");
        findings("path-params", &text).into_iter().map(|(p, m)| format!("{p}: {m}")).collect()
    }

    #[test]
    fn matrix_templates_name_their_parameter() {
        let f = found(concat!(
            "  /a/{;id}:\n    get:\n      parameters:\n",
            "        - {name: id, in: path, required: true, style: matrix, schema: {type: string}}\n",
            "      responses: {'200': {description: ok}}\n",
        ));
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn callbacks_are_checked() {
        let f = found(concat!(
            "  /a:\n    post:\n      responses: {'200': {description: ok}}\n      callbacks:\n        done:\n",
            "          '{$request.body#/url}/{jobId}':\n            post:\n              parameters:\n",
            "                - {name: other, in: path, required: true, schema: {type: string}}\n",
            "              responses: {'200': {description: ok}}\n",
        ));
        let cb = "/paths/~1a/post/callbacks/done/{$request.body#~1url}~1{jobId}/post";
        assert_eq!(
            f,
            [
                format!("{cb}: `post {{$request.body#/url}}/{{jobId}}` does not define the path parameter `jobId`"),
                format!("{cb}/parameters/0/name: path parameter `other` is not in the path `{{$request.body#/url}}/{{jobId}}`"),
            ]
        );
    }
}
