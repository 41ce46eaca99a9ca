//! Reading a document that the typed (openapiv3) model cannot read whole. One odd part does not refuse
//! the spec: the part is found and, by what it is, handled in one of three ways.
//!
//! - **A schema** (at any depth: a component, a property, `items`, `additionalProperties`, an `allOf`
//!   member, a parameter's, body's, response's or header's schema) is replaced by an any-value schema
//!   `{}` that keeps its `title` and `description` and adds the reason, so the generated
//!   `serde_json::Value` says why in its doc comment. The smallest schema is replaced: a property written
//!   as a list makes that property any JSON value, not the object that holds it. A warning
//!   ([`UNSUPPORTED_SCHEMA`]) points at what could not be read (the keyword, when one keyword is the
//!   cause) and says what would fix it.
//! - **An `enum` that does not fit its `type`** (`type: string` with `enum: [0, 1]`) is read by openapiv3
//!   without its type, and so without its values. Each such value that reads as the type is read so
//!   (`0` as `"0"`, `"3"` as `3` under `type: integer`); if one does not, the schema is any JSON value.
//!   Either way a warning ([`ENUM_TYPE`], the linter's rule for the same mistake) points at the first
//!   such value.
//! - **What only documents the API** (an example, a link, `externalDocs`, a tag, a server, `contact`,
//!   `license`, a callback) is left out, with a warning ([`UNREADABLE_DOCS`]). Generation reads none of
//!   them. (`webhooks` are not part of the 3.0 model at all.)
//! - **What defines the API** (the document's own fields, a path item, an operation, a parameter, a
//!   request body, a response, a header, a security scheme or requirement) stays an error
//!   ([`STRUCTURE`]), located at the deepest such object that cannot be read, and at the field inside it
//!   that the model names. Every such error is reported, not only the first.
//!
//! The whole document is deserialised once, as before; only when that fails are its parts read one by
//! one, descending only into the parts that fail, so a large document with one odd schema costs a few
//! readings of that schema's ancestors, not one reading of the document per problem. Findings come in
//! the document's order, so they are the same on every run.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value as J;

use crate::diagnostic::Diagnostic;

/// A schema the typed model cannot read, typed as any JSON value (the model uses the code for every
/// schema it types as any JSON value).
pub const UNSUPPORTED_SCHEMA: &str = "unsupported-schema";
/// A documentation-only part the typed model cannot read, left out.
pub const UNREADABLE_DOCS: &str = "unreadable-docs";
/// A part that defines the API and cannot be read.
pub const STRUCTURE: &str = "openapi-structure";
/// A defect of a part that defines the API, read past in its one obvious meaning.
pub const AMENDED: &str = "structure-amended";
/// An `enum` whose values do not fit the schema's `type` (the linter's rule of that name finds the same).
pub const ENUM_TYPE: &str = "typed-enum";

/// A finding with where it is: the tokens of its pointer in the typed document (the caller locates it).
pub(crate) type Finding = (Vec<String>, Diagnostic);

/// Reads `doc` (an OpenAPI 3.0-shaped document; `version` names the version in messages), replacing or
/// dropping what cannot be read as the module documentation says. `misfits` are the places (tokens) of
/// the schemas whose `enum` does not fit their `type` ([`enum_misfit`], found while the document was
/// assembled). `Err` holds the errors (only), when a part that defines the API cannot be read; `Ok` the
/// warnings beside the model.
pub(crate) fn read(
    doc: &mut J,
    version: &str,
    misfits: &[Vec<String>],
) -> Result<(openapiv3::OpenAPI, Vec<Finding>), Vec<Finding>> {
    let mut mender = Mender {
        version,
        path: Vec::new(),
        findings: Vec::new(),
        references: Vec::new(),
    };
    for tokens in misfits {
        mender.misfit(doc, tokens);
    }
    if let Ok(api) = openapiv3::OpenAPI::deserialize(&*doc) {
        return Ok((api, mender.findings));
    }
    mender.references = references(doc);
    mender.mend(doc, Kind::Document);
    let (errors, warnings): (Vec<_>, Vec<_>) = mender
        .findings
        .into_iter()
        .partition(|(_, d)| d.severity == crate::Severity::Error);
    if !errors.is_empty() {
        return Err(errors);
    }
    match openapiv3::OpenAPI::deserialize(&*doc) {
        Ok(api) => Ok((api, warnings)),
        // Mending leaves either a readable document or an error; this is a bug of ours, said as such.
        Err(e) => Err(vec![(
            Vec::new(),
            Diagnostic::error(
                "internal",
                format!("specgen could not read the document after mending it: {e}"),
            )
            .with_help("please report this with the spec that triggers it"),
        )]),
    }
}

/// What a part of the document is, by the openapiv3 type it deserialises into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Document,
    Info,
    Paths,
    PathItem,
    Operation,
    Parameter,
    RequestBody,
    Responses,
    Response,
    MediaType,
    Encoding,
    Header,
    Components,
    SecurityScheme,
    Schema,
    // Documentation only.
    Contact,
    License,
    Server,
    Tag,
    TagName,
    ExternalDocs,
    Example,
    Link,
    /// A Callback Object in an operation (a map of path items).
    Callback,
    /// A Callback Object or a reference to one (in components).
    CallbackOrRef,
}

