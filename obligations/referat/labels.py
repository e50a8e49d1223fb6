"""The referat template's fixed wording and layout, shared by the writer and the reader.

The reader finds each field by the label in the first column of its row (either language),
and each point's table by the point id in its first cell, backed by a bookmark around that
cell. What survives a secretariat's edit: Word keeps bookmarks, content controls and table
titles; LibreOffice 7.4, tried on an edited file (`libreoffice --headless --convert-to docx`),
keeps bookmarks and visible text but drops content-control tags and table titles. So the
template relies on visible labels and bookmarks only.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from bosetting.engine.render import MONTHS

# 2: the table of the parties' statements under "Varighet og oppsigelse" (version 1 had none; both read).
TEMPLATE_VERSION = "2"
BOOKMARK_PREFIX = "referat_"
META_BOOKMARK = f"{BOOKMARK_PREFIX}om_dokumentet"
MEETING_BOOKMARK = f"{BOOKMARK_PREFIX}moete"
PARTICIPANTS_BOOKMARK = f"{BOOKMARK_PREFIX}deltakere"
PREVIOUS_BOOKMARK = f"{BOOKMARK_PREFIX}tidligere_oppfolging"
STATEMENTS_BOOKMARK = f"{BOOKMARK_PREFIX}erklaeringer"
POINT_BOOKMARK_PREFIX = f"{BOOKMARK_PREFIX}punkt_"

LABELS: dict[str, dict[str, str]] = {
    "title": {"nb": "Referat fra konsultasjonsmøtet: årlig gjennomgang av samarbeidsavtalen for {year}",
              "en": "Minutes of the consultation meeting: yearly review of the cooperation agreement for {year}"},
    "draft": {"nb": "UTKAST – mal til referat",
              "en": "DRAFT – template for the minutes"},
    "intro": {
        "nb": "Dette er en mal for referatet fra den årlige gjennomgangen i konsultasjonsordningen mellom KS og "
              "regjeringen («Resultatet skal referatføres»). For hvert mål og hver forpliktelse står verktøyets "
              "grunnlag på én linje; det er ett innspill ved siden av partenes egen vurdering. Partenes omforente "
              "vurdering, hver parts merknad eller dissens og avtalt oppfølging føres i de tomme feltene.",
        "en": "This is a template for the minutes of the yearly review in the consultation arrangement between KS "
              "and the government (\u201cResultatet skal referatføres\u201d: the result shall be minuted). For each "
              "goal and obligation the tool's basis is given in one line; it is one input beside the parties' own "
              "assessment. The parties' agreed assessment, each party's remarks or dissent and the agreed "
              "follow-up are written in the empty fields."},
    "how_to": {
        "nb": "Slik fylles malen ut: Skriv bare i de tomme feltene. Ikke endre første rad i tabellene (punktets "
              "nummer) eller tekstene i første kolonne: verktøyet finner feltene ved dem når referatet leses inn "
              "igjen. Legg til rader for flere deltakere eller flere oppfølgingspunkter. Skriv datoer som "
              "30.06.2027, 30. juni 2027 eller 2027-06-30, dissens som ja eller nei, og ansvarlig som en av: "
              "{owners}. Et punkt som ikke ble behandlet, står tomt.",
        "en": "How to fill in the template: write only in the empty fields. Do not change the first row of a table "
              "(the point's number) or the texts of the first column: the tool finds the fields by them when the "
              "minutes are read back. Add rows for more participants or more follow-ups. Write dates as "
              "30.06.2027, 30 June 2027 or 2027-06-30, dissent as yes or no, and the owner as one of: {owners}. "
              "A point that was not discussed is left empty."},
    "parties": {"nb": "Partene er KS og fire departementer ({parties}).",
                "en": "The parties are KS and four ministries ({parties})."},
    "synthetic": {
        "nb": "SYNTETISKE DATA: Verktøyets grunnlag i denne malen bygger på syntetiske tall laget for å prøve ut "
              "verktøyet. Ingen tall eller statuser her beskriver virkeligheten.",
        "en": "SYNTHETIC DATA: the tool's basis in this template is built from synthetic figures made to exercise "
              "the tool. No figure or status here describes reality."},
    "meta_document": {"nb": "Dokument", "en": "Document"},
    "meta_document_value": {"nb": "Referatmal, versjon {version}", "en": "Minutes template, version {version}"},
    "meta_year": {"nb": "År som gjennomgås", "en": "Year reviewed"},
    "meta_synthetic": {"nb": "Syntetiske data", "en": "Synthetic data"},
    "meeting": {"nb": "Møtet", "en": "The meeting"},
    "meeting_date": {"nb": "Dato for møtet", "en": "Date of the meeting"},
    "participants": {"nb": "Deltakere", "en": "Participants"},
    "participant_name": {"nb": "Navn", "en": "Name"},
    "participant_org": {"nb": "Part eller virksomhet", "en": "Party or organisation"},
    "goals": {"nb": "Mål", "en": "Goals"},
    "obligations": {"nb": "Forpliktelser etter part", "en": "Obligations by party"},
    "point": {"nb": "Punkt", "en": "Point"},
    "basis": {"nb": "Verktøyets grunnlag", "en": "The tool's basis"},
    "agreed": {"nb": "Omforent vurdering", "en": "Agreed assessment"},
    "remarks": {"nb": "Part", "en": "Party"},
    "remark_text": {"nb": "Partens merknad eller dissens", "en": "The party's remark or dissent"},
    "dissent": {"nb": "Dissens (ja/nei)", "en": "Dissent (yes/no)"},
    "follow_up": {"nb": "Oppfølging", "en": "Follow-up"},
    "follow_up_text": {"nb": "Hva skal gjøres", "en": "What is to be done"},
    "owner": {"nb": "Ansvarlig", "en": "Owner"},
    "deadline": {"nb": "Frist", "en": "Deadline"},
    "previous": {"nb": "Oppfølging avtalt i referatet for {year}", "en": "Follow-up agreed in the minutes for {year}"},
    "previous_intro": {
        "nb": "Har den ansvarlige rapportert oppfølgingen som utført? Skriv ja eller nei, datoen for rapporten og "
              "hva som ble rapportert. Står feltet tomt, er ingen rapport ført.",
        "en": "Has the owner reported the follow-up as done? Write yes or no, the date of the report and what was "
              "reported. An empty field means that no report is recorded."},
    "previous_id": {"nb": "Id", "en": "Id"},
    "previous_what": {"nb": "Oppfølging (ansvarlig, frist)", "en": "Follow-up (owner, deadline)"},
    "previous_done": {"nb": "Rapportert utført (ja/nei)", "en": "Reported done (yes/no)"},
    "previous_date": {"nb": "Dato for rapporten", "en": "Date of the report"},
    "previous_note": {"nb": "Merknad", "en": "Note"},
    "statements": {"nb": "Erklæringer etter avtalens «Varighet og oppsigelse»",
                   "en": "Statements under the agreement's «Varighet og oppsigelse» (duration and termination)"},
    "statements_intro": {
        "nb": "Avtalen: «Dersom en av partene i løpet av perioden mener at vilkårene for å oppfylle avtalen ikke er "
              "til stede, skal en videreføring av avtalen drøftes innenfor gjeldende konsultasjonsordning mellom KS "
              "og regjeringen.» og «Oppsigelse av avtalen skal gis med minst en måneds varsel dersom en av partene "
              "ønsker å si opp avtalen.» Har en part gitt en slik erklæring i {year} eller på møtet, føres den her, "
              "én rad for hver: hva den gjelder ({kinds}), parten, datoen og hva parten erklærte. Står tabellen tom, "
              "er ingen erklæring ført.",
        "en": "The agreement: \u201cDersom en av partene i løpet av perioden mener at vilkårene for å oppfylle "
              "avtalen ikke er til stede, skal en videreføring av avtalen drøftes innenfor gjeldende "
              "konsultasjonsordning mellom KS og regjeringen.\u201d (if a party considers that the conditions for "
              "fulfilling the agreement are not present, its continuation is discussed) and \u201cOppsigelse av "
              "avtalen skal gis med minst en måneds varsel dersom en av partene ønsker å si opp avtalen.\u201d "
              "(notice of termination is given at least one month ahead). If a party gave such a statement in "
              "{year} or at the meeting, write it here, one row each: what it concerns ({kinds}), the party, the "
              "date and what the party stated. An empty table means that no statement is recorded."},
    "statement_kind": {"nb": "Gjelder", "en": "Concerns"},
    "statement_party": {"nb": "Part", "en": "Party"},
    "statement_date": {"nb": "Dato", "en": "Date"},
    "statement_text": {"nb": "Hva parten erklærte", "en": "What the party stated"},
    "statement_vilkaar_ikke_til_stede": {"nb": "Vilkårene ikke til stede", "en": "Conditions not present"},
    "statement_oppsigelse": {"nb": "Oppsigelse", "en": "Notice of termination"},
    "yes": {"nb": "ja", "en": "yes"},
    "no": {"nb": "nei", "en": "no"},
}

# The parties' abbreviations are the same in both languages; the full names help the reader of the template.
PARTY_NAMES = {
    "KS": "KS",
    "AID": "Arbeids- og inkluderingsdepartementet",
    "JD": "Justis- og beredskapsdepartementet",
    "BFD": "Barne- og familiedepartementet",
    "KDD": "Kommunal- og distriktsdepartementet",
}


def label(key: str, lang: str, **values: object) -> str:
    text = LABELS[key][lang]
    return text.format(**values) if values else text


def normalise(text: str) -> str:
    """Text compared as a label: case, spacing, a trailing colon and typographic variants do not matter."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u2019", "'").strip().rstrip(":")
    return re.sub(r"\s+", " ", text).casefold()


