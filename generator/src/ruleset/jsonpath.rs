//! JSONPath as Spectral evaluates a rule's `given` (JSONPath-Plus): `$`, `.name`, `['name']`, `[0]`,
//! `[-1]`, slices, `*`, `..`, unions (`[get,put]`, `['a','b']`), filters `[?(...)]` (see [`filter`]),
//! `~` (the property name instead of the value) and `^` (the parent).
//!
//! Matches are kept in an arena of steps that point at their parent, so a match's path, its parent
//! (`^`, `@parentProperty`) and its property (`@property`) cost nothing until asked for, and `$..` over a
//! large document stores one small step per node rather than a path per node.
//!
//! [`filter`]: super::filter

use super::filter::{self, Expr, FilterError, Scope, Special, Val};
use crate::load::{Node, Value};
use crate::source::FileId;

/// A parsed JSONPath expression.
#[derive(Clone, Debug)]
pub struct JsonPath {
    segments: Vec<Segment>,
}

#[derive(Clone, Debug)]
enum Segment {
    Child(Vec<Selector>),
    Descendant(Vec<Selector>),
    /// `^`
    Parent,
    /// `~`
    PropertyName,
}

#[derive(Clone, Debug)]
enum Selector {
    Name(String),
    Index(i64),
    Slice(Option<i64>, Option<i64>, Option<i64>),
    Wildcard,
    Filter { expr: Box<Expr>, uses_path: bool },
}

/// A JSONPath that cannot be parsed or uses something outside the supported subset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathError {
    /// Byte offset in the expression.
    pub offset: usize,
    pub message: String,
}

impl std::fmt::Display for PathError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (at character {})", self.message, self.offset + 1)
    }
}

/// One step of a path into the (resolved) document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathSeg<'a> {
    Key(&'a str),
    Index(usize),
}

/// A node `given` selected.
#[derive(Clone, Debug)]
pub struct Match<'a> {
    pub node: &'a Node,
    /// From the root, through resolved `$ref`s as the document reads once they are inlined.
    pub path: Vec<PathSeg<'a>>,
    /// With `~`: the property name is the value, not the node.
    pub property_name: bool,
    /// Where the node is written: its file and its pointer there.
    pub file: FileId,
    pub pointer: String,
}

/// A `$ref` followed: the file, pointer and node it leads to.
pub type Jump<'a> = (FileId, String, &'a Node);

/// Where `$ref` objects lead: the resolved view Spectral lints by default.
pub trait Follow {
    /// The target of `node` when it is a `$ref` object to follow; `None` keeps the node.
    fn follow(&self, node: &Node) -> Option<Jump<'_>>;
}

/// The document as written: no `$ref` is followed (`resolved: false`).
pub struct AsWritten;

impl Follow for AsWritten {
    fn follow(&self, _: &Node) -> Option<Jump<'_>> {
        None
    }
}

/// How a document is walked.
pub struct Walk<'a> {
    pub follow: &'a dyn Follow,
    /// At most this many steps per evaluation, so a hostile document or path cannot run away.
    pub budget: usize,
}

impl<'a> Walk<'a> {
    /// The node a member access in a filter reads (`@.schema.type` looks through `$ref`s).
    fn resolve(&self, node: &'a Node) -> &'a Node {
        self.follow.follow(node).map_or(node, |(_, _, n)| n)
    }
}

/// The step limit was reached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OverBudget(pub usize);

#[derive(Clone, Copy)]
struct Step<'a> {
    node: &'a Node,
    parent: u32,
    seg: Option<PathSeg<'a>>,
    property_name: bool,
    /// Set where a `$ref` was followed (and at the root): an index into `Eval::anchors`.
    anchor: u32,
    /// Set at a followed `$ref` object that has other keys beside `$ref`: the anchor of that object,
    /// where Spectral places the node it leads to (what is below it is placed where it is written).
    pin: u32,
}

const NO_ANCHOR: u32 = u32::MAX;

