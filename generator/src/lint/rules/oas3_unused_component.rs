use std::collections::HashSet;

use super::helpers::{COMPONENT_SECTIONS, component_names};
use crate::declare_rule;
use crate::lint::rule::{Cx, Help, Kind, OAS30, OAS31, Rule, RuleMeta, Visit};
use crate::load::Spec;

declare_rule! {
    /// A component (schema, response, parameter, example, request body, header, link or callback) that
    /// nothing references.
    ///
    /// Unused components are usually leftovers of a rename; they bloat documentation and generated code.
    /// (Security schemes are used by name, not by `$ref`, and are not checked.)
    ///
    /// Bad:
    ///
    /// ```yaml
    /// components:
    ///   schemas:
    ///     OldPet: {type: object}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// components:
    ///   schemas:
    ///     Pet: {type: object}   # referenced as '#/components/schemas/Pet'
    /// ```
    pub static META = { id: "oas3-unused-component", severity: Warning, aliases: ["no-unused-components"], versions: OAS30 | OAS31 };
}

#[derive(Default)]
pub struct Oas3UnusedComponent;

impl Rule for Oas3UnusedComponent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        if v.node.get("components").is_none() {
            return;
        }
        let used = referenced(cx.spec);
        // Security schemes are used by name, not by `$ref`; 3.1 path items are not checked.
        let sections = component_names(v.node, COMPONENT_SECTIONS)
            .filter(|(section, _, _)| !matches!(*section, "securitySchemes" | "pathItems"));
        for (_, name, ptr) in sections {
            if !used.contains(ptr.as_str()) {
                cx.report_key(&META, v.file, &ptr, format!("component `{name}` is never referenced"))
                    .help(format!("remove it, or refer to it as `$ref: '#{ptr}'`"));
            }
        }
    }
}

/// The components of the root file that some reference reaches (or reaches into).
fn referenced(spec: &Spec) -> HashSet<&str> {
    let mut out = HashSet::new();
    for link in &spec.refs {
        let Some(t) = &link.target else { continue };
        if t.file != Spec::ROOT {
            continue;
        }
        // `/components/schemas/A/properties/b` uses `A`.
        let mut parts = t.pointer.match_indices('/');
        if let Some((end, _)) = parts.nth(3) {
            out.insert(&t.pointer[..end]);
        } else {
            out.insert(t.pointer.as_str());
        }
    }
    out
}
