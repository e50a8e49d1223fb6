"""Criteria judged per kommune through the real engine, on constructed facts."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bosetting.engine.evaluate import Evaluator
from bosetting.engine.facts import Fact, Subject
from bosetting.obligations.criteria.context import CRITERIA_DIR, allocate_for, load_criteria
from bosetting.obligations.criteria.evaluate import CriteriaVersion, evaluate_kommuner
from bosetting.obligations.criteria.texts import explain_kommune

PERIOD = "2026"


@pytest.fixture(scope="module")
def version_2026() -> CriteriaVersion:
    repo = load_criteria([CRITERIA_DIR / "anmodningskriterier-2026.yaml"])
    return CriteriaVersion.of(repo.rulesets[0])


@pytest.fixture(scope="module")
def evaluator(version_2026: CriteriaVersion) -> Evaluator:
    return Evaluator(version_2026.ruleset)


def kommune(knr: str, name: str = "", **values: object) -> Fact:
    defaults: dict[str, object] = {"innbyggere": 20_000, "fylkesnummer": knr[:2], "sysselsetting_pct": 72.0,
                                   "intro_resultat_pct": 75.0, "innvandrerandel_pct": 8.0, "levekar_indeks": 30.0,
                                   "sekundarflytting_pct": 5.0}
    defaults.update(values)
    return Fact("kommune_aar", Subject("kommune", knr, name or f"Kommune {knr}"), PERIOD, defaults)  # type: ignore[arg-type]


def test_a_kommune_meeting_everything_gets_the_full_score(version_2026: CriteriaVersion,
                                                          evaluator: Evaluator) -> None:
    (result,) = evaluate_kommuner(version_2026, [kommune("1101")], PERIOD, evaluator)
    assert result.eligible and result.em_eligible
    assert result.score == Fraction(1)  # 0.2 base + 0.4 + 0.2 + 0.2
    assert result.weight == 20_000
    assert all(c.met for c in result.criteria)


def test_high_immigrant_share_with_living_condition_challenges_is_not_asked(version_2026: CriteriaVersion,
                                                                           evaluator: Evaluator) -> None:
    facts = [kommune("1101", "Høyby", innvandrerandel_pct=20.5, levekar_indeks=55.0), kommune("1102")]
    evaluations = evaluate_kommuner(version_2026, facts, PERIOD, evaluator)
    failing = evaluations[0]
    assert not failing.eligible and failing.weight == 0
    assert [c.rule_id for c in failing.failed_mandatory] == ["innvandrerandel_og_levekar"]
    allocation = allocate_for(version_2026, evaluations, 40, 2)
    assert allocation.rows["1101"].total == 0 and allocation.rows["1102"].total == 40
    text = explain_kommune(failing, allocation.rows["1101"], version_2026.spec, "nb")
    assert text.startswith("Høyby anmodes ikke") and "20,5 %" in text
    assert "is not asked" in explain_kommune(failing, allocation.rows["1101"], version_2026.spec, "en")


def test_a_high_share_alone_is_not_enough_to_exclude(version_2026: CriteriaVersion, evaluator: Evaluator) -> None:
    (result,) = evaluate_kommuner(version_2026, [kommune("1101", innvandrerandel_pct=20.0)], PERIOD, evaluator)
    assert result.eligible


def test_missing_data_on_a_mandatory_criterion_means_not_asked(version_2026: CriteriaVersion,
                                                               evaluator: Evaluator) -> None:
    (result,) = evaluate_kommuner(version_2026, [kommune("1101", levekar_indeks=None, innvandrerandel_pct=None)],
                                  PERIOD, evaluator)
    assert not result.eligible
    assert result.failed_mandatory[0].status == "insufficient_data"


def test_scoring_criteria_add_their_weight(version_2026: CriteriaVersion, evaluator: Evaluator) -> None:
    facts = [kommune("1101", sysselsetting_pct=60.0),
             kommune("1102", sekundarflytting_pct=30.0, intro_resultat_pct=50.0)]
    first, second = evaluate_kommuner(version_2026, facts, PERIOD, evaluator)
    assert first.score == Fraction(6, 10)  # no labour-market score
    assert second.score == Fraction(6, 10)  # neither introduction nor secondary-move score


def test_em_only_to_kommuner_meeting_the_em_criteria(version_2026: CriteriaVersion, evaluator: Evaluator) -> None:
    facts = [kommune("1101", innbyggere=8_000), kommune("1102", innbyggere=30_000)]
    evaluations = evaluate_kommuner(version_2026, facts, PERIOD, evaluator)
    allocation = allocate_for(version_2026, evaluations, 50, 5)
    assert allocation.rows["1101"].em == 0 and allocation.rows["1102"].em == 5


FACT_VALUES = st.fixed_dictionaries({
    "innbyggere": st.integers(500, 100_000),
    "sysselsetting_pct": st.one_of(st.none(), st.floats(50, 85).map(lambda v: round(v, 1))),
    "intro_resultat_pct": st.floats(30, 95).map(lambda v: round(v, 1)),
    "innvandrerandel_pct": st.one_of(st.none(), st.floats(1, 30).map(lambda v: round(v, 1))),
    "levekar_indeks": st.floats(0, 80).map(lambda v: round(v, 1)),
    "sekundarflytting_pct": st.floats(-10, 30).map(lambda v: round(v, 1)),
})


@settings(max_examples=25, deadline=None)
@given(st.lists(FACT_VALUES, min_size=1, max_size=8), st.integers(60, 400))
def test_a_kommune_failing_a_mandatory_criterion_gets_nothing(version_2026: CriteriaVersion, evaluator: Evaluator,
                                                              values: list[dict[str, object]], need: int) -> None:
    facts = [kommune(f"11{i + 1:02d}", **v) for i, v in enumerate(values)]
    evaluations = evaluate_kommuner(version_2026, facts, PERIOD, evaluator)
    if not any(e.eligible for e in evaluations):
        return
    try:
        allocation = allocate_for(version_2026, evaluations, need, 0)
    except Exception:  # noqa: BLE001 - an infeasible cap or minimum is a different property
        return
    for evaluation in evaluations:
        if evaluation.failed_mandatory:
            assert allocation.rows[evaluation.kommunenummer].total == 0
    assert sum(r.total for r in allocation.rows.values()) == need


def test_the_order_of_the_facts_does_not_matter(version_2026: CriteriaVersion, evaluator: Evaluator) -> None:
    facts = [kommune(f"11{i:02d}", innbyggere=3_000 + 1_000 * i, sysselsetting_pct=65.0 + i) for i in range(1, 9)]
    forward = evaluate_kommuner(version_2026, facts, PERIOD, evaluator)
    backward = evaluate_kommuner(version_2026, list(reversed(facts)), PERIOD, evaluator)
    assert [(e.kommunenummer, e.weight) for e in forward] == [(e.kommunenummer, e.weight) for e in backward]
    assert allocate_for(version_2026, forward, 200, 10).rows == allocate_for(version_2026, backward, 200, 10).rows
