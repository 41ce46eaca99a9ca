//! Whether a spec's generated Rust compiles: generation in-process (a panic or a refusal is a finding
//! too), then `cargo check` (or clippy) of many modules at once in a scratch workspace, each error
//! mapped back to its module and given a [`Class`] (error code and message shape).

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use specgen::load::{LoadOptions, Spec};

/// What a kind of failure is: the same class from two specs is taken for the same bug.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Class(pub String);

impl Class {
    /// A file name for the class: its first words, lower case, and a short hash of the whole class
    /// (classes that differ only by punctuation get different names).
    pub fn slug(&self) -> String {
        let mut out = String::new();
        for c in self.0.chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            } else if !out.ends_with('-') && !out.is_empty() {
                out.push('-');
            }
        }
        let cut = out[..out.len().min(60)].trim_end_matches('-');
        format!("{cut}-{:06x}", fnv(&self.0) & 0xff_ffff)
    }
}

/// FNV-1a: a stable hash (file names, runtime crates, the cache of checked code).
pub fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    })
}

/// One way a spec failed, with the full text to show for it.
#[derive(Clone, Debug)]
pub struct Failure {
    pub class: Class,
    pub rendered: String,
}

/// What generation made of a spec.
#[derive(Debug)]
pub enum Outcome {
    Code(String),
    Failed(Failure),
}

thread_local! {
    /// The message of a panic on this thread while [`generate`] runs.
    static PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
    static CAPTURING: RefCell<bool> = const { RefCell::new(false) };
}

/// Makes panics inside [`generate`] quiet and recorded (others still print as before).
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if CAPTURING.with(|c| *c.borrow()) {
                let message = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                let at = info
                    .location()
                    .map(|l| format!("{}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                PANIC.with(|p| *p.borrow_mut() = Some(format!("{at}: {message}")));
            } else {
                previous(info);
            }
        }));
    });
}

/// Generates server and client for a spec's text, as `specgen generate --client` would.
pub fn generate(file_name: &str, text: &str) -> Outcome {
    install_panic_hook();
    CAPTURING.with(|c| *c.borrow_mut() = true);
    let result = std::panic::catch_unwind(|| {
        let spec = Spec::from_text(file_name, text, &LoadOptions::default());
        specgen::Generator::new().client(true).generate_spec(spec)
    });
    CAPTURING.with(|c| *c.borrow_mut() = false);
    match result {
        Ok(Ok(generated)) => Outcome::Code(generated.code),
        Ok(Err(error)) => {
            let code = match &error {
                specgen::generate::Error::Spec { diagnostics, .. } => diagnostics
                    .first()
                    .map(|d| format!("{}: {}", d.code, shape(&d.message))),
                specgen::generate::Error::Io(m) | specgen::generate::Error::Setting(m) => Some(shape(m)),
            };
            Outcome::Failed(Failure {
                class: Class(format!("refused: {}", code.unwrap_or_default())),
                rendered: error.to_string(),
            })
        }
        Err(_) => {
            let message = PANIC.with(|p| p.borrow_mut().take()).unwrap_or_default();
            // The class keeps the file, not the line: a panic moves when the file is edited.
            let (at, what) = message.split_once(": ").unwrap_or(("", &message));
            let file = at.split(':').next().unwrap_or("");
            Outcome::Failed(Failure {
                class: Class(format!("panic: {file}: {}", shape(what))),
                rendered: format!("specgen panicked at {message}"),
            })
        }
    }
}

/// How [`generate_isolated`] runs generation: this program in worker mode, with a time limit.
#[derive(Clone, Debug)]
pub struct Isolation {
    /// A program that runs [`worker`] when called with `--worker SPEC OUT`.
    pub exe: PathBuf,
    /// Where the specs and results pass between processes.
    pub dir: PathBuf,
    pub timeout: std::time::Duration,
}

