"""The distribution of the national need to fylker and kommuner under a criteria version's constraints.

Pure functions: the input is one `AllocationUnit` per kommune (its weight from the
criteria, its cap, whether it may get EM, the fylkeskommune's recommendation) and the
need; the output has a row for every unit, and the totals add up exactly to the need,
in total and for enslige mindreårige (EM).

Order of work (docs/criteria.md explains each step):
Weights are brought to whole numbers once, on one common scale (apportion.whole_weights),
and every sum and split after that is in integers.

1. Total need. With levels [fylke, kommune], first between fylker by the sum of their
   kommuner's weights, then within each fylke (by the fylkeskommune's recommendations
   where the version uses them and the fylkeskommune gave any); with [kommune], directly.
   The minimum request applies at each step (a fylke given less than the minimum could
   ask no kommune), and a kommune is never asked for more than its cap.
2. EM need. Only between kommuner asked in step 1 that meet the EM criteria, in the same
   levels, with no minimum, and never more than the kommune's total (EM are "of which").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from bosetting.obligations.criteria.apportion import AllocationInfeasible, apportion_with_minimum, whole_weights

__all__ = ["AllocationInfeasible", "AllocationRules", "AllocationUnit", "Allocation", "KommuneAllocation",
           "allocate", "population_cap"]


@dataclass(frozen=True)
class AllocationUnit:
    """One kommune as the distribution sees it."""

    kommunenummer: str
    fylkesnummer: str
    weight: Fraction  # 0: not asked (fails a mandatory criterion)
    cap: int | None = None  # the most it may be asked for (maximum share of population)
    em_eligible: bool = False
    recommendation: int | None = None
    recommendation_em: int | None = None


@dataclass(frozen=True)
class AllocationRules:
    """The constraints of a criteria version that the distribution applies."""

    method: str
    by_fylke: bool = False
    minimum_request: int | None = None
    use_recommendations: bool = False


@dataclass(frozen=True)
class KommuneAllocation:
    """One kommune's request: total and of which EM, and why it is what it is."""

    kommunenummer: str
    fylkesnummer: str
    total: int
    em: int
    eligible: bool  # meets the mandatory criteria (weight > 0)
    below_minimum: bool  # left out because its share came below the minimum request
    capped: bool  # asked for exactly its cap
    by_recommendation: bool  # split within the fylke by the fylkeskommune's recommendations

    @property
    def asked(self) -> bool:
        return self.total > 0


@dataclass(frozen=True)
class Allocation:
    """The distribution of one need: a row per kommune, sums per fylke."""

    need: int
    need_em: int
    rules: AllocationRules
    rows: dict[str, KommuneAllocation]
    fylke_left_out: tuple[str, ...] = ()

    def fylker(self) -> dict[str, tuple[int, int]]:
        """Per fylkesnummer: (total, EM), summed from the kommune rows."""
        sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for row in self.rows.values():
            sums[row.fylkesnummer][0] += row.total
            sums[row.fylkesnummer][1] += row.em
        return {f: (v[0], v[1]) for f, v in sorted(sums.items())}

    @property
    def asked(self) -> int:
        return sum(1 for r in self.rows.values() if r.asked)


def population_cap(innbyggere: int | None, share: Fraction | None) -> int | None:
    """The most a kommune may be asked for: its population times the share, rounded down."""
    if share is None or innbyggere is None:
        return None
    scaled = innbyggere * share.numerator  # int(innbyggere * share), in integers: toward zero
    return scaled // share.denominator if scaled >= 0 else -(-scaled // share.denominator)


def _split_within(units: Sequence[AllocationUnit], weight_of: Mapping[str, int], total: int, rules: AllocationRules,
                  minimum: int | None, caps: Mapping[str, int | None],
                  em: bool) -> tuple[dict[str, int], tuple[str, ...], bool]:
    """One level's split among `units`; returns the numbers, who was left out by the minimum, and
    whether the fylkeskommune's recommendations were the weights."""
    weights: dict[str, int] = {u.kommunenummer: weight_of[u.kommunenummer] for u in units}
    by_recommendation = False
    if rules.use_recommendations and rules.by_fylke:
        # A recommendation never overrides the mandatory criteria: a kommune with weight 0 stays at 0.
        recommended = {k: ((u.recommendation_em if em else u.recommendation) or 0) if weights[k] > 0 else 0
                       for u in units for k in (u.kommunenummer,)}
        if any(v for v in recommended.values()):
            weights = recommended
            by_recommendation = True
    # Only these units' caps: the apportionment reads no others.
    given_caps = {k: c for k in weights if (c := caps.get(k)) is not None}
    seats, left_out = apportion_with_minimum(weights, total, rules.method, minimum, given_caps)
    return seats, left_out, by_recommendation


def _two_level(units: Sequence[AllocationUnit], weight_of: Mapping[str, int], need: int, rules: AllocationRules,
               minimum: int | None, caps: Mapping[str, int | None],
               em: bool) -> tuple[dict[str, int], set[str], set[str], tuple[str, ...]]:
    """Split `need` among units (by fylke first when asked); returns numbers, left-out kommuner,
    kommuner split by recommendation, and fylker left out."""
    if not rules.by_fylke:
        direct, dropped_directly, by_rec = _split_within(units, weight_of, need, rules, minimum, caps, em)
        return direct, set(dropped_directly), set(direct) if by_rec else set(), ()
    in_fylke: dict[str, list[AllocationUnit]] = defaultdict(list)
    for unit in units:
        in_fylke[unit.fylkesnummer].append(unit)
    fylke_weights = {f: sum(weight_of[u.kommunenummer] for u in us) for f, us in in_fylke.items()}
    fylke_caps: dict[str, int] = {}
    for f, us in in_fylke.items():
        unit_caps = [caps.get(u.kommunenummer) for u in us if weight_of[u.kommunenummer] > 0]
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
            within, dropped, by_rec = _split_within(us, weight_of, fylke_seats[f], rules, minimum, caps, em)
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
    weight_of = whole_weights({u.kommunenummer: u.weight for u in ordered})
    caps = {u.kommunenummer: u.cap for u in ordered}
    totals, left_out, by_recommendation, fylke_left_out = _two_level(
        ordered, weight_of, need, rules, rules.minimum_request, caps, em=False)

    em_units = [u for u in ordered if u.em_eligible and weight_of[u.kommunenummer] > 0
                and totals.get(u.kommunenummer, 0) > 0]
    em_capacity = sum(totals[u.kommunenummer] for u in em_units)
    if need_em > em_capacity:
        raise AllocationInfeasible(f"the EM need ({need_em}) is more than the kommuner that meet the EM criteria "
                                   f"are asked for in all ({em_capacity})")
    em_caps: dict[str, int | None] = {u.kommunenummer: totals[u.kommunenummer] for u in em_units}
    em_seats = _two_level(em_units, weight_of, need_em, rules, None, em_caps, em=True)[0] if em_units else {}

    rows = {}
    for unit in ordered:
        k = unit.kommunenummer
        total = totals.get(k, 0)
        weighed = weight_of[k] > 0
        rows[k] = KommuneAllocation(
            kommunenummer=k, fylkesnummer=unit.fylkesnummer, total=total, em=em_seats.get(k, 0),
            eligible=weighed, below_minimum=k in left_out or (weighed and total == 0
                                                              and unit.fylkesnummer in fylke_left_out),
            capped=unit.cap is not None and total > 0 and total == unit.cap,
            by_recommendation=k in by_recommendation)
    return Allocation(need=need, need_em=need_em, rules=rules, rows=rows, fylke_left_out=fylke_left_out)
