//! Structural validity: the document against the official OpenAPI JSON Schemas (3.0, draft-04; 3.1,
//! 2020-12), vendored in `generator/data/`. A small validator for the keywords those schemas use,
//! written for messages rather than for generality:
//! - each problem is located at the offending node (the key for an unknown or missing property);
//! - messages name the OpenAPI object (`a Parameter Object`) and say what is allowed there;
//! - of a `oneOf`/`anyOf`, only the closest alternative's problems are shown, not all of them; where a
//!   field's value selects the alternative (a security scheme's `type`), a missing or unknown value is
//!   the one problem reported;
//! - `$ref`s are followed into other files, each target validated as what the referencing site expects.
//!
//! Of `format`, only `email` is checked (patterns have their own rules). The same validator checks
//! Swagger 2.0 documents against their own schema: a [`Dialect`] names the schema and how to speak of it.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::rule::{RefMap, addr};
use crate::load::pointer::escape;
use crate::load::{Node, Value};
use crate::source::FileId;

/// A schema the validator checks documents against, with what its findings are called.
pub struct Dialect {
    /// The JSON Schema, as YAML or JSON text.
    schema: &'static str,
    /// Stand-ins for the definitions the schema takes from elsewhere, as YAML: `$ref` → schema.
    external: &'static str,
    /// The finding code.
    code: &'static str,
    /// The specification's name, for messages.
    version: &'static str,
    /// The definitions that are a Reference Object and a Path Item Object.
    reference: &'static str,
    path_item: &'static str,
    /// Definitions that are no OpenAPI object of their own (`parameter-or-reference`,
    /// `specification-extensions`): messages name the object around them instead.
    anonymous: &'static [&'static str],
    /// Fields the schema does not list are not reported (a newer minor version may define them).
    open: bool,
    meta: OnceLock<Meta>,
}

impl Dialect {
    pub const fn new(
        schema: &'static str,
        external: &'static str,
        code: &'static str,
        version: &'static str,
        reference: &'static str,
        path_item: &'static str,
    ) -> Self {
        Dialect {
            schema,
            external,
            code,
            version,
            reference,
            path_item,
            anonymous: &[],
            open: false,
            meta: OnceLock::new(),
        }
    }

    /// The same, naming the definitions that are no OpenAPI object of their own.
    pub const fn with_anonymous(mut self, anonymous: &'static [&'static str]) -> Self {
        self.anonymous = anonymous;
        self
    }

    /// The same, not reporting fields the schema does not list.
    pub const fn open(mut self) -> Self {
        self.open = true;
        self
    }
}

/// OpenAPI 3.0, against the vendored official schema.
pub static OAS30: Dialect = Dialect::new(
    include_str!("../../data/openapi-3.0-schema.yaml"),
    "",
    "oas3-schema",
    "OpenAPI 3.0",
    "Reference",
    "PathItem",
);

/// OpenAPI 3.1, against the vendored official schema; Schema Objects against the shapes JSON Schema
/// 2020-12 gives its keywords (`data/openapi-3.1-schema-object.yaml`).
pub static OAS31: Dialect = Dialect::new(
    include_str!("../../data/openapi-3.1-schema.yaml"),
    include_str!("../../data/openapi-3.1-schema-object.yaml"),
    "oas3-schema",
    "OpenAPI 3.1",
    "reference",
    "path-item",
)
.with_anonymous(OAS31_ANONYMOUS);

/// OpenAPI 3.2 (and later 3.x), checked as 3.1 without reporting the fields 3.1 does not define: 3.2
/// adds fields (`query` operations, `$self`, tag `parent`, ...) but keeps 3.1's.
pub static OAS32: Dialect = Dialect::new(
    include_str!("../../data/openapi-3.1-schema.yaml"),
    include_str!("../../data/openapi-3.1-schema-object.yaml"),
    "oas3-schema",
    "OpenAPI 3.2",
    "reference",
    "path-item",
)
.with_anonymous(OAS31_ANONYMOUS)
.open();

/// The 3.1 schema's definitions that only wrap or share parts of OpenAPI objects.
const OAS31_ANONYMOUS: &[&str] = &[
    "parameter-or-reference",
    "request-body-or-reference",
    "response-or-reference",
    "callbacks-or-reference",
    "example-or-reference",
    "link-or-reference",
    "header-or-reference",
    "security-scheme-or-reference",
    "specification-extensions",
    "examples",
    "map-of-strings",
    "styles-for-form",
    "content",
];

/// The dialect an OpenAPI 3.x document is checked against, by its `openapi` version.
pub fn dialect_of(root: &Node) -> &'static Dialect {
    match root.get("openapi").and_then(Node::as_str) {
        Some(v) if v.starts_with("3.1") => &OAS31,
        Some(v) if v.starts_with('3') && !v.starts_with("3.0") => &OAS32,
        _ => &OAS30,
    }
}

type Sid = usize;

#[derive(Default)]
enum Additional {
    #[default]
    Any,
    Forbidden,
    Schema(Sid),
}

#[derive(Default)]
struct S {
    def: Option<String>,
    description: Option<String>,
    types: Vec<String>,
    properties: Vec<(String, Sid)>,
    pattern_properties: Vec<(regex::Regex, Sid)>,
    additional: Additional,
    required: Vec<String>,
    enumeration: Option<Vec<Node>>,
    one_of: Vec<Sid>,
    any_of: Vec<Sid>,
    all_of: Vec<Sid>,
    not: Option<Sid>,
    items: Option<Sid>,
    reference: Option<Sid>,
    min_items: Option<u64>,
    min_properties: Option<u64>,
    max_properties: Option<u64>,
    minimum: Option<(f64, bool)>,
    unique_items: bool,
    pattern: Option<(regex::Regex, String)>,
    /// 2020-12: `if`/`then`/`else`, `dependentSchemas`, `unevaluatedProperties: false`.
    condition: Option<Sid>,
    then: Option<Sid>,
    otherwise: Option<Sid>,
    dependent: Vec<(String, Sid)>,
    unevaluated_forbidden: bool,
    /// The boolean schema `false`.
    never: bool,
    /// `format: email` (a contact's address); no other `format` is checked.
    email: bool,
}

struct Meta {
    schemas: Vec<S>,
    root: Sid,
}

fn meta(dialect: &'static Dialect) -> &'static Meta {
    dialect.meta.get_or_init(|| {
        let read = |text: &str| {
            let mut diags = Vec::new();
            let tree = if crate::load::json::looks_like_json(text) {
                crate::load::json::read(FileId(0), text, &mut diags)
            } else {
                crate::load::yaml::read(FileId(0), text, &mut diags)
            };
            tree.expect("vendored schema parses")
        };
        let tree = read(dialect.schema);
        let external = (!dialect.external.is_empty()).then(|| read(dialect.external));
        Compiler::new(&tree, external.as_ref(), dialect).run()
    })
}

/// Compiles a schema into [`S`]s. `$ref`s get a slot each, by their text, filled once the place they
/// name is compiled: the schema's own definitions (`definitions`, draft-04; `$defs`, 2020-12), any
/// other JSON pointer into it, the stand-ins, and `$dynamicRef`s by their anchor.
struct Compiler<'t> {
    tree: &'t Node,
    external: Option<&'t crate::load::Map>,
    dialect: &'static Dialect,
    m: Meta,
    slots: std::collections::HashMap<String, Sid>,
    /// `#anchor` → the definition holding `$dynamicAnchor: anchor`.
    anchors: std::collections::HashMap<String, String>,
    /// Slots handed out and not compiled yet.
    pending: Vec<(String, Sid)>,
}

