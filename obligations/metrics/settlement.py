"""Who was settled, how soon, and whether those who had waited longest were settled.

A person settled in the year counts as settled within the limit when the settlement date
is no later than the permit date plus the group's limit in months (see `waiting.WaitLimits`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from bosetting.obligations.data.records import SettlementRecord
from bosetting.obligations.metrics.waiting import GROUPS, WAITING_PLACES, Deadlines, WaitLimits, long_wait_deadline

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
    """`settled_in`, `settled_within_limit` and `is_waiting` at the year's end, written out for one pass over every
    person of the file; the deadline of each permit date and group is worked out once."""
    year_end = date(year, 12, 31)
    judged = _Judged([], [], [], [])
    in_time, late = judged.settled_in_time.append, judged.settled_late.append
    long_settled, long_waiting = judged.long_waiters_settled.append, judged.long_waiters_waiting.append
    deadline_of = Deadlines(limits).of
    for person in persons:
        settled = person.bosatt_dato
        if settled is not None and settled.year == year:
            if settled <= deadline_of(person):
                in_time(person)
            else:
                late(person)
                if person.ventested != "utlandet":
                    long_settled(person)
        elif (person.ventested in WAITING_PLACES and person.bosettingsklar_dato <= year_end
              and (settled is None or settled > year_end) and year_end > deadline_of(person)):
            long_waiting(person)  # waiting in a mottak or omsorgssenter at the year's end, past the deadline
    return judged


@dataclass(frozen=True)
class SettlementBreakdown:
    """`settled_within_limits` and `long_waiters_outcome` of one person file and year for the selections
    `bosetting_grupper` reports, counted in one look at each judged person."""

    everyone: SettledWithinLimit
    by_group: Mapping[str, SettledWithinLimit]  # every group of GROUPS
    special_needs: SettledWithinLimit
    bufetat_em: SettledWithinLimit  # enslige mindreårige settled by Bufetat
    long_waiters: LongWaitersOutcome
    long_waiters_special_needs: LongWaitersOutcome
    long_waiters_em_omsorgssenter: LongWaitersOutcome


def settlement_breakdown(persons: Iterable[SettlementRecord], year: int, limits: WaitLimits) -> SettlementBreakdown:
    """What `settled_within_limits` and `long_waiters_outcome` give for everyone, each group, persons with special
    needs, enslige mindreårige settled by Bufetat (settled) and enslige mindreårige in omsorgssentre (long
    waiters), counted in one look at each person instead of a look at each judged person for each selection
    (`_judge` and the selections, written out)."""
    year_end = date(year, 12, 31)
    settled_by_group: dict[str, int] = dict.fromkeys(GROUPS, 0)
    in_time_by_group: dict[str, int] = dict.fromkeys(GROUPS, 0)
    special_settled = special_in_time = bufetat_settled = bufetat_in_time = 0
    long_settled = long_settled_special = long_settled_em = 0
    long_waiting = long_waiting_special = long_waiting_em = 0
    deadline_of = Deadlines(limits).of
    for person in persons:
        settled = person.bosatt_dato
        place = person.ventested
        settled_in_year = settled is not None and settled.year == year
        if not settled_in_year and not (place in WAITING_PLACES and person.bosettingsklar_dato <= year_end
                                        and (settled is None or settled > year_end)):
            continue  # neither settled in the year nor waiting in a mottak or omsorgssenter at its end
        group = person.gruppe
        deadline = deadline_of(person)
        em = group == "enslig_mindreaarig"
        if settled_in_year:
            in_time = settled <= deadline  # type: ignore[operator]
            settled_by_group[group] = settled_by_group.get(group, 0) + 1
            if person.saerskilte_behov:
                special_settled += 1
                special_in_time += in_time
            if em and person.bosatt_av == "Bufetat":
                bufetat_settled += 1
                bufetat_in_time += in_time
            if in_time:
                in_time_by_group[group] = in_time_by_group.get(group, 0) + 1
            elif place != "utlandet":
                long_settled += 1
                long_settled_special += bool(person.saerskilte_behov)
                long_settled_em += em and place == "omsorgssenter"
        elif year_end > deadline:
            long_waiting += 1
            long_waiting_special += bool(person.saerskilte_behov)
            long_waiting_em += em and place == "omsorgssenter"
    return SettlementBreakdown(
        everyone=SettledWithinLimit(sum(settled_by_group.values()), sum(in_time_by_group.values())),
        by_group={group: SettledWithinLimit(settled_by_group[group], in_time_by_group[group]) for group in GROUPS},
        special_needs=SettledWithinLimit(special_settled, special_in_time),
        bufetat_em=SettledWithinLimit(bufetat_settled, bufetat_in_time),
        long_waiters=LongWaitersOutcome(long_settled, long_waiting),
        long_waiters_special_needs=LongWaitersOutcome(long_settled_special, long_waiting_special),
        long_waiters_em_omsorgssenter=LongWaitersOutcome(long_settled_em, long_waiting_em))


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
