//! Codes reported by the generator's plan (`specgen::generate::plan`): what `specgen generate` would
//! refuse, simplify or rename. `specgen lint` reports them from the same plan, at the same places, so the
//! linter says exactly what the generator will do. They are documented, configurable and listed in SARIF
//! like the rules.

use crate::declare_rule;
use crate::lint::rule::{ANY_OAS, OAS31, RuleMeta};

declare_rule! {
    /// A schema the generated Rust cannot express exactly, typed as any JSON value
    /// (`serde_json::Value`, with the reason in its doc comment): `not`, an `allOf` that mixes objects
    /// with other kinds, a schema that only names itself, a schema the typed model cannot read (a list
    /// where a schema belongs, a type the version does not know), constraints beside `allOf` that cannot
    /// be combined, a discriminator that does not map every branch (its variants are then tried: a
    /// `oneOf` value must fit exactly one, an `anyOf` value takes the first it fits), a `oneOf` whose
    /// branches the generated code cannot tell apart (one is any JSON value, or two have the same type:
    /// the first variant that fits is taken).
    ///
    /// A schema the typed model cannot read is reported at what could not be read (the keyword, when one
    /// keyword is the cause): the smallest schema around it becomes any JSON value. A bound that no value
    /// of the type meets (`format: int32` with `minimum: 3000000000`) gives a type that rejects every
    /// value.
    ///
    /// The generated code still accepts every valid value; it checks less than the spec says.
    pub static UNSUPPORTED_SCHEMA = { id: "unsupported-schema", severity: Warning, versions: ANY_OAS };
}

declare_rule! {
    /// Part of the document that only documents the API (an example, a link, `externalDocs`, a tag, a
    /// server, `contact`, `license`, a callback) does not fit the typed model the generator reads, so
    /// generation leaves it out rather than refusing the spec.
    pub static UNREADABLE_DOCS = { id: "unreadable-docs", severity: Warning, versions: ANY_OAS };
}

declare_rule! {
    /// A part that defines the API has a defect with one obvious meaning, which generation reads past
    /// rather than refusing the spec: a response without its required `description` (read as empty),
    /// `null` as a security requirement's scopes (read as none). The linter's structural rules report the
    /// defect itself.
    pub static STRUCTURE_AMENDED = { id: "structure-amended", severity: Warning, versions: ANY_OAS };
}

declare_rule! {
    /// A reference the generator cannot follow to a named component (a schema that is not under
    /// `components/schemas`, a remote URL, a parameter elsewhere than `components/parameters`): the
    /// schema becomes any JSON value; a parameter is left out.
    pub static UNSUPPORTED_REF = { id: "unsupported-ref", severity: Warning, versions: ANY_OAS };
}

declare_rule! {
    /// A request body with several media types: the generated router accepts the first of JSON, form,
    /// text, anything, and the client sends that one.
    pub static UNSUPPORTED_MEDIA_TYPE = { id: "unsupported-media-type", severity: Warning, versions: ANY_OAS };
}

