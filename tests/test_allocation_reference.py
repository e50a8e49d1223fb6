"""The integer apportionment gives exactly what the exact-fraction implementation gave, on many random cases.

tests/reference_allocation.py keeps the fraction implementation as it was; every case here is
run through both, and the numbers, the kommuner left out, the fylker left out, or the
message of an infeasible case must be the same. Seeded, so a failure reproduces.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction
from functools import partial
from typing import Any

import pytest
import reference_allocation as reference

from bosetting.obligations.criteria.allocation import AllocationInfeasible, AllocationRules, AllocationUnit, allocate
from bosetting.obligations.criteria.apportion import apportion, apportion_with_minimum

REFERENCE_METHODS = ("sainte_lague", "dhondt", "largest_remainder")
SCORES = [Fraction(0), Fraction(1, 5), Fraction(2, 5), Fraction(3, 5), Fraction(4, 5), Fraction(1), Fraction(7, 10),
          Fraction(1, 3), Fraction(13, 20)]


def outcome(call: Callable[[], Any]) -> Any:
    """The result, or the kind and message of the refusal: both must agree."""
    try:
        return call()
    except (AllocationInfeasible, ValueError) as exc:
        return (type(exc).__name__, str(exc))


def random_weights(rng: random.Random, count: int) -> dict[str, Fraction | int]:
    weights: dict[str, Fraction | int] = {}
    for i in range(count):
        key = f"{rng.randint(1, 9999):04d}" if rng.random() < 0.9 else f"{i:04d}"
        kind = rng.random()
        if kind < 0.15:
            weights[key] = 0
        elif kind < 0.3:
            weights[key] = rng.choice([1, 2, 3, 5, 5, 8, 100])  # ties on purpose
        elif kind < 0.6:
            weights[key] = rng.choice(SCORES) * rng.randint(100, 700_000)
        else:
            weights[key] = Fraction(rng.randint(0, 10**6), rng.randint(1, 1000))
    return weights


def random_caps(rng: random.Random, weights: dict[str, Fraction | int], total: int) -> dict[str, int] | None:
    if rng.random() < 0.4:
        return None
    return {k: rng.randint(0, max(1, total // 2)) for k in weights if rng.random() < 0.7}


@pytest.mark.parametrize("method", REFERENCE_METHODS)
def test_apportion_agrees_with_the_fraction_reference(method: str) -> None:
    rng = random.Random(f"apportion-{method}")
    for _case in range(1500):
        weights = random_weights(rng, rng.randint(1, 25))
        total = rng.choice([0, 1, 2, rng.randint(0, 60), rng.randint(0, 3000)])
        caps = random_caps(rng, weights, total)
        ours = outcome(partial(apportion, weights, total, method, caps))
        theirs = outcome(partial(reference.apportion, weights, total, method, caps))
        assert ours == theirs, (weights, total, caps)


@pytest.mark.parametrize("method", REFERENCE_METHODS)
def test_apportion_with_a_minimum_agrees_with_the_fraction_reference(method: str) -> None:
    rng = random.Random(f"minimum-{method}")
    for _case in range(1500):
        weights = random_weights(rng, rng.randint(1, 25))
        total = rng.choice([0, 5, rng.randint(0, 80), rng.randint(0, 2000)])
        caps = random_caps(rng, weights, total)
        minimum = rng.choice([None, 0, 1, 2, 5, 10, 15, rng.randint(1, 40)])
        ours = outcome(partial(apportion_with_minimum, weights, total, method, minimum, caps))
        theirs = outcome(partial(reference.apportion_with_minimum, weights, total, method, minimum, caps))
        assert ours == theirs, (weights, total, caps, minimum)


def random_units(rng: random.Random) -> list[AllocationUnit]:
    units = []
    fylker = [f"{n:02d}" for n in rng.sample(range(1, 60), rng.randint(1, 6))]
    for n in rng.sample(range(1, 9999), rng.randint(1, 40)):
        innbyggere = rng.choice([rng.randint(200, 5000), rng.randint(5000, 80_000), rng.randint(80_000, 700_000)])
        weight = rng.choice(SCORES) * innbyggere
        cap = int(innbyggere * Fraction(rng.choice([1, 2, 5, 10]), 1000)) if rng.random() < 0.5 else None
        recommendation = rng.choice([None, 0, rng.randint(0, 200)]) if rng.random() < 0.5 else None
        recommendation_em = rng.choice([None, 0, rng.randint(0, 20)]) if recommendation else None
        units.append(AllocationUnit(f"{n:04d}", rng.choice(fylker), weight, cap, rng.random() < 0.6,
                                    recommendation, recommendation_em))
    return units


def test_allocate_agrees_with_the_fraction_reference() -> None:
    rng = random.Random("allocate")
    for _case in range(1500):
        units = random_units(rng)
        need = rng.choice([0, rng.randint(1, 100), rng.randint(100, 3000)])
        need_em = rng.randint(0, need // 5) if rng.random() < 0.9 else need + 1
        by_fylke = rng.random() < 0.6
        rules = AllocationRules(rng.choice(REFERENCE_METHODS), by_fylke=by_fylke,
                                minimum_request=rng.choice([None, 1, 5, 10, 15]),
                                use_recommendations=by_fylke and rng.random() < 0.4)
        ours = outcome(partial(allocate, units, need, need_em, rules))
        theirs = outcome(partial(reference.allocate, units, need, need_em, rules))
        assert ours == theirs, (units, need, need_em, rules)


def test_allocate_agrees_with_the_reference_on_every_bundled_criteria_version() -> None:
    """The shipped criteria on the shipped data, every version and method, at the data's need and others."""
    from bosetting.obligations.criteria.context import CriteriaContext
    from bosetting.obligations.criteria.spec import CRITERIA_KIND

    context = CriteriaContext()
    versions = [context.version(r.key) for r in context.repository.rulesets if r.kind == CRITERIA_KIND]
    compared = 0
    for data_year in context.dataset.years:
        need, need_em = context.need(data_year)
        for version in versions:
            units = [e.unit() for e in context.evaluations(version, data_year)]
            for method in REFERENCE_METHODS:
                rules = AllocationRules(method, version.spec.by_fylke, version.spec.minimum_request,
                                        version.spec.use_recommendations)
                for total, em in [(need, need_em), (need // 3, need_em // 3), (2 * need, need_em)]:
                    ours = outcome(partial(allocate, units, total, em, rules))
                    assert ours == outcome(partial(reference.allocate, units, total, em, rules))
                    compared += 1
    assert compared >= 2 * 7 * 3 * 3
