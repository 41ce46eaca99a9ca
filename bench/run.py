#!/usr/bin/env python3
"""specgen side by side with its peers: median wall time, peak memory and the ratio specgen/peer.

Usage: python3 bench/run.py [--runs N] [--only lint,generate,check,hostile] [--skip-install]
                            [--corpus DIR] [--cache DIR] [--baseline REV]

Installs the peers itself, pinned, into the cache folder (default `.cache/bench`, git-ignored):
  - Redocly CLI and Spectral (npm), each in its own prefix; Spectral with a ruleset that
    `extends: ["spectral:oas"]`;
  - openapi-generator-cli (PyPI, a virtualenv; runs the bundled jar on the system's Java) with its
    `rust-axum` generator;
  - cargo-progenitor (crates.io, `cargo install --root CACHE --locked`).
Builds specgen in release mode, then runs specgen and each peer alternately on the same inputs, N
times each (cases alternate too, so machine noise spreads evenly), and prints one Markdown table to
paste into BENCHMARKS.md. A peer that fails is run once and reported as "fails: <its first error
line>" instead of a time. Never asserts a time.

Modes (`--only`, comma-separated; default `lint,generate`):
  lint      `specgen lint` vs Redocly and Spectral on petstore, Twilio, DigitalOcean (root file), Stripe;
  generate  `specgen generate` vs openapi-generator (rust-axum) and progenitor on petstore and Stripe;
  check     type-checking the generated code: `cargo check` of a scratch crate holding specgen's output
            and one holding progenitor's, dependencies built beforehand, timing only the rebuild of
            the generated crate. Slow (minutes per run). Stripe when progenitor accepts it, and the
            corpus specs that both handle otherwise. With `--baseline REV`, specgen as of that git
            revision is built in a worktree of its own and its output checked in the same run, so a
            change's before and after share the machine and its load.
  rulesets  `specgen lint --ruleset` vs Spectral on Stripe with each public ruleset of tests/fixtures/rulesets
            (installed as tests/external/ruleset-peers.py installs them; specgen built with `--features js`,
            which runs their JavaScript functions).
  hostile   specgen alone on shapes that once made it quadratic, in the human format (the default) and
            JSON: Twilio and Stripe as they are, Twilio minified to one 1.1 MB line, an enum of 100,000
            distinct values and one of 100,000 values listing 50,000 twice (50,000 findings). The
            inputs are written under the cache. A run is stopped after `--timeout` seconds (default
            300) and reported as such. With `--baseline REV`, specgen at REV is built and run beside
            it; `--baseline-bin FILE` runs that binary instead (labelled with REV when given).
"""

import argparse
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Pinned peers. Bumping one is a one-line change here; the cache notices and reinstalls.
REDOCLY = ("@redocly/cli", "2.77.0")
SPECTRAL = ("@stoplight/spectral-cli", "6.16.3")
OPENAPI_GENERATOR = ("openapi-generator-cli", "7.26.0")
PROGENITOR = ("cargo-progenitor", "0.15.1")

# What the peers would otherwise do over the network (update checks, telemetry): this machine has none,
# and a check that waits for a timeout would be timed too.
QUIET_ENV = {
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "NO_UPDATE_NOTIFIER": "1",
    "NPM_CONFIG_UPDATE_NOTIFIER": "false",
}


def log(message):
    print(message, file=sys.stderr, flush=True)


# --- installing the peers ----------------------------------------------------------------------------


class Peer:
    """A tool to compare with: where it lives in the cache, how to install it and how to run it."""

    name = ""
    version = ""

    def __init__(self, cache):
        self.cache = cache

    def installed(self):
        raise NotImplementedError

    def install(self):
        raise NotImplementedError

    def label(self):
        return f"{self.name} {self.version}"


