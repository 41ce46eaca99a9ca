//! `specgen.yaml`: rule severities (or `off`), per-path overrides, files to ignore, and a baseline.
//!
//! ```yaml
//! rules:
//!   operation-description: off
//!   no-unused-components: error   # Redocly's names are accepted as aliases
//! overrides:
//!   - files: ["legacy/**"]
//!     rules:
//!       oas3-valid-media-example: warn
//! ignore:
//!   - vendor/**
//! baseline: specgen-baseline.json
//! ```
//!
//! Paths and globs are relative to the folder holding the config file. Globs: `*` (within a path
//! segment), `**` (any number of segments), `?` (one character).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::rule::RuleMeta;
use super::rules;
use crate::diagnostic::{Diagnostic, Severity};
use crate::load::{Node, Spec, pointer};
use crate::source::{FileId, SourceFile};

/// The name looked for upward from each spec.
pub const FILE_NAME: &str = "specgen.yaml";

/// A rule's configured level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Off,
    On(Severity),
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        Some(match s {
            "off" | "none" => Level::Off,
            "error" => Level::On(Severity::Error),
            "warn" | "warning" => Level::On(Severity::Warning),
            "info" | "information" => Level::On(Severity::Info),
            "hint" => Level::On(Severity::Hint),
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, Default)]
struct Override {
    files: Vec<String>,
    rules: HashMap<&'static str, Level>,
}

/// A loaded configuration; `Config::default()` is every rule at its default severity.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// The config file, if one was read.
    pub path: Option<PathBuf>,
    /// The folder globs and paths are relative to.
    base: PathBuf,
    rules: HashMap<&'static str, Level>,
    /// Rule options, by rule id: the rule's entry (`{severity: ..., option: ...}`).
    options: HashMap<&'static str, Node>,
    overrides: Vec<Override>,
    ignore: Vec<String>,
    /// The baseline file named in the config.
    pub baseline: Option<PathBuf>,
}

impl Config {
    /// Looks for `specgen.yaml` in `start` and its ancestors.
    pub fn find(start: &Path) -> Option<PathBuf> {
        let start = std::path::absolute(start).ok()?;
        let mut dir = if start.is_dir() {
            Some(start.as_path())
        } else {
            start.parent()
        };
        while let Some(d) = dir {
            let candidate = d.join(FILE_NAME);
            if candidate.is_file() {
                return Some(candidate);
            }
            dir = d.parent();
        }
        None
    }

