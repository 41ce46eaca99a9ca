//! YAML 1.2 (and so JSON) into a spanned [`Node`] tree, on saphyr-parser's event stream.
//!
//! We build the tree ourselves rather than use saphyr's own loader so that duplicate keys become
//! diagnostics, a syntax error keeps everything read before it, and alias expansion is bounded.

use std::collections::HashMap;

use saphyr_parser::{Event, Marker, Parser, ScalarStyle};

use super::flow_indent;
use super::node::{Node, Value};
use super::tree::TreeBuilder;
use crate::diagnostic::Diagnostic;
use crate::source::{FileId, Pos, Span};

/// At most this many nodes may be created by expanding aliases in one file (a "billion laughs"
/// document would otherwise take all memory).
pub const MAX_ALIAS_NODES: usize = 200_000;

/// The position just after the last character of `text`.
fn end_of_text(text: &str) -> Pos {
    let line = text.matches('\n').count() as u32 + 1;
    let last = text.rsplit('\n').next().unwrap_or("");
    Pos::new(line, last.chars().count() as u32 + 1)
}

/// Reads `text` (file `file`); problems go to `diagnostics`. Returns what could be read.
///
/// Lines of flow collections indented less than YAML 1.2 allows are read as libyaml reads them, with a
/// `yaml-not-strict` warning each ([`flow_indent`]).
pub fn read(file: FileId, text: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<Node> {
    let eot = end_of_text(text);
    let strict = parse(file, text, eot, None);
    if strict.stop.is_some_and(|(_, indentation)| indentation) {
        let mut best: Option<(Reading, flow_indent::Repair)> = None;
        for generous in [false, true] {
            let Some(repair) = flow_indent::repair(text, generous) else {
                break;
            };
            let reading = parse(file, &repair.text, eot, Some(&repair));
            let better = reading.stops_after(&strict)
                && reading.repairs_only_flow(&repair)
                && best.as_ref().is_none_or(|(b, _)| reading.stops_after(b));
            if better {
                let done = reading.stop.is_none();
                best = Some((reading, repair));
                if done {
                    break;
                }
            }
        }
        if let Some((reading, repair)) = best {
            let warnings = reading.warnings(file, &repair);
            diagnostics.extend(reading.diagnostics);
            diagnostics.extend(warnings);
            return reading.root;
        }
    }
    diagnostics.extend(strict.diagnostics);
    strict.root
}

/// One reading of a text.
struct Reading {
    root: Option<Node>,
    diagnostics: Vec<Diagnostic>,
    /// Where a syntax error stopped it, and whether that error is about indentation.
    stop: Option<(Pos, bool)>,
    /// The first and last lines of each outermost flow collection, in order.
    flows: Vec<(u32, u32)>,
    /// For each line the repair changed that the reading reached: the pointer being read there.
    fix_pointers: Vec<String>,
}

impl Reading {
    /// Whether this reading got further than `other`.
    fn stops_after(&self, other: &Reading) -> bool {
        match (self.stop, other.stop) {
            (None, Some(_)) => true,
            (Some((a, _)), Some((b, _))) => a > b,
            _ => false,
        }
    }

    /// Whether every line `repair` changed, up to where this reading stopped, lies inside a flow
    /// collection of what it read: where adding spaces changes nothing.
    fn repairs_only_flow(&self, repair: &flow_indent::Repair) -> bool {
        let stop = self.stop.map_or(u32::MAX, |(p, _)| p.line);
        let mut flows = self.flows.iter().peekable();
        repair.fixes.iter().take_while(|f| f.line < stop).all(|f| {
            while flows.next_if(|&&(_, last)| last < f.line).is_some() {}
            flows
                .peek()
                .is_some_and(|&&(first, last)| first < f.line && f.line <= last)
        })
    }

    /// A `yaml-not-strict` warning for each repaired line this reading reached.
    fn warnings(&self, file: FileId, repair: &flow_indent::Repair) -> Vec<Diagnostic> {
        repair
            .fixes
            .iter()
            .zip(&self.fix_pointers)
            .map(|(f, ptr)| {
                let at = Pos::new(f.line, f.had + 1);
                Diagnostic::warning(
                    "yaml-not-strict",
                    format!(
                        "this line of a flow collection is indented {} space{}, where YAML 1.2 wants at least {}; \
                         read as libyaml and PyYAML read it, ignoring indentation inside `{{...}}` and `[...]`",
                        f.had,
                        if f.had == 1 { "" } else { "s" },
                        f.need
                    ),
                )
                .at(file, ptr.clone(), Span::new(at, Pos::new(f.line, f.had + 2)))
                .with_help(format!(
                    "indent the line by {} spaces (more than the key or `-` holding the collection), so that strict \
                     YAML 1.2 readers accept it too",
                    f.need
                ))
            })
            .collect()
    }
}

/// Reads `text` into a tree. With `repair`, `text` is the repaired text and positions are mapped back
/// to the original; `eot` is the end of the original text.
fn parse(file: FileId, text: &str, eot: Pos, repair: Option<&flow_indent::Repair>) -> Reading {
    let mut diagnostics = Vec::new();
    let mut tree = TreeBuilder::new(file, &mut diagnostics);
    let mut parser = Parser::new_from_str(text);
    // anchor id -> (node, its size in nodes, its height in containers); a container's anchor is
    // recorded when it ends. Sizes bound alias bombs; heights keep copies within the nesting limit.
    let mut anchors: HashMap<usize, (Node, usize, usize)> = HashMap::new();
    let mut open_anchors: Vec<usize> = Vec::new();
    // For each open container, whether it is a flow collection; the line the outermost one opened on.
    let mut open_flow: Vec<bool> = Vec::new();
    let mut flow_start = 0;
    let mut flows = Vec::new();
    let fixes = repair.map_or(&[][..], |r| &r.fixes[..]);
    let mut fix_pointers = Vec::new();
    let mut alias_nodes = 0usize;
    let mut documents = 0;
    let mut stop = None;
    // Never past the end of the text: the parser reports errors at end of input one line further down,
    // where no line exists.
    let pos = |m: &Marker| {
        let line = m.line() as u32;
        let col = repair.map_or(m.col() as u32, |r| r.original_col(line, m.col() as u32));
        Pos::new(line, col + 1).min(eot)
    };

    while let Some(event) = parser.next_event() {
        let (event, span) = match event {
            Ok(ev) => ev,
            Err(e) => {
                let at = pos(e.marker());
                let ptr = tree.current_pointer();
                let d = if e.info().contains("recursion limit") {
                    Diagnostic::error("nesting-limit", "the document nests flow collections too deeply")
                        .at(file, ptr, Span::point(at))
                        .with_help("flatten the structure, or move deep parts into components referenced with `$ref`")
                } else {
                    Diagnostic::error("parse-error", format!("YAML syntax error: {}", e.info()))
                        .at(file, ptr, Span::point(at))
                        .with_help("fix the syntax here; everything before this point was read")
                };
                tree.diagnostics().push(d);
                stop = Some((at, e.info().contains("invalid indentation")));
                break;
            }
        };
        let start = pos(&span.start);
        let end = pos(&span.end);
        while fix_pointers.len() < fixes.len() && fixes[fix_pointers.len()].line <= start.line {
            fix_pointers.push(tree.current_pointer());
        }
        match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    let d = Diagnostic::warning("parse-error", "this file holds more than one YAML document")
                        .at(file, "", Span::point(start))
                        .with_help("an OpenAPI description is one document: remove the `---` and what follows, or split the file");
                    tree.diagnostics().push(d);
                    break;
                }
            }
            Event::Scalar(text, style, anchor, tag) => {
                let plain = style == ScalarStyle::Plain;
                let value = match &tag {
                    Some(t) if t.is_yaml_core_schema() && t.suffix == "str" => Value::String(text.to_string()),
                    _ if plain || tag.as_ref().is_some_and(|t| t.is_yaml_core_schema()) => resolve_plain(&text),
                    _ => Value::String(text.to_string()),
                };
                let node = Node::new(Span::new(start, end), value);
                if anchor > 0 {
                    anchors.insert(anchor, (node.clone(), 1, 0));
                }
                tree.scalar(&text, node);
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                let object = matches!(event, Event::MappingStart(..));
                tree.start(start, object);
                open_anchors.push(anchor);
                // A flow collection starts at its bracket; a block one is an empty span.
                let flow = span.end.index() > span.start.index();
                if flow && !open_flow.contains(&true) {
                    flow_start = start.line;
                }
                open_flow.push(flow);
            }
            Event::SequenceEnd | Event::MappingEnd => {
                // Flow collections end at their bracket; block ones at their last child.
                let closing = (span.end.index() > span.start.index()).then_some(end);
                tree.end(closing);
                if open_flow.pop() == Some(true) && !open_flow.contains(&true) {
                    flows.push((flow_start, end.line));
                }
                let anchor = open_anchors.pop().unwrap_or(0);
                if anchor > 0
                    && let Some(node) = tree.last_value()
                {
                    let (size, height) = measure(node);
                    anchors.insert(anchor, (node.clone(), size, height));
                }
            }
            Event::Alias(id) => {
                let Some((node, size, height)) = anchors.get(&id) else {
                    let ptr = tree.current_pointer();
                    let d = Diagnostic::error("parse-error", "alias to an unknown anchor").at(
                        file,
                        ptr,
                        Span::new(start, end),
                    );
                    tree.diagnostics().push(d);
                    break;
                };
                alias_nodes += size;
                if alias_nodes > MAX_ALIAS_NODES {
                    let ptr = tree.current_pointer();
                    let d = Diagnostic::error(
                        "alias-limit",
                        format!("YAML aliases expand to more than {MAX_ALIAS_NODES} nodes"),
                    )
                    .at(file, ptr, Span::new(start, end))
                    .with_help("this looks like an alias bomb; write the repeated parts as `$ref`s instead of aliases");
                    tree.diagnostics().push(d);
                    break;
                }
                if !tree.fits(*height, start) {
                    break;
                }
                // The copy keeps the anchor's content but takes the alias's position for itself.
                let mut copy = node.clone();
                copy.span = Span::new(start, end);
                let key_text = copy.as_str().unwrap_or("?").to_owned();
                tree.scalar(&key_text, copy);
            }
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {}
        }
        if tree.failed {
            break;
        }
    }
    let root = tree.finish();
    let root = root.or_else(|| Some(Node::new(Span::point(Pos::new(1, 1)), Value::Null)));
    Reading {
        root,
        diagnostics,
        stop,
        flows,
        fix_pointers,
    }
}

