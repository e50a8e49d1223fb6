"""What-if: two allocations side by side, per kommune and per fylke.

The two are two criteria versions on the same need (`criteria compare`), or one version on the
need before and after it changed (`criteria redistribute`, obligations.criteria.redistribution).
Kommuner whose status changes (asked under one, not under the other) come first, then the
others, each group by kommunenummer, so a policy officer sees first who would be asked anew or
no longer.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from bosetting.obligations.criteria.allocation import Allocation

STATUS_CHANGES = ("new", "dropped", "same")


class RequestDifferences:
    """The change in the request from the first allocation to the second, in total and for EM."""

    total_from: int
    em_from: int
    total_to: int
    em_to: int

    @property
    def difference(self) -> int:
        return self.total_to - self.total_from

    @property
    def difference_em(self) -> int:
        return self.em_to - self.em_from


@dataclass(frozen=True)
class ComparedKommune(RequestDifferences):
    """One kommune's request under the first allocation and under the second."""

    kommunenummer: str
    fylkesnummer: str
    asked_from: bool
    total_from: int
    em_from: int
    asked_to: bool
    total_to: int
    em_to: int

    @property
    def status_change(self) -> str:
        """new (asked only under the second allocation), dropped (only under the first), or same."""
        if self.asked_to and not self.asked_from:
            return "new"
        if self.asked_from and not self.asked_to:
            return "dropped"
        return "same"


@dataclass(frozen=True)
class ComparedFylke(RequestDifferences):
    fylkesnummer: str
    total_from: int
    em_from: int
    total_to: int
    em_to: int
    asked_from: int
    asked_to: int


@dataclass(frozen=True)
class Comparison:
    kommuner: tuple[ComparedKommune, ...]
    fylker: tuple[ComparedFylke, ...]

    @property
    def status_changes(self) -> list[ComparedKommune]:
        return [k for k in self.kommuner if k.status_change != "same"]


def compare_kommuner(first: Allocation, second: Allocation) -> list[ComparedKommune]:
    """Every kommune in either allocation, by kommunenummer (0 where an allocation has no row for it)."""
    rows = []
    for k in sorted(set(first.rows) | set(second.rows)):
        a, b = first.rows.get(k), second.rows.get(k)
        present = a if a is not None else b
        assert present is not None, "every key is in one of the allocations"
        rows.append(ComparedKommune(
            k, present.fylkesnummer, bool(a and a.asked), a.total if a else 0, a.em if a else 0,
            bool(b and b.asked), b.total if b else 0, b.em if b else 0))
    return rows


def compare_allocations(first: Allocation, second: Allocation) -> Comparison:
    """Per kommune (every kommune in either allocation) and per fylke; status changes first."""
    rows = compare_kommuner(first, second)
    order = {"new": 0, "dropped": 0, "same": 1}
    rows.sort(key=lambda r: (order[r.status_change], r.kommunenummer))
    sums: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
    for r in rows:
        s = sums[r.fylkesnummer]
        s[0] += r.total_from
        s[1] += r.em_from
        s[2] += r.total_to
        s[3] += r.em_to
        s[4] += int(r.asked_from)
        s[5] += int(r.asked_to)
    fylker = tuple(ComparedFylke(f, *v) for f, v in sorted(sums.items()))
    return Comparison(tuple(rows), fylker)
