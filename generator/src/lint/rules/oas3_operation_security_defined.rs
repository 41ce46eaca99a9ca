use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// A security requirement names a scheme that `components/securitySchemes` does not define.
    ///
    /// The requirement cannot be satisfied: clients do not know how to authenticate, and the generated
    /// server cannot check it.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// security: [{apiKey: []}]
    /// components:
    ///   securitySchemes:
    ///     api_key: {type: apiKey, in: header, name: X-Key}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// security: [{api_key: []}]
    /// components:
    ///   securitySchemes:
    ///     api_key: {type: apiKey, in: header, name: X-Key}
    /// ```
    pub static META = {
        id: "oas3-operation-security-defined",
        severity: Warning,
        aliases: ["security-defined"],
        versions: OAS30 | OAS31,
    };
}

#[derive(Default)]
pub struct Oas3OperationSecurityDefined {
    schemes: Vec<String>,
}

impl Rule for Oas3OperationSecurityDefined {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit() | Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        if v.kind == Kind::Document {
            let schemes = v
                .node
                .get("components")
                .and_then(|c| c.get("securitySchemes"))
                .and_then(Node::as_object);
            self.schemes = schemes.into_iter().flat_map(|m| m.keys().cloned()).collect();
        }
        let Some(requirements) = v.node.get("security").and_then(Node::as_array) else {
            return;
        };
        let list_ptr = push(v.ptr, "security");
        for (i, req) in requirements.iter().enumerate() {
            let req_ptr = push(&list_ptr, &i.to_string());
            for name in req.as_object().into_iter().flat_map(|m| m.keys()) {
                if !self.schemes.contains(name) {
                    let known = self
                        .schemes
                        .iter()
                        .map(|s| format!("`{s}`"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    cx.report_key(
                        &META,
                        v.file,
                        &push(&req_ptr, name),
                        format!("security scheme `{name}` is not defined in `components/securitySchemes`"),
                    )
                    .help(if known.is_empty() {
                        "define it under `components/securitySchemes`".to_owned()
                    } else {
                        format!("defined schemes: {known}")
                    });
                }
            }
        }
    }
}
