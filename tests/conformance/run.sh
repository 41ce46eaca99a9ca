#!/usr/bin/env bash
# Scores specgen against the peers' own rule tests (../shared/conformance) with the current rule mapping
# (rule-map.tsv). Prints the official run.sh totals, then score.py's `PEER AGREE TOTAL` lines.
#
#   bash tests/conformance/run.sh [-v]     from the project root; SPECGEN names the binary
#                                          (default target/release/specgen)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${CONFORMANCE:-$root/../shared/conformance}
if [ ! -d "$shared" ]; then
  echo "skipped: $shared does not exist (the peers' rule-test cases are only beside CI's clone)"
  exit 0
fi
mirror=${CONFORMANCE_MIRROR:-$root/target/conformance}
export SPECGEN=$(realpath "${SPECGEN:-$root/target/release/specgen}")
python3 "$root/tests/conformance/mirror.py" "$shared" "$mirror"
CONFORMANCE_OUT= bash "$mirror/run.sh" "$@"
CONFORMANCE_OUT= python3 "$mirror/score.py"
