//! `specgen lint`.

use std::collections::{HashMap, HashSet};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;

use specgen::Severity;
use specgen::lint::baseline::{Baseline, Matcher};
use specgen::lint::config::ConfigError;
use specgen::lint::{Config, Linted, lint_spec_with, rules};
use specgen::load::{LoadOptions, Spec};
use specgen::report::Finding;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// rustc-style snippets (colour only on a terminal).
    Human,
    /// A JSON array of findings.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
    /// GitHub Actions workflow annotations.
    Github,
    /// JUnit XML.
    Junit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Level {
    Error,
    #[value(alias = "warning")]
    Warn,
    #[value(alias = "information")]
    Info,
    Hint,
}

impl Level {
    fn severity(self) -> Severity {
        match self {
            Level::Error => Severity::Error,
            Level::Warn => Severity::Warning,
            Level::Info => Severity::Info,
            Level::Hint => Severity::Hint,
        }
    }
}

#[derive(clap::Args)]
pub struct Args {
    /// Spec files (YAML or JSON) or folders; files they `$ref` are read too. In a folder, every
    /// `*.yaml`, `*.yml` and `*.json` whose root has `openapi` or `swagger` is linted.
    #[arg(required_unless_present = "list_rules")]
    paths: Vec<PathBuf>,
    /// Folder that `$ref`s may not leave. Default: the spec's repository (the nearest folder above it
    /// holding `.git`), else the current folder when it holds the spec, else the spec's own folder;
    /// never the file system root or a home folder.
    #[arg(long, value_name = "DIR")]
    root_dir: Option<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Exit with 1 when a finding is at or above this severity.
    #[arg(long, value_enum, default_value_t = Level::Error, value_name = "LEVEL")]
    fail_severity: Level,
    /// Exit with 1 when there are more than N warnings.
    #[arg(long, value_name = "N")]
    max_warnings: Option<usize>,
    /// Show (and count) only findings at or above this severity.
    #[arg(long, value_enum, default_value_t = Level::Hint, value_name = "LEVEL")]
    min_severity: Level,
    /// Configuration file (default: `specgen.yaml` in the spec's folder or the nearest one above it).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Spectral ruleset (YAML or JSON; default: `.spectral.yaml`, `.spectral.yml` or `.spectral.json` in
    /// the current folder). It decides the rules Spectral has and adds its own; `specgen.yaml` keeps
    /// deciding specgen's own rules.
    #[arg(long, value_name = "FILE")]
    ruleset: Option<PathBuf>,
    /// Hide the findings recorded in this baseline file (default: the config's `baseline`).
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Record every current finding in a baseline file and exit 0.
    #[arg(long, value_name = "FILE", num_args = 0..=1, default_missing_value = "specgen-baseline.json")]
    write_baseline: Option<PathBuf>,
    /// Write the report to a file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// List the rules with their default severity and exit; with a Spectral ruleset (`--ruleset`, or
    /// `.spectral.*` here), the ruleset's rules in effect, at its severities.
    #[arg(long)]
    list_rules: bool,
}

/// `--list-rules`: specgen's rules at their defaults or, with a Spectral ruleset, the ruleset's rules in
/// effect here (its own and those of `spectral:oas`) at its severities.
fn list_rules(ruleset: Option<&Path>) -> ExitCode {
    let ruleset = match load_ruleset(ruleset) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let mut out = anstream::stdout().lock();
    if let Some(r) = ruleset {
        let here = std::env::current_dir().unwrap_or_default().join("openapi.yaml");
        for rule in r.rules_for(&here).values() {
            let level = specgen::lint::docs::level_name(rule.enabled.then_some(rule.severity));
            let about = match &rule.kind {
                specgen::ruleset::load::Kind::Builtin(b) => {
                    rules::meta(b.name).map(|m| m.summary().to_string()).unwrap_or_default()
                }
                specgen::ruleset::load::Kind::Defined(d) => d.description.clone().unwrap_or_default(),
            };
            let _ = writeln!(
                out,
                "{:<40} {:<5} {}",
                rule.name,
                level,
                about.split_whitespace().collect::<Vec<_>>().join(" ")
            );
        }
        return ExitCode::SUCCESS;
    }
    for m in rules::all() {
        let _ = writeln!(
            out,
            "{:<40} {:<5} {}",
            m.id,
            specgen::lint::docs::level_name(m.default),
            m.summary()
        );
    }
    ExitCode::SUCCESS
}

