"""The typed model of a rule file: a versioned rule set with parameters and rules."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from bosetting.engine.conditions import Condition, fields_compared, fields_read, params_read
from bosetting.engine.findings import STATUS_LABELS, Category
from bosetting.engine.problems import Problem, Severity, json_path


def canonical_json(data: Any) -> str:
    """One text per meaning: key order, whitespace and comments do not change it."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(data: Any) -> str:
    return "sha256:" + hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Parameter:
    name: str
    value: Any
    basis: str
    citation: str
    description: dict[str, str]
    unit: str = ""
    last_reviewed_on: str = ""

    @property
    def is_assumption(self) -> bool:
        return self.basis == "assumption"


@dataclass(frozen=True)
class Outcome:
    status: str
    condition: Condition | None
    explanation: dict[str, str]
    label: str  # "outcome 1", "otherwise": names the branch in findings


@dataclass(frozen=True)
class Rule:
    id: str
    provision: str
    title: dict[str, str]
    applies_to: str
    fact: str
    outcomes: tuple[Outcome, ...]
    otherwise: Outcome
    agency: str = ""
    description: dict[str, str] = field(default_factory=dict)
    extra_evidence: tuple[str, ...] = ()
    role: str = "assessment"  # or "indicator": describes a subject, never judges it (see engine.findings.ROLES)
    may_differ_from: tuple[tuple[str, dict[str, str]], ...] = ()  # (rule reference, reason), see consistency

    def fields(self) -> list[str]:
        """Every fact value the rule reads or shows, in order, without repeats."""
        seen: dict[str, None] = {}
        for outcome in self.outcomes:
            if outcome.condition is not None:
                for name in fields_read(outcome.condition):
                    seen.setdefault(name, None)
        for name in self.extra_evidence:
            seen.setdefault(name, None)
        return list(seen)

    def deciding_fields(self) -> set[str]:
        """The fields the rule's outcomes compare with a value, a parameter or another field."""
        return {name for o in self.outcomes if o.condition is not None for name in fields_compared(o.condition)}

    def parameters(self) -> list[str]:
        seen: dict[str, None] = {}
        for outcome in self.outcomes:
            if outcome.condition is not None:
                for name in params_read(outcome.condition):
                    seen.setdefault(name, None)
        return list(seen)


@dataclass(frozen=True)
class RuleSet:
    """One version of one rule set, as loaded from one file."""

    kind: str
    id: str
    version: str
    title: dict[str, str]
    valid_from: dt.date
    valid_to: dt.date
    status: str
    source: dict[str, str]
    last_reviewed_on: dt.date
    parameters: dict[str, Parameter]
    rules: tuple[Rule, ...]
    provisions: tuple[dict[str, Any], ...]
    path: str
    hash: str
    data: dict[str, Any]
    adopted_by: str = ""
    adopted_on: str = ""
    categories: dict[str, Category] = field(default_factory=dict)
    # Where each value stands in the file, so checks across files can still point at a line.
    positions: dict[tuple[str | int, ...], tuple[int, int]] = field(default_factory=dict, compare=False, repr=False)

    def problem(self, at: tuple[str | int, ...], message: str, severity: Severity = "error") -> Problem:
        parts = tuple(at)
        while parts and parts not in self.positions:
            parts = parts[:-1]
        line, column = self.positions.get(parts, (0, 0))
        return Problem(self.path, line, column, message, json_path(at), severity)

    @property
    def key(self) -> str:
        return f"{self.id}@{self.version}"

    def in_force_on(self, day: dt.date) -> bool:
        return self.valid_from <= day <= self.valid_to

    def provision(self, provision_id: str) -> dict[str, Any] | None:
        for provision in self.provisions:
            if provision.get("id") == provision_id:
                return provision
        return None

    def rule(self, rule_id: str) -> Rule | None:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        return None

    def status_label(self, key: str, lang: str) -> str:
        """The words of an outcome's status, or of a category this rule set declares."""
        if key in self.categories:
            return self.categories[key].label[lang]
        return STATUS_LABELS[key][lang]

    def assumptions(self) -> list[Parameter]:
        return [p for p in self.parameters.values() if p.is_assumption]

    def summary(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "version": self.version,
            "status": self.status,
            "valid_from": self.valid_from.isoformat(),
            "valid_to": self.valid_to.isoformat(),
            "hash": self.hash,
            "path": self.path,
            "rules": len(self.rules),
            "last_reviewed_on": self.last_reviewed_on.isoformat(),
        }
