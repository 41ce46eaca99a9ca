//! `#[handlers(spec = "...")]` on `impl RouteTrait for Type`: every mismatch with the spec as an error
//! at the user's own tokens, then the impl (made whole, so rustc adds no second report of the same
//! problem) and `Type::into_router`.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use specgen::generate::{Hook, RouteTrait, Signature};
use syn::ext::IdentExt;
use syn::parse::Parser;
use syn::{FnArg, ImplItem, ImplItemFn, ItemImpl, ReceiverKind, ReturnType, Type};

use crate::options::{self, Options};
use crate::types::{qualify, same, show};

const OPTIONS: &[&str] = &["spec", "root_dir", "not_implemented"];

/// How many operations a help lists before saying how many more there are.
const LISTED: usize = 8;

pub fn expand(attr: TokenStream, item: TokenStream) -> TokenStream {
    match expansion(attr, item.clone()) {
        Ok(out) => out,
        // The impl stays as written: what rustc says about it is still true.
        Err(e) => {
            let mut out = e.to_compile_error();
            out.extend(item);
            out
        }
    }
}

fn expansion(attr: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    let options = (|input: syn::parse::ParseStream| Options::parse(input, OPTIONS, false)).parse2(attr)?;
    let lit = options.spec(Span::call_site(), "`#[handlers(spec = \"path/to/spec.yaml\")]`")?;
    let path = options::readable(lit)?;
    let route = options
        .generator()
        .route_trait(&path)
        .map_err(|e| options::spec_error(e, lit.span()))?;
    if route.methods.is_empty() {
        return Err(syn::Error::new(
            lit.span(),
            format!("`{}` has no operations, so no route trait to implement", lit.value()),
        ));
    }
    let (imp, trait_path) = route_impl(item, &route, lit)?;
    // The generated module is wherever the trait is: `api::SomeApi` puts `router` at `api::router`.
    let mut module = trait_path.clone();
    module.segments.pop();
    module.segments.pop_punct();
    let check = Check {
        route: &route,
        module: (!module.segments.is_empty()).then_some(&module),
        spec: lit.value(),
        principal: None,
    };

    let mut errors: Vec<syn::Error> = Vec::new();
    let mut implemented = vec![false; route.methods.len()];
    let mut hooked = vec![false; route.hooks.len()];
    let mut items = Vec::new();
    let principal = imp.items.iter().find_map(|item| match item {
        ImplItem::Type(t) if t.ident == "Principal" => Some(&t.ty),
        _ => None,
    });
    let check = Check { principal, ..check };
    for item in &imp.items {
        let ImplItem::Fn(f) = item else {
            items.push(item.to_token_stream());
            continue;
        };
        let name = f.sig.ident.unraw().to_string();
        if let Some(index) = route.hooks.iter().position(|h| unraw(&h.name) == name) {
            hooked[index] = true;
            let h = &route.hooks[index];
            let problems = check.hook(f, h);
            if problems.is_empty() {
                items.push(item.to_token_stream());
            } else {
                // Whole again, so that rustc adds no second report of the same problem.
                errors.extend(problems);
                items.push(check.stub_fn(&h.name, &h.args, &h.output, "the impl has errors"));
            }
            continue;
        }
        let Some(index) = route.methods.iter().position(|m| unraw(&m.name) == name) else {
            errors.push(check.unknown(&f.sig.ident));
            continue;
        };
        implemented[index] = true;
        let problems = check.method(f, &route.methods[index]);
        if problems.is_empty() {
            items.push(item.to_token_stream());
        } else {
            errors.extend(problems);
            items.push(check.stub(&route.methods[index]));
        }
    }
    let missing: Vec<&Signature> = route
        .methods
        .iter()
        .zip(&implemented)
        .filter_map(|(m, done)| (!done).then_some(m))
        .collect();
    let not_implemented = options.not_implemented.as_ref().is_some_and(|b| b.value);
    if !missing.is_empty() && !not_implemented {
        let (impl_token, generics, self_ty) = (&imp.impl_token, &imp.generics, &imp.self_ty);
        let header = quote!(#impl_token #generics #trait_path for #self_ty);
        errors.push(syn::Error::new_spanned(header, check.missing(&missing)));
    }
    items.extend(missing.iter().map(|m| check.stub(m)));
    // Authentication has no stand-in: a hook that accepted every credential would open the API, so
    // each is written by the user, `not_implemented` or not.
    let missing_hooks: Vec<&Hook> = route
        .hooks
        .iter()
        .zip(&hooked)
        .filter_map(|(h, done)| (!done).then_some(h))
        .collect();
    let missing_principal = !route.hooks.is_empty() && principal.is_none();
    if !missing_hooks.is_empty() || missing_principal {
        let (impl_token, generics, self_ty) = (&imp.impl_token, &imp.generics, &imp.self_ty);
        let header = quote!(#impl_token #generics #trait_path for #self_ty);
        errors.push(syn::Error::new_spanned(
            header,
            check.missing_auth(&missing_hooks, missing_principal),
        ));
        items.push(check.auth_stubs(&missing_hooks, missing_principal));
    }

    let errors = errors.iter().map(syn::Error::to_compile_error);
    let ItemImpl {
        attrs,
        unsafety,
        impl_token,
        generics,
        self_ty,
        ..
    } = &imp;
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let into_router = check.router_method(&trait_path, not_implemented.then_some(missing.as_slice()));
    let track = options::track(&route.inputs);
    Ok(quote! {
        #(#errors)*
        #(#attrs)*
        #unsafety #impl_token #impl_generics #trait_path for #self_ty #where_clause {
            #(#items)*
        }
        // Not every program serves every implementation it has.
        #[allow(dead_code)]
        impl #impl_generics #self_ty #where_clause {
            #into_router
        }
        #track
    })
}

