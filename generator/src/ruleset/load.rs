//! Loading a Spectral ruleset: the file and everything it `extends`, then the rules in effect for a
//! document, merged as Spectral merges them (extension modes `recommended`/`all`/`off`, severity-only
//! entries, `overrides` by file glob and by JSON pointer, ruleset-level `formats` and
//! `documentationUrl`).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use indexmap::IndexMap;

use super::builtin::{self, Builtin};
use super::functions::Function;
use super::rule::{self, Definition, Entry, Fail, Format, Given, Level, Origin};
use crate::diagnostic::{Diagnostic, Severity};
use crate::load::{Node, Value, pointer};
use crate::source::{FileId, SourceFile, SourceMap};

/// The file names looked for in the current directory when no `--ruleset` is given, in Spectral's order.
pub const DEFAULT_FILES: &[&str] = &[".spectral.yaml", ".spectral.yml", ".spectral.json", ".spectral.js"];

/// A ruleset and every file it extends.
#[derive(Debug)]
pub struct Ruleset {
    pub sources: SourceMap,
    docs: Vec<Doc>,
    /// Problems that do not stop linting (an `extends` cycle, which Spectral skips).
    pub warnings: Vec<Diagnostic>,
}

/// A ruleset that cannot be used: the files read so far (for rendering) and the located error.
#[derive(Debug)]
pub struct LoadError {
    pub sources: SourceMap,
    pub diagnostic: Fail,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Recommended,
    All,
    Off,
}

#[derive(Clone, Copy, Debug)]
enum Target {
    Builtin(&'static [Builtin]),
    Doc(usize),
}

#[derive(Clone, Debug)]
struct Ext {
    target: Target,
    mode: Mode,
    explicit: bool,
}

#[derive(Debug)]
struct Doc {
    file: FileId,
    extends: Vec<Ext>,
    rules: Vec<(String, Origin, Arc<Entry>)>,
    formats: Option<Vec<Format>>,
    documentation_url: Option<String>,
    aliases: IndexMap<String, Alias>,
    overrides: Vec<Override>,
    /// `parserOptions.duplicateKeys`.
    duplicate_keys: Option<Level>,
}

/// An `aliases` entry: paths for every format, or per format (`targets`).
#[derive(Clone, Debug)]
pub enum Alias {
    Plain(Vec<Given>),
    Targeted(Vec<(Vec<Format>, Vec<Given>)>),
}

#[derive(Debug)]
struct Override {
    /// Globs relative to the ruleset's folder.
    files: Vec<String>,
    /// `glob#/pointer` entries: severities for the part of the document under the pointer.
    pointers: Vec<(String, String)>,
    extends: Vec<Ext>,
    rules: Vec<(String, Origin, Arc<Entry>)>,
}

/// What a rule is.
#[derive(Clone, Debug)]
pub enum Kind {
    /// A rule of `spectral:oas`, run by specgen's implementation.
    Builtin(&'static Builtin),
    Defined(Arc<Definition>),
}

/// A rule in effect, after merging.
#[derive(Clone, Debug)]
pub struct Rule {
    pub name: String,
    pub kind: Kind,
    pub enabled: bool,
    pub severity: Severity,
    pub recommended: bool,
    /// `None`: every format.
    pub formats: Option<Vec<Format>>,
    pub documentation_url: Option<String>,
    /// Where the rule was defined or last changed.
    pub origin: Option<Origin>,
    /// Severities for parts of a document (`overrides` with `file#/pointer`): (pointer, level).
    pub pointer_levels: Vec<(String, Level)>,
    /// The document (ruleset file) that defined the rule; `None` for built-ins.
    owner: Option<usize>,
}

impl Ruleset {
    /// The ruleset file to use: `explicit`, or the first of [`DEFAULT_FILES`] in `dir`.
    pub fn find(explicit: Option<&Path>, dir: &Path) -> Option<PathBuf> {
        explicit
            .map(Path::to_path_buf)
            .or_else(|| DEFAULT_FILES.iter().map(|f| dir.join(f)).find(|p| p.is_file()))
    }

    /// Reads `path` and every ruleset it extends.
    pub fn load(path: &Path) -> Result<Ruleset, LoadError> {
        let mut loader = Loader {
            sources: SourceMap::default(),
            docs: Vec::new(),
            stack: Vec::new(),
            paths: Vec::new(),
            warnings: Vec::new(),
            modules: std::collections::HashMap::new(),
        };
        match loader.doc(path, None) {
            Ok(_) => {
                let mut ruleset = Ruleset {
                    sources: loader.sources,
                    docs: loader.docs,
                    warnings: loader.warnings,
                };
                ruleset.warnings.extend(ruleset.unresolvable_schemas());
                Ok(ruleset)
            }
            Err(diagnostic) => Err(LoadError {
                sources: loader.sources,
                diagnostic,
            }),
        }
    }

    /// The aliases of the ruleset (its own and those of the files it extends; its own win).
    pub fn aliases(&self) -> IndexMap<String, Alias> {
        let mut out = IndexMap::new();
        for doc in self.docs.iter().rev() {
            for (k, v) in &doc.aliases {
                out.insert(k.clone(), v.clone());
            }
        }
        out
    }

    /// A warning for each `schema` option whose `$ref` names nothing: Spectral loads such a rule, and on
    /// the resolved document it never reports (its `schema` function ignores reference errors there).
    fn unresolvable_schemas(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for (name, then) in self.thens() {
            if let rule::Call::Core(Function::SchemaUnresolvable { message }) = &then.call {
                let mut d = *then.origin.error(
                    format!(
                        "rule `{name}`: {message}; Spectral ignores this on the resolved document, so the rule \
                         never reports (with `resolved: false` it reports this message for each target)"
                    ),
                    "point the `$ref` at something the schema defines (under `definitions` or `$defs`) or at a file",
                );
                if let Some(l) = d.location.as_mut() {
                    l.pointer = pointer::push(&pointer::push(&then.origin.pointer, "functionOptions"), "schema");
                }
                d.severity = Severity::Warning;
                out.push(d);
            }
        }
        out
    }

    /// Every `then` of every rule defined in the ruleset and the files it extends, with its rule's name.
    fn thens(&self) -> impl Iterator<Item = (&str, &rule::Then)> {
        self.docs
            .iter()
            .flat_map(|d| d.rules.iter().chain(d.overrides.iter().flat_map(|o| o.rules.iter())))
            .filter_map(|(name, _, entry)| match entry.as_ref() {
                Entry::Definition(def) => Some((name.as_str(), def)),
                _ => None,
            })
            .flat_map(|(name, def)| def.then.iter().map(move |t| (name, t)))
    }

