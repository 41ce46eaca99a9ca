//! `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it: the rule list (generated from the
//! rules' docs) in `tool.driver.rules`, and per result the rule, level, message, file and region
//! (columns in Unicode code points), the JSON pointer as a logical location, and a fingerprint.

use serde_json::{Value, json};

use super::{Finding, clamp};
use crate::diagnostic::{Location, Severity};
use crate::lint::RuleMeta;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Hint => "note",
    }
}

/// A relative URI reference for a path: `/` separators, reserved characters percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn physical(f: &Finding<'_>, loc: &Location) -> Value {
    let (start_line, start_col) = clamp(loc.span.start);
    let (end_line, end_col) = clamp(loc.span.end);
    let (end_line, end_col) = if (end_line, end_col) < (start_line, start_col) {
        (start_line, start_col)
    } else {
        (end_line, end_col)
    };
    json!({
        "artifactLocation": {"uri": uri(f.path(loc))},
        "region": {
            "startLine": start_line,
            "startColumn": start_col,
            "endLine": end_line,
            "endColumn": end_col,
        }
    })
}

fn rule(meta: &RuleMeta) -> Value {
    let mut configuration = json!({"level": level(meta.default.unwrap_or(Severity::Warning))});
    if meta.default.is_none() {
        configuration["enabled"] = json!(false);
    }
    json!({
        "id": meta.id,
        "shortDescription": {"text": meta.summary()},
        "fullDescription": {"text": meta.docs.trim()},
        "help": {"text": meta.docs.trim(), "markdown": meta.docs.trim()},
        "defaultConfiguration": configuration,
        "properties": {"aliases": meta.aliases},
    })
}

/// A SARIF log with one run. `rules` is the rule list to publish (normally `lint::rules::all()`).
pub fn render(findings: &[Finding<'_>], rules: &[&RuleMeta]) -> String {
    let results: Vec<Value> = findings
        .iter()
        .map(|f| {
            let d = f.diagnostic;
            let mut text = d.message.clone();
            if let Some(help) = &d.help {
                text.push_str("\nhelp: ");
                text.push_str(help);
            }
            let mut result = json!({
                "ruleId": d.code,
                "level": level(d.severity),
                "message": {"text": text},
            });
            if let Some(i) = rules.iter().position(|r| r.id == d.code) {
                result["ruleIndex"] = json!(i);
            }
            if let Some(loc) = &d.location {
                let pointer = if loc.pointer.is_empty() {
                    "/"
                } else {
                    loc.pointer.as_str()
                };
                result["locations"] = json!([{
                    "physicalLocation": physical(f, loc),
                    "logicalLocations": [{"fullyQualifiedName": pointer, "kind": "member"}],
                }]);
            }
            if !d.related.is_empty() {
                let related: Vec<Value> = d
                    .related
                    .iter()
                    .enumerate()
                    .map(|(i, (loc, note))| {
                        json!({"id": i, "physicalLocation": physical(f, loc), "message": {"text": note}})
                    })
                    .collect();
                result["relatedLocations"] = json!(related);
            }
            if let Some(fp) = f.fingerprint {
                result["partialFingerprints"] = json!({"specgenNode/v1": fp});
            }
            result
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "specgen",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules.iter().map(|m| rule(m)).collect::<Vec<_>>(),
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&log).unwrap_or_default() + "\n"
}
