use super::oas3_server_not_example_com::placeholder;
use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS2, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// A Swagger 2.0 `host` is `example.com` or `localhost`.
    ///
    /// These are placeholders: clients generated from the document, and readers trying it out, would
    /// send their requests nowhere (or to their own machine). Off by default, as in Spectral's
    /// `spectral:oas`.
    ///
    /// Spectral's `oas2-host-not-example`, checked as `oas3-server-not-example.com` checks a server url
    /// (one check for both): the host is compared, so `example.com`, `localhost` or a subdomain of
    /// either (a port or a scheme written in `host` is no part of the host). Spectral matches
    /// `example.com` anywhere in `host` (so `not-example.com` too) and ignores `localhost`.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// swagger: '2.0'
    /// host: api.example.com
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// swagger: '2.0'
    /// host: api.petstore.io
    /// ```
    pub static META = { id: "oas2-host-not-example", severity: Off, versions: OAS2 };
}

#[derive(Default)]
pub struct Oas2HostNotExample;

impl Rule for Oas2HostNotExample {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let Some(host) = v.node.get("host").and_then(Node::as_str) else {
            return;
        };
        if let Some(placeholder) = placeholder(host) {
            cx.report(
                &META,
                v.file,
                &push(v.ptr, "host"),
                format!("`host` `{host}` points at {placeholder}"),
            )
            .help("give the host the API is really served at");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::pointers;

    fn found(host: &str) -> Vec<String> {
        pointers(super::META.id, &format!("swagger: '2.0'\npaths: {{}}\nhost: '{host}'\n"))
    }

    // Spectral's `oas2-host-not-example.test.ts`.
    #[test]
    fn spectral_cases() {
        assert!(found("stoplight.io").is_empty(), "valid case");
        assert_eq!(found("https://example.com"), ["/host"], "server is example.com");
    }

    #[test]
    fn the_host_is_compared() {
        for host in ["example.com", "api.example.com:8443", "localhost:8080", "EXAMPLE.COM"] {
            assert_eq!(found(host), ["/host"], "{host}");
        }
        for host in ["not-example.com", "example.com.petstore.io", "localhost.petstore.io"] {
            assert!(found(host).is_empty(), "{host}");
        }
    }
}
