//! Lint: what is wrong with a spec, and what would fix it.
//!
//! A lint loads the spec (the loader's findings come first: syntax, duplicate keys, references), then
//! walks it once ([`walk`]), handing each OpenAPI object to the rules that asked for its kind. Every rule
//! lives in its own file under [`rules`], declared with [`declare_rule!`](crate::declare_rule) so that its
//! doc comment is its documentation (`docs/rules.md` and SARIF's rule list are generated from it).
//! Configuration ([`config`]), in-file suppression comments ([`suppress`]) and baselines ([`baseline`])
//! then decide which findings are shown, and at which severity.

pub mod baseline;
pub mod config;
pub mod docs;
pub mod instance;
pub mod rule;
pub mod rules;
pub mod structure;
pub mod suppress;
pub mod walk;

use std::path::Path;

pub use config::{Config, Level};
pub use rule::{Cx, Kind, Rule, RuleMeta, Via, Visit};

use crate::diagnostic::{Diagnostic, Severity};
use crate::load::{LoadError, LoadOptions, Spec};

/// The outcome of linting one spec.
#[derive(Debug)]
pub struct Linted {
    pub spec: Spec,
    /// Sorted by file and position.
    pub findings: Vec<Diagnostic>,
    /// Findings hidden by `# specgen-disable-next-line` comments.
    pub suppressed: usize,
    /// What `specgen generate` would make of the spec (`None` for what is not an OpenAPI document, or
    /// does not parse).
    pub generation: Option<Generation>,
}

/// What `specgen generate` would do with a linted spec. Its errors, warnings and renames are among the
/// findings, at the same places.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generation {
    /// The errors that stop it (none: it would generate).
    pub errors: usize,
    /// The places it would simplify, by warning code.
    pub simplified: Vec<(&'static str, usize)>,
}

impl Generation {
    fn of(plan: &crate::generate::Plan) -> Self {
        let mut simplified: Vec<(&'static str, usize)> = Vec::new();
        for w in &plan.warnings {
            match simplified.iter_mut().find(|(code, _)| *code == w.code) {
                Some((_, n)) => *n += 1,
                None => simplified.push((w.code, 1)),
            }
        }
        simplified.sort();
        Generation {
            errors: plan.errors.len(),
            simplified,
        }
    }

    /// Whether `specgen generate` would write code.
    pub fn succeeds(&self) -> bool {
        self.errors == 0
    }
}

impl Linted {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|d| d.severity == severity).count()
    }
}

/// Loads and lints the spec at `path` with the default configuration. `Err` only when the file itself
/// cannot be read.
pub fn lint_path(path: &Path, options: &LoadOptions) -> Result<Linted, LoadError> {
    Spec::load(path, options).map(lint_spec)
}

/// Lints an already loaded spec with the default configuration.
pub fn lint_spec(spec: Spec) -> Linted {
    lint_spec_with(spec, &Config::default())
}

/// The version bit of the document (see [`rule::Versions`]); `None` when it is not OpenAPI at all.
pub fn version_of(spec: &Spec) -> Option<rule::Versions> {
    let root = spec.root();
    if let Some(v) = root.get("openapi") {
        // A non-string version is the structure check's to report; read the document as 3.0.
        let v = v.as_str().unwrap_or("3.0");
        return Some(if v.starts_with("3.0") || !v.starts_with('3') {
            rule::OAS30
        } else {
            rule::OAS31
        });
    }
    root.get("swagger").map(|_| rule::OAS2)
}

/// Lints an already loaded spec.
pub fn lint_spec_with(spec: Spec, config: &Config) -> Linted {
    crate::stack::deep(|| lint_deep(spec, config))
}

fn lint_deep(spec: Spec, config: &Config) -> Linted {
    let mut findings: Vec<Diagnostic> = spec.diagnostics.clone();
    let mut generation = None;
    let version = version_of(&spec);
    match version {
        Some(version) => {
            // What `specgen generate` would refuse, simplify or rename is reported here too, from the
            // same plan, so the linter says what the generator will do. Planning is as slow as the whole
            // walk, so it runs on a second thread meanwhile. (After a syntax error the plan stops at it.)
            let (walked, plan) = std::thread::scope(|scope| {
                let plan = scope.spawn(|| crate::generate::plan(&spec));
                let mut rules = rules::instantiate(&|meta| meta.applies_to(version) && config.may_enable(meta));
                let mut cx = Cx::new(&spec);
                cx.options = Some(config.options());
                walk::Walker::new(&spec, &mut rules).run(&mut cx);
                // A panic while planning is our bug; the lint goes on without it.
                (cx.findings, plan.join().ok())
            });
            findings.extend(walked);
            if let Some(plan) = plan {
                generation = Some(Generation::of(&plan));
                // The loader's errors, and a rule's finding of the same problem (an invalid pattern, an
                // enum that does not fit its type), are shown once.
                let key = |d: &Diagnostic| (d.code, d.location.as_ref().map(|l| (l.file, l.pointer.clone())));
                let seen: std::collections::HashSet<_> = findings.iter().map(key).collect();
                let fresh: Vec<Diagnostic> = plan.findings().filter(|d| !seen.contains(&key(d))).cloned().collect();
                findings.extend(fresh);
            }
        }
        None => {
            if let Err(diags) = spec.openapi() {
                findings.extend(diags);
            }
        }
    }
    config.apply(&spec, &mut findings);
    let suppressed = suppress::apply(&spec, &mut findings);
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings.dedup();
    Linted {
        spec,
        findings,
        suppressed,
        generation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swagger_2_0_is_linted_with_its_own_schema_and_its_conversion() {
        let spec = Spec::from_text(
            "t.yaml",
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      parameters: [{name: q, in: query, type: array, items: {type: string}, collectionFormat: tsv}]\n      responses: {'200': {description: ok}}\n",
            &LoadOptions::default(),
        );
        let linted = lint_spec(spec);
        let codes: Vec<&str> = linted.findings.iter().map(|d| d.code).collect();
        assert!(!codes.contains(&rules::OAS3_SCHEMA), "{codes:?}");
        let conversion = linted
            .findings
            .iter()
            .find(|d| d.code == crate::load::swagger2::CONVERSION)
            .expect("the conversion's warning");
        assert_eq!(
            conversion.location.as_ref().unwrap().pointer,
            "/paths/~1a/get/parameters/0/collectionFormat"
        );
        assert!(
            rules::all().iter().any(|m| m.id == crate::load::swagger2::CONVERSION),
            "the conversion's code is documented"
        );
    }

    #[test]
    fn openapi_3_1_is_accepted() {
        let spec = Spec::from_text(
            "t.yaml",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
            &LoadOptions::default(),
        );
        let linted = lint_spec(spec);
        assert!(
            linted.findings.iter().all(|d| d.severity < Severity::Error),
            "{:#?}",
            linted.findings
        );
    }
}
