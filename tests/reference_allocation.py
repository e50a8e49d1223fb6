"""The apportionment and allocation as they were before the integer rewrite: exact fractions throughout.

Kept verbatim (apart from imports) as the reference that obligations.criteria.apportion and
obligations.criteria.allocation must agree with (tests/test_allocation_reference.py). Not used
by the program.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction

from bosetting.obligations.criteria.allocation import (
    Allocation,
    AllocationInfeasible,
    AllocationRules,
    AllocationUnit,
    KommuneAllocation,
)

Number = Fraction | int
DIVISOR_METHODS = ("sainte_lague", "dhondt")
LARGEST_REMAINDER = "largest_remainder"


def _divisor(method: str, seats: int) -> Fraction:
    if method == "sainte_lague":
        return Fraction(2 * seats + 1, 2)
    if method == "dhondt":
        return Fraction(seats + 1)
    raise ValueError(f"unknown apportionment method '{method}'")


def apportion(weights: Mapping[str, Number], total: int, method: str, caps: Mapping[str, int] | None = None,
              start: Mapping[str, int] | None = None) -> dict[str, int]:
    """Every key's whole number; the numbers add up to `total` exactly.

    `start` is a previous result to begin from (a speed-up for divisor methods only; it
    never changes the result).
    """
    if total < 0:
        raise ValueError(f"cannot apportion a negative total ({total})")
    if method not in (*DIVISOR_METHODS, LARGEST_REMAINDER):
        raise ValueError(f"unknown apportionment method '{method}'")
    keys = sorted(weights)
    result = dict.fromkeys(keys, 0)
    limit = {k: min(total, caps[k]) if caps is not None and caps.get(k) is not None else total for k in keys}
    active = [k for k in keys if weights[k] > 0 and limit[k] > 0]
    capacity = sum(limit[k] for k in active)
    if total > capacity:
        raise AllocationInfeasible(f"{total} cannot be apportioned: the units with weight may get at most "
                                   f"{capacity} in all")
    if total == 0:
        return result
    exact = {k: Fraction(weights[k]) for k in active}
    rank = {k: i for i, k in enumerate(keys)}
    if method == LARGEST_REMAINDER:
        result.update(_largest_remainder(exact, active, total, limit, rank))
    else:
        result.update(_highest_averages(exact, active, total, method, limit, rank, start))
    return result


def _highest_averages(weights: dict[str, Fraction], active: list[str], total: int, method: str,
                      limit: dict[str, int], rank: dict[str, int], start: Mapping[str, int] | None) -> dict[str, int]:
    """The `total` best claims: start near the answer, then add, remove and swap single seats.

    A claim (unit, s) is the unit's (s+1)-th seat, ranked by t = (-weight/divisor(s),
    -weight, rank): the smallest t is the best claim. The result is right when every
    claim given is better than every claim not given; the loops below restore that
    from any starting point.
    """
    if start is not None:
        seats = {k: min(limit[k], max(0, start.get(k, 0))) for k in active}
    else:
        weight_sum = sum(weights.values())
        seats = {k: min(limit[k], math.floor(weights[k] * total / weight_sum)) for k in active}

    def next_claim(k: str) -> tuple[Fraction, Fraction, int]:
        w = weights[k]
        return (-w / _divisor(method, seats[k]), -w, rank[k])

    def last_claim(k: str) -> tuple[Fraction, Fraction, int]:  # negated t: the worst given claim is smallest
        w = weights[k]
        return (w / _divisor(method, seats[k] - 1), w, -rank[k])

    next_heap = [(next_claim(k), k, seats[k]) for k in active if seats[k] < limit[k]]
    last_heap = [(last_claim(k), k, seats[k]) for k in active if seats[k] > 0]
    heapq.heapify(next_heap)
    heapq.heapify(last_heap)

    def top(heap: list[tuple[tuple[Fraction, Fraction, int], str, int]]) -> tuple[tuple[Fraction, Fraction, int],
                                                                                   str] | None:
        while heap:
            key, k, at = heap[0]
            if seats[k] == at:
                return key, k
            heapq.heappop(heap)  # stale: the unit's seats changed since this claim was pushed
        return None

    def push(k: str) -> None:
        if seats[k] < limit[k]:
            heapq.heappush(next_heap, (next_claim(k), k, seats[k]))
        if seats[k] > 0:
            heapq.heappush(last_heap, (last_claim(k), k, seats[k]))

    def change(k: str, by: int) -> None:
        seats[k] += by
        push(k)

    given = sum(seats.values())
    while given < total:
        best = top(next_heap)
        assert best is not None, "capacity was checked"
        change(best[1], +1)
        given += 1
    while given > total:
        worst = top(last_heap)
        assert worst is not None
        change(worst[1], -1)
        given -= 1
    while True:
        best, worst = top(next_heap), top(last_heap)
        if best is None or worst is None:
            break
        worst_t = tuple(-part for part in worst[0])
        if not best[0] < worst_t:
            break
        change(worst[1], -1)
        change(best[1], +1)
    return seats


def _largest_remainder(weights: dict[str, Fraction], active: list[str], total: int, limit: dict[str, int],
                       rank: dict[str, int]) -> dict[str, int]:
    """Hamilton with caps: a unit whose quota passes its cap gets the cap and the rest is shared again."""
    seats: dict[str, int] = {}
    remaining = list(active)
    left = total
    while True:
        weight_sum = sum(weights[k] for k in remaining)
        quotas = {k: weights[k] * left / weight_sum for k in remaining}
        over = [k for k in remaining if quotas[k] > limit[k]]
        if not over:
            break
        for k in over:
            seats[k] = limit[k]
            left -= limit[k]
        remaining = [k for k in remaining if k not in over]
    whole = {k: math.floor(quotas[k]) for k in remaining}
    seats.update(whole)
    extra = left - sum(whole.values())
    candidates = sorted((k for k in remaining if whole[k] < limit[k]),
                        key=lambda k: (-(quotas[k] - whole[k]), -weights[k], rank[k]))
    for k in candidates[:extra]:
        seats[k] += 1
    return seats


def apportion_with_minimum(weights: Mapping[str, Number], total: int, method: str, minimum: int | None,
                           caps: Mapping[str, int] | None = None) -> tuple[dict[str, int], tuple[str, ...]]:
    """Apportion so that every unit gets at least `minimum` or nothing; also return who was left out.

    A unit whose cap is below the minimum can never be asked and is left out first. Then,
    while some unit gets fewer than the minimum, the one with the smallest weight among
    them (on equal weight: the higher key) is left out and the total is shared again
    among the rest, so the total stays exact. The need must be at least the minimum.
    """
    keys = sorted(weights)
    if not minimum or minimum <= 1:
        return apportion(weights, total, method, caps), ()
    rank = {k: i for i, k in enumerate(keys)}
    result = dict.fromkeys(keys, 0)
    if total == 0:
        return result, ()
    if total < minimum:
        raise AllocationInfeasible(f"{total} is less than the minimum request of {minimum}: no unit can be asked")
    left_out = [k for k in keys if weights[k] > 0 and caps is not None and caps.get(k) is not None
                and caps[k] < minimum]
    active = {k: weights[k] for k in keys if weights[k] > 0 and k not in left_out}
    start: dict[str, int] | None = None
    while True:
        seats = apportion(active, total, method, caps, start if method in DIVISOR_METHODS else None)
        below = [k for k in active if seats[k] < minimum]
        if not below:
            break
        if method in DIVISOR_METHODS and any(seats[k] == 0 for k in below):
            # Under a divisor method a unit with no seat takes nothing from anyone, and has the smallest
            # weights: leaving all of them out at once is what leaving them out one by one would do.
            dropped = [k for k in below if seats[k] == 0]
        else:
            dropped = [min(below, key=lambda k: (active[k], -rank[k]))]
        for k in dropped:
            del active[k]
            seats.pop(k)
        left_out.extend(dropped)
        start = seats
    result.update(seats)
    return result, tuple(sorted(left_out))


def _split_within(units: Sequence[AllocationUnit], total: int, rules: AllocationRules, minimum: int | None,
                  caps: Mapping[str, int | None], em: bool) -> tuple[dict[str, int], tuple[str, ...], bool]:
    """One level's split among `units`; returns the numbers, who was left out by the minimum, and
    whether the fylkeskommune's recommendations were the weights."""
    weights: dict[str, Fraction] = {u.kommunenummer: u.weight for u in units}
    by_recommendation = False
    if rules.use_recommendations and rules.by_fylke:
        # A recommendation never overrides the mandatory criteria: a kommune with weight 0 stays at 0.
        recommended = {u.kommunenummer: (u.recommendation_em if em else u.recommendation) if u.weight > 0 else 0
                       for u in units}
        if any(v for v in recommended.values()):
            weights = {k: Fraction(v or 0) for k, v in recommended.items()}
            by_recommendation = True
    given_caps = {k: c for k, c in caps.items() if c is not None}
    seats, left_out = apportion_with_minimum(weights, total, rules.method, minimum, given_caps)
    return seats, left_out, by_recommendation


