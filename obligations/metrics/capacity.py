"""Reception capacity: notice given to host kommuner before large changes, and occupancy against a band."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bosetting.obligations.data.records import CapacityChange, Occupancy


def notice_days(change: CapacityChange) -> int | None:
    """Days between notifying the host kommune and the change taking effect; negative when told afterwards."""
    if change.varslet_dato is None:
        return None
    return (change.iverksatt_dato - change.varslet_dato).days


@dataclass(frozen=True)
class NoticeSummary:
    """Large changes in a year and how each was notified."""

    changes: int
    large: tuple[CapacityChange, ...]
    in_time: tuple[CapacityChange, ...]
    late: tuple[CapacityChange, ...]
    never: tuple[CapacityChange, ...]

    @property
    def share_in_time(self) -> float | None:
        return len(self.in_time) / len(self.large) if self.large else None

    @property
    def shortest_notice(self) -> int | None:
        days = [d for d in (notice_days(c) for c in self.large) if d is not None]
        return min(days) if days else None


def notice_summary(changes: Iterable[CapacityChange], year: int, min_places: int, min_days: int,
                   mottakstype: str | None = None) -> NoticeSummary:
    """Changes taking effect in `year` of at least `min_places` places: notified `min_days` ahead or not."""
    selected = [c for c in changes if c.iverksatt_dato.year == year
                and (mottakstype is None or c.mottakstype == mottakstype)]
    large = tuple(c for c in selected if c.plasser >= min_places)
    in_time = tuple(c for c in large if (d := notice_days(c)) is not None and d >= min_days)
    late = tuple(c for c in large if (d := notice_days(c)) is not None and d < min_days)
    never = tuple(c for c in large if c.varslet_dato is None)
    return NoticeSummary(len(selected), large, in_time, late, never)


def occupancy(row: Occupancy) -> float | None:
    """Residents per place; None for a month with no places."""
    return row.beboere / row.plasser if row.plasser else None


@dataclass(frozen=True)
class OccupancySummary:
    rows: tuple[Occupancy, ...]

    def rated(self) -> list[tuple[float, Occupancy]]:
        return [(rate, row) for row in self.rows if (rate := occupancy(row)) is not None]

    @property
    def months(self) -> int:
        return len(self.rated())

    @property
    def lowest(self) -> tuple[float, Occupancy] | None:
        rated = self.rated()
        return min(rated, key=lambda pair: (pair[0], pair[1].maaned)) if rated else None

    @property
    def highest(self) -> tuple[float, Occupancy] | None:
        rated = self.rated()
        return max(rated, key=lambda pair: (pair[0], pair[1].maaned)) if rated else None


def occupancy_summary(rows: Iterable[Occupancy], mottakstype: str) -> OccupancySummary:
    return OccupancySummary(tuple(sorted((r for r in rows if r.mottakstype == mottakstype), key=lambda r: r.maaned)))


def months_outside(summary: OccupancySummary, low: float, high: float) -> list[tuple[str, float]]:
    """Months whose occupancy lies outside [low, high]."""
    return [(row.maaned, rate) for rate, row in summary.rated() if rate < low or rate > high]
