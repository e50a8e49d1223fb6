"""The apportionment methods on small worked examples, against a one-seat-at-a-time reference."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

from bosetting.obligations.criteria.apportion import AllocationInfeasible, apportion, apportion_with_minimum


def sequential(weights: dict[str, int], total: int, method: str, caps: dict[str, int] | None = None) -> dict[str, int]:
    """The textbook divisor method: hand out one seat at a time to the best claim."""
    seats = dict.fromkeys(weights, 0)
    rank = {k: i for i, k in enumerate(sorted(weights))}
    for _ in range(total):
        open_ = [k for k in weights if weights[k] > 0 and (caps is None or seats[k] < caps.get(k, total))]

        def claim(k: str) -> tuple[Fraction, int, int]:
            divisor = {"sainte_lague": Fraction(2 * seats[k] + 1, 2), "dhondt": Fraction(seats[k] + 1),
                       "modified_sainte_lague": Fraction(7, 5) if seats[k] == 0 else Fraction(2 * seats[k] + 1),
                       }[method]
            return (-Fraction(weights[k]) / divisor, -weights[k], rank[k])

        seats[min(open_, key=claim)] += 1
    return seats


def test_sainte_lague_worked_example() -> None:
    # Quotients w/0.5, w/1.5, w/2.5: 106000, 48000, 46000, 35333, 21200, 16000, 15333 win the 7 seats.
    weights = {"A": 53_000, "B": 24_000, "C": 23_000, "D": 0}
    assert apportion(weights, 7, "sainte_lague") == {"A": 3, "B": 2, "C": 2, "D": 0}


def test_dhondt_favours_the_largest() -> None:
    # Quotients w/1, w/2, w/3: 53000, 26500, 24000, 23000, 17667, 13250, 12000 | 11500.
    weights = {"A": 53_000, "B": 24_000, "C": 23_000}
    assert apportion(weights, 7, "dhondt") == {"A": 4, "B": 2, "C": 1}
    assert apportion(weights, 8, "dhondt") == {"A": 4, "B": 2, "C": 2}


def test_largest_remainder_worked_example() -> None:
    # Quotas 3.71, 1.68, 1.61: whole parts 3+1+1, the two seats left go to .71 and .68.
    weights = {"A": 53_000, "B": 24_000, "C": 23_000}
    assert apportion(weights, 7, "largest_remainder") == {"A": 4, "B": 2, "C": 1}


@pytest.mark.parametrize("method", ["sainte_lague", "modified_sainte_lague", "dhondt", "largest_remainder"])
def test_equal_weights_break_ties_by_key(method: str) -> None:
    # Three equal claims for one seat: the lowest key wins, whatever the input order.
    assert apportion({"0301": 5, "0101": 5, "4601": 5}, 1, method) == {"0101": 1, "0301": 0, "4601": 0}


def test_equal_priority_prefers_the_larger_weight() -> None:
    # Sainte-Laguë: A's second seat (6/1.5 = 4) and B's first (2/0.5 = 4) tie; the larger weight wins.
    assert apportion({"B": 2, "A": 6}, 2, "sainte_lague") == {"A": 2, "B": 0}


@pytest.mark.parametrize("method", ["sainte_lague", "modified_sainte_lague", "dhondt"])
def test_divisor_methods_match_the_sequential_definition(method: str) -> None:
    rng = random.Random(7)
    for _ in range(400):
        weights = {f"{i:04d}": rng.choice([0, 1, 2, 3, 5, rng.randint(1, 500)]) for i in range(rng.randint(1, 7))}
        if not any(weights.values()):
            continue
        caps = {k: rng.randint(1, 15) for k in weights} if rng.random() < 0.5 else None
        total = rng.randint(0, 40)
        try:
            result = apportion(weights, total, method, caps)
        except AllocationInfeasible:
            continue
        assert result == sequential(weights, total, method, caps)


def test_modified_sainte_lague_makes_the_first_seat_harder_to_win() -> None:
    # Quotients 1000/1.4 = 714, 1000/3 = 333 | 400/1.4 = 286: the second seat goes to A again, where plain
    # Sainte-Laguë (1000/1 = 1000, 1000/3 = 333 | 400/1 = 400) gives it to B.
    weights = {"A": 1000, "B": 400}
    assert apportion(weights, 2, "modified_sainte_lague") == {"A": 2, "B": 0}
    assert apportion(weights, 2, "sainte_lague") == {"A": 1, "B": 1}
    # From the second seat on, the divisors are the odd numbers of Sainte-Laguë.
    assert apportion(weights, 7, "modified_sainte_lague") == apportion(weights, 7, "sainte_lague") == {"A": 5, "B": 2}


def test_caps_bound_a_unit_and_pass_the_rest_on() -> None:
    assert apportion({"A": 90, "B": 10}, 10, "sainte_lague", caps={"A": 6}) == {"A": 6, "B": 4}
    assert apportion({"A": 90, "B": 10}, 10, "largest_remainder", caps={"A": 6}) == {"A": 6, "B": 4}


def test_a_total_above_the_caps_is_infeasible() -> None:
    with pytest.raises(AllocationInfeasible, match="at most 7"):
        apportion({"A": 1, "B": 1}, 8, "dhondt", caps={"A": 3, "B": 4})


def test_alabama_paradox_under_largest_remainder() -> None:
    """Hamilton: one more to share, and A loses its one (quotas 0.43/1.29/1.29, then 0.57/1.71/1.71)."""
    weights = {"A": 1, "B": 3, "C": 3}
    assert apportion(weights, 3, "largest_remainder") == {"A": 1, "B": 1, "C": 1}
    assert apportion(weights, 4, "largest_remainder") == {"A": 0, "B": 2, "C": 2}
    # A divisor method never does this.
    assert apportion(weights, 3, "sainte_lague")["A"] <= apportion(weights, 4, "sainte_lague")["A"]


def test_minimum_request_leaves_out_the_smallest_and_keeps_the_total() -> None:
    seats, left_out = apportion_with_minimum({"0001": 60, "0002": 40, "0003": 5}, 30, "sainte_lague", 10)
    assert seats == {"0001": 18, "0002": 12, "0003": 0}
    assert left_out == ("0003",)


def test_minimum_request_breaks_house_monotonicity() -> None:
    """The counterexample in docs/criteria.md: a larger need lowers 0001 from 23 to 14.

    Sainte-Laguë, weights 60 and 40, minimum 10. For 23, 0002's share is 9 (below 10), so it
    is left out and 0001 gets all 23; for 24, 0002's share reaches 10, it is asked, and 0001
    drops to 14.
    """
    low, left_out = apportion_with_minimum({"0001": 60, "0002": 40}, 23, "sainte_lague", 10)
    high, _ = apportion_with_minimum({"0001": 60, "0002": 40}, 24, "sainte_lague", 10)
    assert low == {"0001": 23, "0002": 0} and left_out == ("0002",)
    assert high == {"0001": 14, "0002": 10}


def test_need_below_the_minimum_is_infeasible() -> None:
    with pytest.raises(AllocationInfeasible, match="less than the minimum"):
        apportion_with_minimum({"A": 1}, 5, "dhondt", 10)


def test_a_cap_below_the_minimum_rules_a_unit_out() -> None:
    seats, left_out = apportion_with_minimum({"A": 100, "B": 100}, 20, "sainte_lague", 10, caps={"A": 9})
    assert seats == {"A": 0, "B": 20} and left_out == ("A",)


def test_within_a_fylke_the_fylkeskommunes_recommendations_set_the_split() -> None:
    from bosetting.obligations.criteria.allocation import AllocationRules, AllocationUnit, allocate

    units = [AllocationUnit("1101", "11", Fraction(1000), em_eligible=True, recommendation=30, recommendation_em=3),
             AllocationUnit("1102", "11", Fraction(1000), em_eligible=True, recommendation=10, recommendation_em=1),
             AllocationUnit("1103", "11", Fraction(0), recommendation=50),  # fails a mandatory criterion
             AllocationUnit("1501", "15", Fraction(2000))]
    result = allocate(units, 80, 4, AllocationRules("sainte_lague", by_fylke=True, use_recommendations=True))
    # Fylker by weight: 40 and 40. Within fylke 11 the recommendations 30:10; 1103's 50 does not count.
    assert [result.rows[k].total for k in ("1101", "1102", "1103", "1501")] == [30, 10, 0, 40]
    assert result.rows["1101"].by_recommendation and not result.rows["1501"].by_recommendation
    assert result.rows["1101"].em + result.rows["1102"].em == 4


def test_the_schema_the_command_line_and_the_names_offer_the_same_methods() -> None:
    import json

    from click import Choice

    from bosetting.obligations.commands.criteria import METHOD
    from bosetting.obligations.criteria.methods import METHOD_NAMES, METHODS
    from bosetting.obligations.paths import SCHEMA_DIR

    schema = json.loads((SCHEMA_DIR / "criteria.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["allocation"]["properties"]["method"]["enum"] == list(METHODS)
    assert isinstance(METHOD, Choice) and list(METHOD.choices) == list(METHODS)
    assert set(METHOD_NAMES) == set(METHODS)
    for method in METHODS:
        assert sum(apportion({"A": 3, "B": 2}, 5, method).values()) == 5