/// The item as an impl of the spec's route trait, and the trait's path as written.
fn route_impl(item: TokenStream, route: &RouteTrait, lit: &syn::LitStr) -> syn::Result<(ItemImpl, syn::Path)> {
    let misplaced = format!(
        "`#[handlers]` goes on an impl of the spec's route trait: `impl {} for YourType {{ .. }}`",
        route.name
    );
    let imp: ItemImpl = syn::parse2(item.clone()).map_err(|_| {
        let first = item.into_iter().next().map_or_else(Span::call_site, |t| t.span());
        syn::Error::new(first, &misplaced)
    })?;
    let Some((trait_path, _)) = &imp.trait_ else {
        return Err(syn::Error::new_spanned(&imp.self_ty, misplaced));
    };
    let trait_name = trait_path.segments.last().map(|s| s.ident.unraw().to_string());
    if trait_name.as_deref() != Some(route.name.as_str()) {
        return Err(syn::Error::new_spanned(
            trait_path,
            format!(
                "expected the route trait of `{}`, `{}`, found `{}`",
                lit.value(),
                route.name,
                show(trait_path)
            ),
        ));
    }
    let trait_path = trait_path.clone();
    Ok((imp, trait_path))
}

/// `r#type` and `type` are the same method.
fn unraw(name: &str) -> &str {
    name.strip_prefix("r#").unwrap_or(name)
}

/// An async method as the user writes it: `async fn name(&self, a: A) -> R`.
fn written(name: &str, args: &[(String, TokenStream)], output: &TokenStream) -> String {
    let args: String = args
        .iter()
        .map(|(name, ty)| format!(", {name}: {}", show(ty)))
        .collect();
    format!("async fn {}(&self{args}) -> {}", unraw(name), show(output))
}

/// What one impl is checked against.
struct Check<'a> {
    route: &'a RouteTrait,
    module: Option<&'a syn::Path>,
    spec: String,
    /// The impl's `type Principal = ..;`, which its methods may name instead of `Self::Principal`.
    principal: Option<&'a Type>,
}

