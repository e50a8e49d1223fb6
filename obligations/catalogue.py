"""The facts this domain derives from data, and the fields each carries.

The validator checks every field a rule reads against this catalogue, so a rule
cannot name a metric that does not exist. Each entry: fact type -> field -> meaning.

`kommune_aar`, `fylke_aar` and `nasjonalt_aar` are made by obligations.data.facts; the
others by obligations.derive from the metrics in obligations.metrics.
"""

from __future__ import annotations

from bosetting.obligations.data.spec import FORPLIKTELSER


def _documentation_fields() -> dict[str, str]:
    fields: dict[str, str] = {
        "aktivitetsregister": "the activity register for the year was supplied (true/false)",
        # Whether there was a case to work on (missing: no personer file for the year).
        "lang_ventende_i_aar": "persons in mottak or omsorgssenter who waited longer than their group's limit "
                               "during the year (settled, or still waiting at its end)",
        "em_omsorgssenter_lang_ventende_i_aar": "of them: enslige mindreårige in omsorgssentre",
        "barn_bosatt": "enslige mindreårige and persons in families with children settled in the year",
        "bufetat_em_bosatt": "enslige mindreårige settled by Bufetat in the year",
        "barn_bosettingsklare": "enslige mindreårige and persons in families with children who were bosettingsklar "
                                "at some time in the year (settled in it, or still waiting)",
        "em_omsorgssenter_bosettingsklare": "enslige mindreårige in omsorgssentre who were bosettingsklar at some "
                                            "time in the year",
    }
    for number in FORPLIKTELSER:
        key = number.replace(".", "_")
        fields[f"dokumentert_{key}"] = f"activities documented for obligation {number} in the year"
        fields[f"dokumenter_{key}"] = f"the documents that show obligation {number} (ids and references)"
        fields[f"ikke_talt_{key}"] = (f"activities registered for obligation {number} by a body it does not bind "
                                      "and that does not carry it: they document nothing for it")
    return fields


_SUMS = {
    "anmodning": "sum of anmodning over the kommuner",
    "anmodning_em": "of which enslige mindreårige",
    "vedtak": "sum of registered vedtak (missing: none registered)",
    "vedtak_em": "of which enslige mindreårige",
    "bosatt": "sum of bosatt",
    "bosatt_em": "of which enslige mindreårige",
    "fylkeskommune_anbefaling": "sum of the fylkeskommune's recommendations (missing: none given)",
    "fylkeskommune_anbefaling_em": "of which enslige mindreårige",
}

