//! Baselines: accept today's findings, report only new ones.
//!
//! An entry is keyed by rule, file, JSON pointer and a fingerprint of the node at that pointer (its
//! content, spans ignored), never by line: unrelated edits that move a node keep it baselined, while a
//! change to the node itself brings its finding back. Entries that match no finding any more are stale
//! and reported, so the baseline only shrinks.

use std::collections::HashMap;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::load::{Node, Spec, Value};

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub struct Entry {
    pub rule: String,
    /// Relative to the baseline file's folder, with `/` separators.
    pub file: String,
    pub pointer: String,
    pub fingerprint: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Baseline {
    pub version: u32,
    pub entries: Vec<Entry>,
}

/// FNV-1a, 64 bits: stable across runs and platforms (std's hasher is not).
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x100_0000_01b3);
        }
    }
}

fn hash_node(node: &Node, h: &mut Fnv) {
    match &node.value {
        Value::Null => h.write(b"n"),
        Value::Bool(b) => h.write(if *b { b"t" } else { b"f" }),
        Value::Number(n) => {
            h.write(b"#");
            h.write(n.to_string().as_bytes());
        }
        Value::String(s) => {
            h.write(b"s");
            h.write(s.as_bytes());
            h.write(b"\0");
        }
        Value::Array(a) => {
            h.write(b"[");
            a.iter().for_each(|n| hash_node(n, h));
            h.write(b"]");
        }
        Value::Object(m) => {
            h.write(b"{");
            for (k, e) in m {
                h.write(k.as_bytes());
                h.write(b"\0");
                hash_node(&e.node, h);
            }
            h.write(b"}");
        }
    }
}

/// The fingerprint of a finding: its rule, message-independent, over the node it points at.
pub fn fingerprint(spec: &Spec, d: &Diagnostic) -> String {
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    h.write(d.code.as_bytes());
    if let Some(loc) = &d.location {
        h.write(loc.pointer.as_bytes());
        if let Some(node) = spec.node(loc.file, &loc.pointer) {
            hash_node(node, &mut h);
        }
    }
    format!("{:016x}", h.finish())
}

impl Baseline {
    pub fn load(path: &Path) -> Result<Baseline, String> {
        let text = crate::source::read_text(path, crate::source::MAX_FILE_BYTES)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("{}: not a specgen baseline: {e}", path.display()))
    }

    pub fn entry(spec: &Spec, d: &Diagnostic, base: &Path) -> Option<Entry> {
        let loc = d.location.as_ref()?;
        Some(Entry {
            rule: d.code.to_owned(),
            file: relative(&spec.sources.get(loc.file).path, base),
            pointer: loc.pointer.clone(),
            fingerprint: fingerprint(spec, d),
        })
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }
}

/// Matches findings against a baseline, consuming entries as they match (so two identical findings
/// need two entries).
pub struct Matcher {
    base: PathBuf,
    remaining: HashMap<Entry, usize>,
    /// Entries belonging to files that were linted: only those can be stale.
    files_seen: std::collections::HashSet<String>,
}

impl Matcher {
    pub fn new(baseline: Baseline, path: &Path) -> Matcher {
        let mut remaining = HashMap::new();
        for e in baseline.entries {
            *remaining.entry(e).or_insert(0) += 1;
        }
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        Matcher {
            base: abs.parent().map(Path::to_path_buf).unwrap_or_default(),
            remaining,
            files_seen: Default::default(),
        }
    }

    /// Removes baselined findings; returns how many.
    pub fn filter(&mut self, spec: &Spec, findings: &mut Vec<Diagnostic>) -> usize {
        for (_, f) in spec.sources.iter() {
            self.files_seen.insert(relative(&f.path, &self.base));
        }
        let before = findings.len();
        findings.retain(|d| {
            let Some(e) = Baseline::entry(spec, d, &self.base) else {
                return true;
            };
            match self.remaining.get_mut(&e) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            }
        });
        before - findings.len()
    }

    /// Entries of linted files that matched no finding.
    pub fn stale(&self) -> Vec<Entry> {
        let mut out: Vec<Entry> = self
            .remaining
            .iter()
            .filter(|(e, n)| **n > 0 && self.files_seen.contains(&e.file))
            .flat_map(|(e, n)| std::iter::repeat_n(e.clone(), *n))
            .collect();
        out.sort();
        out
    }
}

fn relative(path: &Path, base: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    rel.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::LoadOptions;
    use crate::source::{FileId, Span};

    fn finding(spec: &Spec, ptr: &str) -> Diagnostic {
        Diagnostic::warning("typed-enum", "x").at(FileId(0), ptr, spec.location(FileId(0), ptr).span)
    }

    #[test]
    fn fingerprints_follow_content_not_lines() {
        let a = Spec::from_text("t.yaml", "x: {enum: [1, a]}\n", &LoadOptions::default());
        let moved = Spec::from_text("t.yaml", "# a comment\n\nx:\n  enum: [1, a]\n", &LoadOptions::default());
        let changed = Spec::from_text("t.yaml", "x: {enum: [1, b]}\n", &LoadOptions::default());
        let fp = |s: &Spec| fingerprint(s, &finding(s, "/x"));
        assert_eq!(fp(&a), fp(&moved));
        assert_ne!(fp(&a), fp(&changed));
        let _ = Span::default();
    }
}
