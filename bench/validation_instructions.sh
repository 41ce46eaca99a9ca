#!/usr/bin/env bash
# What request validation costs, in instructions: callgrind counts the instructions of the seed PUT
# through the generated router and through the plain axum handler (generated/examples/validation_bench.rs,
# in-process: routing, extraction, validation, the handler, the JSON response; no socket, no HTTP
# parsing). Instruction counts do not depend on machine load, unlike wrk's requests per second.
# Each side runs N and 3N requests; the difference over 2N is the cost of one request, free of start-up
# (runtime, lazy statics). Prints a Markdown row to paste into BENCHMARKS.md.
# Usage: bash bench/validation_instructions.sh [N]   (default 1000; valgrind from Debian)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n=${1:-1000}
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null; }
bench=$(cargo build -q --release -p generated --example validation_bench --message-format=json-render-diagnostics |
  python3 -c 'import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable"):
        print(m["executable"])')
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# collected SIDE CALLS: the instructions of one whole run.
collected() {
  valgrind --tool=callgrind --callgrind-out-file="$out/$1.$2" "$bench" --calls "$2" --only "$1" 2>&1 |
    awk '/Collected :/ {print $4}'
}
per_request() {
  local low high
  low=$(collected "$1" "$n")
  high=$(collected "$1" $((3 * n)))
  echo $(((high - low) / (2 * n)))
}
v=$(per_request validated)
r=$(per_request raw)
cost=$(awk -v a="$v" -v b="$r" 'BEGIN {printf "%+.1f", (a / b - 1) * 100}')
echo "| seed PUT in-process, callgrind, ($((3 * n)) - $n) requests | validated: $v instructions/request | unchecked: $r instructions/request | cost: $cost% |"