/// [`generate`] in a child process: a hang or a crash (stack overflow, abort) becomes a finding
/// instead of the end of the run.
pub fn generate_isolated(iso: &Isolation, name: &str, text: &str) -> Outcome {
    let spec = iso.dir.join(name);
    let out = iso.dir.join(format!("{name}.out"));
    let err = iso.dir.join(format!("{name}.err"));
    let _ = std::fs::remove_file(&out);
    let failed = |class: String, rendered: String| {
        Outcome::Failed(Failure {
            class: Class(class),
            rendered,
        })
    };
    if let Err(e) = std::fs::create_dir_all(&iso.dir).and_then(|()| std::fs::write(&spec, text)) {
        return failed("tool: cannot write the spec".into(), format!("{}: {e}", spec.display()));
    }
    let stderr = std::fs::File::create(&err).map(std::process::Stdio::from);
    let child = Command::new(&iso.exe)
        .arg("--worker")
        .arg(&spec)
        .arg(&out)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(stderr.unwrap_or_else(|_| std::process::Stdio::null()))
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => {
            return failed(
                "tool: cannot start the worker".into(),
                format!("{}: {e}", iso.exe.display()),
            );
        }
    };
    let start = std::time::Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > iso.timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return failed(
                    "hang: generation did not finish in time".into(),
                    format!("specgen generate did not finish in {} s", iso.timeout.as_secs()),
                );
            }
            Ok(None) => std::thread::sleep(std::time::Duration::from_millis(5)),
            Err(e) => return failed("tool: cannot wait for the worker".into(), e.to_string()),
        }
    };
    match std::fs::read_to_string(&out) {
        Ok(result) if status.success() => {
            let _ = std::fs::remove_file(&out);
            decode(&result)
        }
        _ => {
            let stderr = std::fs::read_to_string(&err).unwrap_or_default();
            let first = stderr.lines().find(|l| !l.trim().is_empty()).unwrap_or("no message");
            failed(
                format!("crash: {}", shape(first)),
                format!("specgen generate crashed ({status}):\n{stderr}"),
            )
        }
    }
}

/// The worker side of [`generate_isolated`]: generates the spec and writes the outcome to `out`.
pub fn worker(spec: &Path, out: &Path) -> std::io::Result<()> {
    let text = std::fs::read_to_string(spec)?;
    let name = spec
        .file_name()
        .map_or_else(|| "spec.yaml".into(), |n| n.to_string_lossy().into_owned());
    std::fs::write(out, encode(&generate(&name, &text)))
}

fn encode(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Code(code) => format!("code\n{code}"),
        Outcome::Failed(f) => format!("failed\n{}\n{}", f.class.0, f.rendered),
    }
}

fn decode(text: &str) -> Outcome {
    match text.split_once('\n') {
        Some(("code", code)) => Outcome::Code(code.to_owned()),
        Some(("failed", rest)) => {
            let (class, rendered) = rest.split_once('\n').unwrap_or((rest, ""));
            Outcome::Failed(Failure {
                class: Class(class.to_owned()),
                rendered: rendered.to_owned(),
            })
        }
        _ => Outcome::Failed(Failure {
            class: Class("tool: the worker's result is unreadable".into()),
            rendered: text.chars().take(200).collect(),
        }),
    }
}

/// A message with its particulars blanked: what is inside backticks keeps only the outermost shape
/// of a type (`Option<…>`, `Vec<…>`, `_`: the same bug shows with `Vec<String>` in one spec and
/// `Vec<Vec<i64>>` in another), numbers become `N`.
pub fn shape(message: &str) -> String {
    shape_with(message, |t| outer(&type_shape(t)))
}

/// `message` with each backticked part replaced by `f` of it, and numbers blanked elsewhere.
fn shape_with(message: &str, f: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    for (i, part) in message.split('`').enumerate() {
        if i > 0 {
            out.push('`');
        }
        if i % 2 == 1 {
            out.push_str(&f(part));
        } else {
            out.push_str(&numbers(part));
        }
    }
    out.lines().next().unwrap_or("").trim().to_owned()
}

