#!/usr/bin/env python3
"""Every root of the corpus, end to end: `specgen lint` must not crash on it, and `specgen generate
--client` must give Rust that passes clippy with warnings denied (rustc's and clippy's), and doc comments
that pass rustdoc with warnings denied.

    bash tests/external/corpus-compile.sh                 # default tier (CI): all roots but HEAVY
    bash tests/external/corpus-compile.sh --all           # every root, Stripe and DigitalOcean too
    bash tests/external/corpus-compile.sh stripe twilio   # just these (roots.txt entries, or parts of them)
    bash tests/external/corpus-compile.sh --all --write-table docs/corpus.md   # refresh the table
    bash tests/external/corpus-compile.sh --check-table docs/corpus.md         # CI: is the table current?

Roots come from `roots.txt` of the corpus ($SPECGEN_CORPUS, else ../shared/corpus beside the workspace);
without the corpus this prints a note and exits 0 (skipped, not passed).

For each root: `specgen lint ROOT --format json` (a crash is an exit status other than 0 or 1, a panic
message, or output that is not JSON; findings are fine), then `specgen generate ROOT --client` with the
release build, recording status, time and the places simplified by reason (its warnings). Each output
is then type-checked by clippy-driver, called directly, as the only module of its own crate, against
dependencies built once by cargo in a shared target dir with the versions of this workspace's
Cargo.lock. Calling clippy-driver rather than `cargo clippy` lets two checks run at once (cargo locks its
target dir) and measures each one's time and peak memory; one process per root rather than several
roots per crate because a type error stops rustc before clippy's lints, which would hide the lint
errors of the other roots, and because grouping gained nothing (18 small roots, 42.7k lines: 13 s as one
process, 12 s as 18 processes two at a time). Its diagnostics, read as JSON, go to the root's own log.

Jobs run largest first, at most --jobs at once (default: the number of cores) and only while the
estimated memory of the running checks (about 24 KiB per generated line, measured) stays within
--mem-gib (default: two thirds of the machine's memory) and below what the machine has available.
A process over --mem-gib, or over its time limit, is killed and its root fails.

HEAVY roots are left out of the default tier by measured cost (clippy, 2 busy cores, all 54 roots):
DigitalOcean (488k generated lines) takes about 7 minutes and 10.5 GiB, Stripe (369k)
5 to 6 minutes and 8.4 GiB; the next largest, Kubernetes (353k) and OpenAI (206k), about 3 minutes and
6.3 and 4.7 GiB. The two are a third of the corpus' 35 minutes of checking and cannot run beside each other
within 16 GiB: `--all` takes about 18 minutes; in CI the default tier took 14.4 (10 of them clippy) and CI's
other stages 19 to 35.5 minutes of its 60, on the shared 2-core machine (README, "CI"). `--all` runs them
with clippy like every other root.

Output: one line per root (status, lines generated, generate time, check time, peak memory of the
check, places simplified by reason), the failures with the first errors and their logs, and
`corpus: N/M roots generate Rust that passes clippy -D warnings`. Exit status 1 when any root fails
(or the table is out of date), 2 when the harness itself cannot run.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Left out of the default tier (module docstring: why).
HEAVY = {
    "stripe/spec3.yaml": "369k lines: 5 to 6 minutes and 8.4 GiB of clippy",
    "digitalocean/specification/DigitalOcean-public.v2.yaml": "488k lines: 7 minutes and 10.5 GiB of clippy",
}

# What generated code needs (README, "specgen generate"): the runtime of this checkout, every feature on;
# versions of what it pulls in come from the workspace's Cargo.lock.
DEPENDENCIES = f"""\
specgen-rt = {{ path = "{ROOT / 'runtime'}", features = ["server", "client", "ecma"] }}
"""

# Measured peak memory of clippy-driver: about 24 KiB per generated line, on top of a base.
KIB_PER_LINE = 24
BASE_KIB = 256 * 1024
LINT_TIMEOUT = GENERATE_TIMEOUT = 600
CHECK_TIMEOUT = 3600

TABLE_COMMAND = "bash tests/external/corpus-compile.sh --all --write-table docs/corpus.md"


def log(text=""):
    print(text, file=sys.stderr, flush=True)


def fail_harness(text):
    log(f"error: {text}")
    sys.exit(2)


# ---------------------------------------------------------------------------------------------------
# Running a process, measured


class Outcome:
    """How a process ended: exit status (None when killed), wall seconds, peak RSS in KiB, and why it
    was killed."""

    def __init__(self, status, seconds, peak_kib, killed=None):
        self.status, self.seconds, self.peak_kib, self.killed = status, seconds, peak_kib, killed


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except (OSError, ValueError, IndexError):
        return 0


def mem_available_kib():
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1])
    return 0


def run_measured(argv, cwd, stdout, stderr, timeout, cap_kib, env=None):
    """Runs argv with its output in files; kills it past `timeout` seconds or `cap_kib` of RSS. The peak
    RSS is the kernel's (wait4), so short spikes between polls are counted too."""
    start = time.monotonic()
    with open(stdout, "wb") as out, open(stderr, "wb") as err:
        proc = subprocess.Popen(argv, cwd=cwd, stdout=out, stderr=err, env=env, start_new_session=True)
    killed, pause = None, 0.01
    while True:
        pid, wait_status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - start > timeout:
            killed = f"killed after the time limit of {timeout} s"
        elif rss_kib(proc.pid) > cap_kib:
            killed = f"killed over the memory limit of {cap_kib / 2**20:.1f} GiB (--mem-gib)"
        if killed:
            try:
                os.killpg(proc.pid, 9)
            except ProcessLookupError:
                pass  # it ended meanwhile; wait4 below reaps it all the same
            _, wait_status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(pause)
        pause = min(pause * 2, 0.5)
    proc.returncode = os.waitstatus_to_exitcode(wait_status)
    status = None if killed else proc.returncode
    return Outcome(status, time.monotonic() - start, usage.ru_maxrss, killed)


