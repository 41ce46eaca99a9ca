#!/usr/bin/env python3
"""specgen's lint findings on the whole corpus beside Spectral's and Redocly's, rule by rule.

Usage: python3 tests/external/lint-peers.py [--reuse-peers] [--skip-install] [--corpus DIR]
                                            [--spectral BIN] [--redocly BIN] [--only SUBSTRING]

For every root of `CORPUS/roots.txt` it runs, as a user runs them:
  - `specgen lint --format json --root-dir CORPUS` (the release build of this checkout, default rules;
    `$ref`s may reach anywhere in the corpus, as from the root of the repository a user lints in);
  - Spectral 6.16.3 with a ruleset that `extends: ["spectral:oas"]`, `-f json`;
  - Redocly CLI 2.77.0 `lint --format json --max-problems 1000000` with the `recommended` ruleset (its
    default; without `--max-problems` it lists only the first 100 findings of a file).
The peers are installed when missing, pinned, into `.cache/bench` (bench/run.py's installer and
cache), unless `--spectral`/`--redocly` name installed executables. Each peer rule is mapped to the
specgen rule(s) whose findings count for it with tests/conformance/rule-map.tsv (peer rules with no
row there: EXTRA_MAP below, else the specgen rule of that id or alias, if any). Within one rule and one file, a finding is
shared when the other side has a finding of the mapped rule(s) at the same JSON pointer or at an
ancestor or descendant of it (tools report at different depths: the operation or its `responses`);
any two findings inside one example or default are related.

Writes:
  docs/lint-peers.md    the table: per peer rule, the counts of each side, what only one side
                        reports, and why (from docs/lint-peers-notes.tsv);
  docs/lint-peers.tsv   the same counts, machine-readable, per peer rule;
  target/lint-peers/findings.tsv  every finding: shared or one side's only, with file and pointer.
docs/lint-peers-notes.tsv is written by hand (peer, rule, the specgen-only and peer-only counts the
note was written for, the note); a rule whose counts have changed since is flagged in the table, so
after other rules change the note is re-checked. Re-generating is this one command; with
`--reuse-peers` the peers' cached output (target/lint-peers/raw/) is reused and only specgen runs
(about a minute). A run with nothing cached took 30 minutes on 2 shared cores (Spectral on OpenSearch's
`indices.yaml` alone 21 minutes; its timeout per tool and root is `--timeout`, 2400 s).
"""

import argparse
import csv
import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
OUT = ROOT / "target" / "lint-peers"
NOTES = ROOT / "docs" / "lint-peers-notes.tsv"
PEERS = ("spectral", "redocly")


def load_bench():
    """bench/run.py: the one place the peers' pins and installer live."""
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def log(message):
    print(message, file=sys.stderr, flush=True)


# --- running the tools -----------------------------------------------------------------------------


def pointer(segments):
    return "".join("/" + str(s).replace("~", "~0").replace("/", "~1") for s in segments)


def run_json(cmd, cwd, env, timeout):
    """The tool's JSON output, or a string saying why there is none."""
    try:
        proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"did not finish in {timeout} s"
    try:
        return json.loads(proc.stdout)
    except ValueError:
        # Leave out banners (Redocly's Node.js notice is drawn in a box).
        lines = [line.strip() for line in (proc.stderr + "\n" + proc.stdout).splitlines()
                 if line.strip() and not any(c in line for c in "║╔╚")]
        at = next((i for i, line in enumerate(lines) if "rror" in line or "ailed" in line), 0)
        said = " ".join(lines[at:at + 2]) if lines else "no output"
        return f"exit {proc.returncode}: {said[:240]}"


def specgen_findings(data, cwd):
    return [dict(rule=f["rule"], file=os.path.realpath(os.path.join(cwd, f["file"])), pointer=f["pointer"],
                 line=f["start"]["line"] if f.get("start") else 0, message=f["message"]) for f in data]


def spectral_findings(data, cwd):
    return [dict(rule=f["code"], file=os.path.realpath(os.path.join(cwd, f.get("source") or "")),
                 pointer=pointer(f.get("path", [])), line=f["range"]["start"]["line"] + 1, message=f["message"])
            for f in data]


