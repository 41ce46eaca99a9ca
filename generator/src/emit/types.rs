//! Type definitions: structs, string enums, unions and the validating newtypes.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{Options, docs, ident, pattern, rust_type};
use specgen_rt::check::Number;

use crate::ecma::Engine;
use crate::model::{
    Api, Checks, Field, Newtype, ScalarLiteral, Struct, TypeDef, TypeKind, TypeRef, Union, scalar_literal,
};

pub(super) fn all(api: &Api, options: &Options) -> TokenStream {
    api.types.iter().map(|t| def(api, t, options)).collect()
}

fn def(api: &Api, t: &TypeDef, options: &Options) -> TokenStream {
    let text = super::doc::with_example(t.description.as_deref(), t.example.as_ref());
    let doc = docs(Some(&text));
    let name = ident(&t.name);
    let own_default = type_default(t);
    let body = match &t.kind {
        TypeKind::Struct(s) => structure(api, &name, &doc, s, options),
        TypeKind::Enum(variants) => string_enum(&name, &doc, variants),
        TypeKind::Union(u) => union(api, &name, &doc, u),
        TypeKind::Newtype(n) => newtype(api, &name, &doc, n),
        TypeKind::Response(op) => super::server::response_enum(api, &api.operations[*op]),
        TypeKind::Alias(target) => {
            let target = rust_type(api, target);
            quote! {
                #doc
                pub type #name = #target;
            }
        }
        TypeKind::Wrapper(inner) => {
            let inner = rust_type(api, inner);
            quote! {
                #doc
                #[derive(Clone, Debug, PartialEq)]
                pub struct #name(pub #inner);
                rt::transparent!(#name);
            }
        }
    };
    quote!(#body #own_default)
}

/// `impl Default` of a string enum or checked scalar whose schema has a `default` (checked against the
/// schema when the model was built, so the value is built without its checks).
fn type_default(t: &TypeDef) -> TokenStream {
    let Some(value) = &t.default else {
        return TokenStream::new();
    };
    let value_expr = match &t.kind {
        TypeKind::Enum(variants) => match variants.iter().find(|v| value.as_str() == Some(v.wire.as_str())) {
            Some(v) => {
                let v = ident(&v.name);
                quote!(Self::#v)
            }
            None => return TokenStream::new(),
        },
        TypeKind::Newtype(n) => match scalar_literal(&n.inner, value) {
            Some(lit) => {
                let lit = literal(&n.inner, &lit);
                quote!(Self(#lit))
            }
            None => return TokenStream::new(),
        },
        _ => return TokenStream::new(),
    };
    let name = ident(&t.name);
    let doc = format!(
        " The spec's `default`, `{}`.",
        serde_json::to_string(value).unwrap_or_default()
    );
    quote! {
        impl Default for #name {
            #[doc = #doc]
            fn default() -> Self {
                #value_expr
            }
        }
    }
}

/// A scalar as a Rust literal of type `t` (a `String` built from a string literal); numbers suffixed,
/// so that they need no inference.
fn literal(t: &TypeRef, value: &ScalarLiteral) -> TokenStream {
    match (t, value) {
        (_, ScalarLiteral::Str(s)) => quote!(String::from(#s)),
        (_, ScalarLiteral::Bool(b)) => quote!(#b),
        (TypeRef::I32, ScalarLiteral::Int(i)) => {
            let lit = Literal::i32_suffixed(*i as i32);
            quote!(#lit)
        }
        (TypeRef::I64, ScalarLiteral::Int(i)) => {
            let lit = Literal::i64_suffixed(*i as i64);
            quote!(#lit)
        }
        (TypeRef::F32, ScalarLiteral::Float(f)) => float(Literal::f32_suffixed(*f as f32), quote!(f32)),
        (_, ScalarLiteral::Float(f)) => float(Literal::f64_suffixed(*f), quote!(f64)),
        (_, ScalarLiteral::Int(i)) => {
            let lit = Literal::i128_suffixed(*i);
            quote!(#lit)
        }
    }
}

/// A float literal. One with three significant digits or more may read to clippy as an approximation
/// of a constant (`3.14159` of `PI`, a denied lint), so it is a constant of its own, where the lint is
/// allowed for that one item.
fn float(lit: Literal, ty: TokenStream) -> TokenStream {
    let text = lit.to_string();
    let mantissa = text.split(['e', 'E', 'f']).next().unwrap_or_default();
    let digits = mantissa
        .trim_start_matches(['-', '0', '.'])
        .chars()
        .filter(char::is_ascii_digit)
        .count();
    if digits < 3 {
        return quote!(#lit);
    }
    quote!({
        #[allow(clippy::approx_constant)]
        const DEFAULT: #ty = #lit;
        DEFAULT
    })
}

/// A schema's `default` as an expression of type `t`, for the types the model applies defaults to
/// ([`crate::model::applies_default`]): a literal, a string enum's variant, the type's own `default()`,
/// or a checked type made from a literal the generator checked (`rt::de::preset`).
pub(super) fn default_expr(api: &Api, t: &TypeRef, value: &serde_json::Value) -> Option<TokenStream> {
    match t {
        TypeRef::Named(id) => {
            let def = &api.types[*id];
            let name = ident(&def.name);
            match &def.kind {
                TypeKind::Alias(inner) => default_expr(api, inner, value),
                _ if def.default.as_ref() == Some(value) => Some(quote!(#name::default())),
                TypeKind::Enum(variants) => {
                    let v = variants.iter().find(|v| value.as_str() == Some(v.wire.as_str()))?;
                    let v = ident(&v.name);
                    Some(quote!(#name::#v))
                }
                TypeKind::Newtype(n) => {
                    let lit = literal(&n.inner, &scalar_literal(&n.inner, value)?);
                    Some(quote!(rt::de::preset::<#name, _>(#lit)))
                }
                _ => None,
            }
        }
        TypeRef::Format(_) | TypeRef::BoundedString { .. } => {
            let lit = literal(&TypeRef::String, &scalar_literal(t, value)?);
            let ty = rust_type(api, t);
            Some(quote!(rt::de::preset::<#ty, _>(#lit)))
        }
        t => Some(literal(t, &scalar_literal(t, value)?)),
    }
}

fn field_doc(f: &Field) -> String {
    let mut text = super::doc::with_example(f.description.as_deref(), f.example.as_ref());
    if let Some(default) = &f.default {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&super::doc::labelled("Default (when absent)", default));
    }
    text
}

/// How a struct field holds its property: the presence rules live in the `rt::object!` impls.
#[derive(Clone, Copy, PartialEq)]
enum Holds {
    /// Required: `T` (`Option<T>` when nullable: present, maybe null).
    Required,
    /// Optional: `Option<T>`, absent is `None` (`Option<Option<T>>` when nullable: `Some(None)` is null).
    Optional,
    /// Optional with a `default`: `T` (`Option<T>` when nullable), absent is the default.
    Defaulted,
    /// Optional and nullable with the `optional_nullable_as_option` setting: `Option<T>`, absent and null
    /// both `None`.
    Flat,
}

fn holds(f: &Field, options: &Options) -> Holds {
    match (f.required, &f.default) {
        (true, _) => Holds::Required,
        (false, Some(_)) => Holds::Defaulted,
        (false, None) if f.nullable && options.optional_nullable_as_option => Holds::Flat,
        (false, None) => Holds::Optional,
    }
}

fn field_type(api: &Api, f: &Field, options: &Options) -> TokenStream {
    let inner = rust_type(api, &f.ty);
    match (holds(f, options), f.nullable) {
        (Holds::Required | Holds::Defaulted, false) => inner,
        (Holds::Optional, true) => quote!(Option<Option<#inner>>),
        _ => quote!(Option<#inner>),
    }
}

/// The value a field starts at when it is not given: its default (`Some` of it when nullable), else
/// `None`. `None` for a required field, which has no such value.
fn field_start(api: &Api, f: &Field, options: &Options) -> Option<TokenStream> {
    match holds(f, options) {
        Holds::Required => None,
        Holds::Defaulted => {
            let value = f.default.as_ref().and_then(|d| default_expr(api, &f.ty, d))?;
            Some(if f.nullable { quote!(Some(#value)) } else { value })
        }
        Holds::Optional | Holds::Flat => Some(quote!(None)),
    }
}

fn structure(api: &Api, name: &proc_macro2::Ident, doc: &TokenStream, s: &Struct, options: &Options) -> TokenStream {
    let fields = s.fields.iter().map(|f| {
        let fname = ident(&f.name);
        let ty = field_type(api, f, options);
        let doc = docs(Some(&field_doc(f)));
        quote! {
            #doc
            pub #fname: #ty,
        }
    });
    let extra = s.extra.as_ref().map(|t| {
        let t = rust_type(api, t);
        quote! {
            /// Properties beyond the named ones (`additionalProperties`).
            pub additional_properties: ::std::collections::BTreeMap<String, #t>,
        }
    });
    let serde = serde_object(api, name, s, options);
    let (derive_default, construct) = construction(api, name, s, options);
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq #derive_default)]
        pub struct #name {
            #(#fields)*
            #extra
        }
        #serde
        #construct
    }
}

/// How a struct is made besides a struct literal: with no required property, `Default` (derived when
/// every field starts at `None`, else written with the defaults); with required ones, `new` taking
/// exactly those. Fields stay public, so the others are set by name (`..Default::default()`, or
/// assignment after `new`); a `Default` that made up required values would build invalid objects.
fn construction(api: &Api, name: &proc_macro2::Ident, s: &Struct, options: &Options) -> (TokenStream, TokenStream) {
    let extra = s
        .extra
        .as_ref()
        .map(|_| quote!(additional_properties: ::std::collections::BTreeMap::new(),));
    let required: Vec<&Field> = s.fields.iter().filter(|f| f.required).collect();
    let starts: Vec<TokenStream> = s
        .fields
        .iter()
        .filter(|f| !f.required)
        .map(|f| {
            let fname = ident(&f.name);
            let start = field_start(api, f, options).unwrap_or_else(|| quote!(None));
            quote!(#fname: #start,)
        })
        .collect();
    if required.is_empty() {
        if s.fields.iter().all(|f| f.default.is_none()) {
            return (quote!(, Default), TokenStream::new());
        }
        let code = quote! {
            impl Default for #name {
                /// Every property absent (`None`), or at its `default` when the spec gives one.
                fn default() -> Self {
                    Self { #(#starts)* #extra }
                }
            }
        };
        return (TokenStream::new(), code);
    }
    let args = required.iter().map(|f| {
        let fname = ident(&f.name);
        let ty = field_type(api, f, options);
        quote!(#fname: #ty)
    });
    let names = required.iter().map(|f| ident(&f.name));
    // A struct literal would name each argument anyway; clippy's limit is for hand-written functions.
    let allow = (required.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let code = quote! {
        impl #name {
            /// A value with the required properties; the optional ones start absent (`None`), or at their
            /// `default` when the spec gives one: set them by name afterwards. (No `Default`: it would have
            /// to make up the required values.)
            #allow
            pub fn new(#(#args),*) -> Self {
                Self { #(#names,)* #(#starts)* #extra }
            }
        }
    };
    (TokenStream::new(), code)
}

/// serde of an object: `rt::object!(Name { req::field("wire"), ... })`, whose impls read one map (a
/// slot per property, the logic in `rt::de`) and write one (optional properties left out when absent).
fn serde_object(api: &Api, name: &proc_macro2::Ident, s: &Struct, options: &Options) -> TokenStream {
    let fields = s.fields.iter().map(|f| {
        let fname = ident(&f.name);
        let wire = &f.wire;
        match holds(f, options) {
            Holds::Required => quote!(req::#fname(#wire)),
            Holds::Optional => quote!(opt::#fname(#wire)),
            Holds::Flat => quote!(flat::#fname(#wire)),
            Holds::Defaulted => {
                let start = field_start(api, f, options);
                quote!(def::#fname(#wire, #start))
            }
        }
    });
    let rest = if s.extra.is_some() {
        quote!(, extra)
    } else if s.deny_unknown {
        // The end of serde's message for an unknown field.
        let expected = match s.fields.as_slice() {
            [] => "there are no fields".to_owned(),
            [f] => format!("expected `{}`", f.wire),
            fields => {
                let names: Vec<String> = fields.iter().map(|f| format!("`{}`", f.wire)).collect();
                format!("expected one of {}", names.join(", "))
            }
        };
        quote!(, deny #expected)
    } else {
        TokenStream::new()
    };
    quote! {
        rt::object!(#name #rest { #(#fields),* });
    }
}

fn string_enum(name: &proc_macro2::Ident, doc: &TokenStream, variants: &[crate::model::EnumVariant]) -> TokenStream {
    let idents: Vec<_> = variants.iter().map(|v| ident(&v.name)).collect();
    let wires: Vec<&str> = variants.iter().map(|v| v.wire.as_str()).collect();
    let count = Literal::usize_unsuffixed(variants.len());
    quote! {
        #doc
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[allow(clippy::enum_variant_names)]
        pub enum #name {
            #(#idents,)*
        }
        // `FromStr`, serde (as the wire value) and `Display`, through `ALL` and `as_str`.
        rt::string_enum!(#name);

        impl #name {
            /// Every value, in the order the spec lists them.
            pub const ALL: [Self; #count] = [#(Self::#idents),*];

            /// The value as sent on the wire.
            pub fn as_str(&self) -> &'static str {
                match self {
                    #(Self::#idents => #wires,)*
                }
            }
        }

    }
}

/// `Serialize` of a union: as the variant's value.
fn serialize_union(name: &proc_macro2::Ident, idents: &[proc_macro2::Ident]) -> TokenStream {
    quote! {
        impl rt::serde::Serialize for #name {
            fn serialize<S: rt::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self {
                    #(Self::#idents(v) => rt::serde::Serialize::serialize(v, s),)*
                }
            }
        }
    }
}

fn union(api: &Api, name: &proc_macro2::Ident, doc: &TokenStream, u: &Union) -> TokenStream {
    let idents: Vec<_> = u.variants.iter().map(|v| ident(&v.name)).collect();
    let types: Vec<_> = u.variants.iter().map(|v| rust_type(api, &v.ty)).collect();
    let ser = serialize_union(name, &idents);
    let read = read_union(u, &idents);
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq)]
        #[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
        pub enum #name {
            #(#idents(#types),)*
        }
        #ser
        impl<'de> rt::serde::Deserialize<'de> for #name {
            fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                #read
            }
        }
    }
}

/// The body of a union's `deserialize`.
fn read_union(u: &Union, idents: &[proc_macro2::Ident]) -> TokenStream {
    let Some(d) = &u.discriminator else {
        // Untagged: `oneOf` takes the one variant the value fits, `anyOf` the first, in order.
        if u.exactly_one {
            let names = u.variants.iter().map(|v| v.name.as_str());
            return quote!(rt::de::exactly_one(deserializer, &[#((#names, &rt::de::Variant(Self::#idents))),*]));
        }
        return quote!(rt::de::untagged(deserializer, &[#(&rt::de::Variant(Self::#idents)),*]));
    };
    // The discriminator picks the variant; the chosen variant's struct still reads the property itself.
    let property = &d.property;
    let arms = d.mapping.iter().map(|(value, idx)| {
        let v = &idents[*idx];
        quote!(Some(#value) => rt::serde_json::from_value(value).map(Self::#v).map_err(rt::serde::de::Error::custom),)
    });
    let allowed = d
        .mapping
        .iter()
        .map(|(v, _)| format!("`{v}`"))
        .collect::<Vec<_>>()
        .join(", ");
    quote! {
        let value = rt::serde_json::Value::deserialize(deserializer)?;
        let tag = value.get(#property).and_then(rt::serde_json::Value::as_str).map(str::to_owned);
        match tag.as_deref() {
            #(#arms)*
            Some(other) => Err(rt::serde::de::Error::custom(format!(
                "`{}` is {}, not one of {}", #property, rt::excerpt(other), #allowed
            ))),
            None => Err(rt::serde::de::Error::custom(format!("missing discriminator property `{}`", #property))),
        }
    }
}

/// What kind of value a newtype wraps.
enum Inner {
    Str,
    Int,
    Float,
    List,
}

fn newtype(api: &Api, name: &proc_macro2::Ident, doc: &TokenStream, n: &Newtype) -> TokenStream {
    let inner_ty = rust_type(api, &n.inner);
    let inner = match &n.inner {
        TypeRef::String => Inner::Str,
        TypeRef::I32 | TypeRef::I64 => Inner::Int,
        TypeRef::F32 | TypeRef::F64 => Inner::Float,
        _ => Inner::List,
    };
    let item_ty = match &n.inner {
        TypeRef::Vec(item) => rust_type(api, item),
        _ => TokenStream::new(),
    };
    let mut checks = checks(&n.checks, &inner, &n.inner);
    if checks.is_empty() {
        // Only constraints every value meets (`pattern: x*`).
        checks = quote!(let _ = value;);
    }
    let summary = summary(&n.checks);
    let check_doc = format!(" Checks a value against this type's constraints: {summary}.");
    // The impls every newtype of its kind shares come from one `rt` macro line; the checks are its own.
    let (derives, shared, check) = match inner {
        Inner::Str => (
            quote!(#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]),
            quote!(rt::checked_string!(#name);),
            quote!(pub fn check(value: &str) -> Result<(), rt::ValidationError> {
                #checks
                Ok(())
            }),
        ),
        Inner::Int | Inner::Float => (
            if matches!(inner, Inner::Int) {
                quote!(#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)])
            } else {
                quote!(#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)])
            },
            quote!(rt::checked_number!(#name, #inner_ty);),
            quote!(pub fn check(value: &#inner_ty) -> Result<(), rt::ValidationError> {
                let value = *value;
                #checks
                Ok(())
            }),
        ),
        Inner::List => (
            quote!(#[derive(Clone, Debug, PartialEq)]),
            quote!(rt::checked_list!(#name, #item_ty);),
            quote!(pub fn check(value: &[#item_ty]) -> Result<(), rt::ValidationError> {
                #checks
                Ok(())
            }),
        ),
    };
    quote! {
        #doc
        #derives
        pub struct #name(#inner_ty);
        #shared
        impl #name {
            #[doc = #check_doc]
            #check
        }
    }
}

/// A one-line summary of the constraints, for docs.
fn summary(c: &Checks) -> String {
    let mut parts = Vec::new();
    if let Some(n) = c.min_length {
        parts.push(format!("at least {n} characters"));
    }
    if let Some(n) = c.max_length {
        parts.push(format!("at most {n} characters"));
    }
    if let Some((p, _)) = &c.pattern {
        parts.push(format!("contains a match of `{p}`"));
    }
    if let Some(f) = c.format {
        parts.push(format!("format `{}`", f.wire()));
    }
    if let Some((m, ex)) = c.minimum {
        parts.push(format!("{} {m}", if ex { ">" } else { ">=" }));
    }
    if let Some((m, ex)) = c.maximum {
        parts.push(format!("{} {m}", if ex { "<" } else { "<=" }));
    }
    if let Some(m) = c.multiple_of {
        parts.push(format!("a multiple of {m}"));
    }
    if !c.one_of_values.is_empty() {
        let v: Vec<String> = c.one_of_values.iter().map(|v| v.to_string()).collect();
        parts.push(format!("one of {}", v.join(", ")));
    }
    if let Some(n) = c.min_items {
        parts.push(format!("at least {n} items"));
    }
    if let Some(n) = c.max_items {
        parts.push(format!("at most {n} items"));
    }
    if c.unique_items {
        parts.push("unique items".into());
    }
    parts.join(", ")
}

/// How a number newtype compares its value with the spec's literals: in its own type (literals
/// unsuffixed, so no casts), or, when a literal does not fit the type, in the next wider one. Integers
/// are compared as integers, exactly (`9007199254740993` is not `9007199254740992`).
struct Numbers {
    /// The wider type, when one is needed.
    wide: Option<Wide>,
    /// The `enum` members as the compared type reads them.
    literals: Vec<Number>,
}

#[derive(Clone, Copy, PartialEq)]
enum Wide {
    I64,
    /// i128 holds every integer a JSON number can name that i64 cannot, up to ±1.7e38.
    I128,
    /// An `f32`'s member past its range.
    F64,
}

impl Numbers {
    /// For a numeric `enum`: whether its values fit the type, else the wider type that holds them. An
    /// integer type's members are its integers; a fraction (or a float past i128) equals no value of it.
    fn new(c: &Checks, ty: &TypeRef) -> Self {
        let integer = matches!(ty, TypeRef::I32 | TypeRef::I64);
        let numbers = c
            .one_of_values
            .iter()
            .filter_map(serde_json::Value::as_number)
            .filter_map(Number::of_json);
        // A float type compares floats (`1` is the literal `1.0`).
        let literals: Vec<Number> = if integer {
            numbers.filter_map(Number::as_integer).map(Number::Int).collect()
        } else {
            numbers.map(|n| Number::Float(n.as_f64())).collect()
        };
        let (lowest, highest) = crate::model::numeric_range(ty);
        let within = |lo: Number, hi: Number| {
            literals
                .iter()
                .all(|v| v.compare(lo).is_some_and(|o| o.is_ge()) && v.compare(hi).is_some_and(|o| o.is_le()))
        };
        let wide = match ty {
            _ if within(lowest, highest) => None,
            TypeRef::I32 if within(i64::MIN.into(), i64::MAX.into()) => Some(Wide::I64),
            TypeRef::I32 | TypeRef::I64 => Some(Wide::I128),
            TypeRef::F32 => Some(Wide::F64),
            _ => None,
        };
        Numbers { wide, literals }
    }

    /// `let wide = i64::from(value);` when comparing in a wider type.
    fn widen(&self) -> TokenStream {
        match self.wide {
            Some(Wide::I64) => quote!(let wide = i64::from(value);),
            Some(Wide::I128) => quote!(let wide = i128::from(value);),
            Some(Wide::F64) => quote!(let wide = f64::from(value);),
            None => TokenStream::new(),
        }
    }

    /// The variable compared.
    fn value(&self) -> TokenStream {
        if self.wide.is_some() {
            quote!(wide)
        } else {
            quote!(value)
        }
    }

    /// The literals of the compared type.
    fn literals(&self) -> Vec<TokenStream> {
        let one = |v: &Number| {
            let lit = match (*v, self.wide) {
                (Number::Int(i), Some(Wide::I128)) => Literal::i128_unsuffixed(i),
                // Within i64 by `new`'s choice of the compared type.
                (Number::Int(i), _) => Literal::i64_unsuffixed(i as i64),
                (Number::Float(f), _) => Literal::f64_unsuffixed(f),
            };
            quote!(#lit)
        };
        self.literals.iter().map(one).collect()
    }
}

/// One runtime call per keyword (`rt::check::max_length(value, 40)?;`): the checks themselves live in
/// specgen-rt, where the linter runs them on the spec's examples too.
fn checks(c: &Checks, inner: &Inner, ty: &TypeRef) -> TokenStream {
    let mut out = TokenStream::new();
    let usize_lit = |n: u64| Literal::usize_unsuffixed(n as usize);
    if let Some(n) = c.min_length.filter(|&n| n > 0).map(usize_lit) {
        out.extend(quote!(rt::check::min_length(value, #n)?;));
    }
    if let Some(n) = c.max_length.map(usize_lit) {
        out.extend(quote!(rt::check::max_length(value, #n)?;));
    }
    if let Some((source, engine)) = &c.pattern {
        out.extend(pattern_check(source, engine));
    }
    if let Some(f) = c.format {
        let wire = f.wire();
        out.extend(quote!(rt::check::format(value, #wire)?;));
    }
    out.extend(number_checks(c, inner, ty));
    if let Some(n) = c.min_items.filter(|&n| n > 0).map(usize_lit) {
        out.extend(quote!(rt::check::min_items(value, #n)?;));
    }
    if let Some(n) = c.max_items.map(usize_lit) {
        out.extend(quote!(rt::check::max_items(value, #n)?;));
    }
    if c.unique_items {
        out.extend(quote!(rt::check::unique_items(value)?;));
    }
    out
}

/// `pattern`: a static [`rt::Pattern`] compiled on first use, searched by the runtime.
fn pattern_check(source: &str, engine: &Engine) -> TokenStream {
    let pattern = match engine {
        // The same test as the regex's, without a regex engine (see `pattern`).
        Engine::Linear(rust) if let Some(simple) = pattern::simple(rust) => {
            let test = pattern::emit(&simple);
            if test.to_string() == "true" {
                // Every string contains a match (`x*`): nothing to check.
                return TokenStream::new();
            }
            quote!(rt::Pattern::test(#source, |value| #test))
        }
        Engine::Linear(rust) => quote!(rt::Pattern::linear(#source, #rust)),
        // Needs a backtracking engine (lookaround or backreferences), run with a budget; specgen warned.
        Engine::Backtracking(_) => match crate::ecma::bounded(source) {
            Ok(fancy) => quote!(rt::Pattern::ecma(#source, #fancy)),
            Err(_) => quote!(rt::Pattern::undecidable(#source)),
        },
    };
    quote! {
        static PATTERN: rt::Pattern = #pattern;
        rt::check::pattern(value, &PATTERN)?;
    }
}

/// Bounds, `multipleOf` and numeric `enum`. Bounds the type meets by itself were dropped by the model;
/// the runtime compares a value with a bound of any size exactly (an int32 with `minimum: 3000000000`).
fn number_checks(c: &Checks, inner: &Inner, ty: &TypeRef) -> TokenStream {
    let integer = matches!(inner, Inner::Int);
    let mut out = TokenStream::new();
    if let Some((m, exclusive)) = c.minimum {
        let lit = number_literal(m, integer);
        let check = if exclusive {
            quote!(exclusive_minimum)
        } else {
            quote!(minimum)
        };
        out.extend(quote!(rt::check::#check(value, #lit)?;));
    }
    if let Some((m, exclusive)) = c.maximum {
        let lit = number_literal(m, integer);
        let check = if exclusive {
            quote!(exclusive_maximum)
        } else {
            quote!(maximum)
        };
        out.extend(quote!(rt::check::#check(value, #lit)?;));
    }
    if let Some(m) = c.multiple_of {
        let lit = number_literal(m, integer);
        out.extend(quote!(rt::check::multiple_of(value, #lit)?;));
    }
    if !c.one_of_values.is_empty() {
        let numbers = Numbers::new(c, ty);
        let widen = numbers.widen();
        let value = numbers.value();
        let values = numbers.literals();
        // No member the type can hold (`enum: [2.5]` of an integer): no value passes.
        let compared = match ty {
            _ if !values.is_empty() => TokenStream::new(),
            TypeRef::I32 => quote!(::<i32>),
            TypeRef::I64 => quote!(::<i64>),
            TypeRef::F32 => quote!(::<f32>),
            _ => quote!(::<f64>),
        };
        out.extend(quote! {
            #widen
            rt::check::one_of #compared (#value, &[#(#values),*])?;
        });
    }
    out
}

/// A bound as a literal the runtime compares exactly: unsuffixed when it is an `i32` or an `f64`
/// (what an unsuffixed literal is), else suffixed with the narrowest type that holds it.
fn number_literal(v: Number, integer: bool) -> TokenStream {
    let lit = match v {
        Number::Int(i) if integer && let Ok(i) = i32::try_from(i) => Literal::i32_unsuffixed(i),
        Number::Int(i) if integer && let Ok(i) = i64::try_from(i) => Literal::i64_suffixed(i),
        Number::Int(i) if integer => Literal::i128_suffixed(i),
        // A float type's integer bound, or an integer type's bound past i128: compared as a float.
        other => Literal::f64_unsuffixed(other.as_f64()),
    };
    quote!(#lit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::approx_constant)]
    fn floats_clippy_could_read_as_constants_are_constants_of_their_own() {
        let plain = float(Literal::f64_suffixed(0.5), quote!(f64)).to_string();
        assert_eq!(plain, "0.5f64");
        for v in [3.14159, -6.2831, 0.785398, 1.414] {
            let wrapped = float(Literal::f64_suffixed(v), quote!(f64)).to_string();
            assert!(
                wrapped.contains("approx_constant") && wrapped.contains("const DEFAULT"),
                "{wrapped}"
            );
        }
    }

    #[test]
    fn integer_literals_are_exact_and_suffixed() {
        let big = literal(&TypeRef::I64, &ScalarLiteral::Int(9_007_199_254_740_993)).to_string();
        assert_eq!(big, "9007199254740993i64");
        let small = literal(&TypeRef::I32, &ScalarLiteral::Int(-3)).to_string();
        assert_eq!(small.replace(' ', ""), "-3i32");
    }
}
