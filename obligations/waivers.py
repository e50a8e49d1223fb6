"""Agreed deviations (waivers): a documented exception the parties agreed, applied event by event, visibly.

A waiver names an obligation number ('5.4', every rule of that provision) or a rule id
('5.4/varsel'), and the party's subject: 'national' or an agency ('UDI'). Kommuner and fylker are
not parties and are never judged, so a waiver never names one (the register refuses it), and an
indicator is never waived. The register also refuses a waiver that KS and a ministry did not agree
(obligations.data.registers.agreement_problem), and the evaluation one valid outside the agreement.

Where a rule judges dated events (a month without a delivery, a late notice of a capacity change,
a month outside the occupancy band), the waivers of that rule and subject are applied event by
event, and together: an event inside the period of any of them is excused, and only the events
no waiver covers decide the status. The rule is evaluated twice, once on every event and once on
the uncovered ones (`excusals_for` says which facts leave events out; `merge_excused` puts the two
together):
- every deviating event covered: the finding is `waived`, and keeps its status on every event in
  `finding.waiver['original_status']`;
- some covered: the status is the one the uncovered events give, and the explanation names the
  events the waivers excused and the status on every event.
A finding with no dated events is a judgement of the whole year, and only a waiver for the whole
year covers it (`apply_whole_year_waivers`). Either way the explanation says who agreed, why, and
in which referat.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from bosetting.engine.findings import STATUS_LABELS, Evidence, Finding
from bosetting.engine.render import written_dates
from bosetting.engine.ruleset import RuleSet
from bosetting.obligations.data.facts import NATIONAL_SUBJECT
from bosetting.obligations.data.records import Waiver
from bosetting.obligations.facts import fact_types
from bosetting.obligations.metrics.calendar import month_end

WAIVABLE = ("not_met", "partly_met")
# The field naming the events a waiver excused, in each fact whose events a waiver can excuse one by one
# (a fact type declares it so: obligations.facts.FactType.waivable_events).
EXCUSED_FIELD = "unntatt"

Excusals = Mapping[tuple[str, str], Sequence[Waiver]]
NO_EXCUSALS: Excusals = {}
Event = TypeVar("Event")

ALL_EXCUSED = {
    "nb": " Unntak avtalt av {avtalere}: {grunner}. {unntaket} dekker alle hendelsene som var avvik ({hendelser}). "
          "Status uten unntak: {status}.",
    "en": " Deviation agreed by {avtalere}: {grunner}. {unntaket} every event that was a deviation ({hendelser}). "
          "Status without it: {status}.",
}
SOME_EXCUSED = {
    "nb": " Unntak avtalt av {avtalere}: {grunner}. {unntaket} dekker {hendelser}; statusen bygger på de andre "
          "hendelsene. Status med alle hendelsene: {status}.",
    "en": " Deviation agreed by {avtalere}: {grunner}. {unntaket} {hendelser}; the status rests on the other events. "
          "Status with every event: {status}.",
}
NONE_EXCUSED = {
    "nb": " Et unntak avtalt av {avtalere} ({perioder}) dekker ingen av hendelsene som var avvik; det er ikke brukt.",
    "en": " A deviation agreed by {avtalere} ({perioder}) covers none of the events that were deviations; it was "
          "not applied.",
}
WHOLE_YEAR = {
    "nb": " Unntak avtalt av {avtalere}: {grunner}. Unntaket dekker hele {periode}. Status uten unntaket: {status}.",
    "en": " Deviation agreed by {avtalere}: {grunner}. It covers the whole of {periode}. Status without it: "
          "{status}.",
}
NOT_WHOLE_YEAR = {
    "nb": " Et unntak avtalt av {avtalere} gjelder {perioder}; funnet gjelder hele {periode}, og unntaket dekker "
          "ikke hele året; det er ikke brukt.",
    "en": " A deviation agreed by {avtalere} is valid {perioder}; the finding is about the whole of {periode}, which "
          "the deviation does not cover; it was not applied.",
}


def month_span(month: str) -> tuple[dt.date, dt.date]:
    """'2026-09' as the days it spans."""
    year, number = (int(part) for part in month.split("-"))
    return dt.date(year, number, 1), month_end(year, number)


def excused_events(events: Iterable[Event], span: Callable[[Event], tuple[dt.date, dt.date]],
                   waivers: Sequence[Waiver]) -> tuple[list[Event], list[Event]]:
    """The events no waiver covers, and those inside the period of at least one of `waivers`."""
    kept: list[Event] = []
    excused: list[Event] = []
    for event in events:
        first, last = span(event)
        inside = any(w.gyldig_fra <= first and last <= w.gyldig_til for w in waivers)
        (excused if inside else kept).append(event)
    return kept, excused


def _rule_subject_id(applies_to: str, agency: str) -> str | None:
    return NATIONAL_SUBJECT.id if applies_to == "national" else agency if applies_to == "agency" else None


def _names(waiver: Waiver, rule_id: str, provision: str, subject_id: str) -> bool:
    subject = NATIONAL_SUBJECT.id if waiver.subject == "national" else waiver.subject
    return waiver.forpliktelse in (rule_id, provision) and subject == subject_id


def excusals_for(ruleset: RuleSet, waivers: Sequence[Waiver]) -> dict[str, tuple[tuple[str, str], list[Waiver]]]:
    """Per rule id of `ruleset` that judges dated events: the fact it reads (type, subject id) and the waivers
    naming it. A fact read by several rules is excused only by a waiver naming every one of them."""
    event_facts = {name for name, fact_type in fact_types().items() if fact_type.waivable_events}
    readers: dict[tuple[str, str], list[str]] = {}
    named: dict[str, tuple[tuple[str, str], list[Waiver]]] = {}
    for rule in ruleset.rules:
        subject_id = _rule_subject_id(rule.applies_to, rule.agency)
        if rule.fact not in event_facts or subject_id is None:
            continue
        key = (rule.fact, subject_id)
        readers.setdefault(key, []).append(rule.id)
        matching = [w for w in waivers if _names(w, rule.id, rule.provision, subject_id)]
        if matching:
            named[rule.id] = (key, matching)
    return {rule_id: (key, [w for w in found if all(w in named.get(other, (key, []))[1]
                                                    for other in readers[key])])
            for rule_id, (key, found) in named.items()}


def fact_excusals(per_rule: Mapping[str, tuple[tuple[str, str], list[Waiver]]]) -> dict[tuple[str, str], list[Waiver]]:
    return {key: found for key, found in per_rule.values() if found}


def _agreed_by(waivers: Sequence[Waiver]) -> str:
    return " og ".join(dict.fromkeys(w.avtalt_av for w in waivers))


def _reasons(waivers: Sequence[Waiver], lang: str) -> str:
    minutes = {"nb": "referat", "en": "minutes"}[lang]
    return "; ".join(f"{w.begrunnelse.rstrip('.')} ({w.gyldig_fra.isoformat()}–{w.gyldig_til.isoformat()}, "
                     f"{minutes}: {w.referat})" for w in waivers)


def _periods(waivers: Sequence[Waiver]) -> str:
    return ", ".join(f"{w.gyldig_fra.isoformat()}–{w.gyldig_til.isoformat()}" for w in waivers)


def _record(waivers: Sequence[Waiver], original_status: str, events: str | None) -> dict[str, object]:
    first = waivers[0]
    return {"avtalt_av": _agreed_by(waivers), "begrunnelse": "; ".join(w.begrunnelse for w in waivers),
            "gyldig_fra": min(w.gyldig_fra for w in waivers).isoformat(),
            "gyldig_til": max(w.gyldig_til for w in waivers).isoformat(),
            "referat": "; ".join(dict.fromkeys(w.referat for w in waivers)), "original_status": original_status,
            "source": first.source, "unntatt": events,
            "unntak": [{"forpliktelse": w.forpliktelse, "avtalt_av": w.avtalt_av, "begrunnelse": w.begrunnelse,
                        "gyldig_fra": w.gyldig_fra.isoformat(), "gyldig_til": w.gyldig_til.isoformat(),
                        "referat": w.referat, "source": w.source} for w in waivers]}


def _append(finding: Finding, texts: Mapping[str, str], words: Callable[[str], Mapping[str, str]]) -> None:
    """Add `texts` in each language of the finding, filled with `words(lang)`."""
    finding.explanation = {lang: text + written_dates(texts[lang].format(**words(lang)), lang)
                           for lang, text in finding.explanation.items()}


def _applied_words(waivers: Sequence[Waiver], status: str, **common: str) -> Callable[[str], Mapping[str, str]]:
    """What a text about applied waivers names: who agreed, why, the status without them, and how many they are."""
    def words(lang: str) -> Mapping[str, str]:
        one = len(waivers) == 1
        covers = {"nb": "Unntaket" if one else "Unntakene", "en": "It covers" if one else "Together they cover"}
        return {**common, "avtalere": _agreed_by(waivers), "grunner": _reasons(waivers, lang),
                "status": STATUS_LABELS[status][lang], "unntaket": covers[lang]}
    return words


def _unused_words(waivers: Sequence[Waiver], **common: str) -> Callable[[str], Mapping[str, str]]:
    """What a text about waivers that were not applied names: who agreed them, and their periods."""
    words = {**common, "avtalere": _agreed_by(waivers), "perioder": _periods(waivers)}
    return lambda _lang: words


def merge_excused(findings: Sequence[Finding], excused: Sequence[Finding],
                  per_rule: Mapping[str, tuple[tuple[str, str], list[Waiver]]],
                  excused_facts: Mapping[tuple[str, str], Mapping[str, object]]) -> list[Finding]:
    """`findings` on every event, with each rule that `per_rule` names replaced by its finding on the uncovered
    events (`excused`), marked as the waivers decide (see the module's docstring)."""
    on_uncovered = {f.finding_id: f for f in excused if f.rule_id in per_rule}
    result = []
    for finding in findings:
        replacement = on_uncovered.get(finding.finding_id)
        if replacement is None or finding.is_indicator:
            result.append(finding)
            continue
        key, waivers = per_rule[finding.rule_id]
        events = excused_facts.get(key, {}).get(EXCUSED_FIELD)
        if finding.status not in WAIVABLE or not waivers:
            result.append(finding)
            continue
        if not events:
            _append(finding, NONE_EXCUSED, _unused_words(waivers))
            finding.evidence = [*finding.evidence, *(Evidence("unntak_ikke_brukt", w.forpliktelse, w.source)
                                                     for w in waivers)]
            result.append(finding)
            continue
        original_status = finding.status
        used = _covering(waivers, str(events))
        words = _applied_words(used, original_status, hendelser=str(events))
        if replacement.status in WAIVABLE:
            chosen = replacement
            _append(chosen, SOME_EXCUSED, words)
        else:
            chosen = finding
            _append(chosen, ALL_EXCUSED, words)
            chosen.status = "waived"
        chosen.waiver = _record(used, original_status, str(events))
        chosen.evidence = [*chosen.evidence, *(Evidence("unntak", w.forpliktelse, w.source) for w in used)]
        result.append(chosen)
    return result


_EVENT_DATE = re.compile(r"\b(\d{4}-\d{2})(-\d{2})?\b")


def _covering(waivers: Sequence[Waiver], events: str) -> list[Waiver]:
    """The waivers whose period holds at least one of the excused events (dated as the fact writes them)."""
    spans = [month_span(month) if not day else (dt.date.fromisoformat(month + day),) * 2
             for month, day in _EVENT_DATE.findall(events)]
    return [w for w in waivers if any(w.gyldig_fra <= first and last <= w.gyldig_til for first, last in spans)] \
        or list(waivers)


def _year_span(finding: Finding) -> tuple[dt.date, dt.date] | None:
    return (dt.date(int(finding.period), 1, 1), dt.date(int(finding.period), 12, 31)) if finding.period.isdigit() \
        else None


def apply_whole_year_waivers(findings: Iterable[Finding], waivers: Iterable[Waiver],
                             event_rules: Iterable[str] = ()) -> list[Finding]:
    """Mark a deviation that judges the whole year waived by a waiver for the whole year; note one that does
    not cover it. Rules in `event_rules` were handled event by event (`merge_excused`). Changed in place."""
    waivers = list(waivers)
    handled = set(event_rules)
    result = []
    for finding in findings:
        if finding.status not in WAIVABLE or finding.is_indicator or finding.rule_id in handled:
            result.append(finding)
            continue
        subject = finding.subject.id if finding.subject.kind in ("national", "agency") else None
        matching = [w for w in waivers if subject is not None
                    and _names(w, finding.rule_id, finding.provision, subject)]
        year = _year_span(finding)
        covering = [w for w in matching if year is not None and w.gyldig_fra <= year[0] and year[1] <= w.gyldig_til]
        if covering:
            _append(finding, WHOLE_YEAR, _applied_words(covering, finding.status, periode=finding.period))
            finding.waiver = _record(covering, finding.status, None)
            finding.evidence = [*finding.evidence, *(Evidence("unntak", w.forpliktelse, w.source) for w in covering)]
            finding.status = "waived"
        elif matching:
            _append(finding, NOT_WHOLE_YEAR, _unused_words(matching, periode=finding.period))
            finding.evidence = [*finding.evidence, *(Evidence("unntak_ikke_brukt", w.forpliktelse, w.source)
                                                     for w in matching)]
        result.append(finding)
    return result
