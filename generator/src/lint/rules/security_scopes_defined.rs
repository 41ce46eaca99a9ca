use super::oas3_operation_security_defined::{Scheme, requirements, schemes};
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::load::pointer::push;
use crate::load::{Node, closest};

declare_rule! {
    /// A security requirement asks an OAuth2 scheme for a scope the scheme does not declare.
    ///
    /// The authorization server will not grant a scope it does not know, so a client following the
    /// spec cannot get a token that satisfies the requirement; usually the scope is misspelt or was
    /// renamed in the scheme only.
    ///
    /// Corresponds to Redocly's `security-scopes-defined` (a warning in `recommended`) and to the scope
    /// half of Spectral's `oas3-operation-security-defined`. A scope counts as declared when any of the
    /// scheme's `flows` (Swagger 2.0: the scheme itself) lists it under `scopes`, `$ref`s followed.
    /// Only OAuth2 schemes are checked, as Redocly does: in OpenAPI 3.1 other schemes may list roles
    /// there, and OpenID Connect scopes come from its discovery document. A scheme that is not an object
    /// declares no scope (Spectral reports its scopes; Redocly skips it).
    ///
    /// Option (Redocly's): `requireScopes: true` also reports a requirement of an OAuth2 scheme that
    /// lists no scope, e.g. `security-scopes-defined: {severity: error, requireScopes: true}`.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// security: [{oauth: ['write:pet']}]
    /// components:
    ///   securitySchemes:
    ///     oauth:
    ///       type: oauth2
    ///       flows:
    ///         implicit:
    ///           authorizationUrl: 'https://pets.example.org/authorize'
    ///           scopes: {'read:pets': Read pets, 'write:pets': Change pets}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// security: [{oauth: ['write:pets']}]
    /// components:
    ///   securitySchemes:
    ///     oauth:
    ///       type: oauth2
    ///       flows:
    ///         implicit:
    ///           authorizationUrl: 'https://pets.example.org/authorize'
    ///           scopes: {'read:pets': Read pets, 'write:pets': Change pets}
    /// ```
    pub static META = { id: "security-scopes-defined", severity: Warning, versions: ANY_OAS, options: ["requireScopes"] };
}

/// A scheme whose requirements name scopes it must declare, with the scopes it declares.
struct Scoped {
    name: String,
    scopes: Vec<String>,
}

#[derive(Default)]
pub struct SecurityScopesDefined {
    schemes: Vec<Scoped>,
}

/// The scopes `scheme` declares, or `None` when it is not one whose scopes can be checked.
fn declared_scopes(cx: &Cx<'_>, scheme: &Scheme<'_>) -> Option<Vec<String>> {
    let node = scheme.node?;
    if node.as_object().is_some() && node.get("type").and_then(Node::as_str) != Some("oauth2") {
        return None;
    }
    let keys = |n: Option<&Node>| -> Vec<String> {
        n.and_then(Node::as_object).into_iter().flat_map(|m| m.keys().cloned()).collect()
    };
    let mut out = keys(node.get("scopes"));
    let flows_ptr = push(&scheme.node_ptr, "flows");
    if let Some(flows) = node.get("flows").and_then(|f| cx.resolve(scheme.node_file, &flows_ptr, f)) {
        for (kind, e) in flows.node.as_object().into_iter().flatten() {
            let flow_ptr = push(flows.ptr.as_str(), kind);
            let flow = cx.resolve(flows.file, &flow_ptr, &e.node);
            out.extend(keys(flow.and_then(|f| f.node.get("scopes"))));
        }
    }
    Some(out)
}

