"""Every criteria version on the bundled data: exact totals, a row per kommune, constraints kept."""

from __future__ import annotations

import pytest

from obligations.criteria.context import CriteriaContext
from obligations.criteria.redistribution import redistribute


@pytest.fixture(scope="module")
def context() -> CriteriaContext:
    return CriteriaContext()


VERSIONS = ["2018", "2019", "2022", "2023", "2024", "2026", "2027"]


@pytest.mark.parametrize("data_year", [2026, 2027])
@pytest.mark.parametrize("request_year", VERSIONS)
def test_allocation_adds_up_exactly_and_covers_the_register(context: CriteriaContext, request_year: str,
                                                            data_year: int) -> None:
    version = context.version(request_year)
    scenario = context.scenario(version, data_year)
    allocation = scenario.allocation
    need, need_em = context.need(data_year)
    assert set(allocation.rows) == set(context.register(data_year))
    assert sum(r.total for r in allocation.rows.values()) == need
    assert sum(r.em for r in allocation.rows.values()) == need_em
    minimum = version.spec.minimum_request
    for evaluation in scenario.evaluations:
        row = allocation.rows[evaluation.kommunenummer]
        if evaluation.failed_mandatory:
            assert row.total == 0 and row.em == 0
        if minimum:
            assert row.total == 0 or row.total >= minimum
        if evaluation.cap is not None:
            assert row.total <= evaluation.cap
        assert row.em <= row.total
        assert row.em == 0 or evaluation.em_eligible


@pytest.mark.parametrize("method", ["sainte_lague", "dhondt", "largest_remainder"])
def test_every_method_adds_up_on_the_bundled_data(context: CriteriaContext, method: str) -> None:
    scenario = context.scenario(context.version("2026"), 2026, method=method)
    assert sum(r.total for r in scenario.allocation.rows.values()) == 13_000
    assert sum(r.em for r in scenario.allocation.rows.values()) == 600


def test_the_version_for_a_year_prefers_adopted_and_falls_back_to_a_draft(context: CriteriaContext) -> None:
    assert context.version("2026").key == "anmodningskriterier@2026.1"
    assert context.version("2027").is_draft
    assert context.data_year(2027) == 2027
    assert context.data_year(2030) == 2027


def test_compiled_rules_and_evaluations_are_reused(context: CriteriaContext) -> None:
    version = context.version("2026")
    first = context.evaluations(version, 2026)
    assert context.evaluations(version, 2026) is first
    assert context.evaluator(version.ruleset) is context.evaluator(context.version("2026").ruleset)


def test_redistribution_of_the_2027_adjustment(context: CriteriaContext) -> None:
    version = context.version("2026")
    scenario = context.scenario(version, 2027)
    from obligations.criteria.context import allocation_rules

    result = redistribute([e.unit() for e in scenario.evaluations], allocation_rules(version), 12_000, 550, 13_300,
                          600, version.spec.redistribution)
    # +10.8 % and +1 300 persons: beyond ±10 % and 750; EM +50 (+9.1 %) is within both of its thresholds.
    assert {t.kind for t in result.triggers} == {"relative", "absolute"}
    assert sum(c.after for c in result.changes) == 13_300
    assert sum(c.change for c in result.changes) == 1_300
    assert all(c.kommunenummer in context.register(2027) for c in result.changes)


def test_a_parameter_variant_is_compiled_apart_and_changes_the_result(context: CriteriaContext) -> None:
    base = context.version("2026")
    stricter = context.variant(base, {"maks_innvandrerandel_pct": 10, "min_anmodning": 20})
    assert stricter.ruleset.hash != base.ruleset.hash
    assert stricter.spec.minimum_request == 20
    assert context.evaluator(stricter.ruleset) is not context.evaluator(base.ruleset)
    first, second, comparison = context.compare(base, stricter, data_year=2026)
    assert sum(r.total for r in second.allocation.rows.values()) == 13_000
    assert second.allocation.asked < first.allocation.asked
    assert comparison.status_changes
    assert base.ruleset.parameters["min_anmodning"].value == 10  # the original is untouched


def test_an_unknown_parameter_in_a_variant_is_an_input_error(context: CriteriaContext) -> None:
    from engine.problems import InputError

    with pytest.raises(InputError, match="no parameter 'min_anmodnig'"):
        context.variant(context.version("2026"), {"min_anmodnig": 20})
