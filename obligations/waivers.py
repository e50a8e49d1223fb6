"""Agreed deviations (waivers): a documented exception turns a finding into `waived`, visibly.

A waiver names an obligation number ('1.7', every rule of that provision) or a rule id
('5.4/varsel'), and a subject: 'national', a kommunenummer, 'fylke:<nn>' or an agency
('IMDi'). It applies when it is valid on the evaluation date; the finding keeps its original
status in `finding.waiver['original_status']` and its explanation says who agreed and why.
A waiver that has expired (or not yet begun) does not apply, and the finding says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from engine.findings import STATUS_LABELS, Evidence, Finding
from obligations.data.records import Waiver

APPLIED = {
    "nb": " Unntak avtalt av {avtalt_av} ({gyldig_fra}–{gyldig_til}): {begrunnelse}. Status uten unntaket: {status}.",
    "en": " Deviation agreed by {avtalt_av} ({gyldig_fra} to {gyldig_til}): {begrunnelse}. "
          "Status without it: {status}.",
}
NOT_IN_FORCE = {
    "nb": " Et unntak avtalt av {avtalt_av} gjaldt {gyldig_fra}–{gyldig_til} og gjelder ikke {dag}; det er ikke brukt.",
    "en": " A deviation agreed by {avtalt_av} was valid {gyldig_fra} to {gyldig_til} and is not valid on {dag}; "
          "it was not applied.",
}


def subject_matches(waiver: Waiver, finding: Finding) -> bool:
    subject = finding.subject
    if waiver.subject == "national":
        return subject.kind == "national"
    if waiver.subject.startswith("fylke:"):
        return subject.kind == "fylke" and subject.id == waiver.subject.split(":", 1)[1]
    if subject.kind == "kommune":
        return subject.id == waiver.subject
    return subject.kind == "agency" and subject.id == waiver.subject


def waiver_matches(waiver: Waiver, finding: Finding) -> bool:
    """The waiver names the finding's rule or provision, and its subject."""
    return waiver.forpliktelse in (finding.rule_id, finding.provision) and subject_matches(waiver, finding)


def _text(template: str, waiver: Waiver, **extra: str) -> str:
    return template.format(avtalt_av=waiver.avtalt_av, begrunnelse=waiver.begrunnelse.rstrip("."),
                           gyldig_fra=waiver.gyldig_fra.isoformat(), gyldig_til=waiver.gyldig_til.isoformat(), **extra)


def apply_waivers(findings: Iterable[Finding], waivers: Iterable[Waiver], day: dt.date) -> list[Finding]:
    """Mark findings waived by a waiver valid on `day`; note expired ones. Findings are changed in place."""
    waivers = list(waivers)
    result = []
    for finding in findings:
        matching = [w for w in waivers if waiver_matches(w, finding)]
        valid = [w for w in matching if w.valid_on(day)]
        if valid:
            waiver = valid[0]
            status_words = {lang: STATUS_LABELS[finding.status][lang] for lang in ("nb", "en")}
            finding.waiver = {"avtalt_av": waiver.avtalt_av, "begrunnelse": waiver.begrunnelse,
                              "gyldig_fra": waiver.gyldig_fra.isoformat(), "gyldig_til": waiver.gyldig_til.isoformat(),
                              "original_status": finding.status, "source": waiver.source}
            finding.explanation = {lang: text + _text(APPLIED[lang], waiver, status=status_words[lang])
                                   for lang, text in finding.explanation.items()}
            finding.evidence = [*finding.evidence, Evidence("unntak", waiver.forpliktelse, waiver.source)]
            finding.status = "waived"
        for waiver in (w for w in matching if not w.valid_on(day)):
            finding.explanation = {lang: text + _text(NOT_IN_FORCE[lang], waiver, dag=day.isoformat())
                                   for lang, text in finding.explanation.items()}
            finding.evidence = [*finding.evidence, Evidence("unntak_ikke_gyldig", waiver.forpliktelse, waiver.source)]
        result.append(finding)
    return result