const NO_PARENT: u32 = u32::MAX;

impl JsonPath {
    pub fn parse(text: &str) -> Result<JsonPath, PathError> {
        Parser { text, pos: 0 }.path()
    }

    /// The nodes this path selects in `root` (which is at `pointer` of `file`), in document order per
    /// segment.
    pub fn select<'a>(
        &'a self,
        root: &'a Node,
        at: (FileId, &str),
        walk: &Walk<'a>,
    ) -> Result<Vec<Match<'a>>, OverBudget> {
        let resolver = |n: &'a Node| walk.resolve(n);
        let mut ev = Eval {
            arena: Vec::new(),
            anchors: vec![(at.0, at.1.to_owned())],
            walk,
            root,
            resolve: &resolver,
        };
        ev.arena.push(Step {
            node: root,
            parent: NO_PARENT,
            seg: None,
            property_name: false,
            anchor: 0,
            pin: NO_ANCHOR,
        });
        let mut current = vec![0u32];
        for seg in &self.segments {
            current = ev.segment(seg, &current)?;
        }
        Ok(current.into_iter().map(|i| ev.to_match(i)).collect())
    }
}

struct Eval<'a, 'w> {
    arena: Vec<Step<'a>>,
    /// The file and pointer of each followed `$ref`'s target.
    anchors: Vec<(FileId, String)>,
    walk: &'w Walk<'a>,
    root: &'a Node,
    resolve: &'w dyn Fn(&'a Node) -> &'a Node,
}

