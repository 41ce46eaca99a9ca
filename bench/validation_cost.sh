#!/usr/bin/env bash
# What request validation costs in a generated server: throughput of the seed PUT through the generated
# router (everything checked) against the same handler with no checks, under wrk on 127.0.0.1.
# Installs wrk (Debian) if missing. Prints a Markdown row to paste into BENCHMARKS.md.
# Usage: bash bench/validation_cost.sh [RUNS] [SECONDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-3}
secs=${2:-5}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
# Cargo names the executable it builds: right whatever CARGO_TARGET_DIR says.
bench=$(cargo build -q --release -p generated --example validation_bench --message-format=json-render-diagnostics |
  python3 -c 'import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable"):
        print(m["executable"])')
validated=127.0.0.1:18080
raw=127.0.0.1:18081
"$bench" --validated "$validated" --raw "$raw" 2>/dev/null &
server=$!
trap 'kill $server 2>/dev/null' EXIT
path=/v1/installs/AI1234567890abcdef1234567890abcdef/courseOfferings/CO1234567890abcdef1234567890abcdef
script=$(mktemp --suffix=.lua)
cat > "$script" <<'LUA'
wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["token"] = "secret"
wrk.body = '{"title": "Fall 2024", "matchStrings": "Fall 2024,FA24", "startDate": "1970-01-01T00:00:00.000Z", "endDate": "1970-01-01T00:00:00.000Z"}'
LUA
for _ in $(seq 50); do curl -s -o /dev/null "http://$raw/" && break; sleep 0.1; done
# Both must answer 200 to the request being measured.
for addr in "$validated" "$raw"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H 'Content-Type: application/json' -H 'token: secret' \
    --data '{"title": "Fall 2024", "matchStrings": "Fall 2024,FA24", "startDate": "1970-01-01T00:00:00.000Z"}' "http://$addr$path")
  [ "$code" = 200 ] || { echo "$addr answered $code" >&2; exit 1; }
done
rate() { wrk -t1 -c16 -d"${secs}s" -s "$script" "http://$1$path" | awk '/Requests\/sec/ {print $2}'; }
v=(); r=()
for _ in $(seq "$runs"); do v+=("$(rate "$validated")"); r+=("$(rate "$raw")"); done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mv=$(median "${v[@]}"); mr=$(median "${r[@]}")
cost=$(awk -v a="$mv" -v b="$mr" 'BEGIN {printf "%.1f", (1 - a / b) * 100}')
echo "| seed PUT, wrk -t1 -c16 -d${secs}s, median of $runs | validated: $mv req/s | unchecked: $mr req/s | cost: $cost% |"
