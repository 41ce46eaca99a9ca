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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::load::{LoadOptions, Spec};
    use crate::model::{Api, Field, TypeKind};

    fn model(version: &str, schemas: &str) -> (Api, Vec<String>) {
        let text = format!(
            "openapi: {version}\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}"
        );
        let spec = Spec::from_text("t.yaml", text, &LoadOptions::default());
        let typed = spec.typed().unwrap_or_else(|e| panic!("{e:?}"));
        let (api, diagnostics) = super::super::build(&spec, &typed);
        let warnings = diagnostics
            .iter()
            .map(|d| format!("{} {}", d.code, d.location.as_ref().unwrap().pointer))
            .collect();
        (api, warnings)
    }

    fn field<'a>(api: &'a Api, ty: &str, name: &str) -> &'a Field {
        let t = api.types.iter().find(|t| t.name == ty).unwrap();
        let TypeKind::Struct(s) = &t.kind else {
            panic!("{ty} is not a struct")
        };
        s.fields.iter().find(|f| f.name == name).unwrap()
    }

    #[test]
    fn defaults_follow_refs_and_required_wins() {
        let (api, warnings) = model(
            "3.0.3",
            "    N: {type: integer, minimum: 1, default: 15}\n    T:\n      type: object\n      required: [r]\n      properties:\n        r: {type: integer, default: 1}\n        n: {$ref: '#/components/schemas/N'}\n        s: {type: string, default: x}\n        l: {type: array, items: {type: string}, default: [a]}\n        bad: {type: integer, maximum: 0, default: 1}\n",
        );
        assert_eq!(field(&api, "T", "r").default, None, "required wins");
        assert_eq!(field(&api, "T", "n").default, Some(json!(15)), "through the $ref");
        assert_eq!(field(&api, "T", "s").default, Some(json!("x")));
        let l = field(&api, "T", "l");
        assert_eq!(l.default, None, "a list's default is not applied");
        assert!(
            l.description.as_deref().unwrap().contains("Default: `[\"a\"]`"),
            "{l:?}"
        );
        assert_eq!(field(&api, "T", "bad").default, None);
        assert_eq!(
            warnings,
            ["default-not-applied /components/schemas/T/properties/bad/default"]
        );
        let n = api.types.iter().find(|t| t.name == "N").unwrap();
        assert_eq!(n.default, Some(json!(15)), "the newtype's own `impl Default`");
    }

    #[test]
    fn a_default_past_the_types_range_or_of_another_kind_is_not_applied() {
        let (api, _) = model(
            "3.0.3",
            "    T:\n      type: object\n      properties:\n        small: {type: integer, format: int32, default: 3000000000}\n        exact: {type: integer, format: int64, default: 9007199254740993}\n        half: {type: integer, default: 2.0}\n",
        );
        // The linter reads `int32`'s range too, so the first is refused before it is typed.
        assert_eq!(field(&api, "T", "small").default, None);
        assert_eq!(
            field(&api, "T", "exact").default,
            Some(json!(9_007_199_254_740_993_i64))
        );
        assert_eq!(
            field(&api, "T", "half").default,
            Some(json!(2.0)),
            "a whole number is an integer"
        );
    }

    #[test]
    fn a_31_sibling_of_ref_is_the_default() {
        let (api, warnings) = model(
            "3.1.0",
            "    N: {type: integer, minimum: 1}\n    T:\n      type: object\n      properties:\n        n: {$ref: '#/components/schemas/N', default: 4}\n        m: {$ref: '#/components/schemas/N', default: 0}\n",
        );
        assert_eq!(field(&api, "T", "n").default, Some(json!(4)));
        assert_eq!(field(&api, "T", "m").default, None);
        assert_eq!(
            warnings,
            ["default-not-applied /components/schemas/T/properties/m/default"]
        );
    }
}
