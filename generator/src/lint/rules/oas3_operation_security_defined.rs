use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::pointer::push;
use crate::load::{Node, Spec};
use crate::source::FileId;

declare_rule! {
    /// A security requirement names a scheme that `components/securitySchemes` (Swagger 2.0:
    /// `securityDefinitions`) does not define.
    ///
    /// The requirement cannot be satisfied: clients do not know how to authenticate, and the generated
    /// server cannot check it.
    ///
    /// Corresponds to Spectral's `oas3-operation-security-defined` and `oas2-operation-security-defined`
    /// (an alias), and to the first half of Redocly's `security-defined` (its second half, operations
    /// without any security, is this linter's `security-defined`). Requirements at the top level and
    /// on every operation (webhooks and callbacks included) are checked. Spectral's rule also reports
    /// OAuth2 scopes the scheme does not declare: here that is `security-scopes-defined`'s finding.
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
        aliases: ["oas2-operation-security-defined"],
        versions: ANY_OAS,
    };
}

/// A security scheme the document defines, where it lives (`$ref`s followed; `node` is `None` when
/// its reference does not resolve).
pub struct Scheme<'a> {
    pub name: &'a str,
    pub file: FileId,
    /// The pointer of the entry naming it (in the map of schemes).
    pub key_ptr: String,
    pub node: Option<&'a Node>,
    pub node_file: FileId,
    pub node_ptr: String,
}

/// Where the document defines its schemes: its pointer for messages.
pub fn schemes_place(cx: &Cx<'_>) -> &'static str {
    if cx.spec.root().get("swagger").is_some() {
        "securityDefinitions"
    } else {
        "components/securitySchemes"
    }
}

/// The map of security schemes, where it lives (`$ref`s followed).
fn scheme_map<'a>(cx: &Cx<'a>) -> Option<(FileId, String, &'a Node)> {
    let root = cx.spec.root();
    if root.get("swagger").is_some() {
        let r = cx.resolve(Spec::ROOT, "/securityDefinitions", root.get("securityDefinitions")?)?;
        return Some((r.file, r.ptr.as_str().to_owned(), r.node));
    }
    let c = cx.resolve(Spec::ROOT, "/components", root.get("components")?)?;
    let ptr = push(c.ptr.as_str(), "securitySchemes");
    let r = cx.resolve(c.file, &ptr, c.node.get("securitySchemes")?)?;
    Some((r.file, r.ptr.as_str().to_owned(), r.node))
}

/// Every security scheme the document defines, in order.
pub fn schemes<'a>(cx: &Cx<'a>) -> Vec<Scheme<'a>> {
    let Some((file, ptr, map)) = scheme_map(cx) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (name, e) in map.as_object().into_iter().flatten() {
        let key_ptr = push(&ptr, name);
        let target = cx.resolve(file, &key_ptr, &e.node);
        out.push(Scheme {
            name,
            file,
            node: target.map(|t| t.node),
            node_file: target.map_or(file, |t| t.file),
            node_ptr: target.map_or_else(|| key_ptr.clone(), |t| t.ptr.as_str().to_owned()),
            key_ptr,
        });
    }
    out
}

/// One entry of a security requirement: `{name: [scopes]}` at `ptr` (`.../security/<i>/<name>`).
pub struct Requirement<'a> {
    pub name: &'a str,
    pub ptr: String,
    pub scopes: &'a [Node],
}

/// The security requirements of the document or operation `v` (`security` at its top level).
pub fn requirements<'a>(v: &Visit<'a, '_>) -> Vec<Requirement<'a>> {
    let Some(list) = v.node.get("security").and_then(Node::as_array) else {
        return Vec::new();
    };
    let list_ptr = push(v.ptr, "security");
    let mut out = Vec::new();
    for (i, req) in list.iter().enumerate() {
        let req_ptr = push(&list_ptr, &i.to_string());
        for (name, e) in req.as_object().into_iter().flatten() {
            out.push(Requirement {
                name,
                ptr: push(&req_ptr, name),
                scopes: e.node.as_array().unwrap_or(&[]),
            });
        }
    }
    out
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
            self.schemes = schemes(cx).into_iter().map(|s| s.name.to_owned()).collect();
        }
        for req in requirements(v) {
            if self.schemes.iter().any(|s| s == req.name) {
                continue;
            }
            let place = schemes_place(cx);
            let known = self.schemes.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ");
            cx.report_key(
                &META,
                v.file,
                &req.ptr,
                format!("security scheme `{}` is not defined in `{place}`", req.name),
            )
            .help(if known.is_empty() {
                format!("define it under `{place}`")
            } else {
                format!("name one of the defined schemes ({known}), or define `{}` under `{place}`", req.name)
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::sorted_pointers as pointers;

    const RULE: &str = "oas3-operation-security-defined";

    #[test]
    fn undefined_schemes_are_reported_at_the_requirement() {
        let doc = "openapi: 3.0.3
security: [{key: []}, {}, {basic: []}]
paths:
  /a:
    get:
      security: [{oauth: [read], bearer: []}]
      responses: {'200': {description: ok}}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X}
    oauth: {$ref: '#/components/securitySchemes/key'}
";
        assert_eq!(pointers(RULE, doc), ["/paths/~1a/get/security/0/bearer", "/security/2/basic"]);
    }

    #[test]
    fn webhooks_and_swagger_2_0_are_checked() {
        let hook = "openapi: 3.1.0
webhooks:
  w:
    post:
      security: [{nope: []}]
      responses: {'200': {description: ok}}
";
        assert_eq!(pointers(RULE, hook), ["/webhooks/w/post/security/0/nope"]);
        let two = "swagger: '2.0'
security: [{key: [], other: []}]
paths: {}
securityDefinitions:
  key: {type: apiKey, in: header, name: X}
";
        let found = super::super::testing::lint_rule(RULE, two);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("`securityDefinitions`"), "{}", found[0].message);
        assert_eq!(found[0].location.as_ref().unwrap().pointer, "/security/0/other");
    }
}
