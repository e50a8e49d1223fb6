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
from typing import TYPE_CHECKING

from bosetting.obligations.criteria.methods import DIVISOR_METHODS, LARGEST_REMAINDER, METHODS

if TYPE_CHECKING:  # for the annotations only: importing fractions (and decimal) would slow every command's start
    from fractions import Fraction
    from typing import TypeAlias

    Number: TypeAlias = Fraction | int

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


def _limits(weights: dict[str, int], total: int, caps: Mapping[str, int] | None) -> tuple[dict[str, int], list[str]]:
    """Each unit's most (its cap, at most the total) and the units that can get anything; raises when the
    total does not fit under them."""
    limit = {k: min(total, caps[k]) if caps is not None and caps.get(k) is not None else total for k in weights}
    active = [k for k in sorted(weights) if weights[k] > 0 and limit[k] > 0]
    _check_capacity(total, sum(limit[k] for k in active))
    return limit, active


def _check_capacity(total: int, capacity: int) -> None:
    if total > capacity:
        raise AllocationInfeasible(f"{total} cannot be apportioned: the units with weight may get at most "
                                   f"{capacity} in all")


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
    limit, active = _limits(whole, total, caps)
    if total == 0:
        return result
    rank = {k: i for i, k in enumerate(keys)}
    if method == LARGEST_REMAINDER:
        result.update(_largest_remainder(whole, active, total, limit, rank))
    else:
        result.update(_BestClaims(whole, active, total, method, limit, rank, start).seats)
    return result


_Claim = tuple[int, int, int]


