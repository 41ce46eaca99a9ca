//! Structural validity: the document against the official OpenAPI 3.0 JSON Schema (draft-04), vendored in
//! `generator/data/`. A small validator for the keywords that schema uses, written for messages rather
//! than for generality:
//! - each problem is located at the offending node (the key for an unknown or missing property);
//! - messages name the OpenAPI object (`a Parameter Object`) and say what is allowed there;
//! - of a `oneOf`/`anyOf`, only the closest alternative's problems are shown, not all of them;
//! - `$ref`s are followed into other files, each target validated as what the referencing site expects.
//!
//! `format` is not checked here (patterns have their own rules). The same validator checks Swagger 2.0
//! documents against their own schema: a [`Dialect`] names the schema and how to speak of it.

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
            meta: OnceLock::new(),
        }
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
        let mut m = Meta {
            schemas: Vec::new(),
            root: 0,
        };
        let defs = tree.get("definitions").and_then(Node::as_object).expect("definitions");
        let stand_ins = external.as_ref().and_then(Node::as_object);
        // Definition slots first, so `$ref`s can point at them before they are compiled. External
        // stand-ins are named by their whole `$ref` and are no OpenAPI object (no `def`).
        let mut names: Vec<String> = defs.keys().map(|k| format!("#/definitions/{k}")).collect();
        names.extend(stand_ins.into_iter().flat_map(|d| d.keys().cloned()));
        for (i, _) in names.iter().enumerate() {
            m.schemas.push(S {
                def: defs.get_index(i).map(|(k, _)| k.clone()),
                ..S::default()
            });
        }
        let slot = |reference: &str| names.iter().position(|n| n == reference);
        let bodies = defs.values().chain(stand_ins.into_iter().flat_map(|d| d.values()));
        for (i, e) in bodies.enumerate() {
            let s = compile(&mut m, &e.node, &slot);
            let def = m.schemas[i].def.take();
            m.schemas[i] = s;
            m.schemas[i].def = def;
        }
        let root = compile(&mut m, &tree, &slot);
        m.root = m.schemas.len();
        m.schemas.push(root);
        m
    })
}

fn compile(m: &mut Meta, node: &Node, slot: &impl Fn(&str) -> Option<usize>) -> S {
    let mut s = S::default();
    let Some(map) = node.as_object() else { return s };
    let sub = |m: &mut Meta, n: &Node| {
        let c = compile(m, n, slot);
        m.schemas.push(c);
        m.schemas.len() - 1
    };
    let regex = |p: &str| match crate::ecma::analyze(p) {
        Ok(crate::ecma::Engine::Linear(src)) => regex::Regex::new(&src).expect("vendored pattern"),
        _ => panic!("vendored pattern `{p}` must be linear"),
    };
    for (key, e) in map {
        let n = &e.node;
        match key.as_str() {
            "$ref" => s.reference = n.as_str().and_then(slot),
            "description" => s.description = n.as_str().map(str::to_owned),
            "type" => {
                s.types = match &n.value {
                    Value::String(t) => vec![t.clone()],
                    Value::Array(a) => a.iter().filter_map(Node::as_str).map(str::to_owned).collect(),
                    _ => Vec::new(),
                }
            }
            "properties" => {
                for (k, p) in n.as_object().into_iter().flatten() {
                    let id = sub(m, &p.node);
                    s.properties.push((k.clone(), id));
                }
            }
            "patternProperties" => {
                for (k, p) in n.as_object().into_iter().flatten() {
                    let id = sub(m, &p.node);
                    s.pattern_properties.push((regex(k), id));
                }
            }
            "additionalProperties" => {
                s.additional = match &n.value {
                    Value::Bool(false) => Additional::Forbidden,
                    Value::Object(_) => Additional::Schema(sub(m, n)),
                    _ => Additional::Any,
                }
            }
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
            "oneOf" | "anyOf" | "allOf" => {
                let ids = n.as_array().unwrap_or(&[]).iter().map(|b| sub(m, b)).collect();
                match key.as_str() {
                    "oneOf" => s.one_of = ids,
                    "anyOf" => s.any_of = ids,
                    _ => s.all_of = ids,
                }
            }
            "not" => s.not = Some(sub(m, n)),
            "items" => s.items = Some(sub(m, n)),
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
            _ => {}
        }
    }
    s
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
}

