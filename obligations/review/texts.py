"""The review report's fixed wording, in bokmål and English."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "title": {"nb": "Årlig gjennomgang av samarbeidsavtalen om mottak og bosetting av flyktninger – {year}",
              "en": "Yearly review of the cooperation agreement on reception and settlement of refugees – {year}"},
    "synthetic": {"nb": "Merk: Tallene i denne rapporten bygger på syntetiske data laget for å prøve ut verktøyet. "
                        "De er ikke virkelige tall. Bare kommunelisten (kommunenummer, navn, innbyggertall) er reell.",
                  "en": "Note: the figures in this report are built from synthetic data made to exercise the tool. "
                        "They are not real figures. Only the list of kommuner (numbers, names, population) is real."},
    "summary": {"nb": "Sammendrag for referat", "en": "Summary for the minutes"},
    "goals": {"nb": "Måloppnåelse", "en": "Goal attainment"},
    "not_met_obligations": {"nb": "Forpliktelser som ikke er oppfylt", "en": "Obligations not met"},
    "insufficient_obligations": {"nb": "Forpliktelser uten tilstrekkelig grunnlag",
                                 "en": "Obligations with insufficient data"},
    "none": {"nb": "Ingen.", "en": "None."},
    "status_counts": {"nb": "Funn etter status", "en": "Findings by status"},
    "obligations": {"nb": "Forpliktelser etter part", "en": "Obligations by party"},
    "evidence": {"nb": "Grunnlag", "en": "Evidence"},
    "explanation": {"nb": "Vurdering", "en": "Assessment"},
    "waiver": {"nb": "Avtalt unntak", "en": "Agreed waiver"},
    "kommune_findings": {"nb": "Kommunevise funn", "en": "Findings per kommune"},
    "deviation": {"nb": "Avviksanalyse", "en": "Deviation analysis"},
    "deviation_intro": {
        "nb": "Målet står mot det som er oppnådd. Årsakene overlapper (en kommune kan både vedta færre enn "
              "anmodet og bosette færre enn vedtatt), så de vises hver med sin størrelse og summeres ikke.",
        "en": "The target stands against what was achieved. The causes overlap (a kommune can both decide fewer "
              "than requested and settle fewer than decided), so each is shown with its own size and they are "
              "not summed."},
    "settlement_goal": {"nb": "Resultatmål bosetting: bosettingsbehov mot bosatte",
                        "en": "Result goal settlement: settlement need against settled"},
    "settlement_goal_em": {"nb": "Enslige mindreårige: behov mot bosatte",
                           "en": "Enslige mindreårige (unaccompanied minors): need against settled"},
    "target": {"nb": "Mål", "en": "Target"},
    "realised": {"nb": "Oppnådd", "en": "Realised"},
    "gap": {"nb": "Avvik", "en": "Gap"},
    "cause": {"nb": "Årsak", "en": "Cause"},
    "size": {"nb": "Størrelse", "en": "Size"},
    "by_fylke": {"nb": "Etter fylke (mål = sum anmodning)", "en": "By fylke (target = sum of anmodning)"},
    "by_group": {"nb": "Etter gruppe", "en": "By group"},
    "group": {"nb": "Gruppe", "en": "Group"},
    "ready": {"nb": "Bosettingsklare", "en": "Ready for settlement"},
    "settled": {"nb": "Bosatt", "en": "Settled"},
    "waiting": {"nb": "Venter ved årsslutt", "en": "Waiting at year end"},
    "median_wait": {"nb": "Median ventetid (mnd.)", "en": "Median wait (months)"},
    "mottak_goal": {"nb": "Resultatmål mottak og omsorgssentre: varsling av endringer",
                    "en": "Result goal reception and care centres: notice of changes"},
    "late_notices": {"nb": "Endringer varslet for sent", "en": "Changes notified late"},
    "kommuner": {"nb": "Anmodning, vedtak og bosatte per kommune", "en": "Anmodning, vedtak and settled per kommune"},
    "period": {"nb": "Avtaleperioden 2026–2029", "en": "The agreement period 2026–2029"},
    "year": {"nb": "År", "en": "Year"},
    "need": {"nb": "Behov", "en": "Need"},
    "share_settled": {"nb": "Bosatt av behov", "en": "Settled of need"},
    "trend": {"nb": "Utvikling", "en": "Trend"},
    "provenance": {"nb": "Regler og data som er brukt", "en": "Rules and data used"},
    "rulesets": {"nb": "Regelsett", "en": "Rule sets"},
    "inputs": {"nb": "Inndatafiler", "en": "Input files"},
    "assumptions": {"nb": "Terskler som er antakelser (ikke fastsatt i avtalen)",
                    "en": "Thresholds that are assumptions (not stated in the agreement)"},
    "charts": {"nb": "Figurer", "en": "Charts"},
    "chart_fylke": {"nb": "Anmodning, vedtak og bosatte per fylke", "en": "Anmodning, vedtak and settled per fylke"},
    "chart_wait": {"nb": "Ventetid fra bosettingsklar til bosatt, per gruppe (antall bosatte)",
                   "en": "Waiting time from ready to settled, per group (number settled)"},
    "chart_long": {"nb": "Bosettingsklare som har ventet lenge, per måned",
                   "en": "Ready for settlement who have waited long, per month"},
    "kommune": {"nb": "Kommune", "en": "Kommune"},
    "fylke": {"nb": "Fylke", "en": "Fylke"},
    "anmodning": {"nb": "Anmodning", "en": "Anmodning (request)"},
    "vedtak": {"nb": "Vedtak", "en": "Vedtak (decision)"},
    "bosatt": {"nb": "Bosatt", "en": "Settled"},
    "category": {"nb": "Kategori", "en": "Category"},
    "status": {"nb": "Status", "en": "Status"},
    "rule": {"nb": "Regel", "en": "Rule"},
    "provision": {"nb": "Punkt", "en": "Point"},
    "subject": {"nb": "Gjelder", "en": "Subject"},
    "source": {"nb": "Kilde", "en": "Source"},
    "value": {"nb": "Verdi", "en": "Value"},
    "hash": {"nb": "Sjekksum", "en": "Hash"},
    "file": {"nb": "Fil", "en": "File"},
    "parameter": {"nb": "Parameter", "en": "Parameter"},
    "basis": {"nb": "Grunnlag", "en": "Basis"},
    "citation": {"nb": "Kilde", "en": "Citation"},
    "largest_deviations": {"nb": "Største avvik", "en": "Largest deviations"},
    "written_to": {"nb": "Rapporten er skrevet til", "en": "The report is written to"},
}

CAUSES: dict[str, dict[str, str]] = {
    "anmodning_under_behov": {"nb": "Anmodningene til kommunene var til sammen lavere enn behovet",
                              "en": "The requests to kommuner added up to less than the need"},
    "vedtak_under_anmodning": {"nb": "Kommuner vedtok å bosette færre enn de ble anmodet om",
                               "en": "Kommuner decided to settle fewer than requested"},
    "ingen_vedtak": {"nb": "Kommuner som ble anmodet, har ikke fattet vedtak",
                     "en": "Kommuner that were asked made no vedtak"},
    "bosatt_under_vedtak": {"nb": "Kommuner bosatte færre enn de hadde vedtatt",
                            "en": "Kommuner settled fewer than they had decided"},
    "vedtak_over_anmodning": {"nb": "Kommuner vedtok flere enn anmodet (trekker avviket ned)",
                              "en": "Kommuner decided more than requested (reduces the gap)"},
    "faerre_bosettingsklare_enn_prognose": {"nb": "Færre bosettingsklare enn prognosen",
                                            "en": "Fewer ready for settlement than forecast"},
}

GROUP_LABELS: dict[str, dict[str, str]] = {
    "enslig_mindreaarig": {"nb": "Enslige mindreårige", "en": "Enslige mindreårige (unaccompanied minors)"},
    "familie_med_barn": {"nb": "Familier med barn", "en": "Families with children"},
    "voksen_uten_barn": {"nb": "Voksne uten barn", "en": "Adults without children"},
    "saerskilte_behov": {"nb": "Særskilte helse- og omsorgsbehov", "en": "Special health and care needs"},
}

BASIS_LABELS: dict[str, dict[str, str]] = {
    "agreement": {"nb": "avtalen", "en": "the agreement"},
    "national_goal": {"nb": "nasjonalt mål", "en": "national goal"},
    "criteria_decision": {"nb": "kriteriebeslutning", "en": "criteria decision"},
    "assumption": {"nb": "antakelse", "en": "assumption"},
}


def t(key: str, lang: str, **values: object) -> str:
    text = TEXTS[key][lang]
    return text.format(**values) if values else text