class NpmPeer(Peer):
    package = ""
    bin = ""

    @property
    def prefix(self):
        return self.cache / f"npm-{self.bin}"

    def executable(self):
        return self.prefix / "node_modules" / ".bin" / self.bin

    def installed(self):
        manifest = self.prefix / "node_modules" / Path(self.package) / "package.json"
        try:
            return json.loads(manifest.read_text())["version"] == self.version and self.executable().exists()
        except (OSError, ValueError, KeyError):
            return False

    def install(self):
        if not shutil.which("npm"):
            raise RuntimeError("npm not found")
        self.prefix.mkdir(parents=True, exist_ok=True)
        run_checked(["npm", "install", "--prefix", str(self.prefix), "--no-audit", "--no-fund",
                     "--loglevel=error", f"{self.package}@{self.version}"])


class Redocly(NpmPeer):
    name, package, version, bin = "Redocly CLI", REDOCLY[0], REDOCLY[1], "redocly"

    def lint(self, spec):
        return [str(self.executable()), "lint", str(spec)]


class Spectral(NpmPeer):
    name, package, version, bin = "Spectral", SPECTRAL[0], SPECTRAL[1], "spectral"

    def ruleset(self):
        path = self.cache / "spectral-ruleset.yaml"
        text = 'extends: ["spectral:oas"]\n'
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
        return path

    def lint(self, spec):
        return [str(self.executable()), "lint", "--ruleset", str(self.ruleset()), str(spec)]