/// Exit status 2 with a message: a usage or I/O problem.
fn fail(message: impl std::fmt::Display) -> ExitCode {
    let _ = writeln!(anstream::stderr(), "error: {message}");
    ExitCode::from(2)
}

pub fn run(args: Args) -> ExitCode {
    if args.list_rules {
        return list_rules(args.ruleset.as_deref());
    }
    let options = LoadOptions {
        root_dir: args.root_dir.clone(),
        ..LoadOptions::default()
    };
    let explicit = match args.config.as_deref().map(load_config) {
        Some(Ok(c)) => Some(Rc::new(c)),
        Some(Err(code)) => return code,
        None => None,
    };
    let ruleset = match load_ruleset(args.ruleset.as_deref()) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let mut ruleset_problems = Vec::new();
    let mut unimplemented = std::collections::BTreeSet::new();
    let mut configs: HashMap<PathBuf, Rc<Config>> = HashMap::new();
    let default_config = Rc::new(Config::default());
    let mut unreadable = 0;
    let mut linted: Vec<Linted> = Vec::new();
    let mut files = Vec::new();
    let mut baseline_path = args.baseline.clone();
    // The folders named that hold a spec (the others get a warning).
    let mut fruitful = HashSet::new();
    for Target {
        path: spec_path,
        direct,
        folders,
    } in expand(&args.paths)
    {
        let config = match &explicit {
            Some(c) => c.clone(),
            None => match Config::find(&spec_path) {
                Some(p) => match configs.get(&p) {
                    Some(c) => c.clone(),
                    None => match load_config(&p) {
                        Ok(c) => configs.entry(p).or_insert(Rc::new(c)).clone(),
                        Err(code) => return code,
                    },
                },
                None => default_config.clone(),
            },
        };
        if config.ignores(&spec_path) {
            continue;
        }
        if !direct {
            match specgen::source::read_text(&spec_path, options.max_file_bytes) {
                Ok(text) if is_root_document(&text) => {}
                Ok(_) => continue,
                Err(e) => {
                    unreadable += 1;
                    let _ = writeln!(
                        anstream::stderr(),
                        "error: cannot read {}: {} ({}; or list it under `ignore` in specgen.yaml to skip it)",
                        spec_path.display(),
                        e.what,
                        e.help
                    );
                    continue;
                }
            }
        }
        fruitful.extend(folders);
        if baseline_path.is_none() {
            baseline_path.clone_from(&config.baseline);
        }
        match Spec::load(&spec_path, &options) {
            Ok(spec) => {
                files.push(specgen::source::display_path(&spec_path));
                match &ruleset {
                    Some(r) => {
                        let out = specgen::ruleset::lint::lint(spec, &config, r);
                        ruleset_problems.extend(out.problems);
                        unimplemented.extend(out.unimplemented);
                        linted.push(out.linted);
                    }
                    None => linted.push(lint_spec_with(spec, &config)),
                }
            }
            Err(e) => {
                unreadable += 1;
                let _ = writeln!(anstream::stderr(), "error: cannot read {e}");
            }
        }
    }

    for path in &args.paths {
        if !fruitful.contains(path) && std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
            let _ = writeln!(
                anstream::stderr(),
                "warning: no OpenAPI documents found in {}",
                path.display()
            );
        }
    }

    if let Some(r) = &ruleset {
        if !unimplemented.is_empty() {
            let names: Vec<&str> = unimplemented.iter().copied().collect();
            let _ = writeln!(
                anstream::stderr(),
                "note: these rules of spectral:oas are not implemented by specgen and did not run: {}",
                names.join(", ")
            );
        }
        if !ruleset_problems.is_empty() {
            return report_ruleset_problems(r, &ruleset_problems);
        }
    }
    // Configurations and rulesets are inputs too (the baseline is not, for `--write-baseline`: it
    // rewrites it).
    let ruleset_files = ruleset
        .iter()
        .flat_map(|r| r.sources.iter().map(|(_, f)| f.path.clone()));
    let read: Vec<PathBuf> = args
        .config
        .iter()
        .cloned()
        .chain(configs.keys().cloned())
        .chain(ruleset_files)
        .collect();
    if let Some(path) = &args.write_baseline {
        return write_baseline(path, &linted, &read);
    }
    let mut stale = Vec::new();
    if let Some(path) = &baseline_path {
        let baseline = match Baseline::load(path) {
            Ok(b) => b,
            Err(e) => return fail(e),
        };
        let mut matcher = Matcher::new(baseline, path);
        for l in &mut linted {
            matcher.filter(&l.spec, &mut l.findings);
        }
        stale = matcher.stale();
    }

    let min = args.min_severity.severity();
    let machine = args.format != Format::Human;
    let fingerprints: Vec<Vec<Option<String>>> = linted
        .iter()
        .map(|l| {
            l.findings
                .iter()
                .map(|d| machine.then(|| specgen::lint::baseline::fingerprint(&l.spec, d)))
                .collect()
        })
        .collect();
    let mut findings: Vec<Finding<'_>> = Vec::new();
    for (l, fps) in linted.iter().zip(&fingerprints) {
        for (d, fp) in l.findings.iter().zip(fps) {
            if d.severity >= min {
                findings.push(Finding {
                    sources: &l.spec.sources,
                    diagnostic: d,
                    fingerprint: fp.as_deref(),
                });
            }
        }
    }
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    // Specs that share a referenced file report its problems once.
    findings.dedup_by(|a, b| a.sort_key() == b.sort_key());

    let fail_at = args.fail_severity.severity();
    let count = |s: Severity| findings.iter().filter(|f| f.diagnostic.severity == s).count();
    let (errors, warnings, infos, hints) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
        count(Severity::Hint),
    );
    let text = match args.format {
        Format::Human => {
            let styled =
                args.output.is_none() && std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            let mut text = String::new();
            for f in &findings {
                text.push_str(&specgen::report::render(f.sources, f.diagnostic, styled));
                text.push_str("\n\n");
            }
            let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
            let mut summary = format!(
                "{}: {}, {}",
                plural(files.len(), "file"),
                plural(errors, "error"),
                plural(warnings, "warning")
            );
            if infos > 0 {
                summary.push_str(&format!(", {}", plural(infos, "info")));
            }
            if hints > 0 {
                summary.push_str(&format!(", {}", plural(hints, "hint")));
            }
            text.push_str(&summary);
            text.push('\n');
            for (file, l) in files.iter().zip(&linted) {
                if let Some(g) = &l.generation {
                    text.push_str(&generation_line(file, g));
                    text.push('\n');
                }
            }
            text
        }
        Format::Json => specgen::report::json(&findings),
        Format::Sarif => specgen::report::sarif(&findings, &rules::all()),
        Format::Github => specgen::report::github(&findings),
        Format::Junit => specgen::report::junit(&findings, &files, fail_at),
    };
    let written = match &args.output {
        Some(path) => {
            let read: Vec<PathBuf> = read.into_iter().chain(baseline_path.clone()).collect();
            specgen::output::write(path, &text, &inputs(&linted, &read))
        }
        None => {
            let mut out = anstream::stdout().lock();
            out.write_all(text.as_bytes()).map_err(|e| e.to_string())
        }
    };
    if let Err(e) = written {
        return fail(e);
    }
    if !stale.is_empty() {
        let mut err = anstream::stderr().lock();
        let _ = writeln!(
            err,
            "note: {} baseline entr{} no longer match any finding (fixed?); rerun with --write-baseline to drop them:",
            stale.len(),
            if stale.len() == 1 { "y" } else { "ies" }
        );
        for e in &stale {
            let _ = writeln!(
                err,
                "  {} {} {}",
                e.rule,
                e.file,
                if e.pointer.is_empty() { "/" } else { &e.pointer }
            );
        }
    }

    let failing = findings.iter().any(|f| f.diagnostic.severity >= fail_at);
    let too_many_warnings = args.max_warnings.is_some_and(|max| warnings > max);
    if unreadable > 0 {
        ExitCode::from(2)
    } else if failing || too_many_warnings {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The Spectral ruleset named or found in the current folder. Its errors are located, exit status 2.
fn load_ruleset(explicit: Option<&Path>) -> Result<Option<specgen::ruleset::load::Ruleset>, ExitCode> {
    use specgen::ruleset::load::Ruleset;
    let cwd = std::env::current_dir().unwrap_or_default();
    let Some(path) = Ruleset::find(explicit, &cwd) else {
        return Ok(None);
    };
    let mut err = anstream::stderr().lock();
    match Ruleset::load(&path) {
        Ok(r) => {
            for w in &r.warnings {
                let _ = writeln!(err, "{}", specgen::report::render(&r.sources, w, false));
            }
            let problems = custom_function_problems(&r);
            if problems.is_empty() {
                return Ok(Some(r));
            }
            for d in &problems {
                let _ = writeln!(err, "{}", specgen::report::render(&r.sources, d, false));
            }
            Err(ExitCode::from(2))
        }
        Err(e) => {
            let _ = writeln!(err, "{}", specgen::report::render(&e.sources, &e.diagnostic, false));
            Err(ExitCode::from(2))
        }
    }
}

/// The ruleset's JavaScript functions that cannot run: with the `js` feature, those whose file is
/// missing, does not parse or imports what specgen does not provide; without it, every one.
fn custom_function_problems(r: &specgen::ruleset::load::Ruleset) -> Vec<specgen::Diagnostic> {
    let calls = r.custom_functions();
    #[cfg(feature = "js")]
    return specgen::ruleset::js::check(&calls);
    #[cfg(not(feature = "js"))]
    calls
        .iter()
        .map(|(custom, origin)| {
            *origin.error(
                format!(
                    "the function `{}` is JavaScript, which this build of specgen cannot run",
                    custom.name
                ),
                "install specgen with `--features js` to run it (`cargo install specgen --features js`), \
                 use a core function (truthy, pattern, schema, ...), or turn the rule off",
            )
        })
        .collect()
}

/// Rules of the ruleset that could not run (an alias without a target, a path that ran away): exit 2.
fn report_ruleset_problems(
    r: &specgen::ruleset::load::Ruleset,
    problems: &[specgen::ruleset::run::Problem],
) -> ExitCode {
    let mut err = anstream::stderr().lock();
    let mut seen = HashSet::new();
    for p in problems {
        if seen.insert((p.rule.clone(), p.origin.pointer.clone(), p.message.clone())) {
            let d = p
                .origin
                .error(format!("rule `{}`: {}", p.rule, p.message), p.help.clone());
            let _ = writeln!(err, "{}", specgen::report::render(&r.sources, &d, false));
        }
    }
    ExitCode::from(2)
}

fn load_config(path: &Path) -> Result<Config, ExitCode> {
    match Config::load(path) {
        Ok(c) => Ok(c),
        Err(ConfigError::Io(e)) => Err(fail(format!("cannot read config {e}"))),
        Err(ConfigError::Invalid(b)) => {
            let (file, d) = *b;
            let mut sources = specgen::source::SourceMap::default();
            let mut file = file;
            file.display = specgen::source::display_path(path);
            sources.add(file);
            let _ = writeln!(anstream::stderr(), "{}", specgen::report::render(&sources, &d, false));
            Err(ExitCode::from(2))
        }
    }
}

/// Every file the lint read, which no output may overwrite: the specs, what they `$ref`, and `other`.
fn inputs<'a>(linted: &'a [Linted], other: &'a [PathBuf]) -> Vec<&'a Path> {
    linted
        .iter()
        .flat_map(|l| l.spec.files())
        .chain(other.iter().map(PathBuf::as_path))
        .collect()
}

fn write_baseline(path: &Path, linted: &[Linted], read: &[PathBuf]) -> ExitCode {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let base = abs.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut entries: Vec<_> = linted
        .iter()
        .flat_map(|l| l.findings.iter().filter_map(|d| Baseline::entry(&l.spec, d, &base)))
        .collect();
    entries.sort();
    let n = entries.len();
    let baseline = Baseline { version: 1, entries };
    if let Err(e) = specgen::output::write(path, &baseline.to_json(), &inputs(linted, read)) {
        return fail(e);
    }
    let _ = writeln!(
        anstream::stderr(),
        "wrote {} with {n} entr{}",
        path.display(),
        if n == 1 { "y" } else { "ies" }
    );
    ExitCode::SUCCESS
}

/// A spec to lint, as first named.
struct Target {
    path: PathBuf,
    /// Named as a file: linted whatever it holds. Otherwise it was only found in folders, and is linted
    /// when it looks like a root document ([`is_root_document`]).
    direct: bool,
    /// The folders named on the command line that hold it.
    folders: Vec<PathBuf>,
}

/// The specs to lint: files as given, folders searched for OpenAPI documents. Each file once (by its
/// canonical path), the first naming kept: a file named twice, or named and in a named folder, is
/// linted once.
fn expand(paths: &[PathBuf]) -> Vec<Target> {
    let mut seen: HashMap<PathBuf, usize> = HashMap::new();
    let mut out: Vec<Target> = Vec::new();
    for path in paths {
        // `metadata` follows symlinks without opening anything (a FIFO is not opened here).
        let is_dir = std::fs::metadata(path).is_ok_and(|m| m.is_dir());
        let found = if is_dir {
            walk(path)
        } else {
            // What cannot be read (missing, a FIFO, a device, a link loop) is reported by the load.
            vec![(path.clone(), path.canonicalize().unwrap_or_else(|_| path.clone()))]
        };
        for (file, canonical) in found {
            let i = *seen.entry(canonical).or_insert_with(|| {
                out.push(Target {
                    path: file,
                    direct: false,
                    folders: Vec::new(),
                });
                out.len() - 1
            });
            if is_dir {
                out[i].folders.push(path.clone());
            } else {
                out[i].direct = true;
            }
        }
    }
    out
}

/// Every `*.yaml`, `*.yml` and `*.json` below `root` (skipping hidden folders, `node_modules` and
/// `target`), as (path, canonical path), sorted by path. Each folder is read once, by its identity, so
/// symlinks that lead back up end; folders reached through a symlink are read after the real ones
/// of the same depth, so a file is named by its real path where it has one.
fn walk(root: &Path) -> Vec<(PathBuf, PathBuf)> {
    let mut w = Walk::default();
    w.links.push_back(root.to_owned());
    while let Some(dir) = w.links.pop_front() {
        w.dir(&dir);
    }
    w.files.sort();
    w.files
}

#[derive(Default)]
struct Walk {
    /// Folders read, by identity.
    dirs: HashSet<DirId>,
    /// Folders reached through symlinks, to read once the real ones are.
    links: std::collections::VecDeque<PathBuf>,
    files: Vec<(PathBuf, PathBuf)>,
    canonical_files: HashSet<PathBuf>,
}

/// What makes a folder the same folder: device and inode on unix (bind mounts included), else the
/// canonical path.
#[cfg(unix)]
type DirId = (u64, u64);
#[cfg(not(unix))]
type DirId = PathBuf;

fn dir_id(dir: &Path) -> Option<DirId> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::metadata(dir).ok()?;
        Some((m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    dir.canonicalize().ok()
}

impl Walk {
    fn dir(&mut self, dir: &Path) {
        if !dir_id(dir).is_some_and(|id| self.dirs.insert(id)) {
            return;
        }
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        let mut entries: Vec<_> = entries.flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') || name == "node_modules" || name == "target" {
                continue;
            }
            let p = entry.path();
            let Ok(kind) = entry.file_type() else { continue };
            if kind.is_dir() {
                self.dir(&p);
            } else if kind.is_symlink() && std::fs::metadata(&p).is_ok_and(|m| m.is_dir()) {
                self.links.push_back(p);
            } else if name.ends_with(".yaml") || name.ends_with(".yml") || name.ends_with(".json") {
                // Any other kind (a FIFO, a dangling or looping link) is reported when it is read.
                let canonical = p.canonicalize().unwrap_or_else(|_| p.clone());
                if self.canonical_files.insert(canonical.clone()) {
                    self.files.push((p, canonical));
                }
            }
        }
    }
}

