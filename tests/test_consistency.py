"""The same figures give consistent verdicts, or the rule files say why not (obligations.consistency)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bosetting.engine.evaluate import Evaluator
from bosetting.engine.facts import Fact, Subject
from bosetting.engine.repository import load_repository
from bosetting.engine.schemas import SchemaSet
from bosetting.obligations.consistency import differences, undeclared
from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.evaluation import evaluate_year
from bosetting.obligations.paths import DATA_DIR, RULES_DIR
from bosetting.obligations.rules_context import load_rules

NATION = Subject("national", "NO", "Norge")
CATALOGUE = {"maal": {"andel": "share"}}


def rule(rid: str, threshold: str, **extra: Any) -> dict[str, Any]:
    text = {"nb": "{andel}", "en": "{andel}"}
    return {"id": rid, "provision": "1", "title": {"nb": rid, "en": rid}, "applies_to": "national", "fact": "maal",
            "outcomes": [{"status": "met", "when": {"field": "andel", "op": "ge", "param": threshold},
                          "explanation": text}],
            "otherwise": {"status": "partly_met", "explanation": text}, **extra}


def findings(tmp_path: Path, schemas: SchemaSet, second_extra: dict[str, Any]) -> tuple[list[Any], list[Any]]:
    data = {"kind": "goals", "id": "mal", "title": {"nb": "Mål", "en": "Goals"}, "version": "1.0",
            "valid_from": "2026-01-01", "valid_to": "2029-12-31", "status": "adopted", "adopted_by": "Testen",
            "adopted_on": "2025-12-01", "source": {"document": "Testdokument"}, "last_reviewed_on": "2026-06-01",
            "parameters": {name: {"value": value, "basis": "assumption", "citation": "Satt for testen",
                                  "description": {"nb": name, "en": name}}
                           for name, value in (("lav", 80), ("hoy", 90))},
            "provisions": [{"id": "1", "title": {"nb": "En", "en": "One"}, "text": "tekst"}],
            "rules": [rule("hovedmaal", "lav"), rule("resultatmaal", "hoy", **second_extra)]}
    path = tmp_path / "mal.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    repo = load_repository([path], schemas, CATALOGUE)
    assert repo.errors == [], [p.format() for p in repo.errors]
    [ruleset] = repo.rulesets
    found = Evaluator(ruleset).evaluate([Fact("maal", NATION, "2026", {"andel": 85.0})], "2026")
    return found, repo.rulesets


def test_two_goals_on_the_same_share_with_different_verdicts_are_found(tmp_path: Path, schemas: SchemaSet) -> None:
    found, rulesets = findings(tmp_path, schemas, {})
    [difference] = undeclared(found, rulesets)
    assert {difference.first.rule_id, difference.second.rule_id} == {"hovedmaal", "resultatmaal"}
    assert difference.shared == ("andel",)


def test_a_declared_difference_carries_its_reason(tmp_path: Path, schemas: SchemaSet) -> None:
    reason = {"nb": "Resultatmålet krever mer.", "en": "The result goal asks for more."}
    found, rulesets = findings(tmp_path, schemas, {"may_differ_from": [{"rule": "hovedmaal", "reason": reason}]})
    assert undeclared(found, rulesets) == []
    [difference] = differences(found, rulesets)
    assert difference.reason == reason


@pytest.mark.parametrize("year", [2026, 2027])
def test_the_bundled_years_have_no_undeclared_difference(year: int) -> None:
    repo = load_rules([RULES_DIR])
    repo.raise_for_errors()
    evaluation = evaluate_year(load_dataset(DATA_DIR), repo, year)
    assert [d.describe() for d in undeclared(evaluation.findings, evaluation.rulesets)] == []
