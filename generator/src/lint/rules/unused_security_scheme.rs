use std::collections::HashSet;

use super::oas3_operation_security_defined::{requirements, schemes, schemes_place};
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::source::FileId;

declare_rule! {
    /// A security scheme that no security requirement names.
    ///
    /// Schemes are used by name (`security: [{api_key: []}]`), never by `$ref`, so an unused one is
    /// easy to miss: it is usually a leftover of a rename, or the requirement that should name it was
    /// forgotten and the operations it protects are described as open.
    ///
    /// Corresponds to the security-scheme part of Redocly's `no-unused-components` (a warning in
    /// `recommended`). Spectral's `oas3-unused-component` does not check security schemes, which is why
    /// this is a rule of its own rather than part of `oas3-unused-component`. Requirements at the top
    /// level and on every operation count, those of webhooks, callbacks and `components/pathItems`
    /// included; Swagger 2.0's `securityDefinitions` are checked too.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// security: [{api_key: []}]
    /// components:
    ///   securitySchemes:
    ///     api_key: {type: apiKey, in: header, name: X-Key}
    ///     basic: {type: http, scheme: basic}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// security: [{api_key: []}, {basic: []}]
    /// components:
    ///   securitySchemes:
    ///     api_key: {type: apiKey, in: header, name: X-Key}
    ///     basic: {type: http, scheme: basic}
    /// ```
    pub static META = { id: "unused-security-scheme", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct UnusedSecurityScheme {
    /// Each defined scheme: name, file and pointer of its entry.
    defined: Vec<(String, FileId, String)>,
    place: &'static str,
    used: HashSet<String>,
}

impl Rule for UnusedSecurityScheme {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit() | Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        if v.kind == Kind::Document {
            self.place = schemes_place(cx);
            self.defined = schemes(cx)
                .into_iter()
                .map(|s| (s.name.to_owned(), s.file, s.key_ptr))
                .collect();
        }
        self.used.extend(requirements(v).into_iter().map(|r| r.name.to_owned()));
    }

    fn finish(&mut self, cx: &mut Cx<'_>) {
        for (name, file, ptr) in std::mem::take(&mut self.defined) {
            if self.used.contains(&name) {
                continue;
            }
            cx.report_key(&META, file, &ptr, format!("security scheme `{name}` is never used"))
                .help(format!(
                    "name it in a `security` requirement (`security: [{{{name}: []}}]`) where it applies, or remove it from `{}`",
                    self.place
                ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::sorted_pointers as pointers;

    const RULE: &str = "unused-security-scheme";

    #[test]
    fn schemes_no_requirement_names_are_reported() {
        let doc = "openapi: 3.1.0\npaths:\n  /a:\n    get:\n      security: [{a: []}]\n      responses: {'200': {description: ok}}\nwebhooks:\n  w:\n    post:\n      security: [{b: []}]\n      responses: {'200': {description: ok}}\ncomponents:\n  pathItems:\n    p:\n      get:\n        security: [{c: []}]\n        responses: {'200': {description: ok}}\n  securitySchemes:\n    a: {type: http, scheme: basic}\n    b: {type: http, scheme: basic}\n    c: {type: http, scheme: basic}\n    d: {type: http, scheme: basic}\n";
        assert_eq!(pointers(RULE, doc), ["/components/securitySchemes/d"]);
    }

    #[test]
    fn swagger_2_0_definitions_are_checked() {
        let doc = "swagger: '2.0'\nsecurity: [{a: []}]\npaths: {}\nsecurityDefinitions:\n  a: {type: basic}\n  b: {type: basic}\n";
        assert_eq!(pointers(RULE, doc), ["/securityDefinitions/b"]);
    }
}
