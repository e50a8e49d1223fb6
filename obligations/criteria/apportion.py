"""Apportionment: whole numbers in proportion to weights that add up exactly to a total.

Pure functions over exact fractions, so results never depend on floating-point rounding
or on the order of the input (every tie is settled by the documented rule below).

Methods:
- Sainte-Laguë (`sainte_lague`) and D'Hondt (`dhondt`) are divisor methods: the seats go
  one by one to the largest `weight / divisor(seats so far)`, with divisors 0.5, 1.5,
  2.5, … and 1, 2, 3, … respectively. The result for a total h is the h best of all
  (unit, next seat) claims in one fixed order, so raising the total never lowers anyone's
  number (house monotonicity), with or without caps.
- Largest remainder (`largest_remainder`, Hamilton): each unit gets the whole part of its
  quota `total * weight / sum of weights`, the seats left go to the largest remainders.
  It is not house-monotone: raising the total can lower a unit's number (the Alabama
  paradox; see docs/criteria.md).

Ties: the claim of the larger weight wins, then the lower key (kommunenummer or
fylkesnummer). A unit with weight 0 gets nothing. `caps` bound a unit's number from
above; the total must fit under the caps of the units with weight, or the apportionment
is infeasible. `apportion_with_minimum` adds "at least `minimum` or none".
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Mapping
from fractions import Fraction

Number = Fraction | int
DIVISOR_METHODS = ("sainte_lague", "dhondt")
LARGEST_REMAINDER = "largest_remainder"


class AllocationInfeasible(ValueError):
    """The total cannot be apportioned under the constraints (caps, minimum)."""


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
