//! The driver: generate `count` specs from `seed`, generate each one's Rust (server and client),
//! check them all, shrink one spec per distinct failure class, and write the shrunk specs as pending
//! findings. Also re-checks spec files (`--recheck`), to see whether a finding is fixed.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::check::{self, Class, Failure, Outcome, Scratch};
use super::doc::Doc;
use super::{census, random, render, shrink};

/// The seed and count CI runs (`.ci/run`; fuzz/FUZZING.md).
pub const CI_SEED: u64 = 20261125;
pub const CI_COUNT: u64 = 300;

#[derive(Clone, Debug)]
pub struct Options {
    pub seed: u64,
    pub count: u64,
    /// Scratch space: the specs of the run and the workspace that checks them.
    pub out: PathBuf,
    /// Where shrunk findings are written (`fuzz/compile-findings/`).
    pub findings: PathBuf,
    /// Go on after the first batch with a failure, and shrink every class (not just the first).
    pub keep_going: bool,
    pub jobs: usize,
    pub clippy: bool,
    pub shrink: bool,
    /// Shrinking rounds at most (each is one `cargo check` of every finding's candidates).
    pub max_rounds: usize,
    /// Specs per `cargo check`.
    pub batch: u64,
    pub census: bool,
    /// Generate in child processes (this program with `--worker`): needed to survive hangs and
    /// crashes; off, generation runs in this process (tests).
    pub isolate: Option<PathBuf>,
    /// How long one generation may take before it counts as a hang (seconds).
    pub timeout: u64,
    /// Write the specs (and the census) only: no generation, no check.
    pub dry_run: bool,
}

impl Options {
    pub fn new(seed: u64, count: u64) -> Self {
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| crate::workspace().join("target"));
        Options {
            seed,
            count,
            out: target.join("compile-fuzz"),
            findings: crate::workspace().join("fuzz/compile-findings"),
            keep_going: false,
            jobs: std::thread::available_parallelism().map_or(2, |n| n.get()).min(8),
            clippy: false,
            shrink: true,
            max_rounds: 80,
            batch: 400,
            census: false,
            isolate: None,
            timeout: 20,
            dry_run: false,
        }
    }

    /// Generation of one spec, in this process or a worker (`--worker`).
    fn generate(&self, name: &str, text: &str, timeout: u64) -> Outcome {
        match &self.isolate {
            Some(exe) => {
                let iso = check::Isolation {
                    exe: exe.clone(),
                    dir: self.out.join("work"),
                    timeout: Duration::from_secs(timeout),
                };
                check::generate_isolated(&iso, name, text)
            }
            None => check::generate(name, text),
        }
    }

    fn scratch(&self) -> Scratch {
        Scratch {
            dir: self.out.join("workspace"),
            jobs: self.jobs.max(1),
            clippy: self.clippy,
            lockfile: crate::workspace().join("Cargo.lock"),
        }
    }
}

/// One distinct failure class of a run.
#[derive(Debug)]
pub struct Finding {
    pub class: Class,
    /// The specs (by index) that failed this way.
    pub specs: Vec<u64>,
    /// The smallest of them, then shrunk.
    pub doc: Doc,
    pub index: u64,
    /// Generation failed (panic or refusal): shrunk without cargo.
    pub in_generation: bool,
    pub failure: Failure,
    /// Where the shrunk spec is, and whether it was there before this run.
    pub file: Option<PathBuf>,
    pub known: bool,
    pub rounds: usize,
    pub size_before: usize,
}

