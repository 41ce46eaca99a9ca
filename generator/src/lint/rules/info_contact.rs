use super::helpers::require_info_field;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// The `info` object has no `contact`.
    ///
    /// Users of the API need someone to ask; the contact also ends up in generated crate metadata.
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
    /// info:
    ///   title: Pets
    ///   version: '1.0'
    ///   contact: {name: API team, email: api@example.com}
    /// ```
    pub static META = { id: "info-contact", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct InfoContact;

impl Rule for InfoContact {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        require_info_field(
            cx,
            &META,
            v,
            "contact",
            "add `contact: {name: ..., email: ...}` to `info`",
        );
    }
}
