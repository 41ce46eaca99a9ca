//! Routes: how the generated router reaches each operation. axum (matchit) captures whole path segments
//! only, allows at most 25 captures a route, one route per normalized path (`/a/{x}` and `/a/{y}` are one
//! route) and one handler per method of it; anything else makes `router()` panic when it is built. So
//! every path template is turned here into a route that axum accepts, or the operation is left out of the
//! router with a warning (the trait method and the client method stay).
//!
//! - `/accounts/{sid}.json` (literal text around one parameter in a segment): the route captures the
//!   whole segment, and the handler cuts `.json` off (a segment without it is a 404, as for any route).
//! - Two paths that differ only in their parameters' names share one route, under the first one's
//!   names; a method that both have is served for the first only.
//! - A path's `?query` or `#fragment` part is not routed: its pairs are fixed query parameters, which the
//!   client sends.

use std::collections::HashMap;

use super::{Capture, Operation, Route};

/// At most this many captures in one axum route (matchit names them `a` to `y`).
const MAX_CAPTURES: usize = 25;

/// Why an operation's path cannot be routed.
pub(super) struct Unroutable {
    pub message: String,
    pub help: &'static str,
}

/// A path template split into what the router matches and the fixed query pairs it carries.
pub(super) struct Template {
    pub path: String,
    pub fixed_query: Vec<(String, String)>,
}

/// Splits `?a=b` and `#fragment` off a path template (OpenAPI paths hold neither; some specs do).
pub(super) fn template(path: &str) -> Template {
    let path = path.split('#').next().unwrap_or_default();
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let fixed_query = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (k.to_owned(), v.to_owned())
        })
        .collect();
    let path = if path.starts_with('/') {
        path.to_owned()
    } else {
        format!("/{path}")
    };
    Template { path, fixed_query }
}

/// One segment of a template: literal text, or one parameter with the literal text around it.
enum Segment<'a> {
    Literal(&'a str),
    Param {
        name: &'a str,
        prefix: &'a str,
        suffix: &'a str,
    },
}

fn segment(text: &str) -> Result<Segment<'_>, Unroutable> {
    let opens = text.matches('{').count();
    let closes = text.matches('}').count();
    if opens == 0 && closes == 0 {
        return Ok(Segment::Literal(text));
    }
    let unroutable = |message: String, help| Err(Unroutable { message, help });
    if opens > 1 || closes > 1 {
        return unroutable(
            format!("path segment `{text}` holds several parameters: axum captures one per segment"),
            "give each parameter a segment of its own",
        );
    }
    let (Some(open), Some(close)) = (text.find('{'), text.find('}')) else {
        return unroutable(
            format!("path segment `{text}` has an unmatched brace"),
            "write a parameter as `{name}`",
        );
    };
    if close < open + 2 {
        return unroutable(
            format!("path segment `{text}` has an unnamed parameter"),
            "write a parameter as `{name}`",
        );
    }
    Ok(Segment::Param {
        name: &text[open + 1..close],
        prefix: &text[..open],
        suffix: &text[close + 1..],
    })
}

/// A capture name matchit accepts and that cannot be read as a catch-all.
fn capture_name(wire: &str, index: usize, taken: &[String]) -> String {
    let plain = wire.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && wire
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    let name = if plain { wire.to_owned() } else { format!("p{index}") };
    if taken.contains(&name) {
        format!("p{index}")
    } else {
        name
    }
}

/// The route of one path template, with its normalized form (what makes two routes the same).
fn route(path: &str) -> Result<(Route, String), Unroutable> {
    let mut axum = String::new();
    let mut key = String::new();
    let mut captures: Vec<Capture> = Vec::new();
    for (i, text) in path.split('/').enumerate().skip(1) {
        axum.push('/');
        key.push('/');
        match segment(text)? {
            Segment::Literal(text) => {
                axum.push_str(text);
                key.push_str(text);
            }
            Segment::Param { name, prefix, suffix } => {
                let taken: Vec<String> = captures.iter().map(|c| c.name.clone()).collect();
                let capture = capture_name(name, i, &taken);
                axum.push_str(&format!("{{{capture}}}"));
                key.push_str("{}");
                captures.push(Capture {
                    param: name.to_owned(),
                    name: capture,
                    prefix: prefix.to_owned(),
                    suffix: suffix.to_owned(),
                });
            }
        }
    }
    if captures.len() > MAX_CAPTURES {
        return Err(Unroutable {
            message: format!(
                "path `{path}` has {} parameters: axum routes at most {MAX_CAPTURES}",
                captures.len()
            ),
            help: "move some of the parameters into the query",
        });
    }
    Ok((
        Route {
            axum,
            captures,
            literal_colon_or_star: path.split('/').any(|s| s.starts_with(':') || s.starts_with('*')),
        },
        key,
    ))
}

