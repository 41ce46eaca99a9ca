//! The rule framework: what a rule is ([`RuleMeta`], declared with [`declare_rule!`] so that its doc comment
//! becomes its documentation), what it sees ([`Visit`]) and how it reports ([`Cx`]).

use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::load::{Node, Spec};
use crate::source::{FileId, Span};

/// The OpenAPI versions a rule applies to (a bit set).
pub type Versions = u8;
pub const OAS2: Versions = 1;
pub const OAS30: Versions = 2;
pub const OAS31: Versions = 4;
/// Every version: rules about things that did not change between them.
pub const ANY_OAS: Versions = OAS2 | OAS30 | OAS31;

/// A rule's identity and documentation. The docs are the rule's doc comment, captured by [`declare_rule!`].
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable id used in output and configuration (Spectral's name where Spectral has the rule).
    pub id: &'static str,
    /// Severity unless configured otherwise; `None` means off unless enabled in configuration.
    pub default: Option<Severity>,
    /// Other names accepted in configuration (Redocly's).
    pub aliases: &'static [&'static str],
    /// The OpenAPI versions the rule runs on.
    pub versions: Versions,
    /// The options a configuration may give it (`rule: {severity: warn, ignoreCase: true}`), as Redocly
    /// names them.
    pub options: &'static [&'static str],
    /// Markdown: the first paragraph is the summary; then why, a bad and a good example.
    pub docs: &'static str,
}

impl RuleMeta {
    /// The first paragraph of the docs, on one line.
    pub fn summary(&self) -> String {
        let para = self.docs.trim_start().split("\n\n").next().unwrap_or("");
        para.lines().map(str::trim).collect::<Vec<_>>().join(" ")
    }

    /// Whether the rule applies to a document of this version.
    pub fn applies_to(&self, version: Versions) -> bool {
        self.versions & version != 0
    }
}

/// Declares a rule's [`RuleMeta`] from its doc comment.
///
/// ```ignore
/// declare_rule! {
///     /// Finds X.
///     pub static META = { id: "x", severity: Warning, aliases: ["y"], versions: OAS30 };
/// }
/// ```
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        $vis:vis static $name:ident = {
            id: $id:literal,
            severity: $sev:ident
            $(, aliases: [$($alias:literal),* $(,)?])?
            $(, versions: $versions:expr)?
            $(, options: [$($option:literal),* $(,)?])?
            $(,)?
        };
    ) => {
        $(#[doc = $doc])*
        $vis static $name: $crate::lint::RuleMeta = $crate::lint::RuleMeta {
            id: $id,
            default: $crate::declare_rule!(@severity $sev),
            aliases: &[$($($alias),*)?],
            versions: $crate::declare_rule!(@versions $($versions)?),
            options: &[$($($option),*)?],
            docs: concat!($($doc, "\n"),*),
        };
    };
    (@severity Off) => { None };
    (@severity $sev:ident) => { Some($crate::Severity::$sev) };
    (@versions) => { $crate::lint::rule::OAS30 };
    (@versions $v:expr) => { $v };
}

/// The kinds of OpenAPI objects the walker visits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Kind {
    Document,
    Server,
    Tag,
    PathItem,
    Operation,
    Parameter,
    RequestBody,
    Response,
    MediaType,
    Header,
    Example,
    Schema,
    SecurityScheme,
}

impl Kind {
    pub const fn bit(self) -> u32 {
        1 << self as u8
    }
}

/// How a schema was reached from the schema (or object) that holds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via<'a> {
    /// `components/schemas/<name>` (or `definitions/<name>` in 2.0).
    Component(&'a str),
    Property(&'a str),
    Items,
    AdditionalProperties,
    AllOf,
    AnyOf,
    OneOf,
    Not,
    /// The `schema` of a parameter, header or media type.
    Holder,
    /// A JSON Schema 2020-12 subschema of OpenAPI 3.1 (`prefixItems`, `if`, `$defs`, ...).
    Subschema,
}

/// One visited object. `ptr` is its JSON pointer in `file`, the file it lives in (`$ref`s are followed).
#[derive(Clone, Copy, Debug)]
pub struct Visit<'a, 'p> {
    pub kind: Kind,
    pub file: FileId,
    pub ptr: &'p str,
    pub node: &'a Node,
    /// The path template of the path item, operation or parameter (`/pets/{id}`).
    pub path: Option<&'a str>,
    /// The HTTP method of an operation (and of its parameters).
    pub method: Option<&'a str>,
    /// For an operation: its path item. For a schema: the schema holding it.
    pub parent: Option<&'a Node>,
    /// For schemas: how it was reached.
    pub via: Option<Via<'a>>,
}

/// A rule: gets the visits it asked for, in document order, then `finish`.
pub trait Rule {
    fn meta(&self) -> &'static RuleMeta;
    /// A bit set of [`Kind::bit`]s this rule wants to see.
    fn interests(&self) -> u32;
    fn visit<'a>(&mut self, _v: &Visit<'a, '_>, _cx: &mut Cx<'a>) {}
    fn finish(&mut self, _cx: &mut Cx<'_>) {}
}

/// What a rule sees besides the visit: the spec, reference resolution by node, and the findings sink.
pub struct Cx<'a> {
    pub spec: &'a Spec,
    /// Rule options from the configuration, by rule id.
    pub options: Option<&'a std::collections::HashMap<&'static str, Node>>,
    pub refs: RefMap<'a>,
    pub findings: Vec<Diagnostic>,
    /// The document is OpenAPI 3.1: schemas follow JSON Schema 2020-12.
    pub oas31: bool,
}

impl<'a> Cx<'a> {
    pub fn new(spec: &'a Spec) -> Self {
        Cx {
            spec,
            options: None,
            refs: RefMap::new(spec),
            findings: Vec::new(),
            oas31: super::version_of(spec) == Some(OAS31),
        }
    }

