#!/usr/bin/env python3
"""Public Spectral rulesets over the corpus: specgen's findings against Spectral 6.16.3's, finding by finding.

Usage: python3 tests/external/ruleset-peers.py [--specgen BIN] [--refresh-spectral] [--spectral-dir DIR]
                                               [--only RULESET] [--roots SUBSTRING] [--write-docs]

The rulesets are the published npm packages listed in tests/fixtures/rulesets/rulesets.tsv (sources and
licences: tests/fixtures/rulesets/README.md). They are installed, pinned and without their dependencies
(specgen needs none), with `npm pack` into target/rulesets/node_modules, beside the wrapper rulesets of
tests/fixtures/rulesets/ (`extends: ["<package>"]`, as a team uses a published ruleset).

For each ruleset and each root of `CORPUS/roots.txt`, specgen runs
`specgen lint --format json --ruleset <wrapper> --root-dir CORPUS <root>`, and its findings are compared with
Spectral's, committed in tests/fixtures/rulesets/spectral/<ruleset>.tsv.gz, by (root, rule, file, JSON
pointer), each finding counted as often as it is reported. A difference must match a line of
tests/fixtures/rulesets/expected-differences.tsv (regexes for the ruleset and the rule, the side, a regex
searched in `root file pointer`, and the reason); any other difference, or a line that matches nothing, fails the run (exit 1).

`--refresh-spectral` re-runs Spectral 6.16.3 (from `--spectral-dir`, a folder whose node_modules holds
@stoplight/spectral-cli and the ruleset packages, or installed into .cache/bench/npm-rulesets) and rewrites
the committed files; its output is cached in target/ruleset-peers/raw. `--write-docs` writes
docs/rulesets.md, the agreement per ruleset and per rule. Without the corpus, it prints "skipped".
"""

import argparse
import csv
import gzip
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "rulesets"
OUT = ROOT / "target" / "ruleset-peers"
INSTALL = ROOT / "target" / "rulesets"
SPECTRAL = ("@stoplight/spectral-cli", "6.16.3")
QUIET_ENV = {"NO_UPDATE_NOTIFIER": "1", "NODE_OPTIONS": "--max-old-space-size=8192"}
SIDES = ("specgen-only", "spectral-only")
# Spectral's resolver and parser diagnostics: reported whatever the ruleset, not rules of it.
NOT_RULES = {"invalid-ref", "parser"}


def log(message):
    print(message, file=sys.stderr, flush=True)


def pointer(segments):
    return "".join("/" + str(s).replace("~", "~0").replace("/", "~1") for s in segments)


def read_rulesets():
    """[{name, package, version, wrapper, licence, source}] from rulesets.tsv."""
    with open(FIXTURES / "rulesets.tsv") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if not r["name"].startswith("#")]
    for r in rows:
        r["package"], r["version"] = r["package"].rsplit("@", 1)
    return rows


# --- installing ----------------------------------------------------------------------------------------


def npm_pack(package, version, into):
    """Unpacks `package@version` (no dependencies) into `into/node_modules/<package>`, once."""
    dest = into / "node_modules" / package
    manifest = dest / "package.json"
    if manifest.exists() and json.loads(manifest.read_text()).get("version") == version:
        return
    if not shutil.which("npm"):
        sys.exit("npm not found: it installs the rulesets (tests/fixtures/rulesets/README.md)")
    packs = OUT / "packs"
    packs.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(["npm", "pack", "--silent", f"{package}@{version}"], cwd=packs, capture_output=True,
                          text=True, env=dict(os.environ, **QUIET_ENV))
    if proc.returncode != 0:
        sys.exit(f"npm pack {package}@{version} failed: {proc.stderr.strip()[:400]}")
    tarball = packs / proc.stdout.strip().splitlines()[-1]
    if dest.exists():
        shutil.rmtree(dest)
    with tarfile.open(tarball) as tar:
        for member in tar.getmembers():
            # Every npm tarball has one top folder (`package/`); members outside it are never written.
            parts = Path(member.name).parts
            if len(parts) < 2 or ".." in parts or not (member.isfile() or member.isdir()):
                continue
            target = dest.joinpath(*parts[1:])
            if member.isdir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(tar.extractfile(member).read())


