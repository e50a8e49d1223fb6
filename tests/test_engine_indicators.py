"""Indicator rules: they describe a subject with a category declared in the file, and never judge it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bosetting.engine.evaluate import Evaluator
from bosetting.engine.facts import Fact, Subject
from bosetting.engine.repository import load_repository
from bosetting.engine.schemas import SchemaSet

CATALOGUE = {"maaling": {"anmodning": "request", "vedtak": "decision"}}
OSLO = Subject("kommune", "0301", "Oslo")
CATEGORIES = {
    "under": {"label": {"nb": "under anmodning", "en": "below the request"},
              "description": {"nb": "Vedtak under anmodning.", "en": "Decision below the request."}},
    "ikke_anmodet": {"label": {"nb": "ikke anmodet", "en": "not asked"},
                     "description": {"nb": "Ikke anmodet.", "en": "Not asked."}},
}


def indicator(outcomes: list[dict[str, Any]], otherwise: dict[str, Any]) -> dict[str, Any]:
    return {"id": "1/kommune", "provision": "1", "title": {"nb": "Kommunen", "en": "The kommune"},
            "applies_to": "kommune", "role": "indicator", "fact": "maaling", "outcomes": outcomes,
            "otherwise": otherwise}


def load(tmp_path: Path, schemas: SchemaSet, rule: dict[str, Any], categories: dict[str, Any] = CATEGORIES) -> Any:
    data = {
        "kind": "obligations", "id": "test", "title": {"nb": "Test", "en": "Test"}, "version": "1.0",
        "valid_from": "2026-01-01", "valid_to": "2029-12-31", "status": "adopted", "adopted_by": "Testen",
        "adopted_on": "2025-12-01", "source": {"document": "Testdokument"}, "last_reviewed_on": "2026-06-01",
        "parameters": {}, "categories": categories,
        "provisions": [{"id": "1", "title": {"nb": "En", "en": "One"}, "text": "tekst"}], "rules": [rule],
    }
    path = tmp_path / "rs.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_repository([path], schemas, CATALOGUE)


TEXT = {"nb": "{subject_name}", "en": "{subject_name}"}
UNDER = {"category": "under", "when": {"field": "vedtak", "op": "lt", "other_field": "anmodning"},
         "explanation": TEXT}


def test_an_indicator_gives_its_category_with_the_files_words(tmp_path: Path, schemas: SchemaSet) -> None:
    repo = load(tmp_path, schemas, indicator([UNDER], {"category": "ikke_anmodet", "explanation": TEXT}))
    assert repo.errors == []
    [ruleset] = repo.rulesets
    [finding] = Evaluator(ruleset).evaluate([Fact("maaling", OSLO, "2026", {"anmodning": 10, "vedtak": 4})], "2026")
    assert (finding.role, finding.status) == ("indicator", "under")
    assert finding.status_label("nb") == "under anmodning"
    assert finding.as_dict()["status_label"] == {"nb": "under anmodning", "en": "below the request"}


def test_an_indicator_may_not_give_a_verdict(tmp_path: Path, schemas: SchemaSet) -> None:
    verdict = {"status": "not_met", "when": UNDER["when"], "explanation": TEXT}
    repo = load(tmp_path, schemas, indicator([verdict], {"category": "ikke_anmodet", "explanation": TEXT}))
    [problem] = repo.errors
    assert "describes and never judges" in problem.message and problem.line > 0


def test_an_undeclared_category_is_named_with_a_suggestion(tmp_path: Path, schemas: SchemaSet) -> None:
    typo = {**UNDER, "category": "undr"}
    repo = load(tmp_path, schemas, indicator([typo], {"status": "insufficient_data", "explanation": TEXT}))
    [problem] = repo.errors
    assert "unknown category 'undr'" in problem.message and "under" in problem.message


def test_an_assessment_rule_may_not_give_a_category(tmp_path: Path, schemas: SchemaSet) -> None:
    rule = indicator([UNDER], {"status": "not_met", "explanation": TEXT})
    del rule["role"]
    repo = load(tmp_path, schemas, rule)
    assert any("belongs to an indicator rule" in p.message for p in repo.errors)
