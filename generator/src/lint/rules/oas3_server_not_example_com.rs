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
        let host = if url.contains("example.com") {
            "example.com"
        } else if is_localhost(url) {
            "localhost"
        } else {
            return;
        };
        cx.report(
            &META,
            v.file,
            &push(v.ptr, "url"),
            format!("server url `{url}` points at {host}"),
        )
        .help("give the address the API is really served at");
    }
}

/// Whether `localhost` stands in `url` as a host: after the scheme (or a dot, or at the start) and before
/// a port, a path, a query or the end.
fn is_localhost(url: &str) -> bool {
    url.match_indices("localhost").any(|(i, m)| {
        let before = url[..i].chars().next_back();
        let after = url[i + m.len()..].chars().next();
        matches!(before, None | Some('/' | '.')) && matches!(after, None | Some('/' | ':' | '?'))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn localhost_as_host() {
        assert!(super::is_localhost("http://localhost:8080/v1"));
        assert!(super::is_localhost("localhost"));
        assert!(!super::is_localhost("https://localhost.petstore.io"));
        assert!(!super::is_localhost("https://api.io/localhosts"));
    }
}
