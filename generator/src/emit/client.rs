//! The typed client: one async method per operation, taking the same validated types as the route
//! trait and returning the same response enums, so invalid input cannot even be sent.

use proc_macro2::TokenStream;
use quote::quote;

use super::server::style_tokens;
use super::{docs, ident, rust_type};
use crate::model::{Api, BodyKind, Codec, Operation, Param, ParamIn, SchemeKind, Status, TypeKind, TypeRef, is_text};

pub(super) fn all(api: &Api) -> TokenStream {
    let methods = api.operations.iter().map(|op| method(api, op));
    let doc = format!(
        "A client for {}: one method per operation, taking the types of [`{}`] (already checked) and \
         returning its response enums. Responses with a status the spec does not document are errors.",
        api.title, api.trait_name
    );
    let doc = docs(Some(&doc));
    quote! {
        #doc
        #[derive(Clone, Debug)]
        pub struct Client {
            base_url: String,
            http: rt::reqwest::Client,
        }

        impl Client {
            /// A client for the server at `base_url` (e.g. `http://127.0.0.1:8080`).
            pub fn new(base_url: impl Into<String>) -> Self {
                Self::with_http(base_url, rt::reqwest::Client::new())
            }

            /// A client that sends through `http` (for timeouts, TLS, proxies).
            pub fn with_http(base_url: impl Into<String>, http: rt::reqwest::Client) -> Self {
                let base_url = base_url.into().trim_end_matches('/').to_owned();
                Self { base_url, http }
            }

            #(#methods)*
        }
    }
}

