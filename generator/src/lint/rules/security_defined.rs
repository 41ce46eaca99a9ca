use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::Value;
use crate::source::FileId;

declare_rule! {
    /// An operation has no `security`, and the document has no top-level `security` either.
    ///
    /// Without a security requirement nothing says whether the operation needs authentication: a
    /// public operation should say so (`security: []`), and a protected one should name its scheme, or
    /// clients, documentation and the generated server treat it as open.
    ///
    /// Corresponds to the second half of Redocly's `security-defined`; its first half, requirements
    /// naming undefined schemes, is `oas3-operation-security-defined`. Redocly's `recommended` makes it
    /// an error; here it is a warning, because specgen's errors mark documents that are invalid or
    /// cannot be generated, and an API that declares no authentication is neither (configure
    /// `security-defined: error` to fail on it).
    /// As in Redocly, every operation is checked (webhooks and callbacks included), whether or not the
    /// document defines security schemes, and nothing is reported when the document has top-level
    /// `security` (even an empty list). Redocly's `exceptions` option (paths and methods left out) is
    /// not supported: turn the rule off for a file, or give such operations `security: []`. Spectral
    /// has no such rule.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// paths:
    ///   /pets:
    ///     get:
    ///       responses: {'200': {description: OK}}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// security: [{api_key: []}]
    /// paths:
    ///   /pets:
    ///     get:
    ///       responses: {'200': {description: OK}}
    ///   /health:
    ///     get:
    ///       security: []
    ///       responses: {'200': {description: OK}}
    /// components:
    ///   securitySchemes:
    ///     api_key: {type: apiKey, in: header, name: X-Key}
    /// ```
    pub static META = { id: "security-defined", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct SecurityDefined {
    /// The document has top-level `security`.
    root: bool,
    /// The operations without `security`, in document order.
    open: Vec<(FileId, String)>,
}

/// Whether `security` is given (an empty list counts: it says the operation is public).
fn has_security(node: &crate::load::Node) -> bool {
    node.get("security").is_some_and(|s| s.value != Value::Null)
}

impl Rule for SecurityDefined {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit() | Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, _cx: &mut Cx<'a>) {
        match v.kind {
            Kind::Document => self.root = has_security(v.node),
            _ if !has_security(v.node) => self.open.push((v.file, v.ptr.to_owned())),
            _ => {}
        }
    }

    fn finish(&mut self, cx: &mut Cx<'_>) {
        if self.root {
            return;
        }
        for (file, ptr) in std::mem::take(&mut self.open) {
            cx.report_key(&META, file, &ptr, "the operation has no `security`, and the document has none at the top level")
                .help("add `security:` at the top level or on the operation naming the schemes it needs, or `security: []` if it is public");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::helpers::pointers;

    const RULE: &str = "security-defined";

    #[test]
    fn operations_without_security_are_reported_unless_the_root_has_it() {
        let paths = "paths:\n  /a:\n    get:\n      security: [{k: []}]\n      responses: {'200': {description: ok}}\n    put:\n      security: []\n      responses: {'200': {description: ok}}\n    post:\n      security: null\n      responses: {'200': {description: ok}}\n    delete:\n      responses: {'200': {description: ok}}\n";
        assert_eq!(
            pointers(RULE, &format!("openapi: 3.0.3\n{paths}")),
            ["/paths/~1a/delete", "/paths/~1a/post"]
        );
        assert!(pointers(RULE, &format!("openapi: 3.0.3\nsecurity: []\n{paths}")).is_empty());
        assert_eq!(pointers(RULE, &format!("swagger: '2.0'\n{paths}")).len(), 2);
    }

    #[test]
    fn webhook_operations_are_checked() {
        let doc = "openapi: 3.1.0\nwebhooks:\n  w:\n    post: {responses: {'200': {description: ok}}}\n";
        assert_eq!(pointers(RULE, doc), ["/webhooks/w/post"]);
    }
}
