use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};
use crate::lint::structure;

declare_rule! {
    /// The document does not fit the OpenAPI 3.0 schema: an unknown or misspelt field, a missing
    /// required one, a value of the wrong type or outside its `enum`.
    ///
    /// Tools read such a document differently or not at all; the generator refuses it. The message
    /// names the OpenAPI object and what is allowed there, and points at the offending node (the key,
    /// for a field that should not be there). Files reached through `$ref` are checked as what the
    /// referencing site expects; a `$ref` where OpenAPI 3.0 allows none is reported once, as
    /// `ref-not-allowed`, and its target checked instead.
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
