//! The fuzzer's document: a small abstract OpenAPI description that renders as a valid Swagger 2.0,
//! OpenAPI 3.0 or 3.1 document ([`super::render`]). The generator builds it, the shrinker edits it;
//! every node the shrinker can remove or replace carries an [`Id`] so that edits found separately can
//! be applied together.

/// Identifies a node across edits (unique within a document).
pub type Id = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Version {
    V2,
    V30,
    V31,
}

impl Version {
    pub fn label(self) -> &'static str {
        match self {
            Version::V2 => "2.0",
            Version::V30 => "3.0",
            Version::V31 => "3.1",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    Json,
    Yaml,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    pub version: Version,
    pub syntax: Syntax,
    pub title: String,
    pub schemas: Vec<Component>,
    pub schemes: Vec<Scheme>,
    /// The document's `security`; `None`: absent.
    pub security: Option<Vec<Requirement>>,
    pub ops: Vec<Op>,
    /// The next free id (for nodes the shrinker adds).
    pub next_id: Id,
}

/// A named schema under `components/schemas` (`definitions` in 2.0).
#[derive(Clone, Debug, PartialEq)]
pub struct Component {
    pub id: Id,
    pub name: String,
    pub schema: Schema,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scheme {
    pub id: Id,
    pub name: String,
    pub kind: SchemeKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SchemeKind {
    ApiKey {
        location: Location,
        name: String,
    },
    Basic,
    /// `http` with this scheme name (`bearer`, `Bearer`, `digest`); 3.x only.
    Http(String),
    OAuth2(Flow),
    /// 3.x only.
    OpenIdConnect,
    /// 3.1 only.
    MutualTls,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    Implicit,
    Password,
    ClientCredentials,
    AuthorizationCode,
}

/// One alternative of a `security` list: every scheme named must be satisfied (empty: anonymous).
pub type Requirement = Vec<String>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl Method {
    pub const ALL: [Method; 8] = [
        Method::Get,
        Method::Put,
        Method::Post,
        Method::Delete,
        Method::Options,
        Method::Head,
        Method::Patch,
        Method::Trace,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Method::Get => "get",
            Method::Put => "put",
            Method::Post => "post",
            Method::Delete => "delete",
            Method::Options => "options",
            Method::Head => "head",
            Method::Patch => "patch",
            Method::Trace => "trace",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Op {
    pub id: Id,
    /// The literal segments of the path; path parameters go between them (see [`Param::after`]).
    pub path: Vec<String>,
    pub method: Method,
    pub operation_id: Option<String>,
    /// The operation's parameters (path parameters included: the template is built from them).
    pub params: Vec<Param>,
    pub body: Option<Body>,
    pub responses: Vec<Response>,
    /// `None`: the document's security applies.
    pub security: Option<Vec<Requirement>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Location {
    Path,
    Query,
    Header,
    Cookie,
}

impl Location {
    pub fn key(self) -> &'static str {
        match self {
            Location::Path => "path",
            Location::Query => "query",
            Location::Header => "header",
            Location::Cookie => "cookie",
        }
    }
}

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

impl Style {
    pub fn key(self) -> &'static str {
        match self {
            Style::Simple => "simple",
            Style::Label => "label",
            Style::Matrix => "matrix",
            Style::Form => "form",
            Style::SpaceDelimited => "spaceDelimited",
            Style::PipeDelimited => "pipeDelimited",
            Style::DeepObject => "deepObject",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub id: Id,
    pub name: String,
    pub location: Location,
    /// Path parameters are always required when rendered.
    pub required: bool,
    pub schema: Schema,
    pub style: Option<Style>,
    pub explode: Option<bool>,
    /// 3.x: `content: {application/json: {schema}}` instead of `schema`.
    pub content: bool,
    /// Path parameters: how many literal segments come before this one.
    pub after: usize,
    /// Path parameters: text around `{name}` in its segment (`v{id}`, `{id}.json`).
    pub decor: (String, String),
    /// Declared once under `components/parameters` (`parameters` in 2.0) with this name, and `$ref`d.
    pub shared: Option<String>,
    pub description: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Media {
    Json,
    /// `application/vnd.x+json` (or `application/problem+json` in responses).
    JsonSuffix,
    Form,
    Multipart,
    Text,
    Bytes,
    Xml,
    Any,
}

impl Media {
    pub fn content_type(self, response: bool) -> &'static str {
        match self {
            Media::Json => "application/json",
            Media::JsonSuffix if response => "application/problem+json",
            Media::JsonSuffix => "application/vnd.api+json",
            Media::Form => "application/x-www-form-urlencoded",
            Media::Multipart => "multipart/form-data",
            Media::Text => "text/plain",
            Media::Bytes => "application/octet-stream",
            Media::Xml => "application/xml",
            Media::Any => "*/*",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Body {
    pub id: Id,
    pub media: Vec<Media>,
    pub schema: Schema,
    pub required: bool,
    /// Under `components/requestBodies` (3.x) with this name.
    pub shared: Option<String>,
    /// 2.0: the body parameter's name.
    pub name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Code(u16),
    /// `2XX` (3.x only; rendered as `200` in 2.0).
    Range(u8),
    Default,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    pub id: Id,
    pub status: Status,
    /// The media types and the schema they share; `None`: no body.
    pub content: Option<(Vec<Media>, Schema)>,
    pub headers: Vec<Header>,
    /// Under `components/responses` with this name.
    pub shared: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Header {
    pub id: Id,
    pub name: String,
    pub schema: Schema,
    pub required: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Schema {
    pub id: Id,
    pub kind: Kind,
    /// Rendered where the version can say it: 3.0 `nullable` and 2.0 `x-nullable` beside a `type`;
    /// 3.1 `type: [T, "null"]`, or `anyOf` with `{type: "null"}` where there is no `type`.
    pub nullable: bool,
    pub description: bool,
    /// A `default` that the schema accepts (chosen by the renderer from the schema).
    pub default: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    Any,
    Ref(String),
    Bool,
    Str(Str),
    Int(Num),
    Num(Num),
    Array(Box<Array>),
    Object(Object),
    /// `type: object` with only `additionalProperties: schema`.
    Map(Box<Schema>),
    OneOf(Union),
    AnyOf(Union),
    AllOf(Vec<Schema>),
    /// 3.1: `type: [a, b]`; elsewhere `anyOf` of the simple types (2.0: the first).
    Types(Vec<Prim>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prim {
    String,
    Integer,
    Number,
    Boolean,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Str {
    pub format: Option<&'static str>,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub pattern: Option<&'static str>,
    /// `enum`; a nullable enum also lists `null` (3.1 always, 3.0 when `null_listed`).
    pub values: Vec<String>,
    pub null_listed: bool,
}

/// A JSON number as written: bounds past `i64`/`u64` and fractions are part of the game.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Lit {
    I(i64),
    U(u64),
    F(f64),
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Num {
    pub format: Option<&'static str>,
    pub minimum: Option<Lit>,
    pub maximum: Option<Lit>,
    pub exclusive_minimum: bool,
    pub exclusive_maximum: bool,
    pub multiple_of: Option<Lit>,
    pub values: Vec<Lit>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Array {
    pub items: Schema,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub unique: bool,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Object {
    pub properties: Vec<Property>,
    pub additional: Additional,
    /// 2.0: `discriminator: name` on this (base) schema.
    pub discriminator: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub enum Additional {
    /// Absent (true by default).
    #[default]
    Absent,
    False,
    True,
    Schema(Box<Schema>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Property {
    pub id: Id,
    pub name: String,
    pub schema: Schema,
    pub required: bool,
    pub read_only: bool,
    pub write_only: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Union {
    pub members: Vec<Schema>,
    /// `discriminator.propertyName`, and whether a `mapping` names each `$ref` member.
    pub discriminator: Option<(String, bool)>,
}

impl Schema {
    pub fn new(id: Id, kind: Kind) -> Self {
        Schema {
            id,
            kind,
            nullable: false,
            description: false,
            default: false,
        }
    }

    /// The schemas directly inside this one.
    pub fn children(&self) -> Vec<&Schema> {
        match &self.kind {
            Kind::Array(a) => vec![&a.items],
            Kind::Object(o) => {
                let mut out: Vec<&Schema> = o.properties.iter().map(|p| &p.schema).collect();
                if let Additional::Schema(s) = &o.additional {
                    out.push(s);
                }
                out
            }
            Kind::Map(s) => vec![s],
            Kind::OneOf(u) | Kind::AnyOf(u) => u.members.iter().collect(),
            Kind::AllOf(m) => m.iter().collect(),
            _ => Vec::new(),
        }
    }

    pub fn children_mut(&mut self) -> Vec<&mut Schema> {
        match &mut self.kind {
            Kind::Array(a) => vec![&mut a.items],
            Kind::Object(o) => {
                let mut out: Vec<&mut Schema> = o.properties.iter_mut().map(|p| &mut p.schema).collect();
                if let Additional::Schema(s) = &mut o.additional {
                    out.push(s);
                }
                out
            }
            Kind::Map(s) => vec![s],
            Kind::OneOf(u) | Kind::AnyOf(u) => u.members.iter_mut().collect(),
            Kind::AllOf(m) => m.iter_mut().collect(),
            _ => Vec::new(),
        }
    }

    /// This schema and every schema inside it, depth first.
    pub fn walk<'a>(&'a self, f: &mut impl FnMut(&'a Schema)) {
        f(self);
        for c in self.children() {
            c.walk(f);
        }
    }

    pub fn walk_mut(&mut self, f: &mut impl FnMut(&mut Schema)) {
        f(self);
        for c in self.children_mut() {
            c.walk_mut(f);
        }
    }
}

impl Doc {
    /// Every root schema of the document (components, parameters, bodies, responses, headers).
    pub fn roots(&self) -> Vec<&Schema> {
        let mut out: Vec<&Schema> = self.schemas.iter().map(|c| &c.schema).collect();
        for op in &self.ops {
            out.extend(op.params.iter().map(|p| &p.schema));
            out.extend(op.body.iter().map(|b| &b.schema));
            for r in &op.responses {
                out.extend(r.content.iter().map(|(_, s)| s));
                out.extend(r.headers.iter().map(|h| &h.schema));
            }
        }
        out
    }

    pub fn roots_mut(&mut self) -> Vec<&mut Schema> {
        let mut out: Vec<&mut Schema> = self.schemas.iter_mut().map(|c| &mut c.schema).collect();
        for op in &mut self.ops {
            let Op {
                params,
                body,
                responses,
                ..
            } = op;
            out.extend(params.iter_mut().map(|p| &mut p.schema));
            out.extend(body.iter_mut().map(|b| &mut b.schema));
            for r in responses {
                let Response { content, headers, .. } = r;
                out.extend(content.iter_mut().map(|(_, s)| s));
                out.extend(headers.iter_mut().map(|h| &mut h.schema));
            }
        }
        out
    }

    /// Every schema of the document, depth first.
    pub fn all_schemas(&self) -> Vec<&Schema> {
        let mut out = Vec::new();
        for root in self.roots() {
            root.walk(&mut |s| out.push(s));
        }
        out
    }

    /// The component a `Ref` names.
    pub fn component(&self, name: &str) -> Option<&Component> {
        self.schemas.iter().find(|c| c.name == name)
    }

    /// A fresh id for a node added to the document.
    pub fn fresh_id(&mut self) -> Id {
        self.next_id += 1;
        self.next_id - 1
    }

    /// The number of nodes: the shrinker's measure of size.
    pub fn size(&self) -> usize {
        let params: usize = self.ops.iter().map(|o| o.params.len()).sum();
        let responses: usize = self
            .ops
            .iter()
            .map(|o| o.responses.iter().map(|r| 1 + r.headers.len()).sum::<usize>())
            .sum();
        self.ops.len() + self.schemes.len() + params + responses + self.all_schemas().len()
    }
}