impl<'t> Compiler<'t> {
    fn new(tree: &'t Node, external: Option<&'t Node>, dialect: &'static Dialect) -> Self {
        Compiler {
            tree,
            external: external.and_then(Node::as_object),
            dialect,
            m: Meta {
                schemas: Vec::new(),
                root: 0,
            },
            slots: Default::default(),
            anchors: Default::default(),
            pending: Vec::new(),
        }
    }

    fn run(mut self) -> Meta {
        let tree = self.tree;
        for section in ["definitions", "$defs"] {
            for (k, e) in tree.get(section).and_then(Node::as_object).into_iter().flatten() {
                if let Some(anchor) = e.node.get("$dynamicAnchor").and_then(Node::as_str) {
                    self.anchors.insert(format!("#{anchor}"), format!("#/{section}/{k}"));
                }
                let sid = self.slot(&format!("#/{section}/{k}"));
                if !self.dialect.anonymous.contains(&k.as_str()) {
                    self.m.schemas[sid].def = Some(k.clone());
                }
            }
        }
        let root = self.compile(tree);
        self.m.root = self.m.schemas.len();
        self.m.schemas.push(root);
        while let Some((reference, sid)) = self.pending.pop() {
            let node = self.target(&reference);
            let s = node.map(|n| self.compile(n)).unwrap_or_default();
            let def = self.m.schemas[sid].def.take();
            self.m.schemas[sid] = s;
            self.m.schemas[sid].def = def;
        }
        self.m
    }

    /// The slot of a `$ref` (or `$dynamicRef`) text, handed out on first use.
    fn slot(&mut self, reference: &str) -> Sid {
        let reference = self.anchors.get(reference).map_or(reference, String::as_str).to_owned();
        if let Some(&sid) = self.slots.get(&reference) {
            return sid;
        }
        let sid = self.m.schemas.len();
        self.m.schemas.push(S::default());
        self.slots.insert(reference.clone(), sid);
        self.pending.push((reference, sid));
        sid
    }

    /// What a `$ref` names: a stand-in (which replaces the schema's own definition of that name), or a
    /// JSON pointer into the schema.
    fn target(&self, reference: &str) -> Option<&'t Node> {
        if let Some(e) = self.external.and_then(|x| x.get(reference)) {
            return Some(&e.node);
        }
        let ptr = reference.strip_prefix('#')?;
        let mut node = self.tree;
        for token in crate::load::pointer::parse(ptr).ok()? {
            node = node.get(&token)?;
        }
        Some(node)
    }

    fn sub(&mut self, n: &Node) -> Sid {
        let c = self.compile(n);
        self.m.schemas.push(c);
        self.m.schemas.len() - 1
    }

    fn compile(&mut self, node: &Node) -> S {
        let mut s = S::default();
        let Some(map) = node.as_object() else {
            // A boolean schema: `true` accepts anything, `false` nothing.
            s.never = node.value == Value::Bool(false);
            return s;
        };
        let regex = |p: &str| match crate::ecma::analyze(p) {
            Ok(crate::ecma::Engine::Linear(src)) => regex::Regex::new(&src).expect("vendored pattern"),
            _ => panic!("vendored pattern `{p}` must be linear"),
        };
        for (key, e) in map {
            let n = &e.node;
            match key.as_str() {
                "$ref" | "$dynamicRef" => s.reference = n.as_str().map(|r| self.slot(r)),
                "description" => s.description = n.as_str().map(str::to_owned),
                "type" => {
                    s.types = match &n.value {
                        Value::String(t) => vec![t.clone()],
                        Value::Array(a) => a.iter().filter_map(Node::as_str).map(str::to_owned).collect(),
                        _ => Vec::new(),
                    }
                }
                "properties" | "patternProperties" | "dependentSchemas" => {
                    for (k, p) in n.as_object().into_iter().flatten() {
                        let id = self.sub(&p.node);
                        match key.as_str() {
                            "properties" => s.properties.push((k.clone(), id)),
                            "patternProperties" => s.pattern_properties.push((regex(k), id)),
                            _ => s.dependent.push((k.clone(), id)),
                        }
                    }
                }
                "additionalProperties" => {
                    s.additional = match &n.value {
                        Value::Bool(false) => Additional::Forbidden,
                        Value::Object(_) => Additional::Schema(self.sub(n)),
                        _ => Additional::Any,
                    }
                }
                "unevaluatedProperties" => s.unevaluated_forbidden = n.value == Value::Bool(false),
                "required" => {
                    s.required = n
                        .as_array()
                        .unwrap_or(&[])
                        .iter()
                        .filter_map(Node::as_str)
                        .map(str::to_owned)
                        .collect()
                }
                "enum" => s.enumeration = n.as_array().map(<[Node]>::to_vec),
                "const" => s.enumeration = Some(vec![n.clone()]),
                "oneOf" | "anyOf" | "allOf" => {
                    let ids = n.as_array().unwrap_or(&[]).iter().map(|b| self.sub(b)).collect();
                    match key.as_str() {
                        "oneOf" => s.one_of = ids,
                        "anyOf" => s.any_of = ids,
                        _ => s.all_of = ids,
                    }
                }
                "not" => s.not = Some(self.sub(n)),
                "if" => s.condition = Some(self.sub(n)),
                "then" => s.then = Some(self.sub(n)),
                "else" => s.otherwise = Some(self.sub(n)),
                "items" => s.items = Some(self.sub(n)),
                "minItems" => s.min_items = as_u64(n),
                "minProperties" => s.min_properties = as_u64(n),
                "maxProperties" => s.max_properties = as_u64(n),
                "minimum" => {
                    let exclusive = map
                        .get("exclusiveMinimum")
                        .is_some_and(|e| e.node.value == Value::Bool(true));
                    s.minimum = as_f64(n).map(|x| (x, exclusive));
                }
                "uniqueItems" => s.unique_items = n.value == Value::Bool(true),
                "pattern" => s.pattern = n.as_str().map(|p| (regex(p), p.to_owned())),
                "format" => s.email = n.as_str() == Some("email"),
                _ => {}
            }
        }
        s
    }
}

fn as_u64(n: &Node) -> Option<u64> {
    match &n.value {
        Value::Number(x) => x.as_u64(),
        _ => None,
    }
}

fn as_f64(n: &Node) -> Option<f64> {
    match &n.value {
        Value::Number(x) => x.as_f64(),
        _ => None,
    }
}

/// One structural problem.
#[derive(Clone, Debug)]
pub struct Problem {
    /// The rule: the dialect's (`oas3-schema`), or `ref-not-allowed` for a `$ref` where it allows none.
    pub code: &'static str,
    pub file: FileId,
    pub ptr: String,
    /// Point at the key naming the node rather than its value.
    pub at_key: bool,
    pub message: String,
    pub help: Option<String>,
    /// A mismatch of the node itself (type or enum), which makes an alternative a poor fit.
    hard: bool,
    /// The required field the node lacks, when that is the problem.
    pub missing: Option<&'static str>,
}