/// A node's size in nodes and its height in containers (a scalar's is 0). The recursion is bounded: no
/// tree is taller than the nesting limit, and an alias's copy is checked against it before it is made.
fn measure(node: &Node) -> (usize, usize) {
    let (size, height) = match &node.value {
        Value::Array(a) => a
            .iter()
            .map(measure)
            .fold((0, 0), |(s, h), (s2, h2)| (s + s2, h.max(h2 + 1))),
        Value::Object(m) => m
            .values()
            .map(|e| measure(&e.node))
            .fold((0, 0), |(s, h), (s2, h2)| (s + s2, h.max(h2 + 1))),
        _ => return (1, 0),
    };
    (1 + size, height.max(1))
}

/// The YAML 1.2 core schema's resolution of a plain scalar.
fn resolve_plain(text: &str) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    let first = text.as_bytes()[0];
    if !(first.is_ascii_digit() || matches!(first, b'-' | b'+' | b'.')) {
        return Value::String(text.to_owned());
    }
    if let Some(n) = parse_int(text) {
        return Value::Number(n);
    }
    if is_core_float(text)
        && let Some(n) = text.parse::<f64>().ok().and_then(serde_json::Number::from_f64)
    {
        return Value::Number(n);
    }
    // `.inf`, `.nan` and anything else stay strings: JSON has no such numbers.
    Value::String(text.to_owned())
}

