"""`nasjonalt_aar`: the national need and the kommune figures summed, per year (obligations.data.facts)."""

from __future__ import annotations

from bosetting.engine.facts import Fact
from bosetting.obligations.data.facts import national_year_fact
from bosetting.obligations.derive import Derivation
from bosetting.obligations.facts import SUMMED_KOMMUNE_FIELDS, FactType, Field

FIELDS = {
    **SUMMED_KOMMUNE_FIELDS,
    "bosettingsbehov": Field("the national settlement need"),
    "bosettingsbehov_em": Field("of which enslige mindreårige"),
    "prognose_bosettingsklare": Field("forecast number of bosettingsklare"),
    "bosettingsbehov_justert": Field("the need as adjusted during the year"),
    "bosettingsbehov_em_justert": Field("of which enslige mindreårige"),
    "synthetic": Field("the data are synthetic", "bool"),
}


def derive(inputs: Derivation) -> list[Fact]:
    return [national_year_fact(inputs.dataset, inputs.year)]


FACT_TYPE = FactType(FIELDS, subjects=("national",), derive=derive)
