"""`kapasitetsendringer` (1.1, 5.4, 6.2 and the mottak goal): notice of large capacity changes.

UDI is judged on asylmottak and Bufdir on omsorgssentre; any other subject on every change.
"""

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
    records_file,
)
from bosetting.obligations.facts import NATION_OR_AGENCY, NOTICE_PARAMETERS, FactType, Field
from bosetting.obligations.metrics.capacity import NoticeSummary, notice_days, notice_summary
from bosetting.obligations.metrics.sources import cite_file, cite_missing, cite_rows
from bosetting.obligations.waivers import excused_events

FIELDS = {
    "endringsregister": Field("the capacity-change table for the year was supplied (true/false)", "bool"),
    "endringer": Field("changes that took effect in the year"),
    "store_endringer": Field("of which large (at least the stated number of places)"),
    "varslet_i_tide": Field("large changes notified at least the stated number of days before"),
    "varslet_for_sent": Field("large changes notified later than that"),
    "ikke_varslet": Field("large changes never notified"),
    "andel_varslet_i_tide": Field("share of large changes notified in time; per cent"),
    "korteste_varsel_dager": Field("the shortest notice of a large change, days (negative: told afterwards)"),
    "for_sent": Field("the large changes notified late or never, with their rows", "text"),
    "sent_med_hastegrunn": Field("of those: changes with a reason for urgency recorded"),
    "sent_uten_hastegrunn": Field("of those: changes with no reason for urgency recorded"),
    "avvik_datoer": Field("the days the late or never notified changes took effect (the events a waiver may cover)",
                          "text"),
    "unntatt": Field("the late or never notified changes that an agreed waiver covers (not counted above)", "text"),
}


def notice_values(dataset: Dataset, year: int, settings: DeriveSettings, mottakstype: str | None,
                  waivers: Sequence[Waiver] = ()) -> tuple[dict[str, Scalar], dict[str, str], str]:
    """Large changes and their notice; a late or missing notice that an agreed waiver covers is not counted."""
    assert settings.large_change_places is not None and settings.notice_days is not None
    table = input_path(dataset, year, "kapasitet_endringer.csv")
    changes = dataset.capacity_changes.get(year)
    if changes is None:
        return {"endringsregister": False}, {}, cite_missing(table)
    summary: NoticeSummary = notice_summary(changes, year, settings.large_change_places, settings.notice_days,
                                            mottakstype)
    source = cite_file(records_file(changes, table), len(changes))
    problems, excused_pairs = excused_events([*summary.late, *summary.never],
                                             lambda c: (c.iverksatt_dato, c.iverksatt_dato), waivers)
    late = [c for c in summary.late if c in problems]
    never = [c for c in summary.never if c in problems]
    urgent = [c for c in problems if c.hastegrunn]
    described = "; ".join(
        f"{c.endring_id} {c.endring} {c.plasser} plasser ({c.navn}, {c.kommunenummer}), iverksatt "
        f"{c.iverksatt_dato.isoformat()}, "
        + _notice_words(notice_days(c))
        + (f", hastegrunn: {c.hastegrunn}" if c.hastegrunn else "")
        for c in problems) or None
    values: dict[str, Scalar] = {
        "endringsregister": True, "endringer": summary.changes, "store_endringer": len(summary.large),
        "varslet_i_tide": len(summary.in_time), "varslet_for_sent": len(late),
        "ikke_varslet": len(never), "andel_varslet_i_tide": percent(summary.share_in_time),
        "korteste_varsel_dager": summary.shortest_notice, "for_sent": described,
        "sent_med_hastegrunn": len(urgent), "sent_uten_hastegrunn": len(problems) - len(urgent),
        "avvik_datoer": "; ".join(sorted({c.iverksatt_dato.isoformat() for c in problems})) or None,
        "unntatt": "; ".join(f"{c.endring_id} ({c.iverksatt_dato.isoformat()})" for c in excused_pairs) or None,
    }
    sources = {name: source for name in values}
    problem_rows = cite_rows(c.source for c in problems)
    for name in ("varslet_for_sent", "ikke_varslet", "for_sent", "sent_med_hastegrunn", "sent_uten_hastegrunn",
                 "avvik_datoer"):
        if problem_rows:
            sources[name] = problem_rows
    return values, sources, source


def _notice_words(days: int | None) -> str:
    """How a host kommune was told, in words: a negative notice means it was told after the change."""
    if days is None:
        return "aldri varslet"
    if days < 0:
        return f"varslet {-days} dager etter"
    return f"varslet {days} dager før"


def derive(inputs: Derivation) -> list[Fact]:
    settings = inputs.settings
    if settings.large_change_places is None or settings.notice_days is None:
        return []
    facts = []
    for subject in inputs.subjects:
        kind = WAITING_PLACE_OF_AGENCY.get(subject.id)
        facts += inputs.facts(*notice_values(inputs.dataset, inputs.year, settings, kind, inputs.waivers(subject.id)),
                              only=[subject])
    return facts


FACT_TYPE = FactType(FIELDS, subjects=NATION_OR_AGENCY, derive=derive, parameters=NOTICE_PARAMETERS,
                     waivable_events=True)