impl Rule for SecurityScopesDefined {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit() | Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        if v.kind == Kind::Document {
            self.schemes = schemes(cx)
                .iter()
                .filter_map(|s| {
                    Some(Scoped {
                        name: s.name.to_owned(),
                        scopes: declared_scopes(cx, s)?,
                    })
                })
                .collect();
        }
        let require_scopes = matches!(
            cx.option(&META, "requireScopes"),
            Some(crate::load::Node { value: crate::load::Value::Bool(true), .. })
        );
        for req in requirements(v) {
            let Some(scheme) = self.schemes.iter().find(|s| s.name == req.name) else {
                continue; // not a scheme with checkable scopes, or undefined (another rule's finding)
            };
            if require_scopes && req.scopes.is_empty() {
                cx.report(&META, v.file, &req.ptr, format!("the requirement of OAuth2 scheme `{}` lists no scope", req.name))
                    .help(format!("list the scopes the operation needs, e.g. `{}: [{}]`", req.name, scheme.scopes.first().map_or("a-scope", String::as_str)));
            }
            for (i, scope) in req.scopes.iter().enumerate() {
                let Some(scope) = scope.as_str() else { continue };
                if scheme.scopes.iter().any(|s| s == scope) {
                    continue;
                }
                let help = match closest(scope, scheme.scopes.iter().map(String::as_str)) {
                    Some(near) => format!("did you mean `{near}`? Or declare `{scope}` in the scheme's `scopes`"),
                    None if scheme.scopes.is_empty() => format!("declare `{scope}` under `scopes` in the scheme's flows"),
                    None => format!(
                        "name a declared scope ({}), or declare `{scope}` in the scheme's `scopes`",
                        list(&scheme.scopes)
                    ),
                };
                cx.report(
                    &META,
                    v.file,
                    &push(&req.ptr, &i.to_string()),
                    format!("scope `{scope}` is not declared by security scheme `{}`", req.name),
                )
                .help(help);
            }
        }
    }
}

/// Up to eight names, quoted.
fn list(names: &[String]) -> String {
    let mut out = names.iter().take(8).map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ");
    if names.len() > 8 {
        out.push_str(", ...");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::{lint_rule, sorted_pointers as pointers};

    const RULE: &str = "security-scopes-defined";
    const SCHEMES: &str = "components:\n  securitySchemes:\n    base:\n      type: oauth2\n      flows:\n        implicit: {authorizationUrl: 'https://a.org', scopes: {'read:pets': r}}\n        password: {tokenUrl: 'https://a.org', scopes: {'admin': a}}\n    shared: {type: oauth2, flows: {$ref: '#/components/securitySchemes/base/flows'}}\n    one: {type: oauth2, flows: {implicit: {$ref: '#/components/securitySchemes/base/flows/implicit'}}}\n    key: {type: apiKey, in: header, name: X}\n    oidc: {type: openIdConnect, openIdConnectUrl: 'https://a.org'}\n    bare: {type: oauth2}\n";

    #[test]
    fn undeclared_scopes_of_oauth2_schemes_are_reported() {
        let doc = format!(
            "openapi: 3.1.0\nsecurity: [{{base: ['read:pets', admin, 'read:pet']}}, {{shared: [admin]}}, {{one: [admin]}}]\npaths:\n  /a:\n    get:\n      security: [{{key: [role], oidc: [openid], bare: [x], missing: [y]}}]\n      responses: {{'200': {{description: ok}}}}\n{SCHEMES}"
        );
        assert_eq!(
            pointers(RULE, &doc),
            ["/paths/~1a/get/security/0/bare/0", "/security/0/base/2", "/security/2/one/0"]
        );
        let typo = lint_rule(RULE, &doc).into_iter().find(|d| d.message.contains("read:pet`")).unwrap();
        assert!(typo.help.unwrap().contains("did you mean `read:pets`"));
    }

    #[test]
    fn swagger_2_0_scopes_are_on_the_scheme() {
        let doc = "swagger: '2.0'\nsecurity: [{auth: [read, write]}]\npaths: {}\nsecurityDefinitions:\n  auth: {type: oauth2, flow: implicit, authorizationUrl: 'https://a.org', scopes: {read: r}}\n";
        assert_eq!(pointers(RULE, doc), ["/security/0/auth/1"]);
    }

    #[test]
    fn a_scheme_that_is_not_an_object_declares_no_scope() {
        let doc = "openapi: 3.0.3\nsecurity: [{broken: [x], empty: []}]\npaths: {}\ncomponents:\n  securitySchemes:\n    broken: null\n    empty: null\n";
        assert_eq!(pointers(RULE, doc), ["/security/0/broken/0"]);
    }
}

#[cfg(test)]
mod option_tests {
    use super::super::testing::lint_rule_with;

    #[test]
    fn require_scopes_reports_requirements_without_one() {
        let doc = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      security: [{o: []}, {o: [read]}]\n      responses: {'200': {description: ok}}\ncomponents:\n  securitySchemes:\n    o: {type: oauth2, flows: {implicit: {authorizationUrl: 'https://x.test', scopes: {read: r}}}}\n";
        assert!(lint_rule_with("security-scopes-defined", "warn", doc).is_empty());
        let found = lint_rule_with("security-scopes-defined", "{requireScopes: true}", doc);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].location.as_ref().unwrap().pointer, "/paths/~1a/get/security/0/o");
    }
}
