"""A parameter or value whose type does not fit its comparison is an error of `validate` (issue 13).

"90 %", "15,5" and "ca. 20" compared with a number field validated before and then silently changed the
findings: the engine's type guards make such a comparison hold neither way. Every operator is checked,
with the place to fix (the parameter's value) and how to write it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from bosetting.engine.comparison_types import BOOL, DATE, MONTH, NUMBER, TEXT, fits, how_to_write
from bosetting.obligations.cli import main
from bosetting.obligations.rules_context import load_rules

EXAMPLE = Path(__file__).parent / "fixtures" / "rules" / "valid" / "eksempel.yaml"
TODAY = dt.date(2026, 7, 1)
CONDITION = "            - {ratio: [bosatt, vedtak], op: lt, param: min_andel_bosatt}"
PARAMETERS = "parameters:\n"
OPERATORS = ("eq", "ne", "lt", "le", "gt", "ge", "in", "not_in")
TEXTS = {
    '"90 %"': "write 90, the unit is in `unit` (prosent)",
    '"15,5"': "write 15.5 with a decimal point",
    '"ca. 20"': "write 20: a threshold is one exact number",
    '"12 000"': "write 12000 without spaces or quotes",
    '"20"': "write 20 without quotes",
    "true": "write a number, not true or false",
}


def test_a_yes_no_threshold_compared_with_a_number_is_an_error(tmp_path: Path) -> None:
    repo = load_rules([_rule_file(tmp_path, "true", "ge")], today=TODAY)
    assert any(TEXTS["true"] in p.message and (p.line, p.column) == (19, 12) for p in repo.errors)


def _rule_file(tmp_path: Path, value: str, op: str, field: str = "bosatt") -> Path:
    """The example rule file with a parameter `grense` (line 18, its value on line 19) that `field` is compared
    with on line 53 (an in or not_in takes it as a list of one)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    assert CONDITION in text and text.count(PARAMETERS) == 1
    listed = f"[{value}]" if op in ("in", "not_in") else value
    text = text.replace(PARAMETERS, f"{PARAMETERS}  grense:\n    value: {listed}\n    unit: prosent\n"
                                    "    basis: assumption\n    citation: Satt for testene.\n"
                                    "    description: {nb: Grense, en: Limit}\n")
    text = text.replace(CONDITION, f"{CONDITION}\n            - {{field: {field}, op: {op}, param: grense}}")
    path = tmp_path / "regler.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("op", OPERATORS)
@pytest.mark.parametrize("value", [v for v in TEXTS if v != "true"])
def test_a_mistyped_threshold_is_an_error_at_its_value_for_every_operator(tmp_path: Path, op: str,
                                                                          value: str) -> None:
    path = _rule_file(tmp_path, value, op)
    repo = load_rules([path], today=TODAY)
    messages = [p for p in repo.errors if "parameter 'grense' is" in p.message
                and "compares it with 'bosatt', a number" in p.message]
    assert len(messages) == 1, [p.format() for p in repo.errors]
    problem = messages[0]
    assert (problem.line, problem.column) == ((19, 13) if op in ("in", "not_in") else (19, 12))
    assert f"(op {op}, line 53)" in problem.message
    assert TEXTS[value] in problem.message
    assert repo.rulesets == []


@pytest.mark.parametrize("op", OPERATORS)
def test_a_number_threshold_fits_a_number_field_for_every_operator(tmp_path: Path, op: str) -> None:
    repo = load_rules([_rule_file(tmp_path, "90", op)], today=TODAY)
    assert repo.errors == [], [p.format() for p in repo.errors]


def test_a_number_compared_with_a_text_field_is_an_error(tmp_path: Path) -> None:
    repo = load_rules([_rule_file(tmp_path, "1", "eq", field="vedtak_kategori")], today=TODAY)
    assert any("compares it with 'vedtak_kategori', text (op eq" in p.message and "write the text in quotes"
               in p.message for p in repo.errors), [p.format() for p in repo.errors]


def test_validate_prints_the_location_and_the_suggestion(tmp_path: Path) -> None:
    path = _rule_file(tmp_path, '"90 %"', "ge")
    result = CliRunner().invoke(main, ["validate", "--today", TODAY.isoformat(), str(path)])
    assert result.exit_code == 1
    assert f"{path}:19:12: error: parameter 'grense' is the text \"90 %\"" in result.output
    assert "write 90, the unit is in `unit` (prosent)" in result.output


def test_two_fields_of_different_types_are_an_error(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        CONDITION, "            - {field: vedtak_kategori, op: eq, other_field: bosatt}")
    path = tmp_path / "regler.yaml"
    path.write_text(text, encoding="utf-8")
    repo = load_rules([path], today=TODAY)
    assert any("'vedtak_kategori' is text but 'bosatt' is a number" in p.message for p in repo.errors)


@pytest.mark.parametrize(("value", "kind", "expected"), [
    (90, NUMBER, True), (15.5, NUMBER, True), ("90", NUMBER, False), (True, NUMBER, False),
    ("under", TEXT, True), (1, TEXT, False), (True, BOOL, True), (1, BOOL, False), ("ja", BOOL, False),
    ("2026-06-30", DATE, True), ("2026-02-30", DATE, False), ("30.06.2026", DATE, False), ("2026-06", DATE, False),
    ("2026-06", MONTH, True), ("2026-13", MONTH, False), ("2026-06-01", MONTH, False),
])
def test_what_fits_each_kind_of_field(value: object, kind: str, expected: bool) -> None:
    assert fits(value, kind) is expected


def test_suggestions_for_yes_no_and_dates() -> None:
    assert how_to_write("ja", BOOL) == "write true or false without quotes"
    assert how_to_write(1, BOOL) == "write true or false"
    assert "YYYY-MM-DD" in how_to_write("30.06.2026", DATE)
    assert "YYYY-MM" in how_to_write("juni 2026", MONTH)
