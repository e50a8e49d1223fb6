#!/usr/bin/env bash
# mypy on the code as the wheel installs it: bosetting.engine and bosetting.obligations are the folders engine/ and
# obligations/ (package-dir in pyproject.toml), a mapping mypy cannot follow. A tree of links under build/ gives it
# that layout; the links point at the checkout's files, so errors name them as they are.
set -euo pipefail
cd "$(dirname "$0")/.."
tree=build/typecheck/bosetting
rm -rf build/typecheck
mkdir -p "$tree"
for file in bosetting/*.py; do
    ln -s "../../../$file" "$tree/$(basename "$file")"
done
ln -s ../../../engine "$tree/engine"
ln -s ../../../obligations "$tree/obligations"
exec .venv/bin/mypy "$@"
