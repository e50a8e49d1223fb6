"""Every criteria version on the bundled data: exact totals, a row per kommune, constraints kept."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bosetting.obligations.criteria.context import CriteriaContext
from bosetting.obligations.criteria.redistribution import redistribute


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


@pytest.mark.parametrize("method", ["sainte_lague", "modified_sainte_lague", "dhondt", "largest_remainder"])
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
    from bosetting.obligations.criteria.context import allocation_rules

    result = redistribute([e.unit() for e in scenario.evaluations], allocation_rules(version), 12_000, 550, 13_300,
                          600, version.spec.redistribution)
    # +10.8 % and +1 300 persons: beyond ±10 % and 750; EM +50 (+9.1 %) is within both of its thresholds.
    assert {t.kind for t in result.triggers} == {"relative", "absolute"}
    assert sum(c.total_to for c in result.changes) == 13_300
    assert sum(c.difference for c in result.changes) == 1_300
    assert all(c.kommunenummer in context.register(2027) for c in result.changes)


def test_a_parameter_variant_shares_the_compiled_rules_and_changes_the_result(context: CriteriaContext) -> None:
    base = context.version("2026")
    stricter = context.variant(base, {"maks_innvandrerandel_pct": 10, "min_anmodning": 20})
    assert stricter.ruleset.hash != base.ruleset.hash
    assert stricter.spec.minimum_request == 20
    assert context.evaluator(stricter.ruleset) is not context.evaluator(base.ruleset)
    assert context.evaluator(stricter.ruleset).compiled is context.evaluator(base.ruleset).compiled
    first, second, comparison = context.compare(base, stricter, data_year=2026)
    assert sum(r.total for r in second.allocation.rows.values()) == 13_000
    assert second.allocation.asked < first.allocation.asked
    assert comparison.status_changes
    assert base.ruleset.parameters["min_anmodning"].value == 10  # the original is untouched
    assert base.ruleset.data["parameters"]["min_anmodning"]["value"] == 10


def test_a_variant_is_judged_as_a_file_with_its_values_would_be(tmp_path: Path) -> None:
    """The variant in memory and an edited copy of the file: the same hash, the same evaluations and split."""
    context = CriteriaContext()
    base = context.version("2026")
    changes = {"min_innbyggere": 3500, "maks_levekar_indeks": 40, "min_sysselsetting_pct": 72.5}
    variant = context.variant(base, changes)
    text = Path(base.ruleset.path).read_text(encoding="utf-8")
    for name, value in changes.items():
        text, count = re.subn(rf"(\n  {name}:\n    value: )[^\n]+", rf"\g<1>{value}", text)
        assert count == 1
    copy = tmp_path / "anmodningskriterier-2026-endret.yaml"
    copy.write_text(text, encoding="utf-8")
    from_file = context.version(str(copy))
    assert from_file.ruleset.hash == variant.ruleset.hash
    shared, fresh = context.scenario(variant, 2026), context.scenario(from_file, 2026)
    assert [(e.kommunenummer, e.eligible, e.score, [c.explanation for c in e.criteria]) for e in shared.evaluations] \
        == [(e.kommunenummer, e.eligible, e.score, [c.explanation for c in e.criteria]) for e in fresh.evaluations]
    assert shared.allocation == fresh.allocation
    assert context.compiled_rulesets == 1


def test_many_variants_compile_once_and_keep_only_the_latest_evaluations() -> None:
    context = CriteriaContext()
    base = context.version("2026")
    for step in range(40):
        context.scenario(context.variant(base, {"min_innbyggere": 1000 + 100 * step}), 2026)
    assert context.compiled_rulesets == 1
    assert len(context._evaluations) <= 16 and len(context._evaluators) <= 16


def test_an_unknown_parameter_in_a_variant_is_an_input_error(context: CriteriaContext) -> None:
    from bosetting.engine.problems import InputError

    with pytest.raises(InputError, match="no parameter 'min_anmodnig'"):
        context.variant(context.version("2026"), {"min_anmodnig": 20})


def test_the_fast_what_if_path_gives_what_the_full_evaluation_gives() -> None:
    """Units from the statuses alone (rules judged again only when their parameters change) equal the units of
    the full evaluations written from scratch, for random variants of every version."""
    import random

    from bosetting.engine.evaluate import Evaluator
    from bosetting.engine.problems import InputError
    from bosetting.obligations.criteria.context import allocate_for
    from bosetting.obligations.criteria.evaluate import evaluate_kommuner

    context = CriteriaContext()
    rng = random.Random(1919)
    for request_year in VERSIONS:
        base = context.version(request_year)
        numeric = [name for name, p in base.ruleset.parameters.items()
                   if isinstance(p.value, (int, float)) and not isinstance(p.value, bool)]
        for _step in range(6):
            changes = {name: type(base.ruleset.parameters[name].value)(
                           base.ruleset.parameters[name].value * rng.choice([0.5, 0.8, 1, 1.25, 2]))
                       for name in rng.sample(numeric, rng.randint(1, 3))}
            version = context.variant(base, changes)
            fresh = evaluate_kommuner(version, context.facts(2026), "2026", Evaluator(version.ruleset))
            assert list(context.units(version, 2026)) == [e.unit() for e in fresh]
            assert [(e.kommunenummer, e.score, [c.status for c in e.criteria], [c.explanation for c in e.criteria])
                    for e in context.evaluations(version, 2026)] == \
                   [(e.kommunenummer, e.score, [c.status for c in e.criteria], [c.explanation for c in e.criteria])
                    for e in fresh]
            need, need_em = context.need(2026)
            try:
                expected = allocate_for(version, fresh, need, need_em)
            except InputError as refused:  # a need these constraints cannot meet: refused the same way
                with pytest.raises(InputError) as caught:
                    context.scenario(version, 2026)
                assert caught.value.problems == refused.problems
            else:
                assert context.scenario(version, 2026).allocation == expected