FACT_CATALOGUE: dict[str, dict[str, str]] = {
    "kommune_aar": {
        "kommunenummer": "four-digit kommunenummer",
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
        "vedtak_kategori": ("vedtak against anmodning: over_anmodning, lik_anmodning, under_anmodning, vedtak_null, "
                            "ikke_vedtatt or ikke_anmodet"),
        "bosatt_av_vedtak_pct": "bosatt as a share of vedtak, per cent",
        # Derived for the request criteria (obligations.criteria.facts):
        "anmodning_forrige_aar": ("persons the kommune was asked to settle the year before "
                                  "(missing: no data for that year)"),
        "sysselsetting_fylke_pct": ("population-weighted employment rate of the kommune's fylke, per cent "
                                    "(regional job chances)"),
    },
    "fylke_aar": {
        **_SUMS,
        "fylkesnummer": "two-digit fylke number",
        "kommuner": "kommuner in the fylke",
        "kommuner_med_rad": "kommuner with a row in kommune_aar",
        "vedtak_registrert": "kommuner with a vedtak registered",
        "kommuner_anmodet": "kommuner in the fylke asked to settle (anmodning above 0)",
        "anmodede_med_vedtak": "of the kommuner asked, those with a vedtak registered",
        "innbyggere": "population",
    },
    "nasjonalt_aar": {
        **_SUMS,
        "bosettingsbehov": "the national settlement need",
        "bosettingsbehov_em": "of which enslige mindreårige",
        "prognose_bosettingsklare": "forecast number of bosettingsklare",
        "bosettingsbehov_justert": "the need as adjusted during the year",
        "bosettingsbehov_em_justert": "of which enslige mindreårige",
        "synthetic": "the data are synthetic",
    },
    # 1.2: long waits per month and whether they rise; tiltak after a rise.
    "lang_ventetid": {
        "personer_i_grunnlag": "person records read (missing: no personer file)",
        "maaneder": "month ends counted",
        "ventende_slutt": "bosettingsklare waiting in asylmottak or omsorgssenter at the last month end",
        "lang_ventende_slutt": "of whom waited longer than their group's limit, per cent",
        "andel_lang_ventende_slutt": "their share of those waiting; per cent",
        "lang_ventende_maks": "the highest month-end count of long-waiters in the year",
        "lang_ventende_per_maaned": "month-end counts of long-waiters, January to December",
        "andel_per_maaned": "month-end shares of long-waiters, per cent, January to December",
        "lang_ventende_em_asylmottak": "long-waiters at the last month end: enslige mindreårige in asylmottak",
        "lang_ventende_em_omsorgssenter": "enslige mindreårige in omsorgssentre",
        "lang_ventende_familier": "persons in families with children",
        "lang_ventende_voksne": "adults without children",
        "okende": "the count or the share rose by the stated definition (true/false; missing: too few months)",
        "okende_maal": "what rose: antall, andel or both",
        "okende_fra": "the first month of the year judged rising (YYYY-MM)",
        "okende_sett": "the day the rise was seen: the end of that month",
        "tiltak_vindu_fra": "the first day a tiltak counts from: the start of the window the rise was seen in",
        "tiltak_frist": "the last day a tiltak counts as timely",
        "frist_utlopt": "the deadline has passed within the registers read (this year's, and the next year's "
                        "tiltak register when given) (true/false)",
        "tiltaksregister": "the tiltak register for the year was supplied (true/false)",
        "tiltak_innen_frist": "a tiltak for 1.2 was recorded from the window's start to the deadline (true/false)",
        "tiltak_etter_frist": "a tiltak for 1.2 was recorded, but after the deadline (true/false)",
        "tiltak": "the tiltak for 1.2 recorded from the window's start (id and date)",
        "fortsetter_fra": "the year whose rise this is, unbroken across 31 December: its reference time and tiltak "
                          "apply (empty for a rise first seen this year)",
    },
    # 1.2, settled a year late: a rise seen last year whose deadline for a tiltak fell in this year.
    "lang_ventetid_forrige_aar": {
        "forrige_aar": "the previous year",
        "forrige_aar_i_avtalen": "the previous year is within the rule set's validity (true/false)",
        "forrige_aar_data": "the previous year's person file was supplied (true/false)",
        "frist_i_aar": "a rise was seen in the previous year and its deadline fell in this year (true/false)",
        "okende_maal": "what rose: antall, andel or both",
        "okende_fra": "the first month judged rising (YYYY-MM)",
        "okende_sett": "the day the rise was seen",
        "tiltak_vindu_fra": "the first day a tiltak counts from",
        "tiltak_frist": "the last day a tiltak counts as timely",
        "tiltaksregister": "this year's tiltak register was supplied (true/false)",
        "tiltak_innen_frist": "a tiltak for 1.2 was recorded by the deadline (true/false)",
        "tiltak_etter_frist": "a tiltak for 1.2 was recorded, but after the deadline (true/false)",
        "tiltak": "the tiltak for 1.2 recorded (id and date)",
    },
    # 1.7, 2.3, 4.4 and the goals: sums against the national need.
    "fordeling": {
        "bosettingsbehov": "the settlement need in force (the adjusted need when one is given)",
        "behov_justert": "the need was adjusted during the year (true/false)",
        "bosettingsbehov_em": "of which enslige mindreårige (adjusted when given)",
        "bosettingsbehov_opprinnelig": "the need as set for the year, before any adjustment",
        "bosettingsbehov_justert": "the need as adjusted during the year (missing: not adjusted)",
        "behov_justert_dato": "the day the need was adjusted (missing: not given)",
        "behov_endring": "the adjusted need minus the need as set (missing: not adjusted)",
        "ny_fordeling_utlost": "the adjustment went beyond the threshold for a new distribution: the adopted "
                               "criteria's, or the rule set's assumption when none are in force (true/false; "
                               "missing: not adjusted, or no threshold at all)",
        "terskel_fra_kriterier": "the threshold came from adopted criteria in force (true) or from the rule set's "
                                 "assumption (false); missing: no threshold",
        "behov_for_fordeling": "the need the distribution is judged against: the adjusted need when the "
                               "adjustment called for a new distribution or lowered the need, else the need as set",
        "kommuner": "kommuner with a row in kommune_aar",
        "kommuner_anmodet": "kommuner asked to settle",
        "sum_anmodning": "sum of anmodning",
        "sum_anmodning_em": "of which enslige mindreårige",
        "sum_vedtak": "sum of registered vedtak",
        "sum_bosatt": "sum of bosatt",
        "sum_bosatt_em": "of which enslige mindreårige",
        "andel_behov_anmodet": "sum of anmodning / the need the distribution is judged against, per cent",
        "andel_behov_vedtatt": "sum of vedtak / need, per cent",
        "andel_behov_bosatt": "sum of bosatt / need, per cent",
        "andel_behov_em_bosatt": "EM bosatt / EM need, per cent",
        "andel_anmodning_vedtatt": "sum of vedtak / sum of anmodning, per cent",
        "kommuner_over": "kommuner that decided more than asked",
        "kommuner_lik": "kommuner that decided what they were asked",
        "kommuner_under": "kommuner that decided less than asked, but more than 0",
        "kommuner_null": "kommuner asked that decided to settle none (0)",
        "kommuner_ingen": "kommuner asked that have no vedtak registered",
        "kommuner_ikke_anmodet": "kommuner not asked (and with no vedtak to settle any)",
    },
    # 4.1, 5.3: statistics to KS and the fylkeskommuner every month.
    "statistikkleveranser": {
        "leveranseregister": "the delivery register for the year was supplied (true/false)",
        "mottakere": "recipients expected (KS and, for IMDi, every fylkeskommune)",
        "forventet": "recipient-months expected",
        "levert": "recipient-months covered by a delivery",
        "manglende": "recipient-months with no delivery that no agreed waiver covers",
        "andel_levert": "share of recipient-months delivered or covered by an agreed waiver; per cent",
        "laveste_andel_mottaker": "the share of the months delivered (or excused) to the recipient served worst; "
                                  "per cent",
        "mangler": "the recipient-months with no delivery that no agreed waiver covers",
        "avvik_datoer": "the months with a delivery missing (the events a waiver may cover)",
        "unntatt": "the recipient-months with no delivery that an agreed waiver covers",
    },
    # 1.1, 5.4, 6.2 and the mottak goal: notice of large capacity changes.
    "kapasitetsendringer": {
        "endringsregister": "the capacity-change table for the year was supplied (true/false)",
        "endringer": "changes that took effect in the year",
        "store_endringer": "of which large (at least the stated number of places)",
        "varslet_i_tide": "large changes notified at least the stated number of days before",
        "varslet_for_sent": "large changes notified later than that",
        "ikke_varslet": "large changes never notified",
        "andel_varslet_i_tide": "share of large changes notified in time; per cent",
        "korteste_varsel_dager": "the shortest notice of a large change, days (negative: told afterwards)",
        "for_sent": "the large changes notified late or never, with their rows",
        "sent_med_hastegrunn": "of those: changes with a reason for urgency recorded",
        "sent_uten_hastegrunn": "of those: changes with no reason for urgency recorded",
        "avvik_datoer": "the days the late or never notified changes took effect (the events a waiver may cover)",
        "unntatt": "the late or never notified changes that an agreed waiver covers (not counted above)",
    },
    # 5.1, 6.1: occupancy against a band.
    "belegg": {
        "maaneder_med_data": "months with capacity and residents",
        "hele_aaret": "every month of the year has capacity and residents (true/false)",
        "laveste_belegg": "the lowest monthly occupancy (residents / places), per cent",
        "laveste_maaned": "the month of the lowest occupancy",
        "hoyeste_belegg": "the highest monthly occupancy, per cent",
        "hoyeste_maaned": "the month of the highest occupancy",
        "belegg_per_maaned": "occupancy per month, per cent",
        "avvik_datoer": "the months with occupancy outside the band (the events a waiver may cover)",
        "maaneder_utenfor": "months with occupancy outside the band that no agreed waiver covers",
        "unntatt": "the months outside the band that an agreed waiver covers (left out of every figure above)",
    },
    # 5.5, 6.3: kartlegging, from the permit to bosettingsklar.
    "kartlegging": {
        "personer_i_grunnlag": "person records read (missing: no personer file)",
        "kartlagt": "persons who became bosettingsklar in the year while in the waiting place",
        "median_dager": "median days from the permit to bosettingsklar",
        "lengste_dager": "the longest time, days",
        "kartlagt_em": "of them: enslige mindreårige",
        "median_dager_em": "their median days",
        "kartlagt_saerskilte": "of them: persons with special health and care needs",
        "median_dager_saerskilte": "their median days",
    },
    # 4.5, 4.6, 6.4, 6.5: settlement within limits, and of long-waiters.
    "bosetting_grupper": {
        "bosatte": "persons settled in the year (missing: no personer file)",
        "andel_innen_frist": "share of all settled within their group's limit; per cent",
        "em_bosatt": "enslige mindreårige settled",
        "andel_em_innen_frist": "their share settled within the limit, per cent",
        "familier_bosatt": "persons in families with children settled",
        "andel_familier_innen_frist": "their share settled within the limit, per cent",
        "voksne_bosatt": "adults without children settled",
        "andel_voksne_innen_frist": "their share settled within the limit, per cent",
        "saerskilte_bosatt": "persons with special health and care needs settled",
        "andel_saerskilte_innen_frist": "their share settled within the limit, per cent",
        "bufetat_em_bosatt": "enslige mindreårige settled by Bufetat",
        "andel_bufetat_em_innen_frist": "their share settled within the limit, per cent",
        "lang_ventende_bosatt": "long-waiters (in mottak or omsorgssenter) settled in the year",
        "lang_ventende_venter": "long-waiters still waiting at the year end",
        "andel_lang_ventende_bosatt": "long-waiters settled / (settled + still waiting), per cent",
        "saerskilte_lang_ventende_venter": "of those still waiting long: persons with special needs",
        "em_omsorgssenter_lang_bosatt": "EM in omsorgssenter who had waited long, settled in the year",
        "em_omsorgssenter_lang_venter": "EM in omsorgssenter waiting long at the year end",
        "andel_em_omsorgssenter_lang_bosatt": "the former / both, per cent",
        "lang_ventende_i_aar": "long-waiters in the year: settled in it, or still waiting long at its end",
        "em_omsorgssenter_lang_ventende_i_aar": "of them: enslige mindreårige in omsorgssentre",
    },
    # 1.3, 3.4: the process of the next year's request criteria, read from the criteria rule files.
    "anmodningskriterier": {
        "kriterier_aar": "the year the criteria are for: the year after the one evaluated",
        "kriterier_funnet": "a criteria rule file (adopted or draft) exists for that year (true/false)",
        "kriterier": "the criteria rule file(s) for that year: id@version, status and file",
        "utkast_funnet": "a draft exists for that year (true/false)",
        "vedtatte_kriterier_funnet": "adopted criteria exist for that year (true/false)",
        "forslag_registrert": "a rule file for that year records who proposed the criteria and when (true/false)",
        "foreslatt_av": "who proposed the criteria",
        "foreslatt_dato": "when",
        "anbefalt_av": "who recommended them",
        "anbefalt_dato": "when",
        "anbefaling_referanse": "reference to the recommendation",
        "anbefalt_av_nasjonalt_utvalg": "the recommendation came from Nasjonalt utvalg (true/false)",
        "vedtatt_av": "who adopted the criteria",
        "vedtatt_dato": "when",
        "rekkefolge_i_orden": "proposed, then recommended, then adopted, in that order (true/false)",
    },
    # 1.8, 3.2: Beregningsutvalget's report.
    "beregningsutvalget": {
        "rapportregister": "the report register for the year was supplied (true/false)",
        "rapport_finnes": "a report was published in the year (true/false)",
        "rapport": "its title and reference",
        "kostnadsaar": "the year whose costs it maps",
        "publisert_dato": "when it was published",
        "dekningsgrad_pct": "the coverage it found: grants / mapped costs, per cent",
    },
    # Obligations only documentation can show: activities per obligation.
    "dokumentasjon": _documentation_fields(),
    # The goals: aggregates of the indicators above.
    "maaloppnaaelse": {
        "bosettingsbehov": "the settlement need in force",
        "sum_bosatt": "settled in the year",
        "andel_behov_bosatt": "settled / need, per cent",
        "andel_behov_em_bosatt": "EM settled / EM need, per cent",
        "andel_behov_vedtatt": "the kommuner's vedtak / need, per cent (what caps the result)",
        "andel_innen_frist": "share of those settled who were settled within their group's limit, per cent",
        "saerskilte_bosatt": "persons with special health and care needs settled",
        "andel_saerskilte_innen_frist": "their share settled within the limit, per cent",
        "statistikk_manglende": "recipient-months with no statistics delivery (IMDi and UDI)",
        "statistikk_andel_levert": "share of recipient-months with a statistics delivery (IMDi and UDI); per cent",
        "store_endringer": "large capacity changes (asylmottak and omsorgssentre)",
        "varsler_ikke_i_tide": "of which notified late or never",
        "varsler_med_hastegrunn": "of those: with a reason for urgency recorded",
        "andel_varslet_i_tide": "share notified in time, per cent",
        "dialog_og_tiltak": "tiltak recorded and dialogue activities documented in the year",
        "dialog_kvartaler": "quarters of the year with at least one tiltak or dialogue activity",
    },
}