/// What becomes of a part of a kind that cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Replace,
    Drop,
    Refuse,
}

impl Kind {
    fn role(self) -> Role {
        use Kind::*;
        match self {
            Schema => Role::Replace,
            Contact | License | Server | Tag | TagName | ExternalDocs | Example | Link | Callback | CallbackOrRef => {
                Role::Drop
            }
            _ => Role::Refuse,
        }
    }

    fn noun(self) -> &'static str {
        use Kind::*;
        match self {
            Document => "the document",
            Info => "`info`",
            Paths => "`paths`",
            PathItem => "this path item",
            Operation => "this operation",
            Parameter => "this parameter",
            RequestBody => "this request body",
            Responses => "`responses`",
            Response => "this response",
            MediaType => "this media type",
            Encoding => "this encoding",
            Header => "this header",
            Components => "`components`",
            SecurityScheme => "this security scheme",
            Schema => "this schema",
            Contact => "`contact`",
            License => "`license`",
            Server => "this server",
            Tag => "this tag",
            TagName => "this tag name",
            ExternalDocs => "`externalDocs`",
            Example => "this example",
            Link => "this link",
            Callback | CallbackOrRef => "this callback",
        }
    }

    /// Where the parts of a node of this kind are, and what they are.
    fn parts(self) -> &'static [(At, Kind)] {
        use At::*;
        use Kind::*;
        match self {
            Document => &[
                (Key("info"), Info),
                (Items("servers"), Server),
                (Key("paths"), Paths),
                (Key("components"), Components),
                (Items("tags"), Tag),
                (Key("externalDocs"), ExternalDocs),
            ],
            Info => &[(Key("contact"), Contact), (Key("license"), License)],
            Paths => &[(OwnEntries, PathItem)],
            PathItem => &[
                (Key("get"), Operation),
                (Key("put"), Operation),
                (Key("post"), Operation),
                (Key("delete"), Operation),
                (Key("options"), Operation),
                (Key("head"), Operation),
                (Key("patch"), Operation),
                (Key("trace"), Operation),
                (Items("servers"), Server),
                (Items("parameters"), Parameter),
            ],
            Operation => &[
                (Items("tags"), TagName),
                (Key("externalDocs"), ExternalDocs),
                (Items("parameters"), Parameter),
                (Key("requestBody"), RequestBody),
                (Key("responses"), Responses),
                (Entries("callbacks"), Callback),
                (Items("servers"), Server),
            ],
            Parameter | Header => &[
                (Key("schema"), Schema),
                (Entries("content"), MediaType),
                (Entries("examples"), Example),
            ],
            RequestBody => &[(Entries("content"), MediaType)],
            MediaType => &[
                (Key("schema"), Schema),
                (Entries("examples"), Example),
                (Entries("encoding"), Encoding),
            ],
            Encoding => &[(Entries("headers"), Header)],
            Responses => &[(OwnEntries, Response)],
            Response => &[
                (Entries("headers"), Header),
                (Entries("content"), MediaType),
                (Entries("links"), Link),
            ],
            Components => &[
                (Entries("schemas"), Schema),
                (Entries("responses"), Response),
                (Entries("parameters"), Parameter),
                (Entries("examples"), Example),
                (Entries("requestBodies"), RequestBody),
                (Entries("headers"), Header),
                (Entries("securitySchemes"), SecurityScheme),
                (Entries("links"), Link),
                (Entries("callbacks"), CallbackOrRef),
            ],
            Schema => &[
                (Key("externalDocs"), ExternalDocs),
                (Entries("properties"), Schema),
                (Key("items"), Schema),
                (Key("additionalProperties"), Schema),
                (Items("allOf"), Schema),
                (Items("anyOf"), Schema),
                (Items("oneOf"), Schema),
                (Key("not"), Schema),
            ],
            _ => &[],
        }
    }
}

