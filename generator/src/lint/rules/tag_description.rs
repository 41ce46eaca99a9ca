use super::helpers::truthy;
use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};

declare_rule! {
    /// A top-level tag has no `description`.
    ///
    /// Tags are the chapters of the documentation; the description is the chapter's introduction.
    /// (On in Redocly's `recommended`; off by default in Spectral's.)
    ///
    /// Bad:
    ///
    /// ```yaml
    /// tags:
    ///   - name: pets
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// tags:
    ///   - name: pets
    ///     description: Everything about your pets.
    /// ```
    pub static META = { id: "tag-description", severity: Warning, versions: ANY_OAS };
}

#[derive(Default)]
pub struct TagDescription;

impl Rule for TagDescription {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Tag.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        if v.node.as_object().is_some() && !truthy(v.node.get("description")) {
            let name = v.node.get("name").and_then(|n| n.as_str()).unwrap_or("?");
            cx.report(&META, v.file, v.ptr, format!("tag `{name}` has no `description`"))
                .help("add a `description` introducing the operations with this tag");
        }
    }
}
