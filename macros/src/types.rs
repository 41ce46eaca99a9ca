//! Types as written: whether a user's type is the generated one, and how to show and name it.
//!
//! A proc macro sees tokens, not resolved types, so types compare by the names they end in:
//! `api::Token`, `crate::api::Token` and `Token` are all the generated `Token`. rustc still checks
//! the impl against the trait afterwards; this check is there to say what was expected, in the
//! user's terms, at the user's parameter.

use quote::ToTokens;
use syn::{GenericArgument, PathArguments, Type};

/// Names the generated code uses unqualified that are not its own (the prelude and primitives).
const PRELUDE: &[&str] = &[
    "String", "Vec", "Option", "Box", "bool", "i32", "i64", "f32", "f64", "u8",
];

/// Whether `found` names the same type as `expected`: the same last path segment with the same
/// arguments, whatever path leads to it.
pub fn same(expected: &Type, found: &Type) -> bool {
    match (unwrap(expected), unwrap(found)) {
        (Type::Path(e), Type::Path(f)) if e.qself.is_none() && f.qself.is_none() => {
            match (e.path.segments.last(), f.path.segments.last()) {
                (Some(e), Some(f)) => e.ident == f.ident && same_arguments(&e.arguments, &f.arguments),
                _ => false,
            }
        }
        // Lifetimes are rustc's to check: `&[&str]` and `&'a [&'a str]` are the hook's `scopes`.
        (Type::Reference(e), Type::Reference(f)) => {
            e.mutability.is_some() == f.mutability.is_some() && same(&e.elem, &f.elem)
        }
        (Type::Slice(e), Type::Slice(f)) => same(&e.elem, &f.elem),
        (e, f) => show(e) == show(f),
    }
}

fn same_arguments(expected: &PathArguments, found: &PathArguments) -> bool {
    match (expected, found) {
        (PathArguments::None, PathArguments::None) => true,
        (PathArguments::AngleBracketed(e), PathArguments::AngleBracketed(f)) => {
            e.args.len() == f.args.len()
                && e.args.iter().zip(&f.args).all(|pair| match pair {
                    (GenericArgument::Type(e), GenericArgument::Type(f)) => same(e, f),
                    (e, f) => e.to_token_stream().to_string() == f.to_token_stream().to_string(),
                })
        }
        _ => false,
    }
}

/// Parentheses and invisible groups (from `macro_rules!` fragments) do not change a type.
fn unwrap(ty: &Type) -> &Type {
    match ty {
        Type::Paren(p) => unwrap(&p.elem),
        Type::Group(g) => unwrap(&g.elem),
        t => t,
    }
}

/// A type or path as people write it: `Option<Token>`, not `Option < Token >`.
pub fn show(tokens: &impl ToTokens) -> String {
    let text = tokens.to_token_stream().to_string();
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let prev = out.chars().last();
        let drop = c == ' '
            && (matches!(next, Some('<' | '>' | ',' | ')' | ']'))
                || (next == Some(':') && prev != Some(','))
                || matches!(prev, Some('<' | ':' | '&' | '(' | '[')));
        if !drop {
            out.push(c);
        }
    }
    // `&'a` and `dyn` keep their space before a name; `->` and `=` read better with spaces.
    out.replace("->", " -> ").replace("  ", " ")
}

/// `ty` with every name the generated module defines prefixed by `module`, so that it resolves
/// where the impl is (`Token` becomes `api::Token` for `impl api::SomeApi for ...`).
pub fn qualify(ty: &mut Type, module: &syn::Path) {
    let p = match ty {
        Type::Reference(r) => return qualify(&mut r.elem, module),
        Type::Slice(s) => return qualify(&mut s.elem, module),
        Type::Path(p) => p,
        _ => return,
    };
    if p.qself.is_some() {
        return;
    }
    for segment in &mut p.path.segments {
        if let PathArguments::AngleBracketed(args) = &mut segment.arguments {
            for arg in &mut args.args {
                if let GenericArgument::Type(t) = arg {
                    qualify(t, module);
                }
            }
        }
    }
    let local = p
        .path
        .segments
        .first()
        .is_some_and(|s| !PRELUDE.contains(&s.ident.to_string().as_str()) && s.ident != "Self");
    if p.path.leading_colon.is_none() && local {
        let mut path = module.clone();
        path.segments.extend(p.path.segments.iter().cloned());
        p.path = path;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(s: &str) -> Type {
        syn::parse_str(s).unwrap()
    }

    #[test]
    fn same_ignores_the_path_to_a_name() {
        assert!(same(&ty("Option<Token>"), &ty("std::option::Option<api::Token>")));
        assert!(same(
            &ty("rt::BoundedString<1, 5>"),
            &ty("api::rt::BoundedString<1, 5>")
        ));
        assert!(!same(&ty("rt::BoundedString<1, 5>"), &ty("rt::BoundedString<1, 6>")));
        assert!(!same(&ty("Option<Token>"), &ty("Token")));
        assert!(!same(&ty("CourseOfferingsOfferingSidPath"), &ty("String")));
        assert!(same(&ty("::serde_json::Value"), &ty("serde_json::Value")));
        assert!(same(&ty("&rt::RequestContext"), &ty("&api::rt::RequestContext")));
        assert!(same(&ty("&[&str]"), &ty("&'a [&'a str]")));
        assert!(!same(&ty("&[&str]"), &ty("&mut [&str]")));
        assert!(!same(&ty("&[&str]"), &ty("&[String]")));
    }

    #[test]
    fn shows_types_compactly() {
        assert_eq!(show(&ty("Option < Token >")), "Option<Token>");
        assert_eq!(
            show(&ty("::serde_json::Map<String, ::serde_json::Value>")),
            "::serde_json::Map<String, ::serde_json::Value>"
        );
        assert_eq!(show(&ty("& 'static str")), "&'static str");
        assert_eq!(show(&ty("Vec<(u8, u8)>")), "Vec<(u8, u8)>");
    }

    #[test]
    fn qualifies_generated_names_only() {
        let module: syn::Path = syn::parse_str("crate::api").unwrap();
        let mut t = ty("Option<Vec<rt::Email>>");
        qualify(&mut t, &module);
        assert_eq!(show(&t), "Option<Vec<crate::api::rt::Email>>");
        let mut t = ty("::std::collections::BTreeMap<String, Thing>");
        qualify(&mut t, &module);
        assert_eq!(show(&t), "::std::collections::BTreeMap<String, crate::api::Thing>");
        let mut t = ty("Option<Self::Principal>");
        qualify(&mut t, &module);
        assert_eq!(show(&t), "Option<Self::Principal>");
        let mut t = ty("&rt::RequestContext");
        qualify(&mut t, &module);
        assert_eq!(show(&t), "&crate::api::rt::RequestContext");
    }
}
