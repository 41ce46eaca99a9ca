//! `default`: which schemas give one, whether it fits its schema, and which the generated code applies.
//!
//! A default is judged by the linter's validator (`lint/instance.rs`, the same `specgen_rt::check`
//! functions the generated types call), on the spec as written: one that breaks its schema is not
//! applied (the field stays optional), with a warning at the value. Of those that fit, the generated
//! code applies the defaults of the types whose value it writes as a plain expression
//! ([`applies_default`]); a list, object or union keeps its `Option`, and its doc gives the default.

use std::collections::HashMap;

use openapiv3::SchemaKind;

use super::build::{Builder, SRef, component_name, sref};
use super::{TypeDef, TypeKind, TypeRef, applies_default};
use crate::diagnostic::Diagnostic;
use crate::lint::instance::Validator;
use crate::lint::rule::RefMap;
use crate::load::{Spec, Typed, pointer};

/// The warning code of a default that is not applied because it breaks its schema.
pub const CODE: &str = "default-not-applied";

/// How far a chain of `$ref`s (and one-member `allOf`s) is followed to the schema holding a default.
const MAX_HOPS: usize = 32;

/// The defaults checked so far, by the typed pointer of the schema holding each.
pub(crate) struct Defaults<'a> {
    spec: &'a Spec,
    typed: &'a Typed,
    /// Built on first use: most specs have few defaults.
    refs: HashMap<usize, RefMap<'a>>,
    checked: HashMap<String, bool>,
}

impl<'a> Defaults<'a> {
    pub(super) fn new(spec: &'a Spec, typed: &'a Typed) -> Self {
        Defaults {
            spec,
            typed,
            refs: HashMap::new(),
            checked: HashMap::new(),
        }
    }

    /// Whether the `default` of the schema at `holder` (a typed pointer) fits the schema, with the
    /// problems found the first time it is asked (`None` after that, so each is reported once).
    fn check(&mut self, holder: &str) -> (bool, Option<Vec<String>>) {
        if let Some(&ok) = self.checked.get(holder) {
            return (ok, None);
        }
        let (source, file, ptr) = self.typed.source(self.spec, holder);
        let Some(schema) = source.node(file, &ptr) else {
            // Not in the spec as written (made up by a conversion): nothing to judge it on.
            self.checked.insert(holder.to_owned(), false);
            return (false, None);
        };
        let Some(value) = schema.get("default") else {
            self.checked.insert(holder.to_owned(), false);
            return (false, None);
        };
        let oas31 = crate::lint::version_of(source) == Some(crate::lint::rule::OAS31);
        // One map of references per spec (a 2.0 spec's conversion is another spec than the original).
        let refs = self
            .refs
            .entry(source as *const Spec as usize)
            .or_insert_with(|| RefMap::new(source));
        let mut validator = Validator::new(refs, oas31);
        let mut problems: Vec<String> = validator
            .validate(schema, value)
            .into_iter()
            .map(|p| match p.at.as_str() {
                "" => p.message,
                at => format!("at `{at}`, {}", p.message),
            })
            .collect();
        // A value the pattern's budget could not decide is not known to fit.
        problems.extend(validator.take_undecided().into_iter().map(|p| p.message));
        let ok = problems.is_empty();
        self.checked.insert(holder.to_owned(), ok);
        (ok, Some(problems))
    }
}

impl Builder<'_> {
    /// The `default` values of the schema `r` (used at `origin`) take, when it fits the schema: its own,
    /// else that of the schema its `$ref` names (3.0 ignores a `$ref`'s siblings) or of the one `allOf`
    /// member it wraps (a 3.1 `$ref` with siblings). One that does not fit is warned about, once.
    pub(super) fn schema_default(&mut self, r: SRef<'_>, origin: &str) -> Option<serde_json::Value> {
        let (value, holder) = self.find_default(r, origin)?;
        let (ok, problems) = self.defaults.check(&holder);
        if let Some(problems) = problems.filter(|p| !p.is_empty()) {
            let at = pointer::push(&holder, "default");
            let loc = self.typed.locate(self.spec, &at);
            self.diagnostics.push(
                Diagnostic::warning(
                    CODE,
                    format!(
                        "the `default` does not fit its schema ({}); the generated code does not apply it, and the value stays optional",
                        problems.join("; ")
                    ),
                )
                .at(loc.file, loc.pointer, loc.span)
                .with_help("change the default to a value the schema allows, or remove it"),
            );
        }
        ok.then_some(value)
    }

    /// The default and the typed pointer of the schema that holds it.
    fn find_default(&self, r: SRef<'_>, origin: &str) -> Option<(serde_json::Value, String)> {
        let (mut r, mut at) = (r, origin.to_owned());
        for _ in 0..MAX_HOPS {
            match r {
                SRef::Ref(reference) => {
                    let name = component_name(reference, "schemas")?;
                    at = pointer::join(["components", "schemas", name.as_str()]);
                    r = sref(self.openapi.components.as_ref()?.schemas.get(&name)?);
                }
                SRef::Item(s) => {
                    if let Some(d) = &s.schema_data.default {
                        return Some((d.clone(), at));
                    }
                    match &s.schema_kind {
                        SchemaKind::AllOf { all_of } if all_of.len() == 1 => {
                            at = pointer::push(&pointer::push(&at, "allOf"), "0");
                            r = sref(&all_of[0]);
                        }
                        _ => return None,
                    }
                }
            }
        }
        None
    }
}

/// Once every type is built: drops the defaults the generated code cannot apply (a list's, an
/// object's, a union's: the field stays optional, and its doc says what the spec's default is), and
/// keeps a type's own default only where the type has an `impl Default` of it (string enums and
/// checked scalars).
pub(super) fn settle(types: &mut [TypeDef]) {
    for id in 0..types.len() {
        if let Some(d) = &types[id].default
            && !(matches!(types[id].kind, TypeKind::Enum(_) | TypeKind::Newtype(_))
                && applies_default(types, &TypeRef::Named(id), d))
        {
            types[id].default = None;
        }
        let TypeKind::Struct(s) = &types[id].kind else { continue };
        let dropped: Vec<usize> = s
            .fields
            .iter()
            .enumerate()
            .filter(|(_, f)| f.default.as_ref().is_some_and(|d| !applies_default(types, &f.ty, d)))
            .map(|(i, _)| i)
            .collect();
        let TypeKind::Struct(s) = &mut types[id].kind else {
            continue;
        };
        for i in dropped {
            let f = &mut s.fields[i];
            let Some(d) = f.default.take() else { continue };
            let note = format!(
                "Default: `{}` (the generated type leaves it to you: `None` when absent).",
                serde_json::to_string(&d).unwrap_or_default()
            );
            f.description = Some(match f.description.take() {
                Some(text) => format!("{}\n\n{note}", text.trim_end()),
                None => note,
            });
        }
    }
}
