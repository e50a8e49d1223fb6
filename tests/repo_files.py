"""The project's own files, for the tests that check something in every one of them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from bosetting.obligations.paths import PROJECT_ROOT

# What a run or a tool leaves in a checkout; never the project's own files.
_NOT_OURS = {".git", ".venv", "build", "node_modules", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".hypothesis",
             "__pycache__"}
_YAML_BLOCK = re.compile(r"^```ya?ml\n(.*?)^```", re.S | re.M)


def project_files(*suffixes: str) -> list[Path]:
    """Every file of the checkout with one of the suffixes, outside what runs and tools leave behind."""
    found = []
    for path in sorted(PROJECT_ROOT.rglob("*")):
        parts = path.relative_to(PROJECT_ROOT).parts
        if any(part in _NOT_OURS or part.endswith(".egg-info") or part.startswith("review-") for part in parts):
            continue
        if path.is_file() and path.name.endswith(suffixes):
            found.append(path)
    return found


def markdown_yaml_blocks() -> Iterator[tuple[Path, int, str]]:
    """Every ```yaml block of the README and docs/: the file, the line its text starts on, the text."""
    for path in [PROJECT_ROOT / "README.md", *sorted((PROJECT_ROOT / "docs").glob("*.md"))]:
        text = path.read_text(encoding="utf-8")
        for match in _YAML_BLOCK.finditer(text):
            yield path, text.count("\n", 0, match.start(1)) + 1, match.group(1)