/// Validates the OpenAPI 3.x document `root` (file 0) and every file reached through its references,
/// against the schema of its version.
pub fn validate<'a>(root: &'a Node, refs: &RefMap<'a>) -> Vec<Problem> {
    let dialect = dialect_of(root);
    let mut problems = validate_with(dialect, root, refs);
    if dialect.open {
        // The 3.1 schema's `openapi` pattern admits 3.1 only.
        problems.retain(|p| !(p.file == FileId(0) && p.ptr == "/openapi"));
    }
    problems
}

/// Validates the document `root` (file 0) and every file reached through its references against the
/// schema of `dialect`.
pub fn validate_with<'a>(dialect: &'static Dialect, root: &'a Node, refs: &RefMap<'a>) -> Vec<Problem> {
    let m = meta(dialect);
    let mut c = Checker {
        dialect,
        m,
        refs,
        seen: HashSet::new(),
        queue: Vec::new(),
        trial: 0,
        out: Vec::new(),
    };
    let mut ptr = String::new();
    c.check(m.root, FileId(0), &mut ptr, root, None);
    while let Some((file, target, node, sid)) = c.queue.pop() {
        if !c.seen.insert((addr(node), sid)) {
            continue;
        }
        let mut ptr = target.to_owned();
        c.check(sid, file, &mut ptr, node, None);
    }
    c.out
}

struct Checker<'a, 'r> {
    dialect: &'static Dialect,
    m: &'static Meta,
    refs: &'r RefMap<'a>,
    /// (node, definition) pairs already validated.
    seen: HashSet<(usize, Sid)>,
    /// Reference targets still to validate, with the definition the referencing site expects.
    queue: Vec<(FileId, &'a str, &'a Node, Sid)>,
    /// Above zero while trying alternatives: nothing is recorded or queued then.
    trial: usize,
    out: Vec<Problem>,
}

