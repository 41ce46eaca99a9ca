#!/usr/bin/env bash
# Conformance of the demo servers with their specs, checked by a tool that knows only the spec:
# schemathesis (PyPI), pinned to 4.32.5. For each seed API it builds the demo server
# (generated/examples/<api>_server.rs), starts it on 127.0.0.1 (a free port) with a token, and runs
#   schemathesis run specs/<api>.yaml --checks all --mode all --phases examples,coverage,fuzzing,stateful
#     --max-examples 1000 --seed 20261124 --generation-database none -H <the token>
# i.e. every operation of the spec, every check, positive and negative (invalid input) test cases, the
# stateful phase that follows the spec's response links (create -> get -> update -> delete, list ->
# get), a fixed seed and no example database so that CI runs are repeatable. It then stops the server
# (SIGTERM: a graceful shutdown), and fails when schemathesis finds anything, when the server answered
# 5xx, when an operation of the spec never answered 2xx (auth or seed data broken, or a route never
# reached, which would make the run vacuous for that operation), or when it did not stop cleanly.
#
# Run from anywhere: `bash tests/external/schemathesis.sh`. schemathesis is installed on first run into
# .cache/external/schemathesis-venv (its own virtualenv: it pins libraries that the validators' venv
# pins differently) and reused afterwards; only PyPI is needed. Server logs go to
# .cache/external/logs/; schemathesis runs in .cache/external/schemathesis/, where it and Hypothesis
# keep their state (failures to replay with `st replay ID`). ST_MAX_EXAMPLES and ST_SEED override the
# defaults (at least 200 examples).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

CACHE="$ROOT/.cache/external"
VENV="$CACHE/schemathesis-venv"
LOGS="$CACHE/logs"
WORK="$CACHE/schemathesis"
ST_VERSION="4.32.5"
MAX_EXAMPLES="${ST_MAX_EXAMPLES:-1000}"
SEED="${ST_SEED:-20261124}"
# Known to the servers and schemathesis only; both run on this machine's loopback.
TOKEN="conformance-token"

ST="$VENV/bin/schemathesis"

# shellcheck source=tests/external/common.sh
source "$ROOT/tests/external/common.sh"

if ! [[ "$MAX_EXAMPLES" =~ ^[0-9]+$ ]] || ((MAX_EXAMPLES < 200)); then
  log "error: ST_MAX_EXAMPLES must be a number >= 200, not '$MAX_EXAMPLES'"
  exit 2
fi
mkdir -p "$CACHE" "$LOGS" "$WORK"

# --- schemathesis ---------------------------------------------------------------
pip_tool "$VENV" schemathesis "$ST_VERSION"

# --- the demo servers -------------------------------------------------------------
# Cargo names each executable it builds; asking it is right whatever the target directory. In this
# format the compiler's messages come as JSON too: show them as rustc would.
log "building the demo servers"
executables="$(cargo build --locked --quiet -p generated --examples --message-format=json-diagnostic-rendered-ansi |
  python3 -c '
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-message":
        sys.stderr.write(m["message"].get("rendered") or "")
    elif m.get("reason") == "compiler-artifact" and m.get("executable") and "example" in m["target"]["kind"]:
        print(m["target"]["name"], m["executable"])
')"
executable() { awk -v name="$1" '$1 == name { print $2 }' <<<"$executables"; }

server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]]; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
trap stop_server EXIT

