"""Kartlegging (5.5, 6.3): how long it took from the permit until a person was bosettingsklar.

The agreement's footnote ¹ defines bosettingsklare as persons with a permit that gives grounds for
settlement "og som er kartlagt før bosetting": the step from permit to bosettingsklar is the
kartlegging. The data holds both dates, so the time it took can be measured for the persons who
became bosettingsklar in the year while waiting in a mottak or omsorgssenter.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from bosetting.obligations.data.records import SettlementRecord
from bosetting.obligations.metrics.settlement import Selector, everyone


@dataclass(frozen=True)
class MappingTimes:
    """Days from permit to bosettingsklar, for the persons who became bosettingsklar in the year."""

    days: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.days)

    @property
    def median(self) -> float | None:
        return float(statistics.median(self.days)) if self.days else None

    def share_within(self, limit: int) -> float | None:
        return sum(d <= limit for d in self.days) / len(self.days) if self.days else None


def mapping_times(persons: Iterable[SettlementRecord], year: int, ventested: str,
                  selector: Selector = everyone) -> MappingTimes:
    """The kartlegging time of each selected person who became bosettingsklar in `year` while in `ventested`."""
    return MappingTimes(tuple(sorted(
        (p.bosettingsklar_dato - p.tillatelse_dato).days for p in persons
        if p.ventested == ventested and p.bosettingsklar_dato.year == year and selector(p))))


@dataclass(frozen=True)
class PlaceMappingTimes:
    """`mapping_times` in one waiting place for everyone, for enslige mindreårige and for persons with special
    needs (the selections 5.5 and 6.3 name)."""

    everyone: MappingTimes
    em: MappingTimes
    special_needs: MappingTimes


def place_mapping_times(persons: Iterable[SettlementRecord], year: int, ventested: str) -> PlaceMappingTimes:
    """`mapping_times` of the three selections, with one look at each person of the file (the selections are
    taken from those who became bosettingsklar in the year in `ventested`)."""
    mapped = [p for p in persons if p.ventested == ventested and p.bosettingsklar_dato.year == year]

    def times(selected: Iterable[SettlementRecord]) -> MappingTimes:
        return MappingTimes(tuple(sorted((p.bosettingsklar_dato - p.tillatelse_dato).days for p in selected)))

    return PlaceMappingTimes(times(mapped), times(p for p in mapped if p.gruppe == "enslig_mindreaarig"),
                             times(p for p in mapped if p.saerskilte_behov))
