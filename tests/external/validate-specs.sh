#!/usr/bin/env bash
# Validates every specs/*.yaml with two external validators:
#   - openapi-spec-validator (PyPI), pinned to 0.9.0
#   - Spectral CLI v6 (npm @stoplight/spectral-cli) with tests/external/spectral.yaml
#     (extends spectral:oas), failing on severity "error" only (warnings are printed).
# Run from anywhere: `bash tests/external/validate-specs.sh`. The tools are installed
# on first run into .cache/external/ at the repo root (gitignored) and reused afterwards;
# only PyPI and the npm registry are needed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

CACHE="$ROOT/.cache/external"
VENV="$CACHE/venv"
NPM_PREFIX="$CACHE/npm"
OSV_VERSION="0.9.0"
SPECTRAL_SPEC="@stoplight/spectral-cli@6"
RULESET="tests/external/spectral.yaml"

OSV="$VENV/bin/openapi-spec-validator"
SPECTRAL="$NPM_PREFIX/node_modules/.bin/spectral"

# shellcheck source=tests/external/common.sh
source "$ROOT/tests/external/common.sh"

mkdir -p "$CACHE"

# --- openapi-spec-validator -------------------------------------------------
pip_tool "$VENV" openapi-spec-validator "$OSV_VERSION"

# --- Spectral ----------------------------------------------------------------
if [[ -x "$SPECTRAL" ]]; then
  log "spectral: cached in .cache/external/npm"
else
  log "spectral: installing $SPECTRAL_SPEC into .cache/external/npm"
  command -v npm >/dev/null || { log "error: npm not found"; exit 2; }
  mkdir -p "$NPM_PREFIX"
  npm install --prefix "$NPM_PREFIX" --no-audit --no-fund --loglevel=error "$SPECTRAL_SPEC" >&2
  [[ -x "$SPECTRAL" ]] || { log "error: spectral did not install"; exit 2; }
fi
log "versions: openapi-spec-validator $OSV_VERSION, spectral $("$SPECTRAL" --version)"

# --- validate ------------------------------------------------------------------
shopt -s nullglob
specs=(specs/*.yaml)
if ((${#specs[@]} == 0)); then
  log "error: no specs/*.yaml found"
  exit 1
fi

LOGS="$CACHE/logs"
mkdir -p "$LOGS"

failed=()
for spec in "${specs[@]}"; do
  echo "=== $spec"
  file_ok=1

  # openapi-spec-validator dumps the whole schema and document on failure: show only its summary
  # lines (cut to 300 chars) and keep the full text in .cache/external/logs/.
  log_file="$LOGS/$(basename "$spec").openapi-spec-validator.log"
  if "$OSV" --validation-errors all "$spec" >"$log_file" 2>&1; then
    echo "  openapi-spec-validator: OK"
    sed 's/^/    /' "$log_file"
  else
    echo "  openapi-spec-validator: FAILED"
    file_ok=0
    # One "FILE: Validation Error: [n] ..." line per error (plus where it failed), else the head.
    summary="$(grep -E "^(${spec}: |Failed validating |On instance)" "$log_file" || true)"
    [[ -n "$summary" ]] || summary="$(head -n 20 "$log_file")"
    printf '%s\n' "$summary" | cut -c1-300 | sed 's/^/    /'
    echo "    (full output: ${log_file#"$ROOT"/})"
  fi

  # Spectral exits 1 when a result at or above --fail-severity exists, 2 on a usage/runtime error.
  if out="$("$SPECTRAL" lint --ruleset "$RULESET" --fail-severity error --format text "$spec" 2>&1)"; then
    rc=0
  else
    rc=$?
  fi
  if ((rc == 0)); then
    if grep -qE '^[^ ].*:[0-9]+:[0-9]+ +(warning|information|hint) ' <<<"$out"; then
      echo "  spectral: OK (no errors; other results below)"
    else
      echo "  spectral: OK (no results)"
    fi
  else
    echo "  spectral: FAILED (exit $rc)"
    file_ok=0
  fi
  [[ -n "$out" ]] && printf '%s\n' "$out" | sed 's/^/    /'

  if ((file_ok)); then
    echo "  result: PASS"
  else
    echo "  result: FAIL"
    failed+=("$spec")
  fi
done

echo
if ((${#failed[@]})); then
  echo "validate-specs: ${#failed[@]} of ${#specs[@]} spec(s) failed: ${failed[*]}"
  exit 1
fi
echo "validate-specs: all ${#specs[@]} spec(s) passed openapi-spec-validator and spectral (no errors)"