/// Where a method's future comes from: `async fn` or `-> impl Future<Output = T> (+ Send)`.
enum Output<'a> {
    Type(&'a Type),
    /// `async fn` with no `->`: `()`.
    Unit,
    /// Neither: not a handler's shape at all.
    NotAFuture(&'a Type),
}

impl Check<'_> {
    /// A generated type, parsed (the generator writes valid types; `None` would be its bug).
    fn parse(tokens: &TokenStream) -> Option<Type> {
        syn::parse2(tokens.clone()).ok()
    }

    /// How the method for `m` is written, as a note under each problem with it.
    fn expected(&self, m: &Signature) -> String {
        written(&m.name, &m.args, &m.response)
    }

    fn note(&self, m: &Signature) -> String {
        format!(
            "= note: operation `{}` (`{} {}`) is handled by\n        {}",
            m.operation_id,
            m.method.to_uppercase(),
            m.path,
            self.expected(m)
        )
    }

    fn unknown(&self, ident: &syn::Ident) -> syn::Error {
        let name = ident.unraw().to_string();
        let names = self.route.methods.iter().map(|m| unraw(&m.name));
        let names = names.chain(self.route.hooks.iter().map(|h| unraw(&h.name)));
        let message = match options::closest(&name, names) {
            Some(best) => format!("no operation `{name}` in spec; did you mean `{best}`?"),
            None => {
                let all: Vec<String> = self
                    .route
                    .methods
                    .iter()
                    .take(LISTED)
                    .map(|m| format!("`{}`", unraw(&m.name)))
                    .collect();
                let more = self.route.methods.len().saturating_sub(LISTED);
                let more = if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                };
                format!(
                    "no operation `{name}` in spec\n= note: `{}` has {}{more}",
                    self.spec,
                    all.join(", ")
                )
            }
        };
        syn::Error::new(ident.span(), message)
    }

    /// How the hook `h` is written.
    fn expected_hook(&self, h: &Hook) -> String {
        written(&h.name, &h.args, &h.output)
    }

    /// What is missing of authentication: hooks, the principal type.
    fn missing_auth(&self, hooks: &[&Hook], principal: bool) -> String {
        let mut what = Vec::new();
        if principal {
            what.push("`type Principal`".to_owned());
        }
        what.extend(hooks.iter().map(|h| format!("`{}`", unraw(&h.name))));
        let mut text = format!("the spec's security needs authentication, missing: {}", what.join(", "));
        if principal {
            text.push_str(
                "\n= help: name who a request comes from, as the authentication methods find it \
                 (the methods of operations with security receive it):\n        type Principal = YourUser;",
            );
        }
        if !hooks.is_empty() {
            text.push_str("\n= help: authenticate each scheme's credential (`Err` answers 401 or 403):");
            for h in hooks {
                text.push_str(&format!("\n        {} {{ todo!() }}", self.expected_hook(h)));
            }
        }
        text
    }

    fn missing(&self, missing: &[&Signature]) -> String {
        let ids: Vec<String> = missing.iter().map(|m| format!("`{}`", m.operation_id)).collect();
        let mut text = format!("not all operations implemented, missing: {}", ids.join(", "));
        text.push_str("\n= help: implement the missing operations:");
        for m in missing.iter().take(LISTED) {
            text.push_str(&format!("\n        {} {{ todo!() }}", self.expected(m)));
        }
        if missing.len() > LISTED {
            text.push_str(&format!("\n        ... and {} more", missing.len() - LISTED));
        }
        text.push_str(&format!(
            "\n= help: or answer them `501 Not Implemented`: `#[handlers(spec = \"{}\", not_implemented)]`",
            self.spec
        ));
        text
    }

    /// Every problem of one method against its operation's signature.
    fn method(&self, f: &ImplItemFn, m: &Signature) -> Vec<syn::Error> {
        let shape = Shape {
            what: format!("operation `{}`", m.operation_id),
            args: &m.args,
            output: &m.response,
            note: self.note(m),
        };
        self.shape(f, &shape)
    }

    /// Every problem of one authentication method against the hook of its scheme.
    fn hook(&self, f: &ImplItemFn, h: &Hook) -> Vec<syn::Error> {
        let shape = Shape {
            what: format!("the authentication of scheme `{}`", h.scheme),
            args: &h.args,
            output: &h.output,
            note: format!(
                "= note: security scheme `{}` is authenticated by\n        {}",
                h.scheme,
                self.expected_hook(h)
            ),
        };
        self.shape(f, &shape)
    }

    /// Whether a type the user wrote is the expected one; `Self::Principal` may be written as the
    /// impl's principal type.
    fn same(&self, expected: &Type, found: &Type) -> bool {
        same(expected, found)
            || self.principal.is_some_and(|principal| {
                let mut expected = expected.clone();
                substitute_principal(&mut expected, principal);
                same(&expected, found)
            })
    }

    /// An expected type as the user reads it: `Self::Principal` also as the impl's type for it.
    fn shown(&self, expected: &Type) -> String {
        let plain = format!("`{}`", show(expected));
        let Some(principal) = self.principal else { return plain };
        let mut substituted = expected.clone();
        substitute_principal(&mut substituted, principal);
        let substituted = show(&substituted);
        if substituted == show(expected) {
            plain
        } else {
            format!("{plain} (`{substituted}` in this impl)")
        }
    }

    /// Every problem of one method against the signature it must have.
    fn shape(&self, f: &ImplItemFn, m: &Shape<'_>) -> Vec<syn::Error> {
        let sig = &f.sig;
        let mut errors = Vec::new();
        let error = |span: Span, message: String| syn::Error::new(span, format!("{message}\n{}", m.note));
        match sig.receiver() {
            Some(r) if matches!(r.kind, ReceiverKind::Reference(_, _, None)) => {}
            Some(r) => errors.push(syn::Error::new_spanned(
                r,
                format!("expected `&self`, found `{}`\n{}", show(r), m.note),
            )),
            None => errors.push(error(
                sig.paren_token.span.join(),
                "a handler is a method: expected `&self` first".to_owned(),
            )),
        }
        let params: Vec<&syn::PatType> = sig
            .inputs
            .iter()
            .filter_map(|a| match a {
                FnArg::Typed(t) => Some(t),
                FnArg::Receiver(_) => None,
            })
            .collect();
        if params.len() != m.args.len() {
            let message = format!(
                "this method has {} parameter{} but {} takes {} besides `&self`\n{}",
                params.len(),
                if params.len() == 1 { "" } else { "s" },
                m.what,
                m.args.len(),
                m.note
            );
            // Point at the parameters too many, or at the parentheses that lack some.
            let extra = &params[m.args.len().min(params.len())..];
            errors.push(if extra.is_empty() {
                syn::Error::new(sig.paren_token.span.join(), message)
            } else {
                syn::Error::new_spanned(quote!(#(#extra),*), message)
            });
        } else {
            for (param, (_, expected)) in params.iter().zip(m.args) {
                let Some(expected) = Self::parse(expected) else {
                    continue;
                };
                if !self.same(&expected, &param.ty) {
                    errors.push(syn::Error::new_spanned(
                        &param.ty,
                        format!(
                            "mismatched types: expected {}, found `{}`\n{}",
                            self.shown(&expected),
                            show(&param.ty),
                            m.note
                        ),
                    ));
                }
            }
        }
        let Some(expected) = Self::parse(m.output) else {
            return errors;
        };
        match output(sig) {
            Output::Type(found) if self.same(&expected, found) => {}
            Output::Type(found) => errors.push(syn::Error::new_spanned(
                found,
                format!(
                    "mismatched types: expected {}, found `{}`\n{}",
                    self.shown(&expected),
                    show(found),
                    m.note
                ),
            )),
            Output::Unit => errors.push(error(
                sig.ident.span(),
                format!("mismatched types: expected `{}`, found `()`", show(&expected)),
            )),
            Output::NotAFuture(found) => errors.push(syn::Error::new_spanned(
                found,
                format!(
                    "a handler is an `async fn` or returns `impl Future<Output = {}> + Send`\n{}",
                    show(&expected),
                    m.note
                ),
            )),
        }
        errors
    }

    /// The method with the expected signature, for an operation without a (correct) handler: it keeps
    /// the impl whole. It is never called through `into_router`, which answers 501 for it; with
    /// errors, nothing runs at all.
    fn stub(&self, m: &Signature) -> TokenStream {
        let message = format!(
            "operation `{}` has no handler; `into_router` answers it 501 Not Implemented",
            m.operation_id
        );
        self.stub_fn(&m.name, &m.args, &m.response, &message)
    }

    /// A method with the given signature whose body is never reached.
    fn stub_fn(&self, name: &str, args: &[(String, TokenStream)], output: &TokenStream, message: &str) -> TokenStream {
        // The generator wrote the name as an identifier (`r#type` for keywords); parsing cannot panic.
        let Ok(name) = syn::Ident::parse_any.parse_str(name) else {
            return TokenStream::new();
        };
        let named = |tokens: &TokenStream| {
            let mut ty = Self::parse(tokens)?;
            if let Some(module) = self.module {
                qualify(&mut ty, module);
            }
            Some(ty)
        };
        let args = args.iter().filter_map(|(_, t)| named(t));
        let response = named(output);
        quote! {
            async fn #name(&self, #(_: #args),*) -> #response {
                ::core::unreachable!(#message)
            }
        }
    }

    /// What keeps an impl that lacks authentication whole, so that rustc adds no second report of
    /// it; it never runs (the impl has errors).
    fn auth_stubs(&self, hooks: &[&Hook], principal: bool) -> TokenStream {
        let mut out = TokenStream::new();
        if principal {
            out.extend(quote!(
                type Principal = ();
            ));
        }
        for h in hooks {
            out.extend(self.stub_fn(&h.name, &h.args, &h.output, "authentication is missing"));
        }
        out
    }

    /// `into_router`: the generated `router` of the trait's module over `Arc<Self>`, answering 501
    /// for the operations in `answer_501`.
    fn router_method(&self, trait_path: &syn::Path, answer_501: Option<&[&Signature]>) -> TokenStream {
        // Named at the trait, so that a `router` not in scope is reported there.
        let span = trait_path
            .segments
            .last()
            .map_or_else(Span::call_site, |s| s.ident.span());
        let router = quote_spanned!(span=> router);
        let router = match self.module {
            Some(m) => quote!(#m::#router),
            None => router,
        };
        let layer = match answer_501 {
            Some(missing) if !missing.is_empty() => self.answer_501(missing),
            _ => TokenStream::new(),
        };
        let doc = format!(
            "The router of `{}` (from `{}`) serving this implementation: routing, extraction, validation \
             and error responses as the spec says.",
            self.route.name, self.spec
        );
        quote! {
            #[doc = #doc]
            pub fn into_router(self) -> ::axum::Router {
                #router(::std::sync::Arc::new(self)) #layer
            }
        }
    }

    /// A layer that answers `501 Not Implemented` for the operations without a handler, before
    /// their (stub) methods could run.
    fn answer_501(&self, missing: &[&Signature]) -> TokenStream {
        let routes = missing.iter().map(|m| {
            let method = m.method.to_uppercase();
            let (path, id) = (&m.path, &m.operation_id);
            quote!((#method, #path, #id))
        });
        let problem = match self.module {
            Some(m) => quote!(#m::rt::Problem),
            None => quote!(rt::Problem),
        };
        quote! {
            .layer(::axum::middleware::from_fn(
                |request: ::axum::extract::Request, next: ::axum::middleware::Next| async move {
                    const MISSING: &[(&str, &str, &str)] = &[#(#routes),*];
                    let matched = request
                        .extensions()
                        .get::<::axum::extract::MatchedPath>()
                        .map(|p| p.as_str().to_owned());
                    let method = request.method().as_str().to_owned();
                    match MISSING.iter().find(|(m, p, _)| *m == method && matched.as_deref() == Some(*p)) {
                        Some((_, _, id)) => ::axum::response::IntoResponse::into_response(#problem::new(
                            ::axum::http::StatusCode::NOT_IMPLEMENTED,
                            ::std::format!("operation `{id}` is not implemented"),
                        )),
                        None => next.run(request).await,
                    }
                },
            ))
        }
    }
}

/// What a method must look like, and how to say so.
struct Shape<'s> {
    /// `operation `x`` or `the authentication of scheme `y``.
    what: String,
    /// The parameters after `&self`, as the generated trait names and types them.
    args: &'s [(String, TokenStream)],
    /// What the method's future yields.
    output: &'s TokenStream,
    /// The `= note:` under each problem, with the expected signature.
    note: String,
}

/// `Self::Principal` in `ty` replaced by the impl's principal type.
fn substitute_principal(ty: &mut Type, principal: &Type) {
    match ty {
        Type::Path(p) if p.qself.is_none() => {
            let names: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
            if names == ["Self", "Principal"] {
                *ty = principal.clone();
                return;
            }
            for segment in &mut p.path.segments {
                if let syn::PathArguments::AngleBracketed(args) = &mut segment.arguments {
                    for arg in &mut args.args {
                        if let syn::GenericArgument::Type(t) = arg {
                            substitute_principal(t, principal);
                        }
                    }
                }
            }
        }
        Type::Reference(r) => substitute_principal(&mut r.elem, principal),
        Type::Paren(p) => substitute_principal(&mut p.elem, principal),
        _ => {}
    }
}

fn output(sig: &syn::Signature) -> Output<'_> {
    let ty = match &sig.output {
        ReturnType::Default => return Output::Unit,
        ReturnType::Type(_, ty) => ty.as_ref(),
    };
    if sig.asyncness.is_some() {
        return Output::Type(ty);
    }
    let Type::ImplTrait(bounds) = ty else {
        return Output::NotAFuture(ty);
    };
    for bound in &bounds.bounds {
        let syn::TypeParamBound::Trait(t) = bound else { continue };
        let Some(last) = t.path.segments.last() else { continue };
        if last.ident != "Future" {
            continue;
        }
        if let syn::PathArguments::AngleBracketed(args) = &last.arguments {
            for arg in &args.args {
                if let syn::GenericArgument::AssocType(a) = arg
                    && a.ident == "Output"
                {
                    return Output::Type(&a.ty);
                }
            }
        }
    }
    Output::NotAFuture(ty)
}
