use super::helpers::require_info_field;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// The `info` object has no `description` (or an empty one).
    ///
    /// The description introduces the API in documentation and in the generated crate's docs.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// info: {title: Pets, version: '1.0'}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// info: {title: Pets, version: '1.0', description: Adopt a pet.}
    /// ```
    pub static META = { id: "info-description", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct InfoDescription;

impl Rule for InfoDescription {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        require_info_field(cx, &META, v, "description", "add a `description` introducing the API");
    }
}