impl<'a> Checker<'a, '_> {
    fn problem(&mut self, file: FileId, ptr: &str, at_key: bool, hard: bool, message: String, help: Option<String>) {
        self.out.push(Problem {
            code: self.dialect.code,
            file,
            ptr: ptr.to_owned(),
            at_key,
            message,
            help,
            hard,
            missing: None,
        });
    }

    /// `def` is the OpenAPI object the node was first identified as (for messages).
    fn check(&mut self, sid: Sid, file: FileId, ptr: &mut String, node: &'a Node, def: Option<&'static str>) {
        let m = self.m;
        let s = &m.schemas[sid];
        let def = def.or(s.def.as_deref());
        if s.never {
            let message = format!("{} is not allowed here", name_of(ptr, def));
            self.problem(file, ptr, true, true, message, None);
            return;
        }
        let pure = pure_reference(s);
        if !pure && self.misplaced_reference(sid, file, ptr, node, def) {
            return;
        }
        if let Some(target) = s.reference {
            let committed = self.trial == 0;
            if committed && pure && !self.seen.insert((addr(node), target)) {
                return;
            }
            let target_def = m.schemas[target].def.as_deref();
            // An object that may itself be a reference (a Path Item; a Swagger 2.0 Schema): its target
            // is checked as the same object.
            if committed
                && target_def != Some(self.dialect.reference)
                && m.schemas[target].properties.iter().any(|(k, _)| k == "$ref")
                && node.get("$ref").is_some()
                && let Some((tfile, tptr, tnode)) = self.refs.target(node)
            {
                self.queue.push((tfile, tptr, tnode, target));
            }
            self.check(target, file, ptr, node, def.or(target_def));
        }

        if !s.types.is_empty() && !s.types.iter().any(|t| json_type_matches(t, node)) {
            let expected = s.types.iter().map(|t| article(t)).collect::<Vec<_>>().join(" or ");
            let message = format!("{} must be {expected}, found {}", name_of(ptr, def), node.kind());
            let quote =
                s.types.iter().any(|t| t == "string") && matches!(node.value, Value::Number(_) | Value::Bool(_));
            let bound = ptr.rsplit('/').next().filter(|k| k.starts_with("exclusiveM"));
            let help = if quote {
                Some(format!("quote it: `'{}'`", scalar(node)))
            } else if let Some(k) = bound.filter(|_| matches!(node.value, Value::Bool(_))) {
                // OpenAPI 3.0's boolean form in a 3.1 document.
                let plain = if k == "exclusiveMinimum" { "minimum" } else { "maximum" };
                Some(format!(
                    "in OpenAPI 3.1 `{k}` holds the bound itself: replace `{plain}: N` and `{k}: true` with `{k}: N`"
                ))
            } else {
                None
            };
            self.problem(file, ptr, false, true, message, help);
            return;
        }
        if let Some(options) = &s.enumeration
            && !options.iter().any(|o| super::instance::same(o, node))
        {
            let allowed: Vec<String> = options.iter().map(|o| format!("`{}`", scalar(o))).collect();
            let message = match allowed.as_slice() {
                [one] => format!("{} must be {one}, found `{}`", name_of(ptr, None), scalar(node)),
                _ => format!(
                    "{} must be one of {}, found `{}`",
                    name_of(ptr, None),
                    allowed.join(", "),
                    scalar(node)
                ),
            };
            let help = match node.as_str() {
                Some(text) => crate::load::closest(text, options.iter().filter_map(Node::as_str))
                    .map(|close| format!("did you mean `{close}`?")),
                // `type: null` in YAML is the null value, not the string "null".
                None => options
                    .iter()
                    .any(|o| o.as_str() == Some(&scalar(node)))
                    .then(|| format!("quote it: `'{}'`", scalar(node))),
            };
            self.problem(file, ptr, false, true, message, help);
            return;
        }
        if let Some((re, src)) = &s.pattern
            && let Some(text) = node.as_str()
            && !re.is_match(text)
        {
            let message = format!("{} `{text}` does not match `{src}`", name_of(ptr, None));
            self.problem(file, ptr, false, true, message, None);
        }
        if s.email
            && let Some(text) = node.as_str()
            && !looks_like_email(text)
        {
            let message = format!("{} `{text}` is not an email address", name_of(ptr, None));
            let help = Some("write a whole address, such as `api@example.com`".to_owned());
            self.problem(file, ptr, false, false, message, help);
        }
        if let Some((min, exclusive)) = s.minimum
            && let Some(x) = as_f64(node)
            && (x < min || (exclusive && x <= min))
        {
            let op = if exclusive { "greater than" } else { "at least" };
            let message = format!("{} must be {op} {min}", name_of(ptr, None));
            self.problem(file, ptr, false, false, message, None);
        }

        match &node.value {
            Value::Object(map) => self.check_object(s, file, ptr, node, map, def),
            Value::Array(items) => {
                if let Some(min) = s.min_items
                    && (items.len() as u64) < min
                {
                    let message = format!("{} must have at least {min} item{}", name_of(ptr, def), plural(min));
                    self.problem(file, ptr, true, false, message, None);
                }
                if s.unique_items {
                    for (i, _) in super::instance::repeats(items) {
                        let item = crate::load::pointer::push(ptr, &i.to_string());
                        let message = format!("{} lists the same value twice", name_of(ptr, def));
                        self.problem(file, &item, false, false, message, Some("remove the duplicate".into()));
                    }
                }
                if let Some(item_sid) = s.items {
                    for (i, item) in items.iter().enumerate() {
                        let len = ptr.len();
                        ptr.push('/');
                        ptr.push_str(&i.to_string());
                        self.check(item_sid, file, ptr, item, None);
                        ptr.truncate(len);
                    }
                }
            }
            _ => {}
        }

        for &sub in &s.all_of {
            self.check(sub, file, ptr, node, def);
        }
        if !s.one_of.is_empty() && !self.field_choice(&s.one_of, true, file, ptr, node, def) {
            self.alternatives(&s.one_of, file, ptr, node, def);
        }
        if !s.any_of.is_empty() && !self.field_choice(&s.any_of, false, file, ptr, node, def) {
            self.alternatives(&s.any_of, file, ptr, node, def);
        }
        if let Some(condition) = s.condition {
            let (chosen, other) = if self.passes(condition, file, ptr, node) {
                (s.then, s.otherwise)
            } else {
                (s.otherwise, s.then)
            };
            if let Some(chosen) = chosen {
                self.follow_reference(other.as_slice(), chosen, node);
                self.check(chosen, file, ptr, node, def);
            }
        }
        for (key, sub) in &s.dependent {
            if node.get(key).is_some() {
                self.check(*sub, file, ptr, node, def);
            }
        }
        if let Some(not) = s.not
            && self.passes(not, file, ptr, node)
        {
            let n = &m.schemas[not];
            let message = match n.description.as_deref().or(s.description.as_deref()) {
                Some(d) => format!("{}: {}", name_of(ptr, def), lower_first(d)),
                None if !n.required.is_empty() => format!(
                    "{} must not have {} together",
                    name_of(ptr, def),
                    n.required
                        .iter()
                        .map(|r| format!("`{r}`"))
                        .collect::<Vec<_>>()
                        .join(" and ")
                ),
                None => format!("{} has a combination of fields that is not allowed", name_of(ptr, def)),
            };
            let help = (!n.required.is_empty()).then(|| {
                format!(
                    "keep only one of {}",
                    n.required
                        .iter()
                        .map(|r| format!("`{r}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            });
            self.problem(file, ptr, true, false, message, help);
        }
    }

    fn check_object(
        &mut self,
        s: &'static S,
        file: FileId,
        ptr: &mut String,
        node: &'a Node,
        map: &'a crate::load::Map,
        def: Option<&'static str>,
    ) {
        for req in &s.required {
            if !map.contains_key(req) {
                let message = format!("{} lacks the required `{req}`", what(ptr, def));
                let help = Some(format!("add `{req}`"));
                self.problem(file, ptr, true, true, message, help);
                if let Some(p) = self.out.last_mut() {
                    p.missing = Some(req);
                }
            }
        }
        let n = map.len() as u64;
        if let Some(min) = s.min_properties
            && n < min
        {
            let message = format!(
                "{} must have at least {min} entr{}",
                name_of(ptr, def),
                if min == 1 { "y" } else { "ies" }
            );
            self.problem(file, ptr, true, false, message, None);
        }
        if let Some(max) = s.max_properties
            && n > max
        {
            let message = format!(
                "{} must have at most {max} entr{}",
                name_of(ptr, def),
                if max == 1 { "y" } else { "ies" }
            );
            self.problem(file, ptr, true, false, message, None);
        }
        for (key, e) in map {
            let len = ptr.len();
            ptr.push('/');
            ptr.push_str(&escape(key));
            let mut matched = false;
            if let Some((_, sub)) = s.properties.iter().find(|(k, _)| k == key) {
                matched = true;
                self.check(*sub, file, ptr, &e.node, None);
            }
            for (re, sub) in &s.pattern_properties {
                if re.is_match(key) {
                    matched = true;
                    self.check(*sub, file, ptr, &e.node, None);
                }
            }
            if !matched {
                match s.additional {
                    Additional::Any => {}
                    Additional::Schema(sub) => self.check(sub, file, ptr, &e.node, None),
                    Additional::Forbidden => {
                        let allowed: Vec<&str> = s.properties.iter().map(|(k, _)| k.as_str()).collect();
                        let extensions = !s.pattern_properties.is_empty();
                        self.not_allowed(&allowed, extensions, file, ptr, len, key, def);
                    }
                }
            }
            ptr.truncate(len);
        }
        if s.unevaluated_forbidden && !self.dialect.open {
            self.unevaluated(s, file, ptr, node, map, def);
        }
    }

    /// `key` (at `ptr`, in the object at `ptr[..parent]`) is a field the object does not define.
    #[allow(clippy::too_many_arguments)]
    fn not_allowed(
        &mut self,
        allowed: &[&str],
        extensions: bool,
        file: FileId,
        ptr: &str,
        parent: usize,
        key: &str,
        def: Option<&'static str>,
    ) {
        let message = format!("`{key}` is not allowed in {}", what(&ptr[..parent], def));
        let mut help = if allowed.is_empty() {
            "nothing but `x-` extensions is allowed here".to_owned()
        } else {
            format!(
                "allowed here: {}{}",
                allowed.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", "),
                if extensions { ", and `x-` extensions" } else { "" }
            )
        };
        if let Some(close) = crate::load::closest(key, allowed.iter().copied()) {
            help = format!("did you mean `{close}`? {help}");
        } else if key == "$ref" {
            help = format!("a `$ref` is not allowed here; write the object inline. {help}");
        }
        self.problem(file, ptr, true, false, message, Some(help));
    }

    /// `unevaluatedProperties: false`: the fields no schema applying here (its own `properties`, those
    /// it includes through `$ref`, `allOf`, the `if` branch taken, `dependentSchemas`) names are
    /// reported. When a required field that selects the object's kind (one with an `enum`) is missing,
    /// which fields are allowed is unknown, and only the missing field is reported.
    fn unevaluated(
        &mut self,
        s: &'static S,
        file: FileId,
        ptr: &mut String,
        node: &'a Node,
        map: &'a crate::load::Map,
        def: Option<&'static str>,
    ) {
        let m = self.m;
        let selector_missing = s.required.iter().any(|r| {
            !map.contains_key(r)
                && s.properties
                    .iter()
                    .any(|(k, p)| k == r && m.schemas[*p].enumeration.is_some())
        });
        if selector_missing {
            return;
        }
        let mut known = Known::default();
        self.evaluated(s, file, ptr, node, map, &mut known, 0);
        if known.everything {
            return;
        }
        for key in map.keys() {
            if known.names.contains(&key.as_str()) || known.patterns.iter().any(|re| re.is_match(key)) {
                continue;
            }
            let len = ptr.len();
            ptr.push('/');
            ptr.push_str(&escape(key));
            self.not_allowed(&known.names, !known.patterns.is_empty(), file, ptr, len, key, def);
            ptr.truncate(len);
        }
    }

    /// Collects the fields `s` and the schemas it applies in place evaluate on this object.
    #[allow(clippy::too_many_arguments)]
    fn evaluated(
        &mut self,
        s: &'static S,
        file: FileId,
        ptr: &mut String,
        node: &'a Node,
        map: &'a crate::load::Map,
        known: &mut Known,
        depth: usize,
    ) {
        let m = self.m;
        if depth > 8 {
            return;
        }
        for (k, _) in &s.properties {
            if !known.names.contains(&k.as_str()) {
                known.names.push(k);
            }
        }
        known.patterns.extend(s.pattern_properties.iter().map(|(re, _)| re));
        known.everything |= matches!(s.additional, Additional::Schema(_));
        let mut applied: Vec<Sid> = s.all_of.iter().chain(&s.one_of).chain(&s.any_of).copied().collect();
        applied.extend(s.reference);
        applied.extend(s.dependent.iter().filter(|(k, _)| map.contains_key(k)).map(|(_, d)| *d));
        if let Some(condition) = s.condition {
            let branch = if self.passes(condition, file, ptr, node) {
                s.then
            } else {
                s.otherwise
            };
            applied.extend(branch);
        }
        for sid in applied {
            self.evaluated(&m.schemas[sid], file, ptr, node, map, known, depth + 1);
        }
    }

    /// A `$ref` where the schema expects an object of its own (DigitalOcean writes whole operations as
    /// references). The loader resolves it all the same, so it is reported once, and the target is
    /// validated as what this place expects, instead of reporting every field the reference lacks.
    fn misplaced_reference(
        &mut self,
        sid: Sid,
        file: FileId,
        ptr: &str,
        node: &'a Node,
        def: Option<&'static str>,
    ) -> bool {
        let m = self.m;
        let s = &m.schemas[sid];
        let accepts_anything = s.types.is_empty()
            && s.properties.is_empty()
            && s.required.is_empty()
            && matches!(s.additional, Additional::Any)
            && s.one_of.is_empty()
            && s.all_of.is_empty()
            && s.any_of.is_empty()
            && s.condition.is_none()
            && !s.unevaluated_forbidden;
        let accepts_ref = admits_reference(m, self.dialect, sid, 0);
        if accepts_anything || accepts_ref || node.get("$ref").and_then(Node::as_str).is_none() {
            return false;
        }
        if self.trial > 0 {
            return true;
        }
        if is_components_map(ptr) {
            // Split specs write `components: {$ref: ...}` or `schemas: {$ref: ./schemas.yaml}`; Spectral
            // and Redocly resolve these before checking, and so does specgen: the target is the map.
            if let Some((tfile, tptr, tnode)) = self.refs.target(node) {
                self.queue.push((tfile, tptr, tnode, sid));
            }
            return true;
        }
        let what = match def {
            Some(d) => object_name(d),
            None => name_of(ptr, None),
        };
        self.out.push(Problem {
            code: "ref-not-allowed",
            file,
            ptr: crate::load::pointer::push(ptr, "$ref"),
            at_key: true,
            message: format!(
                "{} allows no `$ref` here: {} must be written inline",
                self.dialect.version,
                lower_first(&what)
            ),
            help: Some("specgen resolves it anyway, but other tools may not; inline it, or reference it from a place that takes a Reference Object".into()),
            hard: false,
            missing: None,
        });
        if let Some((tfile, tptr, tnode)) = self.refs.target(node) {
            self.queue.push((tfile, tptr, tnode, sid));
        }
        true
    }

    /// Whether `node` passes `sid`, recording nothing.
    fn passes(&mut self, sid: Sid, file: FileId, ptr: &mut String, node: &'a Node) -> bool {
        self.trial_errors(sid, file, ptr, node).is_empty()
    }

    fn trial_errors(&mut self, sid: Sid, file: FileId, ptr: &mut String, node: &'a Node) -> Vec<Problem> {
        let before = self.out.len();
        self.trial += 1;
        self.check(sid, file, ptr, node, None);
        self.trial -= 1;
        self.out.split_off(before)
    }

    /// Alternatives that each only require one field (`oneOf: [{required: [schema]}, {required:
    /// [content]}]`): one problem naming all the fields, rather than the first alternative's. Returns
    /// false when the alternatives are not of that shape.
    fn field_choice(
        &mut self,
        options: &[Sid],
        exactly_one: bool,
        file: FileId,
        ptr: &str,
        node: &'a Node,
        def: Option<&'static str>,
    ) -> bool {
        let m = self.m;
        let mut fields = Vec::new();
        for &o in options {
            match m.schemas[o].required.as_slice() {
                [field] if only_required(&m.schemas[o]) => fields.push(field.as_str()),
                _ => return false,
            }
        }
        let Some(map) = node.as_object() else {
            return true;
        };
        let present: Vec<&str> = fields.iter().copied().filter(|f| map.contains_key(*f)).collect();
        let listed = |fs: &[&str]| fs.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ");
        if present.is_empty() {
            let message = format!("{} needs one of {}", what(ptr, def), listed(&fields));
            let help = format!(
                "add {}",
                fields.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(" or ")
            );
            self.problem(file, ptr, true, true, message, Some(help));
        } else if exactly_one && present.len() > 1 {
            let message = format!(
                "{} has {}, of which only one is allowed",
                what(ptr, def),
                listed(&present)
            );
            self.problem(
                file,
                ptr,
                true,
                true,
                message,
                Some(format!("keep only one of {}", listed(&present))),
            );
        }
        true
    }

    /// `oneOf`/`anyOf`: choose the alternative that fits, or report the closest one's problems.
    fn alternatives(
        &mut self,
        options: &[Sid],
        file: FileId,
        ptr: &mut String,
        node: &'a Node,
        def: Option<&'static str>,
    ) {
        let m = self.m;
        let mut candidates: Vec<Sid> = options.iter().copied().filter(|&o| could_match(m, o, node)).collect();
        if candidates.len() > 1
            && let Some(field) = discriminator(m, &candidates)
        {
            match node.get(field) {
                Some(value) => {
                    let fitting: Vec<Sid> = candidates
                        .iter()
                        .copied()
                        .filter(|&c| {
                            field_enum(m, c, field).is_some_and(|e| e.iter().any(|o| super::instance::same(o, value)))
                        })
                        .collect();
                    if fitting.is_empty() {
                        self.wrong_kind(&candidates, field, file, ptr, value);
                        return;
                    }
                    candidates = fitting;
                }
                None if candidates.iter().all(|&c| required_by(m, c, field)) => {
                    // Which fields the object allows depends on this one: report only it.
                    let values = kinds(m, &candidates, field);
                    let message = format!("{} lacks the required `{field}`", what(ptr, def));
                    let help = format!("add `{field}`: one of {}", values.join(", "));
                    self.problem(file, ptr, true, true, message, Some(help));
                    return;
                }
                None => {}
            }
        }
        match candidates.as_slice() {
            [] => {
                // Kinds of one OpenAPI object (the security scheme types) are named as that object.
                let objects = options
                    .iter()
                    .all(|&o| resolved(m, o).types.iter().all(|t| t == "object"));
                let kinds: Vec<String> = match def {
                    Some(d) if objects => vec![object_name(d)],
                    _ => options.iter().filter_map(|&o| describe_option(m, o)).collect(),
                };
                let message = format!(
                    "{} must be {}, found {}",
                    name_of(ptr, def),
                    kinds.join(" or "),
                    node.kind()
                );
                self.problem(file, ptr, false, true, message, None);
            }
            [one] => {
                self.follow_reference(options, *one, node);
                self.check(*one, file, ptr, node, def);
            }
            many => {
                let mut best: Option<(Sid, Vec<Problem>)> = None;
                for &o in many {
                    let errs = self.trial_errors(o, file, ptr, node);
                    if errs.is_empty() {
                        if self.trial == 0 {
                            // Record its nested findings and references for real.
                            self.check(o, file, ptr, node, def);
                        }
                        return;
                    }
                    if best.as_ref().is_none_or(|(_, b)| rank(b) > rank(&errs)) {
                        best = Some((o, errs));
                    }
                }
                if let Some((o, _)) = best {
                    self.check(o, file, ptr, node, def);
                }
            }
        }
    }

    /// The field that tells alternatives apart has a value none of them takes.
    fn wrong_kind(&mut self, candidates: &[Sid], field: &str, file: FileId, ptr: &str, value: &Node) {
        let values = kinds(self.m, candidates, field);
        let at = crate::load::pointer::push(ptr, field);
        let message = format!(
            "`{field}` must be one of {}, found `{}`",
            values.join(", "),
            scalar(value)
        );
        let help = value.as_str().and_then(|v| {
            let names: Vec<&str> = values.iter().map(|k| k.trim_matches('`')).collect();
            crate::load::closest(v, names.into_iter()).map(|c| format!("did you mean `{c}`?"))
        });
        self.problem(file, &at, false, true, message, help);
    }

    /// A Reference object where `[X, Reference]` is expected: validate its target as an X.
    fn follow_reference(&mut self, options: &[Sid], chosen: Sid, node: &'a Node) {
        let m = self.m;
        if self.trial > 0 || def_of(m, chosen) != Some(self.dialect.reference) {
            return;
        }
        let Some(expected) = options
            .iter()
            .copied()
            .find(|&o| o != chosen && m.schemas[o].reference.is_some())
        else {
            return;
        };
        let Some(target) = m.schemas[expected].reference else {
            return;
        };
        if let Some((tfile, tptr, tnode)) = self.refs.target(node) {
            self.queue.push((tfile, tptr, tnode, target));
        }
    }
}

/// The fields evaluated on an object, for `unevaluatedProperties`.
#[derive(Default)]
struct Known {
    names: Vec<&'static str>,
    patterns: Vec<&'static regex::Regex>,
    everything: bool,
}

/// Follows a schema's pure `$ref`s to what it stands for.
fn resolved(m: &Meta, sid: Sid) -> &S {
    let mut s = &m.schemas[sid];
    for _ in 0..8 {
        match s.reference {
            Some(r) if pure_reference(s) => s = &m.schemas[r],
            _ => break,
        }
    }
    s
}

/// The `enum` an alternative gives one of its fields (`type: {enum: [apiKey]}`).
fn field_enum<'m>(m: &'m Meta, sid: Sid, field: &str) -> Option<&'m [Node]> {
    let (_, p) = resolved(m, sid).properties.iter().find(|(k, _)| k == field)?;
    resolved(m, *p).enumeration.as_deref()
}

fn required_by(m: &Meta, sid: Sid, field: &str) -> bool {
    resolved(m, sid).required.iter().any(|r| r == field)
}

/// A field every alternative restricts to its own values (a Security Scheme's `type`, a 3.0
/// Parameter's `in`): its value says which alternative the object means.
fn discriminator<'m>(m: &'m Meta, candidates: &[Sid]) -> Option<&'m str> {
    let first = resolved(m, candidates[0]);
    first
        .properties
        .iter()
        .map(|(k, _)| k.as_str())
        .find(|k| candidates.iter().all(|&c| field_enum(m, c, k).is_some()))
}

