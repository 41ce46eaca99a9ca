use super::helpers::require_info_field;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// `info` has no `license`.
    ///
    /// Without a license, readers do not know on what terms they may use the API or its description.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// info:
    ///   title: Pets
    ///   version: '1.0'
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// info:
    ///   title: Pets
    ///   version: '1.0'
    ///   license: {name: MIT, url: 'https://opensource.org/licenses/MIT'}
    /// ```
    pub static META = { id: "info-license", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct InfoLicense;

impl Rule for InfoLicense {
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
            "license",
            "add `license: {name: ..., url: ...}` to `info`",
        );
    }
}