    /// Every `then` that calls one of the ruleset's JavaScript `functions`, with where it is.
    pub fn custom_functions(&self) -> Vec<(&rule::Custom, &Origin)> {
        self.thens()
            .filter_map(|(_, then)| match &then.call {
                rule::Call::Custom(custom) => Some((custom, &then.origin)),
                rule::Call::Core(_) => None,
            })
            .collect()
    }

    /// `parserOptions.duplicateKeys` of the ruleset file given (Spectral reads the root's alone): the
    /// severity of a duplicate key in the linted document, `None` for the default (an error).
    pub fn duplicate_keys(&self) -> Option<Level> {
        self.root().duplicate_keys
    }

    fn root(&self) -> &Doc {
        self.docs.last().expect("the root document is loaded last")
    }

    /// The rules in effect for the document at `source` (overrides match its path relative to the
    /// ruleset's folder).
    pub fn rules_for(&self, source: &Path) -> IndexMap<String, Rule> {
        let root = self.root();
        let base = self
            .sources
            .get(root.file)
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let rel = relative(source, &base);
        let mut extends = Vec::new();
        let mut rules: Vec<&(String, Origin, Arc<Entry>)> = Vec::new();
        let mut pointers: Vec<(String, String, Level)> = Vec::new();
        for o in &root.overrides {
            if o.files.iter().any(|g| crate::lint::config::glob(g, &rel)) {
                extends.extend(o.extends.iter().cloned());
                rules.extend(o.rules.iter());
            }
            for (glob, ptr) in &o.pointers {
                if crate::lint::config::glob(glob, &rel) {
                    for (name, _, entry) in &o.rules {
                        if let Entry::Severity(l) = entry.as_ref() {
                            pointers.push((name.clone(), ptr.clone(), *l));
                        }
                    }
                }
            }
        }
        let mut merged = self.build(self.docs.len() - 1, Mode::Recommended, false);
        if !extends.is_empty() || !rules.is_empty() {
            // As Spectral: the matching overrides become a ruleset that extends the base one.
            for ext in &extends {
                for (name, rule) in self.extension(ext) {
                    merged.insert(name, rule);
                }
            }
            for (name, origin, entry) in rules {
                merge(&mut merged, name, origin, entry, None, Mode::Recommended, None);
            }
        }
        for (name, ptr, level) in pointers {
            if let Some(r) = merged.get_mut(&name) {
                r.pointer_levels.push((ptr, level));
            }
        }
        merged
    }

    fn extension(&self, ext: &Ext) -> IndexMap<String, Rule> {
        match ext.target {
            Target::Builtin(rules) => rules
                .iter()
                .map(|b| {
                    let enabled = is_enabled(b.recommended, ext.mode);
                    let rule = Rule {
                        name: b.name.to_owned(),
                        kind: Kind::Builtin(b),
                        enabled,
                        severity: b.severity,
                        recommended: b.recommended,
                        formats: (!b.formats.is_empty()).then(|| b.formats.to_vec()),
                        documentation_url: Some(format!(
                            "https://docs.stoplight.io/docs/spectral/4dec24461f3af-open-api-rules#{}",
                            b.name
                        )),
                        origin: None,
                        pointer_levels: Vec::new(),
                        owner: None,
                    };
                    (b.name.to_owned(), rule)
                })
                .collect(),
            Target::Doc(d) => self.build(d, ext.mode, ext.explicit),
        }
    }