/// Where parts sit in a node.
#[derive(Clone, Copy, Debug)]
enum At {
    /// The value of a key.
    Key(&'static str),
    /// Each value of the object at a key.
    Entries(&'static str),
    /// Each item of the list at a key.
    Items(&'static str),
    /// Each entry of the node itself, but its `x-` extensions.
    OwnEntries,
}

/// Deserialises `v` as `T`, keeping only whether that worked.
fn de<T: DeserializeOwned>(v: &J) -> Result<(), serde_json::Error> {
    T::deserialize(v).map(drop)
}

/// Deserialises `v` as `T`, and on failure says where inside `v` (pointer tokens) and what.
fn de_path<T: DeserializeOwned>(v: &J) -> Option<(Vec<String>, String)> {
    use serde_path_to_error::Segment;
    let e = serde_path_to_error::deserialize::<_, T>(v).err()?;
    let tokens = e
        .path()
        .iter()
        .filter_map(|s| match s {
            Segment::Seq { index } => Some(index.to_string()),
            Segment::Map { key } => Some(key.clone()),
            Segment::Enum { variant } => Some(variant.clone()),
            Segment::Unknown => None,
        })
        .collect();
    Some((tokens, e.inner().to_string()))
}

/// Calls `$f::<T>($v)` with `T` the openapiv3 type of `$kind`.
macro_rules! as_type {
    ($kind:expr, $f:ident, $v:expr) => {{
        use openapiv3 as o;
        use openapiv3::ReferenceOr as R;
        match $kind {
            Kind::Document => $f::<o::OpenAPI>($v),
            Kind::Info => $f::<o::Info>($v),
            Kind::Paths => $f::<o::Paths>($v),
            Kind::PathItem => $f::<R<o::PathItem>>($v),
            Kind::Operation => $f::<o::Operation>($v),
            Kind::Parameter => $f::<R<o::Parameter>>($v),
            Kind::RequestBody => $f::<R<o::RequestBody>>($v),
            Kind::Responses => $f::<o::Responses>($v),
            Kind::Response => $f::<R<o::Response>>($v),
            Kind::MediaType => $f::<o::MediaType>($v),
            Kind::Encoding => $f::<o::Encoding>($v),
            Kind::Header => $f::<R<o::Header>>($v),
            Kind::Components => $f::<o::Components>($v),
            Kind::SecurityScheme => $f::<R<o::SecurityScheme>>($v),
            Kind::Schema => $f::<R<o::Schema>>($v),
            Kind::Contact => $f::<o::Contact>($v),
            Kind::License => $f::<o::License>($v),
            Kind::Server => $f::<o::Server>($v),
            Kind::Tag => $f::<o::Tag>($v),
            Kind::TagName => $f::<String>($v),
            Kind::ExternalDocs => $f::<o::ExternalDocumentation>($v),
            Kind::Example => $f::<R<o::Example>>($v),
            Kind::Link => $f::<R<o::Link>>($v),
            Kind::Callback => $f::<o::Callback>($v),
            Kind::CallbackOrRef => $f::<R<o::Callback>>($v),
        }
    }};
}

fn readable(kind: Kind, v: &J) -> bool {
    as_type!(kind, de, v).is_ok()
}

/// Why `v` cannot be read as `kind`: where inside it, and the model's message.
fn why(kind: Kind, v: &J) -> (Vec<String>, String) {
    as_type!(kind, de_path, v).unwrap_or_default()
}

/// What became of a part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    /// Read as it was.
    Read,
    /// Read after mending.
    Mended,
    /// To be left out by its parent.
    Drop,
    /// Cannot be read; the error is reported.
    Refused,
}

/// A part's place below its parent: a key, and the entry or item of the container there.
#[derive(Clone, Debug)]
struct Place {
    /// `None` for an entry of the parent itself.
    key: Option<&'static str>,
    sub: Sub,
}

#[derive(Clone, Debug)]
enum Sub {
    /// The value at the key is the part.
    Whole,
    Entry(String),
    Item(usize),
    /// The value at the key should hold parts, but is not an object (or list) at all.
    Misshapen,
}

impl Place {
    fn tokens(&self) -> Vec<String> {
        let mut t: Vec<String> = self.key.map(str::to_owned).into_iter().collect();
        match &self.sub {
            Sub::Entry(e) => t.push(e.clone()),
            Sub::Item(i) => t.push(i.to_string()),
            Sub::Whole | Sub::Misshapen => {}
        }
        t
    }

    /// The part at this place in `v` (`None` when misshapen).
    fn get_mut<'v>(&self, v: &'v mut J) -> Option<&'v mut J> {
        let holder = match self.key {
            Some(k) => v.get_mut(k)?,
            None => v,
        };
        match &self.sub {
            Sub::Whole => Some(holder),
            Sub::Entry(e) => holder.as_object_mut()?.get_mut(e),
            Sub::Item(i) => holder.as_array_mut()?.get_mut(*i),
            Sub::Misshapen => None,
        }
    }
}

struct Mender<'a> {
    version: &'a str,
    /// Tokens of the node being mended, in the typed document.
    path: Vec<String>,
    findings: Vec<Finding>,
    /// Every `$ref` of the document, once mending starts (what is used).
    references: Vec<String>,
}

/// Every `$ref` string of a document, in order.
fn references(doc: &J) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![doc];
    while let Some(v) = stack.pop() {
        match v {
            J::Object(m) => {
                if let Some(J::String(r)) = m.get("$ref") {
                    out.push(r.clone());
                }
                stack.extend(m.values());
            }
            J::Array(a) => stack.extend(a),
            _ => {}
        }
    }
    out
}

