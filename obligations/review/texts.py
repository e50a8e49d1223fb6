"""The review report's fixed wording, in bokmål and English, and how values are written for readers."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bosetting.engine.render import format_value
from bosetting.obligations.legal_reading import READING_NOTE

TEXTS: dict[str, dict[str, str]] = {
    "title": {"nb": "Grunnlag for den årlige gjennomgangen {year} (utkast)",
              "en": "Basis for the yearly review {year} (draft)"},
    "subtitle": {"nb": "Samarbeidsavtalen om mottak og bosetting av flyktninger 2026–2029",
                 "en": "The cooperation agreement on reception and settlement of refugees 2026–2029"},
    "draft_note": {
        "nb": "Dette er et utkast til partene, KS og staten, før den årlige gjennomgangen i konsultasjonsordningen. "
              "Statusene er verktøyets vurdering av dataene mot regelfilene. De er ett grunnlag ved siden av partenes "
              "egen vurdering: resultatet av gjennomgangen er det partene blir enige om og fører i referatet.",
        "en": "This is a draft for the parties, KS and the state, ahead of the yearly review in the consultation "
              "arrangement (konsultasjonsordningen). The statuses are the tool's reading of the data against the rule "
              "files. They are one input beside the parties' own assessment: the result of the review is what the "
              "parties agree and record in the minutes."},
    "assumptions_note": {"nb": "Referanseverdiene er regeleierens antakelser og er ikke avtalt mellom partene "
                               "(se vedlegg B).",
                         "en": "The reference values are the rule owner's assumptions and have not been agreed by the "
                               "parties (see annex B)."},
    "synthetic": {"nb": "Merk: Tallene i denne rapporten bygger på syntetiske data laget for å prøve ut verktøyet. "
                        "De er ikke virkelige tall. Bare kommunelisten (kommunenummer, navn, innbyggertall) er reell.",
                  "en": "Note: the figures in this report are built from synthetic data made to exercise the tool. "
                        "They are not real figures. Only the list of kommuner (numbers, names, population) is real."},
    "synthetic_rows": {"nb": "Navnene er virkelige kommuner, men tallene er syntetiske og ikke kommunenes egne.",
                       "en": "The names are real kommuner, but the figures are synthetic, not the kommuner's own."},
    "synthetic_short": {"nb": "Syntetiske data: ikke virkelige tall.", "en": "Synthetic data: not real figures."},
    "key_figures": {"nb": "Nøkkeltall", "en": "Key figures"},
    "figure": {"nb": "Tall", "en": "Figure"},
    "number": {"nb": "Antall", "en": "Number"},
    "share_of_need": {"nb": "Andel av behovet", "en": "Share of the need"},
    "kf_need": {"nb": "Bosettingsbehov", "en": "Settlement need"},
    "kf_requested": {"nb": "Anmodet", "en": "Requested (anmodning)"},
    "kf_decided": {"nb": "Vedtatt", "en": "Decided (vedtak)"},
    "kf_settled": {"nb": "Bosatt", "en": "Settled"},
    "kf_long_wait": {"nb": "Har ventet lenge ved årsslutt", "en": "Have waited long at the year end"},
    "kf_long_wait_note": {
        "nb": "av {waiting} bosettingsklare som venter i mottak eller omsorgssenter ({share} %), det vil si lenger "
              "enn referanseverdien for ventetid for sin gruppe{limits}.",
        "en": "of {waiting} persons ready for settlement who wait in a mottak or omsorgssenter ({share} %), that is "
              "longer than the reference waiting time for their group{limits}."},
    "kf_limits": {"nb": " (antakelse: {em} måneder for enslige mindreårige, {families} for barnefamilier og "
                        "{adults} for voksne uten barn, regnet fra tillatelsen; avtalen har ingen tidsfrist)",
                  "en": " (assumption: {em} months for enslige mindreårige, {families} for families with children "
                        "and {adults} for adults without children, counted from the permit; the agreement sets no "
                        "time limit)"},
    "goals": {"nb": "Mål", "en": "Goals"},
    "goals_detail": {"nb": "Målene i detalj", "en": "The goals in detail"},
    "legend": {"nb": "Slik leses statusene", "en": "How to read the statuses"},
    "legend_indicators": {
        "nb": "Tall for hver kommune og hvert fylke er indikatorer: de beskriver hvordan fordelingen ble fulgt opp, "
              "og er aldri et brudd. Kommunene er ikke parter i avtalen, og hver kommune avgjør selv hvor mange den "
              "bosetter.",
        "en": "Figures for each kommune and fylke are indicators: they describe how the distribution was taken up "
              "and are never a breach. The kommuner are not parties to the agreement, and each kommune decides for "
              "itself how many it settles."},
    "contents": {"nb": "Innhold", "en": "Contents"},
    "previous_none": {"nb": "Ingen konklusjoner fra forrige års gjennomgang er lest inn.",
                      "en": "No conclusions from last year's review have been read in."},
    "overview": {"nb": "Oversikt over forpliktelsene", "en": "Overview of the obligations"},
    "overview_intro": {"nb": "Forpliktelser som ikke er oppfylt eller delvis oppfylt, og de som mangler grunnlag.",
                       "en": "Obligations not met or partly met, and those without enough data."},
    "status_counts": {"nb": "Vurderinger etter status", "en": "Assessments by status"},
    "status_counts_note": {
        "nb": "Telt er {n} vurderinger av partenes forpliktelser og av målene{several}. Ikke med er {kommune} "
              "indikatorer for kommuner, {fylke} for fylker og {context} tall som vises som sammenheng.",
        "en": "Counted are {n} assessments of the parties' obligations and of the goals{several}. Not included are "
              "{kommune} indicators for kommuner, {fylke} for fylker and {context} figures shown as context."},
    "several_assessments": {"nb": " ({ids} har mer enn én vurdering hver)",
                            "en": " ({ids} have more than one assessment each)"},
    "rule_file_gaps": {"nb": "Mangler i verktøyets regelfiler (ikke partenes grunnlag)",
                       "en": "Gaps in the tool's rule files (not the parties' data)"},
    "rule_file_gaps_note": {
        "nb": "Disse punktene står som «utilstrekkelig grunnlag» fordi regelfilene verktøyet leser, ikke har "
              "opplysningene. Det sier ingenting om partenes arbeid.",
        "en": "These points show “insufficient data” because the rule files the tool reads lack the information. "
              "It says nothing about the parties' work."},
    "none": {"nb": "Ingen.", "en": "None."},
    "agreement_reading": {"nb": "Slik leses avtalen", "en": "How the agreement is read"},
    "agreement_reading_intro": READING_NOTE,
    "unnumbered": {"nb": "Forpliktelser uten nummer", "en": "Commitments without a number"},
    "commitment": {"nb": "Forpliktelse", "en": "Commitment"},
    "agreement_section": {"nb": "Avsnitt i avtalen", "en": "Section of the agreement"},
    "handling": {"nb": "Hva verktøyet gjør", "en": "What the tool does"},
    "later_data": {"nb": "Hva senere data kan endre", "en": "What later data can change"},
    "later_data_intro": {
        "nb": "Rapporten er laget av inndatafilene med sjekksummene i vedlegg E og bærer ikke dato eller klokkeslett: "
              "de samme filene gir den samme rapporten. Kjør den på nytt når registrene er oppdatert.",
        "en": "The report is made from the input files with the checksums in annex E and carries no date or time: "
              "the same files give the same report. Run it again when the registers are updated."},
    "later_registers": {
        "nb": "Disse funnene for {year} leser også registre fra et senere år, slik de forelå da rapporten ble laget, "
              "og kan endres når de registrene oppdateres:",
        "en": "These findings for {year} also read registers of a later year, as they stood when the report was "
              "made, and can change when those registers are updated:"},
    "no_later_registers": {"nb": "Ingen funn for {year} leser registre fra et senere år.",
                           "en": "No finding for {year} reads registers of a later year."},
    "pending_findings": {"nb": "Disse funnene har status «{status}» og avgjøres i neste års gjennomgang:",
                         "en": "These findings have the status “{status}” and are settled in next year's review:"},
    "obligations_of": {"nb": "Forpliktelser: {party}", "en": "Obligations: {party}"},
    "binds": {"nb": "Binder", "en": "Binds"},
    # The goals are the agreement's goals («Hovedmålene for avtalen er å: …»), not undertakings of one party.
    "goal_of": {"nb": "Mål for partene i fellesskap", "en": "Goal of the parties together"},
    "carried_by": {"nb": "Utføres av", "en": "Carried out by"},
    "involved": {"nb": "Involverer (ikke parter i avtalen)", "en": "Involves (not parties to the agreement)"},
    "kind": {"nb": "Type forpliktelse", "en": "Kind of obligation"},
    "kind_effort": {"nb": "innsatsforpliktelse", "en": "obligation of effort"},
    # Not «resultatforpliktelse»: in Norwegian contract law that word means the result itself is owed.
    "kind_act": {"nb": "forpliktelse til handling eller resultat", "en": "obligation of act or result"},
    "deciding_words": {"nb": "avgjørende ord", "en": "deciding words"},
    "reading": {"nb": "Lesemåte", "en": "Reading"},
    "method": {"nb": "Metode", "en": "Method"},
    "threshold": {"nb": "Terskel", "en": "Threshold"},
    "tested_by": {"nb": "Prøvd ved", "en": "Tested by"},
    "rule_ref": {"nb": "regelen", "en": "the rule"},
    "rule_id": {"nb": "Id i regelfilen", "en": "Id in the rule file"},
    "waiver": {"nb": "Avtalt unntak", "en": "Agreed deviation"},
    "context_note": {"nb": "sammenheng – avgjør ikke status", "en": "context – does not decide the status"},
    "context_word": {"nb": "sammenheng", "en": "context"},
    "decides_nothing": {"nb": "avgjør ikke status", "en": "does not decide the status"},
    "indicator_heading": {"nb": "{title} (indikator, ikke brudd)", "en": "{title} (indicator, not a breach)"},
    "worst_first_vedtak_mot_anmodning": {"nb": "Lengst under anmodningen først",
                                         "en": "Furthest below the request first"},
    "worst_first_": {"nb": "Det mest alvorlige først", "en": "The most serious first"},
    "reference_status": {"nb": "det som er vurdert", "en": "assessment"},
    "no_one_flagged": {"nb": "Ingen har status ikke oppfylt, delvis oppfylt eller utilstrekkelig grunnlag.",
                       "en": "None has the status not met, partly met or insufficient data."},
    "outside_main": {"nb": "{nouns} som ikke har kategorien «{label}»:",
                     "en": "{nouns} not in the category “{label}”:"},
    "more_outside": {"nb": "{n} til har ikke kategorien «{label}».",
                     "en": "{n} more are not in the category “{label}”."},
    "all_in_main": {"nb": "Alle {n} {nouns} har kategorien «{label}».",
                    "en": "All {n} {nouns} are in the category “{label}”."},
    "worst_first_bosatt_mot_vedtak": {"nb": "Lengst under vedtaket først", "en": "Furthest below the vedtak first"},
    "full_list": {"nb": "Hele listen: {n} {noun} under {reference}",
                  "en": "The full list: {n} {noun} below the {reference}"},
    "all_in_annex": {"nb": "Alle kommunene står i vedlegget «{annex}».", "en": "Every kommune is listed in the annex "
                                                                              "“{annex}”."},
    "all_fylker_in": {"nb": "Alle fylkene står i tabellen «{table}» under «{section}».",
                      "en": "Every fylke is in the table “{table}” under “{section}”."},
    "more_below": {"nb": "{n} til er under {reference}.", "en": "{n} more are below the {reference}."},
    "no_one_below": {"nb": "Ingen under {reference}.", "en": "None below the {reference}."},
    "reference_anmodning": {"nb": "anmodningen", "en": "request"},
    "reference_vedtak": {"nb": "vedtaket", "en": "vedtak"},
    "below_by": {"nb": "{n} under", "en": "{n} below"},
    "deviation": {"nb": "Avviksanalyse", "en": "Deviation analysis"},
    "deviation_intro": {
        "nb": "Tabellene viser hvor i kjeden fra behov til anmodning, vedtak og bosetting avviket oppsto, regnet "
              "kommune for kommune: leddene som øker avviket, og de som trekker det ned (kommuner som vedtok flere "
              "enn de ble anmodet om, eller bosatte flere enn de hadde vedtatt). Når anmodningene til sammen ikke er "
              "større enn behovet, summeres disse leddene til avviket; raden om bosettingsklare mot prognosen er et "
              "ledd på statens side ved siden av dem og legges ikke til. Leddene sier hvor avviket oppsto, ikke "
              "hvorfor: det er partenes vurdering.",
        "en": "The tables show where in the chain from need to request, vedtak and settlement the gap arose, counted "
              "kommune by kommune: the links that widen the gap and those that narrow it (kommuner that decided "
              "more than they were asked, or settled more than they had decided). When the requests together do "
              "not exceed the need, these links add up to the gap; the row on bosettingsklare against the forecast "
              "is a link on the state's side beside them and is not added to them. They say where the gap arose, "
              "not why: that is for the parties to assess."},
    "settlement_goal": {"nb": "Resultatmål bosetting: bosettingsbehov mot bosatte",
                        "en": "Result goal settlement: settlement need against settled"},
    "settlement_goal_em": {"nb": "Enslige mindreårige: behov mot bosatte",
                           "en": "Enslige mindreårige (unaccompanied minors): need against settled"},
    "target": {"nb": "Mål", "en": "Target"},
    "realised": {"nb": "Oppnådd", "en": "Realised"},
    "gap": {"nb": "Avvik", "en": "Gap"},
    "cause": {"nb": "Ledd i kjeden", "en": "Link in the chain"},
    "size": {"nb": "Størrelse", "en": "Size"},
    "by_fylke": {"nb": "Etter fylke (mål = sum anmodning)", "en": "By fylke (target = sum of anmodning)"},
    "largest_link": {"nb": "Største ledd under målet", "en": "Largest link below the target"},
    "above_target": {"nb": "over målet", "en": "above the target"},
    "by_group": {"nb": "Etter gruppe", "en": "By group"},
    "by_group_note": {"nb": "Ventetiden i denne tabellen regnes fra personen ble bosettingsklar.",
                      "en": "The waiting time in this table is counted from when the person was ready for "
                            "settlement."},
    "group": {"nb": "Gruppe", "en": "Group"},
    "ready": {"nb": "Bosettingsklare", "en": "Ready for settlement"},
    "settled": {"nb": "Bosatt", "en": "Settled"},
    "waiting": {"nb": "Venter ved årsslutt", "en": "Waiting at year end"},
    "median_wait": {"nb": "Median ventetid (mnd.)", "en": "Median wait (months)"},
    "mottak_goal": {"nb": "Resultatmål mottak og omsorgssentre: varsling av endringer",
                    "en": "Result goal reception and care centres: notice of changes"},
    "late_notices": {"nb": "Endringer varslet for sent: {n}.", "en": "Changes notified late: {n}."},
    "mottak": {"nb": "Mottak", "en": "Mottak"},
    "change": {"nb": "Endring", "en": "Change"},
    "places": {"nb": "Plasser", "en": "Places"},
    "notice_days": {"nb": "Varsel (dager)", "en": "Notice (days)"},
    "annex": {"nb": "Vedlegg", "en": "Annex"},
    "annex_kommuner": {"nb": "Vedlegg A: Anmodning, vedtak og bosatte per kommune",
                       "en": "Annex A: Anmodning, vedtak and settled per kommune"},
    "annex_kommuner_intro": {
        "nb": "Kommunene står med den som er lengst under anmodningen først. Kategorien beskriver kommunens vedtak "
              "og er ikke en vurdering av kommunen.",
        "en": "The kommuner are listed furthest below the request first. The category describes the kommune's "
              "vedtak and is not an assessment of the kommune."},
    "annex_thresholds": {"nb": "Vedlegg B: Terskler som er antakelser (ikke fastsatt i avtalen)",
                         "en": "Annex B: Thresholds that are assumptions (not stated in the agreement)"},
    "annex_sources": {"nb": "Vedlegg C: Kilder for grunnlaget", "en": "Annex C: Sources of the evidence"},
    "annex_rules": {"nb": "Vedlegg D: Regler og regelfiler", "en": "Annex D: Rules and rule files"},
    "annex_inputs": {"nb": "Vedlegg E: Regelsett og inndatafiler", "en": "Annex E: Rule sets and input files"},
    "kommuner_annex_short": {"nb": "Vedlegg A", "en": "Annex A"},
    "below_request": {"nb": "Under anmodning", "en": "Below the request"},
    "below_vedtak": {"nb": "Bosatt under vedtak", "en": "Settled below the vedtak"},
    "period": {"nb": "Avtaleperioden 2026–2029", "en": "The agreement period 2026–2029"},
    "year": {"nb": "År", "en": "Year"},
    "need": {"nb": "Behov", "en": "Need"},
    "share_settled": {"nb": "Bosatt av behov", "en": "Settled of need"},
    "trend": {"nb": "Utvikling", "en": "Trend"},
    "trend_up": {"nb": "opp", "en": "up"},
    "trend_down": {"nb": "ned", "en": "down"},
    "trend_flat": {"nb": "uendret", "en": "unchanged"},
    "rulesets": {"nb": "Regelsett", "en": "Rule sets"},
    "version": {"nb": "Versjon", "en": "Version"},
    "inputs": {"nb": "Inndatafiler", "en": "Input files"},
    "charts": {"nb": "Figurer", "en": "Charts"},
    "chart_fylke": {"nb": "Anmodning, vedtak og bosatte per fylke", "en": "Anmodning, vedtak and settled per fylke"},
    "chart_wait": {"nb": "Ventetid fra bosettingsklar til bosatt, per gruppe (antall bosatte)",
                   "en": "Waiting time from ready for settlement to settled, per group (number settled)"},
    "chart_long": {"nb": "Bosettingsklare som har ventet lenger enn referanseverdien for ventetid, ved hvert "
                         "månedsskifte",
                   "en": "Persons ready for settlement who have waited longer than the reference waiting time, at "
                         "each month end"},
    "chart_long_series": {"nb": "Har ventet lenge", "en": "Have waited long"},
    "chart_data": {"nb": "Tallene i figuren", "en": "The figures in the chart"},
    "month": {"nb": "Måned", "en": "Month"},
    "months_short": {"nb": "mnd.", "en": "months"},
    "kommune": {"nb": "Kommune", "en": "Kommune"},
    "fylke": {"nb": "Fylke", "en": "Fylke"},
    "anmodning": {"nb": "Anmodning", "en": "Anmodning (request)"},
    "vedtak": {"nb": "Vedtak", "en": "Vedtak (decision)"},
    "bosatt": {"nb": "Bosatt", "en": "Settled"},
    "category": {"nb": "Kategori", "en": "Category"},
    "status": {"nb": "Status", "en": "Status"},
    "meaning": {"nb": "Betydning", "en": "Meaning"},
    "rule": {"nb": "Regel", "en": "Rule"},
    "provision": {"nb": "Punkt", "en": "Point"},
    "finding": {"nb": "Vurdering", "en": "Assessment"},
    "evidence": {"nb": "Grunnlag", "en": "Evidence"},
    "source": {"nb": "Kilde", "en": "Source"},
    "value": {"nb": "Verdi", "en": "Value"},
    "hash": {"nb": "Sjekksum", "en": "Hash"},
    "file": {"nb": "Fil", "en": "File"},
    "line": {"nb": "Linje", "en": "Line"},
    "rule_file_at": {"nb": "{file}, linje {line}", "en": "{file}, line {line}"},
    "parameter": {"nb": "Terskel", "en": "Threshold"},
    "basis": {"nb": "Grunnlag", "en": "Basis"},
    "used_in": {"nb": "Brukt i", "en": "Used in"},
    "citation": {"nb": "Begrunnelse", "en": "Citation"},
    "footnote": {"nb": "Fotnote", "en": "Footnote"},
    "largest_deviations": {"nb": "Største avvik", "en": "Largest deviations"},
    "figure_sources": {"nb": "Hvor tallene kommer fra", "en": "Where the figures come from"},
    "figures": {"nb": "Tall", "en": "Figures"},
    "subject": {"nb": "Gjelder", "en": "Subject"},
    "contradictions": {"nb": "Filer som ikke stemmer overens", "en": "Files that disagree"},
    "contradictions_intro": {
        "nb": "Disse tallene oppgis ulikt i to filer. Rapporten bruker tallet fra filen som står i tabellen over "
              "for hvert slags tall; sjekk begge filene.",
        "en": "These figures are given differently in two files. The report uses the figure from the file the "
              "table above names for each kind of figure; check both files."},
    "stated": {"nb": "Oppgitt", "en": "Stated"},
    "counted_in": {"nb": "Telt i", "en": "Counted in"},
    "rows": {"nb": "Rader", "en": "Rows"},
    "goals_not_met": {"nb": "Mål som ikke er nådd", "en": "Goals not met"},
    "goals_partly_met": {"nb": "Mål som er delvis nådd", "en": "Goals partly met"},
    "not_met_obligations": {"nb": "Forpliktelser som ikke er oppfylt", "en": "Obligations not met"},
    "partly_met_obligations": {"nb": "Forpliktelser som er delvis oppfylt", "en": "Obligations partly met"},
    "insufficient_obligations": {"nb": "Forpliktelser uten tilstrekkelig grunnlag",
                                 "en": "Obligations with insufficient data"},
    "written_to": {"nb": "Rapporten er skrevet til", "en": "The report is written to"},
    "open_report": {"nb": "Åpne rapporten", "en": "Open the report"},
    "progress_data": {"nb": "Leser data fra {path}", "en": "Reading data from {path}"},
    "progress_rules": {"nb": "Leser regler fra {path}", "en": "Reading rules from {path}"},
    "progress_evaluate": {"nb": "Vurderer {years}", "en": "Evaluating {years}"},
    "progress_write": {"nb": "Skriver rapporten til {path}", "en": "Writing the report to {path}"},
    "error_no_year": {"nb": "datamappen har ingen år å gå gjennom", "en": "the data folder holds no year to review"},
    "error_unknown_year": {"nb": "ingen data for {year}; dataene har {known}",
                           "en": "no data for {year}; the data has {known}"},
    "workbook_about": {"nb": "Om dataene", "en": "About the data"},
    "workbook_findings": {"nb": "Vurderinger", "en": "Assessments"},
    "workbook_indicators": {"nb": "Indikatorer", "en": "Indicators"},
    "workbook_kommuner": {"nb": "Kommuner", "en": "Kommuner"},
    "workbook_real": {"nb": "Dataene er ikke merket som syntetiske.", "en": "The data is not marked synthetic."},
    "workbook_year": {"nb": "År", "en": "Year"},
    "workbook_generated_from": {"nb": "Laget av bosetting review fra disse regelsettene og inndatafilene.",
                                "en": "Made by bosetting review from these rule sets and input files."},
}

# Which input each kind of figure in the report is read from (obligations.review.model.figure_sources).
FIGURE_SOURCES: dict[str, dict[str, str]] = {
    "kommune_aar": {"nb": "Anmodning, vedtak og bosatte per kommune og fylke, og avviksanalysen",
                    "en": "Anmodning, vedtak and settled per kommune and fylke, and the deviation analysis"},
    "nasjonalt": {"nb": "Bosettingsbehovet", "en": "The settlement need"},
    "personer": {"nb": "Bosettingsklare, ventetid og bosatte innen referanseverdien for ventetid, per gruppe og "
                       "per måned",
                 "en": "Ready for settlement, waiting times and settled within the reference waiting time, per group "
                       "and month"},
    "belegg": {"nb": "Belegg i asylmottak og omsorgssentre", "en": "Occupancy of asylmottak and care centres"},
    "kapasitet_endringer": {"nb": "Endringer i mottakskapasitet og varsling av vertskommuner",
                            "en": "Changes in reception capacity and notice to host kommuner"},
    "kommuner": {"nb": "Kommunenes navn, fylke og innbyggertall", "en": "The kommuner's names, fylke and population"},
}

CONTRADICTION_LABELS: dict[str, dict[str, str]] = {
    "bosatt": {"nb": "bosatte", "en": "settled"},
    "bosatt_em": {"nb": "bosatte enslige mindreårige", "en": "settled enslige mindreårige"},
    "bosettingsklare": {"nb": "bosettingsklare ved månedsslutt", "en": "ready for settlement at the month's end"},
    "kommunenummer": {"nb": "bosatte i en kommune uten rad i kommunetabellen",
                      "en": "settled in a kommune with no row in the kommune table"},
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
    "bosatt_over_vedtak": {"nb": "Kommuner bosatte flere enn de hadde vedtatt, eller bosatte uten registrert vedtak "
                                 "(trekker avviket ned)",
                           "en": "Kommuner settled more than they had decided, or settled without a registered vedtak "
                                 "(reduces the gap)"},
    "faerre_bosettingsklare_enn_prognose": {"nb": "Færre bosettingsklare enn prognosen",
                                            "en": "Fewer ready for settlement than forecast"},
}

GROUP_LABELS: dict[str, dict[str, str]] = {
    "enslig_mindreaarig": {"nb": "Enslige mindreårige", "en": "Enslige mindreårige (unaccompanied minors)"},
    "familie_med_barn": {"nb": "Barnefamilier", "en": "Families with children"},
    "voksen_uten_barn": {"nb": "Voksne uten barn", "en": "Adults without children"},
    "saerskilte_behov": {"nb": "Behov for særskilte helse- og omsorgstjenester",
                         "en": "Need for special health and care services"},
}

BASIS_LABELS: dict[str, dict[str, str]] = {
    "agreement": {"nb": "avtalen", "en": "the agreement"},
    "national_goal": {"nb": "nasjonalt mål", "en": "national goal"},
    "criteria_decision": {"nb": "kriteriebeslutning", "en": "criteria decision"},
    "assumption": {"nb": "antakelse", "en": "assumption"},
}

RULESET_KIND_WORDS: dict[str, dict[str, str]] = {
    "obligations": {"nb": "forpliktelsene", "en": "the obligations"},
    "goals": {"nb": "målene", "en": "the goals"},
    "criteria": {"nb": "anmodningskriteriene", "en": "the request criteria"},
}

RULESET_STATUS_LABELS: dict[str, dict[str, str]] = {
    "adopted": {"nb": "vedtatt", "en": "adopted"},
    "draft": {"nb": "utkast", "en": "draft"},
}

# Codes that data values carry (groups, places), in the words a reader knows.
VALUE_WORDS: dict[str, dict[str, str]] = {
    "enslig_mindreaarig": {"nb": "enslige mindreårige", "en": "enslige mindreårige"},
    "familie_med_barn": {"nb": "barnefamilier", "en": "families with children"},
    "voksen_uten_barn": {"nb": "voksne uten barn", "en": "adults without children"},
    "asylmottak": {"nb": "asylmottak", "en": "asylmottak"},
    "omsorgssenter": {"nb": "omsorgssenter", "en": "omsorgssenter"},
    "adopted": {"nb": "vedtatt", "en": "adopted"},
    "draft": {"nb": "utkast", "en": "draft"},
    "antall": {"nb": "antall", "en": "number"},
    "andel": {"nb": "andel", "en": "share"},
    "begge": {"nb": "antall og andel", "en": "number and share"},
    # vedtak_kategori: the same words as the indicator categories of the obligations rule file.
    "over_anmodning": {"nb": "over anmodning", "en": "above the request"},
    "lik_anmodning": {"nb": "lik anmodning", "en": "equal to the request"},
    "under_anmodning": {"nb": "under anmodning", "en": "below the request"},
    "vedtak_null": {"nb": "vedtak om å ikke bosette (0)", "en": "decided to settle none (0)"},
    "ikke_vedtatt": {"nb": "ikke vedtatt", "en": "no vedtak"},
    "ikke_anmodet": {"nb": "ikke anmodet", "en": "not asked"},
}

# The kinds of capacity change the data records, in the agreement's words («opp- og nedbygging»).
CHANGE_WORDS: dict[str, dict[str, str]] = {
    "etablert": {"nb": "etablert", "en": "established"},
    "oppskalert": {"nb": "bygget opp", "en": "built up"},
    "nedskalert": {"nb": "bygget ned", "en": "built down"},
    "nedlagt": {"nb": "nedlagt", "en": "closed"},
}

MONTHS: dict[str, tuple[str, ...]] = {
    "nb": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
MONTHS_SHORT: dict[str, tuple[str, ...]] = {
    "nb": ("jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}

NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "kommune": {"nb": ("kommune", "kommuner"), "en": ("kommune", "kommuner")},
    "fylke": {"nb": ("fylke", "fylker"), "en": ("fylke", "fylker")},
    "vurdering": {"nb": ("vurdering", "vurderinger"), "en": ("assessment", "assessments")},
    "indikator": {"nb": ("indikator", "indikatorer"), "en": ("indicator", "indicators")},
}


def listing(items: Sequence[str], lang: str) -> str:
    """1.2, 1.3 og 3.4: a list in running text, with the language's word for the last link."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {'og' if lang == 'nb' else 'and'} {items[-1]}"


