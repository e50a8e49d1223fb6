"""Checks across rule files: what one file sets, another in force at the same time must not contradict."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from bosetting.obligations.cli import main
from bosetting.obligations.paths import RULES_DIR

GOALS_FILE = Path("goals") / "samarbeidsavtale-2026-2029-mal.yaml"


def _set_parameter(path: Path, name: str, value: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line == f"  {name}:\n")
    index = next(i for i in range(start, len(lines)) if lines[i].strip().startswith("value:"))
    lines[index] = f"    value: {value}\n"
    path.write_text("".join(lines), encoding="utf-8")
    return index + 1


def test_the_project_rules_are_valid() -> None:
    result = CliRunner().invoke(main, ["validate", str(RULES_DIR)])
    assert result.exit_code == 0, result.output


def test_a_metric_parameter_set_differently_in_goals_and_obligations_is_an_error(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    _set_parameter(rules / GOALS_FILE, "varsel_dager", "14")
    result = CliRunner().invoke(main, ["validate", str(rules)])
    assert result.exit_code == 1
    assert "parameter 'varsel_dager' is" in result.output
    assert "in force at the same time" in result.output
    assert "Traceback" not in result.output