impl Mender<'_> {
    /// Makes `v` readable as `kind` if it is not.
    fn repair(&mut self, v: &mut J, kind: Kind) -> Verdict {
        if readable(kind, v) {
            return Verdict::Read;
        }
        self.mend(v, kind)
    }

    /// `v` cannot be read as `kind`: mend its parts, and if that is not enough, the node itself.
    fn mend(&mut self, v: &mut J, kind: Kind) -> Verdict {
        let mut changed = false;
        let mut refused = false;
        let mut drops = Vec::new();
        for (place, child_kind) in places(v, kind) {
            let depth = self.path.len();
            self.path.extend(place.tokens());
            let verdict = match place.get_mut(v) {
                Some(child) => self.repair(child, child_kind),
                // The container is not an object or list: only documentation can be left out whole.
                None if child_kind.role() == Role::Drop => {
                    let key = place.key.unwrap_or_default();
                    let shape = if key == "servers" || key == "tags" {
                        "a list"
                    } else {
                        "a map"
                    };
                    self.drop_part(&J::Null, child_kind, Some(format!("`{key}` is not {shape}")));
                    Verdict::Drop
                }
                None => Verdict::Read,
            };
            self.path.truncate(depth);
            match verdict {
                Verdict::Read | Verdict::Mended => {}
                Verdict::Drop => drops.push(place),
                Verdict::Refused => refused = true,
            }
            changed |= verdict != Verdict::Read;
        }
        if refused {
            // Reported where it is; the node holding it cannot be read either, for that reason alone.
            return Verdict::Refused;
        }
        remove(v, drops);
        if changed && readable(kind, v) {
            return Verdict::Mended;
        }
        if kind.role() == Role::Refuse && self.amend(v, kind) && readable(kind, v) {
            return Verdict::Mended;
        }
        if kind == Kind::SecurityScheme
            && let Some(typ) = v.get("type").and_then(J::as_str)
            && !matches!(typ, "apiKey" | "http" | "oauth2" | "openIdConnect")
        {
            // 3.1's `mutualTLS` (or a type of the future): nothing a router reads from a request.
            self.findings.push((
                self.path.clone(),
                Diagnostic::warning(
                    "unsupported-security",
                    format!("security scheme type `{typ}` has no credential in the request; the generated code leaves it out (a requirement of it alone lets requests through)"),
                )
                .with_help("check such credentials where the connection is accepted (TLS), before the router"),
            ));
            return Verdict::Drop;
        }
        if kind.role() == Role::Refuse && self.unused_component() {
            self.drop_unused(v, kind);
            return Verdict::Drop;
        }
        match kind.role() {
            Role::Replace => {
                self.replace_schema(v);
                Verdict::Mended
            }
            Role::Drop => {
                self.drop_part(v, kind, None);
                Verdict::Drop
            }
            Role::Refuse => {
                self.refuse(v, kind);
                Verdict::Refused
            }
        }
    }

    /// Reads past the defects of a part that defines the API that have one obvious meaning, with a
    /// warning ([`AMENDED`]) each: a response without its (required) `description` has an empty one,
    /// `null` scopes in a security requirement are none. Whether anything was amended.
    fn amend(&mut self, v: &mut J, kind: Kind) -> bool {
        let mut amended = false;
        if kind == Kind::Response
            && let J::Object(m) = v
            && !m.contains_key("description")
        {
            m.insert("description".into(), J::String(String::new()));
            self.warn_amended(
                Vec::new(),
                "this response has no `description`, which OpenAPI requires; read as empty".into(),
                "describe the response",
            );
            amended = true;
        }
        if matches!(kind, Kind::Operation | Kind::Document)
            && let Some(J::Array(requirements)) = v.get_mut("security")
        {
            for (i, requirement) in requirements.iter_mut().enumerate() {
                let J::Object(schemes) = requirement else { continue };
                for (name, scopes) in schemes.iter_mut().filter(|(_, s)| s.is_null()) {
                    *scopes = J::Array(Vec::new());
                    self.warn_amended(
                        vec!["security".into(), i.to_string(), name.clone()],
                        format!("the scopes of `{name}` are `null`; read as none (`[]`)"),
                        "write `[]` for a requirement without scopes",
                    );
                    amended = true;
                }
            }
        }
        amended
    }

    fn warn_amended(&mut self, inner: Vec<String>, message: String, help: &str) {
        let mut tokens = self.path.clone();
        tokens.extend(inner);
        self.findings
            .push((tokens, Diagnostic::warning(AMENDED, message).with_help(help)));
    }

    /// Whether the node being mended is a component (a parameter, a response, ...) that nothing refers
    /// to: it defines nothing of the API, so it can be left out rather than refuse the spec.
    fn unused_component(&self) -> bool {
        let [components, section, name] = self.path.as_slice() else {
            return false;
        };
        // Schemas are replaced instead; security schemes are used by name, not by `$ref`.
        if components != "components" || section == "schemas" || section == "securitySchemes" {
            return false;
        }
        let wanted = format!("#/components/{section}/{}", crate::load::pointer::escape(name));
        !self.references.iter().any(|r| r == &wanted)
    }

    /// A warning that the unreadable, unused component `v` (of `kind`) is left out.
    fn drop_unused(&mut self, v: &J, kind: Kind) {
        let (inner, message) = why(kind, v);
        let mut tokens = self.path.clone();
        tokens.extend(inner);
        self.findings.push((
            tokens,
            Diagnostic::warning(
                UNREADABLE_DOCS,
                format!(
                    "{} cannot be read ({message}); nothing refers to it, so generation leaves it out",
                    kind.noun()
                ),
            )
            .with_help("fix it or remove it; `specgen lint` reports what is expected here"),
        ));
    }

    /// An error: `v`, a part of `kind` that defines the API, cannot be read.
    fn refuse(&mut self, v: &J, kind: Kind) {
        let (inner, message) = why(kind, v);
        let mut tokens = self.path.clone();
        tokens.extend(inner);
        let noun = kind.noun();
        let noun = noun[..1].to_uppercase() + &noun[1..];
        let version = self.version;
        self.findings.push((
            tokens,
            Diagnostic::error(
                STRUCTURE,
                format!("{noun} does not match the OpenAPI {version} object model: {message}"),
            )
            .with_help(format!(
                "see what the OpenAPI {} specification allows at this place; `specgen lint` reports every such problem",
                if version == "3.1" { "3.1.1" } else { "3.0.3" }
            )),
        ));
    }

    /// A warning that the documentation part `v` (of `kind`) is left out, for the model's reason or
    /// the `problem` given.
    fn drop_part(&mut self, v: &J, kind: Kind, problem: Option<String>) {
        let (inner, problem) = match problem {
            Some(p) => (Vec::new(), p),
            None => {
                let (inner, message) = why(kind, v);
                (inner, format!("{} cannot be read ({message})", kind.noun()))
            }
        };
        let mut tokens = self.path.clone();
        tokens.extend(inner);
        self.findings.push((
            tokens,
            Diagnostic::warning(
                UNREADABLE_DOCS,
                format!("{problem}; it only documents the API, so generation leaves it out"),
            )
            .with_help(format!(
                "write it as OpenAPI {} describes; `specgen lint` reports what is expected here",
                self.version
            )),
        ));
    }

    /// Replaces the schema `v` with an any-value schema that says why, and warns where the cause is.
    fn replace_schema(&mut self, v: &mut J) {
        let cause = diagnose(v, self.path.last().map_or("", String::as_str));
        let mut tokens = self.path.clone();
        tokens.extend(cause.at.clone());
        self.findings.push((
            tokens,
            Diagnostic::warning(UNSUPPORTED_SCHEMA, format!("{}; typed as any JSON value", cause.what))
                .with_help(cause.fix),
        ));
        *v = any_value(v, &cause.what);
    }
}

