//! Model: what the emitters need from a spec, with Rust names settled. Operations (method, path,
//! parameters, body, responses, security) and a type graph (named and inline schemas).
//!
//! Built from the typed view of a loaded [`Spec`](crate::load::Spec). Constructs that cannot be
//! represented become `serde_json::Value` with a doc comment saying why, and a located warning.

mod build;
mod complexity;
mod defaults;
mod ops;
mod routes;
mod runtime_types;
pub mod unenforced;

use crate::ecma::Engine;
use specgen_rt::check::Number;

pub use build::build;
pub(crate) use ops::status_label;

/// Index into [`Api::types`].
pub type TypeId = usize;

/// A whole API: one trait, one router, its types.
#[derive(Clone, Debug)]
pub struct Api {
    pub title: String,
    pub version: String,
    pub description: Option<String>,
    /// The route trait's name, from `info.title` (`SmarterProctoringApi`).
    pub trait_name: String,
    pub types: Vec<TypeDef>,
    pub operations: Vec<Operation>,
    pub schemes: Vec<SchemeDef>,
}

/// A Rust type as used somewhere (a field, an item, a parameter).
#[derive(Clone, Debug, PartialEq)]
pub enum TypeRef {
    String,
    Bool,
    I32,
    I64,
    F32,
    F64,
    /// Any JSON value (`serde_json::Value`): untyped schemas and what cannot be represented.
    Json,
    /// Any JSON object (`serde_json::Map`).
    JsonObject,
    /// Raw bytes of a body in a media type specgen does not parse.
    Bytes,
    /// A string in a checked format, with no other constraint (`rt::DateTime`, ...).
    Format(Format),
    /// A string whose only constraints are its length in characters (`rt::BoundedString<MIN, MAX>`).
    BoundedString {
        min: u64,
        max: Option<u64>,
    },
    Named(TypeId),
    Vec(Box<TypeRef>),
    /// A JSON object with values of one type (`BTreeMap<String, T>`: ordered, so output is stable).
    Map(Box<TypeRef>),
    /// `null` allowed.
    Option(Box<TypeRef>),
    /// Indirection for recursive types.
    Box(Box<TypeRef>),
    /// A type the runtime defines (see `runtime_types`).
    Runtime(RuntimeType),
}

/// Types of the runtime crate that a spec's schema may describe exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RuntimeType {
    /// `rt::Problem`, the `application/problem+json` body a generated router sends by itself.
    Problem,
    /// `rt::ProblemItem`, one invalid input in it.
    ProblemItem,
}

/// String formats the generated code checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    DateTime,
    Date,
    Time,
    Uuid,
    Email,
    Ipv4,
    Ipv6,
    Uri,
    Byte,
}

impl Format {
    pub fn parse(name: &str) -> Option<Format> {
        Some(match name {
            "date-time" => Format::DateTime,
            "date" => Format::Date,
            "time" => Format::Time,
            "uuid" => Format::Uuid,
            "email" => Format::Email,
            "ipv4" => Format::Ipv4,
            "ipv6" => Format::Ipv6,
            "uri" => Format::Uri,
            "byte" => Format::Byte,
            _ => return None,
        })
    }

    pub fn wire(self) -> &'static str {
        match self {
            Format::DateTime => "date-time",
            Format::Date => "date",
            Format::Time => "time",
            Format::Uuid => "uuid",
            Format::Email => "email",
            Format::Ipv4 => "ipv4",
            Format::Ipv6 => "ipv6",
            Format::Uri => "uri",
            Format::Byte => "byte",
        }
    }

    /// The runtime type that holds a string of this format.
    pub fn type_name(self) -> &'static str {
        match self {
            Format::DateTime => "DateTime",
            Format::Date => "Date",
            Format::Time => "Time",
            Format::Uuid => "Uuid",
            Format::Email => "Email",
            Format::Ipv4 => "Ipv4",
            Format::Ipv6 => "Ipv6",
            Format::Uri => "Uri",
            Format::Byte => "Base64",
        }
    }
}