/// The routes of every operation, in order: `None` (with why) for an operation the router cannot serve.
pub(super) fn routes(operations: &[Operation]) -> Vec<Result<Route, Unroutable>> {
    // Normalized path -> (the route every path of that form shares, the methods it serves).
    let mut shared: HashMap<String, (Route, Vec<String>)> = HashMap::new();
    let mut out = Vec::new();
    for op in operations {
        let result = route(&op.url_path).and_then(|(mine, key)| match shared.get_mut(&key) {
            None => {
                shared.insert(key, (mine.clone(), vec![op.method.clone()]));
                Ok(mine)
            }
            Some((first, methods)) if methods.contains(&op.method) => Err(Unroutable {
                message: format!(
                    "`{} {}` is the same route as `{}` to axum, whose `{}` is served already",
                    op.method.to_uppercase(),
                    op.path,
                    first.axum,
                    op.method.to_uppercase()
                ),
                help: "paths that differ only in their parameters' names are one route: merge the operations",
            }),
            Some((first, methods)) => {
                methods.push(op.method.clone());
                // The same segments: the first route's capture names, this template's own affixes.
                let captures = first
                    .captures
                    .iter()
                    .zip(&mine.captures)
                    .map(|(theirs, own)| Capture {
                        name: theirs.name.clone(),
                        ..own.clone()
                    })
                    .collect();
                Ok(Route {
                    axum: first.axum.clone(),
                    captures,
                    literal_colon_or_star: first.literal_colon_or_star,
                })
            }
        });
        out.push(result);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A capture as (parameter, capture name, prefix, suffix).
    type Cut = (String, String, String, String);

    fn routed(path: &str) -> Result<(String, Vec<Cut>), String> {
        route(path)
            .map(|(r, _)| {
                let captures = r
                    .captures
                    .into_iter()
                    .map(|c| (c.param, c.name, c.prefix, c.suffix))
                    .collect();
                (r.axum, captures)
            })
            .map_err(|u| u.message)
    }

    #[test]
    fn segments_become_whole_captures() {
        let (axum, captures) = routed("/2010-04-01/Accounts/{Sid}.json").unwrap();
        assert_eq!(axum, "/2010-04-01/Accounts/{Sid}");
        assert_eq!(captures, [("Sid".into(), "Sid".into(), String::new(), ".json".into())]);
        let (axum, _) = routed("/api/v2/databases/{name}:clone").unwrap();
        assert_eq!(axum, "/api/v2/databases/{name}");
        let (axum, captures) = routed("/orgs/${orgName}/{*x}/{x}/{x}").unwrap();
        assert_eq!(axum, "/orgs/{orgName}/{p3}/{x}/{p5}");
        assert_eq!(captures[0].2, "$");
    }

    #[test]
    fn what_axum_cannot_route_says_why() {
        assert!(routed("/{a}{b}").unwrap_err().contains("several parameters"));
        assert!(routed("/a/{x").unwrap_err().contains("unmatched brace"));
        assert!(routed("/a/{}").unwrap_err().contains("unnamed"));
        let many: String = (0..26).map(|i| format!("/{{p{i}}}")).collect();
        assert!(routed(&many).unwrap_err().contains("at most 25"));
        let most: String = (0..25).map(|i| format!("/{{p{i}}}")).collect();
        assert!(routed(&most).is_ok());
    }

    #[test]
    fn queries_and_fragments_are_not_routed() {
        let t = template("/responses/{id}?beta=true&x#frag");
        assert_eq!(t.path, "/responses/{id}");
        assert_eq!(
            t.fixed_query,
            [("beta".into(), "true".into()), ("x".into(), String::new())]
        );
        assert_eq!(template("pets").path, "/pets");
    }
}
