"""The evaluation layer (obligations.system): rules and data read once, each year computed once, and a rule set
compiled once for every year it judges."""

from __future__ import annotations

import ast

from bosetting.obligations.evaluation import evaluate_year
from bosetting.obligations.paths import DATA_DIR, PROJECT_ROOT, RULES_DIR
from bosetting.obligations.system import AgreementSystem


def test_a_year_is_computed_once_and_gives_what_evaluate_year_gives() -> None:
    system = AgreementSystem(RULES_DIR, DATA_DIR)
    first = system.year(2027)
    assert system.year(2027) is first
    direct = evaluate_year(system.dataset, system.repository, 2027)
    assert [f.as_dict() for f in first.findings] == [f.as_dict() for f in direct.findings]
    assert first.long_waits_by_month and all(month.startswith("2027-") for month, _ in first.long_waits_by_month)


def test_each_rule_set_structure_is_compiled_once_for_the_whole_period() -> None:
    system = AgreementSystem(RULES_DIR, DATA_DIR)
    results = system.period([2027, 2026])
    assert list(results) == [2026, 2027]
    structures = {r.hash for result in results.values() for r in result.rulesets}
    assert 0 < system.evaluators.compiled_count <= len(structures)


def test_the_review_model_reads_the_years_results_and_derives_nothing_again() -> None:
    tree = ast.parse((PROJECT_ROOT / "obligations/review/model.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert not {m for m in imported if m.startswith(("bosetting.obligations.derive", "bosetting.obligations.metrics",
                                                     "bosetting.obligations.evaluation"))}, imported
