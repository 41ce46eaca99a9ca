use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};
use crate::load::Node;

declare_rule! {
    /// The document has no `servers` (or an empty list).
    ///
    /// Without servers, clients default to `/` on the host that served the document, which is rarely
    /// where the API is; generated clients have no base URL.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Pets, version: '1.0'}
    /// paths: {}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Pets, version: '1.0'}
    /// servers: [{url: 'https://api.example.com/v1'}]
    /// paths: {}
    /// ```
    pub static META = { id: "oas3-api-servers", severity: Warning, aliases: ["no-empty-servers"], versions: OAS30 | OAS31 };
}

#[derive(Default)]
pub struct Oas3ApiServers;

impl Rule for Oas3ApiServers {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        match v.node.get("servers").and_then(Node::as_array) {
            Some(list) if !list.is_empty() => {}
            Some(_) => {
                cx.report(&META, v.file, "/servers", "`servers` is empty")
                    .help("list at least one server: `servers: [{url: 'https://api.example.com'}]`");
            }
            None => {
                let at = if v.node.get("openapi").is_some() {
                    "/openapi"
                } else {
                    ""
                };
                cx.report_key(&META, v.file, at, "the document has no `servers`")
                    .help("add `servers: [{url: 'https://api.example.com'}]`");
            }
        }
    }
}
