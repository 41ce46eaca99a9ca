use std::collections::BTreeMap;

use super::helpers::{NameKind, rust_names};
use crate::declare_rule;
use crate::diagnostic::Location;
use crate::lint::rule::{ANY_OAS, Cx, Help, Kind, Rule, RuleMeta, Visit};
use crate::naming::Scope;

declare_rule! {
    /// Property, parameter or schema names that become the same Rust identifier (`fooBar` and `foo_bar`
    /// are both `foo_bar`).
    ///
    /// The generator keeps both, but must rename one with a numeric suffix; the message says which name
    /// each gets, so the Rust API holds no surprise. Rename one on the wire if you can, or accept the
    /// names shown.
    ///
    /// Bad:
    ///
    /// ```yaml
    /// properties:
    ///   fooBar: {type: string}
    ///   foo_bar: {type: string}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// properties:
    ///   fooBar: {type: string}
    ///   fooBarLegacy: {type: string}
    /// ```
    pub static META = { id: "rust-name-collision", severity: Info, versions: ANY_OAS };
}

#[derive(Default)]
pub struct RustNameCollision;

impl Rule for RustNameCollision {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn interests(&self) -> u32 {
        Kind::Document.bit() | Kind::Schema.bit() | Kind::Operation.bit()
    }

    fn visit<'a>(&mut self, v: &Visit<'a, '_>, cx: &mut Cx<'a>) {
        let Some((kind, names)) = rust_names(cx, v) else { return };
        if names.len() < 2 {
            return;
        }
        let what = match kind {
            NameKind::Schema => "schemas",
            NameKind::Property => "properties",
            NameKind::Parameter => "parameters",
        };
        let case = kind.case();
        let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, n) in names.iter().enumerate() {
            groups.entry(case.apply(n.name)).or_default().push(i);
        }
        if groups.len() == names.len() {
            return;
        }
        let finals = Scope::new(case).claim_all(names.iter().map(|n| n.name));
        for (base, members) in groups.into_iter().filter(|(_, m)| m.len() > 1) {
            let wires: Vec<String> = members.iter().map(|&i| format!("`{}`", names[i].name)).collect();
            let rust: Vec<String> = members.iter().map(|&i| format!("`{}`", finals[i])).collect();
            let all = if members.len() == 2 { "both" } else { "all" };
            let message = format!(
                "{} {all} become `{base}` in Rust; the generator will name them {}",
                join(&wires),
                join(&rust)
            );
            let first = &names[members[0]];
            let first = Location {
                span: cx.key_span(first.file, &first.ptr),
                ..cx.location(first.file, &first.ptr)
            };
            for &i in &members[1..] {
                let n = &names[i];
                cx.report_key(&META, n.file, &n.ptr, message.clone())
                    .help(format!(
                        "rename one of these {what} on the wire, or accept the names above"
                    ))
                    .related(first.clone(), "collides with this one");
            }
        }
    }
}

fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