/// A named type the generated code defines.
#[derive(Clone, Debug)]
pub struct TypeDef {
    pub name: String,
    pub description: Option<String>,
    pub example: Option<serde_json::Value>,
    /// Where it comes from: a pointer into the typed document, for docs and diagnostics.
    pub origin: String,
    pub kind: TypeKind,
    /// The schema's `default`, checked against it: the type's `impl Default` (string enums and
    /// checked scalars only; see [`applies_default`]).
    pub default: Option<serde_json::Value>,
}

// A newtype's checks make it the largest kind; a spec has thousands of types at most, built once, so the
// size costs nothing worth a box.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum TypeKind {
    Struct(Struct),
    /// A string enum.
    Enum(Vec<EnumVariant>),
    /// `oneOf` / `anyOf`.
    Union(Union),
    /// A value with constraints; its only constructors check them.
    Newtype(Newtype),
    Alias(TypeRef),
    /// A struct around one value (`pub struct Tree(pub Vec<Tree>);`): what a schema that contains itself
    /// through a list or map becomes, as a recursive alias cannot be written.
    Wrapper(TypeRef),
    /// The response enum of the operation with this index.
    Response(usize),
}

#[derive(Clone, Debug, Default)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// `additionalProperties: false`.
    pub deny_unknown: bool,
    /// `additionalProperties: {schema}` beside named properties: kept in a flattened map.
    pub extra: Option<TypeRef>,
}

#[derive(Clone, Debug)]
pub struct Field {
    pub wire: String,
    pub name: String,
    /// The type of a present, non-null value.
    pub ty: TypeRef,
    pub required: bool,
    pub nullable: bool,
    /// The schema's `default` (its own, or that of the schema its `$ref` names), checked against the
    /// schema: an absent property reads as it. Never set on a required property (required wins) nor on
    /// a type the generated code cannot write a value of ([`applies_default`]).
    pub default: Option<serde_json::Value>,
    pub description: Option<String>,
    pub example: Option<serde_json::Value>,
}

impl Field {
    /// How many `Option`s wrap the field's type (at most; a setting may make it one fewer).
    pub fn options(&self) -> u32 {
        match (self.required, self.nullable, self.default.is_some()) {
            (true, false, _) | (false, false, true) => 0,
            (false, true, false) => 2,
            _ => 1,
        }
    }
}

#[derive(Clone, Debug)]
pub struct EnumVariant {
    pub wire: String,
    pub name: String,
}

#[derive(Clone, Debug)]
pub struct Union {
    pub variants: Vec<UnionVariant>,
    /// With a discriminator, the variant is chosen by a property's value instead of by trying each.
    pub discriminator: Option<Discriminator>,
    /// `oneOf`: a value must fit exactly one variant (`anyOf`: the first that fits).
    pub exactly_one: bool,
}

#[derive(Clone, Debug)]
pub struct UnionVariant {
    pub name: String,
    pub ty: TypeRef,
}

#[derive(Clone, Debug)]
pub struct Discriminator {
    pub property: String,
    /// (value, index of the variant)
    pub mapping: Vec<(String, usize)>,
}

#[derive(Clone, Debug)]
pub struct Newtype {
    pub inner: TypeRef,
    pub checks: Checks,
}

/// Constraints checked by a newtype's constructor.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Checks {
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    /// The ECMA-262 source and how to run it.
    pub pattern: Option<(String, Engine)>,
    pub format: Option<Format>,
    /// (bound, exclusive), exactly as written when it is an integer (`9007199254740993` is not rounded).
    pub minimum: Option<(Number, bool)>,
    pub maximum: Option<(Number, bool)>,
    pub multiple_of: Option<Number>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub unique_items: bool,
    /// Allowed values of a non-string enum.
    pub one_of_values: Vec<serde_json::Value>,
}

impl Checks {
    pub fn is_empty(&self) -> bool {
        *self == Checks::default()
    }
}

