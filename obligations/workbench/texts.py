"""The words of the workbench page, in bokmål and English."""

from __future__ import annotations

LANGS = ("nb", "en")

WORDS: dict[str, dict[str, str]] = {
    "title": {"nb": "Arbeidsbenk for anmodningskriterier", "en": "Workbench for the request criteria"},
    "intro": {"nb": "Endre en parameter i kriteriene og se hvilke kommuner som anmodes, hvordan anmodningen endres "
                    "per kommune og per fylke, og hvordan behovet fordeles. Lagre det du har prøvd som et utkast til "
                    "regelfil.",
              "en": "Change a parameter of the criteria and see which kommuner are asked, how the request changes "
                    "per kommune and per fylke, and how the need is spread. Save what you tried as a draft rule "
                    "file."},
    "skip": {"nb": "Gå til resultatet", "en": "Skip to the result"},
    "language": {"nb": "Språk", "en": "Language"},
    "other_language": {"nb": "English", "en": "Norsk (bokmål)"},
    "choose": {"nb": "Kriterier og data", "en": "Criteria and data"},
    "version": {"nb": "Kriterieversjon", "en": "Criteria version"},
    "compare_with": {"nb": "Sammenlign med", "en": "Compare with"},
    "data_year": {"nb": "Dataår", "en": "Data year"},
    "need": {"nb": "Bosettingsbehov", "en": "Settlement need"},
    "need_em": {"nb": "Herav enslige mindreårige", "en": "Of which unaccompanied minors"},
    "need_hint": {"nb": "Tomt: tallet i dataene ({need}, herav {need_em}).",
                  "en": "Empty: the data's figure ({need}, of which {need_em})."},
    "need_invalid": {"nb": "må være et helt tall, 0 eller mer", "en": "must be a whole number, 0 or more"},
    "update": {"nb": "Beregn", "en": "Calculate"},
    "reset": {"nb": "Tilbakestill", "en": "Reset"},
    "parameters": {"nb": "Parametere", "en": "Parameters"},
    "parameters_intro": {"nb": "Hver verdi vises med enhet, grunnlag og kilde. En endret verdi kontrolleres med de "
                               "samme reglene som «bosetting validate».",
                         "en": "Each value is shown with its unit, basis and citation. A changed value is checked by "
                               "the same rules as 'bosetting validate'."},
    "parameter": {"nb": "Parameter", "en": "Parameter"},
    "value": {"nb": "Verdi", "en": "Value"},
    "unit": {"nb": "Enhet", "en": "Unit"},
    "basis": {"nb": "Grunnlag", "en": "Basis"},
    "citation": {"nb": "Kilde", "en": "Citation"},
    "in_base": {"nb": "i {key}: {value}", "en": "in {key}: {value}"},
    "changed": {"nb": "endret", "en": "changed"},
    "number": {"nb": "tall", "en": "a number"},
    "whole_number": {"nb": "helt tall", "en": "a whole number"},
    "at_least": {"nb": "minst {low}", "en": "at least {low}"},
    "at_most": {"nb": "høyst {high}", "en": "at most {high}"},
    "refused": {"nb": "Avvist av validatoren", "en": "Refused by the validator"},
    "errors_heading": {"nb": "Dette må rettes", "en": "To be corrected"},
    "changes": {"nb": "Hvem endret, og hvorfor", "en": "Who changed it, and why"},
    "changes_intro": {"nb": "Utkastet skal si hvem som endret hver parameter og hvorfor.",
                      "en": "The draft says who changed each parameter and why."},
    "no_changes": {"nb": "Ingen parameter er endret ennå.", "en": "No parameter has been changed yet."},
    "changed_by": {"nb": "Endret av", "en": "Changed by"},
    "reason": {"nb": "Begrunnelse", "en": "Reason"},
    "missing": {"nb": "mangler: skriv det inn før du lagrer utkastet", "en": "missing: enter it before you save the "
                "draft"},
    "export": {"nb": "Lagre som utkast til regelfil", "en": "Save as a draft rule file"},
    "export_hint": {"nb": "Filen blir {file}: versjon {version}, status utkast. Kontroller den med «bosetting "
                          "validate» og sammenlign med «bosetting rules diff {base} FIL».",
                    "en": "The file will be {file}: version {version}, status draft. Check it with 'bosetting "
                          "validate' and compare it with 'bosetting rules diff {base} FILE'."},
    "result": {"nb": "Resultat", "en": "Result"},
    "result_pending": {"nb": "Resultatet vises når verdiene er godkjent.",
                       "en": "The result is shown when the values are accepted."},
    "comparing": {"nb": "{a} sammenlignet med {b}, data for {year}, behov {need}, herav {need_em} enslige "
                        "mindreårige.",
                  "en": "{a} compared with {b}, data for {year}, need {need}, of which {need_em} unaccompanied "
                        "minors."},
    "reference": {"nb": "Sammenligning", "en": "Comparison"},
    "variant": {"nb": "Variant", "en": "Variant"},
    "status_changes": {"nb": "Kommuner som endrer status", "en": "Kommuner that change status"},
    "status_changes_none": {"nb": "Ingen kommune endrer status (anmodet / ikke anmodet).",
                            "en": "No kommune changes status (asked / not asked)."},
    "kommune_changes": {"nb": "Endring i anmodningen per kommune", "en": "Change in the request per kommune"},
    "kommune_changes_none": {"nb": "Ingen kommune får en annen anmodning.", "en": "No kommune's request changes."},
    "fylke_changes": {"nb": "Endring i anmodningen per fylke", "en": "Change in the request per fylke"},
    "kommune": {"nb": "Kommune", "en": "Kommune"},
    "fylke": {"nb": "Fylke", "en": "Fylke"},
    "status": {"nb": "Status", "en": "Status"},
    "request": {"nb": "Anmodning", "en": "Request"},
    "request_em": {"nb": "herav EM", "en": "of which EM"},
    "difference": {"nb": "Endring", "en": "Change"},
    "difference_em": {"nb": "Endring EM", "en": "Change EM"},
    "asked_count": {"nb": "Kommuner anmodet", "en": "Kommuner asked"},
    "total": {"nb": "Sum", "en": "Total"},
    "new": {"nb": "anmodes nå", "en": "now asked"},
    "dropped": {"nb": "anmodes ikke lenger", "en": "no longer asked"},
    "same": {"nb": "uendret", "en": "same"},
    "charts": {"nb": "Anmodning per fylke og kommune", "en": "Request per fylke and kommune"},
    "chart_fylker": {"nb": "Anmodning per fylke", "en": "Request per fylke"},
    "chart_fylke": {"nb": "Anmodning per kommune i {fylke}", "en": "Request per kommune in {fylke}"},
    "chart_kommuner_note": {"nb": "Kommuner med anmodning i minst én av versjonene.",
                            "en": "Kommuner with a request under at least one of the versions."},
    "spread": {"nb": "Hvor mange anmodes, og hvordan behovet fordeles", "en": "How many are asked, and how the "
               "need is spread"},
    "measure": {"nb": "Mål", "en": "Measure"},
    "asked_em_count": {"nb": "Kommuner anmodet om enslige mindreårige", "en": "Kommuner asked for unaccompanied "
                       "minors"},
    "need_total": {"nb": "Behov fordelt", "en": "Need distributed"},
    "smallest": {"nb": "Minste anmodning", "en": "Smallest request"},
    "median": {"nb": "Median anmodning", "en": "Median request"},
    "largest": {"nb": "Største anmodning", "en": "Largest request"},
    "top_ten": {"nb": "Andel av behovet til de 10 største", "en": "Share of the need to the 10 largest"},
    "band": {"nb": "Kommuner anmodet om {band}", "en": "Kommuner asked for {band}"},
    "allocation_error": {"nb": "Behovet kan ikke fordeles", "en": "The need cannot be distributed"},
    "synthetic": {"nb": "SYNTETISKE DATA – tallene er ikke reelle", "en": "SYNTHETIC DATA – the figures are not real"},
    "draft_banner": {"nb": "UTKAST – ikke vedtatte kriterier: {key}", "en": "DRAFT – criteria not adopted: {key}"},
    "updated": {"nb": "Resultatet er oppdatert: {count} kommuner endrer status.",
                "en": "The result is updated: {count} kommuner change status."},
    "nothing_to_export": {"nb": "Endre minst én parameter før du lagrer et utkast.",
                          "en": "Change at least one parameter before you save a draft."},
    "export_refused": {"nb": "Utkastet ble ikke lagret", "en": "The draft was not saved"},
    "kept": {"nb": "Beholdte varianter", "en": "Kept variants"},
    "kept_intro": {"nb": "Gi varianten du ser på et navn og behold den, så kan du sammenligne den med de neste "
                         "endringene, eller to beholdte varianter med hverandre. Varianten lagres ikke som fil: den "
                         "følger med i sidens adresse, så et bokmerke tar vare på den.",
                   "en": "Give the variant you are looking at a name and keep it, to compare it with the next changes, "
                         "or two kept variants with each other. The variant is not saved as a file: it travels in "
                         "the page's address, so a bookmark keeps it."},
    "keep_name": {"nb": "Navn på varianten", "en": "Name of the variant"},
    "keep_name_hint": {"nb": "Tomt: «Variant 1», «Variant 2» og så videre.",
                       "en": "Empty: 'Variant 1', 'Variant 2' and so on."},
    "keep": {"nb": "Behold denne varianten", "en": "Keep this variant"},
    "kept_default": {"nb": "Variant {n}", "en": "Variant {n}"},
    "kept_none": {"nb": "Ingen variant er beholdt ennå.", "en": "No variant has been kept yet."},
    "kept_table": {"nb": "Variantene som er beholdt", "en": "The variants kept"},
    "kept_name": {"nb": "Navn", "en": "Name"},
    "kept_version": {"nb": "Kriterieversjon", "en": "Criteria version"},
    "kept_changes": {"nb": "Endrede parametere", "en": "Changed parameters"},
    "kept_actions": {"nb": "Handlinger", "en": "Actions"},
    "kept_unchanged": {"nb": "ingen, som i {key}", "en": "none, as in {key}"},
    "kept_compared": {"nb": "sammenlignes med nå", "en": "compared with now"},
    "kept_group": {"nb": "Beholdte varianter", "en": "Kept variants"},
    "versions_group": {"nb": "Kriterieversjoner", "en": "Criteria versions"},
    "edit": {"nb": "Åpne", "en": "Open"},
    "edit_hint": {"nb": "i redigeringen", "en": "in the editor"},
    "drop": {"nb": "Fjern", "en": "Remove"},
    "keep_refused": {"nb": "rett feilene i varianten før du beholder den",
                     "en": "correct the errors in the variant before you keep it"},
    "kept_full": {"nb": "høyst {n} varianter kan beholdes: fjern en først",
                  "en": "at most {n} variants can be kept: remove one first"},
    "kept_name_used": {"nb": "navnet er allerede brukt av en beholdt variant",
                       "en": "the name is already used by a kept variant"},
    "kept_invalid": {"nb": "Den beholdte varianten «{name}» kan ikke brukes: {problem}",
                     "en": "The kept variant '{name}' cannot be used: {problem}"},
    "kept_no_version": {"nb": "denne kriterieversjonen finnes ikke blant reglene",
                        "en": "this criteria version is not among the rules"},
    "footer": {"nb": "Kjører lokalt på denne maskinen; ingenting hentes fra nettet.",
               "en": "Runs locally on this machine; nothing is fetched from the network."},
}

BASIS_LABELS = {
    "agreement": {"nb": "avtalen", "en": "the agreement"},
    "national_goal": {"nb": "nasjonalt mål", "en": "national goal"},
    "criteria_decision": {"nb": "kriterievedtak", "en": "criteria decision"},
    "assumption": {"nb": "antakelse", "en": "assumption"},
}


def words(lang: str) -> dict[str, str]:
    """Every word of the page in one language."""
    return {key: texts[lang] for key, texts in WORDS.items()}