/// `Option<Vec<_>>` → `Option<…>`: a type shape's outermost constructor.
fn outer(shape: &str) -> String {
    match shape.find('<') {
        Some(i) => format!("{}<…>", &shape[..i]),
        None => shape.to_owned(),
    }
}

/// A type mismatch by what differs: `expected Option<Option<Vec<_>>>, found Option<Vec<_>>` is an
/// `Option` too many around an optional value, whatever the value: `expected Option<Option<T>>,
/// found Option<T>`. Other mismatches keep the outermost shapes.
fn mismatch_shape(label: &str) -> String {
    let parts: Vec<&str> = label.split('`').collect();
    if parts.len() < 5 {
        return shape(label);
    }
    let (expected, found) = option_difference(&type_shape(parts[1]), &type_shape(parts[3]));
    let rest = shape(&parts[4..].join("`"));
    format!("{}`{expected}`{}`{found}`{rest}", numbers(parts[0]), numbers(parts[2]))
}

fn option_difference(expected: &str, found: &str) -> (String, String) {
    let unwrap = |t: &str| {
        t.strip_prefix("Option<")
            .and_then(|t| t.strip_suffix('>'))
            .map(str::to_owned)
    };
    let (mut e, mut f) = (expected.to_owned(), found.to_owned());
    let mut common = false;
    while let (Some(ei), Some(fi)) = (unwrap(&e), unwrap(&f)) {
        (e, f) = (ei, fi);
        common = true;
    }
    let (e, f) = if unwrap(&e).as_deref() == Some(f.as_str()) {
        ("Option<T>".to_owned(), "T".to_owned())
    } else if unwrap(&f).as_deref() == Some(e.as_str()) {
        ("T".to_owned(), "Option<T>".to_owned())
    } else {
        (outer(&e), outer(&f))
    };
    if common {
        (format!("Option<{e}>"), format!("Option<{f}>"))
    } else {
        (e, f)
    }
}

/// Errors whose types are whatever the recursion reached: the types tell nothing about the bug.
const TYPES_BLANKED: &[&str] = &["E0275", "E0320", "E0391"];

/// Numbers become `N`, and the word after one loses its plural (`N arguments were` and `N argument
/// was` are one shape).
fn numbers(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !out.ends_with('N') {
                out.push('N');
            }
        } else {
            out.push(c);
        }
    }
    let words: Vec<&str> = out.split(' ').collect();
    let mut fixed = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        let after_number = i > 0 && words[i - 1] == "N";
        let after_counted = i > 1 && words[i - 2] == "N";
        fixed.push(match *w {
            "were" if after_counted => "was",
            w if after_number && w.len() > 2 => w.strip_suffix('s').unwrap_or(w),
            w => w,
        });
    }
    fixed.join(" ")
}

/// The type constructors that make a shape (`Option<Option<_>>`); every other name, scalars included,
/// becomes `_`: the same bug shows with `i32` in one spec and `String` in another.
const KEPT: &[&str] = &[
    "Option", "Vec", "Box", "Result", "BTreeMap", "HashMap", "Self", "self", "dyn", "impl", "mut",
];

fn type_shape(text: &str) -> String {
    let text = strip_paths(text);
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.is_empty() {
            return;
        }
        if word.chars().all(|c| c.is_ascii_digit()) {
            out.push('N');
        } else if KEPT.contains(&word.as_str()) {
            out.push_str(word);
        } else if !out.ends_with('_') {
            out.push('_');
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// `::std::option::Option<rt::Foo>` → `Option<Foo>`: paths collapse to their last segment.
fn strip_paths(text: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ':' && chars.peek() == Some(&':') {
            chars.next();
            word.clear();
            continue;
        }
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            out.push_str(&word);
            word.clear();
            out.push(c);
        }
    }
    out.push_str(&word);
    out
}

