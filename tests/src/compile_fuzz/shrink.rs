//! Shrinking: delta debugging over the document's structure. An [`Edit`] removes or simplifies one
//! node (by [`Id`], so any set of edits applies together); a [`Shrinker`] runs ddmin over the edits
//! of its current phase, keeps what still fails the same way, and stops when no single edit does
//! (a 1-minimal document). Shrinkers run in lockstep ([`shrink_all`]) so that one `cargo check`
//! tests the candidates of every finding at once.

use super::doc::*;

#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    RemoveOp(Id),
    /// And every reference to it becomes any value.
    RemoveComponent(Id),
    /// And the requirements that name it.
    RemoveScheme(Id),
    ClearDocSecurity,
    ClearOpSecurity(Id),
    RemoveParam(Id),
    RemoveBody(Id),
    RemoveResponse(Id),
    RemoveContent(Id),
    RemoveHeader(Id),
    RemoveProperty(Id),
    RemoveMember(Id),
    /// A schema becomes its first inner schema (array → items, union → member, ...).
    Hoist(Id),
    /// A schema becomes a plain string (`true`) or any value (`false`), keeping its flags.
    Replace(Id, bool),
    Simplify(Id, Simplification),
    /// Path literals, operationId.
    PlainOp(Id),
    PlainParam(Id, ParamPart),
    /// Media types → JSON only, not shared, optional.
    PlainBody(Id),
    /// Media types → JSON only, not shared, status 200.
    PlainResponse(Id),
    RenameComponent(Id),
    RenameProperty(Id),
    RenameParam(Id),
    RenameScheme(Id),
    RenameHeader(Id),
    PlainDocument,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Simplification {
    Nullable,
    Description,
    Default,
    Format,
    Lengths,
    Pattern,
    Bounds,
    MultipleOf,
    /// The enum value at this index.
    Value(usize),
    Enum,
    Discriminator,
    Additional,
    ArrayLimits,
    /// Properties: `required`, `readOnly`, `writeOnly`.
    Property(Id),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ParamPart {
    Optional,
    Style,
    Explode,
    Content,
    Decor,
    Shared,
    Description,
}

/// The phases, coarse to fine: operations; components and schemes; the parts of operations; the
/// parts of schemas; simpler schemas and flags; names. Each phase's edits are of one kind, so that
/// ddmin's chunks mix no edit that every failure needs (removing every operation) with edits that
/// it does not.
const PHASES: usize = 6;

/// Every edit of `doc`, all phases.
pub fn edits(doc: &Doc) -> Vec<Edit> {
    (0..PHASES).flat_map(|p| phase_edits(doc, p)).collect()
}

fn phase_edits(doc: &Doc, phase: usize) -> Vec<Edit> {
    match phase {
        0 => doc.ops.iter().map(|o| Edit::RemoveOp(o.id)).collect(),
        1 => {
            let mut out: Vec<Edit> = doc.schemas.iter().map(|c| Edit::RemoveComponent(c.id)).collect();
            out.extend(doc.schemes.iter().map(|s| Edit::RemoveScheme(s.id)));
            if doc.security.is_some() {
                out.push(Edit::ClearDocSecurity);
            }
            out
        }
        2 => operation_part_edits(doc),
        3 => schema_part_edits(doc),
        4 => schema_edits(doc),
        _ => name_edits(doc),
    }
}

fn operation_part_edits(doc: &Doc) -> Vec<Edit> {
    let mut out = Vec::new();
    for op in &doc.ops {
        if op.security.is_some() {
            out.push(Edit::ClearOpSecurity(op.id));
        }
        if let Some(b) = &op.body {
            out.push(Edit::RemoveBody(b.id));
        }
        if op.responses.len() > 1 {
            out.extend(op.responses.iter().map(|r| Edit::RemoveResponse(r.id)));
        }
        out.extend(op.params.iter().map(|p| Edit::RemoveParam(p.id)));
        for r in &op.responses {
            if r.content.is_some() {
                out.push(Edit::RemoveContent(r.id));
            }
            out.extend(r.headers.iter().map(|h| Edit::RemoveHeader(h.id)));
        }
    }
    out
}

fn schema_part_edits(doc: &Doc) -> Vec<Edit> {
    let mut out = Vec::new();
    for s in doc.all_schemas() {
        match &s.kind {
            Kind::Object(o) => out.extend(o.properties.iter().map(|p| Edit::RemoveProperty(p.id))),
            Kind::OneOf(u) | Kind::AnyOf(u) if u.members.len() > 1 => {
                out.extend(u.members.iter().map(|m| Edit::RemoveMember(m.id)))
            }
            Kind::AllOf(m) if m.len() > 1 => out.extend(m.iter().map(|m| Edit::RemoveMember(m.id))),
            _ => {}
        }
    }
    out
}

fn schema_edits(doc: &Doc) -> Vec<Edit> {
    use Simplification as S;
    let mut out = Vec::new();
    for s in doc.all_schemas() {
        let id = s.id;
        if !s.children().is_empty() {
            out.push(Edit::Hoist(id));
        }
        if !matches!(s.kind, Kind::Any) && !matches!(s.kind, Kind::Str(ref t) if *t == Str::default()) {
            out.push(Edit::Replace(id, true));
        }
        if !matches!(s.kind, Kind::Any) {
            out.push(Edit::Replace(id, false));
        }
        for (on, simp) in [
            (s.nullable, S::Nullable),
            (s.description, S::Description),
            (s.default, S::Default),
        ] {
            if on {
                out.push(Edit::Simplify(id, simp));
            }
        }
        match &s.kind {
            Kind::Str(t) => {
                for (on, simp) in [
                    (t.format.is_some(), S::Format),
                    (t.min_length.is_some() || t.max_length.is_some(), S::Lengths),
                    (t.pattern.is_some(), S::Pattern),
                    (!t.values.is_empty(), S::Enum),
                ] {
                    if on {
                        out.push(Edit::Simplify(id, simp));
                    }
                }
                if t.values.len() > 1 {
                    out.extend((0..t.values.len()).map(|i| Edit::Simplify(id, S::Value(i))));
                }
            }
            Kind::Int(n) | Kind::Num(n) => {
                for (on, simp) in [
                    (n.format.is_some(), S::Format),
                    (n.minimum.is_some() || n.maximum.is_some(), S::Bounds),
                    (n.multiple_of.is_some(), S::MultipleOf),
                    (!n.values.is_empty(), S::Enum),
                ] {
                    if on {
                        out.push(Edit::Simplify(id, simp));
                    }
                }
                if n.values.len() > 1 {
                    out.extend((0..n.values.len()).map(|i| Edit::Simplify(id, S::Value(i))));
                }
            }
            Kind::Array(a) if a.min_items.is_some() || a.max_items.is_some() || a.unique => {
                out.push(Edit::Simplify(id, S::ArrayLimits));
            }
            Kind::Object(o) => {
                if o.discriminator.is_some() {
                    out.push(Edit::Simplify(id, S::Discriminator));
                }
                if o.additional != Additional::Absent {
                    out.push(Edit::Simplify(id, S::Additional));
                }
                for p in &o.properties {
                    if p.required || p.read_only || p.write_only {
                        out.push(Edit::Simplify(id, S::Property(p.id)));
                    }
                }
            }
            Kind::OneOf(u) | Kind::AnyOf(u) if u.discriminator.is_some() => {
                out.push(Edit::Simplify(id, S::Discriminator));
            }
            _ => {}
        }
    }
    for op in &doc.ops {
        if !op.path.is_empty() || op.operation_id.is_some() {
            out.push(Edit::PlainOp(op.id));
        }
        for p in &op.params {
            for (on, part) in [
                (p.required && p.location != Location::Path, ParamPart::Optional),
                (p.style.is_some(), ParamPart::Style),
                (p.explode.is_some(), ParamPart::Explode),
                (p.content, ParamPart::Content),
                (!p.decor.0.is_empty() || !p.decor.1.is_empty(), ParamPart::Decor),
                (p.shared.is_some(), ParamPart::Shared),
                (p.description, ParamPart::Description),
            ] {
                if on {
                    out.push(Edit::PlainParam(p.id, part));
                }
            }
        }
        if let Some(b) = &op.body
            && (b.media != [Media::Json] || b.shared.is_some() || b.required)
        {
            out.push(Edit::PlainBody(b.id));
        }
        for r in &op.responses {
            let plain_media = r.content.as_ref().is_none_or(|(m, _)| *m == [Media::Json]);
            if !plain_media || r.shared.is_some() || r.status != Status::Code(200) {
                out.push(Edit::PlainResponse(r.id));
            }
        }
    }
    out
}

fn name_edits(doc: &Doc) -> Vec<Edit> {
    let mut out = Vec::new();
    out.extend(
        doc.schemas
            .iter()
            .filter(|c| c.name != format!("S{}", c.id))
            .map(|c| Edit::RenameComponent(c.id)),
    );
    out.extend(
        doc.schemes
            .iter()
            .filter(|s| s.name != format!("s{}", s.id))
            .map(|s| Edit::RenameScheme(s.id)),
    );
    for op in &doc.ops {
        out.extend(
            op.params
                .iter()
                .filter(|p| p.name != format!("p{}", p.id))
                .map(|p| Edit::RenameParam(p.id)),
        );
        for r in &op.responses {
            out.extend(
                r.headers
                    .iter()
                    .filter(|h| h.name != format!("X-H{}", h.id))
                    .map(|h| Edit::RenameHeader(h.id)),
            );
        }
    }
    for s in doc.all_schemas() {
        if let Kind::Object(o) = &s.kind {
            out.extend(
                o.properties
                    .iter()
                    .filter(|p| p.name != format!("p{}", p.id))
                    .map(|p| Edit::RenameProperty(p.id)),
            );
        }
    }
    if doc.title != "T" || doc.syntax != Syntax::Yaml {
        out.push(Edit::PlainDocument);
    }
    out
}

/// `doc` with `edits` applied (in order; an edit whose node is gone does nothing).
pub fn apply(doc: &Doc, edits: &[Edit]) -> Doc {
    let mut doc = doc.clone();
    // Enum values go by index: later indices first, so that earlier ones still point right.
    let mut ordered: Vec<&Edit> = edits.iter().collect();
    ordered.sort_by_key(|e| match e {
        Edit::Simplify(_, Simplification::Value(i)) => std::cmp::Reverse(*i),
        _ => std::cmp::Reverse(usize::MAX),
    });
    for e in ordered {
        apply_one(&mut doc, e);
    }
    doc
}

fn apply_one(doc: &mut Doc, edit: &Edit) {
    match edit {
        Edit::RemoveOp(id) => doc.ops.retain(|o| o.id != *id),
        Edit::RemoveComponent(id) => {
            let Some(name) = doc.schemas.iter().find(|c| c.id == *id).map(|c| c.name.clone()) else {
                return;
            };
            doc.schemas.retain(|c| c.id != *id);
            for_all_schemas(doc, |s| {
                if matches!(&s.kind, Kind::Ref(n) if *n == name) {
                    s.kind = Kind::Any;
                }
            });
        }
        Edit::RemoveScheme(id) => {
            let Some(name) = doc.schemes.iter().find(|s| s.id == *id).map(|s| s.name.clone()) else {
                return;
            };
            doc.schemes.retain(|s| s.id != *id);
            let fix = |list: &mut Vec<Requirement>| list.retain(|r| !r.contains(&name));
            if let Some(list) = &mut doc.security {
                fix(list);
            }
            for op in &mut doc.ops {
                if let Some(list) = &mut op.security {
                    fix(list);
                }
            }
        }
        Edit::ClearDocSecurity => doc.security = None,
        Edit::ClearOpSecurity(id) => with_op(doc, *id, |o| o.security = None),
        Edit::RemoveParam(id) => doc.ops.iter_mut().for_each(|o| o.params.retain(|p| p.id != *id)),
        Edit::RemoveBody(id) => doc.ops.iter_mut().for_each(|o| {
            if o.body.as_ref().is_some_and(|b| b.id == *id) {
                o.body = None;
            }
        }),
        Edit::RemoveResponse(id) => doc.ops.iter_mut().for_each(|o| {
            if o.responses.len() > 1 {
                o.responses.retain(|r| r.id != *id);
            }
        }),
        Edit::RemoveContent(id) => with_response(doc, *id, |r| r.content = None),
        Edit::RemoveHeader(id) => doc
            .ops
            .iter_mut()
            .flat_map(|o| o.responses.iter_mut())
            .for_each(|r| r.headers.retain(|h| h.id != *id)),
        Edit::RemoveProperty(id) => for_all_schemas(doc, |s| {
            if let Kind::Object(o) = &mut s.kind {
                o.properties.retain(|p| p.id != *id);
            }
        }),
        Edit::RemoveMember(id) => for_all_schemas(doc, |s| match &mut s.kind {
            Kind::OneOf(u) | Kind::AnyOf(u) if u.members.len() > 1 => u.members.retain(|m| m.id != *id),
            Kind::AllOf(m) if m.len() > 1 => m.retain(|m| m.id != *id),
            _ => {}
        }),
        Edit::Hoist(id) => with_schema(doc, *id, |s| {
            if let Some(first) = s.children().first() {
                let inner = (*first).clone();
                let (nullable, id) = (s.nullable, s.id);
                *s = inner;
                s.id = id;
                s.nullable |= nullable;
            }
        }),
        Edit::Replace(id, string) => with_schema(doc, *id, |s| {
            s.kind = if *string { Kind::Str(Str::default()) } else { Kind::Any };
            s.default = false;
        }),
        Edit::Simplify(id, simp) => with_schema(doc, *id, |s| simplify(s, simp)),
        Edit::PlainOp(id) => with_op(doc, *id, |o| {
            o.path.clear();
            o.operation_id = None;
        }),
        Edit::PlainParam(id, part) => with_param(doc, *id, |p| match part {
            ParamPart::Optional => p.required = false,
            ParamPart::Style => p.style = None,
            ParamPart::Explode => p.explode = None,
            ParamPart::Content => p.content = false,
            ParamPart::Decor => p.decor = (String::new(), String::new()),
            ParamPart::Shared => p.shared = None,
            ParamPart::Description => p.description = false,
        }),
        Edit::PlainBody(id) => doc.ops.iter_mut().filter_map(|o| o.body.as_mut()).for_each(|b| {
            if b.id == *id {
                b.media = vec![Media::Json];
                b.shared = None;
                b.required = false;
            }
        }),
        Edit::PlainResponse(id) => with_response(doc, *id, |r| {
            if let Some((media, _)) = &mut r.content {
                *media = vec![Media::Json];
            }
            r.shared = None;
            r.status = Status::Code(200);
        }),
        Edit::RenameComponent(id) => {
            let new = format!("S{id}");
            if doc.schemas.iter().any(|c| c.name == new) {
                return;
            }
            let Some(c) = doc.schemas.iter_mut().find(|c| c.id == *id) else {
                return;
            };
            let old = std::mem::replace(&mut c.name, new.clone());
            for_all_schemas(doc, |s| {
                if let Kind::Ref(n) = &mut s.kind
                    && *n == old
                {
                    *n = new.clone();
                }
            });
        }
        Edit::RenameScheme(id) => {
            let new = format!("s{id}");
            let Some(s) = doc.schemes.iter_mut().find(|s| s.id == *id) else {
                return;
            };
            let old = std::mem::replace(&mut s.name, new.clone());
            let lists = doc
                .ops
                .iter_mut()
                .filter_map(|o| o.security.as_mut())
                .chain(doc.security.as_mut());
            for list in lists {
                for r in list.iter_mut() {
                    for n in r.iter_mut().filter(|n| **n == old) {
                        *n = new.clone();
                    }
                }
            }
        }
        Edit::RenameParam(id) => with_param(doc, *id, |p| p.name = format!("p{id}")),
        Edit::RenameHeader(id) => doc
            .ops
            .iter_mut()
            .flat_map(|o| o.responses.iter_mut())
            .flat_map(|r| r.headers.iter_mut())
            .filter(|h| h.id == *id)
            .for_each(|h| h.name = format!("X-H{id}")),
        Edit::RenameProperty(id) => for_all_schemas(doc, |s| {
            if let Kind::Object(o) = &mut s.kind {
                for p in o.properties.iter_mut().filter(|p| p.id == *id) {
                    p.name = format!("p{id}");
                }
            }
        }),
        Edit::PlainDocument => {
            doc.title = "T".into();
            doc.syntax = Syntax::Yaml;
        }
    }
}

fn simplify(s: &mut Schema, simp: &Simplification) {
    use Simplification as S;
    match simp {
        S::Nullable => s.nullable = false,
        S::Description => s.description = false,
        S::Default => s.default = false,
        _ => {}
    }
    match (&mut s.kind, simp) {
        (Kind::Str(t), S::Format) => t.format = None,
        (Kind::Str(t), S::Lengths) => (t.min_length, t.max_length) = (None, None),
        (Kind::Str(t), S::Pattern) => t.pattern = None,
        (Kind::Str(t), S::Enum) => t.values.clear(),
        (Kind::Str(t), S::Value(i)) if *i < t.values.len() && t.values.len() > 1 => {
            t.values.remove(*i);
        }
        (Kind::Int(n) | Kind::Num(n), S::Format) => n.format = None,
        (Kind::Int(n) | Kind::Num(n), S::Bounds) => {
            (n.minimum, n.maximum) = (None, None);
            (n.exclusive_minimum, n.exclusive_maximum) = (false, false);
        }
        (Kind::Int(n) | Kind::Num(n), S::MultipleOf) => n.multiple_of = None,
        (Kind::Int(n) | Kind::Num(n), S::Enum) => n.values.clear(),
        (Kind::Int(n) | Kind::Num(n), S::Value(i)) if *i < n.values.len() && n.values.len() > 1 => {
            n.values.remove(*i);
        }
        (Kind::Array(a), S::ArrayLimits) => {
            (a.min_items, a.max_items, a.unique) = (None, None, false);
        }
        (Kind::Object(o), S::Discriminator) => o.discriminator = None,
        (Kind::OneOf(u) | Kind::AnyOf(u), S::Discriminator) => u.discriminator = None,
        (Kind::Object(o), S::Additional) => o.additional = Additional::Absent,
        (Kind::Object(o), S::Property(id)) => {
            for p in o.properties.iter_mut().filter(|p| p.id == *id) {
                (p.required, p.read_only, p.write_only) = (false, false, false);
            }
        }
        _ => {}
    }
}

fn for_all_schemas(doc: &mut Doc, mut f: impl FnMut(&mut Schema)) {
    for root in doc.roots_mut() {
        root.walk_mut(&mut f);
    }
}

fn with_schema(doc: &mut Doc, id: Id, mut f: impl FnMut(&mut Schema)) {
    let mut done = false;
    for_all_schemas(doc, |s| {
        if !done && s.id == id {
            f(s);
            done = true;
        }
    });
}

fn with_op(doc: &mut Doc, id: Id, f: impl FnOnce(&mut Op)) {
    if let Some(o) = doc.ops.iter_mut().find(|o| o.id == id) {
        f(o);
    }
}

fn with_param(doc: &mut Doc, id: Id, f: impl FnOnce(&mut Param)) {
    if let Some(p) = doc
        .ops
        .iter_mut()
        .flat_map(|o| o.params.iter_mut())
        .find(|p| p.id == id)
    {
        f(p);
    }
}

fn with_response(doc: &mut Doc, id: Id, f: impl FnOnce(&mut Response)) {
    if let Some(r) = doc
        .ops
        .iter_mut()
        .flat_map(|o| o.responses.iter_mut())
        .find(|r| r.id == id)
    {
        f(r);
    }
}

/// What shrinking decreases: nodes, then names not yet plain, then the length of the document's
/// JSON (JSON text counts one more than the same document in YAML, so YAML is the plain form).
pub fn measure(doc: &Doc) -> (usize, usize, usize) {
    let json = super::render::to_json(doc).to_string().len();
    (
        doc.size(),
        awkward_names(doc),
        json + usize::from(doc.syntax == Syntax::Json),
    )
}

/// Names that differ from what the renaming edits would make of them.
fn awkward_names(doc: &Doc) -> usize {
    let mut n = usize::from(doc.title != "T");
    n += doc.schemas.iter().filter(|c| c.name != format!("S{}", c.id)).count();
    n += doc.schemes.iter().filter(|s| s.name != format!("s{}", s.id)).count();
    for op in &doc.ops {
        n += usize::from(op.operation_id.is_some());
        n += op.params.iter().filter(|p| p.name != format!("p{}", p.id)).count();
        let headers = op.responses.iter().flat_map(|r| r.headers.iter());
        n += headers.filter(|h| h.name != format!("X-H{}", h.id)).count();
    }
    for s in doc.all_schemas() {
        if let Kind::Object(o) = &s.kind {
            n += o.properties.iter().filter(|p| p.name != format!("p{}", p.id)).count();
        }
    }
    n
}

/// Candidates per round and shrinker at most (the rest of a round's chunks come in later rounds).
const MAX_CANDIDATES: usize = 12;

/// One document being shrunk by delta debugging (ddmin) over the edits of the current phase: the
/// edits are split into `n` chunks, and each chunk applied is a candidate. A candidate that still
/// fails becomes the document (and `n` shrinks by one); when none does, `n` doubles, up to single
/// edits; when single edits fail too, the phase is done. Phases repeat until a pass changes nothing.
#[derive(Debug)]
pub struct Shrinker {
    pub doc: Doc,
    pub rounds: usize,
    phase: usize,
    /// The granularity: how many chunks the phase's edits are split into.
    n: usize,
    /// Of those chunks, the first one this round tests (when there are more than fit a round).
    cursor: usize,
    changed_this_pass: bool,
    /// The edits that the proposed candidates were made from (their count, for the granularity).
    edits: usize,
    proposed: bool,
    done: bool,
}

impl Shrinker {
    pub fn new(doc: Doc) -> Self {
        Shrinker {
            doc,
            rounds: 0,
            phase: 0,
            n: 2,
            cursor: 0,
            changed_this_pass: false,
            edits: 0,
            proposed: false,
            done: false,
        }
    }

    pub fn done(&self) -> bool {
        self.done
    }

    /// The candidates of the next round; empty when shrinking is over.
    pub fn propose(&mut self) -> Vec<Doc> {
        loop {
            if self.done {
                return Vec::new();
            }
            // Only edits that make the document strictly smaller count: no edit undoes another, so
            // shrinking ends.
            let current = measure(&self.doc);
            let edits: Vec<Edit> = phase_edits(&self.doc, self.phase)
                .into_iter()
                .filter(|e| measure(&apply(&self.doc, std::slice::from_ref(e))) < current)
                .collect();
            if edits.is_empty() {
                self.next_phase();
                continue;
            }
            self.n = self.n.clamp(2, edits.len().max(2)).min(edits.len());
            let chunks = split(&edits, self.n);
            let candidates: Vec<Doc> = chunks
                .iter()
                .skip(self.cursor)
                .take(MAX_CANDIDATES)
                .map(|chunk| apply(&self.doc, chunk))
                .collect();
            self.edits = edits.len();
            self.proposed = true;
            return candidates;
        }
    }

    /// The results of the last round's candidates (same order).
    pub fn feed(&mut self, candidates: Vec<Doc>, failing: &[bool]) {
        if !std::mem::take(&mut self.proposed) {
            return;
        }
        self.rounds += 1;
        let best = candidates
            .into_iter()
            .zip(failing)
            .filter(|(_, f)| **f)
            .map(|(d, _)| d)
            .min_by_key(measure);
        if let Some(doc) = best {
            self.doc = doc;
            self.changed_this_pass = true;
            self.n = self.n.saturating_sub(1).max(2);
            self.cursor = 0;
            return;
        }
        self.cursor += MAX_CANDIDATES;
        if self.cursor < self.n {
            return;
        }
        self.cursor = 0;
        if self.n >= self.edits {
            self.next_phase();
        } else {
            self.n = (self.n * 2).min(self.edits);
        }
    }

    fn next_phase(&mut self) {
        self.n = 2;
        self.cursor = 0;
        self.phase += 1;
        if self.phase == PHASES {
            if self.changed_this_pass {
                self.phase = 0;
                self.changed_this_pass = false;
            } else {
                self.done = true;
            }
        }
    }
}

/// `items` in `n` chunks of nearly equal size, in order.
fn split<T: Clone>(items: &[T], n: usize) -> Vec<Vec<T>> {
    let n = n.clamp(1, items.len().max(1));
    (0..n)
        .map(|i| items[i * items.len() / n..(i + 1) * items.len() / n].to_vec())
        .filter(|c| !c.is_empty())
        .collect()
}

/// Shrinks every document in lockstep: each round, the candidates of all shrinkers go to `oracle`
/// together (as `(which document, candidate)`), which says for each whether it still fails the way
/// that document did. Stops after `max_rounds` rounds, keeping the smallest failing document so far.
pub fn shrink_all(
    docs: Vec<Doc>,
    max_rounds: usize,
    mut oracle: impl FnMut(&[(usize, Doc)]) -> Vec<bool>,
) -> Vec<(Doc, usize)> {
    let mut shrinkers: Vec<Shrinker> = docs.into_iter().map(Shrinker::new).collect();
    // Candidates waiting to be tested: (shrinker, its candidates).
    let mut pending: Vec<Option<Vec<Doc>>> = shrinkers.iter_mut().map(|s| Some(s.propose())).collect();
    for _ in 0..max_rounds {
        let mut batch = Vec::new();
        for (i, p) in pending.iter().enumerate() {
            for doc in p.iter().flatten() {
                batch.push((i, doc.clone()));
            }
        }
        if batch.is_empty() {
            break;
        }
        let results = oracle(&batch);
        let mut at = 0;
        for (i, s) in shrinkers.iter_mut().enumerate() {
            let Some(candidates) = pending[i].take() else { continue };
            let n = candidates.len();
            if n == 0 {
                continue;
            }
            s.feed(candidates, &results[at..at + n]);
            at += n;
            pending[i] = Some(s.propose());
        }
    }
    shrinkers.into_iter().map(|s| (s.doc, s.rounds)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile_fuzz::random;

    /// The fake "compiler": a document fails when it has an optional, nullable query parameter.
    fn nullable_optional_query(doc: &Doc) -> bool {
        doc.ops.iter().any(|o| {
            o.params
                .iter()
                .any(|p| p.location == Location::Query && !p.required && p.schema.nullable)
        })
    }

    fn oracle(pred: fn(&Doc) -> bool) -> impl FnMut(&[(usize, Doc)]) -> Vec<bool> {
        move |batch| batch.iter().map(|(_, d)| pred(d)).collect()
    }

    fn first_failing(seed: u64, pred: fn(&Doc) -> bool) -> Doc {
        (0..500)
            .map(|i| random::generate(seed, i))
            .find(|d| pred(d) && d.size() > 15)
            .expect("some spec fails the fake oracle")
    }

    #[test]
    fn shrinks_to_the_one_parameter_that_fails() {
        let doc = first_failing(3, nullable_optional_query);
        let (small, rounds) = shrink_all(vec![doc.clone()], 200, oracle(nullable_optional_query)).remove(0);
        assert!(nullable_optional_query(&small));
        assert_eq!(small.ops.len(), 1, "{small:#?}");
        let op = &small.ops[0];
        assert_eq!(op.params.len(), 1, "{small:#?}");
        assert!(small.schemas.is_empty() && small.schemes.is_empty() && op.body.is_none());
        assert_eq!(op.responses.len(), 1);
        let p = &op.params[0];
        // As far as the version can say it: 2.0 writes any value as a plain string.
        let plain = Kind::Str(Str::default());
        assert!(
            p.schema.kind == Kind::Any || (small.version == Version::V2 && p.schema.kind == plain),
            "the schema is simplified as far as it goes: {:?}",
            p.schema.kind
        );
        assert_eq!(p.name, format!("p{}", p.id), "names are made plain");
        // What the version does not render may stay; what it renders is gone.
        let json = crate::compile_fuzz::render::to_json(&small).to_string();
        for key in ["\"style\"", "\"explode\"", "\"$ref\"", "\"components\"", "\"security"] {
            assert!(!json.contains(key), "{key} in {json}");
        }
        assert!(rounds < 40, "{rounds} rounds");
        assert!(small.size() < doc.size());
    }

    /// A failure that needs two things at once: a component named `Client` and an operation.
    fn client_and_operation(doc: &Doc) -> bool {
        doc.schemas.iter().any(|c| c.name == "Client") && !doc.ops.is_empty()
    }

    #[test]
    fn keeps_what_the_failure_needs_and_no_more() {
        let doc = first_failing(11, client_and_operation);
        let (small, _) = shrink_all(vec![doc], 200, oracle(client_and_operation)).remove(0);
        assert_eq!(small.schemas.len(), 1);
        assert_eq!(small.schemas[0].name, "Client");
        assert_eq!(small.schemas[0].schema.kind, Kind::Any);
        assert_eq!(small.ops.len(), 1);
        assert!(small.ops[0].params.is_empty());
    }

    #[test]
    fn shrinkers_in_lockstep_each_keep_their_own_failure() {
        let a = first_failing(3, nullable_optional_query);
        let b = first_failing(11, client_and_operation);
        let preds: [fn(&Doc) -> bool; 2] = [nullable_optional_query, client_and_operation];
        let mut calls = 0;
        let out = shrink_all(vec![a, b], 200, |batch| {
            calls += 1;
            batch.iter().map(|(i, d)| preds[*i](d)).collect()
        });
        assert!(nullable_optional_query(&out[0].0) && client_and_operation(&out[1].0));
        assert!(
            calls <= out[0].1.max(out[1].1) + 1,
            "one oracle call per round for both"
        );
    }

    #[test]
    fn chunks_cover_the_edits_in_order() {
        let items: Vec<u32> = (0..7).collect();
        assert_eq!(split(&items, 2), vec![vec![0, 1, 2], vec![3, 4, 5, 6]]);
        assert_eq!(split(&items, 7).len(), 7);
        assert_eq!(split(&items, 20).len(), 7);
        assert_eq!(split(&items, 3).concat(), items);
    }

    #[test]
    fn ddmin_tests_far_fewer_candidates_than_single_edits_would() {
        let doc = first_failing(3, nullable_optional_query);
        let singles = edits(&doc).len();
        let mut tested = 0;
        let (small, rounds) = shrink_all(vec![doc], 200, |batch| {
            tested += batch.len();
            batch.iter().map(|(_, d)| nullable_optional_query(d)).collect()
        })
        .remove(0);
        assert!(nullable_optional_query(&small));
        // Single edits, one accepted per round, would test about `singles` candidates per round.
        assert!(
            tested < singles * 3,
            "{tested} candidates in {rounds} rounds; {singles} single edits"
        );
    }

    #[test]
    fn a_round_limit_keeps_the_best_so_far() {
        let doc = first_failing(3, nullable_optional_query);
        let (small, rounds) = shrink_all(vec![doc.clone()], 2, oracle(nullable_optional_query)).remove(0);
        assert!(rounds <= 2);
        assert!(nullable_optional_query(&small));
        assert!(small.size() <= doc.size());
    }

    #[test]
    fn edits_found_apart_apply_together() {
        let doc = first_failing(3, nullable_optional_query);
        let removals: Vec<Edit> = doc.ops.iter().map(|o| Edit::RemoveOp(o.id)).collect();
        assert!(apply(&doc, &removals).ops.is_empty());
        // A removed parent makes its children's edits no-ops, in either order.
        let op = &doc.ops[0];
        let mut edits: Vec<Edit> = op.params.iter().map(|p| Edit::RemoveParam(p.id)).collect();
        edits.push(Edit::RemoveOp(op.id));
        edits.reverse();
        assert_eq!(apply(&doc, &edits).ops.len(), doc.ops.len() - 1);
    }
}
