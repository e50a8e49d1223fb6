"""Every `$schema` line in the repository points at a schema that exists, the one for the file's kind.

Editors find a rule file's schema from its first line, `# yaml-language-server: $schema=<path>`,
relative to the file; a path one `../` short gives no help and no errors in the editor, and
nothing else would notice.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from repo_files import markdown_yaml_blocks, project_files

from bosetting.obligations.paths import PROJECT_ROOT, RULES_DIR

MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$", re.M)
DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"
KINDS = ("obligations", "goals", "criteria")


def _kind(text: str) -> str | None:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        data = None
    kind = data.get("kind") if isinstance(data, dict) else None
    return kind if kind in KINDS else None


def _yaml_files() -> list[Path]:
    return [p for p in project_files(".yaml", ".yml") if b"\x00" not in p.read_bytes()]


@pytest.mark.parametrize("path", _yaml_files(), ids=lambda p: p.relative_to(PROJECT_ROOT).as_posix())
def test_a_schema_line_points_at_the_schema_of_the_files_kind(path: Path) -> None:
    text = path.read_bytes().decode("utf-8", errors="replace")
    targets = MODELINE.findall(text)
    if not targets:
        return
    assert len(targets) == 1 and text.startswith("# yaml-language-server:"), "one $schema line, the first line"
    schema = (path.parent / targets[0]).resolve()
    assert schema.is_file(), f"{targets[0]} does not exist from {path.parent}"
    assert schema.parent == (PROJECT_ROOT / "rules" / "schema").resolve()
    kind = _kind(text)
    if kind is not None:
        assert schema.name == f"{kind}.schema.json"


def test_every_rule_file_has_a_schema_line() -> None:
    rule_files = [p for p in _yaml_files() if _kind(p.read_text(encoding="utf-8", errors="replace"))]
    assert len(rule_files) > 60
    missing = [str(p) for p in rule_files if not MODELINE.search(p.read_text(encoding="utf-8", errors="replace"))]
    assert missing == []


def test_the_docs_examples_point_at_the_schema_from_where_the_file_belongs() -> None:
    checked = 0
    for path, _line, text in markdown_yaml_blocks():
        for target in MODELINE.findall(text):
            kind = _kind(text)
            assert kind is not None, f"{path}: a $schema line in an example that is not a whole rule file"
            assert (RULES_DIR / kind / target).resolve() == (RULES_DIR / "schema" / f"{kind}.schema.json").resolve()
            checked += 1
    assert checked >= 1


def test_every_json_schema_names_draft_2020_12() -> None:
    schemas = project_files(".schema.json")
    assert len(schemas) >= 5
    for path in schemas:
        assert json.loads(path.read_text(encoding="utf-8"))["$schema"] == DRAFT_2020_12, path