/// The scratch workspace: one crate per module, so that no module's errors hide or cause another's
/// (rustc skips checks crate-wide after some errors; a foreign-trait impl in one module can clash
/// with one in another), all checked by one `cargo check -j J` into one target directory that later
/// runs reuse. The runtime module (`rt`), the same text for every spec, is a crate of its own that
/// each module re-exports as `rt`, so it is compiled once.
pub struct Scratch {
    pub dir: PathBuf,
    pub jobs: usize,
    pub clippy: bool,
    /// The workspace's Cargo.lock, so the dependencies are the versions this repository uses.
    pub lockfile: PathBuf,
}

/// The errors of each module (by its number), from the checks that ran.
pub type Errors = BTreeMap<usize, Vec<Failure>>;

/// What a generated module needs: the runtime of this checkout, every feature on.
fn dependencies() -> String {
    let runtime = Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime");
    format!(
        "specgen-rt = {{ path = {:?}, features = [\"server\", \"client\", \"ecma\"] }}\n",
        runtime.display().to_string()
    )
}

impl Scratch {
    /// Checks each module (crate `{prefix}{n}`) and returns the errors of those that fail. Crates of
    /// other prefixes stay on disk (and in the target directory) for later checks.
    pub fn check(&self, prefix: &str, modules: &[(usize, String)]) -> Result<Errors, String> {
        if modules.is_empty() {
            return Ok(Errors::new());
        }
        self.write(prefix, modules)?;
        let mut cmd = Command::new(cargo());
        cmd.current_dir(&self.dir)
            .arg(if self.clippy { "clippy" } else { "check" })
            .args(["--workspace", "--keep-going", "--message-format=json", "--quiet"])
            .arg(format!("-j{}", self.jobs))
            .env("CARGO_TARGET_DIR", self.dir.join("target"))
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .env_remove("CARGO_BUILD_RUSTFLAGS");
        if let Some(rustc) = sibling_rustc() {
            cmd.env("RUSTC", rustc);
        }
        let output = cmd.output().map_err(|e| format!("cannot run cargo: {e}"))?;
        let stdout = String::from_utf8_lossy(&output.stdout);
        let (by_crate, unattributed) = parse_messages(&stdout);
        let mut errors = Errors::new();
        for (krate, failures) in by_crate {
            // Errors of the runtime itself belong to no module: reported below, with the output.
            let Some(m) = krate.strip_prefix(prefix).and_then(|n| n.parse::<usize>().ok()) else {
                continue;
            };
            let list: &mut Vec<Failure> = errors.entry(m).or_default();
            for f in &failures {
                if !list.iter().any(|g| g.class == f.class) {
                    list.push(f.clone());
                }
            }
        }
        if !output.status.success() && errors.is_empty() {
            return Err(format!(
                "cargo check in {} failed with no error in a module:\n{}\n{}",
                self.dir.display(),
                unattributed.join("\n"),
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        Ok(errors)
    }

    /// Writes the workspace for these modules, one crate each.
    fn write(&self, prefix: &str, modules: &[(usize, String)]) -> Result<(), String> {
        let io = |e: std::io::Error, p: &Path| format!("{}: {e}", p.display());
        std::fs::create_dir_all(&self.dir).map_err(|e| io(e, &self.dir))?;
        // The workspace's lock file, again whenever it changes (cargo prunes the copy to what the
        // scratch crates use, so the copy itself is not compared).
        let lock = std::fs::read_to_string(&self.lockfile).map_err(|e| io(e, &self.lockfile))?;
        let stamp = self.dir.join("Cargo.lock.workspace");
        if std::fs::read_to_string(&stamp).ok().as_deref() != Some(lock.as_str()) {
            write_if_changed(&self.dir.join("Cargo.lock"), &lock)?;
            write_if_changed(&stamp, &lock)?;
        }
        let mut members: BTreeSet<String> = BTreeSet::new();
        let deps = dependencies();
        for (n, code) in modules {
            let name = format!("{prefix}{n}");
            let lib = "//! Written by compile-fuzz: one generated module.\n#![deny(warnings)]\npub mod m;\n";
            write_crate(&self.dir.join(&name), &name, &deps, lib, Some(code))?;
            members.insert(name);
        }
        let list: Vec<String> = members.iter().map(|m| format!("  \"{m}\",\n")).collect();
        // Each crate is checked once: incremental data would only cost time and disk.
        let manifest = format!(
            "# Written by compile-fuzz: a scratch workspace of generated modules.\n[workspace]\nresolver = \"3\"\nmembers = [\n{}]\n\n[profile.dev]\nincremental = false\ndebug = false\n",
            list.concat()
        );
        write_if_changed(&self.dir.join("Cargo.toml"), &manifest)?;
        // Crates of earlier checks with this prefix go (crates of other prefixes are kept).
        for entry in std::fs::read_dir(&self.dir).map_err(|e| io(e, &self.dir))?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let numbered = name
                .strip_prefix(prefix)
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
            if numbered && !members.contains(&name) {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
        Ok(())
    }
}

/// A crate: its manifest, `src/lib.rs`, and `src/m.rs` when given.
fn write_crate(dir: &Path, name: &str, deps: &str, lib: &str, module: Option<&str>) -> Result<(), String> {
    let src = dir.join("src");
    std::fs::create_dir_all(&src).map_err(|e| format!("{}: {e}", src.display()))?;
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{deps}"
    );
    write_if_changed(&dir.join("Cargo.toml"), &manifest)?;
    write_if_changed(&src.join("lib.rs"), lib)?;
    if let Some(m) = module {
        write_if_changed(&src.join("m.rs"), m)?;
    }
    Ok(())
}

fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The cargo that runs this program (`cargo run` sets `CARGO`), else the one on the path.
fn cargo() -> PathBuf {
    std::env::var_os("CARGO")
        .map(PathBuf::from)
        .unwrap_or_else(|| "cargo".into())
}

/// The rustc beside that cargo: the same toolchain whatever folder the scratch crate is in.
fn sibling_rustc() -> Option<PathBuf> {
    let cargo = std::env::var_os("CARGO").map(PathBuf::from)?;
    let rustc = cargo.with_file_name(format!("rustc{}", std::env::consts::EXE_SUFFIX));
    rustc.is_file().then_some(rustc)
}

/// Errors by crate (the package the message is about) from cargo's JSON messages, and the errors
/// no crate owns.
pub fn parse_messages(stdout: &str) -> (BTreeMap<String, Vec<Failure>>, Vec<String>) {
    let mut errors: BTreeMap<String, Vec<Failure>> = BTreeMap::new();
    let mut unattributed = Vec::new();
    for line in stdout.lines() {
        let Ok(v) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        if v["reason"] != "compiler-message" {
            continue;
        }
        let msg = &v["message"];
        if msg["level"] != "error" {
            continue;
        }
        let text = msg["message"].as_str().unwrap_or("");
        if text.starts_with("aborting due to") || text.starts_with("could not compile") {
            continue;
        }
        let failure = Failure {
            class: class_of(msg),
            rendered: msg["rendered"].as_str().unwrap_or(text).to_owned(),
        };
        match v["target"]["name"].as_str() {
            Some(krate) => {
                let list = errors.entry(krate.to_owned()).or_default();
                if !list.iter().any(|f| f.class == failure.class) {
                    list.push(failure);
                }
            }
            None => unattributed.push(failure.rendered),
        }
    }
    (errors, unattributed)
}

/// The class of a rustc diagnostic: its code and message shape; for type mismatches also the shape
/// of the primary label (`expected Option<_>, found Option<Option<_>>`).
fn class_of(msg: &Value) -> Class {
    let code = msg["code"]["code"].as_str().unwrap_or("error");
    let message = msg["message"].as_str().unwrap_or("");
    let mut key = if TYPES_BLANKED.contains(&code) {
        format!("{code}: {}", shape_with(message, |_| "…".to_owned()))
    } else {
        format!("{code}: {}", shape(message))
    };
    if code == "E0308" {
        let label = msg["spans"]
            .as_array()
            .and_then(|spans| spans.iter().find(|s| s["is_primary"] == true))
            .and_then(|s| s["label"].as_str())
            .unwrap_or("");
        if !label.is_empty() {
            key.push_str(": ");
            key.push_str(&mismatch_shape(label));
        }
    }
    Class(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_keep_types_and_blank_names() {
        assert_eq!(shape("unused variable: `problems`"), "unused variable: `_`");
        assert_eq!(
            shape("the method `x` exists for reference `&::std::option::Option<f64>`"),
            "the method `_` exists for reference `&Option<…>`"
        );
        assert_eq!(
            shape("`Vec<Option<Vec<String>>>` doesn't implement `Display`"),
            "`Vec<…>` doesn't implement `_`"
        );
        assert_eq!(shape("literal out of range for `i32`"), "literal out of range for `_`");
        assert_eq!(
            shape("the name `Client` is defined multiple times"),
            "the name `_` is defined multiple times"
        );
        assert_eq!(
            shape("index 3 out of range for slice of length 2"),
            "index N out of range for slice of length N"
        );
        assert_eq!(
            shape("this function takes 2 arguments but 1 argument was supplied"),
            shape("this function takes 3 arguments but 2 arguments were supplied")
        );
    }

    #[test]
    fn mismatches_keep_what_differs() {
        let both = |e: &str, f: &str| mismatch_shape(&format!("expected `{e}`, found `{f}`"));
        let extra_option = "expected `Option<Option<T>>`, found `Option<T>`";
        assert_eq!(both("Option<Option<Vec<String>>>", "Option<Vec<String>>"), extra_option);
        assert_eq!(both("Option<Option<rt::Id>>", "Option<rt::Id>"), extra_option);
        assert_eq!(both("Option<Option<...>>", "Option<...>"), extra_option);
        assert_eq!(both("Option<Vec<i64>>", "Vec<i64>"), "expected `Option<T>`, found `T`");
        assert_eq!(both("i64", "Option<i64>"), "expected `T`, found `Option<T>`");
        assert_eq!(
            both("&[(&str, String)]", "&Option<String>"),
            "expected `&[(&_, _)]`, found `&Option<…>`"
        );
        assert_eq!(
            mismatch_shape("expected `Option<BTreeMap<String, V>>`, found type parameter `A`"),
            "expected `Option<…>`, found type parameter `_`"
        );
    }

    #[test]
    fn slugs_are_file_names_and_tell_classes_apart() {
        let c = Class("E0308: mismatched types: expected `Option<T>`, found `T`".into());
        assert!(
            c.slug()
                .starts_with("e0308-mismatched-types-expected-option-t-found-t-"),
            "{}",
            c.slug()
        );
        let other = Class("E0308: mismatched types: expected `Option<T>`, found `T`!".into());
        assert_ne!(c.slug(), other.slug());
        assert!(Class("x".repeat(200)).slug().len() <= 67);
    }

    #[test]
    fn messages_go_to_their_crate_and_lints_count_as_errors_when_denied() {
        let line = |code: &str, krate: &str, level: &str| {
            serde_json::json!({"reason": "compiler-message", "target": {"name": krate}, "message": {
                "level": level, "message": "unused variable: `x`", "code": {"code": code},
                "rendered": "error: unused variable", "spans": []}})
            .to_string()
        };
        let out = [
            line("unused_variables", "m17", "error"),
            line("E0308", "m4", "error"),
            line("unused_variables", "m5", "warning"),
            r#"{"reason": "compiler-message", "message": {"level": "error", "message": "x", "spans": []}}"#.to_owned(),
            r#"{"reason": "build-finished", "success": false}"#.to_owned(),
        ]
        .join("\n");
        let (errors, unattributed) = parse_messages(&out);
        assert_eq!(errors.keys().cloned().collect::<Vec<_>>(), vec!["m17", "m4"]);
        assert_eq!(errors["m17"][0].class.0, "unused_variables: unused variable: `_`");
        assert_eq!(unattributed.len(), 1);
    }
}
