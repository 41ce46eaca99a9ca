//! Writes a JSON value as block-style YAML that reads back as the same value under both YAML 1.2 (this
//! crate's loader) and YAML 1.1 (PyYAML, which most OpenAPI tools in Python use): keys in order,
//! multi-line strings as literal blocks, and a string quoted whenever either version could read it as
//! something else (`'200'`, `'yes'`, `'1.0'`).

use serde_json::Value as J;

/// The YAML text of `value`, ending with a newline.
pub fn to_string(value: &J) -> String {
    let mut out = String::new();
    match value {
        J::Object(m) if !m.is_empty() => map(&mut out, m, 0, false),
        J::Array(a) if !a.is_empty() => seq(&mut out, a, 0, false),
        _ => {
            out.push_str(&inline(value));
            out.push('\n');
        }
    }
    out
}

const INDENT: usize = 2;

fn pad(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

/// A mapping at `indent`; with `continued`, its first key goes where the cursor is (after `- `).
fn map(out: &mut String, m: &serde_json::Map<String, J>, indent: usize, continued: bool) {
    for (i, (key, value)) in m.iter().enumerate() {
        if i > 0 || !continued {
            pad(out, indent);
        }
        out.push_str(&string(key));
        out.push(':');
        after_indicator(out, value, indent, true);
    }
}

fn seq(out: &mut String, a: &[J], indent: usize, continued: bool) {
    for (i, value) in a.iter().enumerate() {
        if i > 0 || !continued {
            pad(out, indent);
        }
        out.push('-');
        after_indicator(out, value, indent, false);
    }
}

/// The value after `key:` or `-` at `indent`, through its final newline.
fn after_indicator(out: &mut String, value: &J, indent: usize, after_key: bool) {
    match value {
        J::Object(m) if !m.is_empty() => {
            if after_key {
                out.push('\n');
                map(out, m, indent + INDENT, false);
            } else {
                out.push(' ');
                map(out, m, indent + INDENT, true);
            }
        }
        J::Array(a) if !a.is_empty() => {
            if after_key {
                out.push('\n');
                seq(out, a, indent + INDENT, false);
            } else {
                out.push(' ');
                seq(out, a, indent + INDENT, true);
            }
        }
        J::String(s) if literal_block(s) => {
            let body = s.trim_end_matches('\n');
            let chomp = match s.len() - body.len() {
                0 => "-",
                1 => "",
                _ => "+",
            };
            out.push_str(" |");
            out.push_str(chomp);
            out.push('\n');
            for line in s.strip_suffix('\n').unwrap_or(s).split('\n') {
                if !line.is_empty() {
                    pad(out, indent + INDENT);
                    out.push_str(line);
                }
                out.push('\n');
            }
        }
        _ => {
            out.push(' ');
            out.push_str(&inline(value));
            out.push('\n');
        }
    }
}

/// A value on one line.
fn inline(value: &J) -> String {
    match value {
        J::Null => "null".into(),
        J::Bool(b) => b.to_string(),
        J::Number(n) => number(n),
        J::String(s) => string(s),
        J::Array(_) => "[]".into(),
        J::Object(_) => "{}".into(),
    }
}

/// Integers as they are; other numbers always with a `.` and a signed exponent, which YAML 1.1 needs
/// to read them as floats.
fn number(n: &serde_json::Number) -> String {
    let text = n.to_string();
    if n.is_i64() || n.is_u64() {
        return text;
    }
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m.to_owned(), Some(e.to_owned())),
        None => (text, None),
    };
    let mantissa = if mantissa.contains('.') {
        mantissa
    } else {
        format!("{mantissa}.0")
    };
    match exponent {
        Some(e) if e.starts_with(['-', '+']) => format!("{mantissa}e{e}"),
        Some(e) => format!("{mantissa}e+{e}"),
        None => mantissa,
    }
}

/// Whether a multi-line string can be written as a literal block (`|`) and read back unchanged.
fn literal_block(s: &str) -> bool {
    let body = s.trim_end_matches('\n');
    s.contains('\n')
        && !body.is_empty()
        && !body.starts_with([' ', '\t'])
        && s.chars().all(|c| c == '\n' || !needs_escape(c))
        // A line of only blanks would be read as an empty line.
        && body.split('\n').all(|l| l.is_empty() || !l.chars().all(|c| c == ' ' || c == '\t'))
        && !body.split('\n').any(|l| l.starts_with("---") || l.starts_with("..."))
}

/// A string as a key or a one-line value: plain when nothing could misread it, else quoted.
fn string(s: &str) -> String {
    if s.chars().any(needs_escape) {
        double_quoted(s)
    } else if plain_is_string(s) {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', "''"))
    }
}

/// Characters a plain or single-quoted scalar cannot hold as they are: controls (and line breaks),
/// YAML 1.1's extra line breaks, the byte-order mark and non-characters.
fn needs_escape(c: char) -> bool {
    (c.is_control() && c != '\t') || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}')
}

