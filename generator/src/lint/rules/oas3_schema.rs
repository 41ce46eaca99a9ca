use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};
use crate::lint::structure;

declare_rule! {
    /// The document does not fit the OpenAPI 3.0 or 3.1 schema: an unknown or misspelt field, a missing
    /// required one, a value of the wrong type or outside its `enum`.
    ///
    /// Tools read such a document differently or not at all; the generator refuses it. The message
    /// names the OpenAPI object and what is allowed there, and points at the offending node (the key,
    /// for a field that should not be there). Files reached through `$ref` are checked as what the
    /// referencing site expects; a `$ref` where OpenAPI allows none is reported once, as
    /// `ref-not-allowed`, and its target checked instead. Where a field's value selects the kind of
    /// object (a security scheme's `type`), a missing or unknown value is reported alone: which other
    /// fields belong there depends on it. A contact's `email` must be an address. A path parameter
    /// without `required: true` is left to `path-params`.
    ///
    /// 3.1 documents are checked against the official 3.1 schema; their Schema Objects only for the
    /// shapes JSON Schema 2020-12 gives its keywords (`type` names JSON types, `required` lists
    /// strings, subschemas are objects or booleans), as Spectral's `oas3-schema` does. Unknown keywords
    /// in a 3.1 schema are allowed, as JSON Schema allows them (Redocly's `struct` reports them). 3.2
    /// documents are checked as 3.1 without reporting fields 3.1 does not define. Component names are
    /// left to `spec-components-invalid-map-name`. Redocly's `struct` reports every missing field
    /// separately; Spectral reports a security scheme without `type` once, as here. Spectral also
    /// reports a path parameter without `required`, which Redocly's `struct` leaves out.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// parameters:
    ///   - name: limit
    ///     in: query
    ///     schema: {type: integer}
    ///     descripton: How many.   # typo: not a Parameter Object field
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// parameters:
    ///   - name: limit
    ///     in: query
    ///     schema: {type: integer}
    ///     description: How many.
    /// ```
    pub static META = { id: "oas3-schema", severity: Error, aliases: ["struct", "spec"], versions: OAS30 | OAS31 };
}

#[derive(Default)]
pub struct Oas3Schema;

impl Rule for Oas3Schema {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        for p in structure::validate(v.node, &cx.refs) {
            // A path parameter's `required: true` is `path-params`' to report, with its own advice.
            if p.missing == Some("required") {
                continue;
            }
            let meta = if p.code == META.id {
                &META
            } else {
                &super::ref_not_allowed::META
            };
            let d = if p.at_key {
                cx.report_key(meta, p.file, &p.ptr, p.message)
            } else {
                cx.report(meta, p.file, &p.ptr, p.message)
            };
            if let Some(h) = p.help {
                d.help(h);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{Config, lint_spec_with};
    use crate::load::{LoadOptions, Spec};

    fn codes(text: &str) -> Vec<String> {
        let spec = Spec::from_text("t.yaml", text, &LoadOptions::default());
        lint_spec_with(spec, &Config::default())
            .findings
            .iter()
            .filter(|d| d.code == "oas3-schema" || d.code == "path-params")
            .map(|d| format!("{} {}", d.code, d.location.as_ref().unwrap().pointer))
            .collect()
    }

    #[test]
    fn a_path_parameter_without_required_is_reported_once_by_path_params() {
        for version in ["3.0.3", "3.1.0"] {
            let text = format!(
                "openapi: {version}\ninfo: {{title: t, version: '1'}}\npaths:\n  /a/{{id}}:\n    get:\n      parameters: [{{name: id, in: path, schema: {{type: string}}}}]\n      responses: {{'200': {{description: ok}}}}\n"
            );
            assert_eq!(codes(&text), ["path-params /paths/~1a~1{id}/get/parameters/0/name"], "{version}");
        }
    }

    #[test]
    fn a_3_1_document_is_checked() {
        let text = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responsess: {}\n";
        assert_eq!(codes(text), ["oas3-schema /paths/~1a/get/responsess"]);
    }
}
