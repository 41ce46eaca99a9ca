#!/usr/bin/env bash
# Converts every Swagger 2.0 spec we test with (tests/fixtures/swagger2, and the corpus's
# oai-examples-2.0 when ../shared/corpus or $SPECGEN_CORPUS has it) with `specgen convert`, to OpenAPI
# 3.0 and 3.1, as YAML and as JSON, and validates each result with openapi-spec-validator (PyPI, pinned
# to 0.9.0). A deliberately broken document must fail, so a validator that accepts everything fails the
# run. Run from anywhere: `bash tests/external/validate-convert.sh`. The validator is installed on first
# run into .cache/external/venv (gitignored); the outputs and logs go to .cache/external/convert/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

CACHE="$ROOT/.cache/external"
VENV="$CACHE/venv"
OSV_VERSION="0.9.0"
OSV="$VENV/bin/openapi-spec-validator"
OUT="$CACHE/convert"

# shellcheck source=tests/external/common.sh
source "$ROOT/tests/external/common.sh"

mkdir -p "$CACHE"
pip_tool "$VENV" openapi-spec-validator "$OSV_VERSION"

log "building specgen"
cargo build -q -p specgen
SPECGEN="${CARGO_TARGET_DIR:-$ROOT/target}/debug/specgen"

rm -rf "$OUT"
mkdir -p "$OUT"

# The validator must be able to fail: a 3.0 document without `info`.
printf 'openapi: 3.0.3\npaths: {}\n' >"$OUT/broken.yaml"
if "$OSV" "$OUT/broken.yaml" >"$OUT/broken.log" 2>&1; then
  log "error: openapi-spec-validator accepted a document without info; the check proves nothing"
  exit 1
fi

# spec|root-dir (empty: the spec's folder)
specs=("tests/fixtures/swagger2/petshop.yaml|" "tests/fixtures/swagger2/multi/api.yaml|")
CORPUS="${SPECGEN_CORPUS:-$ROOT/../shared/corpus}/oai-examples-2.0"
if [[ -d "$CORPUS" ]]; then
  for spec in "$CORPUS"/*.yaml; do specs+=("$spec|"); done
  specs+=("$CORPUS/petstore-separate/spec/swagger.yaml|$CORPUS/petstore-separate")
else
  log "note: corpus not found at $CORPUS; converting the fixtures only"
fi

failed=()
checked=0
for entry in "${specs[@]}"; do
  spec="${entry%%|*}"
  root="${entry#*|}"
  name="$(basename "$(dirname "$spec")")-$(basename "$spec" .yaml)"
  echo "=== ${spec#"$ROOT"/}"
  for to in 3.0 3.1; do
    for ext in yaml json; do
      out="$OUT/$name-$to.$ext"
      args=(convert "$spec" --to "$to" --out "$out")
      [[ -n "$root" ]] && args+=(--root-dir "$root")
      if ! "$SPECGEN" "${args[@]}" 2>"$out.convert.log"; then
        echo "  $to $ext: specgen convert FAILED"
        sed 's/^/    /' "$out.convert.log"
        failed+=("$out")
        continue
      fi
      checked=$((checked + 1))
      if "$OSV" "$out" >"$out.log" 2>&1; then
        echo "  $to $ext: OK"
      else
        echo "  $to $ext: openapi-spec-validator FAILED (full output: ${out#"$ROOT"/}.log)"
        grep -E "Validation Error|Failed validating" "$out.log" | head -n 5 | cut -c1-300 | sed 's/^/    /' || true
        failed+=("$out")
      fi
    done
  done
done

echo
if ((${#failed[@]})); then
  echo "validate-convert: ${#failed[@]} of $((${#specs[@]} * 4)) conversion(s) failed"
  exit 1
fi
echo "validate-convert: all $checked conversions of ${#specs[@]} Swagger 2.0 spec(s) pass openapi-spec-validator $OSV_VERSION"