impl Mender<'_> {
    /// Reads the schema at `tokens`, whose `enum` lists values its `type` cannot hold: when each such
    /// value reads as that type (YAML's unquoted `- 0` under `type: string` means `"0"`; `"3"` under
    /// `type: integer` means `3`), as that; otherwise the schema is any JSON value.
    fn misfit(&mut self, doc: &mut J, tokens: &[String]) {
        let ptr = crate::load::pointer::join(tokens.iter().map(String::as_str));
        let Some(schema) = doc.pointer_mut(&ptr) else { return };
        let Some((first, typ)) = schema.as_object().and_then(enum_misfit) else {
            return;
        };
        let typ = typ.to_owned();
        let mut at = tokens.to_vec();
        at.extend(["enum".to_owned(), first.to_string()]);
        let Some(J::Array(values)) = schema.get_mut("enum") else {
            return;
        };
        let misfits: Vec<usize> = (0..values.len())
            .filter(|&i| !values[i].is_null() && !is_of(&values[i], &typ))
            .collect();
        let read: Option<Vec<J>> = misfits.iter().map(|&i| read_as(&values[i], &typ)).collect();
        if let Some(read) = read {
            let written = listed(misfits.iter().map(|&i| values[i].to_string()));
            let texts = listed(read.iter().map(J::to_string));
            for (&i, v) in misfits.iter().zip(read) {
                values[i] = v;
            }
            let fix = if typ == "string" {
                "quote the values (`- '0'` in YAML), so that every reader sees strings"
            } else {
                "write the values without quotes, so that every reader sees the type"
            };
            self.findings.push((
                at,
                Diagnostic::warning(
                    ENUM_TYPE,
                    format!("`enum` lists {written} in a schema of type `{typ}`; read as {texts}"),
                )
                .with_help(fix),
            ));
            return;
        }
        let what = format!(
            "`enum` lists {}, which a schema of type `{typ}` cannot hold",
            snippet(&values[first])
        );
        self.findings.push((
            at,
            Diagnostic::warning(ENUM_TYPE, format!("{what}; typed as any JSON value")).with_help(format!(
                "give every value the schema's type (`{typ}`), or change `type` to cover them all"
            )),
        ));
        *schema = any_value(schema, &what);
    }
}

/// A schema that declares a scalar `type` and lists an `enum` value (not `null`) of another type: the
/// index of the first such value, and the type. The typed model reads such a schema without its type,
/// and so without its `enum` ([`Mender::misfit`] reads it instead).
pub(crate) fn enum_misfit(s: &serde_json::Map<String, J>) -> Option<(usize, &str)> {
    let typ = s.get("type")?.as_str()?;
    if !matches!(typ, "string" | "integer" | "number" | "boolean") {
        return None;
    }
    let i = s
        .get("enum")?
        .as_array()?
        .iter()
        .position(|v| !v.is_null() && !is_of(v, typ))?;
    Some((i, typ))
}

/// Whether the typed model reads `v` as a value of the scalar type `typ`.
fn is_of(v: &J, typ: &str) -> bool {
    match typ {
        "string" => v.is_string(),
        "integer" => v.is_i64(),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        _ => true,
    }
}

/// `v` as a value of the scalar type `typ`, when its text reads as one exactly.
fn read_as(v: &J, typ: &str) -> Option<J> {
    match (typ, v) {
        ("string", J::Number(_) | J::Bool(_)) => Some(J::String(v.to_string())),
        ("integer", J::String(t)) => t.parse::<i64>().ok().map(J::from),
        ("integer", J::Number(n)) => n
            .as_f64()
            .filter(|f| f.fract() == 0.0 && f.abs() < 2f64.powi(53))
            .map(|f| J::from(f as i64)),
        ("number", J::String(t)) => t.parse::<i64>().ok().map(J::from).or_else(|| {
            t.parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map(J::Number)
        }),
        ("boolean", J::String(t)) => t.parse::<bool>().ok().map(J::Bool),
        _ => None,
    }
}

