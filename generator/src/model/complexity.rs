//! Types too complex to write in one place. clippy's `type_complexity` (on by default) rejects a field or
//! signature whose type scores over 250: every named type scores ten times its nesting depth, and a
//! reference doubles the depth under it. Deeply nested maps and lists (`additionalProperties` of
//! `additionalProperties`, lists of lists of maps) get there; the inner parts of such a type are named
//! here (`pub type PetTagsValue = ...;`) until every place it is written in scores under the limit.

use super::{Api, Struct, TypeDef, TypeId, TypeKind, TypeRef};
use crate::naming::Scope;

/// clippy's default `type-complexity-threshold`.
const LIMIT: u32 = 250;

/// The score clippy gives `t` written at nesting depth `nest`.
fn score(t: &TypeRef, nest: u32) -> u32 {
    let here = 10 * nest;
    here + match t {
        TypeRef::Vec(inner) | TypeRef::Option(inner) | TypeRef::Box(inner) => score(inner, nest + 1),
        TypeRef::Map(inner) => 10 * (nest + 1) + score(inner, nest + 1),
        // `Map<String, Value>`, `Vec<u8>`.
        TypeRef::JsonObject => 20 * (nest + 1),
        TypeRef::Bytes => 10 * (nest + 1),
        _ => 0,
    }
}

/// Where a type is written: how deep, and with what score around it already.
#[derive(Clone, Copy)]
struct Place {
    nest: u32,
    around: u32,
}

/// A place at depth `nest` under `wrappers` `Option`s (a field's `Option<Option<T>>`).
fn under_options(wrappers: u32) -> Place {
    Place {
        nest: 1 + wrappers,
        around: (1..=wrappers).map(|n| 10 * n).sum(),
    }
}

/// Names the inner parts of every type that would be too complex where it is written.
pub(super) fn name_complex_types(api: &mut Api, scope: &mut Scope) {
    // New aliases are appended and checked in turn (an alias's own target can be too complex to sit
    // inside a type parameter of its user, but an alias itself is never scored).
    let mut id = 0;
    while id < api.types.len() {
        for (place, slot) in places(api, id) {
            simplify(&mut api.types, scope, id, slot, place);
        }
        id += 1;
    }
    for op in 0..api.operations.len() {
        simplify_body(api, scope, op);
    }
}

/// Which type reference of a definition is meant.
#[derive(Clone, Copy)]
enum Slot {
    Field(usize),
    Extra,
    Variant(usize),
    Newtype,
}

/// The places of a definition's type references: fields, the flattened extra map, union variants, a
/// newtype's inner value (also written as `&[Item]` in its `check`).
fn places(api: &Api, id: TypeId) -> Vec<(Place, Slot)> {
    match &api.types[id].kind {
        TypeKind::Struct(s) => struct_places(s),
        TypeKind::Union(u) => (0..u.variants.len())
            .map(|i| (under_options(0), Slot::Variant(i)))
            .collect(),
        // `check(value: &[Item])`: the item sits under a reference and a slice.
        TypeKind::Newtype(n) if matches!(n.inner, TypeRef::Vec(_)) => {
            vec![(Place { nest: 2, around: 12 }, Slot::Newtype)]
        }
        TypeKind::Newtype(_) | TypeKind::Wrapper(_) => vec![(under_options(0), Slot::Newtype)],
        _ => Vec::new(),
    }
}

fn struct_places(s: &Struct) -> Vec<(Place, Slot)> {
    let mut out: Vec<(Place, Slot)> = s
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| (under_options(f.options()), Slot::Field(i)))
        .collect();
    if s.extra.is_some() {
        // `BTreeMap<String, T>`
        out.push((Place { nest: 2, around: 30 }, Slot::Extra));
    }
    out
}

fn slot_mut(types: &mut [TypeDef], id: TypeId, slot: Slot) -> Option<&mut TypeRef> {
    match (&mut types[id].kind, slot) {
        (TypeKind::Struct(s), Slot::Field(i)) => s.fields.get_mut(i).map(|f| &mut f.ty),
        (TypeKind::Struct(s), Slot::Extra) => s.extra.as_mut(),
        (TypeKind::Union(u), Slot::Variant(i)) => u.variants.get_mut(i).map(|v| &mut v.ty),
        (TypeKind::Newtype(n), Slot::Newtype) => match &mut n.inner {
            TypeRef::Vec(item) => Some(item),
            other => Some(other),
        },
        (TypeKind::Wrapper(inner), Slot::Newtype) => Some(inner),
        _ => None,
    }
}