def install_for_specgen(rulesets):
    INSTALL.mkdir(parents=True, exist_ok=True)
    for r in rulesets:
        npm_pack(r["package"], r["version"], INSTALL)
        shutil.copy(FIXTURES / r["wrapper"], INSTALL / r["wrapper"])
    return INSTALL


def install_for_spectral(rulesets, spectral_dir):
    """A folder whose node_modules has Spectral and the ruleset packages with their dependencies."""
    if spectral_dir:
        folder = Path(spectral_dir).resolve()
    else:
        folder = ROOT / ".cache" / "bench" / "npm-rulesets"
        folder.mkdir(parents=True, exist_ok=True)
        wanted = [f"{SPECTRAL[0]}@{SPECTRAL[1]}"] + [f"{r['package']}@{r['version']}" for r in rulesets]
        subprocess.run(["npm", "install", "--prefix", str(folder), "--no-audit", "--no-fund", "--loglevel=error",
                        "--ignore-scripts"] + wanted, check=True, env=dict(os.environ, **QUIET_ENV))
    # Beside node_modules, where each tool looks for the packages the wrappers extend.
    for r in rulesets:
        shutil.copy(FIXTURES / r["wrapper"], folder / r["wrapper"])
    return folder / "node_modules" / ".bin" / "spectral", folder


# --- running ---------------------------------------------------------------------------------------------