/// A parameter's value (`value` is a reference to it) as text before its style joins it (`rt::Wire`):
/// one value by `Display` or as JSON text (a string written as itself), a list's items each so, an
/// object's properties as key and value texts.
fn wire(p: &Param, value: TokenStream) -> TokenStream {
    match &p.codec {
        Codec::Text => quote!(rt::Wire::Scalar(#value.to_string())),
        Codec::Json => quote!(rt::Wire::Scalar(rt::json_text(#value))),
        Codec::Object => quote!(rt::Wire::Object(rt::param::object_entries(#value))),
        Codec::List { item_json, checked, .. } => {
            let items = match checked {
                Some(_) => quote!(#value.as_slice().iter()),
                None => quote!(#value.iter()),
            };
            let texts = if *item_json {
                quote!(#items.map(rt::json_text))
            } else {
                quote!(#items.map(|item| item.to_string()))
            };
            quote!(rt::Wire::List(#texts.collect()))
        }
    }
}

/// The value a nullable parameter's `null` is sent as: nothing, in its style.
fn null_wire(p: &Param) -> TokenStream {
    match &p.codec {
        Codec::Text | Codec::Json => quote!(rt::Wire::empty(rt::Shape::Scalar)),
        Codec::List { .. } => quote!(rt::Wire::empty(rt::Shape::List)),
        Codec::Object => quote!(rt::Wire::empty(rt::Shape::Object)),
    }
}

/// The statement that adds one query or header parameter to the request (`source` holds the
/// parameters of its location): absent values are left out, a null one is sent empty.
fn send_param(p: &Param, source: &TokenStream) -> TokenStream {
    let name = &p.wire;
    let field = ident(&p.field);
    let (style, explode, allow_reserved) = (style_tokens(p.style), p.explode, p.allow_reserved);
    let send = |wire: TokenStream| match p.location {
        ParamIn::Query => quote!(query.push_styled(#name, #style, #explode, #allow_reserved, &#wire);),
        _ => quote!(request = request.header(#name, rt::param::write_header(#explode, &#wire));),
    };
    let push = send(wire(p, quote!(value)));
    let push_empty = send(null_wire(p));
    match (p.optional(), p.always_sent()) {
        (false, _) => quote!({ let value = &#source.#field; #push }),
        (true, false) => quote!(if let Some(value) = &#source.#field { #push }),
        // Required (or with a default) but nullable: present always, empty when null.
        (true, true) => quote!(match &#source.#field {
            Some(value) => { #push }
            None => { #push_empty }
        }),
    }
}

/// The statement that appends a path parameter's value to `url`: its texts percent-encoded, joined in
/// its style (`.a.b`, `;id=a,b`, ...) as one segment.
fn push_path_param(p: &Param) -> TokenStream {
    let field = ident(&p.field);
    let (name, style, explode) = (&p.wire, style_tokens(p.style), p.explode);
    let wire = wire(p, quote!(value));
    quote!({
        let value = &path.#field;
        url.push_str(&rt::param::write_path(#name, #style, #explode, &#wire));
    })
}

fn method(api: &Api, op: &Operation) -> TokenStream {
    let name = ident(&op.name);
    let mut text = op.summary.clone().map(|s| format!("{s}\n\n")).unwrap_or_default();
    text.push_str(&format!(
        "`{} {}` (operationId `{}`)",
        op.method.to_uppercase(),
        op.path,
        op.id
    ));
    let doc = docs(Some(&text));
    let mut args = Vec::new();
    let schemes = op.security.schemes();
    if !schemes.is_empty() {
        let ty = if schemes.len() == 1 {
            let n = ident(&api.schemes[schemes[0]].name);
            quote!(#n)
        } else {
            quote!(Credentials)
        };
        args.push(if op.security.optional() {
            quote!(auth: Option<&#ty>)
        } else {
            quote!(auth: &#ty)
        });
    }
    for (id, arg) in [
        (op.path_struct, "path"),
        (op.query_struct, "query"),
        (op.header_struct, "headers"),
    ] {
        if let Some(id) = id {
            let ty = ident(&api.types[id].name);
            let arg = ident(arg);
            args.push(quote!(#arg: &#ty));
        }
    }
    if let Some(b) = &op.body {
        // Raw bodies are borrowed as slices, as clippy wants of a caller-facing signature.
        let ty = match b.kind {
            BodyKind::Text => quote!(str),
            BodyKind::Bytes => quote!([u8]),
            BodyKind::Json | BodyKind::Form => rust_type(api, &b.ty),
        };
        args.push(if b.required {
            quote!(body: &#ty)
        } else {
            quote!(body: Option<&#ty>)
        });
    }

    // The URL: the template with each path parameter percent-encoded as a segment. A one-character
    // piece (the path `/`) is pushed as a char, as clippy wants.
    let literal = |lit: &str| match lit.chars().collect::<Vec<_>>().as_slice() {
        [c] => quote!(url.push(#c);),
        _ => quote!(url.push_str(#lit);),
    };
    let mut url_parts = Vec::new();
    let mut rest = op.url_path.as_str();
    while let Some(open) = rest.find('{') {
        let lit = &rest[..open];
        if !lit.is_empty() {
            url_parts.push(literal(lit));
        }
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
        let wire = &rest[open + 1..close];
        if let Some(p) = op.params.iter().find(|p| p.location == ParamIn::Path && p.wire == wire) {
            url_parts.push(push_path_param(p));
        }
        rest = &rest[(close + 1).min(rest.len())..];
    }
    if !rest.is_empty() {
        url_parts.push(literal(rest));
    }

    let query_source = quote!(query_params);
    let header_source = quote!(header_params);
    // Pairs the spec wrote into the path itself (`/things?beta=true`) come first.
    let fixed = op
        .fixed_query
        .iter()
        .map(|(name, value)| quote!(query.push(#name, #value.to_owned());));
    let query: Vec<TokenStream> = fixed
        .chain(
            op.params
                .iter()
                .filter(|p| p.location == ParamIn::Query)
                .map(|p| send_param(p, &query_source)),
        )
        .collect();
    let headers: Vec<TokenStream> = op
        .params
        .iter()
        .filter(|p| p.location == ParamIn::Header)
        .map(|p| send_param(p, &header_source))
        .collect();
    let query_binding = op.query_struct.map(|_| quote!(let query_params = query;));
    let header_binding = op.header_struct.map(|_| quote!(let header_params = headers;));

    // Credentials go where their scheme says: query keys join the query string before the URL is
    // final; everything else is a header on the request.
    let in_query = |kind: &SchemeKind| {
        matches!(
            kind,
            SchemeKind::ApiKey {
                location: ParamIn::Query,
                ..
            }
        )
    };
    let credential = |kind: &SchemeKind, value: TokenStream| -> TokenStream {
        match kind {
            SchemeKind::ApiKey {
                location: ParamIn::Header,
                name,
            } => quote!(request = request.header(#name, #value.0.as_str());),
            SchemeKind::ApiKey {
                location: ParamIn::Query,
                name,
            } => quote!(query.push(#name, #value.0.clone());),
            SchemeKind::ApiKey { name, .. } => {
                quote!(request = request.header(rt::reqwest::header::COOKIE, format!("{}={}", #name, #value.0));)
            }
            SchemeKind::Bearer => quote!(request = request.bearer_auth(&#value.0);),
            SchemeKind::Basic => {
                quote!(request = request.header(rt::reqwest::header::AUTHORIZATION, format!("Basic {}", #value.0));)
            }
        }
    };
    let apply_auth = |query_phase: bool| -> TokenStream {
        let wanted: Vec<usize> = schemes
            .iter()
            .copied()
            .filter(|&i| in_query(&api.schemes[i].kind) == query_phase)
            .collect();
        if wanted.is_empty() {
            return TokenStream::new();
        }
        let set = if schemes.len() == 1 {
            credential(&api.schemes[schemes[0]].kind, quote!(auth))
        } else {
            let arms = wanted.iter().map(|&i| {
                let n = ident(&api.schemes[i].name);
                let set = credential(&api.schemes[i].kind, quote!(credential));
                quote!(Credentials::#n(credential) => { #set })
            });
            match (wanted.as_slice(), wanted.len() < api.schemes.len()) {
                // One scheme of several: clippy wants `if let` for a single arm.
                ([one], true) => {
                    let n = ident(&api.schemes[*one].name);
                    let set = credential(&api.schemes[*one].kind, quote!(credential));
                    quote!(if let Credentials::#n(credential) = auth { #set })
                }
                (_, partial) => {
                    let rest = partial.then(|| quote!(_ => {}));
                    quote!(match auth { #(#arms)* #rest })
                }
            }
        };
        if op.security.optional() {
            quote!(if let Some(auth) = auth { #set })
        } else {
            set
        }
    };
    let auth_query = apply_auth(true);
    let auth_headers = apply_auth(false);
    let needs_query = !query.is_empty() || !auth_query.is_empty();
    let query_decl = needs_query.then(|| quote!(let mut query = rt::Query::default();));
    let query_apply = needs_query.then(|| quote!(url.push_str(&query.encode());));

    let body = op.body.as_ref().map(|b| {
        let ct = &b.content_type;
        let set = match b.kind {
            BodyKind::Json => quote! {
                request = request.header(rt::reqwest::header::CONTENT_TYPE, #ct).body(rt::serde_json::to_vec(body).map_err(rt::ClientError::Encode)?);
            },
            BodyKind::Form => quote! {
                request = request.header(rt::reqwest::header::CONTENT_TYPE, #ct).body(rt::form_body(body).map_err(rt::ClientError::Encode)?);
            },
            BodyKind::Text | BodyKind::Bytes => quote! {
                request = request.header(rt::reqwest::header::CONTENT_TYPE, #ct).body(body.to_owned());
            },
        };
        if b.required { set } else { quote!(if let Some(body) = body { #set }) }
    });
    let mutates = !headers.is_empty() || !auth_headers.is_empty() || body.is_some();
    let mutable = mutates.then(|| quote!(mut));

    let method_name = ident(&op.method.to_uppercase());
    let response = ident(&api.types[op.response_type].name);
    let mut arms = op.responses.iter().map(|r| {
        let v = ident(&r.variant);
        let pattern = match r.status {
            Status::Code(c) => {
                let c = proc_macro2::Literal::u16_unsuffixed(c);
                quote!(#c)
            }
            Status::Range(class) => {
                let exact: Vec<u16> = op
                    .responses
                    .iter()
                    .filter_map(|r| match r.status {
                        Status::Code(c) => Some(c),
                        _ => None,
                    })
                    .collect();
                range_pattern(class, &exact)
            }
            Status::Default => quote!(_),
        };
        let body_value = r.body.as_ref().map(|b| {
            let ty = rust_type(api, &b.ty);
            match b.kind {
                BodyKind::Json | BodyKind::Form => quote!(reply.json::<#ty>()?),
                BodyKind::Text => quote!(reply.text()),
                BodyKind::Bytes => quote!(reply.body.to_vec()),
            }
        });
        let headers_value = r.headers.map(|id| {
            let ty = ident(&api.types[id].name);
            let TypeKind::Struct(s) = &api.types[id].kind else {
                return quote!(#ty::default());
            };
            let fields = s.fields.iter().map(|f| {
                let field = ident(&f.name);
                let wire = &f.wire;
                let ty = rust_type(api, &f.ty);
                let parse = match &f.ty {
                    TypeRef::Vec(item) if is_text(&api.types, item) => {
                        let item = rust_type(api, item);
                        quote!(rt::header_list::<#item>(&reply.headers, #wire)?)
                    }
                    t if is_text(&api.types, t) => quote!(rt::header::<#ty>(&reply.headers, #wire)?),
                    _ => quote!(rt::header_json::<#ty>(&reply.headers, #wire)?),
                };
                match (f.required, f.nullable) {
                    (true, false) => quote!(#field: rt::required_header(#parse, #wire)?,),
                    (false, true) => quote!(#field: #parse.map(Some),),
                    _ => quote!(#field: #parse,),
                }
            });
            quote!(#ty { #(#fields)* })
        });
        let fixed = matches!(r.status, Status::Code(_));
        let value = match (fixed, body_value, headers_value) {
            (true, Some(b), None) => quote!(#response::#v(#b)),
            (true, None, None) => quote!(#response::#v),
            (fixed, b, h) => {
                let status = (!fixed).then(|| quote!(status: reply.status,));
                let b = b.map(|b| quote!(body: #b,));
                let h = h.map(|h| quote!(headers: #h,));
                quote!(#response::#v { #status #b #h })
            }
        };
        (pattern, value)
    });
    let has_default = op.responses.iter().any(|r| r.status == Status::Default);
    let fallback = (!has_default).then(|| quote!(_ => return Err(reply.unexpected()),));
    // An operation that documents no response (3.1 allows it) has no status to expect.
    let result = if op.responses.is_empty() {
        quote!(Err(reply.unexpected()))
    } else if let [only] = op.responses.as_slice()
        && only.status == Status::Default
    {
        // Every status is the default response: no match to make.
        let value = arms.next().map(|(_, value)| value);
        quote!(Ok(#value))
    } else {
        let arms = arms.map(|(pattern, value)| quote!(#pattern => #value,));
        quote!(Ok(match reply.status {
            #(#arms)*
            #fallback
        }))
    };

    quote! {
        #doc
        pub async fn #name(&self, #(#args),*) -> Result<#response, rt::ClientError> {
            let mut url = self.base_url.clone();
            #(#url_parts)*
            #query_binding
            #query_decl
            #(#query)*
            #auth_query
            #query_apply
            #header_binding
            let #mutable request = self.http.request(rt::reqwest::Method::#method_name, url.as_str());
            #auth_headers
            #(#headers)*
            #body
            let reply = rt::send(request).await?;
            #result
        }
    }
}

/// The statuses of a `4XX`-style range that no exact code of the operation claims (`400` and `2XX` give
/// `201..=299` for the range), so no match arm overlaps another.
fn range_pattern(class: u16, exact: &[u16]) -> TokenStream {
    let (lo, hi) = (class * 100, class * 100 + 99);
    let mut taken: Vec<u16> = exact.iter().copied().filter(|c| (lo..=hi).contains(c)).collect();
    taken.sort_unstable();
    let mut pieces = Vec::new();
    let mut start = lo;
    for c in taken.into_iter().chain(std::iter::once(hi + 1)) {
        if c > start {
            let (a, b) = (
                proc_macro2::Literal::u16_unsuffixed(start),
                proc_macro2::Literal::u16_unsuffixed(c - 1),
            );
            pieces.push(if c - 1 == start { quote!(#a) } else { quote!(#a..=#b) });
        }
        start = c + 1;
    }
    if pieces.is_empty() {
        // Every code of the range has its own response: this arm cannot be reached; a pattern that
        // matches nothing keeps the arm (and the variant) without an unreachable-pattern warning.
        return quote!(_ if false);
    }
    quote!(#(#pieces)|*)
}