class Task:
    """One process to run: `estimate_kib` is its expected peak memory, for scheduling."""

    def __init__(self, key, argv, cwd, stdout, stderr, timeout, estimate_kib=0, env=None):
        self.key, self.argv, self.cwd, self.env = key, argv, cwd, env
        self.stdout, self.stderr, self.timeout, self.estimate_kib = stdout, stderr, timeout, estimate_kib


def run_all(tasks, jobs, budget_kib):
    """Runs tasks largest first, at most `jobs` at once, starting one only while the running ones'
    estimates plus its own fit in `budget_kib` and in the memory the machine has available (a task
    always starts when nothing runs). Returns {key: Outcome}."""
    pending = sorted(tasks, key=lambda t: -t.estimate_kib)
    running, outcomes = {}, {}
    done = threading.Condition()

    def worker(task):
        outcome = run_measured(task.argv, task.cwd, task.stdout, task.stderr, task.timeout, budget_kib, task.env)
        with done:
            outcomes[task.key] = outcome
            del running[task.key]
            done.notify()

    def fits(task):
        if not running:
            return True
        used = sum(t.estimate_kib for t in running.values())
        return used + task.estimate_kib <= budget_kib and task.estimate_kib < mem_available_kib() - 2**20

    with done:
        while pending or running:
            startable = [t for t in pending if fits(t)] if len(running) < jobs else []
            if startable:
                task = startable[0]
                pending.remove(task)
                running[task.key] = task
                threading.Thread(target=worker, args=(task,), daemon=True).start()
            else:
                done.wait(timeout=5)
    return outcomes


# ---------------------------------------------------------------------------------------------------
# The corpus and the roots to run


def corpus_dir():
    env = os.environ.get("SPECGEN_CORPUS")
    return Path(env) if env else ROOT.parent / "shared" / "corpus"


def read_roots(corpus):
    path = corpus / "roots.txt"
    if not path.is_file():
        fail_harness(f"{path} not found: the corpus lists its root documents there")
    roots = [line.strip() for line in path.read_text().splitlines() if line.strip() and not line.startswith("#")]
    missing = [r for r in roots if not (corpus / r).is_file()]
    if missing:
        fail_harness(f"roots.txt names files that do not exist: {', '.join(missing)}")
    return roots


