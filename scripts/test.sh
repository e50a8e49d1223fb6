#!/usr/bin/env bash
# Install what is needed into .venv and tests/browser, and run every test: ruff, mypy, pytest (features included).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
# axe-core for the accessibility test, at the version tests/browser/package-lock.json pins.
[ -f tests/browser/node_modules/axe-core/axe.min.js ] || npm ci --prefix tests/browser --no-audit --no-fund --silent
.venv/bin/ruff check bosetting engine obligations tests
./scripts/typecheck.sh
.venv/bin/pytest "$@"
