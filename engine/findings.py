"""Findings: what an evaluation says about one rule, one subject, one period."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from bosetting.engine.facts import Scalar, Subject
from bosetting.engine.render import LANGUAGES, render_first


@dataclass(frozen=True)
class StatusInfo:
    """One status a finding can have: its words in both languages, its place in lists, and its mark.

    `verdict` says whether the status judges fulfilment (met, partly met, not met); the others say why
    no verdict is given (no data, no case, not yet settled, effort documented, agreed deviation).
    The mark is a plain character so that a status is told apart by more than colour, in print too;
    `text_mark` is its ASCII stand-in, for plain-text tables in a terminal.
    """

    key: str
    nb: str
    en: str
    mark: str
    text_mark: str
    verdict: bool
    meaning_nb: str
    meaning_en: str

    def label(self, lang: str) -> str:
        return self.nb if lang == "nb" else self.en

    def meaning(self, lang: str) -> str:
        return self.meaning_nb if lang == "nb" else self.meaning_en


# The one table of statuses: its order is the order of severity, most serious first, used wherever
# one status must speak for several findings and wherever statuses are listed.
STATUS_TABLE: tuple[StatusInfo, ...] = (
    StatusInfo("not_met", "ikke oppfylt", "not met", "✗", "-", True,
               "Grunnlaget viser at forpliktelsen ikke er oppfylt eller målet ikke nådd, slik det er målt (se Metode).",
               "The basis shows that the obligation was not met or the goal not reached, as measured (see Method)."),
    StatusInfo("partly_met", "delvis oppfylt", "partly met", "◐", "~", True,
               "Grunnlaget viser at forpliktelsen er oppfylt eller målet nådd bare delvis, slik det er målt "
               "(se Metode).",
               "The basis shows that the obligation was met or the goal reached only in part, as measured (see "
               "Method)."),
    StatusInfo("pending", "ikke avgjort ennå", "not yet settled", "◷", ">", False,
               "Tiden partene har til å svare, løper ennå på vurderingsdagen; neste års gjennomgang avgjør det.",
               "The time the parties have to respond runs past the evaluation date; next year's review settles it."),
    StatusInfo("insufficient_data", "utilstrekkelig grunnlag", "insufficient data", "?", "?", False,
               "Opplysningene som trengs, mangler. Det er ikke et brudd.",
               "The data needed is missing. It is not a breach."),
    StatusInfo("waived", "unntak avtalt", "deviation agreed", "§", "=", False,
               "Partene har avtalt et unntak som dekker hendelsen.",
               "The parties agreed a deviation that covers the event."),
    StatusInfo("documented", "innsats dokumentert", "effort documented", "✎", "d", False,
               "Arbeid med punktet er dokumentert. Det viser innsats, ikke at forpliktelsen er oppfylt.",
               "Work on the point is documented. It shows effort, not that the obligation is fulfilled."),
    StatusInfo("met", "oppfylt", "met", "✓", "+", True,
               "Grunnlaget viser at forpliktelsen er oppfylt eller målet nådd, slik det er målt (se Metode).",
               "The basis shows that the obligation was met or the goal reached, as measured (see Method)."),
    StatusInfo("not_applicable", "ikke relevant", "not applicable", "–", " ", False,
               "Det var ikke noe tilfelle å vurdere (for eksempel ingen som ventet lenge). Det er ikke et brudd.",
               "There was no case to assess (for example nobody waited long). It is not a breach."),
)
STATUS = {info.key: info for info in STATUS_TABLE}
STATUSES = tuple(STATUS)
STATUS_LABELS = {info.key: {"nb": info.nb, "en": info.en} for info in STATUS_TABLE}
# The statuses a rule file may give; `waived` is set only by an agreed deviation.
RULE_STATUSES = tuple(key for key in STATUSES if key != "waived")

# What a finding is: a judgement of a party's obligation or a goal, or a description of a kommune
# or fylke that is context for one (kommuner are not parties, and are never judged).
ROLES = ("assessment", "indicator")


@dataclass(frozen=True)
class Category:
    """A descriptive category an indicator rule gives (declared in the rule file, not in the engine)."""

    key: str
    label: dict[str, str]
    description: dict[str, str]


class Evidence(NamedTuple):
    """One value a rule's condition read, and where it came from.

    A named tuple rather than a dataclass: every finding carries several, and tuples are built fastest.
    """

    name: str
    value: Scalar
    source: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value, "source": self.source}


@dataclass(frozen=True)
class ParameterUse:
    """A threshold a rule used, with the basis the rule file gives for it."""

    name: str
    value: Scalar
    basis: str
    citation: str
    unit: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": self.value,
            "basis": self.basis,
            "citation": self.citation,
            "unit": self.unit,
        }


def explained_subject(subject: Subject, period: str) -> dict[str, str]:
    """The names every explanation may use besides the fact's values and the parameters, and before them."""
    return {"subject": subject.id, "subject_name": subject.name or subject.id, "period": period}