class OpenApiGenerator(Peer):
    name, version = "openapi-generator rust-axum", OPENAPI_GENERATOR[1]

    @property
    def venv(self):
        return self.cache / "venv-openapi-generator"

    def executable(self):
        return self.venv / "bin" / "openapi-generator-cli"

    def installed(self):
        probe = subprocess.run(
            [str(self.venv / "bin" / "python"), "-c",
             f"import importlib.metadata as m; print(m.version('{OPENAPI_GENERATOR[0]}'))"],
            capture_output=True, text=True) if (self.venv / "bin" / "python").exists() else None
        return probe is not None and probe.stdout.strip() == self.version

    def install(self):
        if not shutil.which("java"):
            raise RuntimeError("java not found (openapi-generator runs on the JVM)")
        if not (self.venv / "bin" / "python").exists():
            run_checked([sys.executable, "-m", "venv", str(self.venv)])
        run_checked([str(self.venv / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check",
                     f"{OPENAPI_GENERATOR[0]}=={self.version}"])

    def generate(self, spec, out):
        # As a user runs it: the spec is validated first, as by default.
        return [str(self.executable()), "generate", "-g", "rust-axum", "-i", str(spec), "-o", str(out)]

    # Its YAML parser refuses documents over 3 MiB of code points (Stripe's is 4.2 MB) unless this system
    # property raises the limit; its error message names the property. The wrapper passes JAVA_OPTS to
    # `java` as one argument.
    RAISED_LIMIT = {"JAVA_OPTS": "-DmaxYamlCodePoints=67108864"}


class Progenitor(Peer):
    name, version = "progenitor", PROGENITOR[1]

    @property
    def root(self):
        return self.cache / "progenitor"

    def executable(self):
        return self.root / "bin" / "cargo-progenitor"

    def installed(self):
        try:
            crates = json.loads((self.root / ".crates2.json").read_text())["installs"]
        except (OSError, ValueError, KeyError):
            return False
        return any(key.startswith(f"{PROGENITOR[0]} {self.version} ") for key in crates) and self.executable().exists()

    def install(self):
        env = dict(os.environ)
        # Its own temporary target folder, removed afterwards, rather than the caller's.
        env.pop("CARGO_TARGET_DIR", None)
        run_checked(["cargo", "install", "--root", str(self.root), "--locked",
                     f"{PROGENITOR[0]}@{self.version}"], env=env)

    def generate(self, spec, out):
        # Called as cargo calls a subcommand (`cargo progenitor ...`), without cargo's own start-up.
        return [str(self.executable()), "progenitor", "-i", str(spec), "-o", str(out), "-n", "peer", "-v", "0.1.0"]


def run_checked(cmd, env=None):
    log("  $ " + " ".join(cmd))
    subprocess.run(cmd, check=True, env=env, stdout=sys.stderr)


def ensure(peers, skip_install):
    """The peers that are ready to run; each missing one is installed unless `skip_install`."""
    ready = {}
    for peer in peers:
        if peer.installed():
            log(f"{peer.label()}: cached in {peer.cache}")
        elif skip_install:
            log(f"{peer.label()}: not installed (--skip-install); left out")
            continue
        else:
            log(f"{peer.label()}: installing into {peer.cache}")
            try:
                peer.install()
            except (RuntimeError, subprocess.CalledProcessError) as e:
                log(f"{peer.label()}: install failed: {e}; left out")
                continue
            if not peer.installed():
                log(f"{peer.label()}: did not install; left out")
                continue
        ready[type(peer)] = peer
    return ready


def build_specgen(checkout=ROOT, target=None, features=()):
    """Builds the release binary of `checkout` and returns its path (wherever the target dir puts it)."""
    log(f"building specgen (release) in {checkout}")
    env = dict(os.environ, **({"CARGO_TARGET_DIR": str(target)} if target else {}))
    proc = subprocess.run(
        ["cargo", "build", "--release", "--locked", "-p", "specgen", "--message-format=json-render-diagnostics"]
        + (["--features", ",".join(features)] if features else []),
        cwd=checkout, env=env, stdout=subprocess.PIPE, text=True, check=True)
    for line in proc.stdout.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact" and message["target"]["name"] == "specgen" \
                and message.get("executable"):
            return message["executable"]
    sys.exit("cargo built no specgen executable")


def baseline_checkout(rev, work):
    """A worktree of `rev` (detached, under the cache), made once and reused."""
    commit = subprocess.run(["git", "rev-parse", "--short", rev], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                            check=True).stdout.strip()
    path = work / f"baseline-{commit}"
    if not path.is_dir():
        subprocess.run(["git", "worktree", "prune"], cwd=ROOT, check=True)
        subprocess.run(["git", "worktree", "add", "--detach", str(path), commit], cwd=ROOT, check=True)
    return commit, path


# --- measuring ---------------------------------------------------------------------------------------


class Result:
    def __init__(self):
        self.walls = []
        self.rss = 0.0
        self.failure = None


def first_error_line(stdout, stderr):
    """The line that says what went wrong: a panic's message, else the first line that mentions an
    error or a failure (tools print the specific one on standard output and a summary on standard
    error, as progenitor does), else the first line of standard error."""
    lines = [line.strip() for text in (stdout, stderr) for line in text.splitlines() if line.strip()]
    for i, line in enumerate(lines):
        if "panicked at" in line and i + 1 < len(lines):
            return f"panic: {lines[i + 1]}"
    for line in lines:
        if any(word in line.lower() for word in ("error", "fail", "exception")):
            return line
    errors = [line.strip() for line in stderr.splitlines() if line.strip()]
    return (errors or lines or ["(no output)"])[0]


def run_once(cmd, ok_codes, work, env=None, cwd=None, timeout=None):
    """Wall seconds, peak RSS (MiB, the largest of the process and the children it waited for) and,
    when the exit status is not one of `ok_codes` or it ran past `timeout` seconds (then it is killed),
    the first line of its error."""
    work.mkdir(parents=True, exist_ok=True)
    out_path, err_path = work / "stdout", work / "stderr"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env, cwd=cwd)
        timer = threading.Timer(timeout, proc.kill) if timeout else None
        if timer:
            timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        if timer:
            timer.cancel()
    code = os.waitstatus_to_exitcode(status)
    failure = None
    if timeout and wall >= timeout:
        failure = f"did not finish in {timeout} s (killed)"
    elif code not in ok_codes:
        line = first_error_line(out_path.read_text(errors="replace"), err_path.read_text(errors="replace"))
        if len(line) > 140:
            line = line[:140].rsplit(" ", 1)[0] + " …"
        failure = f"{line} (exit {code})"
    return wall, usage.ru_maxrss / 1024, failure