    /// Reads a config file. `Err` holds a diagnostic located in the file (or an I/O message).
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = crate::source::read_text(path, crate::source::MAX_FILE_BYTES)
            .map_err(|e| ConfigError::Io(format!("{}: {e}", path.display())))?;
        Config::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
        let file = SourceFile::new(path.to_owned(), text.to_owned());
        let mut diags = Vec::new();
        // The file's text, whose line ends are those its positions count.
        let tree = crate::load::yaml::read(FileId(0), &file.text, &mut diags);
        let fail = |d: Diagnostic| ConfigError::Invalid(Box::new((file_clone(&file), d)));
        if let Some(d) = diags.into_iter().find(|d| d.severity == Severity::Error) {
            return Err(fail(d));
        }
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let mut config = Config {
            path: Some(path.to_owned()),
            base: abs.parent().map(Path::to_path_buf).unwrap_or_default(),
            ..Config::default()
        };
        let Some(tree) = tree else { return Ok(config) };
        let bad = |ptr: &str, node: &Node, msg: String, help: &str| {
            fail(
                Diagnostic::error("config", msg)
                    .at(FileId(0), ptr, node.span)
                    .with_help(help.to_owned()),
            )
        };
        let Some(root) = tree.as_object() else {
            if tree.value == crate::load::Value::Null {
                return Ok(config);
            }
            return Err(bad(
                "",
                &tree,
                "the config must be a mapping".into(),
                "see `specgen lint --help`",
            ));
        };
        for (key, e) in root {
            let ptr = pointer::push("", key);
            match key.as_str() {
                "rules" => {
                    (config.rules, config.options) =
                        parse_rules(&ptr, &e.node).map_err(|(p, n, m, h)| bad(&p, n, m, &h))?
                }
                "overrides" => {
                    for (i, item) in e.node.as_array().unwrap_or(&[]).iter().enumerate() {
                        let ptr = pointer::push(&ptr, &i.to_string());
                        let files = string_list(item.get("files"));
                        let rules = match item.get("rules") {
                            Some(r) => {
                                let rptr = pointer::push(&ptr, "rules");
                                let (levels, options) =
                                    parse_rules(&rptr, r).map_err(|(p, n, m, h)| bad(&p, n, m, &h))?;
                                if let Some(id) = options.keys().next() {
                                    let at = pointer::push(&rptr, id);
                                    return Err(bad(
                                        &at,
                                        r.get(id).unwrap_or(r),
                                        format!("`{id}`: rule options can only be set at the top level"),
                                        "move the options to the top-level `rules`; overrides change severities",
                                    ));
                                }
                                levels
                            }
                            None => HashMap::new(),
                        };
                        if files.is_empty() {
                            return Err(bad(
                                &ptr,
                                item,
                                "an override needs `files`".into(),
                                "add `files: [\"glob/**\"]`",
                            ));
                        }
                        config.overrides.push(Override { files, rules });
                    }
                }
                "ignore" => config.ignore = string_list(Some(&e.node)),
                "baseline" => config.baseline = e.node.as_str().map(|b| config.base.join(b)),
                "extends" => {}
                other => {
                    return Err(bad(
                        &ptr,
                        &e.node,
                        format!("unknown config key `{other}`"),
                        "known keys: `rules`, `overrides`, `ignore`, `baseline`",
                    ));
                }
            }
        }
        Ok(config)
    }

    /// Whether a rule may run at all (on by default or enabled somewhere).
    pub fn may_enable(&self, meta: &RuleMeta) -> bool {
        let on = |l: &Level| *l != Level::Off;
        match self.rules.get(meta.id) {
            Some(l) if on(l) => true,
            Some(_) => self.overrides.iter().any(|o| o.rules.get(meta.id).is_some_and(on)),
            None => meta.default.is_some() || self.overrides.iter().any(|o| o.rules.get(meta.id).is_some_and(on)),
        }
    }

    /// The level of rule `id` for a finding in `file` (an absolute path).
    pub fn level(&self, id: &str, file: &Path) -> Level {
        let mut level = self
            .rules
            .get(id)
            .copied()
            .unwrap_or_else(|| match rules::meta(id).and_then(|m| m.default) {
                Some(s) => Level::On(s),
                // Codes that are no rule (a config error) keep their severity.
                None if rules::meta(id).is_none() => Level::On(Severity::Error),
                None => Level::Off,
            });
        if !self.overrides.is_empty() {
            let rel = self.relative(file);
            for o in &self.overrides {
                if o.files.iter().any(|g| glob(g, &rel))
                    && let Some(l) = o.rules.get(id)
                {
                    level = *l;
                }
            }
        }
        level
    }

    /// Rule options, by rule id (the rule's configured entry; rules read them with `Cx::option`).
    pub fn options(&self) -> &HashMap<&'static str, Node> {
        &self.options
    }

    /// This configuration with `levels` deciding the rules they name, over the file's own `rules` and
    /// overrides (a Spectral ruleset decides the rules Spectral has; see `ruleset::lint`).
    pub fn with_levels(&self, levels: &[(&'static str, Level)]) -> Config {
        let mut out = self.clone();
        for (id, level) in levels {
            out.rules.insert(id, *level);
            for o in &mut out.overrides {
                o.rules.remove(id);
            }
        }
        out
    }

    /// Whether a spec file is ignored altogether.
    pub fn ignores(&self, file: &Path) -> bool {
        let rel = self.relative(file);
        self.ignore.iter().any(|g| glob(g, &rel))
    }

    fn relative(&self, file: &Path) -> String {
        let abs = std::path::absolute(file).unwrap_or_else(|_| file.to_owned());
        let rel = abs.strip_prefix(&self.base).unwrap_or(&abs);
        rel.to_string_lossy().replace('\\', "/")
    }

    /// Sets each finding's severity from the configuration and drops those that are off.
    pub fn apply(&self, spec: &Spec, findings: &mut Vec<Diagnostic>) {
        if self.rules.is_empty() && self.overrides.is_empty() {
            // Rules that are off by default never ran; nothing else changes.
            return;
        }
        findings.retain_mut(|d| {
            let file = d
                .location
                .as_ref()
                .map(|l| spec.sources.get(l.file).path.as_path())
                .unwrap_or(Path::new(""));
            match self.level(d.code, file) {
                Level::Off => false,
                Level::On(s) => {
                    d.severity = s;
                    true
                }
            }
        });
    }
}

type RuleError<'n> = (String, &'n Node, String, String);

