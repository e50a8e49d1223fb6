"""Long waits for settlement: how many bosettingsklare have waited long, month by month, and whether that rises.

Waiting time is counted from the permit (`tillatelse_dato`), as IMDi measures ventetid
(domain brief §5); only bosettingsklare waiting in an asylmottak or omsorgssenter count,
since obligation 1.2 is about those. Overføringsflyktninger waiting abroad are left out.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from bosetting.obligations.data.records import SettlementRecord
from bosetting.obligations.metrics.calendar import add_months, month_ends, month_label

WAITING_PLACES = ("asylmottak", "omsorgssenter")
GROUPS = ("enslig_mindreaarig", "familie_med_barn", "voksen_uten_barn")


@dataclass(frozen=True)
class WaitLimits:
    """How many months each group may wait before the wait counts as long."""

    enslig_mindreaarig: int
    familie_med_barn: int
    voksen_uten_barn: int

    def for_group(self, gruppe: str) -> int:
        return int(getattr(self, gruppe))


def is_waiting(person: SettlementRecord, day: date) -> bool:
    """Bosettingsklar in an asylmottak or omsorgssenter on `day`, and not yet settled."""
    return (person.ventested in WAITING_PLACES and person.bosettingsklar_dato <= day
            and (person.bosatt_dato is None or person.bosatt_dato > day))


def long_wait_deadline(person: SettlementRecord, limits: WaitLimits) -> date:
    """The last day of the person's wait that is not yet long: the permit date plus the group's limit."""
    return add_months(person.tillatelse_dato, limits.for_group(person.gruppe))


class Deadlines:
    """`long_wait_deadline` for many persons: permit dates repeat (a few hundred distinct ones a year),
    so each permit date and group is worked out once."""

    __slots__ = ("limits", "known")

    def __init__(self, limits: WaitLimits):
        self.limits = limits
        self.known: dict[str, dict[date, date]] = {}  # group -> permit date -> deadline

    def of(self, person: SettlementRecord) -> date:
        try:
            return self.known[person.gruppe][person.tillatelse_dato]
        except KeyError:  # the first of its group and permit date
            deadline = self.known.setdefault(person.gruppe, {})[person.tillatelse_dato] = long_wait_deadline(
                person, self.limits)
            return deadline


def waited_long(person: SettlementRecord, day: date, limits: WaitLimits) -> bool:
    """On `day`, more than the group's limit has passed since the permit."""
    return day > long_wait_deadline(person, limits)


@dataclass(frozen=True)
class MonthLongWaits:
    """Long waits at one month's end: the count, the share of those waiting, and the split.

    `waiters` are the long waiters' records, in the persons' order (their rows: records.sources_of; a fact
    cites only the last month's)."""

    month: str
    waiting: int
    long_waiting: int
    by_group_and_place: dict[tuple[str, str], int] = field(default_factory=dict)
    waiters: tuple[SettlementRecord, ...] = ()

    @property
    def share(self) -> float | None:
        return self.long_waiting / self.waiting if self.waiting else None


def long_waits_at(persons: Iterable[SettlementRecord], day: date, limits: WaitLimits) -> MonthLongWaits:
    """Those waiting on `day` (`is_waiting`), and of them those who have `waited_long`."""
    return long_waits_on(persons, [day], limits)[0]


def long_waits_by_month(persons: Sequence[SettlementRecord], year: int, limits: WaitLimits) -> list[MonthLongWaits]:
    """Long waits at the end of each month of `year`."""
    return long_waits_on(persons, month_ends(year), limits)


def long_waits_on(persons: Iterable[SettlementRecord], days: Sequence[date],
                  limits: WaitLimits) -> list[MonthLongWaits]:
    """`long_waits_at` for each of `days` (in increasing order), with one look at each person.

    A person waits from the first day on or after bosettingsklar_dato up to the last day before
    bosatt_dato, and waits long from the first day after `long_wait_deadline`: both are
    positions in `days`, so each wait is counted where it starts and where it ends, and the
    counts of each day are running sums. Counts, split and waiters are those `long_waits_at`
    gives day by day (waiters, and the split's keys, in the persons' order).
    """
    count = len(days)
    waiting = [0] * (count + 1)  # +1 where a wait starts, -1 where it ends
    long_waiting: dict[tuple[str, str], list[int]] = {}  # the same, per group and place, for the long waits
    waiters: list[list[SettlementRecord]] = [[] for _ in range(count)]
    # Positions in `days`, by date: a year's file holds a few hundred distinct dates of each kind.
    position: dict[date, int] = {}
    position_of = position.get
    deadline_of = Deadlines(limits).of
    for person in persons:
        place = person.ventested
        if place not in WAITING_PLACES:
            continue
        ready = person.bosettingsklar_dato
        first = position_of(ready)
        if first is None:
            first = position[ready] = bisect_left(days, ready)
        settled = person.bosatt_dato
        if settled is None:
            end = count
        else:
            found = position_of(settled)
            if found is None:
                found = position[settled] = bisect_left(days, settled)
            end = found
        if first >= end:
            continue
        waiting[first] += 1
        waiting[end] -= 1
        long_from = bisect_right(days, deadline_of(person))
        if long_from < first:
            long_from = first
        if long_from >= end:
            continue
        key = (person.gruppe, place)
        changes = long_waiting.get(key)
        if changes is None:
            changes = long_waiting[key] = [0] * (count + 1)
        changes[long_from] += 1
        changes[end] -= 1
        for index in range(long_from, end):
            waiters[index].append(person)
    result = []
    waiting_now = 0
    long_now = dict.fromkeys(long_waiting, 0)
    for index, day in enumerate(days):
        waiting_now += waiting[index]
        for group_and_place, changes in long_waiting.items():
            long_now[group_and_place] += changes[index]
        present = sum(1 for number in long_now.values() if number)
        split: dict[tuple[str, str], int] = {}
        for person in waiters[index]:  # the split's keys in the order of their first waiter, as counted before
            if len(split) == present:
                break
            group_and_place = (person.gruppe, person.ventested)
            if group_and_place not in split:
                split[group_and_place] = long_now[group_and_place]
        long_waiters = waiters[index]
        result.append(MonthLongWaits(month_label(day), waiting_now, len(long_waiters), split, tuple(long_waiters)))
    return result


def rising_months(series: Sequence[float | None], rises: int, window: int, material: float = 0.0) -> list[bool]:
    """For each month t: did the series go up in at least `rises` of the `window` months ending at t?

    A month goes up when its value is more than `material` (a fraction: 0.05 is 5 %) above the month
    before, so that a change of a few persons is not read as a rise; a month with a missing value, or
    after one, never goes up. The first `window` months cannot be judged (False). The definition is
    monotone: raising the value of month t alone never turns month t from rising into not rising.
    """
    ups = [False] + [
        (series[i] is not None and series[i - 1] is not None
         and series[i] > series[i - 1] * (1 + material))  # type: ignore[operator]
        for i in range(1, len(series))
    ]
    return [t >= window and sum(ups[t - window + 1:t + 1]) >= rises for t in range(len(series))]


def first_rising_month(series: Sequence[float | None], rises: int, window: int, material: float = 0.0) -> int | None:
    """The index of the first month judged rising, or None."""
    return next((t for t, rising in enumerate(rising_months(series, rises, window, material)) if rising), None)
