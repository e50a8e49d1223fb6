"""`bosetting_grupper` (4.5, 4.6, 6.4, 6.5): settlement within limits, and of long-waiters."""

from __future__ import annotations

from typing import Any

from bosetting.engine.facts import Fact, Scalar
from bosetting.obligations.data.records import Dataset
from bosetting.obligations.derive import Derivation, input_path, percent, records_file
from bosetting.obligations.facts import NATION_OR_AGENCY, WAIT_LIMIT_PARAMETERS, FactType, Field
from bosetting.obligations.metrics.settlement import settlement_breakdown
from bosetting.obligations.metrics.sources import cite_file, cite_missing
from bosetting.obligations.metrics.waiting import WaitLimits

FIELDS = {
    "bosatte": Field("persons settled in the year (missing: no personer file)"),
    "andel_innen_frist": Field("share of all settled within their group's limit; per cent"),
    "em_bosatt": Field("enslige mindreårige settled"),
    "andel_em_innen_frist": Field("their share settled within the limit, per cent"),
    "familier_bosatt": Field("persons in families with children settled"),
    "andel_familier_innen_frist": Field("their share settled within the limit, per cent"),
    "voksne_bosatt": Field("adults without children settled"),
    "andel_voksne_innen_frist": Field("their share settled within the limit, per cent"),
    "saerskilte_bosatt": Field("persons with special health and care needs settled"),
    "andel_saerskilte_innen_frist": Field("their share settled within the limit, per cent"),
    "bufetat_em_bosatt": Field("enslige mindreårige settled by Bufetat"),
    "andel_bufetat_em_innen_frist": Field("their share settled within the limit, per cent"),
    "lang_ventende_bosatt": Field("long-waiters (in mottak or omsorgssenter) settled in the year"),
    "lang_ventende_venter": Field("long-waiters still waiting at the year end"),
    "andel_lang_ventende_bosatt": Field("long-waiters settled / (settled + still waiting), per cent"),
    "saerskilte_lang_ventende_venter": Field("of those still waiting long: persons with special needs"),
    "em_omsorgssenter_lang_bosatt": Field("EM in omsorgssenter who had waited long, settled in the year"),
    "em_omsorgssenter_lang_venter": Field("EM in omsorgssenter waiting long at the year end"),
    "andel_em_omsorgssenter_lang_bosatt": Field("the former / both, per cent"),
    "lang_ventende_i_aar": Field("long-waiters in the year: settled in it, or still waiting long at its end"),
    "em_omsorgssenter_lang_ventende_i_aar": Field("of them: enslige mindreårige in omsorgssentre"),
}


_SETTLEMENT: dict[tuple[int, int, int, WaitLimits], tuple[Dataset, Any, dict[str, Scalar], str]] = {}

_KEPT = 8  # as many as obligations.facts.lang_ventetid keeps


def settlement_values(dataset: Dataset, year: int, limits: WaitLimits) -> tuple[dict[str, Scalar], str]:
    """The `bosetting_grupper` values; remembered for the last few person files (the goals ask again)."""
    persons = dataset.persons.get(year)
    key = (id(dataset), id(persons), year, limits)
    kept = _SETTLEMENT.get(key)
    if kept is not None and kept[0] is dataset and kept[1] is persons:
        return dict(kept[2]), kept[3]
    values, source = _settlement_values(dataset, year, limits)
    if len(_SETTLEMENT) >= _KEPT:
        del _SETTLEMENT[next(iter(_SETTLEMENT))]
    _SETTLEMENT[key] = (dataset, persons, dict(values), source)
    return values, source


def _settlement_values(dataset: Dataset, year: int, limits: WaitLimits) -> tuple[dict[str, Scalar], str]:
    persons_file = input_path(dataset, year, "personer.csv")
    persons = dataset.persons.get(year)
    if persons is None:
        return {"bosatte": None}, cite_missing(persons_file)
    source = cite_file(records_file(persons, persons_file), len(persons))

    counted = settlement_breakdown(persons, year, limits)
    everyone, special, bufetat = counted.everyone, counted.special_needs, counted.bufetat_em
    em, families, adults = (counted.by_group[g] for g in ("enslig_mindreaarig", "familie_med_barn", "voksen_uten_barn"))
    long_all, long_special = counted.long_waiters, counted.long_waiters_special_needs
    long_em = counted.long_waiters_em_omsorgssenter
    values: dict[str, Scalar] = {
        "bosatte": everyone.settled, "andel_innen_frist": percent(everyone.share),
        "em_bosatt": em.settled, "andel_em_innen_frist": percent(em.share),
        "familier_bosatt": families.settled, "andel_familier_innen_frist": percent(families.share),
        "voksne_bosatt": adults.settled, "andel_voksne_innen_frist": percent(adults.share),
        "saerskilte_bosatt": special.settled, "andel_saerskilte_innen_frist": percent(special.share),
        "bufetat_em_bosatt": bufetat.settled, "andel_bufetat_em_innen_frist": percent(bufetat.share),
        "lang_ventende_bosatt": long_all.settled, "lang_ventende_venter": long_all.still_waiting,
        "andel_lang_ventende_bosatt": percent(long_all.share_settled),
        "saerskilte_lang_ventende_venter": long_special.still_waiting,
        "em_omsorgssenter_lang_bosatt": long_em.settled, "em_omsorgssenter_lang_venter": long_em.still_waiting,
        "andel_em_omsorgssenter_lang_bosatt": percent(long_em.share_settled),
        "lang_ventende_i_aar": long_all.total, "em_omsorgssenter_lang_ventende_i_aar": long_em.total,
    }
    return values, source


def derive(inputs: Derivation) -> list[Fact]:
    if inputs.settings.limits is None:
        return []
    values, source = settlement_values(inputs.dataset, inputs.year, inputs.settings.limits)
    return inputs.facts(values, {}, source)


FACT_TYPE = FactType(FIELDS, subjects=NATION_OR_AGENCY, derive=derive, parameters=WAIT_LIMIT_PARAMETERS)
