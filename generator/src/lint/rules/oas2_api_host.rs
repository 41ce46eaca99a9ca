use super::helpers::truthy;
use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS2, Rule, RuleMeta, Visit};
use crate::load::pointer::push;

declare_rule! {
    /// A Swagger 2.0 document has no `host` (or an empty one).
    ///
    /// Without `host`, clients send requests to the host that served the document, which is rarely
    /// where the API is: readers cannot tell where it lives and generated clients have no base URL.
    ///
    /// Spectral's `oas2-api-host`: a missing `host` is reported at the document (the span is the
    /// `swagger` key), a falsy one (`''`, `null`, `0`, `false`) at `host`.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// swagger: '2.0'
    /// info: {title: Pets, version: '1.0'}
    /// paths: {}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// swagger: '2.0'
    /// info: {title: Pets, version: '1.0'}
    /// host: api.petstore.io
    /// paths: {}
    /// ```
    pub static META = { id: "oas2-api-host", severity: Warning, versions: OAS2 };
}

#[derive(Default)]
pub struct Oas2ApiHost;

impl Rule for Oas2ApiHost {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let help = "add `host: api.example.com` (the host, and port if any, the API is served at)";
        match v.node.get("host") {
            None => {
                let span = cx.key_span(v.file, "/swagger");
                cx.report_span(&META, v.file, "", span, "the document has no `host`")
                    .help(help);
            }
            Some(host) if !truthy(Some(host)) => {
                cx.report(&META, v.file, &push(v.ptr, "host"), "`host` is empty")
                    .help(help);
            }
            Some(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::pointers;

    fn found(text: &str) -> Vec<String> {
        pointers(super::META.id, text)
    }

    // Spectral's `oas2-api-host.test.ts`.
    #[test]
    fn spectral_cases() {
        assert!(found("swagger: '2.0'\npaths: {}\nhost: stoplight.io\n").is_empty(), "valid case");
        assert_eq!(found("swagger: '2.0'\npaths: {}\n"), [""], "missing host");
    }

    #[test]
    fn a_falsy_host_is_reported_at_host() {
        for host in ["''", "null", "0", "false"] {
            assert_eq!(found(&format!("swagger: '2.0'\npaths: {{}}\nhost: {host}\n")), ["/host"], "{host}");
        }
        assert!(found("swagger: '2.0'\npaths: {}\nhost: 5\n").is_empty(), "truthy, if odd");
    }

    #[test]
    fn openapi_3_documents_are_not_checked() {
        assert!(found("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n").is_empty());
    }
}