/// Hoists parts of the type in `slot` of `id` into aliases until it scores under the limit.
fn simplify(types: &mut Vec<TypeDef>, scope: &mut Scope, id: TypeId, slot: Slot, place: Place) {
    let owner = types[id].name.clone();
    loop {
        let Some(t) = slot_mut(types, id, slot) else { return };
        if place.around + score(t, place.nest) <= LIMIT {
            return;
        }
        let Some(part) = heaviest_part(t) else { return };
        let hinted = match &part {
            TypeRef::Vec(_) => "Items",
            _ => "Value",
        };
        let name = scope.claim_derived(&format!("{owner} {hinted}"));
        types.push(TypeDef {
            name,
            description: None,
            example: None,
            origin: types[id].origin.clone(),
            kind: TypeKind::Alias(part.clone()),
            default: None,
        });
        let alias = TypeRef::Named(types.len() - 1);
        if let Some(t) = slot_mut(types, id, slot) {
            replace_first(t, &part, &alias);
        }
    }
}

/// The body type of an operation's method arguments: written as `Option<&T>` in the client at worst.
fn simplify_body(api: &mut Api, scope: &mut Scope, op: usize) {
    let Some(body) = &api.operations[op].body else { return };
    // `Option<&T>`: the `Option` at 1, the reference doubling the depth to 4.
    let place = Place { nest: 4, around: 11 };
    let mut t = body.ty.clone();
    let owner = format!("{} Request", api.operations[op].name);
    while place.around + score(&t, place.nest) > LIMIT {
        let Some(part) = heaviest_part(&t) else { break };
        let name = scope.claim_derived(&format!("{owner} Value"));
        api.types.push(TypeDef {
            name,
            description: None,
            example: None,
            origin: api.operations[op].origin.clone(),
            kind: TypeKind::Alias(part.clone()),
            default: None,
        });
        let alias = TypeRef::Named(api.types.len() - 1);
        if !replace_first(&mut t, &part, &alias) {
            break;
        }
    }
    if let Some(body) = &mut api.operations[op].body {
        body.ty = t;
    }
}

/// The container directly inside `t` (below its outermost container) that weighs most: naming it
/// removes the most from `t`'s score. `None` when `t` holds no container.
fn heaviest_part(t: &TypeRef) -> Option<TypeRef> {
    let inner = match t {
        TypeRef::Vec(inner) | TypeRef::Option(inner) | TypeRef::Box(inner) | TypeRef::Map(inner) => inner,
        _ => return None,
    };
    match **inner {
        TypeRef::Vec(_) | TypeRef::Option(_) | TypeRef::Box(_) | TypeRef::Map(_) | TypeRef::JsonObject => {
            Some((**inner).clone())
        }
        // `Option<Option<Map<..>>>`: look one level further.
        _ => heaviest_part(inner),
    }
}

/// Replaces the first occurrence of `part` in `t` (outermost first) by `with`.
fn replace_first(t: &mut TypeRef, part: &TypeRef, with: &TypeRef) -> bool {
    if t == part {
        *t = with.clone();
        return true;
    }
    match t {
        TypeRef::Vec(inner) | TypeRef::Option(inner) | TypeRef::Box(inner) | TypeRef::Map(inner) => {
            replace_first(inner, part, with)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(t: TypeRef) -> TypeRef {
        TypeRef::Map(Box::new(t))
    }

    #[test]
    fn scores_follow_clippy() {
        // `Option<BTreeMap<String, i64>>` at depth 1: 10 + 20 + 30 + 30.
        let t = TypeRef::Option(Box::new(map(TypeRef::I64)));
        assert_eq!(score(&t, 1), 90);
        let deep = map(map(map(TypeRef::Vec(Box::new(TypeRef::Vec(Box::new(map(
            TypeRef::I64,
        ))))))));
        assert!(score(&deep, 2) > LIMIT);
        let named = heaviest_part(&deep).unwrap();
        assert_eq!(
            named,
            map(map(TypeRef::Vec(Box::new(TypeRef::Vec(Box::new(map(TypeRef::I64)))))))
        );
    }
}