/// At most five values, comma-separated.
fn listed(values: impl Iterator<Item = String>) -> String {
    let mut out: Vec<String> = values.take(6).collect();
    if out.len() > 5 {
        out[5] = "…".into();
    }
    out.join(", ")
}

/// The places of the parts of `v` (a node of `kind`), in the document's order, with their kinds.
fn places(v: &J, kind: Kind) -> Vec<(Place, Kind)> {
    let J::Object(map) = v else { return Vec::new() };
    let parts = kind.parts();
    let mut out = Vec::new();
    for (key, value) in map {
        let Some(&(at, part)) = parts.iter().find(|(at, _)| at.key().is_none_or(|k| k == key)) else {
            continue;
        };
        let mut add = |sub: Sub| out.push((Place { key: at.key(), sub }, part));
        match (at, value) {
            (At::OwnEntries, _) if key.starts_with("x-") => {}
            (At::OwnEntries, _) => add(Sub::Entry(key.clone())),
            // `additionalProperties: true|false` is not a schema.
            (At::Key("additionalProperties"), J::Bool(_)) => {}
            (At::Key(_), _) => add(Sub::Whole),
            (At::Entries(_), J::Object(m)) => m.keys().for_each(|e| add(Sub::Entry(e.clone()))),
            (At::Items(_), J::Array(a)) => (0..a.len()).for_each(|i| add(Sub::Item(i))),
            (At::Entries(_) | At::Items(_), _) => add(Sub::Misshapen),
        }
    }
    out
}

impl At {
    /// The key the parts are at (`None`: entries of the node itself).
    fn key(self) -> Option<&'static str> {
        match self {
            At::Key(k) | At::Entries(k) | At::Items(k) => Some(k),
            At::OwnEntries => None,
        }
    }
}

/// Removes the parts at `places` from `v`: entries by name, items from the last (indices stay valid).
fn remove(v: &mut J, mut places: Vec<Place>) {
    places.sort_by_key(|p| match p.sub {
        Sub::Item(i) => std::cmp::Reverse(i),
        _ => std::cmp::Reverse(0),
    });
    for p in places {
        let holder = match (p.key, &p.sub) {
            (Some(k), Sub::Whole | Sub::Misshapen) => {
                if let J::Object(m) = v {
                    m.shift_remove(k);
                }
                continue;
            }
            (Some(k), _) => v.get_mut(k),
            (None, _) => Some(&mut *v),
        };
        match (holder, p.sub) {
            (Some(J::Object(m)), Sub::Entry(e)) => {
                m.shift_remove(&e);
            }
            (Some(J::Array(a)), Sub::Item(i)) if i < a.len() => {
                a.remove(i);
            }
            _ => {}
        }
    }
}

/// What in a schema could not be read, where (tokens below the schema), and what would fix it.
struct Cause {
    what: String,
    at: Vec<String>,
    fix: String,
}

/// Finds why the schema `v` (at a place named `key`) cannot be read, its parts being readable: it is
/// not an object, or one keyword is at fault (found by leaving each out in turn), or else the model's
/// message about the whole.
fn diagnose(v: &J, key: &str) -> Cause {
    let J::Object(map) = v else {
        let what = match v {
            J::Array(_) => "a list",
            J::String(_) => "a string",
            J::Number(_) => "a number",
            J::Bool(_) => "`true`/`false`",
            _ => "`null`",
        };
        let fix = if v.is_array() {
            "write one Schema Object here; alternatives go in `anyOf: [...]` (an array's item types too)"
        } else {
            "write a Schema Object here (`{}` accepts any value)"
        };
        return Cause {
            what: format!("`{key}` is {what} where a schema belongs"),
            at: Vec::new(),
            fix: fix.into(),
        };
    };
    let culprits: Vec<&String> = map
        .keys()
        .filter(|k| {
            let mut without = map.clone();
            without.shift_remove(k.as_str());
            readable(Kind::Schema, &J::Object(without))
        })
        .collect();
    if let [k] = culprits.as_slice() {
        let (expected, fix) = keyword_rule(k);
        let written = snippet(&map[k.as_str()]);
        return Cause {
            what: format!("`{k}: {written}` cannot be read here: `{k}` is {expected}"),
            at: vec![(*k).clone()],
            fix: fix.into(),
        };
    }
    let (_, message) = why(Kind::Schema, v);
    Cause {
        what: format!("the schema cannot be read: {message}"),
        at: Vec::new(),
        fix: "write it as an OpenAPI 3.0 Schema Object; `specgen lint` reports what is wrong".into(),
    }
}

