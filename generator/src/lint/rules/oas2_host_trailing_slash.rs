use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS2, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// A Swagger 2.0 `host` ends with `/`.
    ///
    /// `host` is a host name and port only; the URL is `scheme://host basePath path`, and `basePath` and
    /// paths start with `/`, so a slash at the end of `host` makes `//`, which some servers and proxies
    /// treat as a different path. Spectral's `oas2-host-trailing-slash`.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// swagger: '2.0'
    /// host: api.petstore.io/
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// swagger: '2.0'
    /// host: api.petstore.io
    /// ```
    pub static META = { id: "oas2-host-trailing-slash", severity: Warning, versions: OAS2 };
}

#[derive(Default)]
pub struct Oas2HostTrailingSlash;

impl Rule for Oas2HostTrailingSlash {
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
        if host.ends_with('/') {
            cx.report(
                &META,
                v.file,
                &push(v.ptr, "host"),
                format!("`host` `{host}` ends with `/`"),
            )
            .help(format!(
                "write `host: {}`, and any path in `basePath`",
                host.trim_end_matches('/')
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::pointers;

    fn found(host: &str) -> Vec<String> {
        pointers(super::META.id, &format!("swagger: '2.0'\npaths: {{}}\nhost: '{host}'\n"))
    }

    // Spectral's `oas2-host-trailing-slash.test.ts`.
    #[test]
    fn spectral_cases() {
        assert!(found("stoplight.io").is_empty(), "valid case");
        assert_eq!(found("stoplight.io/"), ["/host"], "host url ends with a slash");
    }

    #[test]
    fn only_the_end_counts() {
        assert!(found("stoplight.io:8080").is_empty());
        assert_eq!(found("/"), ["/host"]);
    }
}