impl<'a> Eval<'a, '_> {
    fn push(&mut self, step: Step<'a>) -> Result<u32, OverBudget> {
        if self.arena.len() >= self.walk.budget {
            return Err(OverBudget(self.walk.budget));
        }
        self.arena.push(step);
        Ok((self.arena.len() - 1) as u32)
    }

    fn segment(&mut self, seg: &'a Segment, current: &[u32]) -> Result<Vec<u32>, OverBudget> {
        let mut out = Vec::new();
        match seg {
            Segment::Child(sels) => {
                for &i in current {
                    self.apply(sels, i, &mut out)?;
                }
            }
            Segment::Descendant(sels) => {
                for &i in current {
                    for d in self.descendants_or_self(i)? {
                        self.apply(sels, d, &mut out)?;
                    }
                }
            }
            Segment::Parent => {
                let mut seen = std::collections::HashSet::new();
                for &i in current {
                    let p = self.arena[i as usize].parent;
                    if p != NO_PARENT && seen.insert(p) {
                        out.push(p);
                    }
                }
            }
            Segment::PropertyName => {
                for &i in current {
                    let step = self.arena[i as usize];
                    if step.seg.is_some() {
                        out.push(self.push(Step {
                            property_name: true,
                            ..step
                        })?);
                    }
                }
            }
        }
        Ok(out)
    }

    fn child(&mut self, parent: u32, seg: PathSeg<'a>, node: &'a Node) -> Result<u32, OverBudget> {
        let (target, anchor, pin) = match self.walk.follow.follow(node) {
            Some((file, pointer, target)) => {
                // A `$ref` object with other keys: the node itself is placed at that object.
                let pin = if node.as_object().is_some_and(|m| m.len() > 1) {
                    let (file, above) = self.location(parent);
                    let here = match seg {
                        PathSeg::Key(k) => crate::load::pointer::push(&above, k),
                        PathSeg::Index(n) => crate::load::pointer::push(&above, &n.to_string()),
                    };
                    self.anchors.push((file, here));
                    (self.anchors.len() - 1) as u32
                } else {
                    NO_ANCHOR
                };
                self.anchors.push((file, pointer));
                (target, (self.anchors.len() - 1) as u32, pin)
            }
            None => (node, NO_ANCHOR, NO_ANCHOR),
        };
        self.push(Step {
            node: target,
            parent,
            seg: Some(seg),
            property_name: false,
            anchor,
            pin,
        })
    }

    /// Every child of step `i`, as new steps.
    fn children(&mut self, i: u32) -> Result<Vec<u32>, OverBudget> {
        let node = self.arena[i as usize].node;
        let mut out = Vec::new();
        match &node.value {
            Value::Object(m) => {
                for (k, e) in m {
                    out.push(self.child(i, PathSeg::Key(k), &e.node)?);
                }
            }
            Value::Array(a) => {
                for (n, c) in a.iter().enumerate() {
                    out.push(self.child(i, PathSeg::Index(n), c)?);
                }
            }
            _ => {}
        }
        Ok(out)
    }

    /// Step `i` and everything under it, depth first, never entering a node that is its own ancestor
    /// (a `$ref` cycle in the resolved view).
    fn descendants_or_self(&mut self, i: u32) -> Result<Vec<u32>, OverBudget> {
        let mut out = Vec::new();
        let mut stack = vec![i];
        while let Some(j) = stack.pop() {
            out.push(j);
            let mut kids = self.children(j)?;
            kids.retain(|&k| !self.is_own_ancestor(k));
            stack.extend(kids.into_iter().rev());
        }
        Ok(out)
    }

    fn is_own_ancestor(&self, i: u32) -> bool {
        let node = self.arena[i as usize].node;
        if !matches!(node.value, Value::Object(_) | Value::Array(_)) {
            return false;
        }
        let mut p = self.arena[i as usize].parent;
        while p != NO_PARENT {
            if std::ptr::eq(self.arena[p as usize].node, node) {
                return true;
            }
            p = self.arena[p as usize].parent;
        }
        false
    }

    fn apply(&mut self, sels: &'a [Selector], i: u32, out: &mut Vec<u32>) -> Result<(), OverBudget> {
        let node = self.arena[i as usize].node;
        for sel in sels {
            match sel {
                Selector::Name(name) => match &node.value {
                    Value::Object(m) => {
                        if let Some((k, e)) = m.get_key_value(name.as_str()) {
                            out.push(self.child(i, PathSeg::Key(k), &e.node)?);
                        }
                    }
                    Value::Array(a) => {
                        if let Some((n, c)) = name.parse::<usize>().ok().and_then(|n| Some((n, a.get(n)?))) {
                            out.push(self.child(i, PathSeg::Index(n), c)?);
                        }
                    }
                    _ => {}
                },
                Selector::Index(n) => match &node.value {
                    Value::Array(a) => {
                        let at = if *n < 0 { a.len() as i64 + n } else { *n };
                        if let Some(c) = usize::try_from(at).ok().and_then(|at| a.get(at)) {
                            out.push(self.child(i, PathSeg::Index(at as usize), c)?);
                        }
                    }
                    Value::Object(m) => {
                        if let Some((k, e)) = m.get_key_value(n.to_string().as_str()) {
                            out.push(self.child(i, PathSeg::Key(k), &e.node)?);
                        }
                    }
                    _ => {}
                },
                Selector::Slice(start, end, step) => {
                    if let Value::Array(a) = &node.value {
                        for at in slice_indices(a.len(), *start, *end, *step) {
                            out.push(self.child(i, PathSeg::Index(at), &a[at])?);
                        }
                    }
                }
                Selector::Wildcard => out.extend(self.children(i)?),
                Selector::Filter { expr, uses_path } => {
                    for k in self.children(i)? {
                        if self.keeps(expr, *uses_path, k) {
                            out.push(k);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    fn keeps(&self, expr: &'a Expr, uses_path: bool, i: u32) -> bool {
        let step = self.arena[i as usize];
        let parent = self.arena[step.parent as usize];
        let seg_val = |s: Option<PathSeg<'a>>| match s {
            Some(PathSeg::Key(k)) => Val::Str(k.into()),
            Some(PathSeg::Index(n)) => Val::Num(n as f64),
            None => Val::Undefined,
        };
        let scope = Scope {
            current: Val::of(step.node),
            property: seg_val(step.seg),
            parent_property: seg_val(parent.seg),
            path: if uses_path { self.path_string(i) } else { String::new() },
            parent: Some(parent.node),
            root: self.root,
            resolve: self.resolve,
        };
        expr.eval(&scope).truthy()
    }

    fn segs(&self, mut i: u32) -> Vec<PathSeg<'a>> {
        let mut out = Vec::new();
        while i != NO_PARENT {
            let s = self.arena[i as usize];
            out.extend(s.seg);
            i = s.parent;
        }
        out.reverse();
        out
    }

    /// JSONPath-Plus's `@path`: `$['paths']['/pets'][0]`.
    fn path_string(&self, i: u32) -> String {
        let mut s = String::from("$");
        for seg in self.segs(i) {
            match seg {
                PathSeg::Key(k) => {
                    s.push_str("['");
                    s.push_str(&k.replace('\\', "\\\\").replace('\'', "\\'"));
                    s.push_str("']");
                }
                PathSeg::Index(n) => s.push_str(&format!("[{n}]")),
            }
        }
        s
    }

    /// Where step `i` is written: the nearest followed `$ref` (or the root) and the steps since.
    fn location(&self, mut i: u32) -> (FileId, String) {
        let pin = self.arena[i as usize].pin;
        if pin != NO_ANCHOR {
            return self.anchors[pin as usize].clone();
        }
        let mut tail = Vec::new();
        loop {
            let s = self.arena[i as usize];
            if s.anchor != NO_ANCHOR {
                let (file, base) = &self.anchors[s.anchor as usize];
                let mut pointer = base.clone();
                for seg in tail.iter().rev() {
                    pointer = match seg {
                        PathSeg::Key(k) => crate::load::pointer::push(&pointer, k),
                        PathSeg::Index(n) => crate::load::pointer::push(&pointer, &n.to_string()),
                    };
                }
                return (*file, pointer);
            }
            tail.extend(s.seg);
            i = s.parent;
        }
    }

    fn to_match(&self, i: u32) -> Match<'a> {
        let s = self.arena[i as usize];
        let (file, pointer) = self.location(i);
        Match {
            node: s.node,
            path: self.segs(i),
            property_name: s.property_name,
            file,
            pointer,
        }
    }
}

fn slice_indices(len: usize, start: Option<i64>, end: Option<i64>, step: Option<i64>) -> Vec<usize> {
    let len = len as i64;
    let step = step.unwrap_or(1);
    if step <= 0 {
        return Vec::new(); // JSONPath-Plus selects nothing for a zero or negative step
    }
    let clamp = |v: i64| if v < 0 { (len + v).max(0) } else { v.min(len) };
    let (from, to) = (clamp(start.unwrap_or(0)), clamp(end.unwrap_or(len)));
    (from..to).step_by(step as usize).map(|i| i as usize).collect()
}

// --- parsing -----------------------------------------------------------------------------------------

struct Parser<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Parser<'t> {
    fn error(&self, offset: usize, message: impl Into<String>) -> PathError {
        PathError {
            offset,
            message: message.into(),
        }
    }

    fn rest(&self) -> &'t str {
        &self.text[self.pos..]
    }

    fn path(mut self) -> Result<JsonPath, PathError> {
        if !self.rest().starts_with('$') {
            return Err(self.error(0, "a JSONPath starts with `$`"));
        }
        self.pos = 1;
        let mut segments = Vec::new();
        while self.pos < self.text.len() {
            if matches!(segments.last(), Some(Segment::PropertyName)) {
                return Err(self.error(
                    self.pos,
                    "nothing may follow `~` (it selects property names, which have no children)",
                ));
            }
            segments.push(self.segment()?);
        }
        Ok(JsonPath { segments })
    }

    fn segment(&mut self) -> Result<Segment, PathError> {
        let r = self.rest();
        if let Some(after) = r.strip_prefix("..") {
            self.pos += 2;
            return Ok(Segment::Descendant(if after.starts_with('[') {
                self.bracket()?
            } else {
                self.dot_name("`..`")?
            }));
        }
        match r.chars().next() {
            Some('.') => {
                self.pos += 1;
                if self.rest().starts_with('[') {
                    return Ok(Segment::Child(self.bracket()?));
                }
                Ok(Segment::Child(self.dot_name("`.`")?))
            }
            Some('[') => Ok(Segment::Child(self.bracket()?)),
            Some('~') => {
                self.pos += 1;
                Ok(Segment::PropertyName)
            }
            Some('^') => {
                self.pos += 1;
                Ok(Segment::Parent)
            }
            Some(c) => Err(self.error(self.pos, format!("expected `.`, `..`, `[`, `~` or `^`, found `{c}`"))),
            None => unreachable!("called before the end"),
        }
    }

    /// A name after `.` or `..`: up to the next `.`, `[`, `~` or `^`.
    fn dot_name(&mut self, after: &str) -> Result<Vec<Selector>, PathError> {
        let r = self.rest();
        let end = r.find(['.', '[', '~', '^']).unwrap_or(r.len());
        let name = &r[..end];
        if name.is_empty() {
            return Err(self.error(self.pos, format!("expected a name or `*` after {after}")));
        }
        if name.starts_with('@') || name.contains(['(', ')', '?']) {
            return Err(self.error(
                self.pos,
                format!("`{name}` is not supported: write filters in brackets, `[?(...)]`"),
            ));
        }
        self.pos += end;
        Ok(vec![if name == "*" {
            Selector::Wildcard
        } else {
            Selector::Name(name.to_owned())
        }])
    }

    fn bracket(&mut self) -> Result<Vec<Selector>, PathError> {
        let open = self.pos;
        let close =
            matching_bracket(self.text, open).ok_or_else(|| self.error(open, "this `[` is never closed with `]`"))?;
        let inner = &self.text[open + 1..close];
        self.pos = close + 1;
        let trimmed = inner.trim_start();
        let lead = open + 1 + inner.len() - trimmed.len();
        if let Some(body) = trimmed.strip_prefix('?') {
            return Ok(vec![self.filter(body.trim_end(), lead + 1)?]);
        }
        if trimmed.starts_with('(') {
            return Err(self.error(
                lead,
                "script expressions `[(...)]` are not supported; use a filter `[?(...)]`",
            ));
        }
        split_top_level(inner, open + 1)
            .into_iter()
            .map(|(part, at)| self.selector(part, at))
            .collect()
    }

    fn filter(&self, body: &str, at: usize) -> Result<Selector, PathError> {
        let lead = body.len() - body.trim_start().len();
        let body = body.trim_start();
        let Some(expr) = body.strip_prefix('(').and_then(|b| b.strip_suffix(')')) else {
            return Err(self.error(at, "a filter is written `[?(expression)]`"));
        };
        let expr = filter::parse(expr)
            .map_err(|FilterError { offset, message }| self.error(at + lead + 1 + offset, message))?;
        let uses_path = mentions_path(&expr);
        Ok(Selector::Filter {
            expr: Box::new(expr),
            uses_path,
        })
    }

    fn selector(&self, part: &str, at: usize) -> Result<Selector, PathError> {
        let lead = part.len() - part.trim_start().len();
        let p = part.trim();
        let at = at + lead;
        if p.is_empty() {
            return Err(self.error(at, "an empty selector"));
        }
        if p == "*" {
            return Ok(Selector::Wildcard);
        }
        if let Some(q) = p.chars().next().filter(|c| *c == '\'' || *c == '"') {
            return unquote(p, q)
                .map(Selector::Name)
                .ok_or_else(|| self.error(at, format!("the name {p} is not a closed string")));
        }
        if p.contains(':') {
            let bounds: Vec<&str> = p.split(':').collect();
            if bounds.len() > 3 {
                return Err(self.error(at, format!("`{p}` is not a slice `start:end:step`")));
            }
            let num = |s: &str| -> Result<Option<i64>, PathError> {
                let s = s.trim();
                if s.is_empty() {
                    return Ok(None);
                }
                s.parse()
                    .map(Some)
                    .map_err(|_| self.error(at, format!("`{s}` in the slice `{p}` is not an integer")))
            };
            return Ok(Selector::Slice(
                num(bounds[0])?,
                num(bounds[1])?,
                bounds.get(2).map_or(Ok(None), |s| num(s))?,
            ));
        }
        if let Ok(n) = p.parse::<i64>() {
            return Ok(Selector::Index(n));
        }
        if p.contains(['(', ')', '?', '@', '[', ']']) {
            return Err(self.error(at, format!("`{p}` is not a name, index, slice, `*` or filter `?(...)`")));
        }
        // JSONPath-Plus reads unquoted names in brackets (`$.paths[*][get,put]`).
        Ok(Selector::Name(p.to_owned()))
    }
}

