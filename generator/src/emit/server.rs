//! The server side: credential types, response enums, one route trait and the axum router that
//! extracts, validates and dispatches to it.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::{docs, header_doc, ident, own_docs, rust_type};
use crate::model::{
    Api, BodyKind, Codec, Operation, Param, ParamIn, ResponseDef, Route, SchemeKind, Status, Style, TypeKind, TypeRef,
    is_text,
};
use crate::naming::Scope;

pub(super) fn all(api: &Api) -> TokenStream {
    let responses = api.operations.iter().map(|op| into_response(api, op));
    let headers = header_structs(api);
    let api_trait = api_trait(api);
    let router = router(api);
    quote! {
        #(#responses)*
        #headers
        #api_trait
        #router
    }
}

/// What an operation's method receives from authentication: the principal, or `Option` of it when
/// anonymous access is one of the alternatives.
fn principal_type(op: &Operation) -> Option<TokenStream> {
    if op.security.schemes().is_empty() {
        return None;
    }
    Some(if op.security.optional() {
        quote!(Option<Self::Principal>)
    } else {
        quote!(Self::Principal)
    })
}

/// The schemes some operation uses, in the order of `components/securitySchemes`: each gets a hook.
pub(crate) fn used_schemes(api: &Api) -> Vec<usize> {
    let mut used: Vec<usize> = api.operations.iter().flat_map(|op| op.security.schemes()).collect();
    used.sort_unstable();
    used.dedup();
    used
}

pub(super) fn credentials(api: &Api) -> TokenStream {
    let mut out = TokenStream::new();
    for s in &api.schemes {
        let name = ident(&s.name);
        let how = match &s.kind {
            SchemeKind::ApiKey { location, name } => {
                let loc = match location {
                    ParamIn::Header => "header",
                    ParamIn::Query => "query parameter",
                    _ => "cookie",
                };
                format!("Sent in the `{name}` {loc}.")
            }
            SchemeKind::Bearer => "Sent as `Authorization: Bearer <token>`.".to_owned(),
            SchemeKind::Basic => "Sent as `Authorization: Basic <base64>` (still encoded here).".to_owned(),
        };
        let text = match &s.description {
            Some(d) => format!("Credential of the `{}` security scheme. {how}\n\n{d}", s.wire),
            None => format!("Credential of the `{}` security scheme. {how}", s.wire),
        };
        let doc = docs(Some(&text));
        let shown = format!("{}(***)", s.name);
        out.extend(quote! {
            #doc
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct #name(pub String);

            // Credentials are secrets: debug output never shows them.
            impl ::std::fmt::Debug for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(#shown)
                }
            }
        });
    }
    if api.operations.iter().any(|op| op.security.schemes().len() > 1) {
        let variants = api.schemes.iter().map(|s| {
            let n = ident(&s.name);
            quote!(#n(#n),)
        });
        out.extend(quote! {
            /// The credential a request presented, for operations that accept more than one scheme.
            #[derive(Clone, Debug, PartialEq, Eq, Hash)]
            pub enum Credentials {
                #(#variants)*
            }
        });
    }
    out
}

fn status_doc(r: &ResponseDef) -> String {
    let status = match r.status {
        Status::Code(c) => c.to_string(),
        Status::Range(c) => format!("{c}XX"),
        Status::Default => "Any other status".to_owned(),
    };
    format!("{status}: {}", r.description)
}

