"""The parties' conclusions in the review: last year's referat beside this year's findings, and the template.

The review of year Y shows what the parties minuted for Y-1 (registre/referat.yaml of Y-1): per
point, next to the tool's finding, the agreed assessment, each party's remarks or dissent and the
follow-ups; and a section listing those follow-ups with whether they were reported done (reports
are recorded in the referat of Y, under `oppfolging_rapportert`). It also writes the referat
template for Y (referat-mal-Y.docx), which `bosetting referat import` reads back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bosetting.engine.findings import STATUS_LABELS
from bosetting.engine.render import format_date
from bosetting.obligations.data.records import Dataset, FollowUp, FollowUpReport, Referat
from bosetting.obligations.review.document import Block, BulletList, Emph, Heading, Paragraph, Strong, Table

if TYPE_CHECKING:
    from bosetting.obligations.review.model import ProvisionView, ReviewModel

TEXTS: dict[str, dict[str, str]] = {
    "section": {"nb": "Partenes konklusjoner for {year}", "en": "The parties' conclusions for {year}"},
    "section_no_year": {"nb": "Forrige års konklusjoner og oppfølging", "en": "Last year's conclusions and follow-up"},
    "meeting": {"nb": "Referat fra konsultasjonsmøtet {day}, med {count} deltakere ({orgs}).",
                "en": "Minutes of the consultation meeting on {day}, with {count} participants ({orgs})."},
    "beside": {"nb": "Partenes konklusjon på hvert punkt står ved verktøyets funn for {year} nedenfor.",
               "en": "The parties' conclusion on each point is shown beside the tool's findings for {year} below."},
    "synthetic": {"nb": "Referatet er syntetisk: laget for å vise hvordan verktøyet leser partenes konklusjoner. "
                        "Ingen part har skrevet det.",
                  "en": "The minutes are synthetic: made to show how the tool reads the parties' conclusions. No "
                        "party wrote them."},
    "none": {"nb": "Det er ikke lest inn noe referat for {year}.", "en": "No minutes for {year} have been read in."},
    "first_year": {"nb": "{year} er avtalens første år; det finnes ikke referat fra en tidligere gjennomgang etter "
                         "denne avtalen.",
                   "en": "{year} is the agreement's first year; there are no minutes of an earlier review under this "
                         "agreement."},
    "no_previous_data": {"nb": "Dataene har ikke {year}, så det er ikke lest inn noe referat for {year}.",
                         "en": "The data does not cover {year}, so no minutes for {year} have been read in."},
    "follow_ups": {"nb": "Oppfølging avtalt for {year}", "en": "Follow-up agreed for {year}"},
    "follow_up_counts": {"nb": "{total} {noun} avtalt: {done} rapportert utført, {not_done} rapportert ikke utført, "
                               "{missing} uten rapport.",
                         "en": "{total} {noun} agreed: {done} reported done, {not_done} reported not done, "
                               "{missing} without a report."},
    "follow_up_noun": {"nb": "oppfølgingspunkt", "en": "follow-up"},
    "follow_up_nouns": {"nb": "oppfølgingspunkter", "en": "follow-ups"},
    "no_follow_ups": {"nb": "Referatet har ingen avtalt oppfølging.", "en": "The minutes record no follow-up."},
    "id": {"nb": "Id", "en": "Id"},
    "point": {"nb": "Punkt", "en": "Point"},
    "what": {"nb": "Oppfølging", "en": "Follow-up"},
    "owner": {"nb": "Ansvarlig", "en": "Owner"},
    "deadline": {"nb": "Frist", "en": "Deadline"},
    "status": {"nb": "Status", "en": "Status"},
    "done": {"nb": "rapportert utført", "en": "reported done"},
    "not_done": {"nb": "rapportert ikke utført", "en": "reported not done"},
    "not_reported": {"nb": "ingen rapport", "en": "no report"},
    "conclusion": {"nb": "Partenes konklusjon for {year}", "en": "The parties' conclusion for {year}"},
    "conclusion_source": {"nb": "referat fra {day}", "en": "minutes of {day}"},
    "agreed": {"nb": "Omforent vurdering", "en": "Agreed assessment"},
    "remark": {"nb": "Merknad fra {party}", "en": "Remark by {party}"},
    "dissent": {"nb": "dissens", "en": "dissent"},
    "follow_up": {"nb": "Oppfølging", "en": "Follow-up"},
    "owner_deadline": {"nb": "ansvarlig {owner}, frist {deadline}", "en": "owner {owner}, deadline {deadline}"},
    "kommune_counts": {"nb": "Kommunevise funn", "en": "Findings per kommune"},
}


def _t(key: str, lang: str, **values: object) -> str:
    text = TEXTS[key][lang]
    return text.format(**values) if values else text


@dataclass(frozen=True)
class FollowUpStatus:
    """A follow-up of last year's referat and the report on it recorded in this year's referat, if any."""

    follow_up: FollowUp
    report: FollowUpReport | None

    @property
    def state(self) -> str:
        if self.report is None:
            return "not_reported"
        return "done" if self.report.utfort else "not_done"


@dataclass(frozen=True)
class ReferatView:
    """What the review of `review_year` shows of the parties' conclusions for the year before."""

    review_year: int
    year: int
    referat: Referat | None  # None: no referat of the meeting for `year` has been read in
    follow_ups: tuple[FollowUpStatus, ...]


