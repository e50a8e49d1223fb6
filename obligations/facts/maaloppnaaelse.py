"""`maaloppnaaelse`: the goals, as aggregates of the indicators the obligations read."""

from __future__ import annotations

from collections.abc import Sequence

from bosetting.engine.facts import Fact, Scalar
from bosetting.obligations.data.records import Dataset
from bosetting.obligations.derive import CriteriaProcess, Derivation, DeriveSettings, input_path, percent
from bosetting.obligations.facts import NATION_OR_AGENCY, NOTICE_PARAMETERS, WAIT_LIMIT_PARAMETERS, FactType, Field
from bosetting.obligations.facts.bosetting_grupper import settlement_values
from bosetting.obligations.facts.fordeling import allocation_values
from bosetting.obligations.facts.kapasitetsendringer import notice_values
from bosetting.obligations.facts.statistikkleveranser import delivery_values
from bosetting.obligations.metrics.sources import cite_rows

FIELDS = {
    "bosettingsbehov": Field("the settlement need in force"),
    "sum_bosatt": Field("settled in the year"),
    "andel_behov_bosatt": Field("settled / need, per cent"),
    "andel_behov_em_bosatt": Field("EM settled / EM need, per cent"),
    "andel_behov_vedtatt": Field("the kommuner's vedtak / need, per cent (what caps the result)"),
    "andel_innen_frist": Field("share of those settled who were settled within their group's limit, per cent"),
    "saerskilte_bosatt": Field("persons with special health and care needs settled"),
    "andel_saerskilte_innen_frist": Field("their share settled within the limit, per cent"),
    "statistikk_manglende": Field("recipient-months with no statistics delivery (IMDi and UDI)"),
    "statistikk_andel_levert": Field("share of recipient-months with a statistics delivery (IMDi and UDI); per cent"),
    "store_endringer": Field("large capacity changes (asylmottak and omsorgssentre)"),
    "varsler_ikke_i_tide": Field("of which notified late or never"),
    "varsler_med_hastegrunn": Field("of those: with a reason for urgency recorded"),
    "andel_varslet_i_tide": Field("share notified in time, per cent"),
    "dialog_og_tiltak": Field("tiltak recorded and dialogue activities documented in the year"),
    "dialog_kvartaler": Field("quarters of the year with at least one tiltak or dialogue activity"),
    "dialogaktiviteter": Field("of those, the activities registered for the dialogue obligations, by whoever "
                               "registered them"),
    "tiltak_i_aaret": Field("of those, the tiltak recorded in the year, under any point"),
}


# Obligations whose documented activities count as dialogue for main goal 3.
DIALOGUE_OBLIGATIONS = ("1.5", "3.3", "4.3", "4.6", "6.5", "8.2")


def goal_values(dataset: Dataset, year: int, settings: DeriveSettings,
                criteria: Sequence[CriteriaProcess] = ()) -> tuple[dict[str, Scalar], dict[str, str]]:
    allocation, allocation_sources, _ = allocation_values(dataset, year, criteria)
    values: dict[str, Scalar] = {
        "bosettingsbehov": allocation.get("bosettingsbehov"), "sum_bosatt": allocation.get("sum_bosatt"),
        "andel_behov_bosatt": allocation.get("andel_behov_bosatt"),
        "andel_behov_em_bosatt": allocation.get("andel_behov_em_bosatt"),
        "andel_behov_vedtatt": allocation.get("andel_behov_vedtatt"),
    }
    sources = {name: allocation_sources.get(name, "") for name in values}
    if settings.limits is not None:
        settled, settled_source = settlement_values(dataset, year, settings.limits)
        for name in ("andel_innen_frist", "andel_saerskilte_innen_frist", "saerskilte_bosatt"):
            values[name] = settled.get(name)
            sources[name] = settled_source
    missing = expected = 0
    delivery_sources = []
    for sender in ("IMDi", "UDI"):
        delivered, source = delivery_values(dataset, year, sender)  # every event: the goals are not waived
        delivery_sources.append(source)
        if not delivered.get("leveranseregister"):
            missing = -1
            break
        missing += int(delivered["manglende"] or 0)  # type: ignore[arg-type]
        expected += int(delivered["forventet"] or 0)  # type: ignore[arg-type]
    values["statistikk_manglende"] = None if missing < 0 else missing
    values["statistikk_andel_levert"] = percent((expected - missing) / expected) if missing >= 0 and expected \
        else None
    sources["statistikk_manglende"] = sources["statistikk_andel_levert"] = "; ".join(delivery_sources)
    if settings.large_change_places is not None and settings.notice_days is not None:
        notices, notice_sources, _ = notice_values(dataset, year, settings, None)
        values["store_endringer"] = notices.get("store_endringer")
        late, never = notices.get("varslet_for_sent"), notices.get("ikke_varslet")
        values["varsler_ikke_i_tide"] = None if late is None or never is None else late + never  # type: ignore[operator]
        values["andel_varslet_i_tide"] = notices.get("andel_varslet_i_tide")
        values["varsler_med_hastegrunn"] = notices.get("sent_med_hastegrunn")
        for name, origin in (("store_endringer", "store_endringer"), ("varsler_ikke_i_tide", "for_sent"),
                             ("andel_varslet_i_tide", "andel_varslet_i_tide"),
                             ("varsler_med_hastegrunn", "sent_med_hastegrunn")):
            sources[name] = notice_sources.get(origin, "")
    dialogue = quarters = dialogue_activities = measures_in_year = None
    dialogue_sources = []
    if year in dataset.activities or year in dataset.measures:
        activities = [a for a in dataset.activities.get(year, ()) if a.forpliktelse in DIALOGUE_OBLIGATIONS
                      and a.dato.year == year]
        measures = [m for m in dataset.measures.get(year, ()) if m.dato.year == year]
        dialogue = len(activities) + len(measures)
        dialogue_activities, measures_in_year = len(activities), len(measures)
        quarters = len({(day.month - 1) // 3 for day in (*(a.dato for a in activities), *(m.dato for m in measures))})
        dialogue_sources = [a.source for a in activities] + [m.source for m in measures]
    values["dialog_og_tiltak"] = dialogue
    values["dialog_kvartaler"] = quarters
    # What the count is made of, so that the finding can say it (review of the period, item 26).
    values["dialogaktiviteter"] = dialogue_activities
    values["tiltak_i_aaret"] = measures_in_year
    sources["dialog_og_tiltak"] = sources["dialog_kvartaler"] = sources["dialogaktiviteter"] = \
        sources["tiltak_i_aaret"] = cite_rows(
        dialogue_sources, input_path(dataset, year, "registre/") + " (ingenting registrert)")
    return values, sources


def derive(inputs: Derivation) -> list[Fact]:
    values, sources = goal_values(inputs.dataset, inputs.year, inputs.settings, inputs.criteria.in_force)
    return inputs.facts(values, sources, "")


FACT_TYPE = FactType(FIELDS, subjects=NATION_OR_AGENCY, derive=derive,
                     parameters=(*WAIT_LIMIT_PARAMETERS, *NOTICE_PARAMETERS),
                     parameter_fields={
                         **dict.fromkeys(WAIT_LIMIT_PARAMETERS, ("andel_innen_frist", "andel_saerskilte_innen_frist",
                                                                 "saerskilte_bosatt")),
                         **dict.fromkeys(NOTICE_PARAMETERS, ("store_endringer", "varsler_ikke_i_tide",
                                                             "varsler_med_hastegrunn", "andel_varslet_i_tide"))})