def select(roots, corpus, args):
    """The roots of this run: the ones named (a roots.txt entry, a path to one, or a part of entries),
    else every root, but HEAVY ones only with --all."""
    if not args.spec:
        return [r for r in roots if args.all or r not in HEAVY]
    chosen = []
    for name in args.spec:
        path = Path(name).resolve()
        rel = path.relative_to(corpus.resolve()).as_posix() if path.is_relative_to(corpus.resolve()) else None
        matches = [rel] if rel in roots else [r for r in roots if r == name] or [r for r in roots if name in r]
        if not matches:
            fail_harness(f"`{name}` is no root of {corpus}/roots.txt (nor part of one)")
        chosen += [m for m in matches if m not in chosen]
    return [r for r in roots if r in chosen]


def slug(root):
    """A file and module name for a root: `vendors/xero/xero-webhooks.yaml` -> `vendors_xero_xero_webhooks_yaml`."""
    return re.sub(r"_+", "_", re.sub(r"[^a-z0-9]", "_", root.lower())).strip("_")


# ---------------------------------------------------------------------------------------------------
# Building: specgen, and the dependencies of generated code


def toolchain():
    """The bin folder of the workspace's pinned toolchain (rust-toolchain.toml), named by path so that
    the dependencies and clippy-driver agree wherever the scratch folder is."""
    sysroot = subprocess.run(["rustc", "--print", "sysroot"], cwd=ROOT, capture_output=True, text=True, check=True)
    return Path(sysroot.stdout.strip()) / "bin"


def build_specgen():
    log("building specgen (release)")
    subprocess.run(["cargo", "build", "-q", "--release", "--locked", "-p", "specgen"], cwd=ROOT, check=True)
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return (target if target.is_absolute() else ROOT / target) / "release" / "specgen"


def build_dependencies(scratch, bin_dir):
    """Builds what generated code needs once (cargo check, versions from the workspace's Cargo.lock) and
    returns the rustc arguments that make it available: `-L dependency=...` and one `--extern` each."""
    crate = scratch / "deps"
    (crate / "src").mkdir(parents=True, exist_ok=True)
    (crate / "Cargo.toml").write_text(
        '[package]\nname = "corpus-deps"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
        f"[dependencies]\n{DEPENDENCIES}\n[workspace]\n"
    )
    (crate / "src" / "lib.rs").write_text("//! Only its dependencies matter.\n")
    (crate / "Cargo.lock").write_bytes((ROOT / "Cargo.lock").read_bytes())
    env = dict(os.environ, CARGO_TARGET_DIR=str(scratch / "target"), RUSTC=str(bin_dir / "rustc"))
    env.pop("RUSTFLAGS", None)
    cargo = str(bin_dir / "cargo")
    log("building the dependencies of generated code (cargo check)")
    built = subprocess.run(
        [cargo, "check", "--message-format=json"], check=False, cwd=crate, env=env, capture_output=True, text=True
    )
    if built.returncode != 0:
        fail_harness(f"cargo check of {crate} failed:\n{built.stderr}")
    meta = json.loads(
        subprocess.run(
            [cargo, "metadata", "--format-version=1"], cwd=crate, env=env, capture_output=True, text=True, check=True
        ).stdout
    )
    direct = next(n for n in meta["resolve"]["nodes"] if n["id"] == meta["resolve"]["root"])["deps"]
    rmeta = {}
    for line in built.stdout.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact":
            files = [f for f in message["filenames"] if f.endswith(".rmeta")]
            if files:
                rmeta[message["package_id"]] = files[0]
    args = ["-L", f"dependency={scratch / 'target' / 'debug' / 'deps'}"]
    for dep in direct:
        if dep["pkg"] not in rmeta:
            fail_harness(f"cargo check built no library for {dep['pkg']}")
        args += ["--extern", f"{dep['name']}={rmeta[dep['pkg']]}"]
    return args


def clippy_driver(bin_dir):
    driver = bin_dir / "clippy-driver"
    if not driver.is_file():
        fail_harness(f"{driver} not found: install clippy (rustup component add clippy)")
    return driver


# ---------------------------------------------------------------------------------------------------
# Per root: lint and generate


