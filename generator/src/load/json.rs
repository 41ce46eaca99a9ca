//! A JSON reader with exact spans. JSON is YAML 1.2, but a dedicated reader is several times faster on
//! large documents and gives JSON's own error messages ("expected `,` or `}`").

use super::node::{Node, Value};
use super::tree::TreeBuilder;
use crate::diagnostic::Diagnostic;
use crate::source::{FileId, Pos, Span};

/// Whether `text` is JSON rather than YAML: its first significant character opens an object or array.
pub fn looks_like_json(text: &str) -> bool {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    t.starts_with('{') || t.starts_with('[')
}

/// Turns increasing byte offsets into positions in one pass (columns count characters).
struct Cursor<'a> {
    text: &'a str,
    off: usize,
    pos: Pos,
}

impl Cursor<'_> {
    fn at(&mut self, target: usize) -> Pos {
        if target < self.off {
            self.off = 0;
            self.pos = Pos::new(1, 1);
        }
        for c in self.text[self.off..target].chars() {
            if c == '\n' {
                self.pos = Pos::new(self.pos.line + 1, 1);
            } else {
                self.pos.col += 1;
            }
        }
        self.off = target;
        self.pos
    }
}

struct Reader<'a, 'd> {
    text: &'a str,
    bytes: &'a [u8],
    i: usize,
    cursor: Cursor<'a>,
    tree: TreeBuilder<'d>,
    file: FileId,
}

/// Reads JSON `text`; problems go to `diagnostics`. Returns what could be read.
pub fn read(file: FileId, text: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<Node> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut r = Reader {
        text,
        bytes: text.as_bytes(),
        i: bom,
        cursor: Cursor {
            text,
            off: 0,
            pos: Pos::new(1, 1),
        },
        tree: TreeBuilder::new(file, diagnostics),
        file,
    };
    let ok = r.document();
    let root = r.tree.finish();
    if !ok && root.is_none() {
        return Some(Node::new(Span::point(Pos::new(1, 1)), Value::Null));
    }
    root
}

enum Ctx {
    Array { first: bool },
    Object { first: bool },
}

