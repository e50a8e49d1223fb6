"""Apportionment: whole numbers in proportion to weights that add up exactly to a total.

Pure functions in exact integer arithmetic, so results never depend on floating-point
rounding or on the order of the input (every tie is settled by the documented rule below).
Weights may be fractions (a kommune's score times its population); they are brought to
whole numbers once, on one common scale, which changes no ratio between them.

Methods:
- Sainte-Laguë (`sainte_lague`), modified Sainte-Laguë (`modified_sainte_lague`) and
  D'Hondt (`dhondt`) are divisor methods: the seats go one by one to the largest
  `weight / divisor(seats so far)`, with divisors 0.5, 1.5, 2.5, … (in proportion:
  1, 3, 5, …); 1.4, 3, 5, 7, … (valgloven § 11-4, as Norwegian elections count; in
  proportion 7, 15, 25, 35, …); and 1, 2, 3, … The result for a total h is the h best of
  all (unit, next seat) claims in one fixed order, so raising the total never lowers
  anyone's number (house monotonicity), with or without caps.
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
from collections.abc import Callable, Mapping
from fractions import Fraction

Number = Fraction | int
DIVISOR_METHODS = ("sainte_lague", "modified_sainte_lague", "dhondt")
LARGEST_REMAINDER = "largest_remainder"
METHODS = (*DIVISOR_METHODS, LARGEST_REMAINDER)

# Each divisor method's divisors as whole numbers in the method's proportions: the divisor for a unit's
# next seat when it has `seats`.
_DIVISORS: dict[str, Callable[[int], int]] = {
    "sainte_lague": lambda seats: 2 * seats + 1,
    "modified_sainte_lague": lambda seats: 10 * seats + 5 if seats else 7,
    "dhondt": lambda seats: seats + 1,
}


class AllocationInfeasible(ValueError):
    """The total cannot be apportioned under the constraints (caps, minimum)."""


def whole_weights(weights: Mapping[str, Number]) -> dict[str, int]:
    """The weights as whole numbers in the same proportions: each times the common denominator."""
    if all(type(w) is int for w in weights.values()):
        return dict(weights)  # type: ignore[arg-type]
    scale = math.lcm(*(w.denominator for w in weights.values())) if weights else 1
    return {k: w.numerator * (scale // w.denominator) for k, w in weights.items()}


def _check_method(method: str) -> None:
    if method not in METHODS:
        raise ValueError(f"unknown apportionment method '{method}'")


def apportion(weights: Mapping[str, Number], total: int, method: str, caps: Mapping[str, int] | None = None,
              start: Mapping[str, int] | None = None) -> dict[str, int]:
    """Every key's whole number; the numbers add up to `total` exactly.

    `start` is a previous result to begin from (a speed-up for divisor methods only; it
    never changes the result).
    """
    if total < 0:
        raise ValueError(f"cannot apportion a negative total ({total})")
    _check_method(method)
    whole = whole_weights(weights)
    keys = sorted(whole)
    result = dict.fromkeys(keys, 0)
    limit = {k: min(total, caps[k]) if caps is not None and caps.get(k) is not None else total for k in keys}
    active = [k for k in keys if whole[k] > 0 and limit[k] > 0]
    capacity = sum(limit[k] for k in active)
    if total > capacity:
        raise AllocationInfeasible(f"{total} cannot be apportioned: the units with weight may get at most "
                                   f"{capacity} in all")
    if total == 0:
        return result
    rank = {k: i for i, k in enumerate(keys)}
    if method == LARGEST_REMAINDER:
        result.update(_largest_remainder(whole, active, total, limit, rank))
    else:
        result.update(_highest_averages(whole, active, total, method, limit, rank, start))
    return result


def _highest_averages(weights: dict[str, int], active: list[str], total: int, method: str,
                      limit: dict[str, int], rank: dict[str, int], start: Mapping[str, int] | None) -> dict[str, int]:
    """The `total` best claims: start near the answer, then add, remove and swap single seats.

    A claim (unit, s) is the unit's (s+1)-th seat, ranked by its quotient weight/divisor(s),
    then by weight, then by key. Quotients are compared exactly as whole numbers:
    `weight * M // divisor` with M the square of the largest divisor used. Two quotients
    that differ, w/d > v/e, differ by at least 1/(d*e) >= 1/M, so their scaled values
    differ by at least 1 and their floors keep the order; equal quotients give equal
    floors. The result is right when every claim given is better than every claim not
    given; the loops below restore that from any starting point.
    """
    divisor = _DIVISORS[method]
    largest = divisor(total)
    scale = largest * largest
    if start is not None:
        seats = {k: min(limit[k], max(0, start.get(k, 0))) for k in active}
    else:
        weight_sum = sum(weights[k] for k in active)
        seats = {k: min(limit[k], weights[k] * total // weight_sum) for k in active}
    scaled = {k: weights[k] * scale for k in active}

    # Smallest first: a next claim is (-quotient, -weight, rank), the best claim not given on top; a given
    # claim is stored negated, (quotient, weight, -rank), so the worst claim given is on top.
    def next_claim(k: str) -> tuple[int, int, int]:
        return (-(scaled[k] // divisor(seats[k])), -weights[k], rank[k])

    def last_claim(k: str) -> tuple[int, int, int]:
        return (scaled[k] // divisor(seats[k] - 1), weights[k], -rank[k])

    next_heap = [(next_claim(k), k, seats[k]) for k in active if seats[k] < limit[k]]
    last_heap = [(last_claim(k), k, seats[k]) for k in active if seats[k] > 0]
    heapq.heapify(next_heap)
    heapq.heapify(last_heap)

    def top(heap: list[tuple[tuple[int, int, int], str, int]]) -> tuple[tuple[int, int, int], str] | None:
        while heap:
            key, k, at = heap[0]
            if seats[k] == at:
                return key, k
            heapq.heappop(heap)  # stale: the unit's seats changed since this claim was pushed
        return None

    def change(k: str, by: int) -> None:
        seats[k] += by
        if seats[k] < limit[k]:
            heapq.heappush(next_heap, (next_claim(k), k, seats[k]))
        if seats[k] > 0:
            heapq.heappush(last_heap, (last_claim(k), k, seats[k]))

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
        quotient, weight, negated_rank = worst[0]
        if not best[0] < (-quotient, -weight, -negated_rank):
            break
        change(worst[1], -1)
        change(best[1], +1)
    return seats


def _largest_remainder(weights: dict[str, int], active: list[str], total: int, limit: dict[str, int],
                       rank: dict[str, int]) -> dict[str, int]:
    """Hamilton with caps: a unit whose quota passes its cap gets the cap and the rest is shared again.

    A quota is `left * weight / weight_sum`: its whole part and remainder are the integer
    quotient and remainder of `left * weight` by `weight_sum`, and all remainders of one
    round share that denominator, so they compare as they are.
    """
    seats: dict[str, int] = {}
    remaining = list(active)
    left = total
    while True:
        weight_sum = sum(weights[k] for k in remaining)
        over = [k for k in remaining if weights[k] * left > limit[k] * weight_sum]
        if not over:
            break
        for k in over:
            seats[k] = limit[k]
            left -= limit[k]
        remaining = [k for k in remaining if k not in over]
    parts = {k: divmod(weights[k] * left, weight_sum) for k in remaining}
    seats.update((k, whole) for k, (whole, _rest) in parts.items())
    extra = left - sum(whole for whole, _rest in parts.values())
    candidates = sorted((k for k in remaining if parts[k][0] < limit[k]),
                        key=lambda k: (-parts[k][1], -weights[k], rank[k]))
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
    whole = whole_weights(weights)
    keys = sorted(whole)
    if not minimum or minimum <= 1:
        return apportion(whole, total, method, caps), ()
    _check_method(method)
    rank = {k: i for i, k in enumerate(keys)}
    result = dict.fromkeys(keys, 0)
    if total == 0:
        return result, ()
    if total < minimum:
        raise AllocationInfeasible(f"{total} is less than the minimum request of {minimum}: no unit can be asked")
    left_out = [k for k in keys if whole[k] > 0 and caps is not None and caps.get(k) is not None
                and caps[k] < minimum]
    active = {k: whole[k] for k in keys if whole[k] > 0 and k not in left_out}
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
