"""Long waits for settlement: how many bosettingsklare have waited long, month by month, and whether that rises.

Waiting time is counted from the permit (`tillatelse_dato`), as IMDi measures ventetid
(domain brief §5); only bosettingsklare waiting in an asylmottak or omsorgssenter count,
since obligation 1.2 is about those. Overføringsflyktninger waiting abroad are left out.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
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
        self.known: dict[tuple[date, str], date] = {}

    def of(self, person: SettlementRecord) -> date:
        key = (person.tillatelse_dato, person.gruppe)
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = long_wait_deadline(person, self.limits)
        return found


def waited_long(person: SettlementRecord, day: date, limits: WaitLimits) -> bool:
    """On `day`, more than the group's limit has passed since the permit."""
    return day > long_wait_deadline(person, limits)


@dataclass(frozen=True)
class MonthLongWaits:
    """Long waits at one month's end: the count, the share of those waiting, and the split."""

    month: str
    waiting: int
    long_waiting: int
    by_group_and_place: dict[tuple[str, str], int] = field(default_factory=dict)
    long_waiters: tuple[SettlementRecord, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        """Where each long waiter was read; built when cited (a review cites only the year's last month)."""
        return tuple(person.source for person in self.long_waiters)

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
    positions in `days`, found by bisection, so the deadline is worked out once per person
    instead of once per day. Counts, split and sources are those `long_waits_at` gives day by day
    (sources in the persons' order).
    """
    count = len(days)
    waiting = [0] * (count + 1)  # +1 where a wait starts, -1 where it ends
    splits: list[Counter[tuple[str, str]]] = [Counter() for _ in range(count)]
    long_waiters: list[list[SettlementRecord]] = [[] for _ in range(count)]
    deadline = Deadlines(limits).of
    for person in persons:
        if person.ventested not in WAITING_PLACES:
            continue
        first = bisect_left(days, person.bosettingsklar_dato)
        end = count if person.bosatt_dato is None else bisect_left(days, person.bosatt_dato)
        if first >= end:
            continue
        waiting[first] += 1
        waiting[end] -= 1
        key = (person.gruppe, person.ventested)
        for index in range(max(first, bisect_right(days, deadline(person))), end):
            splits[index][key] += 1
            long_waiters[index].append(person)
    result = []
    waiting_now = 0
    for index, day in enumerate(days):
        waiting_now += waiting[index]
        split = splits[index]
        result.append(MonthLongWaits(month_label(day), waiting_now, sum(split.values()), dict(split),
                                     tuple(long_waiters[index])))
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
