//! Linting with a Spectral ruleset. The ruleset decides every rule Spectral has (`spectral:oas`): which
//! run and at what severity, per file and per JSON pointer; specgen runs its own implementation of
//! each. Its own rules (`given`/`then`) run through [`run`]. `specgen.yaml` keeps deciding the rules that
//! are specgen's alone (what breaks code generation, the loader's checks), and its `ignore` and
//! baseline apply to every finding.

use super::builtin::SPECTRAL_OAS;
use super::load::{Kind, Ruleset};
use super::rule::Level as RulesetLevel;
use super::run::{self, Problem};
use crate::diagnostic::Diagnostic;
use crate::lint::{Config, Level, Linted, lint_spec_with, rules};
use crate::load::Spec;

/// A spec linted with a ruleset.
#[derive(Debug)]
pub struct RulesetLinted {
    pub linted: Linted,
    /// The ruleset's rules that could not run on this spec (located in the ruleset).
    pub problems: Vec<Problem>,
    /// Enabled `spectral:oas` rules that specgen does not implement, so did not run.
    pub unimplemented: Vec<&'static str>,
}

/// Lints `spec` with `ruleset`, and `config` for the rules Spectral does not have.
pub fn lint(spec: Spec, config: &Config, ruleset: &Ruleset) -> RulesetLinted {
    let path = spec.sources.get(crate::source::FileId(0)).path.clone();
    let in_effect = ruleset.rules_for(&path);
    let version = spec.version().unwrap_or("").to_owned();
    let version = version.as_str();
    // Several Spectral rules can be one of specgen's (`oas2-` and `oas3-operation-security-defined`):
    // the one for this document's version decides. A rule for other versions is off here.
    let mut levels: Vec<(&'static str, Level, bool)> = Vec::new();
    let mut unimplemented = Vec::new();
    let mut pointer_levels = Vec::new();
    for builtin in SPECTRAL_OAS {
        let rule = in_effect
            .get(builtin.name)
            .filter(|r| matches!(r.kind, Kind::Builtin(_)));
        let applies = builtin.formats.is_empty() || builtin.formats.iter().any(|f| f.matches(version));
        let Some(meta) = rules::meta(builtin.name) else {
            if applies && rule.is_some_and(|r| r.enabled) {
                unimplemented.push(builtin.name);
            }
            continue;
        };
        let level = match rule {
            Some(r) if r.enabled && applies => Level::On(r.severity),
            _ => Level::Off,
        };
        match levels.iter_mut().find(|(id, _, _)| *id == meta.id) {
            Some(entry) if applies && !entry.2 => *entry = (meta.id, level, applies),
            Some(_) => {}
            None => levels.push((meta.id, level, applies)),
        }
        if let Some(r) = rule.filter(|_| applies) {
            pointer_levels.extend(r.pointer_levels.iter().map(|(p, l)| (meta.id, p.clone(), *l)));
        }
    }
    let mut levels: Vec<(&'static str, Level)> = levels.into_iter().map(|(id, l, _)| (id, l)).collect();
    // `parserOptions.duplicateKeys` is the severity of Spectral's parser finding for a duplicate key:
    // specgen's loader reports it as `duplicate-key`. (`incompatibleValues` is about non-string keys,
    // which Spectral's YAML parser reports only in JSON mode, never for a document it lints.)
    if let Some(level) = ruleset.duplicate_keys() {
        levels.push((
            "duplicate-key",
            match level {
                RulesetLevel::Off => Level::Off,
                RulesetLevel::On(s) => Level::On(s),
            },
        ));
    }
    let mut linted = lint_spec_with(spec, &config.with_levels(&levels));
    apply_pointer_levels(&mut linted.findings, &pointer_levels);
    let outcome = run::run(&linted.spec, &in_effect, &ruleset.aliases());
    linted.findings.extend(outcome.findings);
    linted.findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    RulesetLinted {
        linted,
        problems: outcome.problems,
        unimplemented,
    }
}

/// `overrides` with `file#/pointer`: the severity of a rule's findings under the pointer.
fn apply_pointer_levels(findings: &mut Vec<Diagnostic>, levels: &[(&'static str, String, RulesetLevel)]) {
    if levels.is_empty() {
        return;
    }
    findings.retain_mut(|d| {
        let Some(loc) = &d.location else { return true };
        let mut keep = true;
        for (id, prefix, level) in levels {
            let under = loc.pointer == *prefix || loc.pointer.starts_with(&format!("{prefix}/"));
            if d.code == *id && under {
                match level {
                    RulesetLevel::Off => keep = false,
                    RulesetLevel::On(s) => {
                        keep = true;
                        d.severity = *s;
                    }
                }
            }
        }
        keep
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::LoadOptions;

    fn lint_with(ruleset: &str, spec: &str) -> RulesetLinted {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".spectral.yaml");
        std::fs::write(&path, ruleset).unwrap();
        let rs = Ruleset::load(&path).unwrap();
        let spec = Spec::from_text(dir.path().join("api.yaml"), spec, &LoadOptions::default());
        lint(spec, &Config::default(), &rs)
    }

    fn codes(l: &RulesetLinted) -> Vec<(&'static str, crate::Severity)> {
        l.linted.findings.iter().map(|d| (d.code, d.severity)).collect()
    }

    const API: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok}\n";

    #[test]
    fn the_ruleset_decides_spectrals_rules() {
        let all = lint_with("extends: spectral:oas\n", API);
        let found = codes(&all);
        assert!(found.contains(&("operation-description", crate::Severity::Warning)));
        assert!(found.contains(&("info-contact", crate::Severity::Warning)));
        let tuned = lint_with(
            "extends: spectral:oas\nrules:\n  operation-description: error\n  info-contact: off\n",
            API,
        );
        let found = codes(&tuned);
        assert!(found.contains(&("operation-description", crate::Severity::Error)));
        assert!(!found.iter().any(|(c, _)| *c == "info-contact"));
    }

    #[test]
    fn without_spectral_oas_only_the_rulesets_own_rules_run() {
        let own = lint_with(
            "rules:\n  needs-summary:\n    given: $.paths[*][*]\n    then: {field: summary, function: truthy}\n",
            API,
        );
        let found = codes(&own);
        assert!(found.contains(&("needs-summary", crate::Severity::Warning)));
        assert!(!found.iter().any(|(c, _)| *c == "operation-description"), "{found:?}");
    }

    #[test]
    fn pointer_overrides_reach_builtin_rules() {
        let l = lint_with(
            "extends: spectral:oas\noverrides:\n  - files: ['api.yaml#/paths/~1a']\n    rules:\n      operation-description: off\n",
            API,
        );
        assert!(!codes(&l).iter().any(|(c, _)| *c == "operation-description"));
    }

    #[test]
    fn the_rule_for_the_documents_version_decides() {
        let v2 = "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      security: [{nope: []}]\n      responses: {'200': {description: ok}}\n";
        let undefined = |l: &RulesetLinted| codes(l).iter().any(|(c, _)| *c == "oas3-operation-security-defined");
        assert!(undefined(&lint_with("extends: spectral:oas\n", v2)));
        assert!(!undefined(&lint_with(
            "extends: spectral:oas\nrules: {oas2-operation-security-defined: off}\n",
            v2
        )));
        assert!(
            undefined(&lint_with(
                "extends: spectral:oas\nrules: {oas3-operation-security-defined: off}\n",
                v2
            )),
            "the 3.x rule's switch does not reach a 2.0 document"
        );
    }

    #[cfg(not(feature = "js"))]
    #[test]
    fn without_the_js_feature_a_javascript_function_is_a_problem_not_a_silent_skip() {
        let l = lint_with(
            "functions: [mine]\nrules:\n  own:\n    given: $.paths[*]\n    then: {function: mine}\n",
            API,
        );
        assert_eq!(l.problems.len(), 1, "{:?}", l.problems);
        assert_eq!(l.problems[0].origin.pointer, "/rules/own/then");
        assert!(l.problems[0].message.contains("`mine` is JavaScript"));
        assert!(l.problems[0].help.contains("`js` feature"));
    }

    #[test]
    fn every_builtin_runs_on_a_2_0_document() {
        // `unimplemented` names what a ruleset enables and specgen lacks; today that is nothing (see
        // builtin.rs `every_rule_is_implemented_for_its_versions`), so `all` on 2.0 names no rule.
        let l = lint_with(
            "extends: [[spectral:oas, all]]\n",
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n",
        );
        assert!(l.unimplemented.is_empty(), "{:?}", l.unimplemented);
        assert!(
            l.linted.findings.iter().any(|d| d.code == "oas2-api-host"),
            "a 2.0 rule of `all` runs"
        );
    }

    #[cfg(feature = "js")]
    #[test]
    fn a_function_a_javascript_ruleset_defines_runs() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(".spectral.js"),
            r#"import { createRulesetFunction } from "@stoplight/spectral-core";
const https = createRulesetFunction({ input: { type: "string" }, options: null }, (url) =>
  new URL(url).protocol === "https:" ? [] : [{ message: `${new URL(url).host} is not served over https` }]);
export default { rules: { "acme-https": { given: "$.servers[*].url", severity: "error", then: { function: https } } } };
"#,
        )
        .unwrap();
        let rs = Ruleset::load(&dir.path().join(".spectral.js")).unwrap_or_else(|e| panic!("{}", e.diagnostic.message));
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'http://api.test:8080/v1'}, {url: 'https://ok.test'}]\npaths: {}\n";
        let spec = Spec::from_text(dir.path().join("api.yaml"), text, &LoadOptions::default());
        let l = lint(spec, &Config::default(), &rs);
        assert!(
            l.problems.is_empty(),
            "{:?}",
            l.problems.iter().map(|p| &p.message).collect::<Vec<_>>()
        );
        let found: Vec<_> = l.linted.findings.iter().filter(|d| d.code == "acme-https").collect();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "api.test:8080 is not served over https");
        assert_eq!(found[0].location.as_ref().unwrap().pointer, "/servers/0/url");
    }
}