def measure(cases, runs, work, timeout=None):
    """Runs every (case, tool) `runs` times, alternating; a failing tool is not run again."""
    env = dict(os.environ, **QUIET_ENV)
    results = {(case, tool): Result() for case, tools in cases for tool, *_ in tools}
    for i in range(runs):
        log(f"run {i + 1} of {runs}")
        for case, tools in cases:
            for tool, make_cmd, ok_codes, *extra_env in tools:
                result = results[(case, tool)]
                if result.failure:
                    continue
                scratch = work / "scratch"
                shutil.rmtree(scratch, ignore_errors=True)
                wall, rss, failure = run_once(make_cmd(scratch), ok_codes, work / "last",
                                              env=dict(env, **extra_env[0]) if extra_env else env,
                                              timeout=timeout)
                if failure:
                    result.failure = failure
                    log(f"  {case} / {tool}: fails: {failure}")
                    continue
                result.walls.append(wall)
                result.rss = max(result.rss, rss)
                log(f"  {case} / {tool}: {wall * 1000:.0f} ms, {rss:.0f} MiB")
    return results


def table(cases, results):
    """One row per tool and case. The ratio is this checkout's time over the row's: for a peer, against
    the specgen row above it (in check mode the client-only one, which is what progenitor writes); for
    the baseline (`specgen @REV`), against the same variant of this checkout (after / before)."""
    rows = ["| case | tool | median wall | peak RSS | specgen / tool (time) |", "|---|---|---|---|---|"]
    for case, tools in cases:
        mine_median, by_variant = None, {}
        for tool, *_ in tools:
            result = results[(case, tool)]
            if result.failure:
                cell = "fails: " + result.failure.replace("|", "\\|").replace("`", "'")
                rows.append(f"| {case} | {tool} | {cell} | | |")
                continue
            median = statistics.median(result.walls)
            if tool.startswith("specgen @"):
                variant = tool.split(" ", 2)[2] if tool.count(" ") >= 2 else ""
                mine = by_variant.get(variant)
                ratio = "" if mine is None else f"{mine / median:.3f}"
            elif tool.startswith("specgen"):
                ratio = ""
                mine_median = median
                by_variant[tool[len("specgen"):].strip()] = median
            else:
                ratio = "" if mine_median is None else f"{mine_median / median:.3f}"
            rows.append(f"| {case} | {tool} | {fmt_time(median)} | {result.rss:.0f} MiB | {ratio} |")
    return "\n".join(rows)


def fmt_time(seconds):
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


# --- the modes ---------------------------------------------------------------------------------------


def lint_cases(specgen, specs, peers):
    cases = []
    for name in ("petstore", "twilio", "digitalocean", "stripe"):
        spec = specs[name]
        # Linters exit 1 when they find problems (all these specs have some); anything else is a failure.
        tools = [("specgen", lambda _, s=spec: [specgen, "lint", "--format", "json", str(s)], (0, 1))]
        for cls in (Redocly, Spectral):
            if cls in peers:
                tools.append((peers[cls].label(), lambda _, s=spec, p=peers[cls]: p.lint(s), (0, 1)))
        cases.append((f"lint {name}", tools))
    return cases


def generate_cases(specgen, specs, peers):
    cases = []
    for name in ("petstore", "stripe"):
        spec = specs[name]
        tools = [("specgen", lambda out, s=spec: [specgen, "generate", str(s), "--out", str(out) + ".rs"], (0,))]
        for cls in (OpenApiGenerator, Progenitor):
            if cls in peers:
                tools.append((peers[cls].label(), lambda out, s=spec, p=peers[cls]: p.generate(s, out), (0,)))
        if OpenApiGenerator in peers and spec.stat().st_size > 3 << 20:
            peer = peers[OpenApiGenerator]
            tools.append((f"{peer.label()}, `-DmaxYamlCodePoints` raised", lambda out, s=spec: peer.generate(s, out),
                          (0,), OpenApiGenerator.RAISED_LIMIT))
        cases.append((f"generate {name}", tools))
    return cases