def t(key: str, lang: str, **values: object) -> str:
    text = TEXTS[key][lang]
    return text.format(**values) if values else text


def noun(key: str, count: int, lang: str) -> str:
    """The noun in the number that agrees with `count`: 1 kommune, 2 kommuner."""
    singular, plural = NOUNS[key][lang]
    return singular if count == 1 else plural


def counted(key: str, count: int, lang: str) -> str:
    return f"{format_value(count, lang)} {noun(key, count, lang)}"


_ISO_DATE = re.compile(r"(?<![\w/-])(\d{4})-(\d{2})-(\d{2})(?![\w/-])")
_ISO_MONTH = re.compile(r"(?<![\w/-])(\d{4})-(\d{2})(?![\w/-])")


def human_date(year: int, month: int, day: int | None, lang: str) -> str:
    """1. juni 2027 in bokmål, 1 June 2027 in English; juni 2027 without a day."""
    name = MONTHS[lang][month - 1]
    if day is None:
        return f"{name} {year}"
    return f"{day}. {name} {year}" if lang == "nb" else f"{day} {name} {year}"


def human_dates(text: str, lang: str) -> str:
    """ISO dates (2027-06-01) and months (2027-01) in running text, as a reader writes them.

    Ids that contain a year (A-2027-001, T-2027-01) and paths are left alone.
    """
    def full(match: re.Match[str]) -> str:
        year, month, day = (int(g) for g in match.groups())
        return human_date(year, month, day, lang) if 1 <= month <= 12 and 1 <= day <= 31 else match.group(0)

    def month_only(match: re.Match[str]) -> str:
        year, month = int(match.group(1)), int(match.group(2))
        return human_date(year, month, None, lang) if 1 <= month <= 12 else match.group(0)

    return _ISO_MONTH.sub(month_only, _ISO_DATE.sub(full, text))


