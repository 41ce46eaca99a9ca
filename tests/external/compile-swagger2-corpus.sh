#!/usr/bin/env bash
# Generates Rust (server and client) from each Swagger 2.0 example of the corpus (../shared/corpus or
# $SPECGEN_CORPUS, oai-examples-2.0) into one scratch crate, and compiles it with warnings denied
# (`cargo clippy -- -D warnings`, which type-checks every module). The fixtures of tests/fixtures/swagger2
# need no such crate: tests/build.rs compiles them with the tests. The crate lives in
# .cache/external/swagger2-crate (gitignored), pinned to the workspace's Cargo.lock; it honours
# CARGO_TARGET_DIR. Run from anywhere: `bash tests/external/compile-swagger2-corpus.sh`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

# shellcheck source=tests/external/common.sh
source "$ROOT/tests/external/common.sh"

CORPUS="${SPECGEN_CORPUS:-$ROOT/../shared/corpus}/oai-examples-2.0"
if [[ ! -d "$CORPUS" ]]; then
  log "note: corpus not found at $CORPUS (set SPECGEN_CORPUS); nothing to compile"
  exit 0
fi
CRATE="$ROOT/.cache/external/swagger2-crate"

log "building specgen"
cargo build -q -p specgen
SPECGEN="${CARGO_TARGET_DIR:-$ROOT/target}/debug/specgen"

rm -rf "$CRATE"
mkdir -p "$CRATE/src"
cp Cargo.lock "$CRATE/Cargo.lock"
cat >"$CRATE/Cargo.toml" <<'TOML'
[package]
name = "swagger2-corpus"
version = "0.0.0"
edition = "2024"
publish = false

# Its own workspace: it sits below specgen's folder but is not a member.
[workspace]

[dependencies]
axum = "0.8"
regex = "1"
regress = "0.12"
reqwest = { version = "0.13", default-features = false }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
serde_path_to_error = "0.1"
TOML

# module|spec|root-dir
specs=()
for spec in "$CORPUS"/*.yaml; do
  specs+=("$(basename "$spec" .yaml | tr '-' '_')|$spec|")
done
specs+=("petstore_separate|$CORPUS/petstore-separate/spec/swagger.yaml|$CORPUS/petstore-separate")

: >"$CRATE/src/lib.rs"
for entry in "${specs[@]}"; do
  IFS='|' read -r module spec root <<<"$entry"
  args=(generate "$spec" --client --out "$CRATE/src/$module.rs")
  [[ -n "$root" ]] && args+=(--root-dir "$root")
  "$SPECGEN" "${args[@]}" 2>"$CRATE/$module.warnings.log"
  echo "generated $module ($(wc -l <"$CRATE/src/$module.rs") lines, $(grep -c '^warning' "$CRATE/$module.warnings.log" || true) warning(s)) from ${spec#"$ROOT"/}"
  echo "pub mod $module;" >>"$CRATE/src/lib.rs"
done

log "compiling ${#specs[@]} modules with warnings denied"
(cd "$CRATE" && cargo clippy -q --all-targets -- -D warnings)
echo "compile-swagger2-corpus: the Rust generated from all ${#specs[@]} Swagger 2.0 examples compiles, clippy-clean"