/// One operation: one trait method, one route.
#[derive(Clone, Debug)]
pub struct Operation {
    /// The operationId as written (or derived from method and path when absent).
    pub id: String,
    /// The trait method (`update_course_offering`).
    pub name: String,
    /// Lowercase HTTP method.
    pub method: String,
    /// The path template as the spec writes it.
    pub path: String,
    /// The template the client fills in and the router matches: `path` without a `?query` or
    /// `#fragment` part, starting with `/`.
    pub url_path: String,
    /// Query pairs written into the spec's path (`/things?beta=true`), which the client always sends.
    pub fixed_query: Vec<(String, String)>,
    /// Where the generated router serves the operation; `None` when axum cannot route its path (a
    /// warning says why).
    pub route: Option<Route>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    pub origin: String,
    pub params: Vec<Param>,
    /// Structs grouping the parameters by location (`CourseOfferingsOfferingSidPath`, ...).
    pub path_struct: Option<TypeId>,
    pub query_struct: Option<TypeId>,
    pub header_struct: Option<TypeId>,
    pub body: Option<Body>,
    pub responses: Vec<ResponseDef>,
    /// The response enum's type.
    pub response_type: TypeId,
    /// The client's names for this operation: the method that returns the whole response enum
    /// (`get_offering_response`), the enum of its documented error responses (`GetOfferingError`) and
    /// the type of several or annotated success responses (`GetOfferingSuccess`). Settled here with
    /// the others so they never collide with a spec's names; unused without a client.
    pub client: ClientNames,
    pub security: Security,
}

/// See [`Operation::client`].
#[derive(Clone, Debug, Default)]
pub struct ClientNames {
    pub response_method: String,
    pub error_type: String,
    pub success_type: String,
}

/// The axum route of an operation, and how each path parameter's text is cut from what it captures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// The route as given to axum (`/accounts/{Sid}`): whole-segment captures only, literal text
    /// percent-encoded as clients send it.
    pub axum: String,
    pub captures: Vec<Capture>,
    /// A literal segment starts with `:` or `*`, which axum 0.8 refuses unless told they are literal.
    pub literal_colon_or_star: bool,
}

impl Route {
    /// The captures with literal text around their parameter: what the router must match itself.
    pub fn affixed(&self) -> impl Iterator<Item = &Capture> {
        self.captures
            .iter()
            .filter(|c| !c.prefix.is_empty() || !c.suffix.is_empty())
    }

    /// How much literal text the route matches in its captures: of operations sharing a route and a
    /// method, the one with more is tried first (`{name}:cancel` before `{name}`).
    pub fn specificity(&self) -> usize {
        self.captures.iter().map(|c| c.prefix.len() + c.suffix.len()).sum()
    }
}

/// Where a path parameter is in a route: the capture holding its segment and the literal text around it
/// there (`{sid}.json`: suffix `.json`), percent-encoded as clients send it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Capture {
    /// The parameter's name in the spec.
    pub param: String,
    /// The capture's name in the axum route.
    pub name: String,
    /// The segment's index in the path (`/a/{x}`: 2, counting the empty text before the first `/`).
    pub segment: usize,
    pub prefix: String,
    pub suffix: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamIn {
    Path,
    Query,
    Header,
    Cookie,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub wire: String,
    /// The field in its location's struct.
    pub field: String,
    pub location: ParamIn,
    /// The type of a present, non-null value.
    pub ty: TypeRef,
    pub required: bool,
    /// A parameter has no `null` on the wire: a nullable one is null when its value is empty. Path
    /// parameters are never null (a route never matches an empty segment).
    pub nullable: bool,
    /// The schema's `default`, checked against it (as [`Field::default`]): the router reads an absent
    /// parameter as it, the client always sends the value. Never set on a required parameter.
    pub default: Option<serde_json::Value>,
    /// How the value is written as text.
    pub codec: Codec,
    /// The serialization `style` (`simple`, `label`, `form`, ...), settled in the model: an undefined
    /// combination is warned about and read as the nearest defined one.
    pub style: Style,
    pub explode: bool,
    /// Query only: reserved characters (`/`, `:`, `?`, ...) are sent as they are.
    pub allow_reserved: bool,
    pub description: Option<String>,
}

