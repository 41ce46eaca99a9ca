//! The spanned document tree that YAML and JSON both load into.

use indexmap::IndexMap;

use super::pointer;
use crate::source::Span;

/// A node of a loaded document with the span it was read from.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub span: Span,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
    Array(Vec<Node>),
    Object(Map),
}

/// An object's entries in source order, keyed by their (string) key. Hashed with foldhash: SipHash was
/// a twentieth of a lint's instructions, and foldhash's per-process seed still keeps crafted keys from
/// colliding (specs are untrusted input).
pub type Map = IndexMap<String, Entry, foldhash::fast::RandomState>;

/// One entry of an object: the key's span and the value.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub key_span: Span,
    pub node: Node,
}

impl Node {
    pub fn new(span: Span, value: Value) -> Self {
        Node { span, value }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Map> {
        match &self.value {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Node]> {
        match &self.value {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The value under key `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.as_object()?.get(key).map(|e| &e.node)
    }

    /// The `$ref` string of a reference object (`{"$ref": "..."}`), if this node is one.
    pub fn ref_target(&self) -> Option<&str> {
        self.get("$ref")?.as_str()
    }

    /// The child named by one unescaped pointer token.
    pub fn child(&self, token: &str) -> Option<&Node> {
        match &self.value {
            Value::Object(m) => m.get(token).map(|e| &e.node),
            Value::Array(a) => array_index(token).and_then(|i| a.get(i)),
            _ => None,
        }
    }

    /// The node at an RFC 6901 pointer, or `Err` with the longest prefix that exists.
    pub fn at(&self, ptr: &str) -> Result<&Node, Unresolved> {
        // Most pointers escape nothing: step by slices of `ptr`, allocating only for the error.
        if ptr.starts_with('/') && !ptr.contains('~') {
            let mut node = self;
            for (i, tok) in ptr[1..].split('/').enumerate() {
                match node.child(tok) {
                    Some(next) => node = next,
                    None => {
                        let found = ptr.split('/').take(i + 1).collect::<Vec<_>>().join("/");
                        return Err(Unresolved {
                            found,
                            missing: tok.to_owned(),
                        });
                    }
                }
            }
            return Ok(node);
        }
        let tokens = pointer::parse(ptr).map_err(|_| Unresolved {
            found: String::new(),
            missing: ptr.to_owned(),
        })?;
        let mut node = self;
        let mut found = String::new();
        for tok in &tokens {
            match node.child(tok) {
                Some(next) => {
                    node = next;
                    found = pointer::push(&found, tok);
                }
                None => {
                    return Err(Unresolved {
                        found,
                        missing: tok.clone(),
                    });
                }
            }
        }
        Ok(node)
    }

    /// The span of the key naming the node at `ptr` (the node's own span for array items and the root).
    pub fn key_span_at(&self, ptr: &str) -> Option<Span> {
        let tokens = pointer::parse(ptr).ok()?;
        let (last, parents) = tokens.split_last()?;
        let mut node = self;
        for tok in parents {
            node = node.child(tok)?;
        }
        match &node.value {
            Value::Object(m) => m.get(last.as_str()).map(|e| e.key_span),
            _ => node.child(last).map(|n| n.span),
        }
    }

    /// A short human name for the node's kind, for messages.
    pub fn kind(&self) -> &'static str {
        match self.value {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }

    /// Calls `f(pointer, node)` for this node and every descendant, in document order.
    pub fn walk<'a>(&'a self, f: &mut impl FnMut(&str, &'a Node)) {
        let mut ptr = String::new();
        self.walk_inner(&mut ptr, f);
    }

    fn walk_inner<'a>(&'a self, ptr: &mut String, f: &mut impl FnMut(&str, &'a Node)) {
        f(ptr, self);
        let len = ptr.len();
        match &self.value {
            Value::Object(m) => {
                for (k, e) in m {
                    ptr.push('/');
                    ptr.push_str(&pointer::escape(k));
                    e.node.walk_inner(ptr, f);
                    ptr.truncate(len);
                }
            }
            Value::Array(a) => {
                for (i, n) in a.iter().enumerate() {
                    use std::fmt::Write;
                    let _ = write!(ptr, "/{i}");
                    n.walk_inner(ptr, f);
                    ptr.truncate(len);
                }
            }
            _ => {}
        }
    }

    /// Converts to a `serde_json::Value` (spans dropped).
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match &self.value {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Number(n) => J::Number(n.clone()),
            Value::String(s) => J::String(s.clone()),
            Value::Array(a) => J::Array(a.iter().map(Node::to_json).collect()),
            Value::Object(m) => J::Object(m.iter().map(|(k, e)| (k.clone(), e.node.to_json())).collect()),
        }
    }
}

/// Why a pointer did not resolve: `found` exists, its child `missing` does not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unresolved {
    pub found: String,
    pub missing: String,
}

/// RFC 6901 array index: decimal digits, no leading zero (except `0` itself).
fn array_index(token: &str) -> Option<usize> {
    let ok =
        !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit()) && (token == "0" || !token.starts_with('0'));
    if ok { token.parse().ok() } else { None }
}
