"""`fordeling` (1.7, 2.3, 4.4 and the goals): the distribution's sums against the national need."""

from __future__ import annotations

from collections.abc import Sequence

from bosetting.engine.facts import Fact, Scalar
from bosetting.obligations.criteria.redistribution import triggers
from bosetting.obligations.criteria.spec import RedistributionThresholds
from bosetting.obligations.data.facts import absent_column_sources
from bosetting.obligations.data.records import Dataset, KommuneYear, NationalYear
from bosetting.obligations.derive import CriteriaProcess, Derivation, input_path, percent, records_file
from bosetting.obligations.facts import NATION_OR_AGENCY, REDISTRIBUTION_PARAMETERS, FactType, Field
from bosetting.obligations.metrics.allocation import allocation_totals, share
from bosetting.obligations.metrics.sources import cite_file, cite_missing

FIELDS = {
    "bosettingsbehov": Field("the settlement need in force (the adjusted need when one is given)"),
    "behov_justert": Field("the need was adjusted during the year (true/false)", "bool"),
    "bosettingsbehov_em": Field("of which enslige mindreårige (adjusted when given)"),
    "bosettingsbehov_opprinnelig": Field("the need as set for the year, before any adjustment"),
    "bosettingsbehov_justert": Field("the need as adjusted during the year (missing: not adjusted)"),
    "behov_justert_dato": Field("the day the need was adjusted (missing: not given)", "date"),
    "behov_endring": Field("the adjusted need minus the need as set (missing: not adjusted)"),
    "ny_fordeling_utlost": Field("the adjustment went beyond the threshold for a new distribution: the adopted "
                                 "criteria's, or the rule set's assumption when none are in force (true/false; "
                                 "missing: not adjusted, or no threshold at all)", "bool"),
    "terskel_fra_kriterier": Field("the threshold came from adopted criteria in force (true) or from the rule set's "
                                   "assumption (false); missing: no threshold", "bool"),
    "behov_for_fordeling": Field("the need the distribution is judged against: the adjusted need when the adjustment "
                                 "called for a new distribution or lowered the need, else the need as set"),
    "kommuner": Field("kommuner with a row in kommune_aar"),
    "kommuner_anmodet": Field("kommuner asked to settle"),
    "sum_anmodning": Field("sum of anmodning"),
    "sum_anmodning_em": Field("of which enslige mindreårige"),
    "sum_vedtak": Field("sum of registered vedtak"),
    "sum_bosatt": Field("sum of bosatt"),
    "sum_bosatt_em": Field("of which enslige mindreårige"),
    "andel_behov_anmodet": Field("sum of anmodning / the need the distribution is judged against, per cent"),
    "andel_behov_vedtatt": Field("sum of vedtak / need, per cent"),
    "andel_behov_bosatt": Field("sum of bosatt / need, per cent"),
    "andel_behov_em_bosatt": Field("EM bosatt / EM need, per cent"),
    "andel_anmodning_vedtatt": Field("sum of vedtak / sum of anmodning, per cent"),
    "kommuner_over": Field("kommuner that decided more than asked"),
    "kommuner_lik": Field("kommuner that decided what they were asked"),
    "kommuner_under": Field("kommuner that decided less than asked, but more than 0"),
    "kommuner_null": Field("kommuner asked that decided to settle none (0)"),
    "kommuner_ingen": Field("kommuner asked that have no vedtak registered"),
    "kommuner_ikke_anmodet": Field("kommuner not asked (and with no vedtak to settle any)"),
}


def need_revision(national: NationalYear | None,
                  thresholds: RedistributionThresholds | None) -> dict[str, Scalar]:
    """The need as set and as revised during the year, and the need the distribution is judged against.

    The requests are made against the need set at the start of the year. A revision up that goes beyond
    the criteria's threshold for a new distribution (a rise of more than 750 persons / 150 EM, or more
    than 10 %) calls for new requests, so the distribution is judged against the revised need; below the
    threshold no new distribution is called for, and it is judged against the need it was made for. A
    revision down is judged against the revised need.
    """
    if national is None:
        return {"bosettingsbehov": None, "bosettingsbehov_em": None, "behov_justert": None,
                "bosettingsbehov_opprinnelig": None, "bosettingsbehov_justert": None, "behov_justert_dato": None,
                "behov_endring": None, "ny_fordeling_utlost": None, "behov_for_fordeling": None}
    original, revised = national.bosettingsbehov, national.bosettingsbehov_justert
    original_em = national.bosettingsbehov_em
    revised_em = national.bosettingsbehov_em_justert if national.bosettingsbehov_em_justert is not None else original_em
    is_revised = revised is not None or national.bosettingsbehov_em_justert is not None
    current = revised if revised is not None else original
    triggered: bool | None = None
    if is_revised and thresholds is not None and original_em is not None and revised_em is not None:
        triggered = bool(triggers(original, original_em, current, revised_em, thresholds))
    judged_against = current if is_revised and (triggered or current < original) else original
    return {"bosettingsbehov": current, "bosettingsbehov_em": revised_em, "behov_justert": is_revised,
            "bosettingsbehov_opprinnelig": original, "bosettingsbehov_justert": revised,
            "behov_justert_dato": (national.bosettingsbehov_justert_dato.isoformat()
                                   if national.bosettingsbehov_justert_dato else None),
            "behov_endring": current - original if is_revised else None,
            "ny_fordeling_utlost": triggered, "behov_for_fordeling": judged_against}


