//! `--format json`: a JSON array of findings, sorted by file and position. Stable: fields are only ever
//! added. Each finding:
//!
//! ```json
//! {
//!   "rule": "oas3-valid-schema-example",
//!   "severity": "error",
//!   "message": "the example does not match its schema: expected a string, found the integer `0`",
//!   "help": "change the value to fit the schema, or fix the schema if the value is right",
//!   "file": "specs/api.yaml",
//!   "pointer": "/components/schemas/Offering/properties/orderIndex/example",
//!   "start": {"line": 12, "column": 20},
//!   "end": {"line": 12, "column": 21},
//!   "related": [{"file": "...", "pointer": "...", "start": {...}, "end": {...}, "message": "..."}],
//!   "fingerprint": "5c1f0e7a9d3b2c41"
//! }
//! ```
//!
//! `end` is exclusive. `help`, `file`, `pointer`, `start`, `end` and `fingerprint` are `null` when unknown.

use serde_json::{Value, json};

use super::{Finding, clamp};
use crate::diagnostic::Location;

fn pos(p: crate::source::Pos) -> Value {
    let (line, column) = clamp(p);
    json!({"line": line, "column": column})
}

fn located(f: &Finding<'_>, loc: &Location) -> (Value, Value, Value, Value) {
    (
        json!(f.path(loc)),
        json!(loc.pointer),
        pos(loc.span.start),
        pos(loc.span.end),
    )
}

/// The findings as a pretty-printed JSON array (with a trailing newline).
pub fn render(findings: &[Finding<'_>]) -> String {
    let items: Vec<Value> = findings
        .iter()
        .map(|f| {
            let d = f.diagnostic;
            let (file, pointer, start, end) = match &d.location {
                Some(loc) => located(f, loc),
                None => (Value::Null, Value::Null, Value::Null, Value::Null),
            };
            let related: Vec<Value> = d
                .related
                .iter()
                .map(|(loc, note)| {
                    let (file, pointer, start, end) = located(f, loc);
                    json!({"file": file, "pointer": pointer, "start": start, "end": end, "message": note})
                })
                .collect();
            json!({
                "rule": d.code,
                "severity": d.severity.as_str(),
                "message": d.message,
                "help": d.help,
                "file": file,
                "pointer": pointer,
                "start": start,
                "end": end,
                "related": related,
                "fingerprint": f.fingerprint,
            })
        })
        .collect();
    serde_json::to_string_pretty(&Value::Array(items)).unwrap_or_else(|_| "[]".into()) + "\n"
}