declare_rule! {
    /// A path the generated axum router cannot serve: a segment with several parameters (`/{a}{b}`,
    /// `/{a}.{b}`: where one ends is a guess), an unmatched brace or an unnamed parameter, more than 25
    /// parameters, or an operation that cannot be told apart from another one with the same method:
    /// their paths differ only in parameter names (`/a/{id}` and `/a/{name}`) or in a `?query`, or the
    /// literal text around their parameters matches some of the same URLs with neither the more
    /// specific (`/x{a}` and `/{a}.json`, both `/x.json`). The operation is left out of the router (its
    /// trait and client methods remain), so that `router()` never panics; the message says which
    /// operation it clashes with.
    ///
    /// What axum does not route by itself is served: literal text around a single parameter
    /// (`/accounts/{sid}.json`, `/v1/{name}:cancel`, `/v{version}`) is matched and cut off by the router,
    /// and operations whose literal text differs share one route (`/v1/{name}:cancel`,
    /// `/v1/{name}:undelete` and `/v1/{name}`, the most specific tried first). Segments that start with
    /// `:` or `*` are literal text, and literal text outside ASCII is routed as clients send it
    /// (percent-encoded).
    ///
    /// Bad:
    ///
    /// ```yaml
    /// paths:
    ///   /files/{name}{ext}: {get: ...}
    ///   /items/{id}: {get: ...}
    ///   /items/{key}: {get: ...}
    /// ```
    ///
    /// Good:
    ///
    /// ```yaml
    /// paths:
    ///   /files/{name}/{ext}: {get: ...}   # or /files/{name}.json: one parameter with literal text is served
    ///   /items/{id}: {get: ...}
    ///   /items/by-key/{key}: {get: ...}
    /// ```
    pub static AXUM_PATH_TEMPLATE = {
        id: "axum-path-template",
        severity: Warning,
        aliases: ["unsupported-path"],
        versions: ANY_OAS,
    };
}

declare_rule! {
    /// A parameter the generated router does not extract (cookie parameters): read it in a middleware.
    pub static UNSUPPORTED_PARAMETER = { id: "unsupported-parameter", severity: Warning, versions: ANY_OAS };
}

declare_rule! {
    /// A parameter `style` and `explode` that OpenAPI does not define for the parameter's schema, read as
    /// the nearest defined one: `deepObject` on an array or a single value (read as `form`),
    /// `spaceDelimited` or `pipeDelimited` on a single value (`form`) or on an object with `explode: true`
    /// (not exploded), `deepObject` with `explode: false` (exploded). Also two exploded `form` objects in one operation's query: their properties are pairs
    /// without the parameter's name, so neither can tell its own from the other's.
    pub static PARAMETER_STYLE = { id: "parameter-style", severity: Warning, versions: ANY_OAS };
}

declare_rule! {
    /// An HTTP security scheme other than `basic` and `bearer`: the router reads its credential as a
    /// bearer token. Also a security requirement that names a scheme `components/securitySchemes`
    /// does not define: no request can meet that alternative, so the router never accepts it (an
    /// operation all of whose alternatives do so answers every request 401, never anonymously).
    pub static UNSUPPORTED_SECURITY = { id: "unsupported-security", severity: Warning, versions: ANY_OAS };
}

declare_rule! {
    /// An OpenAPI 3.1 webhook: a request the API sends rather than serves, so neither the route trait
    /// nor the client has a method for it (its component schemas are generated).
    pub static WEBHOOK_NOT_GENERATED = { id: "webhook-not-generated", severity: Warning, versions: OAS31 };
}

declare_rule! {
    /// A spec name (schema, property, parameter, enum value, operation, security scheme) that the
    /// generated Rust gives another name: two names become the same identifier (`fooBar` and `foo_bar`
    /// are both `foo_bar`), or the name is one the generated code uses itself (`Client`, `Option`,
    /// `Result`, the generics `A` and `D`, the client's `new`, ...; `specgen::naming::reserved` is the
    /// one list). The message says which name each gets, so the Rust API holds no surprise; the
    /// generated code is correct either way.
    ///
    /// Rename one on the wire if you can, or accept the names shown.
    pub static RUST_NAME_COLLISION = { id: "rust-name-collision", severity: Info, versions: ANY_OAS };
}

pub static CODES: &[&RuleMeta] = &[
    &UNSUPPORTED_SCHEMA,
    &UNREADABLE_DOCS,
    &STRUCTURE_AMENDED,
    &UNSUPPORTED_REF,
    &UNSUPPORTED_MEDIA_TYPE,
    &AXUM_PATH_TEMPLATE,
    &UNSUPPORTED_PARAMETER,
    &PARAMETER_STYLE,
    &UNSUPPORTED_SECURITY,
    &WEBHOOK_NOT_GENERATED,
    &RUST_NAME_COLLISION,
];