def load_ruleset_peers():
    """tests/external/ruleset-peers.py: the one place the rulesets' pins and installers live."""
    spec = importlib.util.spec_from_file_location("ruleset_peers", ROOT / "tests" / "external" / "ruleset-peers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ruleset_cases(specgen, specs):
    peers = load_ruleset_peers()
    rulesets = peers.read_rulesets()
    spectral, spectral_dir = peers.install_for_spectral(rulesets, None)
    specgen_dir = peers.install_for_specgen(rulesets)
    cases = []
    for r in rulesets:
        spec = specs["stripe"]
        tools = [("specgen", lambda _, s=spec, w=specgen_dir / r["wrapper"]:
                  [specgen, "lint", "--format", "json", "--ruleset", str(w), str(s)], (0, 1)),
                 (f"Spectral {peers.SPECTRAL[1]}", lambda _, s=spec, w=spectral_dir / r["wrapper"]:
                  [str(spectral), "lint", "--ruleset", str(w), "-f", "json", "--quiet", str(s)], (0, 1))]
        cases.append((f"lint stripe, ruleset {r['name']} ({r['package']})", tools))
    return cases


def hostile_inputs(specgen, specs, work):
    """The hostile shapes, written once under the cache: (name, path)."""
    folder = work / "hostile"
    folder.mkdir(parents=True, exist_ok=True)
    minified = folder / "twilio-minified.json"
    if not minified.exists():
        bundled = folder / "twilio-bundle.json"
        run_checked([specgen, "convert", str(specs["twilio"]), "--out", str(bundled)])
        minified.write_text(json.dumps(json.loads(bundled.read_text()), separators=(",", ":")))

    def enum_spec(path, values, indent=1):
        if not path.exists():
            schema = {"type": "string", "enum": values}
            doc = {"openapi": "3.0.3", "info": {"title": "enum", "version": "1"}, "paths": {},
                   "components": {"schemas": {"E": schema}}}
            path.write_text(json.dumps(doc, indent=indent))
        return path

    distinct = enum_spec(folder / "enum-100k.json", [f"v{i}" for i in range(100_000)])
    twice = [f"v{i % 50_000}" for i in range(100_000)]
    repeated = enum_spec(folder / "enum-100k-50k-twice.json", twice)
    one_line = enum_spec(folder / "enum-100k-50k-twice-minified.json", twice, indent=None)
    return [("twilio", specs["twilio"]), ("stripe", specs["stripe"]),
            ("twilio minified (one 1.1 MB line)", minified),
            ("enum of 100,000 values", distinct), ("enum of 100,000 values, 50,000 twice", repeated),
            ("the same on one line", one_line)]


def hostile_cases(specgens, inputs):
    """Each input in the human format (the default) and as JSON, by each specgen build."""
    cases = []
    for name, spec in inputs:
        for fmt in ("human", "json"):
            tools = [(label, lambda _, b=binary, s=spec, f=fmt: [b, "lint", "--format", f, str(s)], (0, 1))
                     for label, binary in specgens]
            cases.append((f"lint {name}, {fmt}", tools))
    return cases


# What specgen's generated code needs (README: one dependency line): the runtime of the checkout that
# generated it. Revisions before the runtime crate needed these crates instead.
def specgen_deps(checkout):
    runtime = checkout / "runtime"
    if runtime.is_dir():
        return f'specgen-rt = {{ path = "{runtime}", features = ["server", "client", "ecma"] }}\n'
    return """axum = "0.8"
serde = { version = "1", features = ["derive"] }
serde_json = "1"
serde_path_to_error = "0.1"
regex = "1"
regress = "0.12"
reqwest = { version = "0.13", default-features = false }
"""


# specgen's output as `specgen generate` writes it (types, route trait, axum router), and with only
# the types and a client, which is what progenitor writes.
SPECGEN_VARIANTS = (("", []), (" --no-server --client", ["--no-server", "--client"]))


def check_cases(specgens, peers, specs, work):
    """`cargo check` of scratch crates holding each tool's output, dependencies built beforehand, so
    that a run rebuilds the generated crate alone. Stripe first; where progenitor cannot generate,
    its row is that failure, and the comparison moves on to the next spec both handle. `specgens` is
    (label, binary, checkout) for this checkout and the baseline, if any."""
    progenitor = peers.get(Progenitor)
    root = work / "check"
    target = root / "target"
    env = dict(os.environ, CARGO_TARGET_DIR=str(target), **NOT_INCREMENTAL)
    cases = []
    for name in CHECK_SPECS:
        spec = specs[name]
        case = f"cargo check {name}"
        tools, crates = [], []
        for k, (label, binary, checkout) in enumerate(specgens):
            for i, (suffix, options) in enumerate(SPECGEN_VARIANTS):
                crate_name = f"specgen{k}{i}-{name}"
                mine = root / crate_name
                (mine / "src").mkdir(parents=True, exist_ok=True)
                (mine / "Cargo.toml").write_text(
                    f'[package]\nname = "{crate_name}"\nversion = "0.1.0"\nedition = "2024"\n\n'
                    f"[dependencies]\n{specgen_deps(checkout)}\n[workspace]\n")
                subprocess.run([binary, "generate", str(spec), *options, "--out", str(mine / "src" / "api.rs")],
                               check=True)
                (mine / "src" / "lib.rs").write_text("pub mod api;\n")
                tools.append((label + suffix, rebuild(mine, target), (0,), NOT_INCREMENTAL))
                crates.append(mine)
        both = False
        if progenitor is not None:
            peer_crate = root / f"progenitor-{name}"
            shutil.rmtree(peer_crate, ignore_errors=True)
            _, _, failure = run_once(progenitor.generate(spec, peer_crate), (0,), work / "last")
            if failure:
                # Measured as what it is: the generator failing (so the table quotes its error).
                tools.append((progenitor.label(), lambda out, s=spec: progenitor.generate(s, out), (0,)))
            else:
                # Its own workspace, not a member of specgen's.
                with open(peer_crate / "Cargo.toml", "a") as f:
                    f.write("\n[workspace]\n")
                tools.append((progenitor.label(), rebuild(peer_crate, target), (0,), NOT_INCREMENTAL))
                both = True
        for crate in crates + ([root / f"progenitor-{name}"] if both else []):
            log(f"{case}: building the dependencies of {crate.name}")
            build_dependencies(crate, env)
        cases.append((case, tools))
        if both or progenitor is None:
            break
    return cases


# Stripe, then the corpus specs progenitor 0.15 accepts (it panics on both petstores, Twilio and
# api-with-examples, and refuses DigitalOcean's tags).
CHECK_SPECS = ("stripe", "uspto")


# Each measured check starts from nothing but the built dependencies: rustc's incremental cache would
# otherwise replay the previous run's results for the unchanged sources.
NOT_INCREMENTAL = {"CARGO_INCREMENTAL": "0"}


def build_dependencies(crate, env):
    """`cargo check` with an empty lib.rs: the dependencies get built, the generated code is not read."""
    lib = crate / "src" / "lib.rs"
    saved = lib.read_bytes()
    lib.write_text("")
    try:
        subprocess.run(["cargo", "check", "--quiet"], cwd=crate, env=env, check=False)
    finally:
        lib.write_bytes(saved)


def rebuild(crate, target):
    def make(_):
        # A new mtime on the generated crate's sources: cargo rebuilds it alone, dependencies stay built.
        for path in (crate / "src").rglob("*.rs"):
            path.touch()
        return ["cargo", "check", "--quiet", "--manifest-path", str(crate / "Cargo.toml"), "--target-dir", str(target)]
    return make


# --- main --------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each tool per case (median)")
    parser.add_argument("--only", default="lint,generate",
                        help="comma-separated modes: lint, generate, check (default lint,generate)")
    parser.add_argument("--skip-install", action="store_true", help="use only the peers already in the cache")
    parser.add_argument("--corpus", default=os.environ.get("SPECGEN_CORPUS", str(ROOT.parent / "shared" / "corpus")))
    parser.add_argument("--cache", default=str(ROOT / ".cache" / "bench"), help="where peers and scratch files go")
    parser.add_argument("--baseline", metavar="REV",
                        help="also run specgen at this git revision (check and hostile modes), in the same run")
    parser.add_argument("--baseline-bin", metavar="FILE",
                        help="hostile mode: run this specgen binary beside (a build of another revision, kept)")
    parser.add_argument("--timeout", type=int, default=300, help="seconds before a hostile run is stopped")
    args = parser.parse_args()
    modes = [m.strip() for m in args.only.split(",") if m.strip()]
    unknown = set(modes) - {"lint", "generate", "check", "hostile", "rulesets"}
    if unknown or not modes:
        parser.error(f"--only takes lint, generate, check, hostile, rulesets (not {', '.join(sorted(unknown)) or 'nothing'})")
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        sys.exit(f"corpus not found at {corpus} (pass --corpus or set SPECGEN_CORPUS)")
    specs = {
        "petstore": corpus / "oai-examples" / "petstore.yaml",
        "uspto": corpus / "oai-examples" / "uspto.yaml",
        "twilio": corpus / "twilio" / "twilio_api_v2010.yaml",
        "digitalocean": corpus / "digitalocean" / "specification" / "DigitalOcean-public.v2.yaml",
        "stripe": corpus / "stripe" / "spec3.yaml",
    }
    cache = Path(args.cache).resolve()
    cache.mkdir(parents=True, exist_ok=True)
    work = cache / "work"

    wanted = []
    if "lint" in modes:
        wanted += [Redocly(cache), Spectral(cache)]
    if "generate" in modes:
        wanted += [OpenApiGenerator(cache), Progenitor(cache)]
    if "check" in modes and not any(isinstance(p, Progenitor) for p in wanted):
        wanted.append(Progenitor(cache))
    peers = ensure(wanted, args.skip_install)
    specgen = build_specgen(features=("js",) if "rulesets" in modes else ())

    cases = []
    if "rulesets" in modes:
        cases += ruleset_cases(specgen, specs)
    if "lint" in modes:
        cases += lint_cases(specgen, specs, peers)
    if "generate" in modes:
        cases += generate_cases(specgen, specs, peers)
    if "check" in modes:
        specgens = [("specgen", specgen, ROOT)]
        if args.baseline:
            commit, checkout = baseline_checkout(args.baseline, work)
            binary = build_specgen(checkout, work / "baseline-target")
            specgens.append((f"specgen @{commit}", binary, checkout))
        cases += check_cases(specgens, peers, specs, work)
    results = measure(cases, args.runs, work)
    if "hostile" in modes:
        specgens = [("specgen", specgen)]
        if args.baseline_bin:
            label = subprocess.run([args.baseline_bin, "--version"], stdout=subprocess.PIPE, text=True).stdout
            specgens.append((f"specgen @{args.baseline or label.split()[-1]}", args.baseline_bin))
        elif args.baseline:
            commit, checkout = baseline_checkout(args.baseline, work)
            specgens.append((f"specgen @{commit}", build_specgen(checkout, work / "baseline-target")))
        hostile = hostile_cases(specgens, hostile_inputs(specgen, specs, work))
        results.update(measure(hostile, args.runs, work, timeout=args.timeout))
        cases += hostile

    command = "python3 bench/run.py" + (f" --runs {args.runs}" if args.runs != 5 else "") + \
        (f" --only {','.join(modes)}" if modes != ["lint", "generate"] else "") + \
        (f" --baseline {args.baseline}" if args.baseline else "") + \
        (" --baseline-bin FILE" if args.baseline_bin else "") + \
        (f" --timeout {args.timeout}" if "hostile" in modes and args.timeout != 300 else "")
    print(f"{time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} cores, "
          f"{platform.system()} {platform.release()}; median of {args.runs} whole-process runs "
          f"(`{command}`)\n")
    print(table(cases, results))


if __name__ == "__main__":
    main()