#[derive(Debug, Default)]
pub struct Report {
    pub specs: u64,
    pub versions: BTreeMap<&'static str, u64>,
    pub generated: u64,
    pub failed_generation: u64,
    pub failed_compile: u64,
    pub findings: Vec<Finding>,
    pub census: BTreeMap<&'static str, usize>,
    pub times: Vec<(&'static str, Duration)>,
    /// Pending findings whose spec no longer fails that way (fixed, perhaps).
    pub pending_passing: Vec<PathBuf>,
}

/// Runs the fuzzer. `Err` is the tool failing (cargo could not run, a file could not be written).
pub fn run(opts: &Options) -> Result<Report, String> {
    let start = Instant::now();
    let mut report = Report::default();
    let scratch = opts.scratch();
    let specs_dir = opts.out.join("specs");
    clear_specs(&specs_dir)?;
    let mut found: BTreeMap<Class, Finding> = BTreeMap::new();
    let mut all_docs = Vec::new();
    let mut first = 0;
    while first < opts.count {
        let last = (first + opts.batch).min(opts.count);
        let docs: Vec<(u64, Doc)> = (first..last).map(|i| (i, random::generate(opts.seed, i))).collect();
        for (i, d) in &docs {
            write(
                &specs_dir.join(format!("{i}.{}", render::extension(d))),
                &render::text(d),
            )?;
            report.specs += 1;
            *report.versions.entry(d.version.label()).or_default() += 1;
        }
        if !opts.dry_run {
            check_batch(opts, &scratch, &docs, &mut report, &mut found)?;
        }
        if opts.census {
            all_docs.extend(docs.into_iter().map(|(_, d)| d));
        }
        first = last;
        if !found.is_empty() && !opts.keep_going {
            break;
        }
    }
    report.census = census::count(&all_docs);
    if opts.dry_run {
        return Ok(report);
    }
    let mut findings: Vec<Finding> = found.into_values().collect();
    let t = Instant::now();
    let (known, passing) = still_pending(opts, &findings)?;
    add_time(&mut report, "recheck pending", t.elapsed());
    report.pending_passing = passing;
    for f in &mut findings {
        if let Some(path) = known.get(&f.class) {
            f.file = Some(path.clone());
            f.known = true;
        }
    }
    if !opts.keep_going {
        // The first new failure (else the first known one) is what a quick run is for.
        findings.sort_by_key(|f| (f.known, f.index));
        findings.truncate(1);
    }
    let t = Instant::now();
    if opts.shrink {
        shrink_findings(opts, &scratch, &mut findings)?;
        for f in findings.iter_mut().filter(|f| !f.known) {
            let path = opts.findings.join(format!("{}.yaml", f.class.slug()));
            write(&path, &finding_text(opts, f))?;
            f.file = Some(path);
        }
    }
    add_time(&mut report, "shrink", t.elapsed());
    add_time(&mut report, "total", start.elapsed());
    report.findings = findings;
    Ok(report)
}

/// Generates the Rust of each spec and checks it, recording every failure by class.
fn check_batch(
    opts: &Options,
    scratch: &Scratch,
    docs: &[(u64, Doc)],
    report: &mut Report,
    found: &mut BTreeMap<Class, Finding>,
) -> Result<(), String> {
    let t = Instant::now();
    let texts: Vec<(String, String)> = docs
        .iter()
        .map(|(i, d)| (format!("{i}.{}", render::extension(d)), render::text(d)))
        .collect();
    let outcomes = par_map(&texts, opts.jobs, |(name, text)| {
        opts.generate(name, text, opts.timeout)
    });
    add_time(report, "generate", t.elapsed());
    let mut modules = Vec::new();
    for ((i, doc), outcome) in docs.iter().zip(outcomes) {
        match outcome {
            Outcome::Code(code) => {
                report.generated += 1;
                modules.push((*i as usize, code));
            }
            Outcome::Failed(f) => {
                report.failed_generation += 1;
                note_failure(found, *i, doc, f, true);
            }
        }
    }
    let t = Instant::now();
    let errors = scratch.check("m", &modules)?;
    add_time(report, "check", t.elapsed());
    let first = docs.first().map_or(0, |(i, _)| *i) as usize;
    for (m, failures) in errors {
        report.failed_compile += 1;
        let doc = &docs[m - first].1;
        for f in failures {
            note_failure(found, m as u64, doc, f, false);
        }
    }
    Ok(())
}

fn add_time(report: &mut Report, what: &'static str, d: Duration) {
    match report.times.iter_mut().find(|(k, _)| *k == what) {
        Some((_, total)) => *total += d,
        None => report.times.push((what, d)),
    }
}

/// The pending findings (`--findings`) rechecked: those of this run's classes that still fail that
/// way, by class (reported, not shrunk again), and those that no longer fail that way (fixed: ready
/// to move to `tests/fixtures/compile-fuzz/`). A class this run hit whose pending spec passes is
/// shrunk again from this run's spec, and its file replaced.
fn still_pending(opts: &Options, findings: &[Finding]) -> Result<(BTreeMap<Class, PathBuf>, Vec<PathBuf>), String> {
    let pending: Vec<(Class, PathBuf)> = known_classes(&opts.findings).into_iter().collect();
    let files: Vec<PathBuf> = pending.iter().map(|(_, p)| p.clone()).collect();
    let results = recheck(opts, &files)?;
    let mut known = BTreeMap::new();
    let mut passing = Vec::new();
    for ((class, path), (_, failures)) in pending.into_iter().zip(results) {
        if !failures.iter().any(|f| f.class == class) {
            passing.push(path);
        } else if findings.iter().any(|f| f.class == class) {
            known.insert(class, path);
        }
    }
    Ok((known, passing))
}

/// Records that spec `index` failed with `failure`; the smallest such spec represents the class.
fn note_failure(found: &mut BTreeMap<Class, Finding>, index: u64, doc: &Doc, failure: Failure, in_generation: bool) {
    let size = doc.size();
    let entry = found.entry(failure.class.clone()).or_insert_with(|| Finding {
        class: failure.class.clone(),
        specs: Vec::new(),
        doc: doc.clone(),
        index,
        in_generation,
        failure: failure.clone(),
        file: None,
        known: false,
        rounds: 0,
        size_before: size,
    });
    entry.specs.push(index);
    if size < entry.size_before {
        entry.doc = doc.clone();
        entry.index = index;
        entry.failure = failure;
        entry.size_before = size;
    }
}

/// Shrinks the findings not already pending, all in lockstep, then checks the shrunk specs once
/// more for the error text to keep with them.
fn shrink_findings(opts: &Options, scratch: &Scratch, findings: &mut [Finding]) -> Result<(), String> {
    let todo: Vec<usize> = (0..findings.len()).filter(|&i| !findings[i].known).collect();
    if todo.is_empty() {
        return Ok(());
    }
    let targets: Vec<(Class, bool)> = todo
        .iter()
        .map(|&i| (findings[i].class.clone(), findings[i].in_generation))
        .collect();
    let docs: Vec<Doc> = todo.iter().map(|&i| findings[i].doc.clone()).collect();
    let mut tool_error = None;
    let mut cache = Cache::new();
    let shrunk = shrink::shrink_all(docs, opts.max_rounds, |batch| {
        match reproduce(opts, scratch, batch, &targets, opts.timeout.div_ceil(4), &mut cache) {
            Ok(results) => results.into_iter().map(|r| r.is_some()).collect(),
            Err(e) => {
                tool_error.get_or_insert(e);
                vec![false; batch.len()]
            }
        }
    });
    if let Some(e) = tool_error {
        return Err(e);
    }
    let batch: Vec<(usize, Doc)> = shrunk.iter().enumerate().map(|(k, (d, _))| (k, d.clone())).collect();
    let finals = reproduce(opts, scratch, &batch, &targets, opts.timeout, &mut Cache::new())?;
    for ((k, (doc, rounds)), fail) in shrunk.into_iter().enumerate().zip(finals) {
        let f = &mut findings[todo[k]];
        f.rounds = rounds;
        // The shrinker only keeps failing candidates; the last check shows the error as it is now.
        if let Some(failure) = fail {
            f.failure = failure;
            f.doc = doc;
        }
    }
    Ok(())
}

/// What checks found for generated code already checked, by the code's hash: many edits change
/// nothing in the code (and then need no check).
type Cache = std::collections::HashMap<u64, Vec<Failure>>;

/// For each candidate `(finding, doc)`: the failure of the finding's class, if the doc still has it.
fn reproduce(
    opts: &Options,
    scratch: &Scratch,
    batch: &[(usize, Doc)],
    targets: &[(Class, bool)],
    timeout: u64,
    cache: &mut Cache,
) -> Result<Vec<Option<Failure>>, String> {
    let texts: Vec<(String, String)> = batch
        .iter()
        .enumerate()
        .map(|(k, (_, d))| (format!("candidate-{k}.{}", render::extension(d)), render::text(d)))
        .collect();
    // Candidates of a hang wait less: most of them hang too, and the shrunk spec is checked again
    // with the full time limit.
    let outcomes = par_map(&texts, opts.jobs, |(name, text)| opts.generate(name, text, timeout));
    let mut results: Vec<Option<Failure>> = vec![None; batch.len()];
    // Candidates by the hash of their code; each code not seen before is checked once.
    let mut waiting: Vec<(usize, u64)> = Vec::new();
    let mut modules: Vec<(usize, String)> = Vec::new();
    for (k, outcome) in outcomes.into_iter().enumerate() {
        let (class, in_generation) = &targets[batch[k].0];
        match outcome {
            Outcome::Failed(f) if *in_generation && f.class == *class => results[k] = Some(f),
            Outcome::Code(code) if !*in_generation => {
                let h = check::fnv(&code);
                if !cache.contains_key(&h) && !waiting.iter().any(|(_, w)| *w == h) {
                    modules.push((k, code));
                }
                waiting.push((k, h));
            }
            _ => {}
        }
    }
    let found = scratch.check("s", &modules)?;
    for (k, _) in &modules {
        let h = waiting.iter().find(|(j, _)| j == k).map(|(_, h)| *h).expect("waiting");
        cache.insert(h, found.get(k).cloned().unwrap_or_default());
    }
    for (k, h) in waiting {
        let class = &targets[batch[k].0].0;
        results[k] = cache[&h].iter().find(|f| f.class == *class).cloned();
    }
    Ok(results)
}

/// The classes already pending in `dir` (their `# class:` header line), by class.
pub fn known_classes(dir: &Path) -> BTreeMap<Class, PathBuf> {
    let mut out = BTreeMap::new();
    for path in crate::files_below(dir) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        if let Some(class) = text.lines().find_map(|l| l.strip_prefix("# class: ")) {
            out.insert(Class(class.to_owned()), path);
        }
    }
    out
}