def _two_level(units: Sequence[AllocationUnit], need: int, rules: AllocationRules, minimum: int | None,
               caps: Mapping[str, int | None], em: bool) -> tuple[dict[str, int], set[str], set[str], tuple[str, ...]]:
    """Split `need` among units (by fylke first when asked); returns numbers, left-out kommuner,
    kommuner split by recommendation, and fylker left out."""
    if not rules.by_fylke:
        direct, dropped_directly, by_rec = _split_within(units, need, rules, minimum, caps, em)
        return direct, set(dropped_directly), set(direct) if by_rec else set(), ()
    in_fylke: dict[str, list[AllocationUnit]] = defaultdict(list)
    for unit in units:
        in_fylke[unit.fylkesnummer].append(unit)
    fylke_weights = {f: sum((u.weight for u in us), Fraction(0)) for f, us in in_fylke.items()}
    fylke_caps: dict[str, int] = {}
    for f, us in in_fylke.items():
        unit_caps = [caps.get(u.kommunenummer) for u in us if u.weight > 0]
        usable = [c for c in unit_caps if c is None or not minimum or c >= minimum]
        if usable and all(c is not None for c in usable):
            fylke_caps[f] = sum(c for c in usable if c is not None)
        elif not usable:
            fylke_caps[f] = 0
    fylke_seats, fylke_left_out = apportion_with_minimum(fylke_weights, need, rules.method, minimum, fylke_caps)
    seats: dict[str, int] = {}
    left_out: set[str] = set()
    by_recommendation: set[str] = set()
    for f, us in sorted(in_fylke.items()):
        try:
            within, dropped, by_rec = _split_within(us, fylke_seats[f], rules, minimum, caps, em)
        except AllocationInfeasible as exc:
            raise AllocationInfeasible(f"fylke {f}: {exc}") from exc
        seats.update(within)
        left_out.update(dropped)
        if by_rec:
            by_recommendation.update(u.kommunenummer for u in us)
    return seats, left_out, by_recommendation, fylke_left_out


