use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// A server `url` points at `example.com` or at `localhost`.
    ///
    /// These are placeholders: clients generated from the document, and readers trying it out, would
    /// send their requests nowhere (or to their own machine). Every server is checked: the document's,
    /// a path's and an operation's.
    ///
    /// Spectral's `oas3-server-not-example.com` and Redocly's `no-server-example.com`. The url's host is
    /// compared, as Redocly does: `example.com`, `localhost` or a subdomain of either. Spectral matches
    /// `example.com` anywhere in the url (so `not-example.com` too) and ignores `localhost`.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// servers:
    ///   - url: https://api.example.com/v1
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// servers:
    ///   - url: https://api.petstore.io/v1
    /// ```
    pub static META = {
        id: "oas3-server-not-example.com",
        severity: Warning,
        aliases: ["no-server-example.com"],
        versions: OAS30 | OAS31,
    };
}

#[derive(Default)]
pub struct Oas3ServerNotExampleCom;

impl Rule for Oas3ServerNotExampleCom {
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
        let Some(placeholder) = placeholder(url) else {
            return;
        };
        cx.report(
            &META,
            v.file,
            &push(v.ptr, "url"),
            format!("server url `{url}` points at {placeholder}"),
        )
        .help("give the address the API is really served at");
    }
}

/// The placeholder host (`example.com` or `localhost`) that `url` (a server url, or a Swagger 2.0
/// `host`) points at: the host or a subdomain of it.
pub(super) fn placeholder(url: &str) -> Option<&'static str> {
    let host = host(url).to_ascii_lowercase();
    ["example.com", "localhost"]
        .into_iter()
        .find(|p| host == *p || host.strip_suffix(p).is_some_and(|sub| sub.ends_with('.')))
}

/// The host of a server url, with or without a scheme: what stands between `scheme://` (or the start)
/// and the port, path, query or fragment, without user information.
fn host(url: &str) -> &str {
    let after_scheme = match url.split_once("://") {
        Some((scheme, rest)) if scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) => rest,
        _ => url.strip_prefix("//").unwrap_or(url),
    };
    let authority = after_scheme.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if host_port.starts_with('[') {
        return host_port;
    }
    host_port.split_once(':').map_or(host_port, |(h, _)| h)
}

#[cfg(test)]
mod tests {
    use super::super::testing::pointers;

    fn flagged(url: &str) -> bool {
        let text = format!("openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\nservers: [{{url: '{url}'}}]\npaths: {{}}\n");
        !pointers("oas3-server-not-example.com", &text).is_empty()
    }

    #[test]
    fn the_host_is_compared_not_the_text() {
        for url in ["https://example.com", "example.com", "foo.example.com/v1", "http://localhost:8080/v1", "localhost", "https://u@EXAMPLE.com:443", "https://{env}.example.com"] {
            assert!(flagged(url), "{url}");
        }
        for url in ["not-example.com", "https://example.com.petstore.io", "https://api.io/example.com", "https://localhost.petstore.io", "https://api.io/localhosts", "/v1"] {
            assert!(!flagged(url), "{url}");
        }
    }
}