def referat_view(dataset: Dataset, year: int) -> ReferatView | None:
    """Last year's conclusions, when the data covers last year; None for the first year of the data."""
    previous = year - 1
    if previous not in dataset.kommune_years and previous not in dataset.referat:
        return None
    referat = dataset.referat.get(previous)
    if referat is None or referat.moete_dato is None:
        return ReferatView(year, previous, None, ())
    current = dataset.referat.get(year)
    reports = {r.oppfolging: r for r in current.rapporter} if current else {}
    statuses = tuple(FollowUpStatus(f, reports.get(f.id)) for f in referat.follow_ups)
    return ReferatView(year, previous, referat, statuses)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")
MAX_BASIS_CHARS = 240


def deciding_basis(view: ProvisionView, lang: str) -> str:
    """The whole explanation of the finding that decides the point's status (the first finding with that status),
    or the counts of a per-kommune rule; "" when the point has neither. Whole, because its qualifications (an
    assumption, an agreed exception, what is not assessed) are what the status rests on.
    """
    deciding = next((f for f in view.findings if f.status == view.status), view.findings[0] if view.findings else None)
    if deciding is not None:
        return deciding.explanation[lang].strip()
    if view.groups:
        counts = ", ".join(f"{label[lang]} {n}" for _, label, n in view.groups[0].counts)
        return f"{_t('kommune_counts', lang)}: {counts}."
    return ""


def basis_line(view: ProvisionView, lang: str) -> str:
    """The tool's basis for a point in one line, for the referat template's table: its status word, and the first
    sentence of the deciding finding (the review itself, beside the template, has the whole finding).
    """
    status = STATUS_LABELS[view.status][lang]
    status = status[0].upper() + status[1:]
    basis = deciding_basis(view, lang)
    if not basis:
        return status
    sentence = _SENTENCE_END.split(basis, maxsplit=1)[0]
    if len(sentence) > MAX_BASIS_CHARS:
        sentence = sentence[:MAX_BASIS_CHARS].rsplit(" ", 1)[0] + " …"
    return f"{status} – {sentence}"


def template_name(year: int) -> str:
    return f"referat-mal-{year}.docx"


def template_file(model: ReviewModel, lang: str) -> bytes:
    """The referat template for the model's year, with last year's follow-ups to report on."""
    # The template's writer (and lxml, which it uses for python-docx's default parts) is imported here, when a
    # template is written: the period evaluation and the report's content use this module without it.
    from bosetting.obligations.referat.template import PreviousFollowUp, TemplatePoint, template_docx

    points = [TemplatePoint(g.id, g.title[lang], "goals", "", basis_line(g, lang)) for g in model.goals]
    points += [TemplatePoint(v.id, v.title[lang], "obligations", party, basis_line(v, lang))
               for party, views in model.parties for v in views]
    view = model.referat
    previous = [PreviousFollowUp(s.follow_up, s.report) for s in view.follow_ups] if view else []
    return template_docx(model.year, lang, model.synthetic, points, view.year if view else None, previous)


def _organisations(referat: Referat) -> str:
    seen: list[str] = []
    for participant in referat.deltakere:
        if participant.virksomhet not in seen:
            seen.append(participant.virksomhet)
    return ", ".join(seen)


def _status_text(status: FollowUpStatus, lang: str) -> str:
    if status.report is None:
        return _t("not_reported", lang)
    text = _t(status.state, lang)
    if status.report.dato:
        text += f" {format_date(status.report.dato, lang)}"
    if status.report.merknad:
        text += f" – {status.report.merknad}"
    return text


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def section_title(view: ReferatView | None, lang: str) -> str:
    """The section's heading: it names the year whose conclusions it shows, when there is one."""
    return _t("section", lang, year=view.year) if view is not None else _t("section_no_year", lang)


