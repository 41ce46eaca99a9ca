//! Routes: how the generated router reaches each operation. axum (matchit) captures whole path segments
//! only, allows at most 25 captures a route, one route per normalized path (`/a/{x}` and `/a/{y}` are one
//! route) and one handler per method of it; anything else makes `router()` panic when it is built. So
//! every path template is turned here into a route that axum accepts, or the operation is left out of the
//! router with a warning (the trait method and the client method stay).
//!
//! - `/accounts/{sid}.json` (literal text around one parameter in a segment): the route captures the
//!   whole segment, and the router matches the literal text and cuts it off (`rt::route`; a segment
//!   without it is a 404, as for any route).
//! - Paths that are one route to axum (they differ only in their parameters' names, or in the literal
//!   text around them) share it, under the first one's capture names. Operations with the same method
//!   there are told apart by their literal text, the one with more first (`/v1/{name}:cancel`,
//!   `/v1/{name}:undelete`, then `/v1/{name}`). Two that match the same URLs (the same text around
//!   their parameters), or some of the same URLs with neither the more specific (`x{a}` and `{a}.json`,
//!   both `x.json`), cannot be told apart: the later one is left out.
//! - Literal text is percent-encoded as clients send it (`/café` is routed as `/caf%C3%A9`).
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
                axum.push_str(&wire(text));
                key.push_str(&wire(text));
            }
            Segment::Param { name, prefix, suffix } => {
                let taken: Vec<String> = captures.iter().map(|c| c.name.clone()).collect();
                let capture = capture_name(name, i, &taken);
                axum.push_str(&format!("{{{capture}}}"));
                key.push_str("{}");
                captures.push(Capture {
                    param: name.to_owned(),
                    name: capture,
                    segment: i,
                    prefix: wire(prefix),
                    suffix: wire(suffix),
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

/// Literal path text as clients send it: what the WHATWG URL parser (and so reqwest) percent-encodes in a
/// path (controls, space, `"`, `<`, `>`, `` ` ``, and every byte of a non-ASCII character); a `%` is
/// left as written. axum matches the path as sent, before decoding.
fn wire(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>' | '`') {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// How two operations with the same route and method relate, by the literal text around each of their
/// parameters.
#[derive(PartialEq, Eq)]
enum Overlap {
    /// No URL matches both: the router tells them apart.
    None,
    /// Every URL of the first matches the second: the first is tried first.
    Narrower,
    /// The reverse.
    Wider,
    /// Both match the same URLs.
    Same,
    /// Some URL matches both and neither is the more specific.
    Ambiguous,
}

fn overlap(a: &[Capture], b: &[Capture]) -> Overlap {
    let mut narrower = true;
    let mut wider = true;
    for (a, b) in a.iter().zip(b) {
        let prefixes = (b.prefix.starts_with(&a.prefix), a.prefix.starts_with(&b.prefix));
        let suffixes = (b.suffix.ends_with(&a.suffix), a.suffix.ends_with(&b.suffix));
        // A segment matches both only if one prefix starts the other and one suffix ends the other.
        if !(prefixes.0 || prefixes.1) || !(suffixes.0 || suffixes.1) {
            return Overlap::None;
        }
        narrower &= prefixes.1 && suffixes.1;
        wider &= prefixes.0 && suffixes.0;
    }
    match (narrower, wider) {
        (true, true) => Overlap::Same,
        (true, false) => Overlap::Narrower,
        (false, true) => Overlap::Wider,
        (false, false) => Overlap::Ambiguous,
    }
}

/// What the router already serves at one route: the route every path of that form shares, and each
/// operation served there (its method, its path, its captures).
struct Shared {
    first: Route,
    served: Vec<(String, String, Vec<Capture>)>,
}

impl Shared {
    /// `op`'s route here (`mine` under the shared capture names), unless an operation served already
    /// cannot be told apart from it.
    fn admit(&mut self, method: &str, path: &str, mine: Route) -> Result<Route, Unroutable> {
        for (m, other, theirs) in self.served.iter().filter(|(m, ..)| m == method) {
            let clash = match overlap(&mine.captures, theirs) {
                Overlap::Same => "is the same route to axum as",
                Overlap::Ambiguous => "matches some of the same URLs as",
                Overlap::None | Overlap::Narrower | Overlap::Wider => continue,
            };
            return Err(Unroutable {
                message: format!(
                    "`{} {path}` {clash} `{} {other}`, which the router serves already",
                    method.to_uppercase(),
                    m.to_uppercase()
                ),
                help: "paths that differ only in their parameters' names are one route: merge the operations, \
                       or make the literal text of their paths differ",
            });
        }
        // The same segments: the first route's capture names, this template's own literal text.
        let captures: Vec<Capture> = self
            .first
            .captures
            .iter()
            .zip(&mine.captures)
            .map(|(theirs, own)| Capture {
                name: theirs.name.clone(),
                ..own.clone()
            })
            .collect();
        self.served.push((method.to_owned(), path.to_owned(), captures.clone()));
        Ok(Route {
            captures,
            ..self.first.clone()
        })
    }
}

/// The routes of every operation, in order: `Err` (with why) for an operation the router cannot serve.
pub(super) fn routes(operations: &[Operation]) -> Vec<Result<Route, Unroutable>> {
    settle(
        operations
            .iter()
            .map(|op| (op.method.as_str(), op.path.as_str(), op.url_path.as_str())),
    )
}

/// The routes of operations given as (method, path as the spec writes it, path without its query).
fn settle<'a>(operations: impl Iterator<Item = (&'a str, &'a str, &'a str)>) -> Vec<Result<Route, Unroutable>> {
    // Normalized path -> what is served there.
    let mut shared: HashMap<String, Shared> = HashMap::new();
    operations
        .map(|(method, path, url_path)| {
            let (mine, key) = route(url_path)?;
            let at = shared.entry(key).or_insert_with(|| Shared {
                first: mine.clone(),
                served: Vec::new(),
            });
            at.admit(method, path, mine)
        })
        .collect()
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

    /// A route's axum path and its captures' (segment, prefix, suffix) where there is literal text.
    type Settled = (String, Vec<(usize, String, String)>);

    /// What `settle` makes of (method, path) pairs: the axum route and the affixes, or why not.
    fn settled(ops: &[(&str, &str)]) -> Vec<Result<Settled, String>> {
        settle(ops.iter().map(|&(m, p)| (m, p, p)))
            .into_iter()
            .map(|r| {
                r.map(|r| {
                    let affixes = r
                        .affixed()
                        .map(|c| (c.segment, c.prefix.clone(), c.suffix.clone()))
                        .collect();
                    (r.axum, affixes)
                })
                .map_err(|u| u.message)
            })
            .collect()
    }

    #[test]
    fn operations_sharing_a_route_are_told_apart_by_their_literal_text() {
        let got = settled(&[
            ("post", "/v1/{name}:cancel"),
            ("post", "/v1/{id}:undelete"),
            ("post", "/v1/{name}"),
            ("get", "/v1/{other}"),
            ("post", "/v1/{n}:cancel"),
        ]);
        let ok = |suffix: &str| {
            let affixes = if suffix.is_empty() {
                vec![]
            } else {
                vec![(2, String::new(), suffix.to_owned())]
            };
            Ok(("/v1/{name}".to_owned(), affixes))
        };
        assert_eq!(got[..4], [ok(":cancel"), ok(":undelete"), ok(""), ok("")]);
        assert!(
            got[4]
                .as_ref()
                .unwrap_err()
                .contains("is the same route to axum as `POST /v1/{name}:cancel`")
        );
        // Some URL (`/x.json`) matches both, and neither is the more specific.
        let got = settled(&[
            ("get", "/x{a}"),
            ("get", "/{a}.json"),
            ("get", "/x{a}.json"),
            ("get", "/y{a}"),
        ]);
        assert!(
            got[0].is_ok() && got[2].is_ok() && got[3].is_ok(),
            "{:?}",
            got.iter().map(Result::is_ok).collect::<Vec<_>>()
        );
        assert!(
            got[1]
                .as_ref()
                .unwrap_err()
                .contains("matches some of the same URLs as `GET /x{a}`")
        );
    }

    #[test]
    fn overlap_compares_every_segment() {
        let captures = |affixes: &[(&str, &str)]| -> Vec<Capture> {
            affixes
                .iter()
                .enumerate()
                .map(|(i, (p, s))| Capture {
                    param: format!("p{i}"),
                    name: format!("p{i}"),
                    segment: i + 1,
                    prefix: (*p).to_owned(),
                    suffix: (*s).to_owned(),
                })
                .collect()
        };
        let of = |a: &[(&str, &str)], b: &[(&str, &str)]| overlap(&captures(a), &captures(b));
        assert!(of(&[("", ":cancel")], &[("", "")]) == Overlap::Narrower);
        assert!(of(&[("", "")], &[("", ":cancel")]) == Overlap::Wider);
        assert!(of(&[("", ":cancel")], &[("", ":undelete")]) == Overlap::None);
        assert!(of(&[("", "l"), ("", "")], &[("", "l"), ("", "")]) == Overlap::Same);
        // Narrower in one segment, wider in the other: `/a.b/c.d` matches both.
        assert!(of(&[("", ".b"), ("", "")], &[("", ""), ("", ".d")]) == Overlap::Ambiguous);
        assert!(of(&[("v", "")], &[("", "s")]) == Overlap::Ambiguous);
    }

    #[test]
    fn literal_text_is_routed_as_clients_send_it() {
        let (axum, captures) = routed("/café/{x} y/a%20b/:c").unwrap();
        assert_eq!(axum, "/caf%C3%A9/{x}/a%20b/:c");
        assert_eq!(captures[0].3, "%20y");
        assert_eq!(wire("a\"<>`\u{7f}b"), "a%22%3C%3E%60%7Fb");
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