def run_json(cmd, cwd, timeout):
    """(the tool's JSON output or None, exit code, stderr)."""
    try:
        proc = subprocess.run(cmd, cwd=cwd, env=dict(os.environ, **QUIET_ENV), capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None, f"did not finish in {timeout} s"
    try:
        return json.loads(proc.stdout), proc.returncode, proc.stderr
    except ValueError:
        return None, proc.returncode, (proc.stderr + proc.stdout).strip()


def relative(path, cwd, corpus):
    return os.path.relpath(os.path.realpath(os.path.join(cwd, path)), corpus)


def spectral_rows(data, cwd, corpus, root):
    return [(root, f["code"], relative(f.get("source") or "", cwd, corpus), pointer(f.get("path", [])),
             f["range"]["start"]["line"] + 1, " ".join(f["message"].split())) for f in data]


def specgen_rows(data, cwd, corpus, root):
    return [(root, f["rule"], relative(f["file"], cwd, corpus), f["pointer"],
             f["start"]["line"] if f.get("start") else 0, " ".join(f["message"].split())) for f in data]


def run_spectral(binary, wrapper, corpus, roots, name, timeout):
    rows, failures = [], []
    for i, rel in enumerate(roots):
        root = corpus / rel
        raw = OUT / "raw" / name / (re.sub(r"[^A-Za-z0-9._-]", "_", rel) + ".json")
        stamp = f"{SPECTRAL[1]}|{root.stat().st_size}|{wrapper.read_text()}"
        record = json.loads(raw.read_text()) if raw.exists() else {}
        if record.get("stamp") != stamp:
            start = time.time()
            data, code, err = run_json([str(binary), "lint", "--ruleset", str(wrapper), "-f", "json", "--quiet",
                                        str(root)], OUT, timeout)
            log(f"  [{i + 1}/{len(roots)}] spectral {name} {rel}: {time.time() - start:.1f} s")
            # Spectral's own words: its "Error #1:" line, not the banner before it.
            said = next((line.strip() for line in err.splitlines() if line.strip().startswith("Error #")), err.strip())
            record = {"stamp": stamp, "output": data, "failure": None if data is not None else f"exit {code}: {said[:300]}"}
            raw.parent.mkdir(parents=True, exist_ok=True)
            raw.write_text(json.dumps(record))
        if record["output"] is None:
            failures.append((rel, record["failure"]))
        else:
            rows.extend(spectral_rows(record["output"], str(OUT), corpus, rel))
    return sorted(rows), failures


def run_specgen(binary, wrapper, corpus, roots, timeout):
    rows, failures, seconds = [], [], 0.0
    for rel in roots:
        start = time.time()
        data, code, err = run_json([binary, "lint", "--format", "json", "--ruleset", str(wrapper), "--root-dir",
                                    str(corpus), str(corpus / rel)], OUT, timeout)
        seconds += time.time() - start
        if data is None or code not in (0, 1):
            said = [line.strip() for line in err.splitlines() if line.startswith("error")] or [err.strip()]
            failures.append((rel, f"exit {code}: {' / '.join(said)[:600]}"))
        else:
            rows.extend(specgen_rows(data, str(OUT), corpus, rel))
    return sorted(rows), failures, seconds


def load_lint_peers():
    """tests/external/lint-peers.py: specgen's rule names and aliases are read there."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("lint_peers", ROOT / "tests" / "external" / "lint-peers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def renames(specgen):
    """Spectral rule name -> specgen's id, for the spectral:oas rules specgen knows by another id."""
    names = load_lint_peers().specgen_rules(specgen)
    builtin = re.findall(r'rule\("([^"]+)"', (ROOT / "generator" / "src" / "ruleset" / "builtin.rs").read_text())
    return {b: names[b] for b in builtin if b in names and names[b] != b}


def ruleset_rules(specgen, wrapper):
    """The rules the ruleset puts in effect, as `specgen lint --ruleset W --list-rules` lists them. A
    ruleset decides these; specgen's own rules (code generation, Redocly's) keep running at specgen.yaml's
    levels (README), and are not compared."""
    out = subprocess.run([specgen, "lint", "--ruleset", str(wrapper), "--list-rules"], cwd=wrapper.parent,
                         capture_output=True, text=True)
    return {line.split()[0] for line in out.stdout.splitlines() if line.strip()}


# --- the committed Spectral findings ------------------------------------------------------------------


def spectral_file(name):
    return FIXTURES / "spectral" / f"{name}.tsv.gz"


def write_spectral(name, rows, failures):
    path = spectral_file(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = io.StringIO()
    clean = lambda x: re.sub(r"[\t\r\n]", " ", str(x))  # noqa: E731 (one field: no tab, no line break)
    for rel, why in failures:
        text.write(f"#failed\t{rel}\t{clean(why)}\n")
    # The message is left out: the comparison is by rule, file and pointer, and messages are most of
    # the size.
    for row in rows:
        text.write("\t".join(clean(x) for x in row[:5]) + "\n")
    # mtime=0: the same findings give the same bytes, so a refresh changes the file only when they change.
    with open(path, "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as gz:
            gz.write(text.getvalue().encode())


def read_spectral(name):
    rows, failures = [], []
    with gzip.open(spectral_file(name), "rt") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if parts[0] == "#failed":
                failures.append((parts[1], parts[2]))
            else:
                rows.append((parts[0], parts[1], parts[2], parts[3], int(parts[4]), ""))
    return rows, failures


# --- comparing ---------------------------------------------------------------------------------------------


def read_expected():
    with open(FIXTURES / "expected-differences.tsv") as f:
        rows = [r for r in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")]
    for r in rows:
        r["sides"] = r["side"].split("|")
        if not r["sides"] or any(side not in SIDES for side in r["sides"]):
            sys.exit(f"expected-differences.tsv: side must be {' or '.join(SIDES)} (or both, `|`), not {r['side']!r}")
        r["regex"] = re.compile(r["where"])
        r["rule_regex"] = re.compile(r["rule"])
        r["used"] = 0
        r["uses"] = Counter()
    return rows


def compare(name, mine, theirs, expected):
    """Per rule: shared, specgen-only and spectral-only counts; and the differences no line explains."""
    key = lambda row: row[:4]  # noqa: E731 (root, rule, file, pointer)
    a, b = Counter(map(key, mine)), Counter(map(key, theirs))
    per_rule = defaultdict(lambda: [0, 0, 0])
    unexplained = []
    messages = {key(r): r[5] for r in theirs}
    messages.update({key(r): r[5] for r in mine})
    for k in a.keys() | b.keys():
        shared = min(a[k], b[k])
        per_rule[k[1]][0] += shared
        for side, extra in (("specgen-only", a[k] - shared), ("spectral-only", b[k] - shared)):
            if not extra:
                continue
            per_rule[k[1]][1 if side == "specgen-only" else 2] += extra
            where = f"{k[0]} {k[2]} {k[3]}"
            line = next((e for e in expected if re.fullmatch(e["ruleset"], name) and e["rule_regex"].fullmatch(k[1])
                         and side in e["sides"] and e["regex"].search(where)), None)
            if line:
                line["used"] += extra
                line["uses"][name] += extra
            else:
                unexplained.append((side, k[1], where, messages.get(k, "")))
    return dict(per_rule), sorted(unexplained)


# --- the report --------------------------------------------------------------------------------------------


def md(text):
    return text.replace("|", "\\|")


def write_docs(results, expected, corpus_roots):
    lines = [
        "# Public Spectral rulesets: specgen against Spectral 6.16.3",
        "",
        "<!-- Generated by `python3 tests/external/ruleset-peers.py --write-docs`; do not edit. -->",
        "",
        f"Each ruleset of [tests/fixtures/rulesets](../tests/fixtures/rulesets/README.md) ran over the "
        f"{corpus_roots} roots of the corpus (`../shared/corpus/roots.txt`) with Spectral 6.16.3 and with "
        "specgen. A finding is the same when both report the same rule at the same file and JSON pointer "
        "(reported as often). **Agreement** is shared findings over all distinct findings of both sides. "
        "Every difference is explained in "
        "[expected-differences.tsv](../tests/fixtures/rulesets/expected-differences.tsv); the test "
        "`generator/tests/rulesets_vs_spectral.rs` fails on any other.",
        "",
        "",
        "Spectral's own resolver and parser findings (`invalid-ref`, `parser`) come with every ruleset and",
        "are not the ruleset's rules: they are counted apart and left out of the agreement (specgen reports",
        "those problems with its loader's rules, which `specgen.yaml` decides).",
        "",
        "| ruleset | package | rules with findings | Spectral | specgen | shared | specgen only | Spectral only | agreement | Spectral's resolver and parser findings |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        ruled = {k: v for k, v in r["per_rule"].items() if k not in NOT_RULES}
        shared = sum(v[0] for v in ruled.values())
        mine, theirs = shared + sum(v[1] for v in ruled.values()), shared + sum(v[2] for v in ruled.values())
        union = mine + theirs - shared
        agreement = f"{100 * shared / union:.1f}%" if union else "—"
        apart = sum(v[2] for k, v in r["per_rule"].items() if k in NOT_RULES)
        lines.append(f"| {r['name']} | `{r['package']}@{r['version']}` | {len(ruled)} | {theirs} | {mine} | "
                     f"{shared} | {mine - shared} | {theirs - shared} | {agreement} | {apart} |")
    for r in results:
        lines += ["", f"## {r['name']}", "", "| rule | Spectral | specgen | specgen only | Spectral only |",
                  "|---|---:|---:|---:|---:|"]
        for rule, (shared, only_mine, only_theirs) in sorted(r["per_rule"].items()):
            lines.append(f"| `{rule}` | {shared + only_theirs} | {shared + only_mine} | {only_mine} | {only_theirs} |")
        reasons = [e for e in expected if re.fullmatch(e["ruleset"], r["name"]) and r["name"] in e["uses"]]
        if reasons:
            lines += ["", "Differences and why (rule, side, where, how many here):", ""]
            for e in reasons:
                lines.append(f"- `{md(e['rule'])}`, {e['side']}, `{md(e['where'])}` ({e['uses'][r['name']]}): "
                             f"{md(e['reason'])}")
        if r["failures"]:
            lines += ["", "Roots a tool could not lint (left out of both sides):", ""]
            lines += [f"- {tool}: `{rel}`: {md(why[:200])}" for tool, rel, why in r["failures"]]
    (ROOT / "docs" / "rulesets.md").write_text("\n".join(lines) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=os.environ.get("SPECGEN_CORPUS", str(ROOT.parent / "shared" / "corpus")))
    parser.add_argument("--specgen", help="a specgen binary (default: this checkout's release build)")
    parser.add_argument("--refresh-spectral", action="store_true", help="re-run Spectral and rewrite its files")
    parser.add_argument("--spectral-dir", help="a folder with Spectral and the ruleset packages in node_modules")
    parser.add_argument("--only", help="only this ruleset (no stale-line check, no docs)")
    parser.add_argument("--roots", help="only roots whose path contains this (no stale-line check, no docs)")
    parser.add_argument("--write-docs", action="store_true", help="write docs/rulesets.md")
    parser.add_argument("--timeout", type=int, default=2400, help="seconds a tool may take on one root")
    args = parser.parse_args()

    corpus = Path(args.corpus).resolve()
    if not (corpus / "roots.txt").exists():
        print(f"skipped: {corpus}/roots.txt does not exist (the corpus is only beside CI's clone)")
        return 0
    rulesets = [r for r in read_rulesets() if not args.only or r["name"] == args.only]
    roots = [line.strip() for line in (corpus / "roots.txt").read_text().splitlines() if line.strip()]
    if args.roots:
        roots = [r for r in roots if args.roots in r]
    OUT.mkdir(parents=True, exist_ok=True)

    if args.refresh_spectral:
        spectral, wrappers = install_for_spectral(rulesets, args.spectral_dir)
        for r in rulesets:
            start = time.time()
            rows, failures = run_spectral(spectral, wrappers / r["wrapper"], corpus, roots, r["name"], args.timeout)
            write_spectral(r["name"], rows, failures)
            log(f"spectral {r['name']}: {len(rows)} findings, {len(failures)} roots failed, {time.time() - start:.0f} s")

    specgen = os.path.abspath(args.specgen) if args.specgen else str(ROOT / "target" / "release" / "specgen")
    folder = install_for_specgen(rulesets)
    expected = read_expected()
    rename = renames(specgen)
    results, unexplained = [], []
    for r in rulesets:
        theirs, their_failures = read_spectral(r["name"])
        theirs = [(row[0], rename.get(row[1], row[1])) + row[2:] for row in theirs if row[0] in roots]
        mine, my_failures, seconds = run_specgen(specgen, folder / r["wrapper"], corpus, roots, args.timeout)
        theirs_rules = ruleset_rules(specgen, folder / r["wrapper"])
        mine = [row for row in mine if row[1] in theirs_rules]
        failed = {rel for rel, _ in their_failures} | {rel for rel, _ in my_failures}
        per_rule, diff = compare(r["name"], [m for m in mine if m[0] not in failed],
                                 [t for t in theirs if t[0] not in failed], expected)
        failures = [("Spectral", rel, why) for rel, why in their_failures] + [("specgen", rel, why) for rel, why in my_failures]
        results.append(dict(r, per_rule=per_rule, failures=failures))
        shared = sum(v[0] for v in per_rule.values())
        log(f"{r['name']}: specgen {len(mine)} findings in {seconds:.1f} s, Spectral {len(theirs)}, shared {shared}, "
            f"unexplained differences {len(diff)}, roots failed: specgen {len(my_failures)}, Spectral {len(their_failures)}")
        # A root both tools fail on is agreed on (the docs list both reasons); only specgen failing is not.
        spectral_failed = {rel for rel, _ in their_failures}
        for rel, why in my_failures:
            if rel not in spectral_failed:
                unexplained.append((r["name"], "specgen failed", "-", rel, why))
        unexplained += [(r["name"],) + d for d in diff]
    # A line can serve several rulesets: it is stale only when a run of all of them leaves it unused.
    if not args.roots and not args.only:
        for e in expected:
            if e["used"] == 0 and any(re.fullmatch(e["ruleset"], r["name"]) for r in rulesets):
                unexplained.append((e["ruleset"], "stale line", e["rule"], e["where"], "matches no difference: remove it"))
    if args.write_docs and not args.roots and not args.only:
        write_docs(results, expected, len(roots))
        log("wrote docs/rulesets.md")
    # All of them, for reading; the output shows the first 200 and a count per rule.
    with open(OUT / "unexplained.tsv", "w") as f:
        for u in unexplained:
            f.write("\t".join(u) + "\n")
    for u in unexplained[:200]:
        print("\t".join(u))
    per_rule = Counter((u[0], u[1], u[2]) for u in unexplained)
    for (ruleset, side, rule), n in sorted(per_rule.items()):
        print(f"  {n:6}  {ruleset}  {side}  {rule}")
    if unexplained:
        print(f"{len(unexplained)} difference(s) not in tests/fixtures/rulesets/expected-differences.tsv")
        return 1
    print(f"ok: {len(rulesets)} ruleset(s), every difference explained")
    return 0


if __name__ == "__main__":
    sys.exit(main())