    /// Spectral's `#getRules` for document `d` extended with `mode`.
    fn build(&self, d: usize, mode: Mode, explicit: bool) -> IndexMap<String, Rule> {
        let doc = &self.docs[d];
        let mut rules = IndexMap::new();
        for ext in &doc.extends {
            for (name, mut rule) in self.extension(ext) {
                if explicit {
                    rule.enabled = is_enabled(rule.recommended, mode);
                }
                rules.insert(name, rule);
            }
        }
        for (name, origin, entry) in &doc.rules {
            merge(&mut rules, name, origin, entry, Some(d), mode, doc.formats.as_ref());
            let rule = rules.get_mut(name).expect("merged");
            if rule.formats.is_none() {
                rule.formats = match rule.owner {
                    Some(o) if o != d => self.docs[o].formats.clone(),
                    _ => doc.formats.clone(),
                };
            }
            if rule.documentation_url.is_none()
                && let Some(url) = &doc.documentation_url
            {
                rule.documentation_url = Some(format!("{url}#{name}"));
            }
        }
        rules
    }
}

fn is_enabled(recommended: bool, mode: Mode) -> bool {
    mode == Mode::All || (mode == Mode::Recommended && recommended)
}

/// Spectral's `mergeRule`.
fn merge(
    rules: &mut IndexMap<String, Rule>,
    name: &str,
    origin: &Origin,
    entry: &Arc<Entry>,
    owner: Option<usize>,
    mode: Mode,
    formats: Option<&Vec<Format>>,
) {
    let existing = rules.get_mut(name);
    match (entry.as_ref(), existing) {
        (Entry::Enabled(on), Some(r)) => {
            r.enabled = *on;
            r.origin = Some(origin.clone());
        }
        (Entry::Severity(level), Some(r)) => {
            match level {
                Level::Off => r.enabled = false,
                Level::On(s) => {
                    r.severity = *s;
                    r.enabled = true;
                }
            }
            r.origin = Some(origin.clone());
        }
        (Entry::Definition(def), Some(r)) => {
            r.kind = Kind::Defined(Arc::clone(def));
            apply_definition(r, def);
            r.enabled = true;
            r.origin = Some(origin.clone());
        }
        (Entry::Definition(def), None) => {
            let mut r = Rule {
                name: name.to_owned(),
                kind: Kind::Defined(Arc::clone(def)),
                enabled: false,
                severity: Severity::Warning,
                recommended: def.recommended,
                formats: def.formats.clone().or_else(|| formats.cloned()),
                documentation_url: None,
                origin: Some(origin.clone()),
                pointer_levels: Vec::new(),
                owner,
            };
            apply_definition(&mut r, def);
            r.enabled = is_enabled(r.recommended, mode) && r.severity_on(def);
            rules.insert(name.to_owned(), r);
        }
        // Checked while loading: severities and switches only name inherited rules.
        (Entry::Enabled(_) | Entry::Severity(_), None) => {}
    }
}

impl Rule {
    fn severity_on(&self, def: &Definition) -> bool {
        def.severity != Some(Level::Off)
    }
}

fn apply_definition(r: &mut Rule, def: &Definition) {
    match def.severity {
        Some(Level::On(s)) => r.severity = s,
        Some(Level::Off) => r.enabled = false,
        None => {}
    }
    r.recommended = def.recommended;
    if def.formats.is_some() {
        r.formats = def.formats.clone();
    }
    if def.documentation_url.is_some() {
        r.documentation_url = def.documentation_url.clone();
    }
}

/// `path` relative to `base`, with `/` separators.
fn relative(path: &Path, base: &Path) -> String {
    let abs = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (p, b) = (abs(path), abs(base));
    let rel = p.strip_prefix(&b).map(Path::to_path_buf).unwrap_or(p);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

// --- reading files ---------------------------------------------------------------------------------------

struct Loader {
    sources: SourceMap,
    docs: Vec<Doc>,
    /// Canonical paths of the files being read, innermost last (for cycles).
    stack: Vec<PathBuf>,
    /// Canonical path of each loaded document.
    paths: Vec<PathBuf>,
    warnings: Vec<Diagnostic>,
    /// The JavaScript rulesets read: the file that holds each one's exported ruleset as JSON, and the
    /// module it came from.
    modules: std::collections::HashMap<FileId, PathBuf>,
}

const TOP_KEYS: &[&str] = &[
    "documentationUrl",
    "description",
    "rules",
    "functions",
    "functionsDir",
    "formats",
    "extends",
    "parserOptions",
    "overrides",
    "aliases",
];

impl Loader {
    /// Loads the document at `path` (unless it is loaded already) and returns its index. `from`
    /// locates the `extends` entry that named it.
    fn doc(&mut self, path: &Path, from: Option<&Origin>) -> Result<usize, Fail> {
        let canonical = std::fs::canonicalize(path).map_err(|e| self.io_error(path, from, &e.to_string()))?;
        if let Some(i) = self.paths.iter().position(|p| *p == canonical) {
            return Ok(i);
        }
        let file = if is_javascript(path) {
            let json = export_javascript(path).map_err(|why| self.js_error(path, from, &why))?;
            let shown = PathBuf::from(format!("{} (its exported ruleset, as JSON)", path.display()));
            let file = self.sources.add(SourceFile::new(shown, json));
            self.modules.insert(file, canonical.clone());
            file
        } else {
            let text = crate::source::read_text(path, crate::source::MAX_FILE_BYTES)
                .map_err(|e| self.io_error(path, from, &e.to_string()))?;
            self.sources.add(SourceFile::new(path.to_owned(), text))
        };
        let root = self.parse(file)?;
        self.stack.push(canonical.clone());
        let doc = self.read_doc(file, &root);
        self.stack.pop();
        let doc = doc?;
        self.docs.push(doc);
        self.paths.push(canonical);
        Ok(self.docs.len() - 1)
    }

    fn io_error(&self, path: &Path, from: Option<&Origin>, why: &str) -> Fail {
        let message = format!("cannot read the ruleset {}: {why}", path.display());
        match from {
            Some(o) => o.error(
                message,
                "fix the path in `extends` (relative paths start from the ruleset's folder)",
            ),
            None => Box::new(Diagnostic::error(rule::CODE, message).with_help("check the path given to `--ruleset`")),
        }
    }

    /// A JavaScript ruleset that cannot be read, located at the `extends` that names it.
    fn js_error(&self, path: &Path, from: Option<&Origin>, why: &str) -> Fail {
        let message = format!("the JavaScript ruleset {} {why}", path.display());
        let help = if cfg!(feature = "js") {
            "fix the ruleset's module (its default export is the ruleset), or extend its YAML or JSON form"
        } else {
            "specgen runs JavaScript rulesets when built with the `js` feature (`cargo install specgen --features js`)"
        };
        match from {
            Some(o) => o.error(message, help),
            None => Box::new(Diagnostic::error(rule::CODE, message).with_help(help)),
        }
    }

    fn parse(&self, file: FileId) -> Result<Node, Fail> {
        let source = self.sources.get(file);
        let mut diags = Vec::new();
        let json = source.path.extension().is_some_and(|e| e == "json") || self.modules.contains_key(&file);
        let tree = if json {
            crate::load::json::read(file, &source.text, &mut diags)
        } else {
            crate::load::yaml::read(file, &source.text, &mut diags)
        };
        if let Some(d) = diags.into_iter().find(|d| d.severity == Severity::Error) {
            let mut d = d;
            d.code = rule::CODE;
            return Err(Box::new(d));
        }
        match tree {
            Some(n) if n.as_object().is_some() => Ok(n),
            other => {
                let span = other.map(|n| n.span).unwrap_or_default();
                Err(Origin {
                    file,
                    pointer: String::new(),
                    span,
                }
                .error(
                    "a ruleset is a mapping with `extends`, `rules` or `overrides`",
                    "start from `extends: [spectral:oas]`",
                ))
            }
        }
    }

    fn read_doc(&mut self, file: FileId, root: &Node) -> Result<Doc, Fail> {
        let at = |key: &str| Origin::of(file, &pointer::push("", key), root.get(key).unwrap_or(root));
        for (key, e) in root.as_object().into_iter().flatten() {
            if !TOP_KEYS.contains(&key.as_str()) && !key.starts_with("x-") {
                return Err(Origin::of(file, &pointer::push("", key), &e.node).error(
                    format!("a ruleset has no property `{key}`"),
                    format!("the properties of a ruleset are {}", TOP_KEYS.join(", ")),
                ));
            }
        }
        if !["extends", "rules", "overrides"].iter().any(|k| root.get(k).is_some()) {
            return Err(Origin::of(file, "", root).error(
                "a ruleset needs `extends`, `rules` or `overrides`",
                "add `extends: [spectral:oas]` or a `rules` mapping",
            ));
        }
        let functions = self.functions(file, root)?;
        let documentation_url = match root.get("documentationUrl") {
            None => None,
            Some(n) => {
                let url = n
                    .as_str()
                    .ok_or_else(|| at("documentationUrl").error("must be a valid URL", "write an absolute URL"))?;
                rule::check_url(&at("documentationUrl"), url)?;
                Some(url.to_owned())
            }
        };
        let duplicate_keys = match root.get("parserOptions") {
            Some(p) => {
                check_parser_options(file, p)?;
                p.get("duplicateKeys").and_then(Level::parse)
            }
            None => None,
        };
        let extends = match root.get("extends") {
            Some(n) => self.extends(file, "/extends", n)?,
            None => Vec::new(),
        };
        let formats = match root.get("formats") {
            Some(n) => Some(rule::read_formats(file, "/formats", n)?),
            None => None,
        };
        let aliases = match root.get("aliases") {
            Some(n) => read_aliases(file, n)?,
            None => IndexMap::new(),
        };
        let inherited = self.inherited_names(&extends);
        let rules = match root.get("rules") {
            Some(n) => read_rules(file, "/rules", n, &functions, &inherited)?,
            None => Vec::new(),
        };
        let mut doc = Doc {
            file,
            extends,
            rules,
            formats,
            documentation_url,
            aliases,
            overrides: Vec::new(),
            duplicate_keys,
        };
        if let Some(n) = root.get("overrides") {
            doc.overrides = self.overrides(file, n, &functions, &inherited, &doc)?;
        }
        check_alias_uses(&doc, &self.docs)?;
        Ok(doc)
    }

    /// `functions` and `functionsDir` (default `functions`, relative to the ruleset file).
    fn functions(&self, file: FileId, root: &Node) -> Result<rule::Functions, Fail> {
        let base = self
            .sources
            .get(file)
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let dir = match root.get("functionsDir") {
            None => base.join("functions"),
            Some(n) => match n.as_str() {
                Some(d) => base.join(d),
                None => {
                    return Err(Origin::of(file, "/functionsDir", n).error(
                        "`functionsDir` must be a folder's path",
                        "write `functionsDir: ./functions` (relative to the ruleset file)",
                    ));
                }
            },
        };
        let module = self.modules.get(&file).cloned();
        let Some(list) = root.get("functions") else {
            return Ok(rule::Functions {
                names: Vec::new(),
                dir,
                module,
            });
        };
        let origin = Origin::of(file, "/functions", list);
        let names: Option<Vec<String>> = list
            .as_array()
            .map(|a| a.iter().filter_map(|n| n.as_str().map(str::to_owned)).collect());
        match names {
            Some(names) if names.len() == list.as_array().map_or(0, <[Node]>::len) => {
                Ok(rule::Functions { names, dir, module })
            }
            _ => Err(origin.error(
                "`functions` must be a list of function names",
                "write `functions: [myFunction]`",
            )),
        }
    }

    /// The names of every rule the extensions bring, for checking severity-only entries.
    fn inherited_names(&self, extends: &[Ext]) -> Vec<String> {
        let mut out = Vec::new();
        for ext in extends {
            match ext.target {
                Target::Builtin(rules) => out.extend(rules.iter().map(|b| b.name.to_owned())),
                Target::Doc(d) => {
                    let doc = &self.docs[d];
                    out.extend(self.inherited_names(&doc.extends));
                    out.extend(doc.rules.iter().map(|(n, _, _)| n.clone()));
                }
            }
        }
        out
    }

    fn extends(&mut self, file: FileId, ptr: &str, node: &Node) -> Result<Vec<Ext>, Fail> {
        let items: Vec<(String, &Node)> = match &node.value {
            Value::Array(a) => a
                .iter()
                .enumerate()
                .map(|(i, n)| (pointer::push(ptr, &i.to_string()), n))
                .collect(),
            _ => vec![(ptr.to_owned(), node)],
        };
        let mut out = Vec::new();
        for (p, item) in items {
            let (name_node, mode, explicit, name_ptr) = match &item.value {
                Value::Array(pair) => {
                    let mode = pair.get(1).and_then(Node::as_str);
                    let mode = match mode {
                        Some("recommended") => Mode::Recommended,
                        Some("all") => Mode::All,
                        Some("off") => Mode::Off,
                        _ => {
                            return Err(Origin::of(file, &p, item).error(
                                "an extension with a mode is `[ruleset, recommended | all | off]`",
                                "write `[spectral:oas, all]`, for example",
                            ));
                        }
                    };
                    (pair.first().unwrap_or(item), mode, true, pointer::push(&p, "0"))
                }
                _ => (item, Mode::Recommended, false, p.clone()),
            };
            let origin = Origin::of(file, &name_ptr, name_node);
            let Some(name) = name_node.as_str() else {
                return Err(origin.error(
                    "`extends` names a ruleset: `spectral:oas` or a file",
                    "write `extends: [spectral:oas]`",
                ));
            };
            if let Some(target) = self.extension_target(file, name, &origin)? {
                out.push(Ext { target, mode, explicit });
            }
        }
        Ok(out)
    }

    fn extension_target(&mut self, file: FileId, name: &str, origin: &Origin) -> Result<Option<Target>, Fail> {
        if let Some(rules) = builtin::named(name) {
            return Ok(Some(Target::Builtin(rules)));
        }
        if name.starts_with("spectral:") {
            return Err(origin.error(
                format!("`{name}` is not a ruleset specgen has: it lints OpenAPI documents"),
                "extend `spectral:oas`",
            ));
        }
        if name.starts_with("http://") || name.starts_with("https://") {
            return Err(origin.error(
                format!("specgen does not download rulesets: `{name}`"),
                "save the ruleset beside yours and extend the file by its relative path",
            ));
        }
        let base = self
            .sources
            .get(file)
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let mut path = base.join(name);
        if !path.is_file()
            && is_package_name(name)
            && let Some(found) = resolve_package(&base, name)
        {
            path = found;
        }
        if !path.is_file() {
            let hint = if is_package_name(name) {
                "an npm package is found in `node_modules` beside the ruleset or in a folder above it: install it \
                 (`npm install <package>`), or extend the ruleset file by its path"
            } else {
                "relative paths start from the folder of the ruleset that extends"
            };
            return Err(origin.error(
                format!("the ruleset `{name}` does not exist ({})", path.display()),
                hint,
            ));
        }
        let canonical = std::fs::canonicalize(&path).unwrap_or(path.clone());
        if let Some(at) = self.stack.iter().position(|p| *p == canonical) {
            let chain: Vec<String> = self.stack[at..]
                .iter()
                .chain(std::iter::once(&canonical))
                .map(|p| {
                    p.file_name()
                        .map(|f| f.to_string_lossy().into_owned())
                        .unwrap_or_default()
                })
                .collect();
            let mut d = *origin.error(
                format!(
                    "`extends` makes a cycle ({}); this extension is skipped, as Spectral does",
                    chain.join(" -> ")
                ),
                "remove one of the `extends` that close the cycle",
            );
            d.severity = Severity::Warning;
            self.warnings.push(d);
            return Ok(None);
        }
        self.doc(&path, Some(origin)).map(|d| Some(Target::Doc(d)))
    }

    fn overrides(
        &mut self,
        file: FileId,
        node: &Node,
        functions: &rule::Functions,
        inherited: &[String],
        doc: &Doc,
    ) -> Result<Vec<Override>, Fail> {
        let origin = Origin::of(file, "/overrides", node);
        let Some(items) = node.as_array().filter(|a| !a.is_empty()) else {
            return Err(origin.error(
                "`overrides` must be a non-empty list",
                "write `overrides: [{files: ['legacy/**'], rules: {...}}]`",
            ));
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let p = pointer::push("/overrides", &i.to_string());
            let here = Origin::of(file, &p, item);
            let files = item.get("files").and_then(Node::as_array).filter(|f| !f.is_empty());
            let Some(files) = files else {
                return Err(here.error(
                    "must be an non-empty array of glob patterns",
                    "write `files: ['**/*.yaml']`",
                ));
            };
            let mut globs = Vec::new();
            let mut pointers = Vec::new();
            for (j, f) in files.iter().enumerate() {
                let Some(s) = f.as_str().filter(|s| !s.is_empty()) else {
                    return Err(
                        Origin::of(file, &pointer::push(&pointer::push(&p, "files"), &j.to_string()), f).error(
                            "must be an non-empty array of glob patterns",
                            "write a glob such as `v2/**/*.json`",
                        ),
                    );
                };
                match s.split_once('#') {
                    Some((g, ptr)) => pointers.push((g.to_owned(), ptr.to_owned())),
                    None => globs.push(s.to_owned()),
                }
            }
            for (key, e) in item.as_object().into_iter().flatten() {
                let allowed: &[&str] = if pointers.is_empty() {
                    &["files", "rules", "extends", "formats", "parserOptions", "aliases"]
                } else {
                    &["files", "rules"]
                };
                if !allowed.contains(&key.as_str()) {
                    return Err(Origin::of(file, &pointer::push(&p, key), &e.node).error(
                        if pointers.is_empty() {
                            format!("an override has no property `{key}`")
                        } else {
                            "must not override any other property than rules when JSON Pointers are defined".to_owned()
                        },
                        format!("the properties of this override can be {}", allowed.join(", ")),
                    ));
                }
            }
            let extends = match item.get("extends") {
                Some(n) => self.extends(file, &pointer::push(&p, "extends"), n)?,
                None => Vec::new(),
            };
            let mut names = inherited.to_vec();
            names.extend(doc.rules.iter().map(|(n, _, _)| n.clone()));
            names.extend(self.inherited_names(&extends));
            let rules = match item.get("rules") {
                Some(n) => read_rules(file, &pointer::push(&p, "rules"), n, functions, &names)?,
                None if extends.is_empty() => {
                    return Err(here.error(
                        "an override needs `rules` or `extends`",
                        "add `rules: {rule-name: off}`",
                    ));
                }
                None => Vec::new(),
            };
            if !pointers.is_empty()
                && let Some((name, o, _)) = rules.iter().find(|(_, _, e)| !matches!(e.as_ref(), Entry::Severity(_)))
            {
                return Err(o.error(
                    format!("`{name}`: an override for JSON pointers can only set severities"),
                    "write a severity such as `off` or `warn`",
                ));
            }
            out.push(Override {
                files: globs,
                pointers,
                extends,
                rules,
            });
        }
        Ok(out)
    }
}

fn read_rules(
    file: FileId,
    ptr: &str,
    node: &Node,
    functions: &rule::Functions,
    inherited: &[String],
) -> Result<Vec<(String, Origin, Arc<Entry>)>, Fail> {
    let Some(map) = node.as_object() else {
        return Err(Origin::of(file, ptr, node).error(
            "`rules` must be a mapping of rule names",
            "write `rules: {rule-name: off}`",
        ));
    };
    let mut out = Vec::new();
    for (name, e) in map {
        let p = pointer::push(ptr, name);
        let entry = rule::read_entry(file, &p, &e.node, functions)?;
        let origin = Origin::of(file, &p, &e.node);
        if !matches!(entry, Entry::Definition(_)) && !inherited.iter().any(|n| n == name) {
            let close = crate::load::closest(name, inherited.iter().map(String::as_str))
                .map(|n| format!("did you mean `{n}`?"))
                .unwrap_or_else(|| {
                    "define the rule in full (`given`, `then`) or extend a ruleset that has it".to_owned()
                });
            return Err(origin.error(format!("Cannot extend non-existing rule: \"{name}\""), close));
        }
        out.push((name.clone(), origin, Arc::new(entry)));
    }
    Ok(out)
}

/// A JavaScript ruleset (or function) file, by its extension.
fn is_javascript(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "js" || e == "mjs" || e == "cjs")
}

/// The JavaScript ruleset in `path` as JSON (see `js/ruleset.js`).
#[cfg(feature = "js")]
fn export_javascript(path: &Path) -> Result<String, String> {
    super::js::Engine::new(super::js::Limits::default())?.export_ruleset(path)
}

#[cfg(not(feature = "js"))]
fn export_javascript(_path: &Path) -> Result<String, String> {
    Err("cannot run: this specgen was built without the `js` feature".to_owned())
}

/// `name` reads as an npm package (`pkg`, `@scope/pkg`, optionally followed by a path inside it), not
/// as a relative or absolute path, as Spectral tells them apart.
fn is_package_name(name: &str) -> bool {
    let first = name.split('/').next().unwrap_or("");
    !name.is_empty()
        && !name.starts_with('.')
        && !name.starts_with('/')
        && !name.contains('\\')
        && !name.contains(':')
        && (!first.starts_with('@') || name.split('/').count() >= 2)
}

/// The file an npm package name (with an optional path inside the package) resolves to, as Node finds
/// it for `require` (as Spectral, on Node, loads a package): `node_modules` of `base` or of a folder
/// above it; then the package's `exports` (its `require`, `default` or `import` entry), `main`, `module`,
/// or `index.js`.
fn resolve_package(base: &Path, name: &str) -> Option<PathBuf> {
    let parts: Vec<&str> = name.split('/').collect();
    let n = if name.starts_with('@') { 2 } else { 1 };
    let (package, inner) = (parts[..n].join("/"), parts[n..].join("/"));
    let base = if base.as_os_str().is_empty() {
        Path::new(".")
    } else {
        base
    };
    let dir = std::path::absolute(base)
        .ok()?
        .ancestors()
        .map(|d| d.join("node_modules").join(&package))
        .find(|d| d.is_dir())?;
    if !inner.is_empty() {
        return Some(dir.join(inner));
    }
    let manifest: serde_json::Value = std::fs::read_to_string(dir.join("package.json"))
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    let export = |v: &serde_json::Value| -> Option<String> {
        match v {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Object(m) => ["require", "default", "import"].iter().find_map(|k| {
                m.get(*k).and_then(|e| match e {
                    serde_json::Value::String(s) => Some(s.clone()),
                    serde_json::Value::Object(o) => o.get("default").and_then(|d| d.as_str()).map(str::to_owned),
                    _ => None,
                })
            }),
            _ => None,
        }
    };
    let entry = manifest
        .get("exports")
        .and_then(|e| e.get(".").map_or_else(|| export(e), export))
        .or_else(|| manifest.get("main").and_then(|m| m.as_str()).map(str::to_owned))
        .or_else(|| manifest.get("module").and_then(|m| m.as_str()).map(str::to_owned))
        .unwrap_or_else(|| "index.js".to_owned());
    Some(dir.join(entry))
}

fn check_parser_options(file: FileId, node: &Node) -> Result<(), Fail> {
    for (key, e) in node.as_object().into_iter().flatten() {
        let p = pointer::push("/parserOptions", key);
        if key != "duplicateKeys" && key != "incompatibleValues" {
            return Err(Origin::of(file, &p, &e.node).error(
                format!("`parserOptions` has no property `{key}`"),
                "the parser options are `duplicateKeys` and `incompatibleValues`",
            ));
        }
        if Level::parse(&e.node).is_none() {
            return Err(Origin::of(file, &p, &e.node).error(
                "the value has to be one of: 0, 1, 2, 3 or \"error\", \"warn\", \"info\", \"hint\", \"off\"",
                "write a severity such as `warn`",
            ));
        }
    }
    if node.as_object().is_none() {
        return Err(Origin::of(file, "/parserOptions", node).error(
            "`parserOptions` must be a mapping",
            "write `parserOptions: {duplicateKeys: warn}`",
        ));
    }
    Ok(())
}

fn read_aliases(file: FileId, node: &Node) -> Result<IndexMap<String, Alias>, Fail> {
    let Some(map) = node.as_object() else {
        return Err(Origin::of(file, "/aliases", node)
            .error("`aliases` must be a mapping", "write `aliases: {Name: ['$.path']}`"));
    };
    let mut out = IndexMap::new();
    for (name, e) in map {
        let p = pointer::push("/aliases", name);
        let here = Origin::of(file, &p, &e.node);
        let valid_name = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if !valid_name {
            return Err(here.error(
                "to avoid confusion the name must match /^[A-Za-z][A-Za-z0-9_-]*$/ regular expression",
                "rename the alias",
            ));
        }
        let paths = |ptr: &str, n: &Node| rule::read_given(file, ptr, n);
        let alias = match e.node.get("targets") {
            Some(targets) => {
                let tp = pointer::push(&p, "targets");
                let Some(items) = targets.as_array().filter(|t| !t.is_empty()) else {
                    return Err(Origin::of(file, &tp, targets).error(
                        "targets must have at least a single alias definition",
                        "add `{formats: [oas3], given: ['$.path']}`",
                    ));
                };
                let mut list = Vec::new();
                for (i, t) in items.iter().enumerate() {
                    let ip = pointer::push(&tp, &i.to_string());
                    let (Some(f), Some(g)) = (t.get("formats"), t.get("given")) else {
                        return Err(Origin::of(file, &ip, t).error(
                            "a valid target must contain given and non-empty formats",
                            "write `{formats: [oas3], given: ['$.path']}`",
                        ));
                    };
                    list.push((
                        rule::read_formats(file, &pointer::push(&ip, "formats"), f)?,
                        paths(&pointer::push(&ip, "given"), g)?,
                    ));
                }
                Alias::Targeted(list)
            }
            None if e.node.as_object().is_some() => {
                return Err(here.error(
                    "targets must be present and have at least a single alias definition",
                    "add `targets`, or write the alias as a list of paths",
                ));
            }
            None => Alias::Plain(paths(&p, &e.node)?),
        };
        out.insert(name.clone(), alias);
    }
    Ok(out)
}

/// Every `#Alias` a rule's `given` uses must exist (in this ruleset or one it extends).
fn check_alias_uses(doc: &Doc, loaded: &[Doc]) -> Result<(), Fail> {
    let known = |name: &str| doc.aliases.contains_key(name) || loaded.iter().any(|d| d.aliases.contains_key(name));
    let uses = doc
        .rules
        .iter()
        .chain(doc.overrides.iter().flat_map(|o| o.rules.iter()))
        .filter_map(|(_, _, e)| match e.as_ref() {
            Entry::Definition(d) => Some(d.given.iter()),
            _ => None,
        })
        .flatten();
    let alias_paths = doc.aliases.values().flat_map(|a| match a {
        Alias::Plain(p) => p.clone(),
        Alias::Targeted(t) => t.iter().flat_map(|(_, p)| p.clone()).collect(),
    });
    for g in uses {
        if let Some(name) = alias_name(&g.text)
            && !known(name)
        {
            return Err(g
                .origin
                .error(format!("Alias \"{name}\" does not exist"), "define it under `aliases`"));
        }
    }
    for g in alias_paths {
        if let Some(name) = alias_name(&g.text)
            && !known(name)
        {
            return Err(g
                .origin
                .error(format!("Alias \"{name}\" does not exist"), "define it under `aliases`"));
        }
    }
    Ok(())
}

/// `Name` of `#Name.rest`.
pub fn alias_name(given: &str) -> Option<&str> {
    let rest = given.strip_prefix('#')?;
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(rest.len());
    Some(&rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(files: &[(&str, &str)]) -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        for (name, text) in files {
            let p = d.path().join(name);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        d
    }

    fn load(files: &[(&str, &str)]) -> (tempfile::TempDir, Result<Ruleset, LoadError>) {
        let d = dir(files);
        let r = Ruleset::load(&d.path().join(files[0].0));
        (d, r)
    }

    fn enabled(r: &Ruleset, doc: &Path) -> Vec<String> {
        r.rules_for(doc)
            .into_values()
            .filter(|r| r.enabled)
            .map(|r| r.name)
            .collect()
    }

    fn error(files: &[(&str, &str)]) -> (String, String, String) {
        let (_d, r) = load(files);
        let e = r.expect_err("an error");
        let loc = e.diagnostic.location.clone().expect("located");
        let file = e
            .sources
            .get(loc.file)
            .path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        (file, loc.pointer, e.diagnostic.message.clone())
    }

    #[test]
    fn extending_spectral_oas_enables_its_recommended_rules() {
        let (d, r) = load(&[(
            ".spectral.yaml",
            "extends: spectral:oas\nrules:\n  operation-description: off\n  tag-description: error\n",
        )]);
        let r = r.unwrap();
        let on = enabled(&r, &d.path().join("api.yaml"));
        assert!(on.contains(&"operation-tags".to_owned()));
        assert!(!on.contains(&"operation-description".to_owned()));
        assert!(!on.contains(&"contact-properties".to_owned()), "not recommended");
        let rules = r.rules_for(&d.path().join("api.yaml"));
        assert_eq!(rules["tag-description"].severity, Severity::Error);
        assert!(
            rules["tag-description"].enabled,
            "a severity enables a rule that is off"
        );
    }

    #[test]
    fn extension_modes() {
        let (d, r) = load(&[("r.yaml", "extends: [[spectral:oas, all]]\n")]);
        let all = enabled(&r.unwrap(), &d.path().join("a.yaml"));
        assert_eq!(all.len(), builtin::SPECTRAL_OAS.len());
        let (d, r) = load(&[("r.yaml", "extends: [[spectral:oas, off]]\nrules:\n  info-contact: 2\n")]);
        let r = r.unwrap();
        assert_eq!(enabled(&r, &d.path().join("a.yaml")), ["info-contact"]);
        assert_eq!(
            r.rules_for(&d.path().join("a.yaml"))["info-contact"].severity,
            Severity::Info
        );
    }

    #[test]
    fn chains_merge_and_own_rules_win() {
        let (d, r) = load(&[
            (
                "team.yaml",
                "extends: ./base/company.yaml\nrules:\n  company-title: error\n  operation-tags: false\n",
            ),
            (
                "base/company.yaml",
                "extends: [spectral:oas]\ndocumentationUrl: https://example.com/style\nformats: [oas3]\nrules:\n  company-title:\n    given: $.info\n    then: {field: title, function: truthy}\n",
            ),
        ]);
        let r = r.unwrap();
        let rules = r.rules_for(&d.path().join("api.yaml"));
        let title = &rules["company-title"];
        assert!(title.enabled);
        assert_eq!(title.severity, Severity::Error);
        assert_eq!(
            title.formats,
            Some(vec![Format::Oas3]),
            "the defining ruleset's formats"
        );
        assert_eq!(
            title.documentation_url.as_deref(),
            Some("https://example.com/style#company-title")
        );
        assert!(!rules["operation-tags"].enabled);
        assert_eq!(r.sources.len(), 2);
    }

    #[test]
    fn npm_packages_resolve_as_node_finds_them() {
        let package =
            r#"{"name": "@acme/style", "exports": {".": {"types": "./x.d.ts", "require": "./rules/main.yaml"}}}"#;
        let main = "rules:\n  acme-title:\n    given: $.info\n    then: {field: title, function: truthy}\n";
        let other = "rules:\n  acme-other:\n    given: $\n    then: {field: paths, function: truthy}\n";
        let (d, r) = load(&[
            (
                "api/.spectral.yaml",
                "extends: ['@acme/style', '@acme/style/other.yaml', plain]\n",
            ),
            ("node_modules/@acme/style/package.json", package),
            ("node_modules/@acme/style/rules/main.yaml", main),
            ("node_modules/@acme/style/other.yaml", other),
            // No `exports`: `main`.
            ("node_modules/plain/package.json", r#"{"main": "r.json"}"#),
            (
                "node_modules/plain/r.json",
                r#"{"rules": {"plain-rule": {"given": "$", "then": {"function": "truthy"}}}}"#,
            ),
        ]);
        let r = r.unwrap_or_else(|e| panic!("{}", e.diagnostic.message));
        let on = enabled(&r, &d.path().join("api/x.yaml"));
        for rule in ["acme-title", "acme-other", "plain-rule"] {
            assert!(on.contains(&rule.to_owned()), "{rule} in {on:?}");
        }
        let (_, _, message) = error(&[("r.yaml", "extends: ['@acme/missing']\n")]);
        assert!(message.contains("does not exist"), "{message}");
        for (name, package) in [
            ("pkg", true),
            ("@s/p/x.yaml", true),
            ("@s", false),
            ("./r.yaml", false),
            ("../r", false),
            ("/abs", false),
            ("c:r", false),
        ] {
            assert_eq!(is_package_name(name), package, "{name}");
        }
    }

    #[cfg(not(feature = "js"))]
    #[test]
    fn a_javascript_ruleset_names_the_feature_that_runs_it() {
        let (_, pointer, message) = error(&[
            ("r.yaml", "extends: [./style.js]\n"),
            ("style.js", "module.exports = {rules: {}};\n"),
        ]);
        assert_eq!(pointer, "/extends/0");
        assert!(message.contains("built without the `js` feature"), "{message}");
    }

    #[cfg(feature = "js")]
    #[test]
    fn javascript_rulesets_are_read_as_spectral_reads_them() {
        // A package as tsup builds them: CommonJS `main`, importing the core functions and formats.
        let cjs = r##""use strict";
const { truthy, pattern } = require("@stoplight/spectral-functions");
const { oas3 } = require("@stoplight/spectral-formats");
const { createRulesetFunction } = require("@stoplight/spectral-core");
const noHttp = createRulesetFunction({ input: { type: "string" }, options: null }, function noHttp(url) {
  return new URL(url).protocol === "http:" ? [{ message: "use https" }] : [];
});
module.exports = { default: {
  formats: [oas3],
  aliases: { Servers: { targets: [{ formats: [oas3], given: ["$.servers[*]"] }] } },
  rules: {
    "acme-title": { given: "$.info", severity: 0, then: { field: "title", function: truthy } },
    "acme-version": { given: "$.info.version", then: { function: pattern, functionOptions: { match: /^\d+$/ } } },
    "acme-https": { given: "#Servers", formats: [oas3], then: { field: "url", function: noHttp } },
  },
} };
"##;
        let (d, r) = load(&[
            (
                ".spectral.yaml",
                "extends: ['@acme/style']\nrules:\n  acme-title: warn\n",
            ),
            (
                "node_modules/@acme/style/package.json",
                r#"{"main": "dist/ruleset.js", "module": "dist/ruleset.mjs"}"#,
            ),
            ("node_modules/@acme/style/dist/ruleset.js", cjs),
        ]);
        let r = r.unwrap_or_else(|e| panic!("{}", e.diagnostic.message));
        let on = enabled(&r, &d.path().join("x.yaml"));
        assert_eq!(on.iter().filter(|n| n.starts_with("acme-")).count(), 3, "{on:?}");
        let customs = r.custom_functions();
        assert_eq!(customs.len(), 1);
        assert_eq!(customs[0].0.name, "noHttp");
        assert!(customs[0].0.in_ruleset);
        let bad = error(&[
            ("r.yaml", "extends: [./style.js]\n"),
            ("style.js", "module.exports = 42;\n"),
        ]);
        assert!(bad.2.contains("not a ruleset object"), "{}", bad.2);
    }

    #[test]
    fn cycles_are_reported_and_skipped() {
        let (d, r) = load(&[
            ("a.yaml", "extends: [./b.yaml, spectral:oas]\n"),
            (
                "b.yaml",
                "extends: ./a.yaml\nrules:\n  b-rule:\n    given: $\n    then: {function: truthy}\n",
            ),
        ]);
        let r = r.unwrap();
        assert_eq!(r.warnings.len(), 1);
        assert!(
            r.warnings[0].message.contains("a.yaml -> b.yaml -> a.yaml"),
            "{}",
            r.warnings[0].message
        );
        assert!(enabled(&r, &d.path().join("x.yaml")).contains(&"b-rule".to_owned()));
    }

    #[test]
    fn a_schema_ref_that_names_nothing_is_a_located_warning() {
        let (_d, r) = load(&[(
            "a.yaml",
            "rules:\n  errors:\n    given: $\n    then:\n      function: schema\n      functionOptions:\n        \
             schema: {$ref: '#/components/schemas/Error'}\n",
        )]);
        let r = r.unwrap();
        assert_eq!(r.warnings.len(), 1);
        let w = &r.warnings[0];
        assert_eq!(w.severity, Severity::Warning);
        assert_eq!(
            w.location.as_ref().unwrap().pointer,
            "/rules/errors/then/functionOptions/schema"
        );
        assert!(w.message.contains("never reports"), "{}", w.message);
    }

    #[test]
    fn overrides_by_glob_and_by_pointer() {
        let (d, r) = load(&[(
            "r.yaml",
            "extends: spectral:oas\noverrides:\n  - files: ['legacy/**/*.yaml']\n    rules:\n      operation-description: off\n  - files: ['api.yaml#/paths/~1old']\n    rules:\n      operation-tags: hint\n",
        )]);
        let r = r.unwrap();
        assert!(!enabled(&r, &d.path().join("legacy/v1/a.yaml")).contains(&"operation-description".to_owned()));
        assert!(enabled(&r, &d.path().join("api.yaml")).contains(&"operation-description".to_owned()));
        let rules = r.rules_for(&d.path().join("api.yaml"));
        assert_eq!(
            rules["operation-tags"].pointer_levels,
            [("/paths/~1old".to_owned(), Level::On(Severity::Hint))]
        );
    }

    #[test]
    fn aliases_are_read_and_their_uses_checked() {
        let (_d, r) = load(&[(
            "r.yaml",
            "aliases:\n  Ops: ['$.paths[*][get,put]']\n  Schemas:\n    targets:\n      - formats: [oas2]\n        given: ['$.definitions[*]']\n      - formats: [oas3]\n        given: ['$.components.schemas[*]']\nrules:\n  ops-described:\n    given: '#Ops.description'\n    then: {function: truthy}\n",
        )]);
        let aliases = r.unwrap().aliases();
        assert!(matches!(&aliases["Schemas"], Alias::Targeted(t) if t.len() == 2));
        let e = error(&[(
            "r.yaml",
            "rules:\n  x:\n    given: '#Nope'\n    then: {function: truthy}\n",
        )]);
        assert_eq!(
            e,
            (
                "r.yaml".into(),
                "/rules/x/given".into(),
                "Alias \"Nope\" does not exist".into()
            )
        );
    }

    #[test]
    fn errors_are_located_in_the_file_that_has_them() {
        assert_eq!(
            error(&[
                ("r.yaml", "extends: ./b.yaml\n"),
                ("b.yaml", "rules:\n  x: {given: $, then: {function: nope}}\n")
            ])
            .0,
            "b.yaml"
        );
        let cases: &[(&str, &str, &str)] = &[
            (
                "extends: spectral:oas\nrules:\n  operation-descripton: off\n",
                "/rules/operation-descripton",
                "non-existing rule",
            ),
            ("extends: spectral:oas\nrule: {}\n", "/rule", "no property `rule`"),
            ("extends: ./missing.yaml\n", "/extends", "does not exist"),
            (
                "extends: [https://example.com/r.yaml]\n",
                "/extends/0",
                "does not download",
            ),
            ("extends: [./r.js]\n", "/extends/0", "does not exist"),
            ("extends: spectral:asyncapi\n", "/extends", "not a ruleset specgen has"),
            (
                "extends: [[spectral:oas, most]]\n",
                "/extends/0",
                "recommended | all | off",
            ),
            ("description: nothing\n", "", "needs `extends`, `rules` or `overrides`"),
            (
                "extends: spectral:oas\noverrides:\n  - files: ['a.yaml#/x']\n    extends: spectral:oas\n    rules: {info-contact: off}\n",
                "/overrides/0/extends",
                "JSON Pointers",
            ),
            (
                "extends: spectral:oas\nparserOptions: {duplicateKeys: loud}\n",
                "/parserOptions/duplicateKeys",
                "has to be one of",
            ),
            ("rules:\n  x: {given: $, then: {function: truthy}\n", "/rules/x", "YAML"),
        ];
        for (text, ptr, msg) in cases {
            let (_, p, m) = error(&[("r.yaml", text)]);
            assert_eq!(p, *ptr, "{text}: {m}");
            assert!(m.contains(msg), "{text}: {m}");
        }
        let e = error(&[("r.yaml", "extends: spectral:oas\nrules:\n  operation-descripton: off\n")]);
        assert!(e.2.contains("operation-descripton"));
    }

    #[test]
    fn the_default_file_is_found_in_spectral_order() {
        let d = dir(&[(".spectral.json", "{}"), (".spectral.yml", "x: 1")]);
        assert_eq!(Ruleset::find(None, d.path()), Some(d.path().join(".spectral.yml")));
        assert_eq!(
            Ruleset::find(Some(Path::new("mine.yaml")), d.path()),
            Some(PathBuf::from("mine.yaml"))
        );
        assert_eq!(Ruleset::find(None, &d.path().join("nowhere")), None);
    }
}
