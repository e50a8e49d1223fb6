"""Long waits for settlement: how many bosettingsklare have waited long, month by month, and whether that rises.

Waiting time is counted from the permit (`tillatelse_dato`), as IMDi measures ventetid
(domain brief §5); only bosettingsklare waiting in an asylmottak or omsorgssenter count,
since obligation 1.2 is about those. Overføringsflyktninger waiting abroad are left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from obligations.data.records import SettlementRecord
from obligations.metrics.calendar import add_months, month_ends, month_label

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


def waited_long(person: SettlementRecord, day: date, limits: WaitLimits) -> bool:
    """On `day`, more than the group's limit has passed since the permit."""
    return day > add_months(person.tillatelse_dato, limits.for_group(person.gruppe))


@dataclass(frozen=True)
class MonthLongWaits:
    """Long waits at one month's end: the count, the share of those waiting, and the split."""

    month: str
    waiting: int
    long_waiting: int
    by_group_and_place: dict[tuple[str, str], int] = field(default_factory=dict)
    sources: tuple[str, ...] = ()

    @property
    def share(self) -> float | None:
        return self.long_waiting / self.waiting if self.waiting else None


def long_waits_at(persons: Iterable[SettlementRecord], day: date, limits: WaitLimits) -> MonthLongWaits:
    waiting = 0
    split: Counter[tuple[str, str]] = Counter()
    sources = []
    for person in persons:
        if not is_waiting(person, day):
            continue
        waiting += 1
        if waited_long(person, day, limits):
            split[(person.gruppe, person.ventested)] += 1
            sources.append(person.source)
    return MonthLongWaits(month_label(day), waiting, sum(split.values()), dict(split), tuple(sources))


def long_waits_by_month(persons: Sequence[SettlementRecord], year: int, limits: WaitLimits) -> list[MonthLongWaits]:
    """Long waits at the end of each month of `year`."""
    return [long_waits_at(persons, day, limits) for day in month_ends(year)]


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