/// A rule's level and its options (`rule: {severity: warn, ignoreCase: true}` as Redocly writes it, or
/// `rule: warn`).
type Rules = (HashMap<&'static str, Level>, HashMap<&'static str, Node>);

fn parse_rules<'n>(ptr: &str, node: &'n Node) -> Result<Rules, RuleError<'n>> {
    let mut levels = HashMap::new();
    let mut options = HashMap::new();
    let Some(map) = node.as_object() else {
        return Err((
            ptr.to_owned(),
            node,
            "`rules` must map rule ids to levels".into(),
            "e.g. `typed-enum: error`".into(),
        ));
    };
    for (name, e) in map {
        let rptr = pointer::push(ptr, name);
        let Some(meta) = rules::meta(name) else {
            let ids: Vec<&str> = rules::all().iter().map(|m| m.id).collect();
            let help = match crate::load::closest(name, ids.iter().copied()) {
                Some(c) => format!("did you mean `{c}`? `specgen lint --list-rules` lists them"),
                None => "`specgen lint --list-rules` lists the rules".to_owned(),
            };
            return Err((rptr, &e.node, format!("unknown rule `{name}`"), help));
        };
        levels.insert(meta.id, rule_level(meta, name, &rptr, &e.node)?);
        if let Some(map) = e.node.as_object() {
            check_options(meta, name, &rptr, map)?;
            if map.keys().any(|k| k != "severity") {
                options.insert(meta.id, e.node.clone());
            }
        }
    }
    Ok((levels, options))
}

/// The level a rule entry gives: its value, its `severity`, or (options without one) the rule on at its
/// default severity.
fn rule_level<'n>(meta: &RuleMeta, name: &str, rptr: &str, node: &'n Node) -> Result<Level, RuleError<'n>> {
    if node.as_object().is_some() && node.get("severity").is_none() {
        return Ok(Level::On(meta.default.unwrap_or(Severity::Warning)));
    }
    let level_node = node.get("severity").unwrap_or(node);
    level_node.as_str().and_then(Level::parse).ok_or_else(|| {
        (
            rptr.to_owned(),
            level_node,
            format!("`{name}`: the level must be `error`, `warn`, `info`, `hint` or `off`"),
            "e.g. `typed-enum: warn`".to_owned(),
        )
    })
}