def section_blocks(view: ReferatView | None, lang: str, year: int, first_year: int | None = None) -> list[Block]:
    """The section's content on last year's conclusions and follow-ups.

    `year` is the year reviewed and `first_year` the agreement's first; without data for the year before, the
    section says why there is no referat to show.
    """
    if view is None:
        key = "first_year" if year == first_year else "no_previous_data"
        return [Paragraph((_t(key, lang, year=year if key == "first_year" else year - 1),), role="note")]
    referat = view.referat
    if referat is None or referat.moete_dato is None:
        return [Paragraph((_t("none", lang, year=view.year),), role="note")]
    blocks: list[Block] = [Paragraph((_t("meeting", lang, day=format_date(referat.moete_dato, lang),
                                         count=len(referat.deltakere), orgs=_organisations(referat)) + " "
                                      + _t("beside", lang, year=view.review_year),))]
    if referat.synthetic:
        blocks.append(Paragraph((Emph((_t("synthetic", lang),)),), role="synthetic"))
    blocks.append(Heading(3, (_t("follow_ups", lang, year=view.year),)))
    if not view.follow_ups:
        return [*blocks, Paragraph((_t("no_follow_ups", lang),))]
    states = [s.state for s in view.follow_ups]
    noun = _t("follow_up_noun" if len(states) == 1 else "follow_up_nouns", lang)
    blocks.append(Paragraph((_t("follow_up_counts", lang, total=len(states), noun=noun, done=states.count("done"),
                                not_done=states.count("not_done"), missing=states.count("not_reported")),)))
    header = [_t(k, lang) for k in ("id", "point", "what", "owner", "deadline", "status")]
    rows = [[(f.id,), (f.punkt,), (f.tiltak,), (f.ansvarlig,), (format_date(f.frist, lang),),
             (_status_text(status, lang),)] for status in view.follow_ups for f in (status.follow_up,)]
    return [*blocks, Table(header, rows)]


def point_blocks(view: ReferatView | None, point_id: str, lang: str) -> list[Block]:
    """Last year's conclusion on one point, to stand beside this year's finding (empty when none was minuted)."""
    if view is None or view.referat is None or view.referat.moete_dato is None:
        return []
    point = view.referat.point(point_id)
    if point is None:
        return []
    day = format_date(view.referat.moete_dato, lang)
    items: list[tuple[object, ...]] = []
    if point.omforent_vurdering:
        items.append((f"{_t('agreed', lang)}: {point.omforent_vurdering}",))
    for remark in point.merknader:
        dissent = f" ({_t('dissent', lang)})" if remark.dissens else ""
        items.append((f"{_t('remark', lang, party=remark.part)}{dissent}: {remark.tekst}",))
    statuses = {s.follow_up.id: s for s in view.follow_ups}
    for f in point.oppfolging:
        owner = _t("owner_deadline", lang, owner=f.ansvarlig, deadline=format_date(f.frist, lang))
        status = _status_text(statuses[f.id], lang)
        items.append((f"{_t('follow_up', lang)} {f.id}: {f.tiltak} ({owner}). {status[0].upper()}{status[1:]}.",))
    source = _t("conclusion_source", lang, day=day)
    heading = Paragraph((Strong((_t("conclusion", lang, year=view.year),)), f" ({source}):"))
    return [heading, BulletList(items, role="referat")]  # type: ignore[arg-type]


def referat_document(view: ReferatView | None) -> dict[str, Any] | None:
    """Last year's conclusions for findings.json, so that a later evaluation of the period can read them."""
    if view is None:
        return None
    referat = view.referat
    document: dict[str, Any] = {"year": view.year, "read_in": referat is not None and referat.moete_dato is not None}
    if referat is None or referat.moete_dato is None:
        return document
    statuses = {s.follow_up.id: s for s in view.follow_ups}
    document.update({
        "source": referat.source,
        "synthetic": referat.synthetic,
        "meeting_date": referat.moete_dato.isoformat(),
        "participants": [{"navn": p.navn, "virksomhet": p.virksomhet} for p in referat.deltakere],
        "points": [{
            "punkt": p.punkt,
            "omforent_vurdering": p.omforent_vurdering,
            "merknader": [{"part": r.part, "tekst": r.tekst, "dissens": r.dissens} for r in p.merknader],
            "oppfolging": [_follow_up_document(statuses[f.id]) for f in p.oppfolging],
        } for p in referat.punkter],
    })
    return document


def _follow_up_document(status: FollowUpStatus) -> dict[str, Any]:
    f, report = status.follow_up, status.report
    return {"id": f.id, "tiltak": f.tiltak, "ansvarlig": f.ansvarlig, "frist": f.frist.isoformat(),
            "reported": status.state,
            "report": None if report is None else {
                "dato": report.dato.isoformat() if report.dato else None, "merknad": report.merknad,
                "source": report.source}}