class Root:
    """Everything learnt about one root."""

    def __init__(self, name):
        self.name, self.slug = name, slug(name)
        self.failures = {}  # stage ("lint", "generate", "clippy") -> what went wrong, in one line
        self.lines = 0
        self.generate = self.check = None  # Outcome
        self.simplified = {}  # reason -> count
        self.why = {}  # reason -> [(count, message template)]
        self.errors = []  # check: rendered diagnostics
        self.error_kinds = {}  # check: "message [code]" -> count

    def fail(self, stage, first):
        self.failures.setdefault(stage, first)


def lint_task(specgen, corpus, root, logs):
    return Task(
        ("lint", root.name),
        [str(specgen), "lint", root.name, "--format", "json"],
        corpus,
        logs / f"{root.slug}.lint.json",
        logs / f"{root.slug}.lint.stderr.txt",
        LINT_TIMEOUT,
        env=dict(os.environ, NO_COLOR="1"),
    )


def generate_task(specgen, corpus, root, logs, out):
    return Task(
        ("generate", root.name),
        [str(specgen), "generate", root.name, "--client", "--out", str(out)],
        corpus,
        logs / f"{root.slug}.generate.stdout.txt",
        logs / f"{root.slug}.generate.txt",
        GENERATE_TIMEOUT,
        env=dict(os.environ, NO_COLOR="1"),
    )


def first_line(text, prefix):
    return next((line.strip() for line in text.splitlines() if line.startswith(prefix)), None)


def judge_lint(root, outcome, stdout, stderr):
    """A crash is an exit status other than 0 or 1, a panic, or output that is not a JSON list."""
    err = stderr.read_text(errors="replace")
    panic = first_line(err, "thread '") or (first_line(err, "panicked") if "panicked" in err else None)
    if outcome.killed or outcome.status not in (0, 1) or panic:
        why = outcome.killed or panic or first_line(err, "error") or f"exit status {outcome.status}"
        root.fail("lint", f"lint crashed ({why})")
        return
    try:
        findings = json.loads(stdout.read_text())
        if not isinstance(findings, list) or not all(isinstance(f, dict) and "rule" in f for f in findings):
            raise ValueError("not a list of findings")
    except ValueError as e:
        root.fail("lint", f"lint printed no JSON list of findings ({e})")


WARNING = re.compile(r"^warning\[([a-z0-9-]+)\]: (.*)$")
SUMMARY = re.compile(r"^note: .*: (\d+) places? simplified \((.*)\)$")


def judge_generate(root, outcome, stderr, out):
    text = stderr.read_text(errors="replace")
    root.generate = outcome
    if outcome.killed or outcome.status != 0:
        first = first_line(text, "error") or first_line(text, "thread '") or outcome.killed
        root.fail("generate", f"{first or f'exit status {outcome.status}'}")
        return
    root.lines = out.read_bytes().count(b"\n")
    messages = {}
    for line in text.splitlines():
        if m := WARNING.match(line):
            messages.setdefault(m[1], []).append(m[2])
    summary = [SUMMARY.match(line) for line in text.splitlines() if SUMMARY.match(line)]
    if summary:
        root.simplified = {code: int(n) for code, n in (part.rsplit(" ", 1) for part in summary[-1][2].split(", "))}
    counted = {code: len(ms) for code, ms in messages.items()}
    if counted != root.simplified:
        root.fail("generate", f"its summary line counts {root.simplified} but it printed warnings {counted}")
    root.why = {code: templates(ms) for code, ms in sorted(messages.items())}


SLOT = re.compile(r"`[^`]*`|\b\d+\b")


def templates(messages):
    """Messages with their variable parts (backticked names, numbers) folded: a part that is the same in
    every message of a kind stays, one that varies becomes `…` (or N). [(count, text)], commonest first."""
    kinds = {}
    for message in messages:
        literal = tuple(SLOT.split(message))
        kinds.setdefault(literal, []).append(SLOT.findall(message))
    out = []
    for literal, slots in kinds.items():
        parts = [literal[0]]
        for i, rest in enumerate(literal[1:]):
            values = {s[i] for s in slots}
            only = next(iter(values))
            parts += [only if len(values) == 1 else ("`…`" if only.startswith("`") else "N"), rest]
        out.append((len(slots), "".join(parts)))
    return sorted(out, key=lambda item: (-item[0], item[1]))


