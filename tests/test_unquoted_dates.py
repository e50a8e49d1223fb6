"""Dates are quoted in every YAML file the project ships, and `validate` warns about an unquoted one.

Our loader reads `valid_from: 2026-01-01` as text, as YAML 1.2 does; YAML 1.1 readers (PyYAML's
own loaders, ajv-cli's reader) make it a date, which the schema then refuses. The check below
asks PyYAML itself, so it finds what such a reader would turn into a date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from repo_files import markdown_yaml_blocks, project_files

from bosetting.obligations.cli import main

TIMESTAMP = "tag:yaml.org,2002:timestamp"
# For the few fixtures that are broken YAML on purpose: a line whose whole value is a date.
_DATE_VALUE = re.compile(r"(:|^\s*-)\s+[0-9]{4}-[0-9]{2}-[0-9]{2}\s*(#.*)?$")


def _nodes(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [node] + [n for key, value in node.value for n in (*_nodes(key), *_nodes(value))]
    if isinstance(node, yaml.SequenceNode):
        return [node] + [n for item in node.value for n in _nodes(item)]
    return [node]


def yaml11_dates(text: str) -> list[int]:
    """The lines (from 1) that hold a value a YAML 1.1 reader makes a date."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return [n for n, line in enumerate(text.splitlines(), 1) if _DATE_VALUE.search(line)]
    if root is None:
        return []
    dates = (n for n in _nodes(root) if isinstance(n, yaml.ScalarNode) and n.tag == TIMESTAMP)
    return sorted({n.start_mark.line + 1 for n in dates})


def test_the_check_finds_unquoted_dates_and_only_those() -> None:
    text = "a: 2026-01-01\nb: '2026-01-01'\nc: [1, 2027-12-31]\nd: fra 2026-01-01\ne: {f: 2026-02-03 10:00:00}\n"
    assert yaml11_dates(text) == [1, 3, 5]
    assert yaml11_dates("a: [\nb: 2026-01-01\n") == [2]


def _shipped_yaml() -> list[Path]:
    files = project_files(".yaml", ".yml")
    binary = {p for p in files if b"\x00" in p.read_bytes()}
    return [p for p in files if p not in binary]


@pytest.mark.parametrize("path", _shipped_yaml(), ids=lambda p: p.name)
def test_no_yaml_file_has_an_unquoted_date(path: Path) -> None:
    text = path.read_bytes().decode("utf-8", errors="replace")
    assert yaml11_dates(text) == [], f"{path}: quote the dates on these lines"


def test_no_yaml_example_in_the_docs_has_an_unquoted_date() -> None:
    blocks = list(markdown_yaml_blocks())
    assert len(blocks) >= 5
    found = [f"{path.name}:{start + line - 1}" for path, start, text in blocks for line in yaml11_dates(text)]
    assert found == []


def test_validate_warns_about_an_unquoted_date_with_its_place(runner: CliRunner, example_text: str,
                                                              write_rules: Callable[[str, str], Path]) -> None:
    assert "valid_to: '2029-12-31'" in example_text
    text = example_text.replace("valid_to: '2029-12-31'", "valid_to: 2029-12-31")
    path = write_rules("eksempel.yaml", text)
    line = text.splitlines().index("valid_to: 2029-12-31") + 1
    result = runner.invoke(main, ["validate", "--today", "2026-07-01", str(path)])
    assert result.exit_code == 0, result.output
    assert f"{path}:{line}:11: warning: unquoted date 2029-12-31: YAML 1.1 readers" in result.output
    assert 'write "2029-12-31" in quotes' in result.output
    assert "[at $.valid_to]" in result.output
    assert "1 warning(s)" in result.output


def test_a_quoted_date_gets_no_warning(runner: CliRunner, example_text: str,
                                       write_rules: Callable[[str, str], Path]) -> None:
    path = write_rules("eksempel.yaml", example_text)
    result = runner.invoke(main, ["validate", "--today", "2026-07-01", str(path)])
    assert result.exit_code == 0, result.output
    assert "0 warning(s)" in result.output