/// The response enum of an operation: a variant per documented status.
pub(super) fn response_enum(api: &Api, op: &Operation) -> TokenStream {
    let name = ident(&api.types[op.response_type].name);
    let doc = format!(
        "The responses of `{}` (`{} {}`) that the spec documents.",
        op.id,
        op.method.to_uppercase(),
        op.path
    );
    let variants = op.responses.iter().map(|r| {
        let v = ident(&r.variant);
        let doc = docs(Some(&status_doc(r)));
        let body = r.body.as_ref().map(|b| rust_type(api, &b.ty));
        let headers = r.headers.map(|id| rust_type(api, &TypeRef::Named(id)));
        let fixed = matches!(r.status, Status::Code(_));
        match (fixed, body, headers) {
            (true, Some(body), None) => quote!(#doc #v(#body),),
            (true, None, None) => quote!(#doc #v,),
            (fixed, body, headers) => {
                let status = (!fixed).then(|| quote!(status: u16,));
                let body = body.map(|b| quote!(body: #b,));
                let headers = headers.map(|h| quote!(headers: #h,));
                quote!(#doc #v { #status #body #headers },)
            }
        }
    });
    let doc = docs(Some(&doc));
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq)]
        #[allow(clippy::large_enum_variant)]
        pub enum #name {
            #(#variants)*
        }
    }
}

fn into_response(api: &Api, op: &Operation) -> TokenStream {
    let name = ident(&api.types[op.response_type].name);
    let arms = op.responses.iter().map(|r| {
        let v = ident(&r.variant);
        let fixed = matches!(r.status, Status::Code(_));
        let has_body = r.body.is_some();
        let has_headers = r.headers.is_some();
        let pattern = match (fixed, has_body, has_headers) {
            (true, true, false) => quote!(Self::#v(body)),
            (true, false, false) => quote!(Self::#v),
            _ => {
                let status = (!fixed).then(|| quote!(status,));
                let body = has_body.then(|| quote!(body,));
                let headers = has_headers.then(|| quote!(headers,));
                quote!(Self::#v { #status #body #headers })
            }
        };
        let status = match r.status {
            Status::Code(c) => {
                let c = Literal::u16_unsuffixed(c);
                quote!(#c)
            }
            _ => quote!(status),
        };
        let respond = match &r.body {
            None => quote!(rt::empty(#status)),
            Some(b) => {
                let ct = &b.content_type;
                match b.kind {
                    BodyKind::Json | BodyKind::Form => quote!(rt::json(#status, #ct, &body)),
                    BodyKind::Text | BodyKind::Bytes => quote!(rt::raw(#status, #ct, body)),
                }
            }
        };
        let respond = if has_headers {
            quote!({
                let mut response = #respond;
                headers.insert_into(response.headers_mut());
                response
            })
        } else {
            respond
        };
        quote!(#pattern => #respond,)
    });
    quote! {
        impl rt::axum::response::IntoResponse for #name {
            fn into_response(self) -> rt::axum::response::Response {
                match self {
                    #(#arms)*
                }
            }
        }
    }
}

/// `insert_into` for each struct of response headers: every present value as header text.
fn header_structs(api: &Api) -> TokenStream {
    let mut seen = Vec::new();
    let mut out = TokenStream::new();
    for id in api
        .operations
        .iter()
        .flat_map(|op| op.responses.iter().filter_map(|r| r.headers))
    {
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        let TypeKind::Struct(s) = &api.types[id].kind else {
            continue;
        };
        let name = ident(&api.types[id].name);
        let sets = s.fields.iter().map(|f| {
            let field = ident(&f.name);
            let wire = &f.wire;
            let text = header_text(api, &f.ty, quote!(value));
            match (f.required, f.nullable) {
                (true, false) => quote!({ let value = &self.#field; rt::set_header(headers, #wire, #text); }),
                (true, true) | (false, false) => {
                    quote!(if let Some(value) = &self.#field { rt::set_header(headers, #wire, #text); })
                }
                (false, true) => {
                    quote!(if let Some(Some(value)) = &self.#field { rt::set_header(headers, #wire, #text); })
                }
            }
        });
        out.extend(quote! {
            impl #name {
                /// Adds every header that has a value to a response's headers.
                pub fn insert_into(&self, headers: &mut rt::axum::http::HeaderMap) {
                    #(#sets)*
                }
            }
        });
    }
    out
}

/// A value as header text: `Display` for scalars, comma-separated for lists, JSON otherwise.
fn header_text(api: &Api, t: &TypeRef, value: TokenStream) -> TokenStream {
    match t {
        TypeRef::Vec(item) if is_text(&api.types, item) => {
            quote!(#value.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(","))
        }
        TypeRef::Box(inner) => header_text(api, inner, value),
        t if is_text(&api.types, t) => quote!(#value.to_string()),
        _ => quote!(rt::serde_json::to_string(#value).unwrap_or_default()),
    }
}

/// The method's parameters, in order: the request context, the principal, path, query, headers, body.
pub(crate) fn method_args(api: &Api, op: &Operation) -> Vec<(proc_macro2::Ident, TokenStream)> {
    let mut args = vec![(ident("cx"), quote!(rt::RequestContext))];
    if let Some(t) = principal_type(op) {
        args.push((ident("principal"), t));
    }
    for (id, name) in [
        (op.path_struct, "path"),
        (op.query_struct, "query"),
        (op.header_struct, "headers"),
    ] {
        if let Some(id) = id {
            args.push((ident(name), rust_type(api, &TypeRef::Named(id))));
        }
    }
    if let Some(b) = &op.body {
        let t = rust_type(api, &b.ty);
        args.push((ident("body"), if b.required { t } else { quote!(Option<#t>) }));
    }
    args
}

/// The parameters of an authentication hook after `&self`, and what its future yields.
pub(crate) fn hook_args(api: &Api, scheme: usize) -> (Vec<(proc_macro2::Ident, TokenStream)>, TokenStream) {
    let credential = ident(&api.schemes[scheme].name);
    let args = vec![
        (ident("credential"), quote!(#credential)),
        (ident("scopes"), quote!(&[&str])),
        (ident("cx"), quote!(&rt::RequestContext)),
    ];
    (args, quote!(Result<Self::Principal, rt::AuthError>))
}

/// The associated type and the hooks of the trait: one hook per scheme an operation uses.
fn auth_items(api: &Api) -> TokenStream {
    let used = used_schemes(api);
    if used.is_empty() {
        return TokenStream::new();
    }
    let hooks = used.iter().map(|&i| {
        let s = &api.schemes[i];
        let hook = ident(&s.hook);
        let (args, output) = hook_args(api, i);
        let args = args.iter().map(|(n, t)| quote!(#n: #t));
        let text = format!(
            "Authenticates a credential of the `{}` security scheme, before the method of an operation\n\
             that accepts it runs.\n\n\
             `scopes` are those the operation's requirement lists for the scheme (OAuth2 and OpenID\n\
             Connect scopes; empty for most schemes). `Err` answers the request:\n\
             [`rt::AuthError::unauthorized`] a 401 with the scheme's `WWW-Authenticate` challenge,\n\
             [`rt::AuthError::forbidden`] a 403. The router answers a request without the credential\n\
             401 itself, without calling this.",
            s.wire
        );
        // The scheme's name is a component key (letters, digits, `.`, `-`, `_`): nothing to clean.
        let doc = own_docs(&text);
        quote! {
            #doc
            fn #hook(&self, #(#args),*) -> impl ::std::future::Future<Output = #output> + Send;
        }
    });
    quote! {
        /// Who a request comes from, as the `authenticate_*` methods find it from its credential;
        /// the methods of operations with security receive it.
        type Principal: Send + Sync + 'static;

        #(#hooks)*
    }
}

fn api_trait(api: &Api) -> TokenStream {
    let name = ident(&api.trait_name);
    let doc = docs(Some(&header_doc(api)));
    let mut own = "\nImplement it and serve it with [`router`]; each method gets the request's context and\n\
                   validated input, and answers with one of the responses the spec documents."
        .to_owned();
    if !used_schemes(api).is_empty() {
        own.push_str(AUTH_RULE);
    }
    let own = own_docs(&own);
    let doc = quote!(#doc #own);
    let auth = auth_items(api);
    let methods = api.operations.iter().map(|op| {
        let m = ident(&op.name);
        let mut text = String::new();
        if let Some(s) = &op.summary {
            text.push_str(s);
            text.push_str("\n\n");
        }
        text.push_str(&format!(
            "`{} {}` (operationId `{}`)",
            op.method.to_uppercase(),
            op.path,
            op.id
        ));
        if let Some(d) = &op.description {
            text.push_str("\n\n");
            text.push_str(d);
        }
        if op.deprecated {
            text.push_str("\n\nDeprecated in the spec.");
        }
        let doc = docs(Some(&text));
        let args = method_args(api, op).into_iter().map(|(n, t)| quote!(#n: #t));
        let response = ident(&api.types[op.response_type].name);
        quote! {
            #doc
            fn #m(&self, #(#args),*) -> impl ::std::future::Future<Output = #response> + Send;
        }
    });
    quote! {
        #doc
        pub trait #name: Send + Sync + 'static {
            #auth
            #(#methods)*
        }
    }
}

/// How the router authenticates, in the trait's documentation.
const AUTH_RULE: &str = "\n\nAuthentication: for an operation with security, the router tries the alternatives of its\n\
    `security` in the spec's order and authenticates the first whose credentials are all present,\n\
    with the `authenticate_*` method of each of its schemes (in order; the operation's method\n\
    receives the principal of the first). A request with none of them is answered 401 without\n\
    calling any of them, unless the operation also allows anonymous access (`{}`): then its method\n\
    receives `None`. A credential that is present and refused is answered as its hook says, even\n\
    when a later alternative would have been met.";

fn router(api: &Api) -> TokenStream {
    let trait_name = ident(&api.trait_name);
    let routes = routes(api);
    let mut dispatchers = Vec::new();
    let registered = routes.iter().enumerate().map(|(i, (path, methods))| {
        let methods = methods.iter().enumerate().map(|(j, (method, ops))| {
            let target = match ops.as_slice() {
                [op] if op.route.as_ref().is_none_or(|r| r.affixed().next().is_none()) => {
                    let handler = ident(&op.name);
                    quote!(handlers::#handler::<A>)
                }
                _ => {
                    let name = format_ident!("{method}_{i}");
                    dispatchers.push(dispatcher(&trait_name, &name, ops));
                    quote!(handlers::dispatch::#name::<A>)
                }
            };
            let method = ident(method);
            if j == 0 {
                quote!(rt::axum::routing::#method(#target))
            } else {
                quote!(.#method(#target))
            }
        });
        quote!(.route(#path, #(#methods)*))
    });
    let registered: Vec<TokenStream> = registered.collect();
    let dispatch = (!dispatchers.is_empty()).then(|| {
        quote! {
            /// Operations that share a route and a method, told apart by the literal text around their
            /// path parameters (the most specific first); a path none of them matches is not found.
            pub(super) mod dispatch {
                use super::*;

                #(#dispatchers)*
            }
        }
    });
    // axum 0.8 refuses literal segments that start with `:` or `*` unless told they are literal.
    let literal = api
        .operations
        .iter()
        .any(|op| op.route.as_ref().is_some_and(|r| r.literal_colon_or_star))
        .then(|| quote!(.without_v07_checks()));
    let handlers = api
        .operations
        .iter()
        .filter(|op| op.route.is_some())
        .map(|op| handler(api, op));
    let doc = format!(
        "An axum router serving every operation of [`{0}`]: it authenticates (401 without credentials; the \
         `authenticate_*` methods' 401 or 403), checks parameters (400), \
         the body's media type (415), size (413) and schema (400 when not JSON, 422 when it breaks the schema), \
         answers unknown paths with 404 and unknown methods with 405, all as `application/problem+json`, and \
         calls `api` only with valid input.",
        api.trait_name
    );
    let doc = own_docs(&doc);
    quote! {
        #doc
        pub fn router<A: #trait_name>(api: ::std::sync::Arc<A>) -> rt::axum::Router {
            rt::axum::Router::new()
                #literal
                #(#registered)*
                .fallback(rt::not_found)
                .method_not_allowed_fallback(rt::method_not_allowed)
                .with_state(api)
        }

        /// One handler per operation: extraction and validation before the trait method runs.
        mod handlers {
            use super::*;
            // Unused when every operation's handler answers by itself (its security can never be met).
            #[allow(unused_imports)]
            use super::rt::axum::response::IntoResponse as _;

            #(#handlers)*
            #dispatch
        }
    }
}

/// The operations served at one route, by method (`get`, ...).
type Methods<'a> = Vec<(&'a str, Vec<&'a Operation>)>;

/// What the generated `router()` registers, in order: each axum route and its methods (one handler
/// each). Tests register the same in a real axum router to show that it never panics.
pub fn registrations(api: &Api) -> Vec<(String, Vec<String>)> {
    routes(api)
        .into_iter()
        .map(|(path, methods)| {
            (
                path.to_owned(),
                methods.into_iter().map(|(m, _)| m.to_owned()).collect(),
            )
        })
        .collect()
}

/// Each axum route the router registers, with the operations served there by method (paths that
/// differ only in their parameters' names or the literal text around them are one route; see
/// `model::routes`), each method's operations the most specific first.
fn routes(api: &Api) -> Vec<(&str, Methods<'_>)> {
    let mut routes: Vec<(&str, Methods<'_>)> = Vec::new();
    for op in &api.operations {
        let Some(route) = &op.route else { continue };
        let methods = match routes.iter_mut().find(|(p, _)| *p == route.axum) {
            Some((_, methods)) => methods,
            None => {
                routes.push((&route.axum, Vec::new()));
                &mut routes.last_mut().expect("just pushed").1
            }
        };
        match methods.iter_mut().find(|(m, _)| *m == op.method) {
            Some((_, ops)) => ops.push(op),
            None => methods.push((&op.method, vec![op])),
        }
    }
    for (_, methods) in &mut routes {
        for (_, ops) in methods.iter_mut() {
            // Stable: of operations that never match the same URL, the spec's order.
            ops.sort_by_key(|op| std::cmp::Reverse(op.route.as_ref().map_or(0, Route::specificity)));
        }
    }
    routes
}

/// The handler of one route and method that picks, by the literal text around the path parameters,
/// which of `ops` serves the request.
fn dispatcher(trait_name: &proc_macro2::Ident, name: &proc_macro2::Ident, ops: &[&Operation]) -> TokenStream {
    let candidates = ops.iter().map(|op| {
        let affixes = op.route.iter().flat_map(Route::affixed).map(|c| {
            let (segment, prefix, suffix) = (c.segment, &c.prefix, &c.suffix);
            quote!((#segment, #prefix, #suffix))
        });
        quote!(&[#(#affixes),*])
    });
    let arms = ops.iter().enumerate().map(|(i, op)| {
        let handler = ident(&op.name);
        quote!(Some(#i) => super::#handler::<A>(state, request).await,)
    });
    quote! {
        pub(in super::super) async fn #name<A: #trait_name>(
            state: rt::axum::extract::State<::std::sync::Arc<A>>,
            request: rt::axum::extract::Request,
        ) -> rt::axum::response::Response {
            const CANDIDATES: &[&[rt::route::Affix]] = &[#(#candidates),*];
            match rt::route::pick(request.uri().path(), CANDIDATES) {
                #(#arms)*
                _ => rt::no_operation(request.uri()),
            }
        }
    }
}

/// The expression that reads one parameter into `Option<T>` (`None` when absent, null or invalid),
/// recording problems in `problems`: its text in its location and style (`rt::Wire`), then its type.
fn read_param(api: &Api, op: &Operation, p: &Param) -> TokenStream {
    let wire = &p.wire;
    let loc = location_name(p.location);
    let presence = match (p.required, p.nullable) {
        (true, false) => quote!(rt::Presence::Required),
        (false, false) => quote!(rt::Presence::Optional),
        (true, true) => quote!(rt::Presence::RequiredNullable),
        (false, true) => quote!(rt::Presence::OptionalNullable),
    };
    let ty = rust_type(api, &p.ty);
    let (style, explode, shape) = (style_tokens(p.style), p.explode, shape_tokens(&p.codec));
    let text = match p.location {
        ParamIn::Path => {
            let raw = match op
                .route
                .as_ref()
                .and_then(|r| r.captures.iter().find(|c| c.param == p.wire))
            {
                Some(c) if c.prefix.is_empty() && c.suffix.is_empty() => {
                    let name = &c.name;
                    quote!(rt::path_value(&path_params, #name))
                }
                // Literal text around the parameter, which the router matched: cut off before decoding.
                Some(c) => {
                    let (segment, prefix, suffix) = (c.segment, &c.prefix, &c.suffix);
                    quote!(rt::route::segment(cx.uri().path(), #segment, #prefix, #suffix).as_deref())
                }
                // Not in the template: never present.
                None => quote!(None),
            };
            quote!(rt::path_wire(#raw, #wire, #style, #explode, #shape))
        }
        ParamIn::Query => {
            // An exploded form object takes the pairs no other query parameter (or key) names.
            let form_object = p.codec == Codec::Object && p.style == Style::Form && p.explode;
            let others: Vec<&str> = match form_object {
                false => Vec::new(),
                true => op
                    .params
                    .iter()
                    .filter(|q| q.location == ParamIn::Query && q.wire != p.wire)
                    .map(|q| q.wire.as_str())
                    .chain(op.fixed_query.iter().map(|(name, _)| name.as_str()))
                    .chain(query_keys(api, op))
                    .collect(),
            };
            quote!(rt::param::read_query(&query_raw, #wire, #style, #explode, #shape, &[#(#others),*]))
        }
        ParamIn::Header | ParamIn::Cookie => {
            quote!(rt::header_wire(rt::header_text(cx.headers(), #wire), #explode, #shape))
        }
    };
    let parse = match &p.codec {
        Codec::Text => quote!(rt::scalar::<#ty>),
        Codec::Json => quote!(rt::scalar_json::<#ty>),
        Codec::Object => quote!(rt::object::<#ty>),
        Codec::List {
            item,
            item_json,
            checked,
        } => {
            let item = rust_type(api, item);
            let parse = if *item_json {
                quote!(rt::parse_param_json::<#item>)
            } else {
                quote!(rt::parse_param::<#item>)
            };
            match checked {
                None => quote!(|l, n, w| rt::list(l, n, w, #parse)),
                Some(id) => {
                    let wrapper = rust_type(api, &TypeRef::Named(*id));
                    quote!(|l, n, w| rt::checked_list::<#wrapper, _>(l, n, w, #parse))
                }
            }
        }
    };
    // An absent parameter with a default is its default.
    match p
        .default
        .as_ref()
        .and_then(|d| super::types::default_expr(api, &p.ty, d))
    {
        Some(default) => quote!(problems.defaulted(#loc, #wire, #text, #presence, #parse, #default)),
        None => quote!(problems.styled(#loc, #wire, #text, #presence, #parse)),
    }
}

/// The names of the API keys an operation's security reads from the query.
fn query_keys<'a>(api: &'a Api, op: &'a Operation) -> impl Iterator<Item = &'a str> {
    let mut names: Vec<&str> = op
        .security
        .schemes()
        .into_iter()
        .filter_map(|i| match &api.schemes.get(i)?.kind {
            SchemeKind::ApiKey {
                location: ParamIn::Query,
                name,
            } => Some(name.as_str()),
            _ => None,
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    names.into_iter()
}

/// `rt::Style::...` for a parameter's style.
pub(super) fn style_tokens(style: Style) -> TokenStream {
    match style {
        Style::Simple => quote!(rt::Style::Simple),
        Style::Label => quote!(rt::Style::Label),
        Style::Matrix => quote!(rt::Style::Matrix),
        Style::Form => quote!(rt::Style::Form),
        Style::SpaceDelimited => quote!(rt::Style::SpaceDelimited),
        Style::PipeDelimited => quote!(rt::Style::PipeDelimited),
        Style::DeepObject => quote!(rt::Style::DeepObject),
    }
}

/// `rt::Shape::...` for a codec.
fn shape_tokens(codec: &Codec) -> TokenStream {
    match codec {
        Codec::Text | Codec::Json => quote!(rt::Shape::Scalar),
        Codec::List { .. } => quote!(rt::Shape::List),
        Codec::Object => quote!(rt::Shape::Object),
    }
}

fn location_name(location: ParamIn) -> &'static str {
    match location {
        ParamIn::Path => "path",
        ParamIn::Query => "query",
        ParamIn::Header => "header",
        ParamIn::Cookie => "cookie",
    }
}

/// The handler's variable for each parameter: its field name, unless that is one of the handler's own
/// locals or another location's parameter took it.
fn param_vars(op: &Operation) -> Vec<proc_macro2::Ident> {
    let mut scope = Scope::handler_locals();
    op.params
        .iter()
        .map(|p| {
            // A binding of only underscores and digits (`_1`) is one clippy objects to.
            let wanted = if p.field.chars().all(|c| c == '_' || c.is_ascii_digit()) {
                format!("param{}", p.field)
            } else {
                p.field.clone()
            };
            ident(&scope.claim(&wanted))
        })
        .collect()
}

/// Authentication: the first alternative of the operation's security whose credentials the request
/// all presents, each authenticated by its scheme's hook; `principal` is the first one's. Without any,
/// a 401 (or `None` when anonymous access is an alternative).
fn read_auth(api: &Api, op: &Operation) -> TokenStream {
    let schemes = op.security.schemes();
    if schemes.is_empty() {
        return TokenStream::new();
    }
    let trait_name = ident(&api.trait_name);
    let optional = op.security.optional();
    let branches = op
        .security
        .alternatives
        .iter()
        .filter(|alt| !alt.is_empty())
        .map(|alt| {
            let vars: Vec<proc_macro2::Ident> = (0..alt.len()).map(|i| format_ident!("credential_{i}")).collect();
            let found = alt.iter().map(|r| {
                let s = &api.schemes[r.scheme];
                let (name, get) = (ident(&s.name), credential(&s.kind));
                quote!(#get.map(#name))
            });
            let call = |r: &crate::model::Requirement, var: &proc_macro2::Ident| {
                let s = &api.schemes[r.scheme];
                let hook = ident(&s.hook);
                let scopes = &r.scopes;
                let challenge = challenge(&s.kind);
                (
                    quote!(<A as #trait_name>::#hook(&api, #var, &[#(#scopes),*], &cx).await),
                    quote!(return refused.respond(#challenge)),
                )
            };
            let (first_call, first_refused) = call(&alt[0], &vars[0]);
            let first = quote! {
                match #first_call {
                    Ok(principal) => principal,
                    Err(refused) => #first_refused,
                }
            };
            // The other schemes of an alternative must accept their credentials too, in the spec's
            // order after the first; only the first's principal reaches the method.
            let rest: Vec<TokenStream> = alt
                .iter()
                .zip(&vars)
                .skip(1)
                .map(|(r, var)| {
                    let (call, refused) = call(r, var);
                    quote! {
                        if let Err(refused) = #call {
                            #refused;
                        }
                    }
                })
                .collect();
            let principal = if optional {
                quote!(Some(principal))
            } else {
                quote!(principal)
            };
            let body = match (rest.is_empty(), optional) {
                (true, false) => first,
                (true, true) => quote!(Some(#first)),
                (false, _) => quote! {
                    let principal = #first;
                    #(#rest)*
                    #principal
                },
            };
            let found: Vec<TokenStream> = found.collect();
            let test = match (vars.as_slice(), found.as_slice()) {
                ([var], [found]) => quote!(Some(#var) = #found),
                _ => quote!((#(Some(#vars)),*) = (#(#found),*)),
            };
            quote! {
                if let #test {
                    #body
                }
            }
        });
    let none = if optional {
        quote!(None)
    } else {
        let described: Vec<String> = schemes.iter().map(|&i| describe(&api.schemes[i].kind)).collect();
        let described = described.join(" or ");
        let challenge = challenge(&api.schemes[schemes[0]].kind);
        quote!(return rt::unauthorized(#described, #challenge))
    };
    quote! {
        let principal = #(#branches else)* { #none };
    }
}

/// How a scheme's credential is sent, for the 401 of a request without it.
fn describe(kind: &SchemeKind) -> String {
    match kind {
        SchemeKind::ApiKey {
            location: ParamIn::Header,
            name,
        } => format!("the `{name}` header"),
        SchemeKind::ApiKey {
            location: ParamIn::Query,
            name,
        } => format!("the `{name}` query parameter"),
        SchemeKind::ApiKey { name, .. } => format!("the `{name}` cookie"),
        SchemeKind::Bearer => "a bearer token".to_owned(),
        SchemeKind::Basic => "basic credentials".to_owned(),
    }
}

/// The scheme's `WWW-Authenticate` challenge.
fn challenge(kind: &SchemeKind) -> String {
    match kind {
        SchemeKind::Bearer => "Bearer".to_owned(),
        SchemeKind::Basic => "Basic".to_owned(),
        SchemeKind::ApiKey { name, .. } => format!("ApiKey name=\"{name}\""),
    }
}

/// The expression that finds a scheme's credential in the request (`Option<String>`).
fn credential(kind: &SchemeKind) -> TokenStream {
    match kind {
        SchemeKind::ApiKey {
            location: ParamIn::Header,
            name,
        } => quote!(rt::header_credential(cx.headers(), #name)),
        SchemeKind::ApiKey {
            location: ParamIn::Query,
            name,
        } => {
            quote!(rt::query_credential(&query_raw, #name))
        }
        SchemeKind::ApiKey { name, .. } => quote!(rt::cookie(cx.headers(), #name)),
        SchemeKind::Bearer => quote!(rt::bearer(cx.headers())),
        SchemeKind::Basic => quote!(rt::basic(cx.headers())),
    }
}

/// Reading the body, in two halves: what needs the request's head (`cx`), and the rest, which
/// runs after the head is dropped.
fn read_body(api: &Api, op: &Operation) -> (TokenStream, TokenStream) {
    let Some(b) = &op.body else {
        return (TokenStream::new(), TokenStream::new());
    };
    let ty = rust_type(api, &b.ty);
    let ct = &b.content_type;
    let expected = ct.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    let unsupported = format!("this operation takes a `{ct}` body");
    let decode = match b.kind {
        BodyKind::Json => quote!(rt::parse_json::<#ty>(&bytes)),
        BodyKind::Form => quote!(rt::parse_form::<#ty>(bytes.clone()).await),
        BodyKind::Text => quote!(String::from_utf8(bytes.to_vec()).map_err(|_| rt::Problem::new(
            rt::axum::http::StatusCode::BAD_REQUEST,
            "the request body is not UTF-8 text"
        ))),
        BodyKind::Bytes => quote!(Ok::<_, rt::Problem>(bytes.to_vec())),
    };
    let unsupported = quote! {
        return rt::Problem::new(rt::axum::http::StatusCode::UNSUPPORTED_MEDIA_TYPE, #unsupported).into_response();
    };
    let any_type = expected == "*/*";
    if b.required {
        let check_type = (!any_type).then(|| {
            quote! {
                if !rt::content_type_is(cx.headers(), #expected) {
                    #unsupported
                }
            }
        });
        let rest = quote! {
            let bytes = match rt::read_body(body).await {
                Ok(bytes) => bytes,
                Err(problem) => return problem.into_response(),
            };
            let body = match #decode {
                Ok(body) => body,
                Err(problem) => return problem.into_response(),
            };
        };
        (quote!(#check_type), rest)
    } else {
        // Looked at now, acted on once the body is read (a body too large is a 413 before a 415).
        let (type_ok, check_type) = if any_type {
            (TokenStream::new(), TokenStream::new())
        } else {
            (
                quote!(let type_ok = rt::content_type_is(cx.headers(), #expected);),
                quote! {
                    if !type_ok {
                        #unsupported
                    }
                },
            )
        };
        let head = quote! {
            let declared = cx.headers().contains_key(rt::axum::http::header::CONTENT_TYPE);
            #type_ok
        };
        let rest = quote! {
            let bytes = match rt::read_body(body).await {
                Ok(bytes) => bytes,
                Err(problem) => return problem.into_response(),
            };
            let body = if bytes.is_empty() && !declared {
                None
            } else {
                #check_type
                match #decode {
                    Ok(body) => Some(body),
                    Err(problem) => return problem.into_response(),
                }
            };
        };
        (head, rest)
    }
}

fn handler(api: &Api, op: &Operation) -> TokenStream {
    let name = ident(&op.name);
    let trait_name = ident(&api.trait_name);
    if op.security.unmet {
        // Every alternative of its `security` names a scheme the spec does not define (a warning
        // says so): no request can meet it, and the method is never called.
        return quote! {
            pub(super) async fn #name<A: #trait_name>(
                _: rt::axum::extract::State<::std::sync::Arc<A>>,
                _: rt::axum::extract::Request,
            ) -> rt::axum::response::Response {
                rt::unauthorized("credentials of a security scheme the spec does not define", "Bearer")
            }
        };
    }
    let needs_path = op.path_struct.is_some();
    let needs_query = op.query_struct.is_some()
        || op.security.schemes().iter().any(|&i| {
            matches!(
                api.schemes[i].kind,
                SchemeKind::ApiKey {
                    location: ParamIn::Query,
                    ..
                }
            )
        });
    let path_params = needs_path.then(|| {
        quote! {
            let path_params = match rt::path_params(&mut parts).await {
                Ok(params) => params,
                Err(response) => return response,
            };
        }
    });
    let query_raw = needs_query.then(|| {
        quote! {
            let query_raw = match rt::query_raw(parts.uri.query()) {
                Ok(pairs) => pairs,
                Err(problem) => return problem.into_response(),
            };
        }
    });
    let auth = read_auth(api, op);
    // Every parameter is read (all problems reported at once), then the structs are assembled.
    let vars = param_vars(op);
    let reads = op.params.iter().zip(&vars).map(|(p, var)| {
        let read = read_param(api, op, p);
        quote!(let #var = #read;)
    });
    // The values that must be present; the others are `Option`s already.
    let required: Vec<&proc_macro2::Ident> = op
        .params
        .iter()
        .zip(&vars)
        .filter(|(p, _)| !p.optional())
        .map(|(_, v)| v)
        .collect();
    let checks = (!op.params.is_empty()).then(|| {
        let unwrap = match required.as_slice() {
            [] => TokenStream::new(),
            [one] => quote! {
                let Some(#one) = #one else { return rt::internal_error() };
            },
            many => quote! {
                let (#(Some(#many)),*) = (#(#many),*) else { return rt::internal_error() };
            },
        };
        quote! {
            let mut problems = rt::Problems::default();
            #(#reads)*
            if let Some(problem) = problems.finish() {
                return problem.into_response();
            }
            // Required values are all present once no problem was recorded.
            #unwrap
        }
    });
    let mut structs = TokenStream::new();
    for (arg, id, location) in [
        ("path", op.path_struct, ParamIn::Path),
        ("query", op.query_struct, ParamIn::Query),
        ("headers", op.header_struct, ParamIn::Header),
    ] {
        let Some(id) = id else { continue };
        let ty = ident(&api.types[id].name);
        let arg = ident(arg);
        let fields = op
            .params
            .iter()
            .zip(&vars)
            .filter(|(p, _)| p.location == location)
            .map(|(p, var)| {
                let field = ident(&p.field);
                if field == *var {
                    quote!(#field)
                } else {
                    quote!(#field: #var)
                }
            });
        structs.extend(quote!(let #arg = #ty { #(#fields),* };));
    }
    let (body_head, body_rest) = read_body(api, op);
    let args = method_args(api, op);
    let arg_names = args.iter().map(|(n, _)| n);
    let parts = if needs_path { quote!(mut parts) } else { quote!(parts) };
    let body_var = if op.body.is_some() { quote!(body) } else { quote!(_) };
    // The parameter texts are done with once everything is checked: dropped before the body is
    // read, they are not kept in the handler's future (a smaller future is cheaper to move and to
    // allocate, per request). The request's head moves into the method's context.
    let mut done = Vec::new();
    if needs_path {
        done.push(quote!(path_params));
    }
    if needs_query {
        done.push(quote!(query_raw));
    }
    let drops = done.iter().map(|v| quote!(::std::mem::drop(#v);));
    quote! {
        pub(super) async fn #name<A: #trait_name>(
            rt::axum::extract::State(api): rt::axum::extract::State<::std::sync::Arc<A>>,
            request: rt::axum::extract::Request,
        ) -> rt::axum::response::Response {
            let (#parts, #body_var) = request.into_parts();
            #path_params
            #query_raw
            let cx = rt::RequestContext::new(parts);
            #auth
            #checks
            #structs
            #body_head
            #(#drops)*
            #body_rest
            // Qualified: an operation named `clone` or `as_ref` must not call the `Arc`'s method.
            <A as #trait_name>::#name(&api, #(#arg_names),*).await.into_response()
        }
    }
}
