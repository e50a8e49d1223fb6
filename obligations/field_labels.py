"""What a reader sees for each fact field a finding shows as evidence, in bokmål and English.

obligations.catalogue names the fields and says in English what they mean, for rule authors; this
module gives each field the short label a report prints, so that no code name (andel_behov_bosatt,
okende, maaned) reaches a reader. tests/test_field_labels.py checks that every field a rule shows
has a label in both languages.
"""

from __future__ import annotations

from obligations.data.spec import FORPLIKTELSER

_LABELS: dict[str, tuple[str, str]] = {
    # kommune_aar, fylke_aar, nasjonalt_aar
    "kommunenummer": ("Kommunenummer", "Kommunenummer"),
    "anmodning": ("Anmodning", "Anmodning (request)"),
    "anmodning_em": ("Anmodning, enslige mindreårige", "Anmodning, enslige mindreårige (unaccompanied minors)"),
    "vedtak": ("Vedtak", "Vedtak (decision)"),
    "vedtak_em": ("Vedtak, enslige mindreårige", "Vedtak, enslige mindreårige"),
    "bosatt": ("Bosatt", "Settled"),
    "bosatt_em": ("Bosatt, enslige mindreårige", "Settled, enslige mindreårige"),
    "innbyggere": ("Innbyggere", "Population"),
    "fylkesnummer": ("Fylkesnummer", "Fylke number"),
    "sysselsetting_pct": ("Sysselsetting (%)", "Employment rate (%)"),
    "intro_resultat_pct": ("I arbeid eller utdanning ett år etter introduksjonsprogrammet (%)",
                           "In work or education one year after the introduction programme (%)"),
    "innvandrerandel_pct": ("Innvandrerandel (%)", "Share of immigrants (%)"),
    "levekar_indeks": ("Levekårsindeks (0–100, høyere er vanskeligere)",
                       "Living-conditions index (0–100, higher is harder)"),
    "sekundarflytting_pct": ("Netto sekundærflytting siste fem år (%)", "Net secondary moves, last five years (%)"),
    "fylkeskommune_anbefaling": ("Fylkeskommunens tilråding", "The fylkeskommune's recommendation"),
    "fylkeskommune_anbefaling_em": ("Fylkeskommunens tilråding, enslige mindreårige",
                                    "The fylkeskommune's recommendation, enslige mindreårige"),
    "vedtak_kategori": ("Vedtak mot anmodning", "Vedtak against the request"),
    "bosatt_av_vedtak_pct": ("Bosatt av vedtak (%)", "Settled of vedtak (%)"),
    "anmodning_forrige_aar": ("Anmodning året før", "Anmodning the year before"),
    "sysselsetting_fylke_pct": ("Sysselsetting i fylket (%)", "Employment rate in the fylke (%)"),
    "kommuner": ("Kommuner", "Kommuner"),
    "kommuner_med_rad": ("Kommuner med tall", "Kommuner with figures"),
    "vedtak_registrert": ("Kommuner med registrert vedtak", "Kommuner with a vedtak registered"),
    "bosettingsbehov": ("Bosettingsbehov", "Settlement need"),
    "bosettingsbehov_em": ("Bosettingsbehov, enslige mindreårige", "Settlement need, enslige mindreårige"),
    "prognose_bosettingsklare": ("Prognose for bosettingsklare", "Forecast of persons ready for settlement"),
    "bosettingsbehov_justert": ("Justert bosettingsbehov", "Adjusted settlement need"),
    "bosettingsbehov_em_justert": ("Justert bosettingsbehov, enslige mindreårige",
                                   "Adjusted settlement need, enslige mindreårige"),
    "synthetic": ("Syntetiske data", "Synthetic data"),
    # lang_ventetid (1.2)
    "personer_i_grunnlag": ("Personer i grunnlaget", "Persons in the data"),
    "maaneder": ("Måneder talt", "Months counted"),
    "ventende_slutt": ("Venter i mottak eller omsorgssenter ved årets siste månedsskifte",
                       "Waiting in a mottak or omsorgssenter at the year's last month end"),
    "lang_ventende_slutt": ("Av dem: ventet lenger enn fristen for sin gruppe",
                            "Of them: waited longer than their group's limit"),
    "andel_lang_ventende_slutt": ("Andel som har ventet lenge (%)", "Share who have waited long (%)"),
    "lang_ventende_maks": ("Flest som har ventet lenge ved et månedsskifte",
                           "Most long-waiters at a month end"),
    "lang_ventende_per_maaned": ("Antall som har ventet lenge, per måned", "Long-waiters per month"),
    "andel_per_maaned": ("Andel som har ventet lenge, per måned", "Share of long-waiters per month"),
    "fordeling_slutt": ("Som har ventet lenge, etter gruppe og sted", "Long-waiters by group and place"),
    "okende": ("Økende over tid", "Rising over time"),
    "okende_maal": ("Det som økte", "What rose"),
    "okende_fra": ("Økningen sett fra", "Rise seen from"),
    "tiltak_frist": ("Siste dag for tiltak", "Last day for a tiltak"),
    "tiltaksregister": ("Tiltaksregisteret er levert", "The tiltak register was supplied"),
    "tiltak_innen_frist": ("Tiltak registrert i tide", "Tiltak recorded in time"),
    "tiltak_etter_frist": ("Tiltak registrert etter fristen", "Tiltak recorded after the deadline"),
    "tiltak": ("Tiltak", "Tiltak"),
    # fordeling (1.7, 2.3, 4.4)
    "behov_justert": ("Behovet ble justert i året", "The need was adjusted during the year"),
    "kommuner_anmodet": ("Kommuner anmodet", "Kommuner asked"),
    "sum_anmodning": ("Sum anmodning", "Sum of anmodning"),
    "sum_anmodning_em": ("Sum anmodning, enslige mindreårige", "Sum of anmodning, enslige mindreårige"),
    "sum_vedtak": ("Sum vedtak", "Sum of vedtak"),
    "sum_bosatt": ("Sum bosatt", "Sum settled"),
    "sum_bosatt_em": ("Sum bosatt, enslige mindreårige", "Sum settled, enslige mindreårige"),
    "andel_behov_anmodet": ("Anmodet av behovet (%)", "Requested of the need (%)"),
    "andel_behov_vedtatt": ("Vedtatt av behovet (%)", "Decided of the need (%)"),
    "andel_behov_bosatt": ("Bosatt av behovet (%)", "Settled of the need (%)"),
    "andel_behov_em_bosatt": ("Bosatt av behovet, enslige mindreårige (%)",
                              "Settled of the need, enslige mindreårige (%)"),
    "andel_anmodning_vedtatt": ("Vedtatt av anmodningene (%)", "Decided of the requests (%)"),
    "kommuner_over": ("Kommuner med vedtak over anmodning", "Kommuner that decided more than asked"),
    "kommuner_lik": ("Kommuner med vedtak lik anmodning", "Kommuner that decided what they were asked"),
    "kommuner_under": ("Kommuner med vedtak under anmodning (0 medregnet)",
                       "Kommuner that decided less than asked (0 included)"),
    "kommuner_ingen": ("Anmodede kommuner uten registrert vedtak", "Kommuner asked with no vedtak registered"),
    # statistikkleveranser (4.1, 5.3)
    "leveranseregister": ("Leveranseregisteret er levert", "The delivery register was supplied"),
    "mottakere": ("Mottakere", "Recipients"),
    "forventet": ("Forventede mottakermåneder", "Recipient-months expected"),
    "levert": ("Mottakermåneder med leveranse", "Recipient-months delivered"),
    "manglende": ("Mottakermåneder uten leveranse", "Recipient-months without a delivery"),
    "mangler": ("Mottakermånedene uten leveranse", "The recipient-months without a delivery"),
    # kapasitetsendringer (1.1, 5.4, 6.2)
    "endringsregister": ("Tabellen over kapasitetsendringer er levert", "The capacity-change table was supplied"),
    "endringer": ("Endringer som trådte i kraft", "Changes that took effect"),
    "store_endringer": ("Store endringer", "Large changes"),
    "varslet_i_tide": ("Store endringer varslet i tide", "Large changes notified in time"),
    "varslet_for_sent": ("Store endringer varslet for sent", "Large changes notified late"),
    "ikke_varslet": ("Store endringer som ikke ble varslet", "Large changes never notified"),
    "andel_varslet_i_tide": ("Varslet i tide (%)", "Notified in time (%)"),
    "korteste_varsel_dager": ("Korteste varsel (dager)", "Shortest notice (days)"),
    "for_sent": ("Endringer varslet for sent eller ikke varslet", "Changes notified late or never"),
    # belegg (5.1, 6.1)
    "maaneder_med_data": ("Måneder med tall", "Months with figures"),
    "laveste_belegg": ("Laveste belegg (%)", "Lowest occupancy (%)"),
    "laveste_maaned": ("Måneden med lavest belegg", "Month of the lowest occupancy"),
    "hoyeste_belegg": ("Høyeste belegg (%)", "Highest occupancy (%)"),
    "hoyeste_maaned": ("Måneden med høyest belegg", "Month of the highest occupancy"),
    "belegg_per_maaned": ("Belegg per måned (%)", "Occupancy per month (%)"),
    # bosetting_grupper (4.5, 4.6, 6.4, 6.5)
    "bosatte": ("Bosatt i året", "Settled in the year"),
    "andel_innen_frist": ("Bosatt innen fristen for sin gruppe (%)", "Settled within their group's limit (%)"),
    "em_bosatt": ("Enslige mindreårige bosatt", "Enslige mindreårige settled"),
    "andel_em_innen_frist": ("Enslige mindreårige bosatt innen fristen (%)",
                             "Enslige mindreårige settled within the limit (%)"),
    "familier_bosatt": ("Personer i barnefamilier bosatt", "Persons in families with children settled"),
    "andel_familier_innen_frist": ("Barnefamilier bosatt innen fristen (%)",
                                   "Families with children settled within the limit (%)"),
    "voksne_bosatt": ("Voksne uten barn bosatt", "Adults without children settled"),
    "andel_voksne_innen_frist": ("Voksne uten barn bosatt innen fristen (%)",
                                 "Adults without children settled within the limit (%)"),
    "saerskilte_bosatt": ("Personer med behov for særskilte helse- og omsorgstjenester bosatt",
                          "Persons needing special health and care services settled"),
    "andel_saerskilte_innen_frist": ("Personer med særskilte behov bosatt innen fristen (%)",
                                     "Persons with special needs settled within the limit (%)"),
    "bufetat_em_bosatt": ("Enslige mindreårige bosatt av Bufetat", "Enslige mindreårige settled by Bufetat"),
    "andel_bufetat_em_innen_frist": ("Bosatt av Bufetat innen fristen (%)", "Settled by Bufetat within the limit (%)"),
    "lang_ventende_bosatt": ("Bosatt etter lang ventetid", "Settled after a long wait"),
    "lang_ventende_venter": ("Venter fortsatt lenge ved årsslutt", "Still waiting long at the year end"),
    "andel_lang_ventende_bosatt": ("Andel av dem som har ventet lenge, som ble bosatt (%)",
                                   "Share of long-waiters who were settled (%)"),
    "saerskilte_lang_ventende_venter": ("Av dem som fortsatt venter lenge: med særskilte behov",
                                        "Of those still waiting long: with special needs"),
    "em_omsorgssenter_lang_bosatt": ("Enslige mindreårige i omsorgssenter bosatt etter lang ventetid",
                                     "Enslige mindreårige in omsorgssenter settled after a long wait"),
    "em_omsorgssenter_lang_venter": ("Enslige mindreårige i omsorgssenter som fortsatt venter lenge",
                                     "Enslige mindreårige in omsorgssenter still waiting long"),
    "andel_em_omsorgssenter_lang_bosatt": ("Av dem i omsorgssenter som har ventet lenge: bosatt (%)",
                                           "Of those in omsorgssenter who waited long: settled (%)"),
    # anmodningskriterier (1.3, 3.4)
    "kriterier_funnet": ("Kriterier gjelder for året", "Criteria in force for the year"),
    "kriterier": ("Kriteriene", "The criteria"),
    "kriterier_status": ("Kriterienes status", "Status of the criteria"),
    "foreslatt_av": ("Foreslått av", "Proposed by"),
    "foreslatt_dato": ("Foreslått", "Proposed on"),
    "anbefalt_av": ("Anbefalt av", "Recommended by"),
    "anbefalt_dato": ("Anbefalt", "Recommended on"),
    "anbefaling_referanse": ("Anbefalingen", "The recommendation"),
    "anbefalt_av_nasjonalt_utvalg": ("Anbefalt av Nasjonalt utvalg", "Recommended by Nasjonalt utvalg"),
    "vedtatt_av": ("Fastsatt av", "Adopted by"),
    "vedtatt_dato": ("Fastsatt", "Adopted on"),
    "rekkefolge_i_orden": ("Forslag, anbefaling og fastsetting i riktig rekkefølge",
                           "Proposal, recommendation and adoption in order"),
    # beregningsutvalget (1.8, 3.2)
    "rapportregister": ("Rapportregisteret er levert", "The report register was supplied"),
    "rapport_finnes": ("Rapport publisert i året", "Report published in the year"),
    "rapport": ("Rapporten", "The report"),
    "kostnadsaar": ("Kostnadsåret", "Cost year"),
    "publisert_dato": ("Publisert", "Published on"),
    "dekningsgrad_pct": ("Dekningsgrad (%)", "Coverage (%)"),
    # dokumentasjon
    "aktivitetsregister": ("Aktivitetsregisteret er levert", "The activity register was supplied"),
    # maaloppnaaelse (the goals)
    "statistikk_manglende": ("Mottakermåneder uten statistikk (IMDi og UDI)",
                             "Recipient-months without statistics (IMDi and UDI)"),
    "varsler_ikke_i_tide": ("Varslet for sent eller ikke varslet", "Notified late or never"),
    "dialog_og_tiltak": ("Tiltak og dialogaktiviteter dokumentert", "Tiltak and dialogue activities documented"),
    "okende_lang_ventetid": ("Lang ventetid økte (etter 1.2)", "Long waits rose (by 1.2)"),
    "okende_uten_tiltak": ("Økte uten tiltak i tide", "Rose with no timely tiltak"),
}

for _number in FORPLIKTELSER:
    _key = _number.replace(".", "_")
    _LABELS[f"dokumentert_{_key}"] = (f"Dokumenterte aktiviteter for {_number}", f"Documented activities for {_number}")
    _LABELS[f"dokumenter_{_key}"] = (f"Dokumentasjon for {_number}", f"Documentation for {_number}")

FIELD_LABELS: dict[str, dict[str, str]] = {name: {"nb": nb, "en": en} for name, (nb, en) in _LABELS.items()}


def field_label(name: str, lang: str) -> str:
    """The label of a fact field; a field with none shows its name, which the label test forbids."""
    labels = FIELD_LABELS.get(name)
    return labels[lang] if labels else name
