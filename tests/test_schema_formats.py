"""Every `format` a schema declares is checked by `bosetting validate`, not skipped.

jsonschema checks a format only when it has a checker for it, and silently accepts anything
otherwise (`uri` needs rfc3986-validator installed). A schema that starts to declare a new
format fails here until the checker and its message are added.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from bosetting.engine.schemas import FORMAT_WORDS
from bosetting.obligations.paths import PROJECT_ROOT, SCHEMA_DIR


def _formats(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["format"]} if isinstance(node.get("format"), str) else set()
        return found.union(*(_formats(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_formats(item) for item in node))
    return set()


def _schema_files() -> list[Path]:
    return sorted(SCHEMA_DIR.glob("*.schema.json")) + sorted((PROJECT_ROOT / "docs" / "schema").glob("*.json"))


def test_the_schemas_declare_formats() -> None:
    declared = set().union(*(_formats(json.loads(p.read_text(encoding="utf-8"))) for p in _schema_files()))
    assert {"date", "uri"} <= declared


def test_every_declared_format_has_a_checker_and_a_message() -> None:
    checkers = Draft202012Validator.FORMAT_CHECKER.checkers
    for path in _schema_files():
        for name in _formats(json.loads(path.read_text(encoding="utf-8"))):
            assert name in checkers, f"{path.name} declares format '{name}', which nothing checks"
            assert name == "date" or name in FORMAT_WORDS, f"format '{name}' has no message in engine/schemas.py"


def test_a_uri_without_a_scheme_is_refused() -> None:
    checker = Draft202012Validator.FORMAT_CHECKER
    assert checker.conforms("https://www.regjeringen.no/no/aktuelt/ny-avtale-for-bosetting-og-mottak/id3151649", "uri")
    assert not checker.conforms("ikke en adresse", "uri")
    assert not checker.conforms("www.imdi.no/anmodning", "uri")