/// Validates the OpenAPI 3.0 document `root` (file 0) and every file reached through its references.
pub fn validate<'a>(root: &'a Node, refs: &RefMap<'a>) -> Vec<Problem> {
    validate_with(&OAS30, root, refs)
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
        });
    }

    /// `def` is the OpenAPI object the node was first identified as (for messages).
    fn check(&mut self, sid: Sid, file: FileId, ptr: &mut String, node: &'a Node, def: Option<&'static str>) {
        let m = self.m;
        let s = &m.schemas[sid];
        let def = def.or(s.def.as_deref());
        if s.reference.is_none() && self.misplaced_reference(sid, file, ptr, node, def) {
            return;
        }
        if let Some(target) = s.reference {
            let committed = self.trial == 0;
            if committed && !self.seen.insert((addr(node), target)) {
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
            let help = (s.types.iter().any(|t| t == "string")
                && matches!(node.value, Value::Number(_) | Value::Bool(_)))
            .then(|| format!("quote it: `'{}'`", scalar(node)));
            self.problem(file, ptr, false, true, message, help);
            return;
        }
        if let Some(options) = &s.enumeration
            && !options.iter().any(|o| super::instance::same(o, node))
        {
            let allowed: Vec<String> = options.iter().map(|o| format!("`{}`", scalar(o))).collect();
            let message = format!(
                "{} must be one of {}, found `{}`",
                name_of(ptr, None),
                allowed.join(", "),
                scalar(node)
            );
            self.problem(file, ptr, false, true, message, None);
            return;
        }
        if let Some((re, src)) = &s.pattern
            && let Some(text) = node.as_str()
            && !re.is_match(text)
        {
            let message = format!("{} `{text}` does not match `{src}`", name_of(ptr, None));
            self.problem(file, ptr, false, true, message, None);
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
            Value::Object(map) => self.check_object(s, file, ptr, map, def),
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
        if !s.one_of.is_empty() {
            self.alternatives(&s.one_of, file, ptr, node, def);
        }
        if !s.any_of.is_empty() {
            self.alternatives(&s.any_of, file, ptr, node, def);
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
        map: &'a crate::load::Map,
        def: Option<&'static str>,
    ) {
        for req in &s.required {
            if !map.contains_key(req) {
                let message = format!("{} lacks the required `{req}`", what(ptr, def));
                let help = Some(format!("add `{req}`"));
                self.problem(file, ptr, true, true, message, help);
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
                        let parent = &ptr[..len];
                        let message = format!("`{key}` is not allowed in {}", what(parent, def));
                        let mut help = if allowed.is_empty() {
                            "nothing but `x-` extensions is allowed here".to_owned()
                        } else {
                            format!(
                                "allowed here: {}{}",
                                allowed.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", "),
                                if s.pattern_properties.is_empty() {
                                    ""
                                } else {
                                    ", and `x-` extensions"
                                }
                            )
                        };
                        if let Some(close) = crate::load::closest(key, allowed.iter().copied()) {
                            help = format!("did you mean `{close}`? {help}");
                        } else if key == "$ref" {
                            help = format!("a `$ref` is not allowed here; write the object inline. {help}");
                        }
                        self.problem(file, ptr, true, false, message, Some(help));
                    }
                }
            }
            ptr.truncate(len);
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
            && s.any_of.is_empty();
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
        let candidates: Vec<Sid> = options.iter().copied().filter(|&o| could_match(m, o, node)).collect();
        match candidates.as_slice() {
            [] => {
                let kinds: Vec<String> = options.iter().filter_map(|&o| describe_option(m, o)).collect();
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

/// Whether a `$ref` object is a valid value for `sid` (directly or through one of its alternatives).
fn admits_reference(m: &Meta, dialect: &Dialect, sid: Sid, depth: usize) -> bool {
    let s = &m.schemas[sid];
    if let Some(r) = s.reference {
        return depth < 4 && admits_reference(m, dialect, r, depth + 1);
    }
    s.def
        .as_deref()
        .is_some_and(|d| d == dialect.reference || d == dialect.path_item)
        || s.required.iter().any(|r| r == "$ref")
        || s.properties.iter().any(|(k, _)| k == "$ref")
        || (depth < 4
            && s.one_of
                .iter()
                .chain(&s.any_of)
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
    while let Some(r) = s.reference {
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

/// `PathItem` (or 2.0's `pathItem`) → "a Path Item Object".
fn object_name(def: &str) -> String {
    let mut words = String::new();
    for (i, c) in def.chars().enumerate() {
        if i > 0 && c.is_ascii_uppercase() {
            words.push(' ');
        }
        words.push(if i == 0 { c.to_ascii_uppercase() } else { c });
    }
    let noun = format!("{words} Object");
    let an = noun.starts_with(['A', 'E', 'I', 'O', 'U']);
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
}