/// What a schema keyword holds, and how to write it so.
fn keyword_rule(keyword: &str) -> (&'static str, &'static str) {
    match keyword {
        "required" => (
            "a list of property names",
            "to make this property required, list its name in the `required` of the object schema that holds it",
        ),
        "enum" => (
            "a list of values of the schema's `type`",
            "quote the numbers of a string enum (`\"1\"`), or change `type` to the values' type",
        ),
        "minimum" | "maximum" | "multipleOf" => ("a number", "write the number without quotes"),
        "minLength" | "maxLength" | "minItems" | "maxItems" | "minProperties" | "maxProperties" => {
            ("a whole number of at least 0", "write the number without quotes")
        }
        "exclusiveMinimum" | "exclusiveMaximum" => (
            "`true` or `false` in OpenAPI 3.0",
            "write the bound as `minimum`/`maximum` and set `exclusiveMinimum`/`exclusiveMaximum: true`",
        ),
        "type" => (
            "`string`, `number`, `integer`, `boolean`, `array` or `object`, or a list of them",
            "name one of these types (a list for several)",
        ),
        "nullable" | "readOnly" | "writeOnly" | "deprecated" | "uniqueItems" => {
            ("`true` or `false`", "write `true` or `false`, without quotes")
        }
        "format" | "pattern" | "title" | "description" => ("a string", "quote the value"),
        "discriminator" => (
            "an object with `propertyName`",
            "write `discriminator: {propertyName: <the property that names the variant>}`",
        ),
        "properties" => (
            "a map from property names to schemas",
            "write each property as `name: {schema}` under `properties`",
        ),
        "allOf" | "anyOf" | "oneOf" => ("a list of schemas", "write the schemas as a list"),
        _ => (
            "not what an OpenAPI 3.0 Schema Object allows",
            "write it as the specification describes; `specgen lint` reports what is expected",
        ),
    }
}

/// A short rendering of a value for a message.
fn snippet(v: &J) -> String {
    const MAX: usize = 40;
    let text = v.to_string();
    match text.char_indices().nth(MAX) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text,
    }
}

