#!/usr/bin/env bash
# The corpus harness is tests/external/corpus-compile.py (its header says what it does); this keeps the
# command the README and CI use.
exec python3 "$(dirname "${BASH_SOURCE[0]}")/corpus-compile.py" "$@"
