use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::{Node, Value};
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
    /// `security` (even an empty list). Spectral has no such rule.
    ///
    /// Option (Redocly's): `exceptions`, operations left out by path template and, optionally, methods:
    /// `security-defined: {exceptions: [{path: /health}, {path: /pets, methods: [GET]}]}`.
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
    pub static META = { id: "security-defined", severity: Warning, versions: ANY_OAS, options: ["exceptions"] };
}

#[derive(Default)]
pub struct SecurityDefined {
    /// The document has top-level `security`.
    root: bool,
    /// The operations without `security`, in document order.
    open: Vec<(FileId, String)>,
}

/// Whether the `exceptions` option leaves the operation out: its path, and its method if methods are
/// listed (in any case).
fn excepted(cx: &Cx<'_>, v: &Visit<'_, '_>) -> bool {
    let Some(list) = cx.option(&META, "exceptions").and_then(Node::as_array) else {
        return false;
    };
    list.iter().any(|e| {
        let path_matches = e.get("path").and_then(Node::as_str) == v.path;
        let methods = e.get("methods").and_then(Node::as_array);
        let method_matches = methods.is_none_or(|ms| {
            ms.iter()
                .filter_map(Node::as_str)
                .any(|m| v.method.is_some_and(|vm| vm.eq_ignore_ascii_case(m)))
        });
        path_matches && method_matches
    })
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

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        match v.kind {
            Kind::Document => self.root = has_security(v.node),
            _ if !has_security(v.node) && !excepted(cx, v) => self.open.push((v.file, v.ptr.to_owned())),
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
    use super::super::testing::sorted_pointers as pointers;

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

#[cfg(test)]
mod option_tests {
    use super::super::testing::lint_rule_with;

    #[test]
    fn exceptions_leave_out_paths_and_methods() {
        let doc = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /health:\n    get: {responses: {'200': {description: ok}}}\n  /pets:\n    get: {responses: {'200': {description: ok}}}\n    post: {responses: {'200': {description: ok}}}\n";
        let found = |entry: &str| -> Vec<String> {
            lint_rule_with("security-defined", entry, doc)
                .into_iter()
                .map(|d| d.location.unwrap().pointer)
                .collect()
        };
        assert_eq!(found("warn").len(), 3);
        assert_eq!(
            found("{exceptions: [{path: /health}, {path: /pets, methods: [get]}]}"),
            ["/paths/~1pets/post"]
        );
    }
}