# What each field holds, for the checks of what a rule compares it with (engine.build): every field not
# listed here is a number. `date` is an ISO date (YYYY-MM-DD) and `month` is YYYY-MM: text that orders as
# time. Lists are shown to readers as text and compared as text. tests/test_field_types.py checks these
# against the facts derived from the bundled data.
_NOT_NUMBERS: dict[str, dict[str, str]] = {
    "kommune_aar": {"kommunenummer": "text", "fylkesnummer": "text", "vedtak_kategori": "text"},
    "fylke_aar": {"fylkesnummer": "text"},
    "nasjonalt_aar": {"synthetic": "bool"},
    "lang_ventetid": {
        "lang_ventende_per_maaned": "text", "andel_per_maaned": "text", "okende": "bool",
        "okende_maal": "text", "okende_fra": "month", "okende_sett": "date", "tiltak_vindu_fra": "date",
        "tiltak_frist": "date", "frist_utlopt": "bool", "tiltaksregister": "bool",
        "tiltak_innen_frist": "bool", "tiltak_etter_frist": "bool", "tiltak": "text", "fortsetter_fra": "text",
    },
    "lang_ventetid_forrige_aar": {
        "forrige_aar": "text", "forrige_aar_i_avtalen": "bool", "forrige_aar_data": "bool", "frist_i_aar": "bool",
        "okende_maal": "text", "okende_fra": "month", "okende_sett": "date", "tiltak_vindu_fra": "date",
        "tiltak_frist": "date", "tiltaksregister": "bool", "tiltak_innen_frist": "bool",
        "tiltak_etter_frist": "bool", "tiltak": "text",
    },
    "fordeling": {"behov_justert": "bool", "behov_justert_dato": "date", "ny_fordeling_utlost": "bool",
                  "terskel_fra_kriterier": "bool"},
    "statistikkleveranser": {"leveranseregister": "bool", "mangler": "text", "avvik_datoer": "text",
                             "unntatt": "text"},
    "kapasitetsendringer": {"endringsregister": "bool", "for_sent": "text", "avvik_datoer": "text",
                            "unntatt": "text"},
    "belegg": {"laveste_maaned": "month", "hoyeste_maaned": "month", "belegg_per_maaned": "text", "hele_aaret": "bool",
               "avvik_datoer": "text", "unntatt": "text"},
    "anmodningskriterier": {
        "kriterier_aar": "text", "kriterier_funnet": "bool", "kriterier": "text", "utkast_funnet": "bool",
        "vedtatte_kriterier_funnet": "bool", "forslag_registrert": "bool", "foreslatt_av": "text",
        "foreslatt_dato": "date", "anbefalt_av": "text", "anbefalt_dato": "date", "anbefaling_referanse": "text",
        "anbefalt_av_nasjonalt_utvalg": "bool", "vedtatt_av": "text", "vedtatt_dato": "date",
        "rekkefolge_i_orden": "bool",
    },
    "beregningsutvalget": {"rapportregister": "bool", "rapport_finnes": "bool", "rapport": "text",
                           "kostnadsaar": "text", "publisert_dato": "date"},
    "dokumentasjon": {"aktivitetsregister": "bool",
                      **{name: "text" for name in FACT_CATALOGUE["dokumentasjon"]
                         if name.startswith(("dokumenter_", "ikke_talt_"))}},
}

FIELD_TYPES: dict[str, dict[str, str]] = {
    fact: {name: _NOT_NUMBERS.get(fact, {}).get(name, "number") for name in fields}
    for fact, fields in FACT_CATALOGUE.items()
}


def lists_exceptions(field: str) -> bool:
    """A field that lists the exceptions to a count (events a waiver excused, activities that do not count):
    empty means there were none, so a reader is not shown it."""
    return field == "unntatt" or field.startswith("ikke_talt_")