fn mentions_path(e: &Expr) -> bool {
    match e {
        Expr::Special(Special::Path) => true,
        Expr::Member(a, b) | Expr::Binary(a, _, b) => mentions_path(a) || mentions_path(b),
        Expr::Call(r, _, args) => mentions_path(r) || args.iter().any(mentions_path),
        Expr::Not(a) | Expr::TypeOf(a) | Expr::ConstructorName(a) => mentions_path(a),
        Expr::Array(items) => items.iter().any(mentions_path),
        _ => false,
    }
}

fn unquote(p: &str, q: char) -> Option<String> {
    let body = p.strip_prefix(q)?.strip_suffix(q)?;
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.push(chars.next()?);
        } else if c == q {
            return None;
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// Where the `]` matching the `[` at `open` is, skipping brackets and parentheses inside quotes, regex
/// literals and filters.
fn matching_bracket(text: &str, open: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut depth = 0i32;
    let mut i = open;
    let mut prev = b'[';
    while i < b.len() {
        let c = b[i];
        match c {
            b'\'' | b'"' => i = skip_quoted(b, i)?,
            // A regex literal is inside a filter's expression; directly in a bracket, `/` is a name's
            // first character (`$.paths[/health]`, as JSONPath-Plus reads it).
            b'/' if depth > 1 && b"(,=!&|:[?".contains(&prev) => i = skip_regex(b, i)?,
            b'[' | b'(' => depth += 1,
            b']' | b')' => {
                depth -= 1;
                if depth == 0 {
                    return (c == b']').then_some(i);
                }
            }
            _ => {}
        }
        if !c.is_ascii_whitespace() {
            prev = b[i];
        }
        i += 1;
    }
    None
}

fn skip_quoted(b: &[u8], start: usize) -> Option<usize> {
    let q = b[start];
    let mut i = start + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            c if c == q => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

fn skip_regex(b: &[u8], start: usize) -> Option<usize> {
    let (mut i, mut class) = (start + 1, false);
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'[' => class = true,
            b']' => class = false,
            b'/' if !class => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The comma-separated parts of a bracket's content, with their offsets, ignoring commas in quotes.
fn split_top_level(inner: &str, base: usize) -> Vec<(&str, usize)> {
    let b = inner.as_bytes();
    let (mut out, mut start, mut i) = (Vec::new(), 0, 0);
    while i < b.len() {
        match b[i] {
            b'\'' | b'"' => i = skip_quoted(b, i).unwrap_or(b.len() - 1),
            b',' => {
                out.push((&inner[start..i], base + start));
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    out.push((&inner[start..], base + start));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{LoadOptions, Spec};

    const DOC: &str = r#"
openapi: 3.0.3
info: {title: t, version: '1', x-logo: {url: u}}
paths:
  /pets:
    get:
      parameters:
        - {name: limit, in: query}
        - {name: id, in: path, required: true}
      responses:
        '200': {description: ok}
        '404': {$ref: '#/components/responses/NotFound'}
    put:
      responses:
        '500': {description: boom}
    x-internal: true
components:
  responses:
    NotFound: {description: not found}
  schemas:
    Node:
      type: object
      properties:
        next: {$ref: '#/components/schemas/Node'}
"#;

    fn spec() -> Spec {
        Spec::from_text("t.yaml", DOC, &LoadOptions::default())
    }

    fn matches(spec: &Spec, expr: &str, resolved: bool) -> Vec<(String, String)> {
        let root = spec.root();
        struct Local<'r>(&'r Node);
        impl Follow for Local<'_> {
            fn follow(&self, n: &Node) -> Option<Jump<'_>> {
                let target = n.ref_target()?.strip_prefix('#')?;
                Some((FileId(0), target.to_owned(), self.0.at(target).ok()?))
            }
        }
        let local = Local(root);
        let walk = Walk {
            follow: if resolved { &local } else { &AsWritten },
            budget: 100_000,
        };
        let path = JsonPath::parse(expr).unwrap_or_else(|e| panic!("{expr}: {e}"));
        path.select(root, (FileId(0), ""), &walk)
            .unwrap()
            .iter()
            .map(|m| {
                let mut s: String = m
                    .path
                    .iter()
                    .map(|p| match p {
                        PathSeg::Key(k) => format!("/{k}"),
                        PathSeg::Index(i) => format!("/{i}"),
                    })
                    .collect();
                if m.property_name {
                    s.push('~');
                }
                (s, m.pointer.clone())
            })
            .collect()
    }

    fn paths(spec: &Spec, expr: &str, resolved: bool) -> Vec<String> {
        matches(spec, expr, resolved).into_iter().map(|(p, _)| p).collect()
    }

    #[test]
    fn names_wildcards_unions_and_slices() {
        let s = spec();
        assert_eq!(paths(&s, "$.info.x-logo.url", false), ["/info/x-logo/url"]);
        assert_eq!(paths(&s, "$.paths[*][get,put].responses", false).len(), 2);
        assert_eq!(
            paths(&s, "$['paths']['/pets'].get.parameters[-1].name", false),
            ["/paths//pets/get/parameters/1/name"]
        );
        assert_eq!(
            paths(&s, "$.paths.*.get.parameters[0:1]", false),
            ["/paths//pets/get/parameters/0"]
        );
        assert_eq!(paths(&s, "$.paths.*.get.parameters[::2]", false).len(), 1);
        assert_eq!(
            paths(&s, "$.paths.*.*~", false),
            ["/paths//pets/get~", "/paths//pets/put~", "/paths//pets/x-internal~"]
        );
        assert_eq!(paths(&s, "$.paths.*.get.parameters.*", false).len(), 2);
    }

    #[test]
    fn filters_see_property_parent_and_path() {
        let s = spec();
        assert_eq!(
            paths(&s, "$..parameters[?(@.in === 'path')].name", false),
            ["/paths//pets/get/parameters/1/name"]
        );
        assert_eq!(
            paths(&s, "$.paths.*[?(@property.match(/^x-/))]", false),
            ["/paths//pets/x-internal"]
        );
        assert_eq!(paths(&s, "$..responses[?(@property >= 400)]", false).len(), 2);
        assert_eq!(
            paths(&s, "$..[?(@parentProperty === 'responses' && @property == 200)]", false),
            ["/paths//pets/get/responses/200"]
        );
        assert_eq!(paths(&s, "$.paths..[?(@path.includes('put'))]~", false).len(), 4);
    }

    #[test]
    fn descendants_and_parents() {
        let s = spec();
        assert_eq!(paths(&s, "$..description", false).len(), 3);
        assert_eq!(
            paths(&s, "$..[?(@property === 'in')]^", false).len(),
            2,
            "one parent per parameter"
        );
        assert_eq!(paths(&s, "$..x-logo^", false), ["/info"]);
        assert_eq!(paths(&s, "$^", false), Vec::<String>::new());
    }

    #[test]
    fn the_resolved_view_follows_refs_and_stops_at_cycles() {
        let s = spec();
        assert_eq!(
            paths(&s, "$.paths.*.get.responses.404.description", true),
            ["/paths//pets/get/responses/404/description"]
        );
        assert!(paths(&s, "$.paths.*.get.responses.404.description", false).is_empty());
        assert_eq!(
            matches(&s, "$.paths.*.get.responses.404.description", true)[0].1,
            "/components/responses/NotFound/description",
            "the location is where the node is written"
        );
        // `Node.next` refers to `Node`: the walk enters it once and stops.
        let nexts = paths(&s, "$.components..next", true);
        assert_eq!(nexts, ["/components/schemas/Node/properties/next"]);
    }

    #[test]
    fn the_budget_stops_runaway_walks() {
        let s = spec();
        let walk = Walk {
            follow: &AsWritten,
            budget: 10,
        };
        let p = JsonPath::parse("$..*").unwrap();
        assert_eq!(p.select(s.root(), (FileId(0), ""), &walk).unwrap_err(), OverBudget(10));
    }

    #[test]
    fn errors_say_where_and_what() {
        for (text, offset, part) in [
            ("paths", 0, "starts with `$`"),
            ("$.paths[", 7, "never closed"),
            ("$.paths[(@.length-1)]", 8, "script expressions"),
            ("$.paths[?(@.a + 1)]", 14, "`+`"),
            ("$.paths[?@.a]", 9, "[?(expression)]"),
            ("$.a~.b", 4, "nothing may follow `~`"),
            ("$.", 2, "expected a name"),
            ("$.paths[1:x]", 8, "not an integer"),
        ] {
            let e = JsonPath::parse(text).expect_err(text);
            assert_eq!(e.offset, offset, "{text}: {e}");
            assert!(e.message.contains(part), "{text}: {e}");
        }
    }

    #[test]
    fn brackets_with_regexes_and_quotes_close_where_they_should() {
        let s = spec();
        assert_eq!(
            paths(&s, "$.paths.*[?(@property.match(/^(get|x-[a-z\\]])/))]", false).len(),
            2
        );
        assert_eq!(paths(&s, "$.paths['/pets'][?(@property === ']')]", false).len(), 0);
    }

    #[test]
    fn an_unquoted_name_in_brackets_may_start_with_a_slash() {
        // As JSONPath-Plus reads `$.paths[/health]` (the APIs You Won't Hate style guide has it).
        let s = spec();
        assert_eq!(paths(&s, "$.paths[/pets]", false), ["/paths//pets"]);
        assert_eq!(paths(&s, "$.paths[/pets,/none].get", false).len(), 1);
    }

    #[test]
    fn a_ref_with_siblings_places_what_it_reaches_at_itself() {
        // As Spectral 6.16.3 places them (checked with its CLI): through a plain `$ref` a node is where
        // its target is written; through a `$ref` object with other keys, at that object (a `$..` scan
        // reports what is below it once, where it is written).
        let s = Spec::from_text(
            "t.yaml",
            "components:\n  schemas:\n    H:\n      properties:\n        plain: {$ref: '#/components/schemas/T'}\n        sib: {$ref: '#/components/schemas/T', description: d}\n    T:\n      properties:\n        p: {type: string, x: {$ref: '#/components/schemas/U'}}\n    U: {type: string}\n",
            &LoadOptions::default(),
        );
        let at = |expr: &str| -> Vec<String> { matches(&s, expr, true).into_iter().map(|(_, l)| l).collect() };
        assert_eq!(at("$.components.schemas.H.properties.plain"), ["/components/schemas/T"]);
        assert_eq!(
            at("$.components.schemas.H.properties.sib"),
            ["/components/schemas/H/properties/sib"]
        );
        assert_eq!(
            at("$.components.schemas.H.properties.sib.properties.p"),
            ["/components/schemas/T/properties/p"],
            "what is below it is where it is written"
        );
        assert_eq!(
            at("$.components.schemas.H.properties.plain.properties.p.x"),
            ["/components/schemas/U"]
        );
    }
}