# ---------------------------------------------------------------------------------------------------
# Checking the generated code


def check_task(driver, dep_args, root, crate, logs):
    """The clippy-driver process that checks a root's crate: the generated module (as a user would include
    it) under a lib.rs that denies warnings."""
    (crate / "lib.rs").write_text(
        "//! Written by tests/external/corpus-compile.py.\n#![deny(warnings)]\n"
        f"#[rustfmt::skip]\npub mod {root.slug};\n"
    )
    argv = [str(driver), "--crate-name", f"corpus_{root.slug}", "--edition", "2024", "--crate-type", "lib"]
    argv += ["--emit", "metadata", "--out-dir", str(crate / "out"), "-C", "embed-bitcode=no"]
    argv += ["--error-format", "json", "--check-cfg", "cfg(docsrs,test)", "--check-cfg", "cfg(feature, values())"]
    argv += ["-D", "warnings", *dep_args, "lib.rs"]
    estimate = BASE_KIB + KIB_PER_LINE * root.lines
    stdout, diagnostics = logs / f"{root.slug}.check.stdout.txt", logs / f"{root.slug}.check.json"
    return Task(("check", root.name), argv, crate, stdout, diagnostics, CHECK_TIMEOUT, estimate)


def judge_check(root, outcome, diagnostics_file, log_file):
    """Reads the JSON diagnostics, keeps the errors (every warning is one, denied) and writes them
    rendered to the root's own log."""
    root.check = outcome
    other = []
    for line in diagnostics_file.read_text(errors="replace").splitlines():
        try:
            diagnostic = json.loads(line)
        except ValueError:
            other.append(line)  # a crash prints text, not JSON
            continue
        if diagnostic.get("level") not in ("error", "warning") or diagnostic["message"].startswith("aborting due to"):
            continue
        root.errors.append(diagnostic["rendered"])
        code = (diagnostic.get("code") or {}).get("code")
        kind = f"{diagnostic['message']} [{code}]" if code else diagnostic["message"]
        root.error_kinds[kind] = root.error_kinds.get(kind, 0) + 1
    log_file.write_text("".join(root.errors) + "".join(f"{line}\n" for line in other) or "clean\n")
    if outcome.killed:
        root.fail("clippy", outcome.killed)
    elif root.errors or outcome.status != 0:
        first = root.errors[0].splitlines()[0] if root.errors else (other or [f"exit status {outcome.status}"])[0]
        root.fail("clippy", f"{len(root.errors)} error(s); first: {first}")


# ---------------------------------------------------------------------------------------------------
# Checking the generated docs

DOC = re.compile(r"^\s*///(.*)$")
TRAIT = re.compile(r"^\s*pub trait (\w+)")


def docs_crate(roots, generated, crate):
    """A crate of the generated doc comments alone, a module per root: rustdoc's lints on descriptions
    (bare URLs, links it cannot resolve, unbalanced HTML, ...) without compiling the code, so all roots
    take seconds. Each doc block documents a unit struct; the trait and `router` the generator's own
    sentences link to are declared in the module."""
    crate.mkdir(parents=True, exist_ok=True)
    out = ["//! Written by tests/external/corpus-compile.py.\n#![allow(dead_code)]\n"]
    for root in roots:
        out.append(f"pub mod {root.slug} {{\n    pub fn router() {{}}\n")
        block, n = [], 0
        for line in generated[root.name].read_text(errors="replace").splitlines():
            if m := DOC.match(line):
                block.append(f"///{m[1]}")
                continue
            if m := TRAIT.match(line):
                out.append(f"    pub trait {m[1]} {{}}\n")
            if block:
                n += 1
                out.append("\n".join(block) + f"\npub struct D{n};\n")
                block = []
        out.append("}\n")
    (crate / "lib.rs").write_text("".join(out))
    return crate / "lib.rs"


ITEM = re.compile(r"^\s*pub (?:struct|enum|trait|fn|type|async fn) (?:r#)?(\w+)", re.M)
UNRESOLVED = re.compile(r"^unresolved link to `([^`]+)`$")


def own_items(path):
    """The names of the items a generated module defines."""
    return set(ITEM.findall(path.read_text(errors="replace")))


