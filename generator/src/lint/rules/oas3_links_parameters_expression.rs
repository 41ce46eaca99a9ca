use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// A link's `parameters` value that starts with `$` is not a valid runtime expression: it must be
    /// `$url`, `$method`, `$statusCode`, or `$request.`/`$response.` followed by `header.<token>`,
    /// `query.<name>`, `path.<name>`, `body` or `body#<JSON pointer>`. (A `parameters` that is a single
    /// string, not a map, is checked as one expression, as Spectral does.)
    ///
    /// Clients that follow links evaluate these expressions against the response; a malformed one
    /// yields no value, so the linked operation is called without its parameter.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// responses:
    ///   '201':
    ///     description: Created
    ///     links:
    ///       GetPet:
    ///         operationId: getPet
    ///         parameters:
    ///           petId: $response.body.id
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// responses:
    ///   '201':
    ///     description: Created
    ///     links:
    ///       GetPet:
    ///         operationId: getPet
    ///         parameters:
    ///           petId: $response.body#/id
    /// ```
    pub static META = { id: "oas3-links-parameters-expression", severity: Error, versions: OAS30 | OAS31 };
}

#[derive(Default)]
pub struct Oas3LinksParametersExpression;

impl Rule for Oas3LinksParametersExpression {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Response.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let Some(links) = v.node.get("links").and_then(Node::as_object) else {
            return;
        };
        let links_ptr = push(v.ptr, "links");
        for (name, e) in links {
            let link_ptr = push(&links_ptr, name);
            let Some(link) = cx.resolve(v.file, &link_ptr, &e.node) else {
                continue;
            };
            let (file, ptr) = (link.file, push(link.ptr.as_str(), "parameters"));
            let Some(params) = link.node.get("parameters") else {
                continue;
            };
            let mut problems = Vec::new();
            if let Some(expr) = params.as_str() {
                problems.extend(problem(expr).map(|p| (ptr.clone(), expr, p)));
            }
            for (param, e) in params.as_object().into_iter().flatten() {
                if let Some(expr) = e.node.as_str().filter(|s| s.starts_with('$'))
                    && let Some(p) = problem(expr)
                {
                    problems.push((push(&ptr, param), expr, p));
                }
            }
            for (at, expr, why) in problems {
                cx.report(&META, file, &at, format!("`{expr}` is not a runtime expression: {why}"))
                    .help("e.g. `$response.body#/id`, `$request.path.petId`, `$request.header.X-Request-Id`");
            }
        }
    }
}

/// Why `expr` is not a runtime expression (OpenAPI 3.0 §4.7.20.4), or `None` when it is one.
fn problem(expr: &str) -> Option<&'static str> {
    if matches!(expr, "$url" | "$method" | "$statusCode") {
        return None;
    }
    let Some(source) = expr
        .strip_prefix("$request.")
        .or_else(|| expr.strip_prefix("$response."))
    else {
        return Some("it must start with `$url`, `$method`, `$statusCode`, `$request.` or `$response.`");
    };
    if source == "body" {
        return None;
    }
    if let Some(pointer) = source.strip_prefix("body#") {
        return (!json_pointer(pointer)).then_some("`body#` must be followed by a JSON pointer such as `/id`");
    }
    if let Some(name) = source.strip_prefix("query.").or_else(|| source.strip_prefix("path.")) {
        return (!name.bytes().all(|b| (0x01..=0x7f).contains(&b)))
            .then_some("a `query.` or `path.` name must be ASCII");
    }
    if let Some(token) = source.strip_prefix("header.") {
        let tchar = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
        return (token.is_empty() || !token.bytes().all(tchar))
            .then_some("`header.` must be followed by a header name");
    }
    Some("`$request.` and `$response.` must be followed by `header.`, `query.`, `path.`, `body` or `body#`")
}

/// An RFC 6901 pointer: empty, or `/`-separated tokens in which `~` only starts `~0` or `~1`.
fn json_pointer(p: &str) -> bool {
    (p.is_empty() || p.starts_with('/')) && p.split('~').skip(1).all(|rest| rest.starts_with(['0', '1']))
}

#[cfg(test)]
mod tests {
    use super::problem;

    #[test]
    fn runtime_expressions() {
        for ok in [
            "$url",
            "$method",
            "$statusCode",
            "$request.body",
            "$response.body#/id",
            "$response.body#/a~1b/0",
            "$request.path.petId",
            "$request.query.q",
            "$response.header.X-Rate-Limit",
        ] {
            assert_eq!(problem(ok), None, "{ok}");
        }
        for bad in [
            "$response.body.id",
            "$response.body#id",
            "$response.body#/a~2",
            "$request.header.",
            "$request.header.a b",
            "$request.query.é",
            "$status",
            "petId",
        ] {
            assert!(problem(bad).is_some(), "{bad}");
        }
    }
}
