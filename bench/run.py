#!/usr/bin/env python3
"""Times specgen on the corpus: median wall time and peak memory of whole-process runs.

Usage: python3 bench/run.py [--runs N] [--corpus DIR]
Builds specgen in release mode first, runs every case N times (alternating cases, so machine noise
spreads evenly), and prints a Markdown table to paste into BENCHMARKS.md. Never asserts a time.
"""

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_once(cmd):
    """Wall seconds and peak RSS (MiB) of one run of `cmd`, which must exit 0 or 1."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(map(str, cmd))} exited {code}")
    return wall, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", default=os.environ.get("SPECGEN_CORPUS", str(ROOT.parent / "shared" / "corpus")))
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        sys.exit(f"corpus not found at {corpus} (pass --corpus or set SPECGEN_CORPUS)")

    subprocess.run(["cargo", "build", "--release", "-p", "specgen"], cwd=ROOT, check=True)
    specgen = str(ROOT / "target" / "release" / "specgen")
    out = "/dev/null"
    specs = {
        "petstore": corpus / "oai-examples" / "petstore.yaml",
        "twilio": corpus / "twilio" / "twilio_api_v2010.yaml",
        "digitalocean": corpus / "digitalocean" / "specification" / "DigitalOcean-public.v2.yaml",
        "stripe": corpus / "stripe" / "spec3.yaml",
    }
    cases = []
    for name, path in specs.items():
        cases.append((f"lint {name}", [specgen, "lint", "--format", "json", str(path)]))
        cases.append((f"generate {name}", [specgen, "generate", str(path), "--out", out]))

    results = {label: [] for label, _ in cases}
    for _ in range(args.runs):
        for label, cmd in cases:
            results[label].append(run_once(cmd))

    print(f"{time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} cores, "
          f"median of {args.runs} whole-process runs (`python3 bench/run.py --runs {args.runs}`)\n")
    print("| case | median wall | peak RSS |")
    print("|---|---|---|")
    for label, _ in cases:
        walls = [w for w, _ in results[label]]
        rss = max(r for _, r in results[label])
        print(f"| {label} | {statistics.median(walls) * 1000:.0f} ms | {rss:.0f} MiB |")


if __name__ == "__main__":
    main()