def links_own_item(message, names):
    """Whether a rustdoc error is an unresolved link to an item of the generated module or the runtime."""
    m = UNRESOLVED.match(message)
    return bool(m) and m[1].split("::")[0] in names | {"rt", "Self", "crate", "super"}


def check_docs(roots, generated, scratch, bin_dir, logs):
    """rustdoc -D warnings on the docs crate; each error fails the root whose module it is in."""
    lib = docs_crate(roots, generated, scratch / "crates" / "docs")
    modules = {}
    current = None
    for number, line in enumerate(lib.read_text().splitlines(), start=1):
        if line.startswith("pub mod "):
            current = line.split()[2]
        modules[number] = current
    argv = [str(bin_dir / "rustdoc"), "--edition", "2024", "--crate-type", "lib", "--crate-name", "corpus_docs"]
    argv += ["-D", "warnings", "--error-format", "json", "-o", str(scratch / "docs-out"), str(lib)]
    done = subprocess.run(argv, capture_output=True, text=True)
    by_slug = {root.slug: root for root in roots}
    # The generator's own sentences link to what it generates (`rt::AuthError`, `Client::get_pet`); the docs
    # crate does not have those items, and `cargo doc` of a generated crate checks them (CI's rustdoc
    # stage). A spec's own links are cleaned by the generator, so an unresolved link to anything else is
    # one it let through.
    generated_names = {root.slug: own_items(generated[root.name]) for root in roots}
    errors, diagnosed = {}, False
    for line in done.stderr.splitlines():
        try:
            diagnostic = json.loads(line)
        except ValueError:
            continue
        spans = diagnostic.get("spans") or []
        if diagnostic.get("level") != "error" or not spans:
            continue
        diagnosed = True
        root = by_slug.get(modules.get(spans[0]["line_start"]))
        if root and not links_own_item(diagnostic["message"], generated_names[root.slug]):
            errors.setdefault(root.name, []).append(diagnostic["rendered"])
    for root in roots:
        found = errors.get(root.name, [])
        (logs / f"{root.slug}.rustdoc.txt").write_text("".join(found) or "clean\n")
        if found:
            first = found[0].splitlines()[0]
            root.fail("rustdoc", f"{len(found)} error(s) in its doc comments; first: {first}")
    if done.returncode != 0 and not diagnosed:
        fail_harness(f"rustdoc failed on the docs crate: {done.stderr[-2000:]}")


# ---------------------------------------------------------------------------------------------------
# Reporting


def fmt_time(outcome):
    return f"{outcome.seconds:6.1f} s" if outcome else "     - "


def report_line(root):
    status = f"FAIL ({', '.join(root.failures)})" if root.failures else "pass"
    check = fmt_time(root.check)
    memory = f"{root.check.peak_kib / 2**20:5.1f} GiB" if root.check else "    -    "
    simplified = ", ".join(f"{code} {n}" for code, n in root.simplified.items()) or "none"
    return (
        f"  {status:16} {root.name:58} {root.lines:>9,} lines  generate {fmt_time(root.generate)}"
        f"  clippy {check}  {memory}  simplified: {simplified}"
    )


def generate_cell(root):
    return f"fails: {root.failures['generate']}" if "generate" in root.failures else "yes"


def clippy_cell(root):
    """How many errors, the first and the commonest kinds (not their lines, which move with every change)."""
    if root.check is None:
        return "—"
    if "clippy" not in root.failures:
        return "passes"
    if not root.error_kinds:
        return f"fails: {root.failures['clippy']}"
    first = next(iter(root.error_kinds))  # kinds keep the order rustc reported them in
    kinds = sorted(root.error_kinds.items(), key=lambda kv: (-kv[1], kv[0]))
    more = f"; {len(kinds) - 3} more kinds" if len(kinds) > 3 else ""
    commonest = "; ".join(f"{n}× {kind}" for kind, n in kinds[:3]) + more
    return f"fails, {len(root.errors)} errors; first: {first}; commonest: {commonest}"


def cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


