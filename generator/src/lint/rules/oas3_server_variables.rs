use std::collections::HashSet;

use super::helpers::template_params;
use crate::declare_rule;
use crate::lint::instance::same;
use crate::lint::rule::{Cx, Help, Kind, OAS30, OAS31, Rule, RuleMeta, Visit, addr};
use crate::load::pointer::push;
use crate::load::Node;
use crate::source::FileId;

declare_rule! {
    /// Server variables and the server `url` disagree: a `{variable}` in the url that `variables` does
    /// not define, a defined variable the url does not use, a variable without a `default` or whose
    /// `default` is not in its `enum`, or values that substituted into the url do not make a URL.
    ///
    /// Clients cannot build the base URL: an undefined variable has no value to substitute, and a value
    /// that breaks the URL (`invalid port` as a port, a bare host where the scheme belongs) is one a user
    /// will be offered. Checked on every server: the document's, a path item's, an operation's and a
    /// Link's `server`.
    ///
    /// Spectral's `oas3-server-variables` (and Redocly's `no-undefined-server-variable`): undefined
    /// variables are one finding per server; each substitution of the `enum` values (or the `default`)
    /// must be an absolute URL, as Spectral's test with the WHATWG URL parser. Unlike Spectral, a url
    /// that starts with `/` may stay relative, as OpenAPI allows, and at most 256 substitutions are
    /// tried per server. An empty `enum` is `no-server-variables-empty-enum`.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// servers:
    ///   - url: 'https://{region}.example.com:{port}'
    ///     variables:
    ///       zone: {default: eu}
    ///       port: {default: '443', enum: [http, '443']}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// servers:
    ///   - url: 'https://{region}.example.com:{port}'
    ///     variables:
    ///       region: {default: eu, enum: [eu, us]}
    ///       port: {default: '443', enum: ['443', '8443']}
    /// ```
    pub static META = {
        id: "oas3-server-variables",
        severity: Error,
        aliases: ["no-undefined-server-variable"],
        versions: OAS30 | OAS31,
    };
}

/// Substitutions tried per server: enough for real enums, bounded for crafted ones.
const MAX_SUBSTITUTIONS: usize = 256;
/// Broken URLs named in one finding.
const MAX_NAMED: usize = 5;

#[derive(Default)]
pub struct Oas3ServerVariables {
    /// Link Objects already checked (a component link may also be reached from a response).
    links: HashSet<usize>,
}

impl Rule for Oas3ServerVariables {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Server.bit() | Kind::Response.bit() | Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        match v.kind {
            Kind::Server => check_server(cx, v.file, v.ptr, v.node),
            // Links are no walked objects: their servers are found from the maps that hold them.
            Kind::Response => self.links(cx, v.file, &push(v.ptr, "links"), v.node.get("links")),
            Kind::Document => {
                let links = v.node.get("components").and_then(|c| c.get("links"));
                self.links(cx, v.file, "/components/links", links);
            }
            _ => {}
        }
    }
}

impl Oas3ServerVariables {
    fn links<'a>(&mut self, cx: &mut Cx<'a>, file: FileId, ptr: &str, links: Option<&'a Node>) {
        for (name, e) in links.and_then(Node::as_object).into_iter().flatten() {
            let at = push(ptr, name);
            let Some(link) = cx.resolve(file, &at, &e.node) else { continue };
            if !self.links.insert(addr(link.node)) {
                continue;
            }
            if let Some(server) = link.node.get("server").filter(|s| s.as_object().is_some()) {
                let (file, ptr) = (link.file, push(link.ptr.as_str(), "server"));
                check_server(cx, file, &ptr, server);
            }
        }
    }
}

