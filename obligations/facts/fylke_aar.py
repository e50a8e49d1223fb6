"""`fylke_aar`: one fact per fylke and year, the kommune figures summed (obligations.data.facts)."""

from __future__ import annotations

from bosetting.engine.facts import Fact
from bosetting.obligations.data.facts import fylke_year_facts
from bosetting.obligations.derive import Derivation
from bosetting.obligations.facts import SUMMED_KOMMUNE_FIELDS, FactType, Field

FIELDS = {
    **SUMMED_KOMMUNE_FIELDS,
    "fylkesnummer": Field("two-digit fylke number", "text"),
    "kommuner": Field("kommuner in the fylke"),
    "kommuner_med_rad": Field("kommuner with a row in kommune_aar"),
    "vedtak_registrert": Field("kommuner with a vedtak registered"),
    "kommuner_anmodet": Field("kommuner in the fylke asked to settle (anmodning above 0)"),
    "anmodede_med_vedtak": Field("of the kommuner asked, those with a vedtak registered"),
    "innbyggere": Field("population"),
}


def derive(inputs: Derivation) -> list[Fact]:
    return fylke_year_facts(inputs.dataset, inputs.year)


FACT_TYPE = FactType(FIELDS, subjects=("fylke",), derive=derive)