def table_row(root):
    simplified = ", ".join(f"{code} {n}" for code, n in root.simplified.items()) or "—"
    why = "<br>".join(
        f"**{code}**: " + "; ".join(f"{text} (×{n})" if n > 1 else text for n, text in kinds)
        for code, kinds in root.why.items()
    )
    cells = [f"`{root.name}`", cell(generate_cell(root)), cell(clippy_cell(root)), simplified, cell(why) or "—"]
    return f"| {' | '.join(cells)} |"


TABLE_HEAD = f"""\
# What each corpus root loses

Written by `{TABLE_COMMAND}` from a real run; CI's corpus stage
(`bash tests/external/corpus-compile.sh --check-table docs/corpus.md`) fails when a row of a root it ran
differs from a fresh run, so regenerate this file with that command after changing the generator.

One row per root of `../shared/corpus/roots.txt`. *Generates*: whether `specgen generate ROOT --client`
succeeds, else its first error. *Clippy*: whether that Rust passes clippy with warnings denied (rustc's and
clippy's), else how many errors, the first one's message and the commonest kinds with their counts (no
line numbers, which move with every change). *Simplified*: the places generation
simplified, by reason (the warnings `specgen generate` prints, counted in its last line `note: ROOT: N places
simplified (...)`). *What and why*: those warnings' messages, with the names that vary between them folded
to `…` and numbers to N. `tests/tests/corpus.rs` (`cargo test`) checks the *generates* and *simplified*
columns of every row against the library; a `specgen lint` crash fails the harness but is not a column.

| root | generates | clippy -D warnings | simplified | what and why |
|---|---|---|---|---|
"""


def table_rows(path):
    """{root: row} of an existing table."""
    rows = {}
    if path.is_file():
        for line in path.read_text().splitlines():
            if m := re.match(r"^\| `([^`]+)` \|", line):
                rows[m[1]] = line
    return rows


def write_table(path, all_roots, ran):
    old = table_rows(path)
    fresh = {root.name: table_row(root) for root in ran}
    lines = [fresh.get(r) or old.get(r) or f"| `{r}` | not run yet | — | — | — |" for r in all_roots]
    path.write_text(TABLE_HEAD + "\n".join(lines) + "\n")
    log(f"wrote {path} ({len(fresh)} rows from this run, {len(all_roots) - len(fresh)} kept)")


def check_table(path, all_roots, ran):
    """True when every row of a root of this run is what this run gives, and the table has exactly the
    roots of roots.txt; prints the differences otherwise."""
    old = table_rows(path)
    stale = [(old.get(root.name), table_row(root)) for root in ran if old.get(root.name) != table_row(root)]
    extra, missing = sorted(set(old) - set(all_roots)), [r for r in all_roots if r not in old]
    for was, now in stale:
        log(f"  table has: {was or '(no row)'}\n  run gives: {now}")
    for r in extra:
        log(f"  table has a row for {r}, which roots.txt does not list")
    for r in missing:
        log(f"  table has no row for {r}")
    current = not (stale or extra or missing)
    not_checked = len(all_roots) - len(ran)
    log(
        f"{path}: {'current' if current else 'OUT OF DATE; regenerate with `' + TABLE_COMMAND + '`'}"
        f" ({len(ran)} rows checked" + (f", {not_checked} not run)" if not_checked else ")")
    )
    return current


# ---------------------------------------------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("spec", nargs="*", metavar="SPEC", help="roots to run: roots.txt entries or parts of them")
    parser.add_argument("--all", action="store_true", help="every root, the heavy ones too")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes at once (default: cores)")
    total_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    parser.add_argument(
        "--mem-gib",
        type=float,
        default=round(total_gib * 2 / 3, 1),
        help="memory for checks at once, and the most one may use (default: 2/3 of the machine's)",
    )
    parser.add_argument(
        "--write-table", type=Path, metavar="FILE", help="write the roots' rows into this markdown table"
    )
    parser.add_argument(
        "--check-table", type=Path, metavar="FILE", help="fail when this table's rows for the roots run are not current"
    )
    return parser.parse_args()