/// An any-value schema in place of `v`, keeping its title and description and adding `reason`.
fn any_value(v: &J, reason: &str) -> J {
    let mut out = serde_json::Map::new();
    if let Some(title) = v.get("title").filter(|t| t.is_string()) {
        out.insert("title".into(), title.clone());
    }
    let note = format!("Any JSON value: specgen could not read this schema ({reason}).");
    let description = match v.get("description").and_then(J::as_str) {
        Some(d) if !d.trim().is_empty() => format!("{}\n\n{note}", d.trim_end()),
        _ => note,
    };
    out.insert("description".into(), J::String(description));
    J::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc(schemas: J) -> J {
        json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"schemas": schemas}
        })
    }

    fn pointers(findings: &[Finding]) -> Vec<String> {
        findings
            .iter()
            .map(|(t, d)| {
                format!(
                    "{} {}",
                    d.code,
                    crate::load::pointer::join(t.iter().map(String::as_str))
                )
            })
            .collect()
    }

    #[test]
    fn a_readable_document_is_read_once_and_untouched() {
        let mut d = doc(json!({"A": {"type": "string"}}));
        let before = d.clone();
        let (_, warnings) = read(&mut d, "3.0", &[]).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(d, before);
    }

    #[test]
    fn the_smallest_schema_is_replaced() {
        let mut d = doc(json!({
            "A": {"type": "object", "properties": {
                "ok": {"type": "string"},
                "tuple": {"type": "array", "description": "pairs", "items": [{"type": "string"}, {"type": "integer"}]},
                "list": [{"type": "string"}]
            }},
            "B": {"type": "integer"}
        }));
        let (api, warnings) = read(&mut d, "3.0", &[]).unwrap();
        assert_eq!(
            pointers(&warnings),
            [
                "unsupported-schema /components/schemas/A/properties/tuple/items",
                "unsupported-schema /components/schemas/A/properties/list",
            ]
        );
        let a = &d["components"]["schemas"]["A"]["properties"];
        assert_eq!(a["ok"], json!({"type": "string"}));
        assert_eq!(a["tuple"]["type"], "array");
        assert_eq!(a["tuple"]["description"], "pairs");
        assert!(
            a["tuple"]["items"]["description"]
                .as_str()
                .unwrap()
                .contains("`items` is a list")
        );
        assert!(a["list"]["description"].as_str().unwrap().starts_with("Any JSON value"));
        assert_eq!(api.components.unwrap().schemas.len(), 2);
    }

    #[test]
    fn one_bad_keyword_is_named_and_the_description_kept() {
        let mut d = doc(json!({
            "A": {"type": "integer", "description": "A code.", "enum": [1, "2", "a"]},
            "B": {"type": "object", "properties": {"x": {"type": "string", "required": true}}},
            "C": {"type": "integer", "minimum": "1"}
        }));
        let misfits = [vec!["components".into(), "schemas".into(), "A".into()]];
        let (_, warnings) = read(&mut d, "3.0", &misfits).unwrap();
        assert_eq!(
            pointers(&warnings),
            [
                "typed-enum /components/schemas/A/enum/1",
                "unsupported-schema /components/schemas/B/properties/x/required",
                "unsupported-schema /components/schemas/C/minimum",
            ]
        );
        let a = d["components"]["schemas"]["A"]["description"].as_str().unwrap();
        assert!(a.starts_with("A code.\n\nAny JSON value"), "{a}");
        assert!(
            warnings[0].1.message.contains("`enum` lists \"2\", which"),
            "{}",
            warnings[0].1.message
        );
        assert!(
            warnings[1].1.message.contains("`required: true`"),
            "{}",
            warnings[1].1.message
        );
        assert!(warnings[1].1.help.as_deref().unwrap().contains("list its name"));
    }

    #[test]
    fn documentation_is_left_out_and_the_api_refused() {
        let mut d = json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1", "contact": ["me"]},
            "servers": [{"url": "/"}, {"url": 3}],
            "paths": {"/a": {"get": {
                "parameters": [{"name": "q", "in": "query", "schema": {"type": "string", "minLength": "1"},
                                "examples": {"e": 5}}],
                "responses": {"200": {"description": "ok", "links": {"l": []}}}
            }}},
            "tags": {}
        });
        let (api, warnings) = read(&mut d, "3.0", &[]).unwrap();
        assert_eq!(
            pointers(&warnings),
            [
                "unreadable-docs /info/contact",
                "unreadable-docs /servers/1/url",
                "unsupported-schema /paths/~1a/get/parameters/0/schema/minLength",
                "unreadable-docs /paths/~1a/get/parameters/0/examples/e",
                "unreadable-docs /paths/~1a/get/responses/200/links/l",
                "unreadable-docs /tags",
            ]
        );
        assert_eq!(api.servers.len(), 1);

        let mut d = json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"get": {
                "parameters": [{"name": "q", "in": "nowhere"}, {"name": "r", "in": "query", "schema": []}],
                "responses": {"200": {"description": ["ok"], "content": {}}}
            }}},
        });
        let errors = read(&mut d, "3.0", &[]).unwrap_err();
        assert_eq!(
            pointers(&errors),
            [
                "openapi-structure /paths/~1a/get/parameters/0",
                "openapi-structure /paths/~1a/get/responses/200",
            ]
        );
        assert!(
            errors[1].1.message.contains("expected a string"),
            "{}",
            errors[1].1.message
        );

        // What has one obvious meaning is read so, with a warning: a response without its description,
        // `null` scopes; an unreadable component nothing refers to is left out.
        let mut d = json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "security": [{"key": null}],
            "paths": {"/a": {"get": {"responses": {"200": {"content": {}}}}}},
            "components": {"parameters": {"unused": {"name": "u", "in": "nowhere"}}}
        });
        let (_, warnings) = read(&mut d, "3.0", &[]).unwrap();
        assert_eq!(
            pointers(&warnings),
            [
                "structure-amended /paths/~1a/get/responses/200",
                "unreadable-docs /components/parameters/unused",
                "structure-amended /security/0/key",
            ]
        );
    }

    #[test]
    fn enum_values_that_do_not_fit_the_type() {
        let misfit = |v: J| enum_misfit(v.as_object().unwrap()).map(|(i, t)| (i, t.to_owned()));
        assert_eq!(listed((1..=7).map(|i| i.to_string())), "1, 2, 3, 4, 5, …");
        assert_eq!(
            misfit(json!({"type": "string", "enum": ["a", 1]})),
            Some((1, "string".into()))
        );
        assert_eq!(
            misfit(json!({"type": "integer", "enum": [1, 2.5]})),
            Some((1, "integer".into()))
        );
        assert_eq!(
            misfit(json!({"type": "boolean", "enum": ["true"]})),
            Some((0, "boolean".into()))
        );
        // `null` fits any nullable schema; `number` holds integers; other types are not checked.
        assert_eq!(misfit(json!({"type": "string", "enum": ["a", null]})), None);
        assert_eq!(misfit(json!({"type": "number", "enum": [1, 2.5]})), None);
        assert_eq!(misfit(json!({"type": "object", "enum": [1]})), None);
        assert_eq!(misfit(json!({"enum": [1, "a"]})), None);
    }

    #[test]
    fn enum_values_that_read_as_the_type_are_read_so() {
        let mut d = doc(json!({
            "S": {"type": "string", "enum": ["a", 0, 1.5, true, null]},
            "I": {"type": "integer", "enum": ["1", 2.0, 3]},
            "N": {"type": "number", "enum": ["1", "2.5"]},
            "B": {"type": "boolean", "enum": ["true", false]}
        }));
        let misfits: Vec<Vec<String>> = ["S", "I", "N", "B"]
            .iter()
            .map(|n| vec!["components".into(), "schemas".into(), (*n).into()])
            .collect();
        let (_, warnings) = read(&mut d, "3.0", &misfits).unwrap();
        assert_eq!(
            pointers(&warnings),
            [
                "typed-enum /components/schemas/S/enum/1",
                "typed-enum /components/schemas/I/enum/0",
                "typed-enum /components/schemas/N/enum/0",
                "typed-enum /components/schemas/B/enum/0",
            ]
        );
        let s = &d["components"]["schemas"];
        assert_eq!(s["S"]["enum"], json!(["a", "0", "1.5", "true", null]));
        assert_eq!(s["I"]["enum"], json!([1, 2, 3]));
        assert_eq!(s["N"]["enum"], json!([1, 2.5]));
        assert_eq!(s["B"]["enum"], json!([true, false]));
        assert_eq!(
            warnings[0].1.message,
            r#"`enum` lists 0, 1.5, true in a schema of type `string`; read as "0", "1.5", "true""#
        );
    }

    #[test]
    fn several_bad_keywords_replace_the_schema_with_the_models_message() {
        let mut d = doc(json!({"A": {"type": "string", "required": true, "maxLength": "2", "title": "T"}}));
        let (_, warnings) = read(&mut d, "3.0", &[]).unwrap();
        assert_eq!(pointers(&warnings), ["unsupported-schema /components/schemas/A"]);
        assert_eq!(d["components"]["schemas"]["A"]["title"], "T");
    }
}
