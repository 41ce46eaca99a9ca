use super::helpers::truthy;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, OAS31, Rule, RuleMeta, Visit};

declare_rule! {
    /// The `license` in `info` has no `url` (in OpenAPI 3.1, no `url` and no SPDX `identifier`).
    ///
    /// A license name alone (`Apache`, `Proprietary`) does not say which terms apply; the url (or SPDX
    /// identifier) does.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// info:
    ///   title: Pets
    ///   version: '1.0'
    ///   license: {name: MIT}
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
    pub static META = {
        id: "license-url",
        severity: Warning,
        aliases: ["info-license-url", "info-license-strict"],
        versions: ANY_OAS,
    };
}

#[derive(Default)]
pub struct LicenseUrl;

impl Rule for LicenseUrl {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let Some(license) = v.node.get("info").and_then(|i| i.get("license")) else {
            return;
        };
        if license.as_object().is_none() || truthy(license.get("url")) {
            return;
        }
        let oas31 = crate::lint::version_of(cx.spec) == Some(OAS31);
        if oas31 && truthy(license.get("identifier")) {
            return;
        }
        let (message, help) = if oas31 {
            (
                "the license has no `url` and no `identifier`",
                "add the SPDX `identifier` (`identifier: MIT`) or the `url` of the license text",
            )
        } else {
            ("the license has no `url`", "add the `url` of the license text")
        };
        cx.report_key(&META, v.file, "/info/license", message).help(help);
    }
}
