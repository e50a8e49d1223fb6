#!/usr/bin/env bash
# mypy on the code as the wheel installs it: bosetting.engine and bosetting.obligations are the folders engine/ and
# obligations/ (package-dir in pyproject.toml), a mapping mypy cannot follow. scripts/import_layers.py lays out a
# tree of links under build/ in that layout; the links point at the checkout's files, so errors name them.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf build/typecheck
.venv/bin/python scripts/import_layers.py lay-out build/typecheck
exec .venv/bin/mypy "$@"