_CODES = "|".join(sorted(VALUE_WORDS, key=len, reverse=True))
_VALUE_WORD = re.compile(rf"(?<![\w/:.-])({_CODES})(?![\w/.-])")
_PAIR = re.compile(rf"(?<![\w/:.-])({_CODES})/({_CODES})(?![\w/.-])")


# The fields whose values are codes of the data formats rather than free text.
CODED_FIELDS = frozenset({"okende_maal", "kriterier_status", "vedtak_kategori"})


# Per-month series the data layer writes as "01: 1504, 02: 17 %": the month number, then a count or a share.
_MONTH_ENTRY = re.compile(r"(?<![\w.])(0[1-9]|1[0-2]): (\d+)(?=[ ,%]|$)")


def _month_series(text: str, lang: str) -> str:
    """01: 1504, 02: 17 % -> jan.: 1 504, feb.: 17 %: month names and numbers as the rest of the report writes them."""
    return _MONTH_ENTRY.sub(lambda m: f"{MONTHS_SHORT[lang][int(m.group(1)) - 1]}: "
                                      f"{format_value(int(m.group(2)), lang)}", text)


def value_text(name: str, value: object, lang: str) -> str:
    """An evidence value for a reader: numbers in the language's format, dates written out, codes in words."""
    text = human_dates(format_value(value, lang), lang)
    if isinstance(value, str) and name.endswith("_per_maaned"):
        text = _month_series(text, lang)
    if isinstance(value, str) and name in CODED_FIELDS:
        text = _PAIR.sub(lambda m: f"{VALUE_WORDS[m.group(1)][lang]} i {VALUE_WORDS[m.group(2)][lang]}", text)
        text = _VALUE_WORD.sub(lambda m: VALUE_WORDS[m.group(1)][lang], text)
    return text