# The fordeling fields made from one column of the kommune table.
ALLOCATION_COLUMNS = {"sum_anmodning_em": "anmodning_em", "sum_vedtak": "vedtak", "sum_bosatt": "bosatt",
                      "sum_bosatt_em": "bosatt_em", "andel_behov_vedtatt": "vedtak", "andel_behov_bosatt": "bosatt",
                      "andel_behov_em_bosatt": "bosatt_em", "andel_anmodning_vedtatt": "vedtak"}


# The fordeling fields that count kommuner per vedtak category.
KOMMUNE_COUNTS = {"over": "over_anmodning", "lik": "lik_anmodning", "under": "under_anmodning",
                  "null": "vedtak_null", "ingen": "ikke_vedtatt", "ikke_anmodet": "ikke_anmodet"}


def _count_or_none(value: Scalar) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def allocation_values(dataset: Dataset, year: int, criteria: Sequence[CriteriaProcess] = (),
                      fallback: RedistributionThresholds | None = None
                      ) -> tuple[dict[str, Scalar], dict[str, str], str]:
    """The distribution against the need. Whether a revised need called for a new distribution is read from the
    adopted criteria in force; when none state a threshold, from `fallback` (the rule set's assumption)."""
    rows: list[KommuneYear] = list(dataset.kommune_years.get(year, {}).values())
    table = input_path(dataset, year, "kommune_aar.csv")
    table_source = cite_file(records_file(rows, table), len(rows)) if rows else cite_missing(table)
    national = dataset.national.get(year)
    adopted = next((c for c in criteria if c.redistribution is not None), None)
    thresholds = adopted.redistribution if adopted is not None else fallback
    revision = need_revision(national, thresholds)
    revision["terskel_fra_kriterier"] = adopted is not None if thresholds is not None else None
    need, need_em, judged_against = (_count_or_none(revision[name]) for name in
                                     ("bosettingsbehov", "bosettingsbehov_em", "behov_for_fordeling"))
    totals = allocation_totals(rows)
    decided = totals.with_vedtak > 0
    values: dict[str, Scalar] = {
        **revision,
        "kommuner": totals.kommuner if rows else None, "kommuner_anmodet": totals.asked if rows else None,
        "sum_anmodning": totals.anmodning if rows else None, "sum_anmodning_em": totals.anmodning_em if rows else None,
        "sum_vedtak": totals.vedtak if decided else None, "sum_bosatt": totals.bosatt if rows else None,
        "sum_bosatt_em": totals.bosatt_em if rows else None,
        "andel_behov_anmodet": percent(share(totals.anmodning, judged_against)) if rows else None,
        "andel_behov_vedtatt": percent(share(totals.vedtak, need)) if decided else None,
        "andel_behov_bosatt": percent(share(totals.bosatt, need)) if rows else None,
        "andel_behov_em_bosatt": percent(share(totals.bosatt_em, need_em)) if rows else None,
        "andel_anmodning_vedtatt": percent(share(totals.vedtak, totals.anmodning)) if decided else None,
        **{f"kommuner_{name}": (totals.category(c) if rows else None) for name, c in KOMMUNE_COUNTS.items()},
    }
    national_file = input_path(dataset, year, "nasjonalt.yaml")
    need_source = national.source if national is not None else cite_missing(national_file)
    sources = {name: table_source for name in values}
    for name in revision:
        sources[name] = need_source
    if adopted is not None and revision["ny_fordeling_utlost"] is not None:
        sources["ny_fordeling_utlost"] = f"{need_source}; {adopted.path} (allocation.redistribution)"
    for name in ("andel_behov_anmodet", "andel_behov_vedtatt", "andel_behov_bosatt", "andel_behov_em_bosatt"):
        sources[name] = f"{table_source}; {need_source}"
    absent = absent_column_sources(dataset, rows)  # a figure of a column left out cites the file and column
    for name, column in ALLOCATION_COLUMNS.items():
        if column in absent:
            sources[name] = absent[column]
    return values, sources, table_source


def derive(inputs: Derivation) -> list[Fact]:
    return inputs.facts(*allocation_values(inputs.dataset, inputs.year, inputs.criteria.in_force,
                                           inputs.settings.redistribution_fallback))


FACT_TYPE = FactType(FIELDS, subjects=NATION_OR_AGENCY, derive=derive, parameters=REDISTRIBUTION_PARAMETERS,
                     parameter_fields=dict.fromkeys(REDISTRIBUTION_PARAMETERS, (
                         "ny_fordeling_utlost", "terskel_fra_kriterier", "behov_for_fordeling",
                         "andel_behov_anmodet")))
