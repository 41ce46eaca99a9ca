# Shared by the scripts in tests/external (sourced, not run): logging and a pinned PyPI install into a
# virtualenv under .cache/external, so each script installs what it needs itself.

log() { printf '%s\n' "$*" >&2; }

# pip_tool VENV PACKAGE VERSION: makes VENV hold exactly PACKAGE==VERSION (reused when it already does).
pip_tool() {
  local venv=$1 package=$2 version=$3
  installed() {
    [[ "$("$venv/bin/python" -c "import importlib.metadata as m; print(m.version('$package'))" 2>/dev/null)" == "$version" ]]
  }
  if installed; then
    log "$package $version: cached in ${venv#"$ROOT"/}"
    return
  fi
  log "$package $version: installing into ${venv#"$ROOT"/}"
  command -v python3 >/dev/null || { log "error: python3 not found"; exit 2; }
  [[ -x "$venv/bin/python" ]] || python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "$package==$version"
  installed || { log "error: $package did not install"; exit 2; }
}
