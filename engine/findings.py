"""Findings: what an evaluation says about one rule, one subject, one period."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from engine.facts import Scalar, Subject

STATUSES = ("met", "partly_met", "not_met", "insufficient_data", "not_applicable", "waived")

STATUS_LABELS = {
    "met": {"nb": "oppfylt", "en": "met"},
    "partly_met": {"nb": "delvis oppfylt", "en": "partly met"},
    "not_met": {"nb": "ikke oppfylt", "en": "not met"},
    "insufficient_data": {"nb": "utilstrekkelig grunnlag", "en": "insufficient data"},
    "not_applicable": {"nb": "ikke relevant", "en": "not applicable"},
    "waived": {"nb": "unntak avtalt", "en": "waived"},
}


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


@dataclass
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
    title: dict[str, str]
    explanation: dict[str, str]
    evidence: list[Evidence] = field(default_factory=list)
    parameters: list[ParameterUse] = field(default_factory=list)
    outcome: str = ""
    waiver: dict[str, Any] | None = None

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
            "status": self.status,
            "outcome": self.outcome,
            "subject": {"kind": self.subject.kind, "id": self.subject.id, "name": self.subject.name},
            "period": self.period,
            "title": dict(self.title),
            "explanation": dict(self.explanation),
            "evidence": [e.as_dict() for e in self.evidence],
            "parameters": [p.as_dict() for p in self.parameters],
            "waiver": self.waiver,
        }
