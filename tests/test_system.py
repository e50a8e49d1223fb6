"""The evaluation layer (obligations.system): rules and data read once, each year computed once, and a rule set
compiled once for every year it judges."""

from __future__ import annotations

import ast
import datetime as dt

import pytest

from bosetting.engine.problems import InputError
from bosetting.obligations.evaluation import evaluate_year
from bosetting.obligations.metrics.indicators import year_indicators
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


def test_a_criteria_variant_is_judged_on_the_systems_dataset_with_its_compiled_rules() -> None:
    system = AgreementSystem(RULES_DIR, DATA_DIR)
    base = system.criteria(2026, 2026)
    assert system.criteria("2026", 2026).allocation == base.allocation
    assert system.criteria_context.dataset is system.dataset
    stricter = system.criteria("anmodningskriterier@2026.1", 2026, parameters={"min_innbyggere": 5000})
    assert stricter.version.ruleset.hash != base.version.ruleset.hash
    assert stricter.allocation.asked < base.allocation.asked
    assert sum(r.total for r in stricter.allocation.rows.values()) == base.allocation.need
    assert system.evaluators.compiled_count == 1  # the variant shares the version's compiled rules
    first, second, comparison = system.compare_criteria(2026, "2027", need=9000, need_em=300)
    assert (first.data_year, second.data_year) == (2027, 2027)
    assert sum(k.total_to for k in comparison.kommuner) == 9000
    assert system.criteria(2026).data_year == 2026  # the version's request year's data year by default
    scenario, redistribution = system.redistribute_criteria(2026, 2027)
    adjusted = system.dataset.national[2027].bosettingsbehov_justert
    assert scenario.allocation == redistribution.before and redistribution.after.need == adjusted
    assert sum(k.total_to for k in redistribution.changes) == adjusted


def test_the_criteria_commands_ask_the_evaluation_layer() -> None:
    tree = ast.parse((PROJECT_ROOT / "obligations/commands/criteria.py").read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                for alias in node.names}
    assert "AgreementSystem" in imported and "CriteriaContext" not in imported, imported
    assert not imported & {"load_dataset", "load_criteria", "redistribute", "allocation_rules"}, imported


def test_the_period_questions_are_answered_from_the_rules_and_the_data() -> None:
    system = AgreementSystem(RULES_DIR, DATA_DIR)
    first, last = system.agreement_years()
    obligations = [r for r in system.repository.rulesets if r.kind == "obligations"]
    assert (first, last) == (min(r.valid_from.year for r in obligations), max(r.valid_to.year for r in obligations))
    years = system.assessable_years(first, last)
    assert years and years == sorted(years) and all(y in system.dataset.kommune_years for y in years)
    assert all(not system.why_not_assessable(y) for y in years)
    assert system.assessable_years(years[-1], years[-1]) == [years[-1]]
    assert system.assessable_years(last + 1, last + 5) == []  # outside the rules' validity
    assert system.year(years[0]).evaluation_date == dt.date(years[0], 12, 31)


def test_a_rules_folder_without_obligations_has_no_agreement_period() -> None:
    system = AgreementSystem(RULES_DIR / "criteria", DATA_DIR)
    with pytest.raises(InputError) as raised:
        system.agreement_years()
    assert raised.value.problems[0].file == str(RULES_DIR / "criteria")
    assert "no obligations rule set" in raised.value.problems[0].message


def test_the_indicators_are_the_years_own_and_any_year_of_the_data_has_them() -> None:
    system = AgreementSystem(RULES_DIR, DATA_DIR)
    for year in sorted(system.dataset.national):
        assert system.indicators(year) == year_indicators(system.dataset, year)
        with_kommuner = system.indicators(year, with_kommuner=True)
        assert len(with_kommuner.rows) >= len(system.indicators(year).rows)


def test_the_workbench_judges_the_criteria_on_its_systems_data() -> None:
    from bosetting.obligations.workbench.session import Workbench

    bench = Workbench(rules_path=RULES_DIR / "criteria" / "anmodningskriterier-2026.yaml", data_dir=DATA_DIR)
    try:
        assert bench.context is bench.system.criteria_context
        assert bench.context.dataset is bench.system.dataset
        assert [v.key for v in bench.versions()] == ["anmodningskriterier@2026.1"]  # serve --rules FILE
    finally:
        bench.close()
