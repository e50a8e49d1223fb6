"""Which request criteria each kommune meets, judged by the engine, and its weight in the distribution.

Every criterion is a rule of the criteria file, evaluated by engine.evaluate.Evaluator
on the kommune's `kommune_aar` fact. The allocation block gives each rule a role:
- mandatory: the kommune must meet it to be asked at all; not met, or not judgeable for
  want of data (insufficient_data), means it is not asked;
- scoring: meeting it adds the rule's score to the kommune's base score;
- em: the kommune must meet every one of these to be asked for EM;
- info: shown, no effect.
A kommune's weight is its population times its score (0 when a mandatory criterion fails).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from engine.evaluate import Evaluator
from engine.facts import Fact
from engine.findings import Finding
from engine.ruleset import RuleSet
from obligations.criteria.allocation import AllocationUnit, population_cap
from obligations.criteria.spec import AllocationSpec, allocation_spec, require_criteria


@dataclass(frozen=True)
class CriteriaVersion:
    """A criteria rule set with its allocation block read."""

    ruleset: RuleSet
    spec: AllocationSpec

    @classmethod
    def of(cls, ruleset: RuleSet) -> CriteriaVersion:
        require_criteria(ruleset)
        return cls(ruleset, allocation_spec(ruleset))

    @property
    def key(self) -> str:
        return self.ruleset.key

    @property
    def is_draft(self) -> bool:
        return self.ruleset.status == "draft"


@dataclass(frozen=True)
class CriterionResult:
    """One criterion judged for one kommune."""

    rule_id: str
    title: dict[str, str]
    role: str  # mandatory | scoring | em | info
    status: str  # the engine's finding status
    score: Fraction  # the score this criterion adds (scoring rules that are met), else 0
    explanation: dict[str, str]
    finding: Finding

    @property
    def met(self) -> bool:
        return self.status == "met"


@dataclass(frozen=True)
class KommuneEvaluation:
    """A kommune under one criteria version: which criteria hold, its score and weight."""

    kommunenummer: str
    navn: str
    fylkesnummer: str
    innbyggere: int | None
    criteria: tuple[CriterionResult, ...]
    eligible: bool
    em_eligible: bool
    score: Fraction
    weight: Fraction
    cap: int | None
    recommendation: int | None
    recommendation_em: int | None

    def by_role(self, role: str) -> list[CriterionResult]:
        return [c for c in self.criteria if c.role == role]

    @property
    def failed_mandatory(self) -> list[CriterionResult]:
        return [c for c in self.by_role("mandatory") if not c.met]

    def unit(self) -> AllocationUnit:
        return AllocationUnit(self.kommunenummer, self.fylkesnummer, self.weight, self.cap, self.em_eligible,
                              self.recommendation, self.recommendation_em)


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def evaluate_kommuner(version: CriteriaVersion, facts: Iterable[Fact], period: str,
                      evaluator: Evaluator | None = None) -> list[KommuneEvaluation]:
    """Every kommune with a `kommune_aar` fact for `period`, sorted by kommunenummer."""
    kommune_facts = {f.subject.id: f for f in facts if f.type == "kommune_aar" and f.subject.kind == "kommune"
                     and f.period == period}
    evaluator = evaluator or Evaluator(version.ruleset)
    findings: dict[str, dict[str, Finding]] = defaultdict(dict)
    for finding in evaluator.evaluate(kommune_facts.values(), period):
        if finding.subject.kind == "kommune":
            findings[finding.subject.id][finding.rule_id] = finding
    spec = version.spec
    evaluations = []
    for knr in sorted(kommune_facts):
        fact = kommune_facts[knr]
        results = []
        for rule in version.ruleset.rules:
            finding = findings[knr][rule.id]
            role = spec.role(rule.id)
            gains = role == "scoring" and finding.status == "met"
            score = spec.weights.get(rule.id, Fraction(0)) if gains else Fraction(0)
            results.append(CriterionResult(rule.id, dict(rule.title), role, finding.status, score,
                                           dict(finding.explanation), finding))
        eligible = all(r.met for r in results if r.role == "mandatory")
        em_eligible = eligible and all(any(r.rule_id == rid and r.met for r in results) for rid in spec.em_criteria)
        innbyggere = _int_or_none(fact.values.get("innbyggere"))
        score = spec.base_weight + sum((r.score for r in results), Fraction(0)) if eligible else Fraction(0)
        weight = score * innbyggere if innbyggere is not None else Fraction(0)
        evaluations.append(KommuneEvaluation(
            kommunenummer=knr, navn=fact.subject.name or knr, fylkesnummer=str(fact.values.get("fylkesnummer") or ""),
            innbyggere=innbyggere, criteria=tuple(results), eligible=eligible and weight > 0,
            em_eligible=em_eligible and weight > 0, score=score, weight=weight,
            cap=population_cap(innbyggere, spec.maximum_share),
            recommendation=_int_or_none(fact.values.get("fylkeskommune_anbefaling")),
            recommendation_em=_int_or_none(fact.values.get("fylkeskommune_anbefaling_em"))))
    return evaluations
