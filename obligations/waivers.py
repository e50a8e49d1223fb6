"""Agreed deviations (waivers): a documented exception turns a finding into `waived`, visibly.

A waiver names an obligation number ('5.4', every rule of that provision) or a rule id
('5.4/varsel'), and the party's subject: 'national' or an agency ('UDI'). Kommuner and fylker are
not parties and are never judged, so a waiver never names one (the register refuses it), and an
indicator is never waived.

A waiver covers the events inside its period. A finding names the dates of the events that made
it a deviation in its evidence `avvik_datoer` (a capacity change's date, a month without a
delivery, a month outside the occupancy band); the waiver applies when its period holds every one
of them. A finding with no dated events is a judgement of the whole year, and only a waiver for
the whole year covers it. Only a deviation (not met, partly met) is waived; the finding keeps its
original status in `finding.waiver['original_status']` and its explanation says who agreed, why,
and what the status would have been. A waiver that covers none or only some of the events is
not applied, and the finding says so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from engine.findings import STATUS_LABELS, Evidence, Finding
from engine.render import written_dates
from obligations.data.records import Waiver
from obligations.metrics.calendar import month_end

EVENT_DATES = "avvik_datoer"
WAIVABLE = ("not_met", "partly_met")

APPLIED = {
    "nb": " Unntak avtalt av {avtalt_av} ({gyldig_fra}–{gyldig_til}{referat}): {begrunnelse}. Unntaket dekker "
          "{hendelser}. Status uten unntaket: {status}.",
    "en": " Deviation agreed by {avtalt_av} ({gyldig_fra} to {gyldig_til}{referat}): {begrunnelse}. It covers "
          "{hendelser}. Status without it: {status}.",
}
NOT_COVERING = {
    "nb": " Et unntak avtalt av {avtalt_av} gjelder {gyldig_fra}–{gyldig_til} og dekker {dekket} av {alle} "
          "hendelser ({hendelser}); det er ikke brukt.",
    "en": " A deviation agreed by {avtalt_av} is valid {gyldig_fra} to {gyldig_til} and covers {dekket} of {alle} "
          "events ({hendelser}); it was not applied.",
}
NOT_WHOLE_YEAR = {
    "nb": " Et unntak avtalt av {avtalt_av} gjelder {gyldig_fra}–{gyldig_til}; funnet gjelder hele {periode}, og "
          "unntaket dekker ikke hele året; det er ikke brukt.",
    "en": " A deviation agreed by {avtalt_av} is valid {gyldig_fra} to {gyldig_til}; the finding is about the whole "
          "of {periode}, which the deviation does not cover; it was not applied.",
}
EVENTS_WORDS = {
    "nb": {"all": "alle hendelsene ({hendelser})", "year": "hele {periode}"},
    "en": {"all": "every event ({hendelser})", "year": "the whole of {periode}"},
}

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")


def subject_matches(waiver: Waiver, finding: Finding) -> bool:
    subject = finding.subject
    if waiver.subject == "national":
        return subject.kind == "national"
    return subject.kind == "agency" and subject.id == waiver.subject


def waiver_matches(waiver: Waiver, finding: Finding) -> bool:
    """The waiver names the finding's rule or provision, and its subject; indicators are never waived."""
    return (not finding.is_indicator and waiver.forpliktelse in (finding.rule_id, finding.provision)
            and subject_matches(waiver, finding))


def event_spans(finding: Finding) -> list[tuple[str, dt.date, dt.date]]:
    """The dated events a finding names: (as written, first day, last day); a month spans the whole month."""
    value = next((e.value for e in finding.evidence if e.name == EVENT_DATES), None)
    spans = []
    for token in str(value or "").replace(",", ";").split(";"):
        token = token.strip()
        if _DAY.match(token):
            day = dt.date.fromisoformat(token)
            spans.append((token, day, day))
        elif _MONTH.match(token):
            year, month = (int(part) for part in token.split("-"))
            spans.append((token, dt.date(year, month, 1), month_end(year, month)))
    return spans


def _year_span(finding: Finding) -> tuple[dt.date, dt.date] | None:
    return (dt.date(int(finding.period), 1, 1), dt.date(int(finding.period), 12, 31)) if finding.period.isdigit() \
        else None


def covers(waiver: Waiver, finding: Finding) -> bool:
    spans = event_spans(finding)
    if spans:
        return all(waiver.gyldig_fra <= first and last <= waiver.gyldig_til for _, first, last in spans)
    year = _year_span(finding)
    return year is not None and waiver.gyldig_fra <= year[0] and year[1] <= waiver.gyldig_til


def _common(waiver: Waiver, lang: str) -> dict[str, str]:
    reference = {"nb": ", referat: {}", "en": ", minutes: {}"}[lang].format(waiver.referat) if waiver.referat else ""
    return {"avtalt_av": waiver.avtalt_av, "begrunnelse": waiver.begrunnelse.rstrip("."),
            "gyldig_fra": waiver.gyldig_fra.isoformat(), "gyldig_til": waiver.gyldig_til.isoformat(),
            "referat": reference}


def _applied_text(waiver: Waiver, finding: Finding, lang: str) -> str:
    spans = event_spans(finding)
    words = EVENTS_WORDS[lang]["all" if spans else "year"].format(
        hendelser=", ".join(token for token, _, _ in spans), periode=finding.period)
    return APPLIED[lang].format(**_common(waiver, lang), hendelser=words, status=STATUS_LABELS[finding.status][lang])


def _unused_text(waiver: Waiver, finding: Finding, lang: str) -> str:
    spans = event_spans(finding)
    if not spans:
        return NOT_WHOLE_YEAR[lang].format(**_common(waiver, lang), periode=finding.period)
    inside = [t for t, first, last in spans if waiver.gyldig_fra <= first and last <= waiver.gyldig_til]
    return NOT_COVERING[lang].format(**_common(waiver, lang), dekket=len(inside), alle=len(spans),
                                     hendelser=", ".join(t for t, _, _ in spans))


def apply_waivers(findings: Iterable[Finding], waivers: Iterable[Waiver]) -> list[Finding]:
    """Mark deviations waived by a waiver whose period holds their events; note those that do not.

    Findings are changed in place.
    """
    waivers = list(waivers)
    result = []
    for finding in findings:
        matching = [w for w in waivers if waiver_matches(w, finding)] if finding.status in WAIVABLE else []
        covering = [w for w in matching if covers(w, finding)]
        if covering:
            waiver = covering[0]
            finding.waiver = {"avtalt_av": waiver.avtalt_av, "begrunnelse": waiver.begrunnelse,
                              "gyldig_fra": waiver.gyldig_fra.isoformat(), "gyldig_til": waiver.gyldig_til.isoformat(),
                              "referat": waiver.referat, "original_status": finding.status, "source": waiver.source}
            finding.explanation = {lang: text + written_dates(_applied_text(waiver, finding, lang), lang)
                                   for lang, text in finding.explanation.items()}
            finding.evidence = [*finding.evidence, Evidence("unntak", waiver.forpliktelse, waiver.source)]
            finding.status = "waived"
        else:
            for waiver in matching:
                finding.explanation = {lang: text + written_dates(_unused_text(waiver, finding, lang), lang)
                                       for lang, text in finding.explanation.items()}
                finding.evidence = [*finding.evidence,
                                    Evidence("unntak_ikke_brukt", waiver.forpliktelse, waiver.source)]
        result.append(finding)
    return result
