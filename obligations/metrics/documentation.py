"""Documented activities per obligation: the evidence for obligations only documentation can show."""

from __future__ import annotations

from collections.abc import Iterable

from bosetting.obligations.data.records import Activity, Measure


def activities_by_obligation(activities: Iterable[Activity], year: int) -> dict[str, list[Activity]]:
    """The activities dated in `year`, by obligation: work done in another year documents that year, not this."""
    found: dict[str, list[Activity]] = {}
    for activity in sorted((a for a in activities if a.dato.year == year), key=lambda a: (a.dato, a.aktivitet_id)):
        found.setdefault(activity.forpliktelse, []).append(activity)
    return found


def measures_for(measures: Iterable[Measure], obligation: str) -> list[Measure]:
    return sorted((m for m in measures if m.forpliktelse == obligation), key=lambda m: (m.dato, m.tiltak_id))