/// A parameter's `style` (the runtime's `rt::Style`, variant for variant).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Simple,
    Label,
    Matrix,
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

impl Param {
    /// Whether the struct field holds `Option<T>` (absent, or null) rather than `T`: a parameter with a
    /// `default` is never absent once read.
    pub fn optional(&self) -> bool {
        (!self.required && self.default.is_none()) || self.nullable
    }

    /// Whether the client always sends the parameter (empty when it is null): it is required, or has a
    /// `default` the router would read its absence as.
    pub fn always_sent(&self) -> bool {
        self.required || self.default.is_some()
    }
}

/// How a parameter's value becomes text and back: decided once in the model, so that the router reads
/// exactly what the client writes. The parameter's `style` and `explode` say how the texts are joined.
#[derive(Clone, Debug, PartialEq)]
pub enum Codec {
    /// One value, by `Display` and `FromStr` (scalars, string enums, checked scalars).
    Text,
    /// One value as JSON text; a string is written as itself (unions, nested lists, `content` parameters).
    Json,
    /// Several values, each by its own codec (`Text` or `Json`). `checked` is the newtype that wraps the
    /// list, when it has constraints of its own.
    List {
        item: TypeRef,
        item_json: bool,
        checked: Option<TypeId>,
    },
    /// An object (a struct or a map): its properties as key and value texts.
    Object,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyKind {
    Json,
    Form,
    Text,
    Bytes,
}

#[derive(Clone, Debug)]
pub struct Body {
    pub content_type: String,
    pub kind: BodyKind,
    pub ty: TypeRef,
    pub required: bool,
    pub description: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Code(u16),
    /// `2XX`: the class digit.
    Range(u16),
    Default,
}

#[derive(Clone, Debug)]
pub struct ResponseDef {
    pub status: Status,
    pub variant: String,
    pub description: String,
    pub body: Option<Body>,
    /// The struct of the response's documented headers (`ListPetsOkHeaders`).
    pub headers: Option<TypeId>,
}

/// Which credentials an operation takes: any one of the alternatives (in the spec's order), each a
/// set of schemes that must all be presented.
#[derive(Clone, Debug, Default)]
pub struct Security {
    pub alternatives: Vec<Vec<Requirement>>,
    /// `security` lists alternatives and each names a scheme that is not defined: no request can
    /// meet it (the router answers every request 401, and the operation has no principal).
    pub unmet: bool,
}

/// One scheme of a security alternative, with the scopes it requires (OAuth2 and OpenID Connect;
/// other schemes list roles here, or nothing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requirement {
    /// The index of the scheme in [`Api::schemes`].
    pub scheme: usize,
    pub scopes: Vec<String>,
}

impl Security {
    /// Anonymous access is one of the alternatives (`security: [{}]` or none at all).
    pub fn optional(&self) -> bool {
        self.alternatives.iter().any(Vec::is_empty)
    }

    /// The distinct schemes an operation may use, in first-seen order.
    pub fn schemes(&self) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for r in self.alternatives.iter().flatten() {
            if !out.contains(&r.scheme) {
                out.push(r.scheme);
            }
        }
        out
    }
}

