//! Builds a [`Node`] tree from a stream of scalars and container starts/ends. The YAML and JSON readers
//! both feed it, so duplicate keys, nesting limits and partial results behave the same for both.

use super::node::{Entry, Map, Node, Value};
use super::pointer;
use crate::diagnostic::{Diagnostic, Location};
use crate::source::{FileId, Pos, Span};

/// Deeper nesting than this is refused: it protects every recursive walk downstream from stack overflow.
/// Real specs nest a few dozen levels.
pub const MAX_DEPTH: usize = 400;

enum Frame {
    Array {
        start: Pos,
        items: Vec<Node>,
    },
    Object {
        start: Pos,
        map: Map,
        key: Option<(String, Span)>,
    },
}

pub(crate) struct TreeBuilder<'d> {
    file: FileId,
    stack: Vec<Frame>,
    root: Option<Node>,
    diagnostics: &'d mut Vec<Diagnostic>,
    /// Set once a limit is hit; the reader stops feeding then.
    pub(crate) failed: bool,
}

impl<'d> TreeBuilder<'d> {
    pub(crate) fn new(file: FileId, diagnostics: &'d mut Vec<Diagnostic>) -> Self {
        TreeBuilder {
            file,
            stack: Vec::new(),
            root: None,
            diagnostics,
            failed: false,
        }
    }

    pub(crate) fn diagnostics(&mut self) -> &mut Vec<Diagnostic> {
        self.diagnostics
    }

    /// Whether the next scalar is an object key.
    pub(crate) fn expects_key(&self) -> bool {
        matches!(self.stack.last(), Some(Frame::Object { key: None, .. }))
    }

    /// The pointer of the value that would be added next.
    pub(crate) fn current_pointer(&self) -> String {
        let mut ptr = String::new();
        for frame in &self.stack {
            match frame {
                Frame::Array { items, .. } => ptr.push_str(&format!("/{}", items.len())),
                Frame::Object { key: Some((k, _)), .. } => ptr = pointer::push(&ptr, k),
                Frame::Object { key: None, .. } => {}
            }
        }
        ptr
    }

    /// A scalar: a key when an object waits for one, otherwise a value.
    pub(crate) fn scalar(&mut self, key_text: &str, node: Node) {
        if let Some(Frame::Object { key: key @ None, .. }) = self.stack.last_mut() {
            *key = Some((key_text.to_owned(), node.span));
        } else {
            self.value(node);
        }
    }

    pub(crate) fn start(&mut self, start: Pos, object: bool) {
        if self.stack.len() >= MAX_DEPTH {
            self.too_deep(start, "");
            return;
        }
        if self.expects_key() {
            let ptr = self.current_pointer();
            let d = Diagnostic::error("parse-error", "a mapping key must be a string, not a collection")
                .at(self.file, ptr, Span::point(start))
                .with_help("OpenAPI documents are JSON: write the key as a plain or quoted string");
            self.diagnostics.push(d);
            if let Some(Frame::Object { key, .. }) = self.stack.last_mut() {
                *key = Some(("?".to_owned(), Span::point(start)));
            }
        }
        self.stack.push(if object {
            Frame::Object {
                start,
                map: Map::default(),
                key: None,
            }
        } else {
            Frame::Array {
                start,
                items: Vec::new(),
            }
        });
    }

    /// Whether a copy of a node `height` containers tall (a YAML alias's) fits at the current depth;
    /// when it does not, the nesting limit is reported at `at` and reading stops.
    pub(crate) fn fits(&mut self, height: usize, at: Pos) -> bool {
        if self.stack.len() + height <= MAX_DEPTH {
            return true;
        }
        self.too_deep(at, " once this alias is expanded");
        false
    }

    fn too_deep(&mut self, at: Pos, how: &str) {
        let ptr = self.current_pointer();
        let d = Diagnostic::error(
            "nesting-limit",
            format!("the document nests deeper than {MAX_DEPTH} levels{how}"),
        )
        .at(self.file, ptr, Span::point(at))
        .with_help("flatten the structure, or move deep parts into components referenced with `$ref`");
        self.diagnostics.push(d);
        self.failed = true;
    }

    /// Ends the innermost container. `end` is where its closing bracket ends, if it has one.
    pub(crate) fn end(&mut self, end: Option<Pos>) {
        let Some(frame) = self.stack.pop() else { return };
        let node = match frame {
            Frame::Array { start, items } => {
                let last = items.last().map_or(start, |n| n.span.end);
                Node::new(Span::new(start, end.unwrap_or(last)), Value::Array(items))
            }
            Frame::Object { start, map, .. } => {
                let last = map.last().map_or(start, |(_, e)| e.node.span.end);
                Node::new(Span::new(start, end.unwrap_or(last)), Value::Object(map))
            }
        };
        self.value(node);
    }

    fn value(&mut self, node: Node) {
        let file = self.file;
        match self.stack.last_mut() {
            None => {
                if self.root.is_none() {
                    self.root = Some(node);
                }
            }
            Some(Frame::Array { items, .. }) => items.push(node),
            Some(Frame::Object { map, key, .. }) => {
                let (k, key_span) = key.take().unwrap_or_else(|| (String::new(), node.span));
                if let Some(first) = map.get(&k) {
                    let first_span = first.key_span;
                    let parent = self.current_pointer();
                    let ptr = pointer::push(&parent, &k);
                    let d = Diagnostic::error("duplicate-key", format!("duplicate key `{k}`"))
                        .at(file, ptr.clone(), key_span)
                        .with_related(
                            Location {
                                file,
                                pointer: ptr,
                                span: first_span,
                            },
                            "first defined here",
                        )
                        .with_help(
                            "remove one of the two; readers disagree on which one wins (specgen keeps the last)",
                        );
                    self.diagnostics.push(d);
                    if let Some(Frame::Object { map, .. }) = self.stack.last_mut() {
                        map.insert(k, Entry { key_span, node });
                    }
                } else {
                    map.insert(k, Entry { key_span, node });
                }
            }
        }
    }

    /// The value added last (to the innermost open container, or the root).
    pub(crate) fn last_value(&self) -> Option<&Node> {
        match self.stack.last() {
            None => self.root.as_ref(),
            Some(Frame::Array { items, .. }) => items.last(),
            Some(Frame::Object { map, .. }) => map.last().map(|(_, e)| &e.node),
        }
    }

    /// Closes whatever is still open (after an error) and returns the root read so far.
    pub(crate) fn finish(mut self) -> Option<Node> {
        while !self.stack.is_empty() {
            self.end(None);
        }
        self.root
    }
}
