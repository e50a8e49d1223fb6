"""Consistent verdicts: two findings of one year that read the same figures and reach different statuses.

A late notice must not be "partly met" under one provision and "not met" under another, and a main goal
and a result goal must not reach different verdicts on identical shares, without the reason being
stated. Two assessments are compared when a measured figure decides both (a number both compare with a
value, a parameter or another field) and they agree on every value they both read; if their statuses
differ, a rule of the pair must declare the other under `may_differ_from`, with the reason. Indicators
describe and are never compared.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bosetting.engine.findings import Finding
from bosetting.engine.ruleset import Rule, RuleSet


@dataclass(frozen=True)
class Difference:
    """Two findings on the same figures with different statuses."""

    first: Finding
    second: Finding
    shared: tuple[str, ...]  # the figures both read
    reason: dict[str, str] | None  # as a rule file declares it; None when undeclared

    def describe(self) -> str:
        a, b = self.first, self.second
        return (f"{a.ruleset_id}/{a.rule_id} ({_status(a)}) and {b.ruleset_id}/{b.rule_id} ({_status(b)}) read the "
                f"same {', '.join(self.shared)}")


def _status(finding: Finding) -> str:
    """The status the rules gave, before an agreed deviation (a waiver explains itself)."""
    return str(finding.waiver["original_status"]) if finding.waiver else finding.status


def _shared_figures(a: Finding, b: Finding, rulesets: Sequence[RuleSet]) -> tuple[str, ...] | None:
    """The measured figures that decide both findings, or None when a value they both read differs."""
    first, second = ({e.name: e.value for e in f.evidence} for f in (a, b))
    if any(first[name] != second[name] for name in set(first) & set(second)):
        return None
    deciding = _deciding(a, rulesets) & _deciding(b, rulesets)
    measured = tuple(sorted(name for name in deciding if isinstance(first.get(name), (int, float))
                            and not isinstance(first.get(name), bool)))
    return measured or None


def _rule(finding: Finding, rulesets: Sequence[RuleSet]) -> Rule | None:
    ruleset = next((r for r in rulesets if r.id == finding.ruleset_id), None)
    return ruleset.rule(finding.rule_id) if ruleset is not None else None


def _deciding(finding: Finding, rulesets: Sequence[RuleSet]) -> set[str]:
    rule = _rule(finding, rulesets)
    return rule.deciding_fields() if rule is not None else set()


def _declared(rulesets: Sequence[RuleSet], a: Finding, b: Finding) -> dict[str, str] | None:
    """The reason a rule of the pair gives for the other: by its id in the same file, or <rule set>/<rule>."""
    for finding, other in ((a, b), (b, a)):
        rule = _rule(finding, rulesets)
        for reference, reason in rule.may_differ_from if rule is not None else ():
            local = other.ruleset_id == finding.ruleset_id and reference == other.rule_id
            if local or reference == f"{other.ruleset_id}/{other.rule_id}":
                return reason
    return None


def differences(findings: Iterable[Finding], rulesets: Sequence[RuleSet]) -> list[Difference]:
    """Every pair of a year's assessments on the same figures with different statuses, declared or not."""
    assessed = [f for f in findings if not f.is_indicator]
    found = []
    for index, a in enumerate(assessed):
        for b in assessed[index + 1:]:
            if (a.ruleset_id, a.rule_id) == (b.ruleset_id, b.rule_id) or _status(a) == _status(b):
                continue
            shared = _shared_figures(a, b, rulesets)
            if shared:
                found.append(Difference(a, b, shared, _declared(rulesets, a, b)))
    return found


def undeclared(findings: Iterable[Finding], rulesets: Sequence[RuleSet]) -> list[Difference]:
    """The differences no rule file explains: each is a defect of the rule files."""
    return [d for d in differences(findings, rulesets) if d.reason is None]