def _count(lang: str, noun: str) -> Callable[[re.Match[str]], str]:
    """A count in a citation in the language's number format: 15716 rows -> 15 716 rader."""
    return lambda m: f"{format_value(int(m.group(1)), lang)} {noun}"


# The rule file's own metadata that a criteria finding reads (derive names the fields of the file).
_CRITERIA_METADATA = re.compile(r"\(process:, adopted_by, adopted_on\)")
_BEFORE_AGREEMENT = re.compile(r"\b(\d{4}): before the rule set is in force")

_SOURCE_NB: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r":line (\d+)"), r", linje \1"),
    (re.compile(r", line (\d+)"), r", linje \1"),
    (re.compile(r"(\d+) rows\b"), _count("nb", "rader")),
    (re.compile(r"(\d+) entries, (\d+) from "), r"\1 oppføringer, \2 fra "),
    (re.compile(r"(\d+) entries\b"), r"\1 oppføringer"),
    (re.compile(r"no report published in (\d{4})"), r"ingen rapport publisert i \1"),
    (re.compile(r"no tiltak for ([\d.]+)"), r"ingen tiltak for \1"),
    (re.compile(r"nothing documented for ([\d.]+)"), r"ingenting dokumentert for \1"),
    (re.compile(r"\(no criteria rule set in force for the year\)"), "(ingen kriterier i kraft for året)"),
    (_CRITERIA_METADATA, "(regelfilens opplysninger om forslag, anbefaling og fastsetting)"),
    (_BEFORE_AGREEMENT, r"\1 er før avtalen"),
    (re.compile(r"\brow (\d+)"), r"rad \1"),
)
_SOURCE_EN: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r":line (\d+)"), r", line \1"),
    (re.compile(r"(\d+) rows\b"), _count("en", "rows")),
    (_CRITERIA_METADATA, "(the rule file's record of proposal, recommendation and adoption)"),
    (_BEFORE_AGREEMENT, r"\1 is before the agreement"),
)


def source_text(source: str, lang: str) -> str:
    """A citation of input files and rows (as the data layer writes it) in the report's language."""
    for pattern, replacement in _SOURCE_NB if lang == "nb" else _SOURCE_EN:
        source = pattern.sub(replacement, source)
    return source


# The project's own working notes are not documents the parties have: a citation that points to one is shown
# without that pointer (the rule files should drop it; see the report on issue 15).
_PRIVATE_NOTE = re.compile(r",?\s*\bdomain\.md\s*§\s*\d+")


def reader_citation(text: str) -> str:
    cleaned = _PRIVATE_NOTE.sub("", text)
    return re.sub(r"\(\s*\)", "", re.sub(r"\(\s*,\s*", "(", cleaned)).strip()