# run_one API AUTH_HEADER: 0 when the API's server passes.
run_one() {
  local api="$1" auth="$2"
  local spec="specs/$api.yaml" bin server_log url="" ok=1 started rc
  bin="$(executable "${api}_server")"
  server_log="$LOGS/${api}_server.log"
  echo "=== $spec against the ${api}_server example"
  if [[ -z "$bin" || ! -x "$bin" ]]; then
    echo "  error: cargo built no ${api}_server example"
    return 1
  fi

  "$bin" --listen 127.0.0.1:0 --token "$TOKEN" >"$server_log" 2>&1 &
  server_pid=$!
  # The server names its address once it listens (port 0: the system picks a free one).
  for _ in $(seq 100); do
    url="$(grep -m1 -o 'listening on http://[0-9.:]*' "$server_log" | sed 's/^listening on //' || true)"
    [[ -n "$url" ]] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [[ -z "$url" ]]; then
    echo "  error: the server did not start:"
    sed 's/^/    /' "$server_log"
    stop_server
    return 1
  fi
  echo "  server: $url (log: ${server_log#"$ROOT"/})"

  started=$(date +%s.%N)
  # From $WORK: schemathesis and Hypothesis write their state to the working directory.
  if (cd "$WORK" && "$ST" run "$ROOT/$spec" --url "$url" -H "$auth" \
    --checks all --mode all --phases examples,coverage,fuzzing,stateful \
    --max-examples "$MAX_EXAMPLES" --seed "$SEED" --generation-database none \
    --continue-on-failure --no-color) 2>&1 | sed 's/^/  | /'; then
    rc=0
  else
    rc=${PIPESTATUS[0]}
  fi
  echo "  schemathesis: exit $rc in $(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')s"
  if ((rc != 0)); then
    echo "  (replay a failure: cd ${WORK#"$ROOT"/} && ../schemathesis-venv/bin/st replay ID)"
    ok=0
  fi

  stop_server
  if ! grep -q ': stopped$' "$server_log"; then
    echo "  error: the server did not shut down cleanly"
    ok=0
  fi
  # Log lines: TIME METHOD PATH STATUS DURATION.
  local statuses
  statuses="$(awk 'NF == 5 && $4 ~ /^[1-5][0-9][0-9]$/ { print $4 }' "$server_log" | sort | uniq -c |
    awk '{ printf "%s%s x%s", sep, $2, $1; sep = ", " }')"
  echo "  statuses the server sent: ${statuses:-none}; by operation:"
  # Per operation of the spec, from the server's log: what it answered. Each must have succeeded.
  # (PyYAML comes with schemathesis, in its virtualenv.)
  if ! "$VENV/bin/python" - "$ROOT/$spec" "$server_log" <<'PY'; then
import re
import sys

import yaml

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
spec = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
operations = []
for path, item in spec["paths"].items():
    # A template segment matches any one segment of a request path.
    segments = ["[^/]+" if s.startswith("{") else re.escape(s) for s in path.split("/")]
    pattern = re.compile("^" + "/".join(segments) + "$")
    for method, op in item.items():
        if method in METHODS:
            operations.append((method.upper(), pattern, op.get("operationId") or f"{method.upper()} {path}"))
answered = {name: {} for _, _, name in operations}
for line in open(sys.argv[2], encoding="utf-8", errors="replace"):
    # Log lines: TIME METHOD PATH STATUS DURATION.
    fields = line.split()
    if len(fields) != 5 or not re.fullmatch(r"[1-5][0-9][0-9]", fields[3]):
        continue
    for method, pattern, name in operations:
        if fields[1] == method and pattern.match(fields[2]):
            answered[name][fields[3]] = answered[name].get(fields[3], 0) + 1
            break
missing = []
for name, statuses in answered.items():
    listed = ", ".join(f"{s} x{n}" for s, n in sorted(statuses.items()))
    print(f"  {name}: {listed or 'no requests'}")
    if not any(s.startswith("2") for s in statuses):
        missing.append(name)
if missing:
    print(f"  error: never answered 2xx: {', '.join(missing)}")
    sys.exit(1)
PY
    ok=0
  fi
  if grep -qE '^[^ ]+ [A-Z]+ [^ ]+ 5[0-9][0-9] ' "$server_log"; then
    echo "  error: the server answered 5xx (see its log)"
    ok=0
  fi
  ((ok)) && echo "  result: PASS" || echo "  result: FAIL"
  ((ok))
}

log "versions: schemathesis $("$ST" --version | awk '{ print $NF }'), max examples $MAX_EXAMPLES, seed $SEED"
all_started=$(date +%s)
failed=()
run_one smarterproctoring "token: $TOKEN" || failed+=(smarterproctoring)
run_one digitalchalk "Authorization: Bearer $TOKEN" || failed+=(digitalchalk)

echo
if ((${#failed[@]})); then
  echo "schemathesis: ${#failed[@]} of 2 demo server(s) failed: ${failed[*]} ($(($(date +%s) - all_started))s)"
  exit 1
fi
echo "schemathesis: both demo servers conform to their specs ($(($(date +%s) - all_started))s)"
