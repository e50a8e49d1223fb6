"""`lang_ventetid_forrige_aar` (1.2, settled a year late): a rise seen last year whose deadline for a tiltak
fell in this year.
"""

from __future__ import annotations

import datetime as dt

from bosetting.engine.facts import Fact, Scalar
from bosetting.obligations.data.records import Dataset
from bosetting.obligations.derive import Derivation, DeriveSettings, input_path
from bosetting.obligations.facts import NATION_OR_AGENCY, RISE_PARAMETERS, WAIT_LIMIT_PARAMETERS, FactType, Field
from bosetting.obligations.facts.lang_ventetid import CARRIED_RISE_FIELDS, long_wait_values
from bosetting.obligations.metrics.sources import cite_missing

FIELDS = {
    "forrige_aar": Field("the previous year", "text"),
    "forrige_aar_i_avtalen": Field("the previous year is within the rule set's validity (true/false)", "bool"),
    "forrige_aar_data": Field("the previous year's person file was supplied (true/false)", "bool"),
    "frist_i_aar": Field("a rise was seen in the previous year and its deadline fell in this year (true/false)",
                         "bool"),
    "okende_maal": Field("what rose: antall, andel or both", "text"),
    "okende_fra": Field("the first month judged rising (YYYY-MM)", "month"),
    "okende_sett": Field("the day the rise was seen", "date"),
    "tiltak_vindu_fra": Field("the first day a tiltak counts from", "date"),
    "tiltak_frist": Field("the last day a tiltak counts as timely", "date"),
    "tiltaksregister": Field("this year's tiltak register was supplied (true/false)", "bool"),
    "tiltak_innen_frist": Field("a tiltak for 1.2 was recorded by the deadline (true/false)", "bool"),
    "tiltak_etter_frist": Field("a tiltak for 1.2 was recorded, but after the deadline (true/false)", "bool"),
    "tiltak": Field("the tiltak for 1.2 recorded (id and date)", "text"),
}


def carried_rise_values(dataset: Dataset, year: int,
                        settings: DeriveSettings) -> tuple[dict[str, Scalar], dict[str, str], str]:
    """`lang_ventetid_forrige_aar`: a rise seen in the previous year whose deadline for a tiltak fell in this one.

    The previous year's review could only say the deadline had not passed; this year's registers settle it.
    """
    previous = year - 1
    values: dict[str, Scalar] = {"forrige_aar": str(previous), "forrige_aar_i_avtalen": True,
                                 "forrige_aar_data": previous in dataset.persons, "frist_i_aar": None,
                                 **{name: None for name in CARRIED_RISE_FIELDS}}
    if settings.first_year is not None and previous < settings.first_year:
        values["forrige_aar_i_avtalen"] = False
        return values, {}, f"{previous}: before the rule set is in force"
    if previous not in dataset.persons:
        missing = cite_missing(input_path(dataset, previous, "personer.csv"))
        return values, {name: missing for name in values}, missing
    earlier, sources, source = long_wait_values(dataset, previous, settings)
    deadline = earlier.get("tiltak_frist")
    values["frist_i_aar"] = bool(earlier.get("okende")) and deadline is not None \
        and dt.date.fromisoformat(str(deadline)).year == year
    values.update({name: earlier.get(name) for name in CARRIED_RISE_FIELDS})
    values["tiltaksregister"] = year in dataset.measures
    sources = {name: sources.get(name, source) for name in values}
    return values, sources, source


def derive(inputs: Derivation) -> list[Fact]:
    settings = inputs.settings
    if not settings.rise_given:
        return []
    return inputs.facts(*carried_rise_values(inputs.dataset, inputs.year, settings))


FACT_TYPE = FactType(FIELDS, subjects=NATION_OR_AGENCY, derive=derive,
                     parameters=(*WAIT_LIMIT_PARAMETERS, *RISE_PARAMETERS))
