"""Documented activities per obligation: the evidence for obligations only documentation can show."""

from __future__ import annotations

from collections.abc import Iterable

from obligations.data.records import Activity, Measure


def activities_by_obligation(activities: Iterable[Activity]) -> dict[str, list[Activity]]:
    found: dict[str, list[Activity]] = {}
    for activity in sorted(activities, key=lambda a: (a.dato, a.aktivitet_id)):
        found.setdefault(activity.forpliktelse, []).append(activity)
    return found


def measures_for(measures: Iterable[Measure], obligation: str) -> list[Measure]:
    return sorted((m for m in measures if m.forpliktelse == obligation), key=lambda m: (m.dato, m.tiltak_id))
