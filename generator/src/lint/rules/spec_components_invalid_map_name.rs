use super::helpers::{COMPONENT_SECTIONS, component_names};
use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};

declare_rule! {
    /// A name in `components` (a key of `schemas`, `responses`, `parameters`, `examples`,
    /// `requestBodies`, `headers`, `securitySchemes`, `links`, `callbacks` or `pathItems`) has characters
    /// other than letters, digits, `.`, `-` and `_`: the specification requires them to match
    /// `^[a-zA-Z0-9\.\-_]+$`.
    ///
    /// Names with spaces or other characters must be percent- or pointer-escaped in every `$ref`, and
    /// tools that build identifiers or URLs from them disagree on how.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// components:
    ///   schemas:
    ///     Pet Owner: {type: object}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// components:
    ///   schemas:
    ///     PetOwner: {type: object}
    /// ```
    pub static META = { id: "spec-components-invalid-map-name", severity: Error, versions: OAS30 | OAS31 };
}

#[derive(Default)]
pub struct SpecComponentsInvalidMapName;

impl Rule for SpecComponentsInvalidMapName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        for (section, name, ptr) in component_names(v.node, COMPONENT_SECTIONS).filter(|(_, n, _)| !valid(n)) {
            let fixed: String = name.chars().map(|c| if valid_char(c) { c } else { '_' }).collect();
            cx.report_key(
                &META,
                v.file,
                &ptr,
                format!("the name `{name}` in `components/{section}` has characters other than letters, digits, `.`, `-` and `_`"),
            )
            .help(format!("rename it, e.g. to `{fixed}`, and update the `$ref`s to it"));
        }
    }
}

fn valid_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')
}

fn valid(name: &str) -> bool {
    !name.is_empty() && name.chars().all(valid_char)
}
