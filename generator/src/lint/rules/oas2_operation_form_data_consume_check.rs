use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS2, Rule, RuleMeta, Visit};
use crate::load::Node;
use crate::load::pointer::push;

declare_rule! {
    /// A Swagger 2.0 operation has `in: formData` parameters, but its `consumes` lists neither
    /// `application/x-www-form-urlencoded` nor `multipart/form-data`.
    ///
    /// Form parameters travel in a form body; Swagger 2.0 requires one of the two form media types for
    /// them. With only other media types, clients send a body the server does not read as a form.
    ///
    /// Spectral's `oas2-operation-formData-consume-check`: an operation that lists `consumes` and
    /// `parameters` itself (its parameters' `$ref`s followed); a media type counts when it contains one
    /// of the two names (`multipart/form-data; charset=utf-8` too). As in Spectral, an operation without
    /// its own `consumes` (using the document's) and the path item's parameters are not checked.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// post:
    ///   consumes: [application/json]
    ///   parameters:
    ///     - {name: photo, in: formData, type: file}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// post:
    ///   consumes: [multipart/form-data]
    ///   parameters:
    ///     - {name: photo, in: formData, type: file}
    /// ```
    pub static META = { id: "oas2-operation-formData-consume-check", severity: Warning, versions: OAS2 };
}

#[derive(Default)]
pub struct Oas2OperationFormDataConsumeCheck;

const FORMS: [&str; 2] = ["application/x-www-form-urlencoded", "multipart/form-data"];

impl Rule for Oas2OperationFormDataConsumeCheck {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let (Some(consumes), Some(params)) = (
            v.node.get("consumes").and_then(Node::as_array),
            v.node.get("parameters").and_then(Node::as_array),
        ) else {
            return;
        };
        let form = params.iter().enumerate().find(|(i, p)| {
            let at = push(&push(v.ptr, "parameters"), &i.to_string());
            cx.resolve(v.file, &at, p)
                .is_some_and(|r| r.node.get("in").and_then(Node::as_str) == Some("formData"))
        });
        let Some((i, _)) = form else { return };
        let takes_forms = consumes
            .iter()
            .filter_map(Node::as_str)
            .any(|m| FORMS.iter().any(|f| m.contains(f)));
        if takes_forms {
            return;
        }
        let what = match (v.method, v.path) {
            (Some(m), Some(p)) => format!("`{} {p}`", m.to_ascii_uppercase()),
            _ => "the operation".to_owned(),
        };
        let param = push(&push(v.ptr, "parameters"), &i.to_string());
        let note = cx.location(v.file, &param);
        cx.report_key(
            &META,
            v.file,
            v.ptr,
            format!("{what} has `in: formData` parameters, but its `consumes` has no form media type"),
        )
        .help(format!("add `{}` or `{}` to `consumes`", FORMS[0], FORMS[1]))
        .related(note, "a form parameter");
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::pointers;

    fn found(text: &str) -> Vec<String> {
        pointers(super::META.id, text)
    }

    // Spectral's `oas2-operation-formData-consume-check.test.ts`.
    #[test]
    fn spectral_cases() {
        let ok = "swagger: '2.0'\npaths:\n  /path1:\n    get:\n      consumes: [application/x-www-form-urlencoded, application/xml]\n      parameters: [{in: formData, name: test}]\n";
        assert!(found(ok).is_empty(), "validate a correct object");
        let bad = "swagger: '2.0'\npaths:\n  /path1:\n    get:\n      consumes: [application/xml]\n      parameters: [{in: formData, name: test}]\n";
        assert_eq!(found(bad), ["/paths/~1path1/get"], "return errors on different path operations same id");
    }

    #[test]
    fn references_are_followed_and_own_consumes_is_needed() {
        let doc = "swagger: '2.0'\ninfo: {title: t, version: '1'}\nconsumes: [application/json]\npaths:\n  /a:\n    parameters: [{name: p, in: formData, type: string}]\n    post:\n      consumes: [application/json]\n      parameters: [{$ref: '#/parameters/F'}]\n      responses: {'200': {description: ok}}\n    put:\n      parameters: [{name: x, in: formData, type: string}]\n      responses: {'200': {description: ok}}\n    patch:\n      consumes: [application/json]\n      responses: {'200': {description: ok}}\n    delete:\n      consumes: ['multipart/form-data; charset=utf-8']\n      parameters: [{name: x, in: formData, type: string}]\n      responses: {'200': {description: ok}}\nparameters:\n  F: {name: f, in: formData, type: string}\n";
        assert_eq!(found(doc), ["/paths/~1a/post"]);
    }
}