fn double_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if needs_escape(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else {
                    out.push_str(&format!("\\u{n:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether `s`, written plain, reads back as this string in YAML 1.1 and 1.2 alike: it starts with no
/// indicator, holds no `: ` or ` #`, and is not a number, date, time, boolean or null in either.
fn plain_is_string(s: &str) -> bool {
    static NOT_A_STRING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(concat!(
            r"^(?:[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?",
            r"|[-+]?\.[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?",
            r"|[-+]?0[bBoOxX][0-9a-fA-F_]+",
            r"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?",
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)",
            r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?",
            r"|(?i:y|n|yes|no|on|off|true|false|null)|~|<<|=)$",
        ))
        .expect("valid regex")
    });
    let Some(first) = s.chars().next() else {
        return false;
    };
    !(s.starts_with(char::is_whitespace)
        || s.ends_with(char::is_whitespace)
        || "-?:,[]{}#&*!|>'\"%@`".contains(first)
        || s.contains(": ")
        || s.contains(" #")
        || s.ends_with(':')
        || s.contains('\t')
        || NOT_A_STRING.is_match(s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{LoadOptions, Spec};
    use serde_json::json;

    /// Reads `text` back with the crate's own loader.
    fn read(text: &str) -> J {
        let spec = Spec::from_text("t.yaml", text, &LoadOptions::default());
        assert!(spec.diagnostics.is_empty(), "{text}\n{:#?}", spec.diagnostics);
        spec.root().to_json()
    }

    fn round_trips(value: J) {
        let text = to_string(&value);
        assert_eq!(read(&text), value, "written as:\n{text}");
    }

    #[test]
    fn ambiguous_strings_are_quoted() {
        let words = [
            "200",
            "1.0",
            "1_000",
            "0x1F",
            "0o17",
            "1e5",
            "1:20",
            "2024-01-01",
            "2024-01-01T10:00:00Z",
            "12:30",
            "yes",
            "No",
            "ON",
            "off",
            "y",
            "true",
            "null",
            "~",
            "",
            ".5",
            "+1",
            ".inf",
            "<<",
            "=",
            "-",
            "- a",
            "a: b",
            "a #b",
            "#a",
            "&a",
            "*a",
            "!a",
            "|",
            ">",
            "'a",
            "\"a",
            "%a",
            "@a",
            "`a",
            "a:",
            " a",
            "a ",
            "{a}",
            "[a]",
            "?a",
            ",a",
        ];
        for w in words {
            let text = to_string(&json!({ w: w }));
            assert!(
                !text.starts_with(&format!("{w}:")) || w.is_empty(),
                "{w:?} written plain: {text}"
            );
            round_trips(json!({ w: w }));
        }
        assert_eq!(
            to_string(&json!({"/pets/{id}": "application/json"})),
            "/pets/{id}: application/json\n"
        );
        assert_eq!(
            to_string(&json!({"version": "1.0.0"})),
            "version: 1.0.0\n",
            "not a number in either YAML"
        );
        assert_eq!(to_string(&json!({"200": {"$ref": "#/a"}})), "'200':\n  $ref: '#/a'\n");
    }

    #[test]
    fn structure_and_scalars_round_trip() {
        round_trips(json!({
            "a": [1, -2, 1.5, 1e30, 2.5e-7, true, null, "x"],
            "b": {"c": [], "d": {}, "e": [[1, 2], [{"f": 1, "g": [3]}]]},
            "it's": "O'Reilly",
            "esc": "tab\there, bell\u{7}, nel\u{85}, ls\u{2028}, bom\u{feff}, quote\" back\\",
        }));
        assert_eq!(number(&serde_json::Number::from_f64(1e30).unwrap()), "1.0e+30");
        assert_eq!(number(&serde_json::Number::from_f64(2.0).unwrap()), "2.0");
    }

    #[test]
    fn multi_line_strings_are_literal_blocks() {
        let value = json!({"d": "Line one\n\nline three\n", "e": "no final newline\nhere", "f": "two\n\n\n"});
        let text = to_string(&value);
        assert!(text.contains("d: |\n  Line one\n\n  line three\n"), "{text}");
        assert!(text.contains("e: |-\n"), "{text}");
        assert!(text.contains("f: |+\n"), "{text}");
        round_trips(value);
        // What a literal block cannot hold exactly is quoted instead.
        for s in ["  indented\nfirst", "a\n  \nb", "a\r\nb", "\n", "a\n---\nb"] {
            let text = to_string(&json!({ "k": s }));
            assert!(!text.contains('|'), "{s:?}: {text}");
            round_trips(json!({ "k": s }));
        }
    }

    #[test]
    fn lists_of_maps_start_on_the_dash() {
        assert_eq!(
            to_string(&json!({"servers": [{"url": "https://a", "description": "x"}]})),
            "servers:\n  - url: https://a\n    description: x\n"
        );
    }
}