fn check_options<'n>(meta: &RuleMeta, name: &str, rptr: &str, map: &'n crate::load::Map) -> Result<(), RuleError<'n>> {
    for (key, e) in map {
        if key == "severity" || meta.options.contains(&key.as_str()) {
            continue;
        }
        let help = if meta.options.is_empty() {
            format!("`{name}` takes no options; write `{name}: warn` or `{name}: {{severity: warn}}`")
        } else {
            format!(
                "the options of `{name}` are {}",
                meta.options
                    .iter()
                    .map(|o| format!("`{o}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        return Err((
            pointer::push(rptr, key),
            &e.node,
            format!("`{name}` has no option `{key}`"),
            help,
        ));
    }
    Ok(())
}

fn string_list(node: Option<&Node>) -> Vec<String> {
    match node {
        Some(n) => match n.as_array() {
            Some(a) => a.iter().filter_map(Node::as_str).map(str::to_owned).collect(),
            None => n.as_str().map(|s| vec![s.to_owned()]).unwrap_or_default(),
        },
        None => Vec::new(),
    }
}

fn file_clone(f: &SourceFile) -> SourceFile {
    let mut c = SourceFile::new(f.path.clone(), f.text.clone());
    c.display = f.display.clone();
    c
}

/// A config that cannot be used.
#[derive(Debug)]
pub enum ConfigError {
    Io(String),
    /// The file and a located diagnostic.
    Invalid(Box<(SourceFile, Diagnostic)>),
}

/// Matches `path` (with `/` separators) against a glob.
pub fn glob(pattern: &str, path: &str) -> bool {
    let p: Vec<&str> = pattern.trim_start_matches("./").split('/').collect();
    let s: Vec<&str> = path.split('/').collect();
    // A pattern without a slash matches a file name anywhere, as in .gitignore.
    if p.len() == 1 && p[0] != "**" {
        return s.iter().any(|seg| segment(p[0], seg));
    }
    segments(&p, &s)
}

fn segments(p: &[&str], s: &[&str]) -> bool {
    match p.split_first() {
        None => s.is_empty(),
        Some((&"**", rest)) => (0..=s.len()).any(|i| segments(rest, &s[i..])),
        Some((first, rest)) => !s.is_empty() && segment(first, s[0]) && segments(rest, &s[1..]),
    }
}

fn segment(p: &str, s: &str) -> bool {
    let p: Vec<char> = p.chars().collect();
    let s: Vec<char> = s.chars().collect();
    fn go(p: &[char], s: &[char]) -> bool {
        match p.split_first() {
            None => s.is_empty(),
            Some(('*', rest)) => (0..=s.len()).any(|i| go(rest, &s[i..])),
            Some(('?', rest)) => !s.is_empty() && go(rest, &s[1..]),
            Some((c, rest)) => s.first() == Some(c) && go(rest, &s[1..]),
        }
    }
    go(&p, &s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob("legacy/**", "legacy/a/b.yaml"));
        assert!(glob("**/*.yaml", "a/b/c.yaml"));
        assert!(glob("*.json", "deep/x.json"));
        assert!(!glob("legacy/*", "legacy/a/b.yaml"));
        assert!(glob("a/?.yaml", "a/b.yaml"));
    }

    #[test]
    fn rules_accept_aliases_and_levels() {
        let c = Config::parse(
            Path::new("/tmp/specgen.yaml"),
            "rules:\n  no-unused-components: error\n  operation-description: off\n  typed-enum: {severity: info}\noverrides:\n  - files: [legacy/**]\n    rules: {typed-enum: off}\n",
        )
        .unwrap();
        let spec = Path::new("/tmp/api.yaml");
        assert_eq!(c.level("oas3-unused-component", spec), Level::On(Severity::Error));
        assert_eq!(c.level("operation-description", spec), Level::Off);
        assert_eq!(c.level("typed-enum", spec), Level::On(Severity::Info));
        assert_eq!(c.level("typed-enum", Path::new("/tmp/legacy/x.yaml")), Level::Off);
        assert_eq!(c.level("path-params", spec), Level::On(Severity::Error));
    }

    #[test]
    fn mistakes_are_located() {
        let Err(ConfigError::Invalid(b)) = Config::parse(Path::new("c.yaml"), "rules:\n  typed-enums: warn\n") else {
            panic!("expected an error")
        };
        let d = &b.1;
        assert_eq!(d.message, "unknown rule `typed-enums`");
        assert_eq!(d.location.as_ref().unwrap().span.start.line, 2);
        assert!(d.help.as_deref().unwrap().contains("did you mean `typed-enum`"));
    }

    #[test]
    fn rule_options_are_checked_and_kept() {
        let c = Config::parse(
            Path::new("specgen.yaml"),
            "rules:\n  security-defined: {exceptions: [{path: /a}]}\n",
        )
        .unwrap();
        assert_eq!(
            c.level("security-defined", Path::new("x.yaml")),
            Level::On(Severity::Warning),
            "options without a severity switch the rule on"
        );
        assert!(c.options().contains_key("security-defined"));
        let err = |text: &str| match Config::parse(Path::new("specgen.yaml"), text) {
            Err(ConfigError::Invalid(b)) => (b.1.location.clone().unwrap().pointer, b.1.message.clone()),
            other => panic!("{other:?}"),
        };
        assert_eq!(
            err("rules:\n  security-defined: {exeptions: []}\n"),
            (
                "/rules/security-defined/exeptions".into(),
                "`security-defined` has no option `exeptions`".into()
            )
        );
        assert_eq!(
            err("rules:\n  typed-enum: {severity: warn, foo: 1}\n").0,
            "/rules/typed-enum/foo"
        );
        assert!(
            err("overrides:\n  - files: [a]\n    rules: {security-defined: {exceptions: []}}\n")
                .1
                .contains("top level")
        );
    }
}