/// A finding's file: a comment header (class, where it was found, the error) and the spec.
fn finding_text(opts: &Options, f: &Finding) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# compile-fuzz finding, pending: move it to tests/fixtures/compile-fuzz/ once it is fixed (fuzz/FUZZING.md)."
    );
    let _ = writeln!(out, "# class: {}", f.class.0);
    let _ = writeln!(
        out,
        "# found: compile-fuzz --seed {} --count {}: spec {} ({} of the run's specs failed this way); shrunk from {} to {} nodes in {} rounds",
        opts.seed,
        opts.count,
        f.index,
        f.specs.len(),
        f.size_before,
        f.doc.size(),
        f.rounds
    );
    let _ = writeln!(out, "# version: {}", f.doc.version.label());
    let _ = writeln!(out, "# error:");
    for line in f.failure.rendered.lines().take(40) {
        let _ = writeln!(out, "#   {line}");
    }
    out.push_str(&render::text(&f.doc));
    out
}

/// A fixture for `tests/fixtures/compile-fuzz/` that compiles today: of the run's specs that compile,
/// the one with the most constructs ([`census::features`]), shrunk while it still compiles and keeps
/// every one of them. Returns the spec's text and its features.
pub fn pick_fixture(opts: &Options) -> Result<(String, Vec<&'static str>), String> {
    let scratch = opts.scratch();
    let docs: Vec<Doc> = (0..opts.count).map(|i| random::generate(opts.seed, i)).collect();
    let texts: Vec<(String, String)> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| (format!("{i}.{}", render::extension(d)), render::text(d)))
        .collect();
    let outcomes = par_map(&texts, opts.jobs, |(name, text)| {
        opts.generate(name, text, opts.timeout)
    });
    let modules: Vec<(usize, String)> = outcomes
        .into_iter()
        .enumerate()
        .filter_map(|(i, o)| match o {
            Outcome::Code(code) => Some((i, code)),
            Outcome::Failed(_) => None,
        })
        .collect();
    let failing = scratch.check("m", &modules)?;
    let best = modules
        .iter()
        .map(|(i, _)| *i)
        .filter(|i| !failing.contains_key(i))
        .max_by_key(|&i| (census::features(&docs[i]).len(), std::cmp::Reverse(i)))
        .ok_or("no spec of the run compiles")?;
    let wanted = census::features(&docs[best]);
    let compiles_with_all = |batch: &[(usize, Doc)]| -> Result<Vec<bool>, String> {
        let texts: Vec<(String, String)> = batch
            .iter()
            .enumerate()
            .map(|(k, (_, d))| (format!("fixture-{k}.{}", render::extension(d)), render::text(d)))
            .collect();
        let outcomes = par_map(&texts, opts.jobs, |(name, text)| {
            opts.generate(name, text, opts.timeout)
        });
        let mut modules = Vec::new();
        for (k, o) in outcomes.into_iter().enumerate() {
            if let Outcome::Code(code) = o
                && census::features(&batch[k].1).is_superset(&wanted)
            {
                modules.push((k, code));
            }
        }
        let failing = scratch.check("s", &modules)?;
        let mut ok = vec![false; batch.len()];
        for (k, _) in &modules {
            ok[*k] = !failing.contains_key(k);
        }
        Ok(ok)
    };
    let mut tool_error = None;
    let (doc, _) = shrink::shrink_all(vec![docs[best].clone()], opts.max_rounds, |batch| {
        compiles_with_all(batch).unwrap_or_else(|e| {
            tool_error.get_or_insert(e);
            vec![false; batch.len()]
        })
    })
    .remove(0);
    if let Some(e) = tool_error {
        return Err(e);
    }
    Ok((render::text(&doc), wanted.into_iter().collect()))
}

