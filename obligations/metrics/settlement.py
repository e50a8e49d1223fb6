"""Who was settled, how soon, and whether those who had waited longest were settled.

A person settled in the year counts as settled within the limit when the settlement date
is no later than the permit date plus the group's limit in months (see `waiting.WaitLimits`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from obligations.data.records import SettlementRecord
from obligations.metrics.waiting import WaitLimits, is_waiting, long_wait_deadline, waited_long

Selector = Callable[[SettlementRecord], bool]


def everyone(_person: SettlementRecord) -> bool:
    return True


def settled_in(person: SettlementRecord, year: int) -> bool:
    return person.bosatt_dato is not None and person.bosatt_dato.year == year


def settled_within_limit(person: SettlementRecord, limits: WaitLimits) -> bool:
    assert person.bosatt_dato is not None
    return person.bosatt_dato <= long_wait_deadline(person, limits)


@dataclass(frozen=True)
class SettledWithinLimit:
    settled: int
    within_limit: int

    @property
    def share(self) -> float | None:
        return self.within_limit / self.settled if self.settled else None


def settled_within_limits(persons: Iterable[SettlementRecord], year: int, limits: WaitLimits,
                          selector: Selector = everyone) -> SettledWithinLimit:
    """Of the selected persons settled in `year`, how many within their group's limit."""
    settled = within = 0
    for person in persons:
        if selector(person) and settled_in(person, year):
            settled += 1
            within += settled_within_limit(person, limits)
    return SettledWithinLimit(settled, within)


@dataclass(frozen=True)
class LongWaitersOutcome:
    """Those who had waited long: settled during the year, or still waiting long at its end."""

    settled: int
    still_waiting: int

    @property
    def total(self) -> int:
        return self.settled + self.still_waiting

    @property
    def share_settled(self) -> float | None:
        return self.settled / self.total if self.total else None


def long_waiters_outcome(persons: Iterable[SettlementRecord], year: int, limits: WaitLimits,
                         selector: Selector = everyone) -> LongWaitersOutcome:
    """Long-waiters (waiting in mottak or omsorgssenter past their limit) settled vs still waiting at year end."""
    year_end = date(year, 12, 31)
    settled = still = 0
    for person in persons:
        if not selector(person) or person.ventested == "utlandet":
            continue
        if settled_in(person, year) and not settled_within_limit(person, limits):
            settled += 1
        elif is_waiting(person, year_end) and waited_long(person, year_end, limits):
            still += 1
    return LongWaitersOutcome(settled, still)