#[derive(Clone, Debug)]
pub struct SchemeDef {
    pub wire: String,
    /// The credential type (`Token`).
    pub name: String,
    /// The route trait's method that authenticates this scheme's credential (`authenticate_token`).
    pub hook: String,
    /// The client builder's method that sets it (`token`).
    pub builder_method: String,
    pub description: Option<String>,
    pub kind: SchemeKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SchemeKind {
    /// An API key in a header, query parameter or cookie.
    ApiKey { location: ParamIn, name: String },
    /// `Authorization: Bearer <token>` (also OAuth2 and OpenID Connect access tokens).
    Bearer,
    /// `Authorization: Basic <base64>`.
    Basic,
}

/// Whether values of `t` are written with `Display` and read with `FromStr`: scalars, string enums and
/// checked scalars (not lists, unions, objects or `null`).
pub fn is_text(types: &[TypeDef], t: &TypeRef) -> bool {
    let mut t = t;
    // Aliases are followed at most once each (a ring of them is broken before operations are built).
    for _ in 0..=types.len() {
        match t {
            TypeRef::String
            | TypeRef::Bool
            | TypeRef::I32
            | TypeRef::I64
            | TypeRef::F32
            | TypeRef::F64
            | TypeRef::Format(_)
            | TypeRef::BoundedString { .. } => return true,
            TypeRef::Box(inner) => t = inner,
            TypeRef::Named(id) => match &types[*id].kind {
                TypeKind::Enum(_) => return true,
                TypeKind::Newtype(n) => return !matches!(n.inner, TypeRef::Vec(_)),
                TypeKind::Alias(inner) => t = inner,
                _ => return false,
            },
            _ => return false,
        }
    }
    false
}

/// Whether the generated code applies `value` as the `default` of values of `t`: the types whose value
/// it writes as a plain expression (strings, numbers, booleans, formats, string enums and checked
/// scalars), when the value is one of them (an integer in the type's range, a string enum's member). A
/// list, object, union or any JSON value keeps its `Option`, with the default in its doc.
pub fn applies_default(types: &[TypeDef], t: &TypeRef, value: &serde_json::Value) -> bool {
    let mut t = t;
    for _ in 0..=types.len() {
        match t {
            TypeRef::Named(id) => match &types[*id].kind {
                TypeKind::Enum(variants) => return variants.iter().any(|v| value.as_str() == Some(v.wire.as_str())),
                TypeKind::Newtype(n) if !matches!(n.inner, TypeRef::Vec(_)) => t = &n.inner,
                TypeKind::Alias(inner) => t = inner,
                _ => return false,
            },
            scalar => return scalar_literal(scalar, value).is_some(),
        }
    }
    false
}

/// A default of a builtin scalar type as the literal the emitter writes, when the value is one of the
/// type's: integers exactly (past 2^53 too), floats within the type's range.
pub fn scalar_literal(t: &TypeRef, value: &serde_json::Value) -> Option<ScalarLiteral> {
    use serde_json::Value as J;
    let number = || value.as_number().and_then(Number::of_json);
    Some(match (t, value) {
        (TypeRef::String | TypeRef::Format(_) | TypeRef::BoundedString { .. }, J::String(s)) => {
            ScalarLiteral::Str(s.clone())
        }
        (TypeRef::Bool, J::Bool(b)) => ScalarLiteral::Bool(*b),
        (TypeRef::I32, _) => ScalarLiteral::Int(i32::try_from(number()?.as_integer()?).ok()?.into()),
        (TypeRef::I64, _) => ScalarLiteral::Int(i64::try_from(number()?.as_integer()?).ok()?.into()),
        (TypeRef::F32, _) => {
            let f = number()?.as_f64();
            (f.abs() <= f64::from(f32::MAX)).then_some(ScalarLiteral::Float(f))?
        }
        (TypeRef::F64, _) => ScalarLiteral::Float(number()?.as_f64()),
        _ => return None,
    })
}

/// A scalar default, as [`scalar_literal`] reads it.
#[derive(Clone, Debug, PartialEq)]
pub enum ScalarLiteral {
    Str(String),
    Bool(bool),
    Int(i128),
    Float(f64),
}

/// The range of values a number type holds.
pub fn numeric_range(base: &TypeRef) -> (Number, Number) {
    match base {
        TypeRef::I32 => (i32::MIN.into(), i32::MAX.into()),
        TypeRef::I64 => (i64::MIN.into(), i64::MAX.into()),
        TypeRef::F32 => (f32::MIN.into(), f32::MAX.into()),
        _ => (f64::MIN.into(), f64::MAX.into()),
    }
}

/// A bound read as a float (openapiv3's reading of a number schema): an integer when it is a whole
/// number of an integer type, so that it compares exactly.
pub fn bound(v: f64, integer: bool) -> Number {
    if integer && v.fract() == 0.0 && v.abs() < 2f64.powi(127) {
        Number::Int(v as i128)
    } else {
        Number::Float(v)
    }
}