class ExplanationError(RuntimeError):
    """An explanation that could not be written: names the rule and outcome it belongs to and the language."""


class OutcomeTexts:
    """One outcome's explanation templates, with what every finding of it may name besides its fact: the
    parameters' values. `where` names the outcome (file and line, rule set, rule, outcome) when a template cannot
    be written: worked out by `locate` then, not for every outcome of every rule set evaluated."""

    __slots__ = ("templates", "parameters", "_locate")

    def __init__(self, templates: Mapping[str, str], parameters: Mapping[str, Any], locate: Callable[[], str]):
        self.templates = templates
        self.parameters = parameters
        self._locate = locate

    @property
    def where(self) -> str:
        return self._locate()


class Explanation(Mapping[str, str]):
    """A finding's explanation, language -> text, written from its outcome's templates when first read, then kept.

    Most findings of an earlier year are never shown, and a report shows each in one language: writing every
    explanation in both languages when the findings were made was about a quarter of an evaluation. Read-only;
    equal to the dict of the same texts; pickled and copied as that dict. `values` are the fact's values as
    they were evaluated (the evaluator keeps a copy), so the text is the one an eager rendering gave.
    """

    __slots__ = ("_outcome", "_values", "_subject", "_period", "_texts")

    def __init__(self, outcome: OutcomeTexts, values: Mapping[str, Any], subject: Subject, period: str):
        self._outcome = outcome
        self._values = values
        self._subject = subject
        self._period = period
        self._texts: dict[str, str] | None = None

    def __getitem__(self, lang: str) -> str:
        texts = self._texts
        if texts is None:
            texts = self._texts = {}
        elif lang in texts:
            return texts[lang]
        if lang not in LANGUAGES:
            raise KeyError(lang)
        texts[lang] = text = self._write(lang)
        return text

    def _write(self, lang: str) -> str:
        outcome, subject = self._outcome, self._subject
        # What an explanation may name: the subject and the period, else the fact's values, else the parameters.
        standard = explained_subject(subject, self._period)
        try:
            return render_first(outcome.templates[lang], (standard, self._values, outcome.parameters), lang)
        except Exception as exc:
            # Not a KeyError: `explanation.get(lang, "")` would take it for a missing language and show nothing.
            raise ExplanationError(f"{outcome.where}, {subject.key()}, {self._period}: the explanation in '{lang}' "
                                   f"could not be written: {type(exc).__name__}: {exc}") from exc

    def __iter__(self) -> Iterator[str]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)

    def __repr__(self) -> str:
        return repr(dict(self))

    def __reduce__(self) -> tuple[type[dict[str, str]], tuple[dict[str, str]]]:
        return dict, (dict(self),)


@dataclass(slots=True)
class Finding:
    """The engine's judgement of one rule for one subject in one period."""

    rule_id: str
    provision: str
    ruleset_id: str
    ruleset_version: str
    ruleset_hash: str
    ruleset_status: str
    status: str
    subject: Subject
    period: str
    title: dict[str, str]  # the rule's own titles, not a copy: nothing changes them
    explanation: Mapping[str, str]  # an Explanation (written when read) or a dict
    evidence: list[Evidence] = field(default_factory=list)
    parameters: list[ParameterUse] = field(default_factory=list)
    outcome: str = ""
    waiver: dict[str, Any] | None = None
    role: str = "assessment"
    label: dict[str, str] = field(default_factory=dict)  # an indicator's category in words (shared); else empty

    @property
    def is_indicator(self) -> bool:
        return self.role == "indicator"

    def status_label(self, lang: str) -> str:
        if self.is_indicator and self.label:
            return self.label[lang]
        return STATUS_LABELS[self.status][lang]

    @property
    def finding_id(self) -> str:
        """Stable across runs and years' reports: the same rule and subject give the same id."""
        return f"{self.ruleset_id}/{self.rule_id}/{self.subject.kind}:{self.subject.id}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "finding_id": self.finding_id,
            "rule_id": self.rule_id,
            "provision": self.provision,
            "ruleset": {
                "id": self.ruleset_id,
                "version": self.ruleset_version,
                "hash": self.ruleset_hash,
                "status": self.ruleset_status,
            },
            "role": self.role,
            "status": self.status,
            "status_label": {lang: self.status_label(lang) for lang in ("nb", "en")},
            "outcome": self.outcome,
            "subject": {"kind": self.subject.kind, "id": self.subject.id, "name": self.subject.name},
            "period": self.period,
            "title": dict(self.title),
            "explanation": dict(self.explanation),
            "evidence": [e.as_dict() for e in self.evidence],
            "parameters": [p.as_dict() for p in self.parameters],
            "waiver": self.waiver,
        }
