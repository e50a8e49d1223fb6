"""The published schemas work in the standard validator, check-jsonschema, with no flags and no network.

The kinds' schemas reach the shared definitions by a `$ref` relative to the file
(`common.schema.json#/$defs/...`); these tests run check-jsonschema as a rule owner's pipeline
would, from another folder, with every proxy pointing at a closed port so that any attempt to
fetch a schema over the network fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bosetting.obligations.paths import PROJECT_ROOT, RULES_DIR, SCHEMA_DIR

KINDS = ("obligations", "goals", "criteria")
NO_NETWORK = {"HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9",
              "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9", "NO_PROXY": "", "no_proxy": ""}


def check_jsonschema(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "check_jsonschema", *map(str, args)], cwd=cwd,
                          env={**os.environ, **NO_NETWORK}, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("kind", KINDS)
def test_check_jsonschema_accepts_the_shipped_rule_files(kind: str, tmp_path: Path) -> None:
    files = sorted((RULES_DIR / kind).glob("*.yaml"))
    assert files
    result = check_jsonschema("--schemafile", SCHEMA_DIR / f"{kind}.schema.json", *files, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok -- validation done" in result.stdout


def test_check_jsonschema_follows_the_ref_into_the_shared_definitions(tmp_path: Path) -> None:
    # The rule set id's type is defined only in common.schema.json: the error shows that the ref was followed.
    original = (RULES_DIR / "obligations" / "samarbeidsavtale-2026-2029.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(original.replace("\nid: samarbeidsavtale-2026-2029\n", "\nid: 17\n", 1), encoding="utf-8")
    result = check_jsonschema("--schemafile", SCHEMA_DIR / "obligations.schema.json", broken, cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "$.id: 17 is not of type 'string'" in result.stdout
    assert "Unresolvable" not in result.stdout + result.stderr


def test_every_schema_is_valid_against_its_meta_schema(tmp_path: Path) -> None:
    schemas = sorted(SCHEMA_DIR.glob("*.schema.json")) + sorted((PROJECT_ROOT / "docs" / "schema").glob("*.json"))
    result = check_jsonschema("--check-metaschema", *schemas, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