fn parse_int(text: &str) -> Option<serde_json::Number> {
    let (digits, radix) = if let Some(h) = text.strip_prefix("0x") {
        (h, 16)
    } else if let Some(o) = text.strip_prefix("0o") {
        (o, 8)
    } else {
        let body = text.strip_prefix(['-', '+']).unwrap_or(text);
        if body.is_empty() || !body.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if let Ok(i) = text.parse::<i64>() {
            return Some(i.into());
        }
        return text.trim_start_matches('+').parse::<u64>().ok().map(Into::into);
    };
    if digits.is_empty() {
        return None;
    }
    u64::from_str_radix(digits, radix).ok().map(Into::into)
}

/// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
fn is_core_float(text: &str) -> bool {
    let b = text.strip_prefix(['-', '+']).unwrap_or(text).as_bytes();
    let mut i = 0;
    let int_digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits == 0 && frac_digits == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'-' | b'+')) {
            i += 1;
        }
        let exp = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp == 0 {
            return false;
        }
        i += exp;
    }
    i == b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_scalars_follow_the_core_schema() {
        assert_eq!(resolve_plain("~"), Value::Null);
        assert_eq!(resolve_plain("True"), Value::Bool(true));
        assert_eq!(
            resolve_plain("yes"),
            Value::String("yes".into()),
            "YAML 1.1 booleans are strings in 1.2"
        );
        assert_eq!(resolve_plain("0x1F"), Value::Number(31.into()));
        assert_eq!(resolve_plain("-12"), Value::Number((-12).into()));
        assert_eq!(
            resolve_plain("1.0"),
            Value::Number(serde_json::Number::from_f64(1.0).unwrap())
        );
        assert_eq!(
            resolve_plain("1e3"),
            Value::Number(serde_json::Number::from_f64(1000.0).unwrap())
        );
        assert_eq!(resolve_plain("1_000"), Value::String("1_000".into()));
        assert_eq!(resolve_plain("2.0.1"), Value::String("2.0.1".into()));
        assert_eq!(resolve_plain(".inf"), Value::String(".inf".into()));
        assert_eq!(resolve_plain("18446744073709551615"), Value::Number(u64::MAX.into()));
    }
}