    /// Option `name` of rule `meta`, as the configuration gives it.
    pub fn option(&self, meta: &RuleMeta, name: &str) -> Option<&'a Node> {
        self.options?.get(meta.id)?.get(name)
    }

    /// A finding of rule `meta` at the node at `ptr` in `file`, with its default severity.
    pub fn report(
        &mut self,
        meta: &'static RuleMeta,
        file: FileId,
        ptr: &str,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        let span = self.spec.location(file, ptr).span;
        self.report_span(meta, file, ptr, span, message)
    }

    /// Like [`Cx::report`], at the key naming the node (`name:` rather than the whole value).
    pub fn report_key(
        &mut self,
        meta: &'static RuleMeta,
        file: FileId,
        ptr: &str,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        let span = self.key_span(file, ptr);
        self.report_span(meta, file, ptr, span, message)
    }

    pub fn report_span(
        &mut self,
        meta: &'static RuleMeta,
        file: FileId,
        ptr: &str,
        span: Span,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        let severity = meta.default.unwrap_or(Severity::Warning);
        self.findings
            .push(Diagnostic::new(severity, meta.id, message).at(file, ptr, span));
        self.findings.last_mut().expect("just pushed")
    }

    /// The span of the key naming the node at `ptr` (the node's span for array items and the root).
    pub fn key_span(&self, file: FileId, ptr: &str) -> Span {
        self.spec
            .tree(file)
            .key_span_at(ptr)
            .unwrap_or_else(|| self.spec.location(file, ptr).span)
    }

    pub fn location(&self, file: FileId, ptr: &str) -> Location {
        self.spec.location(file, ptr)
    }

    /// Like [`Cx::location`], spanning the key naming the node (for `related` notes on map entries).
    pub fn key_location(&self, file: FileId, ptr: &str) -> Location {
        Location {
            span: self.key_span(file, ptr),
            ..self.location(file, ptr)
        }
    }

    /// Follows `$ref`s from `node` to the node they lead to, with its file and pointer. A node that is
    /// not a reference is returned as is (with `ptr`); `None` when a reference does not resolve.
    pub fn resolve<'p>(&self, file: FileId, ptr: &'p str, node: &'a Node) -> Option<Resolved<'a, 'p>> {
        self.refs.resolve(file, ptr, node)
    }
}

/// Sets `help` on a finding: `cx.report(..).help("...")` reads as a sentence.
pub trait Help {
    fn help(&mut self, help: impl Into<String>) -> &mut Self;
    fn related(&mut self, location: Location, note: impl Into<String>) -> &mut Self;
}

impl Help for Diagnostic {
    fn help(&mut self, help: impl Into<String>) -> &mut Self {
        self.help = Some(help.into());
        self
    }

    fn related(&mut self, location: Location, note: impl Into<String>) -> &mut Self {
        self.related.push((location, note.into()));
        self
    }
}

/// A node reached by following references, with where it lives.
#[derive(Clone, Copy, Debug)]
pub struct Resolved<'a, 'p> {
    pub file: FileId,
    /// The pointer: the caller's when no reference was followed, else the target's.
    pub ptr: Ptr<'a, 'p>,
    pub node: &'a Node,
}

/// A pointer borrowed either from the caller or from the spec.
#[derive(Clone, Copy, Debug)]
pub enum Ptr<'a, 'p> {
    Caller(&'p str),
    Spec(&'a str),
}

impl Ptr<'_, '_> {
    pub fn as_str(&self) -> &str {
        match self {
            Ptr::Caller(s) => s,
            Ptr::Spec(s) => s,
        }
    }
}

/// Every `$ref` of the spec keyed by the address of the object holding it, so that resolving needs no
/// pointer strings (the trees never move while a lint runs).
pub struct RefMap<'a> {
    /// Keyed by addresses, not by input: the fast hash needs no protection here.
    map: foldhash::HashMap<usize, (FileId, &'a str, &'a Node)>,
}

impl<'a> RefMap<'a> {
    pub fn new(spec: &'a Spec) -> Self {
        let mut map = foldhash::HashMap::with_capacity_and_hasher(spec.refs.len(), Default::default());
        for link in &spec.refs {
            let Some(target) = &link.target else { continue };
            let (Some(holder), Some(node)) = (
                spec.node(link.from, &link.pointer),
                spec.node(target.file, &target.pointer),
            ) else {
                continue;
            };
            map.insert(addr(holder), (target.file, target.pointer.as_str(), node));
        }
        RefMap { map }
    }

    /// The direct target of the reference object `node`, if it is one that resolves.
    pub fn target(&self, node: &Node) -> Option<(FileId, &'a str, &'a Node)> {
        self.map.get(&addr(node)).copied()
    }

    pub fn resolve<'p>(&self, file: FileId, ptr: &'p str, node: &'a Node) -> Option<Resolved<'a, 'p>> {
        let mut out = Resolved {
            file,
            ptr: Ptr::Caller(ptr),
            node,
        };
        // A chain longer than the number of references is a cycle (the loader reported it).
        for _ in 0..=self.map.len() {
            if out.node.ref_target().is_none() {
                return Some(out);
            }
            let (file, ptr, node) = self.target(out.node)?;
            out = Resolved {
                file,
                ptr: Ptr::Spec(ptr),
                node,
            };
        }
        None
    }

    /// Follows references from `node`, ignoring where the result lives.
    pub fn deref(&self, node: &'a Node) -> Option<&'a Node> {
        self.resolve(FileId(0), "", node).map(|r| r.node)
    }
}

/// The identity of a node: its address (stable while the spec is borrowed).
pub fn addr(node: &Node) -> usize {
    node as *const Node as usize
}