fn check_server(cx: &mut Cx<'_>, file: FileId, ptr: &str, server: &Node) {
    let Some(url) = server.get("url").and_then(Node::as_str) else {
        return;
    };
    let used: Vec<&str> = template_params(url).into_iter().map(|(_, n)| n).collect();
    let vars = server.get("variables").and_then(Node::as_object);
    let missing: Vec<&str> = used
        .iter()
        .copied()
        .filter(|name| !vars.is_some_and(|m| m.contains_key(*name)))
        .collect();
    if !missing.is_empty() {
        let list = missing.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
        let plural = if missing.len() == 1 { "is" } else { "are" };
        cx.report(
            &META,
            file,
            &push(ptr, "url"),
            format!("server variable {list} {plural} used in the url but not defined"),
        )
        .help(format!("add `variables: {{{}: {{default: ...}}}}` to the server", missing[0]));
    }
    let vars_ptr = push(ptr, "variables");
    let mut choices: Vec<(&str, Vec<&str>)> = Vec::new();
    for (name, e) in vars.into_iter().flatten() {
        let ptr = push(&vars_ptr, name);
        if !used.contains(&name.as_str()) {
            cx.report_key(
                &META,
                file,
                &ptr,
                format!("server variable `{name}` is not used in the url `{url}`"),
            )
            .help(format!("use it in the url as `{{{name}}}`, or remove it"));
            continue;
        }
        let default = e.node.get("default");
        let options = e.node.get("enum").and_then(Node::as_array);
        if default.is_none() {
            cx.report_key(&META, file, &ptr, format!("server variable `{name}` has no `default`"))
                .help("add the value clients use when they choose none, e.g. `default: v1`");
        }
        if let (Some(options), Some(default)) = (options, default)
            && !options.iter().any(|o| same(o, default))
        {
            cx.report(
                &META,
                file,
                &push(&ptr, "default"),
                format!("the default of server variable `{name}` is not in its `enum`"),
            )
            .help("make the default one of the enum values");
        }
        let values = match (options, default) {
            (Some(options), _) => options.iter().filter_map(Node::as_str).collect(),
            (None, Some(default)) => default.as_str().into_iter().collect(),
            (None, None) => Vec::new(),
        };
        choices.push((name, values));
    }
    check_substitutions(cx, file, ptr, url, &choices);
}

/// Reports, at the url, the substitutions of the variables' values that are no URL.
fn check_substitutions(cx: &mut Cx<'_>, file: FileId, ptr: &str, url: &str, choices: &[(&str, Vec<&str>)]) {
    // A variable with no value to try (nor `enum` nor `default`) leaves nothing to substitute.
    if choices.is_empty() || choices.iter().any(|(_, values)| values.is_empty()) {
        return;
    }
    let mut broken = Vec::new();
    let mut index = vec![0usize; choices.len()];
    for _ in 0..MAX_SUBSTITUTIONS {
        let candidate = substitute(url, choices, &index);
        if !is_server_url(&candidate) {
            broken.push(candidate);
            if broken.len() == MAX_NAMED {
                break;
            }
        }
        if !next(&mut index, choices) {
            break;
        }
    }
    if broken.is_empty() {
        return;
    }
    let list = broken.iter().map(|u| format!("`{u}`")).collect::<Vec<_>>().join(", ");
    cx.report(
        &META,
        file,
        &push(ptr, "url"),
        format!("substituting the server variables' values gives no valid URL: {list}"),
    )
    .help("make each `enum` value (or the `default`) fit where its variable stands in the url");
}

/// Advances the odometer `index` over the variables' values; false when every combination was seen.
fn next(index: &mut [usize], choices: &[(&str, Vec<&str>)]) -> bool {
    for (i, (_, values)) in index.iter_mut().zip(choices) {
        *i += 1;
        if *i < values.len() {
            return true;
        }
        *i = 0;
    }
    false
}

/// `url` with each `{name}` replaced by the chosen value, percent-encoded as JavaScript's `encodeURI`.
fn substitute(url: &str, choices: &[(&str, Vec<&str>)], index: &[usize]) -> String {
    let mut out = String::with_capacity(url.len());
    let mut rest = url;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else { break };
        let name = &rest[open + 1..open + len];
        out.push_str(&rest[..open]);
        match choices.iter().position(|(n, _)| *n == name) {
            Some(at) => encode_uri(&mut out, choices[at].1[index[at]]),
            None => out.push_str(&rest[open..=open + len]),
        }
        rest = &rest[open + len + 1..];
    }
    out.push_str(rest);
    out
}

