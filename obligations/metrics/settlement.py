"""Who was settled, how soon, and whether those who had waited longest were settled.

A person settled in the year counts as settled within the limit when the settlement date
is no later than the permit date plus the group's limit in months (see `waiting.WaitLimits`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from bosetting.obligations.data.records import SettlementRecord
from bosetting.obligations.metrics.waiting import Deadlines, WaitLimits, is_waiting, long_wait_deadline

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
    judged = _judged(persons, year, limits)
    within = sum(1 for person in judged.settled_in_time if selector(person))
    settled = within + sum(1 for person in judged.settled_late if selector(person))
    return SettledWithinLimit(settled, within)


@dataclass(frozen=True)
class _Judged:
    """A person file judged once for a year: who was settled in it (and whether within the limit), and
    who had waited long (settled late in the year, or still waiting long at its end)."""

    # Four lists of the records themselves, not (record, flag) pairs: kept for every year of a review, a pair
    # per settled person was about 30 MB a year at 100x, a list entry is 8 bytes.
    settled_in_time: list[SettlementRecord]
    settled_late: list[SettlementRecord]
    long_waiters_settled: list[SettlementRecord]  # settled in the year after waiting long
    long_waiters_waiting: list[SettlementRecord]  # still waiting long at the year's end


# The same person file is judged for several groups and selections (derive asks nine times a year).
_JUDGED: dict[tuple[int, int, WaitLimits], tuple[tuple[SettlementRecord, ...], _Judged]] = {}
_JUDGED_KEPT = 8


def _judged(persons: Iterable[SettlementRecord], year: int, limits: WaitLimits) -> _Judged:
    """`_judge`, remembered for the last few tuples of persons (person files; a list may change)."""
    if not isinstance(persons, tuple):
        return _judge(persons, year, limits)
    key = (id(persons), year, limits)
    kept = _JUDGED.get(key)
    if kept is not None and kept[0] is persons:  # the same object, not one that reuses its id
        return kept[1]
    if len(_JUDGED) >= _JUDGED_KEPT:
        del _JUDGED[next(iter(_JUDGED))]
    judged = _judge(persons, year, limits)
    _JUDGED[key] = (persons, judged)
    return judged


def _judge(persons: Iterable[SettlementRecord], year: int, limits: WaitLimits) -> _Judged:
    year_end = date(year, 12, 31)
    judged = _Judged([], [], [], [])
    deadline_of = Deadlines(limits).of
    for person in persons:
        deadline = deadline_of(person)
        if settled_in(person, year):
            if person.bosatt_dato <= deadline:  # type: ignore[operator]
                judged.settled_in_time.append(person)
            else:
                judged.settled_late.append(person)
                if person.ventested != "utlandet":
                    judged.long_waiters_settled.append(person)
        elif person.ventested != "utlandet" and is_waiting(person, year_end) and year_end > deadline:
            judged.long_waiters_waiting.append(person)
    return judged


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
    judged = _judged(persons, year, limits)
    return LongWaitersOutcome(sum(1 for person in judged.long_waiters_settled if selector(person)),
                              sum(1 for person in judged.long_waiters_waiting if selector(person)))