def allocate(units: Iterable[AllocationUnit], need: int, need_em: int, rules: AllocationRules) -> Allocation:
    """Split `need` (of which `need_em` EM) among the units; every unit gets a row.

    Raises AllocationInfeasible when the need cannot be met under the caps and the
    minimum request, or the EM need is more than the kommuner meeting the EM criteria
    are asked for in total.
    """
    if need < 0 or need_em < 0 or need_em > need:
        raise AllocationInfeasible(f"the need must be at least 0 and the EM need at most the need "
                                   f"(need {need}, EM {need_em})")
    by_key = {u.kommunenummer: u for u in units}
    ordered = [by_key[k] for k in sorted(by_key)]
    caps = {u.kommunenummer: u.cap for u in ordered}
    totals, left_out, by_recommendation, fylke_left_out = _two_level(
        ordered, need, rules, rules.minimum_request, caps, em=False)

    em_units = [u for u in ordered if u.em_eligible and u.weight > 0 and totals.get(u.kommunenummer, 0) > 0]
    em_capacity = sum(totals[u.kommunenummer] for u in em_units)
    if need_em > em_capacity:
        raise AllocationInfeasible(f"the EM need ({need_em}) is more than the kommuner that meet the EM criteria "
                                   f"are asked for in all ({em_capacity})")
    em_caps: dict[str, int | None] = {u.kommunenummer: totals[u.kommunenummer] for u in em_units}
    em_seats = _two_level(em_units, need_em, rules, None, em_caps, em=True)[0] if em_units else {}

    rows = {}
    for unit in ordered:
        k = unit.kommunenummer
        total = totals.get(k, 0)
        rows[k] = KommuneAllocation(
            kommunenummer=k, fylkesnummer=unit.fylkesnummer, total=total, em=em_seats.get(k, 0),
            eligible=unit.weight > 0, below_minimum=k in left_out or (unit.weight > 0 and total == 0
                                                                    and unit.fylkesnummer in fylke_left_out),
            capped=unit.cap is not None and total > 0 and total == unit.cap,
            by_recommendation=k in by_recommendation)
    return Allocation(need=need, need_em=need_em, rules=rules, rows=rows, fylke_left_out=fylke_left_out)
