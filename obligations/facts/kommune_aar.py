"""`kommune_aar`: one fact per kommune and year, a plain reading of the kommune table and the register
(obligations.data.facts); the request criteria add two values of their own (obligations.criteria.facts).
"""

from __future__ import annotations

from bosetting.engine.facts import Fact
from bosetting.obligations.data.facts import kommune_year_facts
from bosetting.obligations.derive import Derivation
from bosetting.obligations.facts import FactType, Field

FIELDS = {
    "kommunenummer": Field("four-digit kommunenummer", "text"),
    "anmodning": Field("persons IMDi asked the kommune to settle this year"),
    "anmodning_em": Field("of which enslige mindreårige"),
    "vedtak": Field("persons the kommune decided to settle (missing: no vedtak registered)"),
    "vedtak_em": Field("of which enslige mindreårige"),
    "bosatt": Field("persons settled in the kommune this year"),
    "bosatt_em": Field("of which enslige mindreårige"),
    "innbyggere": Field("population"),
    "fylkesnummer": Field("two-digit fylke number", "text"),
    "sysselsetting_pct": Field("employment rate, per cent"),
    "intro_resultat_pct": Field("share in work or education one year after the introduction programme, per cent"),
    "innvandrerandel_pct": Field("share of immigrants in the population, per cent"),
    "levekar_indeks": Field("living-conditions challenge index, 0-100, higher is harder"),
    "sekundarflytting_pct": Field("net secondary out-moves of refugees settled in the last five years, per cent"),
    "fylkeskommune_anbefaling": Field("the number the fylkeskommune recommended"),
    "fylkeskommune_anbefaling_em": Field("the EM number the fylkeskommune recommended"),
    "vedtak_kategori": Field("vedtak against anmodning: over_anmodning, lik_anmodning, under_anmodning, vedtak_null, "
                             "ikke_vedtatt or ikke_anmodet", "text"),
    "bosatt_av_vedtak_pct": Field("bosatt as a share of vedtak, per cent"),
    "anmodning_forrige_aar": Field("persons the kommune was asked to settle the year before "
                                   "(missing: no data for that year)"),
    "sysselsetting_fylke_pct": Field("population-weighted employment rate of the kommune's fylke, per cent "
                                     "(regional job chances)"),
}


def derive(inputs: Derivation) -> list[Fact]:
    return kommune_year_facts(inputs.dataset, inputs.year)


FACT_TYPE = FactType(FIELDS, subjects=("kommune",), derive=derive)