fn encode_uri(out: &mut String, value: &str) {
    for c in value.chars() {
        if c.is_ascii_alphanumeric() || ";,/?:@&=+$-_.!~*'()#".contains(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
}

/// Whether a substituted server url is an absolute URL (as the WHATWG URL parser reads its scheme,
/// host and port), or a relative reference starting with `/`, which OpenAPI resolves against the
/// document's own location.
fn is_server_url(url: &str) -> bool {
    if let Some(rest) = url.strip_prefix('/') {
        return match rest.strip_prefix('/') {
            Some(authority) => valid_authority(authority, true),
            None => true,
        };
    }
    let Some((scheme, rest)) = url.split_once(':') else {
        return false;
    };
    let scheme_ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    if !scheme_ok {
        return false;
    }
    let special = ["http", "https", "ws", "wss", "ftp"].contains(&scheme.to_ascii_lowercase().as_str());
    if special {
        // Special schemes always have an authority, however many slashes (or none) precede it.
        valid_authority(rest.trim_start_matches(['/', '\\']), true)
    } else {
        match rest.strip_prefix("//") {
            Some(authority) => valid_authority(authority, false),
            None => true,
        }
    }
}

/// The authority up to the path: `[userinfo@]host[:port]`; `need_host` for the special schemes.
fn valid_authority(rest: &str, need_host: bool) -> bool {
    let end = rest.find(['/', '\\', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    // `None`: an IPv6 literal (checked here), whose port follows the closing bracket.
    let (host, port) = match host_port.strip_prefix('[') {
        Some(v6) => {
            let Some((addr, after)) = v6.split_once(']') else { return false };
            if !addr.chars().all(|c| c.is_ascii_hexdigit() || ":.".contains(c)) {
                return false;
            }
            match after.strip_prefix(':') {
                Some(port) => (None, port),
                None if after.is_empty() => (None, ""),
                None => return false,
            }
        }
        None => {
            let (host, port) = host_port.rsplit_once(':').unwrap_or((host_port, ""));
            (Some(host), port)
        }
    };
    let port_ok = port.is_empty() || port.chars().all(|c| c.is_ascii_digit()) && port.parse::<u32>().is_ok_and(|p| p <= 65535);
    let Some(host) = host else { return port_ok };
    let forbidden = |c: char| c.is_control() || " #/:<>?@[\\]^|".contains(c);
    let host_ok = !host.chars().any(forbidden) && !(need_host && (host.is_empty() || percent_decoded_forbidden(host)));
    port_ok && host_ok && (!need_host || !ends_in_number(host) || is_ipv4(host))
}

/// Whether the host's last label is a number: then the whole host must be an IPv4 address.
fn ends_in_number(host: &str) -> bool {
    let host = host.strip_suffix('.').unwrap_or(host);
    let last = host.rsplit('.').next().unwrap_or(host);
    !last.is_empty() && (last.bytes().all(|b| b.is_ascii_digit()) || hex_part(last).is_some())
}

fn hex_part(part: &str) -> Option<&str> {
    part.strip_prefix("0x")
        .or_else(|| part.strip_prefix("0X"))
        .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// An IPv4 address as URLs write it: up to four parts in decimal, octal (`0` first) or hex (`0x`);
/// every part but the last at most 255, the last filling the remaining bytes.
fn is_ipv4(host: &str) -> bool {
    let host = host.strip_suffix('.').unwrap_or(host);
    let parts: Vec<&str> = host.split('.').collect();
    if parts.len() > 4 {
        return false;
    }
    let number = |part: &str| -> Option<u64> {
        let (digits, radix) = match hex_part(part) {
            Some(h) => (h, 16),
            None if part.len() > 1 && part.starts_with('0') => (&part[1..], 8),
            None => (part, 10),
        };
        if digits.is_empty() {
            return (radix != 10).then_some(0);
        }
        u64::from_str_radix(digits, radix).ok()
    };
    let Some(numbers) = parts.iter().map(|p| number(p)).collect::<Option<Vec<u64>>>() else {
        return false;
    };
    let (last, init) = numbers.split_last().unwrap_or((&0, &[]));
    init.iter().all(|&n| n <= 255) && *last < 1u64 << (8 * (5 - numbers.len() as u32))
}

/// A domain is percent-decoded before its code points are checked: `%20` is a space.
fn percent_decoded_forbidden(host: &str) -> bool {
    let bytes = host.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        b == b'%'
            && match (bytes.get(i + 1), bytes.get(i + 2)) {
                (Some(h), Some(l)) if h.is_ascii_hexdigit() && l.is_ascii_hexdigit() => {
                    let hex = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
                    let decoded = hex(*h) * 16 + hex(*l);
                    decoded < 0x21 || b" #%/:<>?@[\\]^|\x7f".contains(&decoded)
                }
                _ => true,
            }
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::findings;
    use super::is_server_url;

    fn found(servers: &str) -> Vec<(String, String)> {
        let text = format!("openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\n{servers}");
        findings("oas3-server-variables", &text)
    }

    #[test]
    fn undefined_variables_are_one_finding_per_server() {
        let f = found("servers:\n  - url: '{scheme}://api.io:{port}'\n");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, "/servers/0/url");
        assert!(f[0].1.contains("`scheme`, `port` are used"), "{f:?}");
    }

    #[test]
    fn servers_of_paths_operations_and_links() {
        let f = found(concat!(
            "paths:\n  /a:\n    servers: [{url: 'https://{a}.io'}]\n    get:\n      servers: [{url: 'https://{b}.io'}]\n",
            "      responses:\n        '200':\n          description: ok\n          links:\n",
            "            L: {$ref: '#/components/links/L'}\n            M: {operationId: x, server: {url: 'https://{c}.io'}}\n",
            "components:\n  links:\n    L: {operationId: x, server: {url: 'https://{d}.io'}}\n",
        ));
        let mut at: Vec<&str> = f.iter().map(|(p, _)| p.as_str()).collect();
        at.sort();
        assert_eq!(
            at,
            [
                "/components/links/L/server/url",
                "/paths/~1a/get/responses/200/links/M/server/url",
                "/paths/~1a/get/servers/0/url",
                "/paths/~1a/servers/0/url",
            ]
        );
    }

    #[test]
    fn defaults_must_exist_and_be_listed() {
        let f = found(concat!(
            "servers:\n  - url: 'https://{env}.io:{port}'\n    variables:\n",
            "      env: {enum: [a, b]}\n      port: {enum: [], default: '443'}\n",
        ));
        let got: Vec<(&str, &str)> = f.iter().map(|(p, m)| (p.as_str(), m.as_str())).collect();
        assert_eq!(
            got,
            [
                ("/servers/0/variables/env", "server variable `env` has no `default`"),
                ("/servers/0/variables/port/default", "the default of server variable `port` is not in its `enum`"),
            ]
        );
    }

    #[test]
    fn substitutions_must_make_urls() {
        let f = found(concat!(
            "servers:\n  - url: 'https://api.io:{port}'\n    variables:\n      port: {default: '443', enum: ['443', 'no port', '99999']}\n",
            "  - url: '{host}'\n    variables:\n      host: {default: api}\n",
            "  - url: '/v{n}'\n    variables:\n      n: {default: '1', enum: ['1', '2']}\n",
        ));
        let got: Vec<&str> = f.iter().map(|(_, m)| m.as_str()).collect();
        assert_eq!(
            got,
            [
                "substituting the server variables' values gives no valid URL: `https://api.io:no%20port`, `https://api.io:99999`",
                "substituting the server variables' values gives no valid URL: `api`",
            ]
        );
    }

    #[test]
    fn urls_as_whatwg_reads_them() {
        for good in ["https://1.2.3.4", "https://0x7f.1", "https://a.io.", "https://a.9b", "https://u:p@a.io:8443/x?y#z", "http://[::1]:80/", "urn:x:y", "/v1", "//a.io/v1", "file:///x"] {
            assert!(is_server_url(good), "{good}");
        }
        for bad in ["https://1.2.3.999", "https://1.2.3.4.5", "https://a.999", "a.io", "https.test", "https://", "https://a b.io", "https://a%20b.io", "https://a.io:x", "https://[zz]/"] {
            assert!(!is_server_url(bad), "{bad}");
        }
    }
}
