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

from bosetting.engine.evaluate import Evaluator, Judgement
from bosetting.engine.facts import Fact
from bosetting.engine.findings import Finding
from bosetting.engine.ruleset import RuleSet
from bosetting.obligations.criteria.allocation import AllocationUnit, population_cap
from bosetting.obligations.criteria.spec import AllocationSpec, allocation_spec, require_criteria


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
    evaluator = evaluator or Evaluator(version.ruleset)
    return evaluations_of(version, evaluator.judge(facts, period))


def _kommune_facts(judgement: Judgement) -> dict[str, Fact]:
    return {f.subject.id: f for f in judgement.facts if f.type == "kommune_aar" and f.subject.kind == "kommune"}


# (id of the fact, eligible, EM-eligible, score and maximum share as integer pairs)
#   -> (unit, eligible and weighed, score, innbyggere), fact
UnitCache = dict[tuple[int, bool, bool, int, int, int, int],
                 tuple[tuple[AllocationUnit, bool, Fraction, int | None], Fact]]
UNITS_KEPT = 10_000


class _Weighing:
    """What a kommune's criteria make of it for the distribution, worked out the same way for every use."""

    def __init__(self, version: CriteriaVersion, known: UnitCache | None = None):
        self.spec = version.spec
        self._scoring = [rule.id for rule in version.ruleset.rules if self.spec.role(rule.id) == "scoring"]
        self._scores: dict[tuple[str, ...], Fraction] = {}
        self._known = known

    def score(self, met_scoring: tuple[str, ...]) -> Fraction:
        """base_weight plus the scores of the scoring rules met (given in rule order)."""
        if met_scoring not in self._scores:
            self._scores[met_scoring] = self.spec.base_weight + sum(
                (self.spec.weights[rule_id] for rule_id in met_scoring), Fraction(0))
        return self._scores[met_scoring]

    def unit(self, fact: Fact, status: dict[str, str]) -> tuple[AllocationUnit, bool, Fraction, int | None]:
        """The kommune as the distribution sees it, and whether it is eligible, its score and population."""
        spec = self.spec
        values = fact.values
        eligible = all(status[rule_id] == "met" for rule_id in spec.mandatory)
        em_eligible = eligible and all(status.get(rule_id) == "met" for rule_id in spec.em_criteria)
        innbyggere = _int_or_none(values.get("innbyggere"))
        score = self.score(tuple(rule_id for rule_id in self._scoring if status[rule_id] == "met")) if eligible \
            else Fraction(0)
        # A kommune's unit depends on its fact and on these alone: what-if variants that leave them share it.
        share = spec.maximum_share
        # Fractions as integer pairs: a Fraction's own hash is slow.
        key = (id(fact), eligible, em_eligible, score.numerator, score.denominator,
               share.numerator if share is not None else -1, share.denominator if share is not None else 0)
        if self._known is not None and key in self._known:
            return self._known[key][0]
        if innbyggere is None or not innbyggere or not score:
            weight, weighed = Fraction(0), False
        else:
            weight, weighed = score * innbyggere, (score > 0) == (innbyggere > 0)
        unit = AllocationUnit(fact.subject.id, str(values.get("fylkesnummer") or ""), weight,
                              population_cap(innbyggere, spec.maximum_share), em_eligible and weighed,
                              _int_or_none(values.get("fylkeskommune_anbefaling")),
                              _int_or_none(values.get("fylkeskommune_anbefaling_em")))
        result = (unit, eligible and weighed, score, innbyggere)
        if self._known is not None:
            if len(self._known) > UNITS_KEPT:
                self._known.clear()
            self._known[key] = (result, fact)  # the fact is kept so that its id is not reused while the key lives
        return result


def units_of(version: CriteriaVersion, judgement: Judgement, known: UnitCache | None = None) -> list[AllocationUnit]:
    """Every kommune's allocation unit from the criteria's statuses alone (no finding is written), by kommunenummer.

    The same units as `[e.unit() for e in evaluations_of(version, judgement)]`, for a what-if
    that needs the distribution before (or without) the explanations. `known` keeps units
    from one call to the next (for the same facts): a kommune whose statuses and score a
    variant leaves as they were gets the same unit without working it out again.
    """
    kommune_facts = _kommune_facts(judgement)
    statuses: dict[str, dict[str, str]] = defaultdict(dict)
    for r_index, rule in enumerate(version.ruleset.rules):
        for fact, status in judgement.statuses(r_index):
            if fact.subject.kind == "kommune":
                statuses[fact.subject.id][rule.id] = status
    weighing = _Weighing(version, known)
    return [weighing.unit(kommune_facts[knr], statuses[knr])[0] for knr in sorted(kommune_facts)]


def evaluations_of(version: CriteriaVersion, judgement: Judgement) -> list[KommuneEvaluation]:
    """Every kommune of the judgement with its criteria, findings, score and weight, sorted by kommunenummer."""
    kommune_facts = _kommune_facts(judgement)
    findings: dict[str, dict[str, Finding]] = defaultdict(dict)
    for finding in judgement.findings():
        if finding.subject.kind == "kommune":
            findings[finding.subject.id][finding.rule_id] = finding
    spec = version.spec
    weighing = _Weighing(version)
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
        unit, eligible, score, innbyggere = weighing.unit(fact, {r.rule_id: r.status for r in results})
        evaluations.append(KommuneEvaluation(
            kommunenummer=knr, navn=fact.subject.name or knr, fylkesnummer=unit.fylkesnummer,
            innbyggere=innbyggere, criteria=tuple(results), eligible=eligible,
            em_eligible=unit.em_eligible, score=score, weight=unit.weight, cap=unit.cap,
            recommendation=unit.recommendation, recommendation_em=unit.recommendation_em))
    return evaluations