/// Re-checks spec files (a finding, say): each passes, or fails with its classes.
pub fn recheck(opts: &Options, files: &[PathBuf]) -> Result<Vec<(PathBuf, Vec<Failure>)>, String> {
    let mut texts = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        texts.push((path.display().to_string(), text));
    }
    let names: Vec<(String, String)> = texts
        .iter()
        .enumerate()
        .map(|(k, (name, text))| {
            let ext = if name.ends_with(".json") { "json" } else { "yaml" };
            (format!("recheck-{k}.{ext}"), text.clone())
        })
        .collect();
    let outcomes = par_map(&names, opts.jobs, |(name, text)| {
        opts.generate(name, text, opts.timeout)
    });
    let mut results: Vec<Vec<Failure>> = vec![Vec::new(); files.len()];
    let mut modules = Vec::new();
    for (k, outcome) in outcomes.into_iter().enumerate() {
        match outcome {
            Outcome::Code(code) => modules.push((k, code)),
            Outcome::Failed(f) => results[k].push(f),
        }
    }
    for (k, failures) in opts.scratch().check("r", &modules)? {
        results[k] = failures;
    }
    Ok(files.iter().cloned().zip(results).collect())
}

impl Report {
    /// The summary printed at the end of a run.
    pub fn summary(&self, opts: &Options) -> String {
        let mut out = String::new();
        let versions: Vec<String> = self.versions.iter().map(|(v, n)| format!("{v}: {n}")).collect();
        let _ = writeln!(
            out,
            "compile-fuzz --seed {} --count {}: {} specs ({})",
            opts.seed,
            opts.count,
            self.specs,
            versions.join(", ")
        );
        let _ = writeln!(
            out,
            "  generated: {}, failed generation: {}, failed compile: {} ({})",
            self.generated,
            self.failed_generation,
            self.failed_compile,
            if opts.clippy { "cargo clippy" } else { "cargo check" }
        );
        let _ = writeln!(out, "  distinct failure classes: {}", self.findings.len());
        for f in &self.findings {
            let file = f
                .file
                .as_ref()
                .map(|p| p.strip_prefix(crate::workspace()).unwrap_or(p).display().to_string())
                .unwrap_or_default();
            let state = match (f.known, &f.file) {
                (true, _) => "known, pending".to_owned(),
                (false, Some(_)) => format!("new; shrunk from {} to {} nodes", f.size_before, f.doc.size()),
                (false, None) => format!("not shrunk: spec {}, {} nodes", f.index, f.doc.size()),
            };
            let _ = writeln!(
                out,
                "    {} spec(s), first {}: {}\n      -> {file} ({state})",
                f.specs.len(),
                f.specs.iter().min().copied().unwrap_or_default(),
                f.class.0,
            );
        }
        if !self.pending_passing.is_empty() {
            let _ = writeln!(
                out,
                "  pending findings that compile now (fixed: move them to tests/fixtures/compile-fuzz/): {}",
                self.pending_passing.len()
            );
            for p in &self.pending_passing {
                let _ = writeln!(out, "    {}", p.strip_prefix(crate::workspace()).unwrap_or(p).display());
            }
        }
        let times: Vec<String> = self
            .times
            .iter()
            .map(|(k, d)| format!("{k} {:.1}s", d.as_secs_f64()))
            .collect();
        let _ = writeln!(out, "  time: {}", times.join(", "));
        out
    }
}

