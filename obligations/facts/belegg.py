"""`belegg` (5.1, 6.1): occupancy of asylmottak (UDI) and omsorgssentre (Bufdir) against a band."""

from __future__ import annotations

from collections.abc import Sequence

from bosetting.engine.facts import Fact, Scalar
from bosetting.obligations.data.records import Dataset, Waiver
from bosetting.obligations.derive import (
    WAITING_PLACE_OF_AGENCY,
    Derivation,
    DeriveSettings,
    input_path,
    percent,
    percent_text,
)
from bosetting.obligations.facts import OCCUPANCY_PARAMETERS, FactType, Field
from bosetting.obligations.metrics.calendar import months_of_year
from bosetting.obligations.metrics.capacity import OccupancySummary, months_outside, occupancy_summary
from bosetting.obligations.metrics.sources import cite_missing, cite_rows
from bosetting.obligations.waivers import excused_events, month_span

FIELDS = {
    "maaneder_med_data": Field("months with capacity and residents"),
    "hele_aaret": Field("every month of the year has capacity and residents (true/false)", "bool"),
    "laveste_belegg": Field("the lowest monthly occupancy (residents / places), per cent"),
    "laveste_maaned": Field("the month of the lowest occupancy", "month"),
    "hoyeste_belegg": Field("the highest monthly occupancy, per cent"),
    "hoyeste_maaned": Field("the month of the highest occupancy", "month"),
    "belegg_per_maaned": Field("occupancy per month, per cent", "text"),
    "avvik_datoer": Field("the months with occupancy outside the band (the events a waiver may cover)", "text"),
    "maaneder_utenfor": Field("months with occupancy outside the band that no agreed waiver covers"),
    "unntatt": Field("the months outside the band that an agreed waiver covers (left out of every figure above)",
                     "text"),
}


def occupancy_values(dataset: Dataset, year: int, mottakstype: str, settings: DeriveSettings,
                     waivers: Sequence[Waiver] = ()) -> tuple[dict[str, Scalar], dict[str, str], str]:
    """A year's occupancy by month; a month outside the band that an agreed waiver covers is left out."""
    table = input_path(dataset, year, "belegg.csv")
    rows = dataset.occupancy.get(year)
    if rows is None:
        return {"maaneder_med_data": None}, {}, cite_missing(table)
    summary = occupancy_summary(rows, mottakstype)
    low = (settings.occupancy_low or {}).get(mottakstype)
    excused: list[str] = []
    if low is not None and settings.occupancy_high is not None and waivers:
        _, excused = excused_events([month for month, _ in months_outside(summary, low, settings.occupancy_high)],
                                    month_span, waivers)
        summary = OccupancySummary(tuple(r for r in summary.rows if r.maaned not in excused))
    source = cite_rows((r.source for r in summary.rows), cite_missing(table))
    lowest, highest = summary.lowest, summary.highest
    values: dict[str, Scalar] = {
        "maaneder_med_data": summary.months,
        "hele_aaret": summary.months >= len(months_of_year(year)),
        "laveste_belegg": percent(lowest[0]) if lowest else None,
        "laveste_maaned": lowest[1].maaned if lowest else None,
        "hoyeste_belegg": percent(highest[0]) if highest else None,
        "hoyeste_maaned": highest[1].maaned if highest else None,
        "belegg_per_maaned": ", ".join(f"{row.maaned[5:]}: {percent_text(rate)} %"
                                       for rate, row in summary.rated()) or None,
        "avvik_datoer": None,
        "maaneder_utenfor": None,
        "unntatt": "; ".join(excused) or None,
    }
    if low is not None and settings.occupancy_high is not None:
        outside = months_outside(summary, low, settings.occupancy_high)
        values["avvik_datoer"] = "; ".join(month for month, _ in outside) or None
        values["maaneder_utenfor"] = len(outside)
    sources = {name: source for name in values}
    if lowest:
        sources["laveste_belegg"] = sources["laveste_maaned"] = lowest[1].source
    if highest:
        sources["hoyeste_belegg"] = sources["hoyeste_maaned"] = highest[1].source
    return values, sources, source


def derive(inputs: Derivation) -> list[Fact]:
    facts = []
    for subject in inputs.subjects:
        kind = WAITING_PLACE_OF_AGENCY.get(subject.id)
        if kind is not None:
            facts += inputs.facts(*occupancy_values(inputs.dataset, inputs.year, kind, inputs.settings,
                                                    inputs.waivers(subject.id)), only=[subject])
    return facts


FACT_TYPE = FactType(FIELDS, subjects=("agency",), agencies=tuple(WAITING_PLACE_OF_AGENCY), derive=derive,
                     parameters=OCCUPANCY_PARAMETERS, waivable_events=True)