/// The values the alternatives allow for `field`, quoted, each once.
fn kinds(m: &Meta, candidates: &[Sid], field: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for &c in candidates {
        for v in field_enum(m, c, field).unwrap_or(&[]) {
            let v = format!("`{}`", scalar(v));
            if !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

/// `local@domain.tld`, without spaces: the shape JSON Schema validators check for `format: email`
/// (a domain without a dot, `bar@foo`, is no address mail can reach).
fn looks_like_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let labels: Vec<&str> = domain.split('.').collect();
    !local.is_empty()
        && !text.contains(char::is_whitespace)
        && !domain.contains('@')
        && labels.len() > 1
        && labels.iter().all(|l| !l.is_empty())
}

/// A schema that only lists required fields.
fn only_required(s: &S) -> bool {
    s.reference.is_none()
        && s.types.is_empty()
        && s.properties.is_empty()
        && s.pattern_properties.is_empty()
        && s.all_of.is_empty()
        && s.one_of.is_empty()
        && s.any_of.is_empty()
        && s.condition.is_none()
        && s.not.is_none()
        && s.enumeration.is_none()
}

/// A schema that is nothing but a `$ref` (draft-04 ignores a `$ref`'s siblings; 2020-12 applies them).
fn pure_reference(s: &S) -> bool {
    s.reference.is_some()
        && s.types.is_empty()
        && s.properties.is_empty()
        && s.pattern_properties.is_empty()
        && s.required.is_empty()
        && s.all_of.is_empty()
        && s.one_of.is_empty()
        && s.any_of.is_empty()
        && s.condition.is_none()
        && s.dependent.is_empty()
        && !s.unevaluated_forbidden
}

/// Whether a `$ref` object is a valid value for `sid` (directly or through one of its alternatives).
fn admits_reference(m: &Meta, dialect: &Dialect, sid: Sid, depth: usize) -> bool {
    let s = &m.schemas[sid];
    s.def
        .as_deref()
        .is_some_and(|d| d == dialect.reference || d == dialect.path_item)
        || s.required.iter().any(|r| r == "$ref")
        || s.properties.iter().any(|(k, _)| k == "$ref")
        || (depth < 4
            && s.one_of
                .iter()
                .chain(&s.any_of)
                .chain(&s.reference)
                .chain(&s.then)
                .chain(&s.otherwise)
                .any(|&o| admits_reference(m, dialect, o, depth + 1)))
}

fn def_of(m: &Meta, sid: Sid) -> Option<&str> {
    let s = &m.schemas[sid];
    s.def
        .as_deref()
        .or_else(|| s.reference.and_then(|r| m.schemas[r].def.as_deref()))
}

/// A cheap pre-check: the alternative's type admits the node, and a Reference (or an object that may be
/// one) is chosen exactly when the node has a `$ref`.
fn could_match(m: &Meta, sid: Sid, node: &Node) -> bool {
    let mut s = &m.schemas[sid];
    while pure_reference(s)
        && let Some(r) = s.reference
    {
        s = &m.schemas[r];
    }
    let is_reference = s.required.iter().any(|r| r == "$ref");
    let takes_ref = is_reference || s.properties.iter().any(|(k, _)| k == "$ref");
    let has_ref = node.get("$ref").is_some();
    if node.as_object().is_some() && if has_ref { !takes_ref } else { is_reference } {
        return false;
    }
    s.types.is_empty() || s.types.iter().any(|t| json_type_matches(t, node))
}

fn describe_option(m: &Meta, sid: Sid) -> Option<String> {
    if let Some(d) = def_of(m, sid) {
        return Some(object_name(d));
    }
    let s = &m.schemas[sid];
    s.types.first().map(|t| article(t))
}

/// Lower is closer: fewer hard mismatches, then fewer problems.
fn rank(problems: &[Problem]) -> (usize, usize) {
    (problems.iter().filter(|p| p.hard).count(), problems.len())
}

fn json_type_matches(t: &str, node: &Node) -> bool {
    match (t, &node.value) {
        ("object", Value::Object(_)) | ("array", Value::Array(_)) | ("string", Value::String(_)) => true,
        ("boolean", Value::Bool(_)) | ("number", Value::Number(_)) | ("null", Value::Null) => true,
        ("integer", Value::Number(n)) => n.is_i64() || n.is_u64(),
        _ => false,
    }
}

fn scalar(node: &Node) -> String {
    match &node.value {
        Value::String(s) => s.clone(),
        _ => node.to_json().to_string(),
    }
}

fn article(t: &str) -> String {
    super::instance::article(t)
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

/// `PathItem` (2.0's `pathItem`, 3.1's `path-item`) → "a Path Item Object"; `APIKeySecurityScheme` →
/// "an API Key Security Scheme Object".
fn object_name(def: &str) -> String {
    let chars: Vec<char> = def.chars().collect();
    let mut words = String::new();
    let mut upper_next = true;
    for (i, &c) in chars.iter().enumerate() {
        if c == '-' {
            words.push(' ');
            upper_next = true;
            continue;
        }
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        // A word starts at a capital after a small letter or digit, or at the last capital of a run
        // followed by a small letter (`APIKey` → `API Key`).
        let starts = c.is_ascii_uppercase()
            && prev.is_some_and(|p| {
                p.is_ascii_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_ascii_uppercase() && next.is_some_and(|n| n.is_ascii_lowercase()))
            });
        if starts {
            words.push(' ');
        }
        words.push(if upper_next { c.to_ascii_uppercase() } else { c });
        upper_next = false;
    }
    let words = words.replace("O Auth", "OAuth").replace("Oauth", "OAuth");
    let noun = format!("{words} Object");
    let an = noun.starts_with(['A', 'E', 'I', 'O', 'U']) || noun.starts_with("HTTP");
    format!("{} {noun}", if an { "an" } else { "a" })
}

/// "`version`" for a named member, "this Info Object" when the definition is known, "the document" at the root.
fn name_of(ptr: &str, def: Option<&str>) -> String {
    if ptr.is_empty() {
        return "the document".to_owned();
    }
    let last = ptr.rsplit('/').next().unwrap_or("");
    let last = last.replace("~1", "/").replace("~0", "~");
    if last.bytes().all(|b| b.is_ascii_digit()) {
        match def {
            Some(d) => format!("item {last}, {}", object_name(d)),
            None => format!("item {last}"),
        }
    } else {
        format!("`{last}`")
    }
}

/// "the Info Object at `info`" / "`info`".
fn what(ptr: &str, def: Option<&str>) -> String {
    match def {
        Some(d) if !ptr.is_empty() => format!("{} ({})", name_of(ptr, None), object_name(d)),
        Some(d) => object_name(d).replacen("a ", "the ", 1).replacen("an ", "the ", 1),
        None => name_of(ptr, None),
    }
}

/// The Components Object or one of its maps (`/components`, `/components/schemas`, ...): places
/// where a `$ref` to a file holding the object or map is resolved like any other.
fn is_components_map(ptr: &str) -> bool {
    match ptr.strip_prefix("/components") {
        Some("") => true,
        Some(rest) => rest
            .strip_prefix('/')
            .is_some_and(|section| !section.is_empty() && !section.contains('/')),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{LoadOptions, Spec};

    fn problems(text: &str) -> Vec<String> {
        let spec = Spec::from_text("t.yaml", text, &LoadOptions::default());
        let refs = RefMap::new(&spec);
        validate(spec.root(), &refs)
            .into_iter()
            .map(|p| format!("{}: {}", p.ptr, p.message))
            .collect()
    }

    const HEAD: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

    #[test]
    fn a_valid_document_passes() {
        assert!(problems(&format!("{HEAD}paths: {{}}\n")).is_empty());
    }

    #[test]
    fn messages_name_the_object_and_what_is_allowed() {
        assert_eq!(
            problems("openapi: 3.0.3\ninfo: {title: t}\npaths: {}\n"),
            ["/info: `info` (an Info Object) lacks the required `version`"]
        );
        assert_eq!(
            problems(&format!(
                "{HEAD}paths: {{}}\ncomponents: {{schemas: {{A: {{type: strin}}}}}}\n"
            )),
            [
                "/components/schemas/A/type: `type` must be one of `array`, `boolean`, `integer`, `number`, `object`, `string`, found `strin`"
            ]
        );
    }

    #[test]
    fn the_closest_alternative_is_reported() {
        let text = format!(
            "{HEAD}paths:\n  /a:\n    get:\n      parameters:\n        - {{name: q, in: query, schema: {{type: string}}, descripton: x}}\n      responses: {{'200': {{description: ok}}}}\n"
        );
        let p = problems(&text);
        assert_eq!(p.len(), 1, "{p:#?}");
        assert!(
            p[0].starts_with("/paths/~1a/get/parameters/0/descripton: `descripton` is not allowed"),
            "{p:?}"
        );
    }

    #[test]
    fn references_are_checked_as_what_they_stand_for() {
        let text = format!(
            "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    A: {{$ref: '#/components/schemas/B'}}\n    B: {{type: object, nulable: true}}\n"
        );
        let p = problems(&text);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].starts_with("/components/schemas/B/nulable: "), "{p:?}");
    }

    #[test]
    fn a_contact_email_must_be_an_address() {
        for (email, ok) in [
            ("api@example.com", true),
            ("a.b+c@mail.example.org", true),
            ("bar@foo", false),
            ("api", false),
            ("a b@example.com", false),
            ("a@example.", false),
        ] {
            let text = format!(
                "openapi: 3.0.3\ninfo: {{title: t, version: '1', contact: {{email: '{email}'}}}}\npaths: {{}}\n"
            );
            let expected: Vec<String> = if ok {
                vec![]
            } else {
                vec![format!(
                    "/info/contact/email: `email` `{email}` is not an email address"
                )]
            };
            assert_eq!(problems(&text), expected, "{email}");
        }
    }

    #[test]
    fn the_field_that_selects_an_alternative_is_reported_alone() {
        let text = format!(
            "{HEAD}paths:\n  /a:\n    get:\n      parameters: [{{name: q, in: quer, schema: {{type: string}}}}]\n      responses: {{'200': {{description: ok}}}}\ncomponents:\n  securitySchemes:\n    a: {{foo: 2}}\n    b: {{type: https, scheme: basic}}\n    c: null\n"
        );
        assert_eq!(
            problems(&text),
            [
                "/paths/~1a/get/parameters/0/in: `in` must be one of `path`, `query`, `header`, `cookie`, found `quer`",
                "/components/securitySchemes/a: `a` (a Security Scheme Object) lacks the required `type`",
                "/components/securitySchemes/b/type: `type` must be one of `apiKey`, `http`, `oauth2`, `openIdConnect`, found `https`",
                "/components/securitySchemes/c: `c` must be a Security Scheme Object, found null",
            ]
        );
    }

    const HEAD31: &str = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n";

    #[test]
    fn a_valid_3_1_document_passes() {
        let text = format!(
            "{HEAD31}jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base'\npaths:\n  /a/{{id}}:\n    $ref: '#/components/pathItems/A'\nwebhooks:\n  hook: {{post: {{requestBody: {{$ref: '#/components/requestBodies/B'}}, responses: {{'200': {{description: ok}}}}}}}}\ncomponents:\n  pathItems:\n    A:\n      parameters:\n        - {{name: id, in: path, required: true, schema: {{type: string}}, style: simple}}\n        - {{name: q, in: query, schema: {{type: [string, 'null']}}, allowEmptyValue: true, allowReserved: true}}\n        - {{$ref: '#/components/parameters/H', description: overrides}}\n      get:\n        responses: {{'2XX': {{description: ok, headers: {{X: {{schema: {{type: integer}}, style: simple}}}}}}}}\n  parameters:\n    H: {{name: h, in: header, content: {{text/plain: {{schema: true}}}}}}\n  requestBodies:\n    B: {{content: {{application/json: {{schema: {{$ref: '#/components/schemas/S', description: d}}}}}}}}\n  schemas:\n    S:\n      type: object\n      properties: {{a: {{const: 1}}, b: {{prefixItems: [{{type: string}}], items: false}}}}\n      dependentSchemas: {{a: {{required: [b]}}}}\n      unevaluatedProperties: false\n      x-anything: 1\n  securitySchemes:\n    k: {{type: apiKey, name: k, in: header}}\n    o: {{type: oauth2, flows: {{clientCredentials: {{tokenUrl: 'https://t', scopes: {{}}}}}}}}\n    m: {{type: mutualTLS}}\n"
        );
        assert_eq!(problems(&text), Vec::<String>::new());
    }

    #[test]
    fn typos_in_3_1_are_reported_like_3_0() {
        let text = format!(
            "{HEAD31}paths:\n  /a:\n    get:\n      parameters:\n        - {{name: q, in: quer, schema: {{type: string}}}}\n        - {{name: r, in: header, schema: {{type: string}}, allowEmptyValue: true}}\n      responsess: {{}}\n      responses:\n        '200': {{description: ok, headers: {{X: {{description: x}}}}}}\n"
        );
        assert_eq!(
            problems(&text),
            [
                "/paths/~1a/get/parameters/0/in: `in` must be one of `query`, `header`, `path`, `cookie`, found `quer`",
                "/paths/~1a/get/parameters/1/allowEmptyValue: `allowEmptyValue` is not allowed in item 1 (a Parameter Object)",
                "/paths/~1a/get/responses/200/headers/X: `X` (a Header Object) needs one of `schema`, `content`",
                "/paths/~1a/get/responsess: `responsess` is not allowed in `get` (an Operation Object)",
            ]
        );
    }

    #[test]
    fn a_3_1_document_needs_paths_components_or_webhooks() {
        assert_eq!(
            problems("openapi: 3.1.0\ninfo: {title: t}\n"),
            [
                "/info: `info` (an Info Object) lacks the required `version`",
                ": the document needs one of `paths`, `components`, `webhooks`"
            ]
        );
    }

    #[test]
    fn schema_keywords_have_their_json_schema_shapes_in_3_1() {
        let text = format!(
            "{HEAD31}components:\n  schemas:\n    A: {{type: null}}\n    B: {{type: [string, fo]}}\n    C: {{dependentSchemas: [x]}}\n    D: {{additionalProperties: invalid}}\n    E: {{required: [a, a], minLength: -1, unknownKeyword: 1}}\n    F: {{minimum: 0, exclusiveMinimum: true}}\n"
        );
        assert_eq!(
            problems(&text),
            [
                "/components/schemas/A/type: `type` must be one of `array`, `boolean`, `integer`, `null`, `number`, `object`, `string`, found `null`",
                "/components/schemas/B/type/1: item 1 must be one of `array`, `boolean`, `integer`, `null`, `number`, `object`, `string`, found `fo`",
                "/components/schemas/C/dependentSchemas: `dependentSchemas` must be an object, found an array",
                "/components/schemas/D/additionalProperties: `additionalProperties` must be an object or a boolean, found a string",
                "/components/schemas/E/required/1: `required` lists the same value twice",
                "/components/schemas/E/minLength: `minLength` must be at least 0",
                "/components/schemas/F/exclusiveMinimum: `exclusiveMinimum` must be a number, found a boolean",
            ]
        );
    }

    #[test]
    fn a_missing_kind_is_reported_alone() {
        // Which fields a security scheme allows depends on its `type`.
        let text = format!(
            "{HEAD31}components:\n  securitySchemes:\n    a: {{foo: 2}}\n    b: {{type: http, scheme: basic, foo: 2}}\n    c: {{type: apiKey, name: x}}\n"
        );
        assert_eq!(
            problems(&text),
            [
                "/components/securitySchemes/a: `a` (a Security Scheme Object) lacks the required `type`",
                "/components/securitySchemes/b/foo: `foo` is not allowed in `b` (a Security Scheme Object)",
                "/components/securitySchemes/c: `c` (a Security Scheme Object) lacks the required `in`",
            ]
        );
    }

    #[test]
    fn references_in_3_1_are_followed() {
        let text = format!(
            "{HEAD31}paths:\n  /a: {{$ref: '#/components/pathItems/P'}}\ncomponents:\n  pathItems:\n    P: {{get: {{responses: {{'200': {{$ref: '#/components/responses/R'}}}}}}}}\n  responses:\n    R: {{descripton: x}}\n"
        );
        assert_eq!(
            problems(&text),
            [
                "/components/responses/R: `R` (a Response Object) lacks the required `description`",
                "/components/responses/R/descripton: `descripton` is not allowed in `R` (a Response Object)",
            ]
        );
    }

    #[test]
    fn a_3_2_document_is_checked_as_3_1_without_its_new_fields() {
        let text = "openapi: 3.2.0\ninfo: {title: t, version: '1'}\n$self: 'https://example.com/api'\npaths:\n  /a:\n    query: {responses: {'200': {description: ok}}}\n    get: {responses: {'200': {description: 7}}}\n";
        assert_eq!(
            problems(text),
            ["/paths/~1a/get/responses/200/description: `description` must be a string, found a number"]
        );
    }

    #[test]
    fn object_names_read_as_words() {
        assert_eq!(object_name("PathItem"), "a Path Item Object");
        assert_eq!(object_name("path-item"), "a Path Item Object");
        assert_eq!(object_name("APIKeySecurityScheme"), "an API Key Security Scheme Object");
        assert_eq!(object_name("OAuth2SecurityScheme"), "an OAuth2 Security Scheme Object");
        assert_eq!(object_name("oauth-flows"), "an OAuth Flows Object");
        assert_eq!(object_name("HTTPSecurityScheme"), "an HTTP Security Scheme Object");
    }
}
