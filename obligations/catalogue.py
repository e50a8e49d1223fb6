"""The facts this domain derives from data, and the fields each carries.

The validator checks every field a rule reads against this catalogue, so a rule
cannot name a metric that does not exist. Each entry: fact type -> field -> meaning.
"""

from __future__ import annotations

FACT_CATALOGUE: dict[str, dict[str, str]] = {
    "kommune_aar": {
        "anmodning": "persons IMDi asked the kommune to settle this year",
        "anmodning_em": "of which enslige mindreårige",
        "vedtak": "persons the kommune decided to settle (missing: no vedtak registered)",
        "vedtak_em": "of which enslige mindreårige",
        "bosatt": "persons settled in the kommune this year",
        "bosatt_em": "of which enslige mindreårige",
        "innbyggere": "population",
        "fylkesnummer": "two-digit fylke number",
        "sysselsetting_pct": "employment rate, per cent",
        "intro_resultat_pct": "share in work or education one year after the introduction programme, per cent",
        "innvandrerandel_pct": "share of immigrants in the population, per cent",
        "levekar_indeks": "living-conditions challenge index, 0-100, higher is harder",
        "sekundarflytting_pct": "net secondary out-moves of refugees settled in the last five years, per cent",
        "fylkeskommune_anbefaling": "the number the fylkeskommune recommended",
        "fylkeskommune_anbefaling_em": "the EM number the fylkeskommune recommended",
        "vedtak_kategori": "vedtak against anmodning: over, lik, under or ingen",
        "bosatt_av_vedtak_pct": "bosatt as a share of vedtak, per cent",
        # Derived for the request criteria (obligations.criteria.facts):
        "anmodning_forrige_aar": "persons the kommune was asked to settle the year before (missing: no data for that year)",
        "sysselsetting_fylke_pct": "population-weighted employment rate of the kommune's fylke, per cent (regional job chances)",
    },
}
