//! YAML as libyaml reads it: lines of flow collections indented less than YAML 1.2 allows are read
//! (each with a `yaml-not-strict` warning on its line), one test per kind of such line. The expected
//! values are PyYAML's (libyaml's) reading of the same text; every case is one saphyr refuses.

use serde_json::json;
use specgen::Severity;
use specgen::load::Spec;
use specgen::source::{Pos, Span};

use super::from_text;

/// Loads `text`; its value, and the lines of its `yaml-not-strict` warnings.
fn read(text: &str) -> (serde_json::Value, Vec<u32>, Spec) {
    let spec = from_text("t.yaml", text);
    let lines = spec
        .diagnostics
        .iter()
        .filter(|d| d.code == "yaml-not-strict")
        .map(|d| {
            assert_eq!(d.severity, Severity::Warning);
            d.location.as_ref().unwrap().span.start.line
        })
        .collect();
    let others: Vec<_> = spec
        .diagnostics
        .iter()
        .filter(|d| d.code != "yaml-not-strict")
        .collect();
    assert!(others.is_empty(), "{others:#?}");
    (spec.root().to_json(), lines, spec)
}

#[test]
fn a_closing_bracket_at_the_column_of_its_key() {
    // Matrix's rooms.yaml: the `}` sits under `value`.
    let (value, lines, spec) = read("a:\n  value: {\n    \"room_id\": \"x\",\n    \"event_id\": \"y\"\n  }\n  b: 1\n");
    assert_eq!(
        value,
        json!({"a": {"value": {"room_id": "x", "event_id": "y"}, "b": 1}})
    );
    assert_eq!(lines, [5]);
    let d = &spec.diagnostics[0];
    assert_eq!(d.location.as_ref().unwrap().pointer, "/a/value");
    assert_eq!(
        d.location.as_ref().unwrap().span,
        Span::new(Pos::new(5, 3), Pos::new(5, 4))
    );
    // The node keeps the columns of the text as written.
    let node = spec.node(Spec::ROOT, "/a/value").unwrap();
    assert_eq!(node.span, Span::new(Pos::new(2, 10), Pos::new(5, 4)));
}

#[test]
fn entries_left_of_their_key_even_at_column_0() {
    let (value, lines, spec) = read("a:\n  b: [\n1,\n 2]\n");
    assert_eq!(value, json!({"a": {"b": [1, 2]}}));
    assert_eq!(lines, [3, 4]);
    assert_eq!(
        spec.node(Spec::ROOT, "/a/b/0").unwrap().span,
        Span::new(Pos::new(3, 1), Pos::new(3, 2))
    );
    assert_eq!(
        spec.node(Spec::ROOT, "/a/b/1").unwrap().span,
        Span::new(Pos::new(4, 2), Pos::new(4, 3))
    );
}

#[test]
fn nested_collections_opening_and_closing_left() {
    let (value, lines, _) = read("a:\n  b: {\n  \"c\": [\n1, 2\n  ]}\n");
    assert_eq!(value, json!({"a": {"b": {"c": [1, 2]}}}));
    assert_eq!(lines, [3, 4, 5]);
}

#[test]
fn quoted_scalars_continued_left() {
    let (value, lines, _) = read("a:\n  b: [\"x\ny\", 'p\nq']\n");
    assert_eq!(value, json!({"a": {"b": ["x y", "p q"]}}));
    assert_eq!(lines, [3, 4]);
}

#[test]
fn plain_scalars_continued_left() {
    let (value, lines, _) = read("a:\n  b: [x\ny]\n");
    assert_eq!(value, json!({"a": {"b": ["x y"]}}));
    assert_eq!(lines, [3]);
}

#[test]
fn collections_held_by_a_dash_or_a_key_after_a_dash() {
    let (value, lines, _) = read("a:\n  - {k: v,\n  l: w}\n");
    assert_eq!(value, json!({"a": [{"k": "v", "l": "w"}]}));
    assert_eq!(lines, [3]);
    let (value, lines, _) = read("a:\n  - c: [1,\n    2]\n  - d\n");
    assert_eq!(value, json!({"a": [{"c": [1, 2]}, "d"]}));
    assert_eq!(lines, [3]);
}

#[test]
fn what_libyaml_and_pyyaml_do_not_agree_on_stays_an_error() {
    // A tab in the indentation: libyaml reads it, PyYAML does not.
    let spec = from_text("t.yaml", "a:\n  b: [1,\n\t2]\n");
    let codes: Vec<_> = spec.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["parse-error"]);
}

#[test]
fn a_repair_that_would_change_the_meaning_is_dropped() {
    // `[is text` continues the plain scalar of `a`; a reading that took it for a flow collection would
    // indent `b:` into that scalar. The repair is checked against what it reads and dropped, so the
    // syntax error stands (where the strict reading stopped), and nothing is warned about.
    let spec = from_text("t.yaml", "a: this\n  [is text\nb:\n  c: {\n  \"x\": \"y\"\n  }\n");
    let found: Vec<_> = spec
        .diagnostics
        .iter()
        .map(|d| (d.code, d.location.as_ref().unwrap().span.start.line))
        .collect();
    assert_eq!(found, [("parse-error", 5)]);
}

#[test]
fn thousands_of_places_are_read_in_linear_time() {
    let n = 5000;
    let mut text = String::from("root:\n");
    for i in 0..n {
        text.push_str(&format!("  k{i}: {{\n    \"v\": \"x\"\n  }}\n"));
    }
    let start = std::time::Instant::now();
    let (value, lines, _) = read(&text);
    let elapsed = start.elapsed();
    assert_eq!(lines.len(), n);
    assert_eq!(value["root"]["k4999"], json!({"v": "x"}));
    // One scan and two readings; a reading per place would take minutes.
    assert!(elapsed.as_secs() < 30, "took {elapsed:?}");
}