class _BestClaims:
    """The `total` best claims of a divisor method: start near the answer, then add, remove and swap seats.

    A claim (unit, s) is the unit's (s+1)-th seat, ranked by its quotient weight/divisor(s),
    then by weight, then by key. Quotients are compared exactly as whole numbers:
    `weight * M // divisor` with M the square of the largest divisor used. Two quotients
    that differ, w/d > v/e, differ by at least 1/(d*e) >= 1/M, so their scaled values
    differ by at least 1 and their floors keep the order; equal quotients give equal
    floors. The result is right when every claim given is better than every claim not
    given; `_balance` restores that from any starting point, and `leave_out` keeps it
    when a unit is taken out (its seats go to the best claims not given).
    """

    def __init__(self, weights: dict[str, int], active: list[str], total: int, method: str, limit: dict[str, int],
                 rank: dict[str, int], start: Mapping[str, int] | None):
        self.weights, self.limit, self.rank, self.total = weights, limit, rank, total
        self.divisor = _DIVISORS[method]
        largest = self.divisor(total)
        scale = largest * largest
        if start is not None:
            self.seats = {k: min(limit[k], max(0, start.get(k, 0))) for k in active}
        else:
            # Near the answer, so that few seats move: the rounded quota (Sainte-Laguë), or the quota of a
            # total raised by half a seat per unit (D'Hondt favours the large). Any start gives the same result.
            weight_sum = sum(weights[k] for k in active)
            if method == "dhondt":
                numerator, denominator = 2 * total + len(active), 2 * weight_sum
                self.seats = {k: min(limit[k], weights[k] * numerator // denominator) for k in active}
            else:
                self.seats = {k: min(limit[k], (2 * weights[k] * total + weight_sum) // (2 * weight_sum))
                              for k in active}
        self.scaled = {k: weights[k] * scale for k in active}
        self.capacity = sum(limit[k] for k in active)
        seats = self.seats
        # Smallest first: a next claim is (-quotient, -weight, rank), the best claim not given on top; a given
        # claim is stored negated, (quotient, weight, -rank), so the worst claim given is on top.
        self.next_heap = [(self._next_claim(k), k, seats[k]) for k in active if seats[k] < limit[k]]
        self.last_heap = [(self._last_claim(k), k, seats[k]) for k in active if seats[k] > 0]
        heapq.heapify(self.next_heap)
        heapq.heapify(self.last_heap)
        self.given = sum(seats.values())
        self._balance()

    def _next_claim(self, k: str) -> _Claim:
        return (-(self.scaled[k] // self.divisor(self.seats[k])), -self.weights[k], self.rank[k])

    def _last_claim(self, k: str) -> _Claim:
        return (self.scaled[k] // self.divisor(self.seats[k] - 1), self.weights[k], -self.rank[k])

    def _top(self, heap: list[tuple[_Claim, str, int]]) -> tuple[_Claim, str] | None:
        seats = self.seats
        while heap:
            key, k, at = heap[0]
            if seats.get(k) == at:
                return key, k
            heapq.heappop(heap)  # stale: the unit's seats changed (or it was left out) since this was pushed
        return None

    def _change(self, k: str, by: int) -> None:
        seats = self.seats
        seats[k] += by
        self.given += by
        if seats[k] < self.limit[k]:
            heapq.heappush(self.next_heap, (self._next_claim(k), k, seats[k]))
        if seats[k] > 0:
            heapq.heappush(self.last_heap, (self._last_claim(k), k, seats[k]))

    def _fill(self) -> None:
        while self.given < self.total:
            best = self._top(self.next_heap)
            assert best is not None, "capacity was checked"
            self._change(best[1], +1)

    def _balance(self) -> None:
        self._fill()
        while self.given > self.total:
            worst = self._top(self.last_heap)
            assert worst is not None
            self._change(worst[1], -1)
        while True:
            best, worst = self._top(self.next_heap), self._top(self.last_heap)
            if best is None or worst is None:
                break
            quotient, weight, negated_rank = worst[0]
            if not best[0] < (-quotient, -weight, -negated_rank):
                break
            self._change(worst[1], -1)
            self._change(best[1], +1)

    def leave_out(self, units: list[str]) -> None:
        """Take these units out and give their seats to the best claims left: what apportioning the total
        again among the rest would give (raises, as that would, when the rest cannot take the total)."""
        for k in units:
            self.given -= self.seats.pop(k)
            self.capacity -= self.limit[k]
        _check_capacity(self.total, self.capacity)
        self._fill()


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
    rank = {k: i for i, k in enumerate(keys)}
    result = dict.fromkeys(keys, 0)
    if total == 0:
        return result, ()
    if total < minimum:
        raise AllocationInfeasible(f"{total} is less than the minimum request of {minimum}: no unit can be asked")
    left_out = [k for k in keys if whole[k] > 0 and caps is not None and caps.get(k) is not None
                and caps[k] < minimum]
    active = {k: whole[k] for k in keys if whole[k] > 0 and k not in left_out}
    if method in DIVISOR_METHODS:
        seats = _divisor_with_minimum(active, total, method, minimum, caps, rank, left_out)
    else:
        seats = _remainder_with_minimum(active, total, method, minimum, caps, rank, left_out)
    result.update(seats)
    return result, tuple(sorted(left_out))


def _divisor_with_minimum(active: dict[str, int], total: int, method: str, minimum: int,
                          caps: Mapping[str, int] | None, rank: dict[str, int], left_out: list[str]) -> dict[str, int]:
    """The minimum rule under a divisor method, leaving units out of one set of best claims as it goes."""
    limit, usable = _limits(active, total, caps)
    claims = _BestClaims(active, usable, total, method, limit, rank, None)
    seats = claims.seats
    while True:
        below = [k for k in active if seats.get(k, 0) < minimum]
        if not below:
            break
        if any(seats.get(k, 0) == 0 for k in below):
            # A unit with no seat takes nothing from anyone, and has the smallest weights: leaving all of them
            # out at once is what leaving them out one by one would do.
            dropped = [k for k in below if seats.get(k, 0) == 0]
        else:
            dropped = [min(below, key=lambda k: (active[k], -rank[k]))]
        for k in dropped:
            del active[k]
        left_out.extend(dropped)
        claims.leave_out([k for k in dropped if k in seats])
    return {k: seats.get(k, 0) for k in active}


def _remainder_with_minimum(active: dict[str, int], total: int, method: str, minimum: int,
                            caps: Mapping[str, int] | None, rank: dict[str, int],
                            left_out: list[str]) -> dict[str, int]:
    """The minimum rule under largest remainder: leave out the smallest below the minimum, share again."""
    while True:
        seats = apportion(active, total, method, caps)
        below = [k for k in active if seats[k] < minimum]
        if not below:
            return seats
        dropped = min(below, key=lambda k: (active[k], -rank[k]))
        del active[dropped]
        left_out.append(dropped)
