use std::collections::HashSet;

use super::helpers::component_names;
use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};
use crate::load::{Node, Spec};

declare_rule! {
    /// A security scheme in `components/securitySchemes` that no security requirement names.
    ///
    /// A scheme nothing requires protects nothing: it is a leftover, or an operation (or the document's
    /// `security`) forgot to require it, and documentation and generated clients offer an
    /// authentication no endpoint takes.
    ///
    /// Security schemes are used by name: a scheme is used when a Security Requirement anywhere (the
    /// document's `security`, an operation's, in paths, webhooks, callbacks or `components/pathItems`)
    /// names it, or when a `$ref` reaches it (another scheme's `$ref` to it). This is the part of
    /// Redocly's `no-unused-components` about security schemes (Redocly does not count a `$ref` as a
    /// use); Spectral has no such check.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// security: [{token: []}]
    /// components:
    ///   securitySchemes:
    ///     token: {type: http, scheme: bearer}
    ///     legacyKey: {type: apiKey, name: key, in: query}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// security: [{token: []}]
    /// components:
    ///   securitySchemes:
    ///     token: {type: http, scheme: bearer}
    /// ```
    pub static META = { id: "unused-security-scheme", severity: Warning, versions: OAS30 | OAS31 };
}

#[derive(Default)]
pub struct UnusedSecurityScheme {
    /// The scheme names security requirements name.
    required: HashSet<String>,
}

impl Rule for UnusedSecurityScheme {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit() | Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, _cx: &mut Cx<'a>) {
        let requirements = v.node.get("security").and_then(Node::as_array).unwrap_or(&[]);
        for requirement in requirements.iter().filter_map(Node::as_object) {
            self.required.extend(requirement.keys().cloned());
        }
    }

    fn finish(&mut self, cx: &mut Cx<'_>) {
        let spec = cx.spec;
        let referenced: HashSet<&str> = spec
            .refs
            .iter()
            .filter_map(|l| l.target.as_ref())
            .filter(|t| t.file == Spec::ROOT)
            .map(|t| t.pointer.as_str())
            .collect();
        let unused: Vec<(String, String)> = component_names(spec.root(), &["securitySchemes"])
            .filter(|(_, name, ptr)| !self.required.contains(*name) && !referenced.contains(ptr.as_str()))
            .map(|(_, name, ptr)| (name.to_owned(), ptr))
            .collect();
        for (name, ptr) in unused {
            cx.report_key(&META, Spec::ROOT, &ptr, format!("security scheme `{name}` is never required"))
                .help(format!(
                    "remove it, or require it where it applies: `security: [{{{name}: []}}]` on the document or an operation"
                ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::load::{LoadOptions, Spec};

    /// The pointers of this rule's findings on the document `text`.
    fn found(text: &str) -> Vec<String> {
        let linted = crate::lint::lint_spec(Spec::from_text("t.yaml", text, &LoadOptions::default()));
        linted
            .findings
            .iter()
            .filter(|d| d.code == super::META.id)
            .map(|d| d.location.as_ref().expect("located").pointer.clone())
            .collect()
    }

    #[test]
    fn a_scheme_is_used_by_a_requirement_anywhere_or_a_reference() {
        let doc = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nsecurity: [{top: []}]\nwebhooks:\n  w:\n    post:\n      security: [{hook: []}]\n      responses: {'200': {description: ok}}\ncomponents:\n  pathItems:\n    p:\n      get:\n        security: [{shared: []}]\n        responses: {'200': {description: ok}}\n  securitySchemes:\n    top: {type: http, scheme: bearer}\n    hook: {type: http, scheme: bearer}\n    shared: {$ref: '#/components/securitySchemes/base'}\n    base: {type: apiKey, name: k, in: header}\n    alias: {$ref: '#/components/securitySchemes/top'}\n    spare: {type: http, scheme: basic}\n";
        assert_eq!(
            found(doc),
            ["/components/securitySchemes/alias", "/components/securitySchemes/spare"]
        );
    }
}
