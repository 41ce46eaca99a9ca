//! `docs/rules.md`, generated from the rules' doc comments (a test fails when the file is stale).

use std::fmt::Write;

use super::rules;
use crate::diagnostic::Severity;

/// The severity name used in docs and configuration.
pub fn level_name(s: Option<Severity>) -> &'static str {
    match s {
        None => "off",
        Some(Severity::Error) => "error",
        Some(Severity::Warning) => "warn",
        Some(Severity::Info) => "info",
        Some(Severity::Hint) => "hint",
    }
}

fn versions(v: super::rule::Versions) -> String {
    let mut out = Vec::new();
    for (bit, name) in [
        (super::rule::OAS2, "2.0"),
        (super::rule::OAS30, "3.0"),
        (super::rule::OAS31, "3.1"),
    ] {
        if v & bit != 0 {
            out.push(name);
        }
    }
    out.join(", ")
}

/// The whole of `docs/rules.md`.
pub fn rules_markdown() -> String {
    let mut out = String::new();
    out.push_str(
        "# specgen lint rules\n\n\
         <!-- Generated from the rules' doc comments by `SPECGEN_BLESS=1 cargo test -p specgen-tests --test lint_docs`; do not edit. -->\n\n\
         Each rule has an id (Spectral's name where Spectral has the rule), a default level, and aliases \
         (Redocly's names) that configuration accepts too. Set levels in `specgen.yaml` \
         (`rules: {typed-enum: error}`), or hide one finding with \
         `# specgen-disable-next-line <rule> -- <reason>` on the line above it.\n\n\
         | rule | default | OpenAPI | aliases | what it finds |\n|---|---|---|---|---|\n",
    );
    let all = rules::all();
    for m in &all {
        let aliases: Vec<String> = m.aliases.iter().map(|a| format!("`{a}`")).collect();
        let _ = writeln!(
            out,
            "| [`{}`](#{}) | {} | {} | {} | {} |",
            m.id,
            anchor(m.id),
            level_name(m.default),
            versions(m.versions),
            aliases.join(", "),
            m.summary().replace('|', "\\|")
        );
    }
    for m in &all {
        let _ = write!(out, "\n## {}\n\n", m.id);
        let options = if m.options.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = m.options.iter().map(|o| format!("`{o}`")).collect();
            format!(" Options: {}.", names.join(", "))
        };
        let _ = writeln!(
            out,
            "Default: **{}**. OpenAPI {}.{}{options}\n",
            level_name(m.default),
            versions(m.versions),
            if m.aliases.is_empty() {
                String::new()
            } else {
                format!(
                    " Aliases: {}.",
                    m.aliases
                        .iter()
                        .map(|a| format!("`{a}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
        );
        out.push_str(&unindent(m.docs));
    }
    out
}

/// GitHub's heading anchor for a rule id.
fn anchor(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Doc comments arrive with the space after `///`; strip one leading space per line.
fn unindent(docs: &str) -> String {
    let mut out = String::new();
    for line in docs.lines() {
        out.push_str(line.strip_prefix(' ').unwrap_or(line));
        out.push('\n');
    }
    // Headings inside rule docs sit below the rule's own heading.
    out.replace("\n# ", "\n### ")
}