/// `f` over `items` on `jobs` threads (with room for deep recursion), results in order.
pub fn par_map<T: Sync, R: Send>(items: &[T], jobs: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let jobs = jobs.clamp(1, items.len().max(1));
    let chunk = items.len().div_ceil(jobs).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| {
                let f = &f;
                std::thread::Builder::new()
                    .stack_size(64 << 20)
                    .spawn_scoped(scope, move || part.iter().map(f).collect::<Vec<R>>())
                    .expect("a thread starts")
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("generation threads catch their panics"))
            .collect()
    })
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Removes the specs of an earlier run (only files this tool names: `<n>.yaml`, `<n>.json`).
fn clear_specs(dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = name
            .split_once('.')
            .is_some_and(|(n, ext)| n.chars().all(|c| c.is_ascii_digit()) && matches!(ext, "yaml" | "json"));
        if ours {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn earlier_specs_go_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["0.yaml", "17.json", "notes.txt", "x.yaml", "1.yaml.bak"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        clear_specs(dir.path()).unwrap();
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, ["1.yaml.bak", "notes.txt", "x.yaml"]);
    }

    #[test]
    fn a_finding_file_names_its_class_and_reads_back_as_known() {
        let dir = tempfile::tempdir().unwrap();
        let opts = Options::new(5, 10);
        let doc = random::generate(5, 0);
        let finding = Finding {
            class: Class("E0308: mismatched types: expected `Option<T>`, found `T`".into()),
            specs: vec![0, 3],
            doc: doc.clone(),
            index: 0,
            in_generation: false,
            failure: Failure {
                class: Class("E0308: mismatched types: expected `Option<T>`, found `T`".into()),
                rendered: "error[E0308]: mismatched types\n --> m0/src/m.rs:1:1".into(),
            },
            file: None,
            known: false,
            rounds: 4,
            size_before: 40,
        };
        let text = finding_text(&opts, &finding);
        assert!(text.contains("# found: compile-fuzz --seed 5 --count 10: spec 0 (2 of the run's specs"));
        assert!(text.contains("#   error[E0308]: mismatched types\n#    --> m0/src/m.rs:1:1\n"));
        assert!(text.ends_with(&render::text(&doc)), "the spec follows the header");
        let path = dir.path().join(format!("{}.yaml", finding.class.slug()));
        std::fs::write(&path, &text).unwrap();
        assert_eq!(known_classes(dir.path()).get(&finding.class), Some(&path));
    }

    #[test]
    fn parallel_map_keeps_the_order() {
        let items: Vec<u32> = (0..101).collect();
        for jobs in [1, 2, 3, 8, 200] {
            assert_eq!(
                par_map(&items, jobs, |x| x * 2),
                items.iter().map(|x| x * 2).collect::<Vec<_>>()
            );
        }
        assert!(par_map(&[] as &[u32], 4, |x| *x).is_empty());
    }
}
