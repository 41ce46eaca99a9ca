use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// A server `url` ends with `/`.
    ///
    /// Paths start with `/`, so joining the two gives `//`, which some servers and proxies treat as a
    /// different path.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// servers: [{url: 'https://api.example.com/v1/'}]
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// servers: [{url: 'https://api.example.com/v1'}]
    /// ```
    pub static META = { id: "oas3-server-trailing-slash", severity: Warning, aliases: ["no-server-trailing-slash"], versions: OAS30 | OAS31 };
}

#[derive(Default)]
pub struct Oas3ServerTrailingSlash;

impl Rule for Oas3ServerTrailingSlash {
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
        if url.ends_with('/') && url != "/" {
            cx.report(
                &META,
                v.file,
                &push(v.ptr, "url"),
                format!("server url `{url}` ends with `/`"),
            )
            .help(format!("write `{}`", url.trim_end_matches('/')));
        }
    }
}
