use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// An `operationId` has characters that are not allowed in a URL unescaped (spaces, `%`, `{`, ...).
    ///
    /// Documentation tools put operation ids in URLs and anchors; such ids break the links.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// get:
    ///   operationId: list pets
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// get:
    ///   operationId: listPets
    /// ```
    pub static META = {
        id: "operation-operationId-valid-in-url",
        severity: Warning,
        aliases: ["operation-operationId-url-safe"],
        versions: ANY_OAS,
    };
}

#[derive(Default)]
pub struct OperationOperationIdValidInUrl;

impl Rule for OperationOperationIdValidInUrl {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let Some(id) = v.node.get("operationId").and_then(Node::as_str) else {
            return;
        };
        // RFC 3986 unreserved and reserved characters.
        let bad: Vec<char> = id
            .chars()
            .filter(|c| !(c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=".contains(*c)))
            .collect();
        if let Some(c) = bad.first() {
            cx.report(
                &META,
                v.file,
                &push(v.ptr, "operationId"),
                format!("operationId `{id}` contains `{c}`, which is not allowed in a URL"),
            )
            .help("use letters, digits, `-`, `_` and `.` only");
        }
    }
}