impl Reader<'_, '_> {
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.i) {
            self.i += 1;
        }
    }

    fn error(&mut self, at: usize, message: String, help: &str) -> bool {
        let pos = self.cursor.at(at.min(self.text.len()));
        let ptr = self.tree.current_pointer();
        let d = Diagnostic::error("parse-error", message)
            .at(self.file, ptr, Span::point(pos))
            .with_help(help);
        self.tree.diagnostics().push(d);
        false
    }

    fn found(&self) -> String {
        match self.text[self.i..].chars().next() {
            None => "end of file".to_owned(),
            Some(c) => format!("`{c}`"),
        }
    }

    /// The whole document, iteratively (no recursion, so nesting depth costs no stack).
    fn document(&mut self) -> bool {
        let mut stack: Vec<Ctx> = Vec::new();
        self.ws();
        if !self.value(&mut stack) {
            return false;
        }
        loop {
            self.ws();
            let Some(ctx) = stack.last_mut() else { break };
            let (close, is_obj) = match ctx {
                Ctx::Array { .. } => (b']', false),
                Ctx::Object { .. } => (b'}', true),
            };
            let first = match ctx {
                Ctx::Array { first } | Ctx::Object { first } => std::mem::replace(first, false),
            };
            match self.bytes.get(self.i) {
                Some(&b) if b == close => {
                    self.i += 1;
                    let end = self.cursor.at(self.i);
                    self.tree.end(Some(end));
                    stack.pop();
                    continue;
                }
                Some(b',') if !first => {
                    self.i += 1;
                    self.ws();
                }
                _ if first => {}
                _ => {
                    let msg = format!("expected `,` or `{}`, found {}", close as char, self.found());
                    return self.error(self.i, msg, "separate items with commas and close every bracket");
                }
            }
            if is_obj {
                if self.bytes.get(self.i) != Some(&b'"') {
                    let msg = format!("expected a string key, found {}", self.found());
                    return self.error(
                        self.i,
                        msg,
                        "JSON keys are double-quoted strings; trailing commas are not allowed",
                    );
                }
                let start = self.i;
                let Some(key) = self.string() else { return false };
                let span = Span::new(self.cursor.at(start), self.cursor.at(self.i));
                self.tree.scalar(&key, Node::new(span, Value::String(key.clone())));
                self.ws();
                if self.bytes.get(self.i) != Some(&b':') {
                    let msg = format!("expected `:` after the key, found {}", self.found());
                    return self.error(self.i, msg, "write `\"key\": value`");
                }
                self.i += 1;
                self.ws();
            }
            if !self.value(&mut stack) {
                return false;
            }
        }
        self.ws();
        if self.i < self.bytes.len() {
            let msg = format!("unexpected {} after the document", self.found());
            return self.error(self.i, msg, "a JSON file holds exactly one value");
        }
        true
    }

    /// One value; containers are opened here and closed by `document`.
    fn value(&mut self, stack: &mut Vec<Ctx>) -> bool {
        let start = self.i;
        let value = match self.bytes.get(self.i) {
            Some(b'{') | Some(b'[') => {
                let object = self.bytes[self.i] == b'{';
                self.i += 1;
                let pos = self.cursor.at(start);
                self.tree.start(pos, object);
                if self.tree.failed {
                    return false;
                }
                stack.push(if object {
                    Ctx::Object { first: true }
                } else {
                    Ctx::Array { first: true }
                });
                return true;
            }
            Some(b'"') => match self.string() {
                Some(s) => Value::String(s),
                None => return false,
            },
            Some(b't') if self.text[self.i..].starts_with("true") => {
                self.i += 4;
                Value::Bool(true)
            }
            Some(b'f') if self.text[self.i..].starts_with("false") => {
                self.i += 5;
                Value::Bool(false)
            }
            Some(b'n') if self.text[self.i..].starts_with("null") => {
                self.i += 4;
                Value::Null
            }
            Some(b'-' | b'0'..=b'9') => match self.number() {
                Some(n) => n,
                None => return false,
            },
            _ => {
                let msg = format!("expected a JSON value, found {}", self.found());
                return self.error(
                    self.i,
                    msg,
                    "values are objects, arrays, strings, numbers, true, false or null",
                );
            }
        };
        let span = Span::new(self.cursor.at(start), self.cursor.at(self.i));
        self.tree.scalar("", Node::new(span, value));
        true
    }

    fn string(&mut self) -> Option<String> {
        let open = self.i;
        self.i += 1;
        let mut out = String::new();
        loop {
            let run = self.bytes[self.i..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20);
            let Some(len) = run else {
                self.error(open, "unterminated string".into(), "close the string with `\"`");
                return None;
            };
            out.push_str(&self.text[self.i..self.i + len]);
            self.i += len;
            match self.bytes[self.i] {
                b'"' => {
                    self.i += 1;
                    return Some(out);
                }
                b'\\' => {
                    let esc = self.bytes.get(self.i + 1).copied();
                    self.i += 2;
                    let c = match esc {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => {
                            self.error(
                                self.i - 2,
                                "invalid escape in string".into(),
                                "valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX",
                            );
                            return None;
                        }
                    };
                    out.push(c);
                }
                _ => {
                    self.error(
                        self.i,
                        "control character in string".into(),
                        "escape it (`\\n`, `\\t`, `\\u0001`)",
                    );
                    return None;
                }
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let s = self.text.get(self.i..self.i + 4)?;
        let v = u32::from_str_radix(s, 16).ok()?;
        self.i += 4;
        Some(v)
    }

    fn unicode_escape(&mut self) -> Option<char> {
        let at = self.i - 2;
        let Some(hi) = self.hex4() else {
            self.error(
                at,
                "`\\u` must be followed by four hex digits".into(),
                "write e.g. `\\u00e9`",
            );
            return None;
        };
        if (0xD800..0xDC00).contains(&hi) && self.text[self.i..].starts_with("\\u") {
            self.i += 2;
            if let Some(lo) = self.hex4().filter(|lo| (0xDC00..0xE000).contains(lo)) {
                return char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00));
            }
        }
        Some(char::from_u32(hi).unwrap_or('\u{FFFD}'))
    }

    fn number(&mut self) -> Option<Value> {
        let start = self.i;
        let b = self.bytes;
        let mut i = self.i;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        let int = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let leading_zero = int > 1 && b[i] == b'0';
        i += int;
        let mut is_float = false;
        let mut ok = int > 0 && !leading_zero;
        if b.get(i) == Some(&b'.') {
            is_float = true;
            i += 1;
            let frac = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            ok &= frac > 0;
            i += frac;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            is_float = true;
            i += 1;
            if matches!(b.get(i), Some(b'-' | b'+')) {
                i += 1;
            }
            let exp = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            ok &= exp > 0;
            i += exp;
        }
        let text = &self.text[start..i];
        if !ok {
            self.error(
                start,
                format!("invalid number `{text}`"),
                "JSON numbers look like `-12`, `0.5` or `1e3`, without leading zeros",
            );
            return None;
        }
        self.i = i;
        let n = if is_float {
            text.parse::<f64>().ok().and_then(serde_json::Number::from_f64)
        } else {
            text.parse::<i64>()
                .ok()
                .map(Into::into)
                .or_else(|| text.parse::<u64>().ok().map(Into::into))
                .or_else(|| text.parse::<f64>().ok().and_then(serde_json::Number::from_f64))
        };
        match n {
            Some(n) => Some(Value::Number(n)),
            None => {
                self.error(
                    start,
                    format!("number `{text}` is out of range"),
                    "use a smaller number",
                );
                None
            }
        }
    }
}
