"""Deviation analysis: the gap between a goal and what was achieved, broken into its causes.

The causes of the settlement gap overlap (a kommune can both decide fewer than it was
asked for and settle fewer than it decided), so they are shown each with its own size,
ranked, and are not meant to add up to the gap.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from bosetting.obligations.data.records import Dataset, KommuneYear, SettlementRecord

GROUPS = ("enslig_mindreaarig", "familie_med_barn", "voksen_uten_barn")
SPECIAL_NEEDS = "saerskilte_behov"
WAIT_BUCKETS = ((0, 1), (1, 2), (2, 3), (3, 6), (6, 12), (12, None))


@dataclass(frozen=True)
class Cause:
    key: str
    size: int
    detail: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Deviation:
    """Target against realised for one scope (the nation, a fylke, a group)."""

    scope: str
    target: int | None  # None: the need (or, for EM, the EM need) is not given
    realised: int | None  # None: the kommune table has no bosatt column
    causes: tuple[Cause, ...]

    @property
    def gap(self) -> int | None:
        return None if self.target is None or self.realised is None else self.target - self.realised


def kommune_components(rows: Iterable[KommuneYear]) -> list[Cause]:
    """The gap's components per kommune, gross: those that widen it, and the two that narrow it (vedtak above the
    request, and settling more than decided or without a registered vedtak), so that with the requests' shortfall
    they add up to the gap."""
    no_vedtak = below = above = unsettled = oversettled = 0
    no_vedtak_kommuner = below_kommuner = above_kommuner = unsettled_kommuner = oversettled_kommuner = 0
    for row in rows:
        if row.bosatt is not None and row.bosatt > (row.vedtak or 0):
            oversettled += row.bosatt - (row.vedtak or 0)
            oversettled_kommuner += 1
        if row.vedtak is None:
            if row.anmodning > 0:
                no_vedtak += row.anmodning
                no_vedtak_kommuner += 1
            continue
        if row.vedtak < row.anmodning:
            below += row.anmodning - row.vedtak
            below_kommuner += 1
        elif row.vedtak > row.anmodning:
            above += row.vedtak - row.anmodning
            above_kommuner += 1
        if row.bosatt is not None and row.bosatt < row.vedtak:
            unsettled += row.vedtak - row.bosatt
            unsettled_kommuner += 1
    return [
        Cause("vedtak_under_anmodning", below, {"kommuner": below_kommuner}),
        Cause("ingen_vedtak", no_vedtak, {"kommuner": no_vedtak_kommuner}),
        Cause("bosatt_under_vedtak", unsettled, {"kommuner": unsettled_kommuner}),
        Cause("vedtak_over_anmodning", -above, {"kommuner": above_kommuner}),
        Cause("bosatt_over_vedtak", -oversettled, {"kommuner": oversettled_kommuner}),
    ]


def settlement_deviation(dataset: Dataset, year: int) -> Deviation:
    """The national settlement goal: the need against the number settled, with causes."""
    national = dataset.national[year]
    need = national.bosettingsbehov_justert or national.bosettingsbehov
    rows = list(dataset.kommune_years.get(year, {}).values())
    realised = _sum_given(row.bosatt for row in rows)
    requested = sum(row.anmodning for row in rows)
    causes = [Cause("anmodning_under_behov", max(0, need - requested)), *kommune_components(rows)]
    # Without a forecast or a person file there is nothing to set the bosettingsklare against: no cause is made.
    if national.prognose_bosettingsklare is not None and year in dataset.persons:
        ready = len(dataset.persons[year])
        causes.append(Cause("faerre_bosettingsklare_enn_prognose", max(0, national.prognose_bosettingsklare - ready),
                            {"prognose": national.prognose_bosettingsklare, "bosettingsklare": ready}))
    return Deviation("national", need, realised, _ranked(causes))


def _sum_given(values: Iterable[int | None]) -> int | None:
    """The sum, or None when any value is not given (a column left out of the table): never a sum of part."""
    listed = list(values)
    return None if None in listed else sum(listed)  # type: ignore[arg-type]


def settlement_deviation_em(dataset: Dataset, year: int) -> Deviation:
    national = dataset.national[year]
    need = national.bosettingsbehov_em_justert or national.bosettingsbehov_em
    rows = list(dataset.kommune_years.get(year, {}).values())
    em_rows = [KommuneYear(year=r.year, kommunenummer=r.kommunenummer, anmodning=r.anmodning_em or 0,
                           anmodning_em=r.anmodning_em, vedtak=r.vedtak_em, vedtak_em=r.vedtak_em,
                           bosatt=r.bosatt_em, bosatt_em=r.bosatt_em) for r in rows]
    if need is None or any(r.anmodning_em is None for r in rows):
        return Deviation("national_em", need, _sum_given(r.bosatt for r in em_rows), ())
    requested = sum(r.anmodning for r in em_rows)
    causes = [Cause("anmodning_under_behov", max(0, need - requested)), *kommune_components(em_rows)]
    return Deviation("national_em", need, _sum_given(r.bosatt for r in em_rows), _ranked(causes))


def settlement_deviation_by_fylke(dataset: Dataset, year: int) -> list[Deviation]:
    """Per fylke, the target is the sum of the requests to its kommuner."""
    register = dataset.register(year)
    by_fylke: dict[str, list[KommuneYear]] = defaultdict(list)
    for row in dataset.kommune_years.get(year, {}).values():
        by_fylke[register[row.kommunenummer].fylkesnummer].append(row)
    result = []
    for fylke in sorted(by_fylke):
        rows = by_fylke[fylke]
        result.append(Deviation(fylke, sum(r.anmodning for r in rows), _sum_given(r.bosatt for r in rows),
                                _ranked(kommune_components(rows))))
    return sorted(result, key=lambda d: (-(d.gap or 0), d.scope))


def _ranked(causes: list[Cause]) -> tuple[Cause, ...]:
    return tuple(sorted(causes, key=lambda c: (-c.size, c.key)))


def months_between(start: date, end: date) -> float:
    return (end - start).days / 30.4375


def _groups_of(person: SettlementRecord) -> list[str]:
    groups: list[str] = [person.gruppe]
    if person.saerskilte_behov:
        groups.append(SPECIAL_NEEDS)
    return groups


@dataclass(frozen=True)
class GroupOutcome:
    group: str
    bosettingsklare: int
    bosatt: int
    venter_ved_aarsslutt: int
    median_ventetid_mnd: float | None
    ventetid_fordeling: tuple[int, ...]


def outcomes_by_group(persons: Iterable[SettlementRecord], year_end: date) -> list[GroupOutcome]:
    """Per group (and for special needs): who was ready, who was settled, who still waits.

    The waiting time runs from bosettingsklar to settlement, or to the year's end for
    those still waiting; the distribution counts the settled by WAIT_BUCKETS months.
    """
    waits: dict[str, list[float]] = defaultdict(list)
    waiting: dict[str, int] = defaultdict(int)
    for person in persons:
        settled = person.bosatt_dato
        if settled is None or settled > year_end:
            for group in _groups_of(person):
                waiting[group] += 1
        else:
            wait = months_between(person.bosettingsklar_dato, settled)
            for group in _groups_of(person):
                waits[group].append(wait)
    result = []
    for group in (*GROUPS, SPECIAL_NEEDS):
        values = sorted(waits[group])
        median = round(values[len(values) // 2], 1) if values else None
        # Each bucket's count from the sorted waits: those from its lower bound up to its upper one.
        buckets = tuple((len(values) if high is None else bisect_left(values, high)) - bisect_left(values, low)
                        for low, high in WAIT_BUCKETS)
        result.append(GroupOutcome(group, waiting[group] + len(values), len(values), waiting[group], median, buckets))
    return result