def redocly_findings(data, cwd):
    out = []
    for f in data["problems"]:
        loc = (f.get("location") or [{}])[0]
        out.append(dict(rule=f["ruleId"], file=os.path.realpath(os.path.join(cwd, loc.get("source", {}).get("ref", ""))),
                        pointer=loc.get("pointer", "#").lstrip("#"),
                        line=(loc.get("start") or {}).get("line", 0), message=f["message"]))
    return out


def cache_key(tool_label, root):
    stat = root.stat()
    return hashlib.sha1(f"{tool_label}|{root}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:16]


def run_peer(name, label, cmd, root, rel, cwd, env, reuse, timeout):
    """A peer's output on `root`, from the cache when it ran on the same file with the same version."""
    raw = OUT / "raw" / name / (re.sub(r"[^A-Za-z0-9._-]", "_", rel) + ".json")
    key = cache_key(label, root)
    if raw.exists():
        record = json.loads(raw.read_text())
        if reuse or record.get("key") == key:
            # Relative paths in the output are relative to the folder it ran in, kept with it (a cache
            # copied from another checkout still reads right).
            return record["output"], Path(record.get("cwd", cwd))
    if reuse:
        return "no cached output (run without --reuse-peers)", cwd
    start = time.time()
    output = run_json(cmd, cwd, env, timeout)
    log(f"  {name}: {time.time() - start:.1f} s" + (f" ({output})" if isinstance(output, str) else ""))
    raw.parent.mkdir(parents=True, exist_ok=True)
    raw.write_text(json.dumps({"key": key, "cwd": str(cwd), "output": output}))
    return output, cwd


# --- mapping and matching --------------------------------------------------------------------------


def read_rule_map():
    """{peer: {peer_rule: [(specgen_rule, regex or None, keep_matching)]}} from rule-map.tsv."""
    out = defaultdict(dict)
    with open(ROOT / "tests" / "conformance" / "rule-map.tsv") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        out[row["peer"]][row["rule"]] = [] if row["specgen_rule"] == "-" else parse_spec(row["specgen_rule"])
    return out


def parse_spec(spec):
    """compare.py's syntax: comma-separated ids, each `id`, `id~REGEX` (its findings whose message
    matches) or `id!~REGEX` (those whose message does not)."""
    out = []
    for token in spec.split(","):
        if "!~" in token:
            rule, regex = token.split("!~", 1)
            out.append((rule, re.compile(regex), False))
        elif "~" in token:
            rule, regex = token.split("~", 1)
            out.append((rule, re.compile(regex), True))
        else:
            out.append((token, None, True))
    return out


# Peer rules that the rule tests do not cover, so rule-map.tsv has no row for them, but that report on the
# corpus what specgen reports under another id (same syntax as rule-map.tsv).
EXTRA_MAP = {
    ("spectral", "invalid-ref"): "unresolved-ref",
    ("spectral", "parser"): "parse-error,duplicate-key",
}


# Where one specgen rule counts for two peer rules that split its findings by where the node is (the
# rule tests exercise one at a time, so rule-map.tsv need not say), the corpus comparison splits them
# the same way, by the finding's pointer.
SCOPES = {
    ("redocly", "no-invalid-parameter-examples"): re.compile(r"/parameters/"),
    ("redocly", "no-invalid-media-type-examples"): re.compile(r"^(?!.*/parameters/)"),
}


def counts_for(spec, finding):
    for rule, regex, keep in spec:
        if finding["rule"] == rule and (regex is None or bool(regex.search(finding["message"])) == keep):
            return True
    return False


def specgen_rules(binary):
    """{id or alias: id} for every specgen rule: ids from `--list-rules`, aliases from docs/rules.md
    (generated from the same declarations; `--list-rules` does not print them)."""
    listing = subprocess.run([binary, "lint", "--list-rules"], stdout=subprocess.PIPE, text=True).stdout
    names = {}
    for line in listing.splitlines():
        words = line.split()
        if words:
            names[words[0]] = words[0]
    for line in (ROOT / "docs" / "rules.md").read_text().splitlines():
        row = re.match(r"\| \[`([^`]+)`\]\(#[^)]*\) \|[^|]*\|[^|]*\|([^|]*)\|", line)
        if row and row.group(1) in names:
            for alias in re.findall(r"`([^`]+)`", row.group(2)):
                names.setdefault(alias, row.group(1))
    return names


# The part of a pointer up to a literal value (an example, a default): tools point at different mismatches
# inside one example (or at the example itself), and one example is one fact.
LITERAL = re.compile(r"^(.*?/(?:example|x-example|default|examples/[^/]+/value|examples/[^/]+))(?:/.*)?$")


def literal_root(p):
    m = LITERAL.match(p)
    return m.group(1) if m else p


def related(a, b):
    """Same node, or one an ancestor of the other; the document root relates only to its own keys
    (a document-level finding: Spectral points at the root where specgen points at `/openapi`)."""
    a, b = literal_root(a), literal_root(b)
    if a == b:
        return True
    if not a or not b:
        return (a or b).count("/") == 1
    short, long = sorted((a, b), key=len)
    return long.startswith(short + "/")


def match(mine, theirs):
    """(mine shared?, theirs shared?) per finding: shared when the other side has a related finding in
    the same file."""
    by_file = defaultdict(list)
    for t in theirs:
        by_file[t["file"]].append(t["pointer"])
    mine_shared = [any(related(m["pointer"], p) for p in by_file[m["file"]]) for m in mine]
    by_file = defaultdict(list)
    for m in mine:
        by_file[m["file"]].append(m["pointer"])
    theirs_shared = [any(related(t["pointer"], p) for p in by_file[t["file"]]) for t in theirs]
    return mine_shared, theirs_shared


# --- the report ------------------------------------------------------------------------------------


def read_notes():
    notes = {}
    if NOTES.exists():
        with open(NOTES) as f:
            lines = [line for line in f if line.strip() and not line.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            notes[(row["peer"], row["rule"])] = row
    return notes


def md(text):
    return text.replace("|", "\\|")


def write_report(rows, extra, failures, roots, command):
    notes = read_notes()
    tsv = ["peer\trule\tspecgen_rules\tspecgen\tpeer_count\tspecgen_only\tpeer_only"]
    doc = [
        "# specgen's lint findings beside Spectral's and Redocly's",
        "",
        f"Generated by `{command}` (do not edit: the notes come from `docs/lint-peers-notes.tsv`). "
        f"{len(roots)} corpus roots (`../shared/corpus/roots.txt`), each tool as a user runs it: "
        "`specgen lint` with its defaults, Spectral 6.16.3 with `extends: [\"spectral:oas\"]`, Redocly CLI "
        "2.77.0 with `recommended`. Peer rules are mapped to specgen's with `tests/conformance/rule-map.tsv`. "
        "A finding is *shared* when the other side reports the mapped rule in the same file at the same "
        "JSON pointer or at an ancestor or descendant of it (any two findings inside one example or default are "
        "related: one example is one fact); *specgen only* and *peer only* count the findings that are not. The per-finding list is `target/lint-peers/findings.tsv` after a run; "
        "the counts are in `docs/lint-peers.tsv`. A run with the peers' output not yet cached took 30 minutes on "
        "2 shared cores (Spectral on OpenSearch's `indices.yaml` alone 21); `--reuse-peers` re-runs only specgen "
        "(about a minute).",
        "",
        "A note marked **(re-check)** was written for other counts (shown in it); the rule's findings have "
        "changed since.",
        "",
    ]
    if failures:
        doc += ["Runs that produced no findings list; the root is left out of that peer's comparison (on "
                "both sides; a specgen failure leaves it out of both):", ""]
        doc += [f"- {tool} on `{root}`: {md(why)}" for tool, root, why in failures] + [""]
    for peer in PEERS:
        doc += [f"## {peer.capitalize()}", "",
                "| peer rule | specgen rule(s) | specgen | peer | specgen only | peer only | why they differ |",
                "|---|---|---:|---:|---:|---:|---|"]
        for r in sorted((r for r in rows if r["peer"] == peer), key=lambda r: r["rule"]):
            tsv.append("\t".join(str(r[k]) for k in ("peer", "rule", "specgen_rules", "specgen", "peer_count",
                                                        "specgen_only", "peer_only")))
            doc.append(f"| `{r['rule']}` | {md(r['specgen_rules_md'])} | {r['specgen']} | {r['peer_count']} | "
                       f"{r['specgen_only']} | {r['peer_only']} | {md(note_text(notes, r))} |")
        doc.append("")
    doc += ["## specgen rules no peer rule maps to", "",
            "Findings of specgen rules that no row of `rule-map.tsv` (or same-named peer rule) counts for either "
            "peer: checks beyond the peers' (code generation, patterns, 3.1 reading of schemas).", "",
            "| specgen rule | findings | roots |", "|---|---:|---:|"]
    for rule, (count, nroots) in sorted(extra.items()):
        tsv.append(f"specgen\t{rule}\t{rule}\t{count}\t0\t{count}\t0")
        doc.append(f"| `{rule}` | {count} | {nroots} |")
    (ROOT / "docs" / "lint-peers.md").write_text("\n".join(doc) + "\n")
    (ROOT / "docs" / "lint-peers.tsv").write_text("\n".join(tsv) + "\n")


def note_text(notes, r):
    note = notes.get((r["peer"], r["rule"]))
    if r["specgen_only"] == 0 and r["peer_only"] == 0:
        return note["note"] if note and note["note"] else "agree"
    if not note:
        return "**(no note yet)**"
    text = note["note"]
    if (str(r["specgen_only"]), str(r["peer_only"])) != (note["specgen_only"], note["peer_only"]):
        text = f"**(re-check: written for {note['specgen_only']} / {note['peer_only']})** " + text
    return text


# --- main ------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=os.environ.get("SPECGEN_CORPUS", str(ROOT.parent / "shared" / "corpus")))
    parser.add_argument("--cache", default=str(ROOT / ".cache" / "bench"))
    parser.add_argument("--spectral", help="an installed spectral executable (else installed into the cache)")
    parser.add_argument("--redocly", help="an installed redocly executable (else installed into the cache)")
    parser.add_argument("--specgen", help="a specgen binary (else this checkout's release build)")
    parser.add_argument("--skip-install", action="store_true")
    parser.add_argument("--reuse-peers", action="store_true", help="reuse the peers' cached output as it is")
    parser.add_argument("--timeout", type=int, default=2400, help="seconds a tool may take on one root")
    parser.add_argument("--only", help="only the roots whose path contains this (the docs are not written)")
    args = parser.parse_args()

    corpus = Path(args.corpus)
    if not (corpus / "roots.txt").exists():
        print(f"skipped: {corpus}/roots.txt does not exist (the corpus is only beside CI's clone)")
        return
    started = time.time()
    bench = load_bench()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, **bench.QUIET_ENV)
    env["NODE_OPTIONS"] = env.get("NODE_OPTIONS", "") + " --max-old-space-size=8192"

    spectral_bin, redocly_bin = (args.spectral and os.path.abspath(args.spectral),
                                 args.redocly and os.path.abspath(args.redocly))
    if not (spectral_bin and redocly_bin) and not args.reuse_peers:
        wanted = [p for p, given in ((bench.Spectral(cache), spectral_bin), (bench.Redocly(cache), redocly_bin))
                  if not given]
        ready = bench.ensure(wanted, args.skip_install)
        spectral_bin = spectral_bin or (ready.get(bench.Spectral) and str(ready[bench.Spectral].executable()))
        redocly_bin = redocly_bin or (ready.get(bench.Redocly) and str(ready[bench.Redocly].executable()))
        if not (spectral_bin and redocly_bin):
            sys.exit("a peer is missing; install it or name it with --spectral / --redocly")
    ruleset = bench.Spectral(cache).ruleset()
    redocly_config = cache / "redocly-recommended.yaml"
    redocly_config.write_text("extends:\n  - recommended\n")
    # The peers run in an empty folder, so no configuration file around them changes what they do.
    scratch = OUT / "cwd"
    scratch.mkdir(parents=True, exist_ok=True)
    specgen = os.path.abspath(args.specgen) if args.specgen else bench.build_specgen()
    names = specgen_rules(specgen)

    roots = [line.strip() for line in (corpus / "roots.txt").read_text().splitlines() if line.strip()]
    if args.only:
        roots = [r for r in roots if args.only in r]
    found = {"specgen": [], "spectral": [], "redocly": []}
    failures = []
    for i, rel in enumerate(roots):
        root = (corpus / rel).resolve()
        log(f"[{i + 1}/{len(roots)}] {rel}")
        outputs = {
            # `--root-dir`: `$ref`s may reach anywhere in the corpus, as in the repository a user lints
            # from (the peers set no such bound).
            "specgen": (run_json([specgen, "lint", "--format", "json", "--root-dir", str(corpus.resolve()),
                                  str(root)], scratch, env, args.timeout), scratch),
            "spectral": run_peer("spectral", "spectral " + bench.SPECTRAL[1],
                                 [spectral_bin or "spectral", "lint", "--ruleset", str(ruleset), "-f", "json",
                                  "--quiet", str(root)], root, rel, scratch, env, args.reuse_peers, args.timeout),
            # `--max-problems`: Redocly lists only the first 100 findings unless told otherwise.
            "redocly": run_peer("redocly", "redocly " + bench.REDOCLY[1] + " all",
                                [redocly_bin or "redocly", "lint", "--config", str(redocly_config), "--format",
                                 "json", "--max-problems", "1000000", str(root)], root, rel, scratch, env, args.reuse_peers, args.timeout),
        }
        readers = {"specgen": specgen_findings, "spectral": spectral_findings, "redocly": redocly_findings}
        for tool, (output, ran_in) in outputs.items():
            if isinstance(output, str):
                failures.append((tool, rel, output))
                continue
            for f in readers[tool](output, ran_in):
                f["root"] = rel
                found[tool].append(f)

    rule_map = read_rule_map()
    rows, findings, mapped = [], [], set()
    for peer in PEERS:
        peer_rules = sorted(set(rule_map[peer]) | {f["rule"] for f in found[peer]})
        for rule in peer_rules:
            spec = rule_map[peer].get(rule)
            if spec is None and (peer, rule) in EXTRA_MAP:
                spec = parse_spec(EXTRA_MAP[(peer, rule)])
            if spec is None:
                spec = [(names[rule], None, True)] if rule in names else []
            mapped.update(s[0] for s in spec)
            # A root one side could not lint is left out of this peer's comparison on both sides.
            skip = {root for tool, root, _ in failures if tool in ("specgen", peer)}
            scope = SCOPES.get((peer, rule))
            mine = [f for f in found["specgen"] if counts_for(spec, f) and f["root"] not in skip
                    and (scope is None or scope.search(f["pointer"]))]
            theirs = [f for f in found[peer] if f["rule"] == rule and f["root"] not in skip]
            mine_shared, theirs_shared = match(mine, theirs)
            for side, items, shared in (("specgen", mine, mine_shared), (peer, theirs, theirs_shared)):
                for f, s in zip(items, shared):
                    findings.append((peer, rule, "shared" if s else f"{side} only", f["rule"], f["root"],
                                     os.path.relpath(f["file"], corpus), f["pointer"], f["line"],
                                     " ".join(f["message"].split())[:300]))
            ids = ",".join(s[0] for s in spec) if spec else "-"
            rows.append(dict(peer=peer, rule=rule, specgen_rules=ids,
                             specgen_rules_md=", ".join(f"`{s[0]}`" + (" (some)" if s[1] else "") for s in spec) or "—",
                             specgen=len(mine), peer_count=len(theirs),
                             specgen_only=mine_shared.count(False), peer_only=theirs_shared.count(False)))
    extra = {}
    for f in found["specgen"]:
        if f["rule"] not in mapped:
            count, roots_of = extra.get(f["rule"], (0, set()))
            extra[f["rule"]] = (count + 1, roots_of | {f["root"]})
    extra = {rule: (count, len(r)) for rule, (count, r) in extra.items()}

    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "findings.tsv", "w") as f:
        f.write("peer\tpeer_rule\tside\trule\troot\tfile\tpointer\tline\tmessage\n")
        for row in findings:
            f.write("\t".join(str(x).replace("\t", " ") for x in row) + "\n")
    seconds = time.time() - started
    if args.only:
        log(f"--only: docs not written; findings in {OUT / 'findings.tsv'}")
    else:
        write_report(rows, extra, failures, roots, "python3 tests/external/lint-peers.py")
        log("wrote docs/lint-peers.md, docs/lint-peers.tsv and " + str(OUT / "findings.tsv"))
    for r in rows:
        if r["specgen_only"] or r["peer_only"]:
            log(f"  {r['peer']:9} {r['rule']:45} specgen {r['specgen']:6} peer {r['peer_count']:6} "
                f"specgen-only {r['specgen_only']:6} peer-only {r['peer_only']:6}")
    log(f"{seconds:.0f} s")


if __name__ == "__main__":
    main()
