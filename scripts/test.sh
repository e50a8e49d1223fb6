#!/usr/bin/env bash
# Install what is needed into .venv and run every test: ruff, mypy, pytest (features included).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
.venv/bin/ruff check bosetting engine obligations tests
.venv/bin/mypy
.venv/bin/pytest "$@"