/// Whether a file found in a folder is an OpenAPI root: `openapi:` or `swagger:` at the start of a line
/// (YAML) or as a key near the start (JSON). Fragments that specs `$ref` are linted through those specs.
fn is_root_document(text: &str) -> bool {
    text.split(['\n', '\r']).any(|l| {
        let l = l.trim_start_matches(['"', '\'']);
        l.starts_with("openapi") || l.starts_with("swagger")
    }) || {
        let head: String = text.chars().take(4096).collect();
        head.contains("\"openapi\"") || head.contains("\"swagger\"")
    }
}

/// What `specgen generate` would do with a linted spec, in one line.
fn generation_line(file: &str, g: &specgen::lint::Generation) -> String {
    if !g.succeeds() {
        let errors = if g.errors == 1 {
            "1 error"
        } else {
            &format!("{} errors", g.errors)
        };
        return format!("generate: {file} would not generate: {errors} above stop it");
    }
    let total: usize = g.simplified.iter().map(|(_, n)| n).sum();
    if total == 0 {
        return format!("generate: {file} generates as written");
    }
    let by_code: Vec<String> = g.simplified.iter().map(|(code, n)| format!("{code} {n}")).collect();
    format!(
        "generate: {file} generates with {total} place{} simplified ({})",
        if total == 1 { "" } else { "s" },
        by_code.join(", ")
    )
}