def is_label(text: str, key: str) -> bool:
    return normalise(text) in {normalise(v) for v in LABELS[key].values()}


def point_bookmark(point_id: str) -> str:
    """A bookmark name for a point: letters, digits and underscores only, as Word requires."""
    return POINT_BOOKMARK_PREFIX + re.sub(r"[^0-9A-Za-z]", "_", point_id)


_YES = {"ja", "j", "yes", "y", "x"}
_NO = {"nei", "n", "no"}


def parse_yes_no(text: str) -> bool | None:
    """True for ja/yes/x, False for nei/no, None for an empty field; ValueError for anything else."""
    word = normalise(text).rstrip(".")
    if not word:
        return None
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise ValueError(f"'{text.strip()}' is neither ja nor nei (yes or no)")


_MONTH_NUMBERS = {name.casefold(): i + 1 for names in MONTHS.values() for i, name in enumerate(names)}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_WORDS = re.compile(r"^(\d{1,2})\.? ([a-zæøå]+)\.? (\d{4})$")


def parse_date(text: str) -> date:
    """A date as a secretariat writes it: 2027-06-30, 30.06.2027, 30.6.2027, 30. juni 2027 or 30 June 2027."""
    cleaned = normalise(text).replace(",", "")
    parts: tuple[int, int, int] | None = None
    if match := _ISO.match(cleaned):
        parts = (int(match[1]), int(match[2]), int(match[3]))
    elif match := _DAY_FIRST.match(cleaned):
        parts = (int(match[3]), int(match[2]), int(match[1]))
    elif (match := _WORDS.match(cleaned)) and match[2] in _MONTH_NUMBERS:
        parts = (int(match[3]), _MONTH_NUMBERS[match[2]], int(match[1]))
    if parts is None:
        raise ValueError(f"'{text.strip()}' is not a date: write it as 30.06.2027, 30. juni 2027 or 2027-06-30")
    try:
        return date(*parts)
    except ValueError as exc:
        raise ValueError(f"'{text.strip()}' is not a real date ({exc})") from None