def report_failure(root, logs):
    """What went wrong, where its log is, and the first errors of a failed check, readable in place."""
    log_names = {"lint": "lint.stderr.txt", "generate": "generate.txt", "clippy": "clippy.txt", "rustdoc": "rustdoc.txt"}
    for stage_name, first in root.failures.items():
        log(f"\nFAILED {root.name} ({stage_name}): {first}\n  log: {logs / f'{root.slug}.{log_names[stage_name]}'}")
    for rendered in root.errors[:3]:
        log("    " + "\n    ".join(rendered.rstrip().splitlines()[:25]))
    if root.errors:
        log(f"  rerun: bash tests/external/corpus-compile.sh {root.name}")


def tier(args, all_roots, roots):
    """What the summary line's count is out of, when it is not every root."""
    if args.spec:
        return f" ({len(roots)} of the {len(all_roots)} roots named)"
    left_out = [f"{r} ({HEAVY[r]})" for r in all_roots if r in HEAVY and not args.all]
    return f" (default tier; not run: {', '.join(left_out)}; --all runs them)" if left_out else ""


def stage(text):
    log(f"-- {text}")
    return time.monotonic()


def main():
    args = parse_args()
    corpus = corpus_dir()
    if not corpus.is_dir():
        log(f"note: corpus not found at {corpus} (set SPECGEN_CORPUS); skipped, nothing was checked")
        return 0
    all_roots = read_roots(corpus)
    roots = [Root(name) for name in select(all_roots, corpus, args)]
    budget = int(args.mem_gib * 2**20)

    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    scratch = (target if target.is_absolute() else ROOT / target) / "corpus-compile"
    for sub in ("crates", "logs"):
        subprocess.run(["rm", "-rf", str(scratch / sub)], check=True)
        (scratch / sub).mkdir(parents=True)
    logs = scratch / "logs"
    specgen = build_specgen()
    bin_dir = toolchain()
    dep_args = build_dependencies(scratch, bin_dir)
    driver = clippy_driver(bin_dir)

    began = stage(f"lint and generate {len(roots)} roots, {args.jobs} at a time")
    crates = {root.name: scratch / "crates" / root.slug for root in roots}
    for crate in crates.values():
        crate.mkdir()
    generated = {root.name: crates[root.name] / f"{root.slug}.rs" for root in roots}
    tasks = [lint_task(specgen, corpus, root, logs) for root in roots]
    tasks += [generate_task(specgen, corpus, root, logs, generated[root.name]) for root in roots]
    outcomes = run_all(tasks, args.jobs, budget)
    for root in roots:
        lint = lint_task(specgen, corpus, root, logs)
        judge_lint(root, outcomes[("lint", root.name)], lint.stdout, lint.stderr)
        judge_generate(
            root, outcomes[("generate", root.name)], logs / f"{root.slug}.generate.txt", generated[root.name]
        )
    log(f"   {time.monotonic() - began:.0f} s")

    checkable = [root for root in roots if root.generate and root.generate.status == 0]
    lines = sum(root.lines for root in checkable)
    began = stage(
        f"clippy -D warnings on {len(checkable)} roots ({lines:,} lines), "
        f"{args.jobs} at a time within {args.mem_gib} GiB"
    )
    checks = {root.name: check_task(driver, dep_args, root, crates[root.name], logs) for root in checkable}
    outcomes = run_all(list(checks.values()), args.jobs, budget)
    for root in checkable:
        task = checks[root.name]
        judge_check(root, outcomes[task.key], task.stderr, logs / f"{root.slug}.clippy.txt")
    log(f"   {time.monotonic() - began:.0f} s")

    began = stage(f"rustdoc -D warnings on the doc comments of {len(checkable)} roots")
    check_docs(checkable, generated, scratch, bin_dir, logs)
    log(f"   {time.monotonic() - began:.0f} s")

    log(
        "-- per root: result, lines generated, generate time, check time, peak memory of the check, "
        "places simplified by reason"
    )
    for root in roots:
        log(report_line(root))
    failed = [root for root in roots if root.failures]
    for root in failed:
        report_failure(root, logs)

    current = True
    if args.write_table:
        write_table(args.write_table, all_roots, roots)
    if args.check_table:
        current = check_table(args.check_table, all_roots, roots)
    print(
        f"corpus: {len(roots) - len(failed)}/{len(roots)} roots generate Rust that passes clippy -D warnings"
        + tier(args, all_roots, roots)
    )
    return 1 if failed or not current else 0


if __name__ == "__main__":
    sys.exit(main())
