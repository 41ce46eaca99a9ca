//! The typed client: per operation, a method returning the success value (`Err` on documented error
//! responses, with a generated error enum) and a `*_response` method returning the route trait's whole
//! response enum; both take the same validated types as the route trait, so invalid input cannot even
//! be sent. Built once with its base URL and credentials (`Client::builder`).

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::server::style_tokens;
use super::{docs, ident, own_docs, rust_type};
use crate::model::{
    Api, BodyKind, Codec, Operation, Param, ParamIn, ResponseDef, SchemeKind, Status, TypeKind, TypeRef, is_text,
};

pub(super) fn all(api: &Api) -> TokenStream {
    let methods = api.operations.iter().map(|op| {
        let common = common_method(api, op);
        let full = method(api, op);
        quote!(#common #full)
    });
    let outcomes = api.operations.iter().map(|op| outcome_types(api, op));
    let (constructor, builder) = builder(api);
    // The first operation's names stand for all in the docs (`all` is only called with operations).
    let (common, full, error) = api.operations.first().map_or_else(Default::default, |op| {
        (
            method_link(&op.name),
            method_link(&op.client.response_method),
            op.client.error_type.as_str(),
        )
    });
    // The title is the spec's text; the rest is ours, with links to the items generated here.
    let title = docs(Some(&format!("A client for {}.", api.title)));
    let own = own_docs(&format!(
        "\nOne method per operation, taking the spec's types (already checked).\n\n\
         Each operation has two methods. The common one ({common}) returns the success body \
         on a 2xx response and `Err` on anything else: a documented error response is \
         `Err(rt::Error::Response {{ status, error }})` with the operation's error enum ([`{error}`]), so \
         `?` stops on it and `match` reads its typed body. The `*_response` one \
         ({full}) returns every documented response as data (the response enum of the route \
         trait), for callers that treat a 404 as an answer. A status the spec does not document is `Err` \
         from both.\n\n\
         Built once with its base URL and credentials ([`Client::builder`]); operations never take a \
         credential. `Debug` never shows one."
    ));
    let doc = quote!(#title #own);
    quote! {
        #doc
        #[derive(Clone, Debug)]
        pub struct Client {
            connection: rt::Connection,
        }

        impl Client {
            /// A client for the server at `base_url` (e.g. `http://127.0.0.1:8080`), without
            /// credentials: [`Client::builder`] sets them. The base URL is checked here, so that a
            /// wrong one is reported where it is configured rather than at the first call: it must be
            /// an absolute `http` or `https` URL without a query, fragment or password.
            pub fn new(base_url: impl Into<String>) -> Result<Self, rt::BuildError> {
                Self::builder(base_url).build()
            }

            /// A client that sends through `http` (your own `reqwest::Client`: timeouts, TLS,
            /// proxies, default headers); otherwise as [`Client::new`].
            pub fn with_http(base_url: impl Into<String>, http: rt::reqwest::Client) -> Result<Self, rt::BuildError> {
                Self::builder(base_url).http(http).build()
            }

            #constructor

            #(#methods)*
        }

        #builder

        #(#outcomes)*
    }
}

/// `Client::builder` and the builder: one method per security scheme (named after it), `http`, `build`.
fn builder(api: &Api) -> (TokenStream, TokenStream) {
    let slots = api.schemes.iter().map(|s| {
        let scheme = &s.wire;
        match &s.kind {
            SchemeKind::ApiKey {
                location: ParamIn::Query,
                name,
            } => quote!(rt::CredentialSlot::query(#scheme, #name)),
            SchemeKind::ApiKey {
                location: ParamIn::Cookie,
                name,
            } => quote!(rt::CredentialSlot::cookie(#scheme, #name)),
            SchemeKind::ApiKey { name, .. } => quote!(rt::CredentialSlot::header(#scheme, #name)),
            SchemeKind::Bearer | SchemeKind::Basic => quote!(rt::CredentialSlot::header(#scheme, "authorization")),
        }
    });
    let setters = api.schemes.iter().enumerate().map(|(slot, s)| {
        let method = ident(&s.builder_method);
        let (how, args, value) = match &s.kind {
            SchemeKind::ApiKey { location, name } => {
                let place = match location {
                    ParamIn::Query => "query parameter",
                    ParamIn::Cookie => "cookie",
                    _ => "header",
                };
                (
                    format!("the API key sent in the `{name}` {place}"),
                    quote!(key: impl Into<String>),
                    quote!(key.into()),
                )
            }
            SchemeKind::Bearer => (
                "the token sent as `Authorization: Bearer <token>`".to_owned(),
                quote!(token: impl AsRef<str>),
                quote!(rt::bearer_credential(token.as_ref())),
            ),
            SchemeKind::Basic => (
                "the user name and password sent as `Authorization: Basic <base64>`".to_owned(),
                quote!(username: impl AsRef<str>, password: impl AsRef<str>),
                quote!(rt::basic_credential(username.as_ref(), password.as_ref())),
            ),
        };
        let text = format!(
            "Security scheme `{}`: {how}, with every operation that accepts it.",
            s.wire
        );
        let doc = docs(Some(&text));
        let slot = proc_macro2::Literal::usize_unsuffixed(slot);
        quote! {
            #doc
            pub fn #method(mut self, #args) -> Self {
                self.0.set(#slot, #value);
                self
            }
        }
    });
    let doc = own_docs(
        "Builds a [`Client`]: its base URL, optionally the `reqwest::Client` it sends through, and a \
         credential per security scheme, each set once here and sent with every operation that accepts \
         it. An operation that needs a credential the client does not have returns \
         `rt::Error::MissingCredential` without sending; one that accepts several uses the first the \
         spec lists that is set.",
    );
    let constructor = quote! {
        /// Starts a [`ClientBuilder`] for the server at `base_url`.
        pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
            const SCHEMES: &[rt::CredentialSlot] = &[#(#slots),*];
            ClientBuilder(rt::ClientSettings::new(base_url, SCHEMES))
        }
    };
    let builder = quote! {
        #doc
        #[derive(Clone, Debug)]
        #[must_use]
        pub struct ClientBuilder(rt::ClientSettings);

        impl ClientBuilder {
            /// Sends through `http` (your own `reqwest::Client`: timeouts, TLS, proxies, middleware
            /// built into it) instead of a default one.
            pub fn http(mut self, http: rt::reqwest::Client) -> Self {
                self.0.http(http);
                self
            }

            #(#setters)*

            /// The client, once the base URL is an absolute `http` or `https` URL without a query,
            /// fragment or password, and every header credential is text a header can hold.
            pub fn build(self) -> Result<Client, rt::BuildError> {
                Ok(Client { connection: self.0.build()? })
            }
        }
    };
    (constructor, builder)
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

/// The summary and the operation's method, path and operationId, for both of its methods' docs.
fn operation_doc(op: &Operation) -> String {
    let mut text = op.summary.clone().map(|s| format!("{s}\n\n")).unwrap_or_default();
    text.push_str(&format!(
        "`{} {}` (operationId `{}`)",
        op.method.to_uppercase(),
        op.path,
        op.id
    ));
    text
}

/// The parameters of an operation's client methods (after `&self`) and the names they bind.
fn arguments(api: &Api, op: &Operation) -> (Vec<TokenStream>, Vec<Ident>) {
    let (mut args, mut names) = (Vec::new(), Vec::new());
    for (id, arg) in [
        (op.path_struct, "path"),
        (op.query_struct, "query"),
        (op.header_struct, "headers"),
    ] {
        if let Some(id) = id {
            let ty = ident(&api.types[id].name);
            let arg = ident(arg);
            args.push(quote!(#arg: &#ty));
            names.push(arg);
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
        names.push(ident("body"));
    }
    (args, names)
}

/// A doc link to a client method (a raw identifier such as `r#type` is named, not linked: rustdoc
/// cannot resolve it).
fn method_link(name: &str) -> String {
    match name.strip_prefix("r#") {
        Some(raw) => format!("`{raw}`"),
        None => format!("[`Client::{name}`]"),
    }
}

/// The method that returns every documented response as the operation's response enum.
fn method(api: &Api, op: &Operation) -> TokenStream {
    let name = ident(&op.client.response_method);
    let spec_doc = docs(Some(&operation_doc(op)));
    let own = own_docs(&format!(
        "\nEvery documented response, as data: like {}, but a documented error \
         response is `Ok` too. `Err` is what the spec does not document, a missing credential, or a \
         failure to send or read.",
        method_link(&op.name)
    ));
    let doc = quote!(#spec_doc #own);
    let (args, _) = arguments(api, op);
    let schemes = op.security.schemes();

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

    // The credentials are chosen first, so that a missing one stops the call before anything is
    // encoded or sent. They go where their scheme says: query keys join the query string before the URL
    // is final; everything else is a header on the request.
    let choose = (!schemes.is_empty()).then(|| {
        let alternatives = op.security.alternatives.iter().map(|alternative| {
            let slots = alternative
                .iter()
                .map(|r| proc_macro2::Literal::usize_unsuffixed(r.scheme));
            quote!(&[#(#slots),*])
        });
        quote!(let auth = self.connection.credentials(&[#(#alternatives),*])?;)
    });
    let in_query = |&i: &usize| {
        matches!(
            api.schemes[i].kind,
            SchemeKind::ApiKey {
                location: ParamIn::Query,
                ..
            }
        )
    };
    let auth_query = schemes
        .iter()
        .any(in_query)
        .then(|| quote!(auth.add_query(&mut query);));
    let auth_headers = schemes
        .iter()
        .any(|i| !in_query(i))
        .then(|| quote!(request = auth.add_headers(request);));
    let needs_query = !query.is_empty() || auth_query.is_some();
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
    let mutates = !headers.is_empty() || auth_headers.is_some() || body.is_some();
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
            #choose
            let mut url = self.connection.base_url().to_owned();
            #(#url_parts)*
            #query_binding
            #query_decl
            #(#query)*
            #auth_query
            #query_apply
            #header_binding
            let #mutable request = self.connection.http().request(rt::reqwest::Method::#method_name, url.as_str());
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

/// Whether a response is one the common method returns as `Ok`: a 2xx code or the `2XX` range. The
/// `default` response is `Ok` only for operations that document no success of their own (when a 2xx
/// status is what it covers): otherwise it is the spec's usual "any error" and an `Err`.
fn is_success(r: &ResponseDef) -> bool {
    match r.status {
        Status::Code(c) => (200..=299).contains(&c),
        Status::Range(class) => class == 2,
        Status::Default => false,
    }
}

/// The success responses of an operation, as its common method's `Ok` keeps them.
enum Success<'a> {
    /// None documented: `()` (a 2xx then comes back as an undocumented status).
    Nothing,
    /// One 2xx code without headers: its body, or `()`.
    Body(u16, &'a ResponseDef),
    /// One response with headers or a status to keep: a struct of them (`GetPetSuccess`).
    Struct(&'a ResponseDef),
    /// Several: an enum of them, variant for variant as in the response enum (`GetPetSuccess`).
    Enum(Vec<&'a ResponseDef>),
}

impl<'a> Success<'a> {
    fn of(op: &'a Operation) -> Self {
        let mut ok: Vec<&ResponseDef> = op.responses.iter().filter(|r| is_success(r)).collect();
        if ok.is_empty() {
            ok.extend(op.responses.iter().filter(|r| r.status == Status::Default));
        }
        match ok.as_slice() {
            [] => Success::Nothing,
            [one] => match one.status {
                Status::Code(code) if one.headers.is_none() => Success::Body(code, one),
                _ => Success::Struct(one),
            },
            _ => Success::Enum(ok),
        }
    }

    /// Whether `default` is (also) a success: only when the operation documents no other.
    fn default_succeeds(&self) -> bool {
        matches!(self, Success::Struct(r) if r.status == Status::Default)
    }
}

/// A response variant's content as both a pattern and a constructor of the same shape (`V(body)`,
/// `V`, `V { status, body, headers }`), as the response enum writes it (`server::response_enum`).
fn variant(ty: &TokenStream, r: &ResponseDef) -> TokenStream {
    let v = ident(&r.variant);
    match (
        matches!(r.status, Status::Code(_)),
        r.body.is_some(),
        r.headers.is_some(),
    ) {
        (true, true, false) => quote!(#ty::#v(body)),
        (true, false, false) => quote!(#ty::#v),
        _ => {
            let names = content_names(r);
            quote!(#ty::#v { #names })
        }
    }
}

/// `status, body, headers`: the named content a response has, bound or built by field shorthand.
fn content_names(r: &ResponseDef) -> TokenStream {
    let status = (!matches!(r.status, Status::Code(_))).then(|| quote!(status,));
    let body = r.body.is_some().then(|| quote!(body,));
    let headers = r.headers.is_some().then(|| quote!(headers,));
    quote!(#status #body #headers)
}

/// The fields of a response's content: `status` when the code is not fixed, `body`, `headers`.
fn content_fields(api: &Api, r: &ResponseDef, public: bool) -> TokenStream {
    let vis = public.then(|| quote!(pub));
    let status = (!matches!(r.status, Status::Code(_))).then(|| quote!(#vis status: u16,));
    let body = r.body.as_ref().map(|b| {
        let ty = rust_type(api, &b.ty);
        quote!(#vis body: #ty,)
    });
    let headers = r.headers.map(|id| {
        let ty = rust_type(api, &TypeRef::Named(id));
        quote!(#vis headers: #ty,)
    });
    quote!(#status #body #headers)
}

/// An enum variant per response, shaped as in the response enum.
fn variant_defs<'a>(api: &'a Api, responses: &'a [&'a ResponseDef]) -> impl Iterator<Item = TokenStream> + 'a {
    responses.iter().map(|r| {
        let v = ident(&r.variant);
        let doc = docs(Some(&status_text(r, &r.description)));
        match (matches!(r.status, Status::Code(_)), &r.body, r.headers) {
            (true, Some(b), None) => {
                let ty = rust_type(api, &b.ty);
                quote!(#doc #v(#ty),)
            }
            (true, None, None) => quote!(#doc #v,),
            _ => {
                let fields = content_fields(api, r, false);
                quote!(#doc #v { #fields },)
            }
        }
    })
}

/// `404: Not found` (`Any other status` for `default`).
fn status_text(r: &ResponseDef, description: &str) -> String {
    let status = match r.status {
        Status::Code(c) => c.to_string(),
        Status::Range(c) => format!("{c}XX"),
        Status::Default => "Any other status".to_owned(),
    };
    format!("{status}: {description}")
}

/// How an error message names a response: the reason phrase of its code (`Not Found`: spec prose is
/// often long), else the first line of its description, short.
fn short_description(r: &ResponseDef) -> String {
    if let Status::Code(c) = r.status {
        let label = crate::model::status_label(r.status);
        if label != format!("Status {c}") {
            return label;
        }
    }
    const MAX: usize = 80;
    let line = r
        .description
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let mut text: String = line.chars().take(MAX).collect();
    if line.chars().count() > MAX {
        text.push_str("...");
    }
    if text.is_empty() {
        status_text(r, "documented response")
    } else {
        text
    }
}

/// The operation's error enum (a variant per documented non-success response) with its `Display`,
/// and its success struct or enum when it has one.
fn outcome_types(api: &Api, op: &Operation) -> TokenStream {
    let success = Success::of(op);
    let errors: Vec<&ResponseDef> = op.responses.iter().filter(|r| !is_success(r)).collect();
    let error = ident(&op.client.error_type);
    let defs = variant_defs(api, &errors);
    let doc = docs(Some(&format!(
        "The error responses `{}` documents (`{} {}`): what its common client method returns in \
         `Err(rt::Error::Response {{ status, error }})`. `Display` gives the reason phrase (or description) and the body.",
        op.id,
        op.method.to_uppercase(),
        op.path
    )));
    let shows = errors.iter().map(|r| {
        let pattern = match (
            matches!(r.status, Status::Code(_)),
            r.body.is_some(),
            r.headers.is_some(),
        ) {
            (true, true, false) => {
                let v = ident(&r.variant);
                quote!(Self::#v(body))
            }
            (_, true, _) => {
                let v = ident(&r.variant);
                quote!(Self::#v { body, .. })
            }
            (true, false, false) => {
                let v = ident(&r.variant);
                quote!(Self::#v)
            }
            _ => {
                let v = ident(&r.variant);
                quote!(Self::#v { .. })
            }
        };
        let text = short_description(r);
        let show = match &r.body {
            None => quote!(f.write_str(#text)),
            Some(b) if b.kind == BodyKind::Bytes => {
                // The description is part of the format string (clippy's `write_literal`), braces escaped.
                let format = format!("{}: {{}} bytes", text.replace('{', "{{").replace('}', "}}"));
                quote!(write!(f, #format, body.len()))
            }
            Some(_) => {
                let prefix = format!("{text}: ");
                quote!({
                    f.write_str(#prefix)?;
                    rt::show_body(f, body)
                })
            }
        };
        quote!(#pattern => #show,)
    });
    // No documented error: an enum without values, whose `fmt` never runs.
    let (formatter, display) = if errors.is_empty() {
        (quote!(_), quote!(match *self {}))
    } else {
        (quote!(f), quote!(match self { #(#shows)* }))
    };
    let success_type = success_definition(api, op, &success);
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq)]
        #[allow(clippy::large_enum_variant)]
        pub enum #error {
            #(#defs)*
        }

        impl ::std::fmt::Display for #error {
            fn fmt(&self, #formatter: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                #display
            }
        }

        #success_type
    }
}

/// The success struct or enum, for operations whose success is more than a body.
fn success_definition(api: &Api, op: &Operation, success: &Success) -> TokenStream {
    let name = ident(&op.client.success_type);
    match success {
        Success::Nothing | Success::Body(..) => TokenStream::new(),
        Success::Struct(r) => {
            let fields = content_fields(api, r, true);
            let doc = docs(Some(&format!(
                "The success response of `{}`, with what the response enum keeps beside its body. {}",
                op.id,
                status_text(r, &r.description)
            )));
            quote! {
                #doc
                #[derive(Clone, Debug, PartialEq)]
                pub struct #name { #fields }
            }
        }
        Success::Enum(responses) => {
            let defs = variant_defs(api, responses);
            let doc = docs(Some(&format!(
                "The success responses of `{}`: what its common client method returns in `Ok`.",
                op.id
            )));
            quote! {
                #doc
                #[derive(Clone, Debug, PartialEq)]
                #[allow(clippy::large_enum_variant)]
                pub enum #name { #(#defs)* }
            }
        }
    }
}

/// The common method: the success value on a 2xx response, `Err` on everything else.
fn common_method(api: &Api, op: &Operation) -> TokenStream {
    let name = ident(&op.name);
    let full = ident(&op.client.response_method);
    let response = ident(&api.types[op.response_type].name);
    let response = quote!(#response);
    let error_name = &op.client.error_type;
    let error = ident(error_name);
    let error = quote!(#error);
    let success_name = &op.client.success_type;
    let success_ident = ident(success_name);
    let success_path = quote!(#success_ident);
    let success = Success::of(op);
    let (ok_type, returns) = match &success {
        Success::Nothing => (quote!(()), "`()` (the spec documents no success response)".to_owned()),
        Success::Body(code, r) => match &r.body {
            Some(b) => (rust_type(api, &b.ty), format!("the body of its `{code}` response")),
            None => (quote!(()), format!("`()` on its `{code}` response")),
        },
        Success::Struct(_) | Success::Enum(_) => (success_path.clone(), format!("[`{success_name}`]")),
    };
    let (args, names) = arguments(api, op);
    let ok_value = |r: &ResponseDef| match &success {
        Success::Body(..) if r.body.is_some() => quote!(Ok(body)),
        Success::Nothing | Success::Body(..) => quote!(Ok(())),
        Success::Struct(_) => {
            let names = content_names(r);
            quote!(Ok(#success_path { #names }))
        }
        Success::Enum(_) => {
            let value = variant(&success_path, r);
            quote!(Ok(#value))
        }
    };
    let err_value = |r: &ResponseDef| {
        // The status is the code, or the one the variant holds (bound by the pattern: shorthand).
        let status = match r.status {
            Status::Code(c) => {
                let c = proc_macro2::Literal::u16_unsuffixed(c);
                quote!(status: #c)
            }
            _ => quote!(status),
        };
        let value = variant(&error, r);
        quote!(Err(rt::Error::Response { #status, error: #value }))
    };
    let arms = op.responses.iter().map(|r| {
        let pattern = variant(&response, r);
        if is_success(r) {
            let ok = ok_value(r);
            quote!(#pattern => #ok,)
        } else if r.status == Status::Default && success.default_succeeds() {
            let ok = ok_value(r);
            let err = err_value(r);
            quote! {
                #pattern if (200..=299).contains(&status) => #ok,
                #pattern => #err,
            }
        } else {
            let err = err_value(r);
            quote!(#pattern => #err,)
        }
    });
    let spec_doc = docs(Some(&operation_doc(op)));
    let own = own_docs(&format!(
        "\nReturns {returns}. A documented error response is `Err(rt::Error::Response {{ status, error }})` \
         with [`{error_name}`]; {} returns every documented response as data instead.",
        method_link(&op.client.response_method)
    ));
    let doc = quote!(#spec_doc #own);
    quote! {
        #doc
        pub async fn #name(&self, #(#args),*) -> Result<#ok_type, rt::Error<#error>> {
            match self.#full(#(#names),*).await.map_err(rt::ClientError::widen)? {
                #(#arms)*
            }
        }
    }
}
