"""Evaluating facts against a rule set: compile once, then judge fact after fact.

For every rule, the first outcome whose condition a fact satisfies gives the finding;
when none does, the rule's `otherwise` gives it. A rule that no fact reaches gives an
`insufficient_data` finding: silence is never taken as compliance.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from engine.conditions import LARGEST_NUMBER
from engine.durable_backend import SUBJECT_ID_KEY, SUBJECT_KIND_KEY, CompiledRules, FactToJudge
from engine.facts import Fact, Subject
from engine.findings import Evidence, Finding, ParameterUse
from engine.problems import InputError, Problem
from engine.render import LANGUAGES, render
from engine.ruleset import Outcome, Rule, RuleSet, content_hash

NATION = Subject("national", "NO", "Norge")

NO_FACTS = {
    "nb": "Ingen opplysninger av typen «{fact}» for {period}: regelen kunne ikke vurderes.",
    "en": "No data of the kind '{fact}' for {period}: the rule could not be assessed.",
}


def _label(rule_index: int, outcome_index: int) -> str:
    return f"{rule_index}:{outcome_index}"


class Evaluator:
    """A rule set compiled for durable_rules, ready to evaluate any number of fact batches.

    The compiled rules hold no parameter value, so an evaluator of a variant of the same
    rules (other parameter values) can share them: pass `compiled` from another
    evaluator, or keep an `Evaluators` that does it.
    """

    def __init__(self, ruleset: RuleSet, compiled: CompiledRules | None = None):
        self.ruleset = ruleset
        params = {name: p.value for name, p in ruleset.parameters.items()}
        if compiled is not None and compiled.key != structure_key(ruleset):
            raise ValueError(f"{ruleset.key}: the compiled rules given are of other rules")
        self.compiled = compiled if compiled is not None else compile_rules(ruleset)
        # Checked once here, carried by every fact: the values these rules are judged under.
        self._parameter_fields = self.compiled.parameter_fields(params)
        self._fields_by_type: dict[str, set[str]] = defaultdict(set)
        for rule in ruleset.rules:
            self._fields_by_type[rule.fact].update(rule.fields())
        # Worked out once, not once per finding: what each rule shows, and which rules judge which facts.
        self._params = params
        self._rule_fields = [rule.fields() for rule in ruleset.rules]
        self._rule_parameters = [self._parameter_uses(rule) for rule in ruleset.rules]
        self._rules_for: dict[tuple[str, str], list[int]] = defaultdict(list)
        for r_index, rule in enumerate(ruleset.rules):
            self._rules_for[(rule.fact, rule.applies_to)].append(r_index)

    def evaluate(self, facts: Iterable[Fact], period: str) -> list[Finding]:
        """One finding per rule and subject for the facts of `period`."""
        hits_by_rule: dict[int, list[tuple[Fact, int | None]]] = defaultdict(list)
        unusable: list[Problem] = []
        judged: list[Fact] = []
        to_judge: list[FactToJudge] = []
        for fact in facts:
            if fact.period != period or fact.type not in self._fields_by_type:
                continue
            values = {k: v for k, v in fact.values.items() if k in self._fields_by_type[fact.type]}
            if bad := _unusable_numbers(fact, values):
                unusable.extend(bad)
                continue
            judged.append(fact)
            to_judge.append((fact.type, values, fact.subject.kind, fact.subject.id))
        if unusable:
            raise InputError(unusable)
        for fact, labels in zip(judged, self.compiled.match_many(to_judge, self._parameter_fields), strict=True):
            first: dict[int, int] = {}
            for label in labels:
                r_index, o_index = (int(part) for part in label.split(":"))
                first[r_index] = min(o_index, first.get(r_index, o_index))
            for r_index in self._rules_for.get((fact.type, fact.subject.kind), ()):
                rule = self.ruleset.rules[r_index]
                if rule.applies_to == "agency" and rule.agency and fact.subject.id != rule.agency:
                    continue
                hits_by_rule[r_index].append((fact, first.get(r_index)))
        findings: list[Finding] = []
        shown: dict[int, dict[str, Any]] = {}  # each fact's values for explanations, by id(fact)
        for r_index, rule in enumerate(self.ruleset.rules):
            reached = hits_by_rule.get(r_index)
            if not reached:
                findings.append(self._no_facts(rule, period))
                continue
            for fact, first_outcome in reached:
                outcome = rule.outcomes[first_outcome] if first_outcome is not None else rule.otherwise
                explained = shown.get(id(fact))
                if explained is None:
                    explained = shown[id(fact)] = self._explanation_values(fact, period)
                findings.append(self._finding(rule, outcome, fact, period, explained, r_index))
        return findings

    def _parameter_uses(self, rule: Rule) -> list[ParameterUse]:
        uses = []
        for name in rule.parameters():
            p = self.ruleset.parameters[name]
            uses.append(ParameterUse(name, p.value, p.basis, p.citation, p.unit))
        return uses

    def _explanation_values(self, fact: Fact, period: str) -> dict[str, Any]:
        """What an explanation may name: the parameters, the fact's values, the subject and the period."""
        values: dict[str, Any] = dict(self._params)
        values.update(fact.values)
        values.update(subject=fact.subject.id, subject_name=fact.subject.name or fact.subject.id, period=period)
        return values

    def _finding(
        self, rule: Rule, outcome: Outcome, fact: Fact, period: str, values: dict[str, Any], r_index: int
    ) -> Finding:
        evidence = [Evidence(name, fact.values.get(name), fact.source_of(name)) for name in self._rule_fields[r_index]]
        return self._make(
            rule,
            outcome.status,
            outcome.label,
            fact.subject,
            period,
            evidence,
            {lang: render(outcome.explanation[lang], values, lang) for lang in LANGUAGES},
            r_index,
        )

    def _no_facts(self, rule: Rule, period: str) -> Finding:
        subject = Subject("agency", rule.agency, rule.agency) if rule.applies_to == "agency" and rule.agency else NATION
        explanation = {lang: render(NO_FACTS[lang], {"fact": rule.fact, "period": period}, lang) for lang in LANGUAGES}
        return self._make(rule, "insufficient_data", "no facts", subject, period, [], explanation)

    def _make(
        self,
        rule: Rule,
        status: str,
        label: str,
        subject: Subject,
        period: str,
        evidence: list[Evidence],
        explanation: dict[str, str],
        r_index: int | None = None,
    ) -> Finding:
        rs = self.ruleset
        parameters = list(self._rule_parameters[r_index]) if r_index is not None else self._parameter_uses(rule)
        return Finding(
            rule_id=rule.id,
            provision=rule.provision,
            ruleset_id=rs.id,
            ruleset_version=rs.version,
            ruleset_hash=rs.hash,
            ruleset_status=rs.status,
            status=status,
            subject=subject,
            period=period,
            title=dict(rule.title),
            explanation=explanation,
            evidence=evidence,
            parameters=parameters,
            outcome=label,
        )


def compile_rules(ruleset: RuleSet) -> CompiledRules:
    """The rule set's conditions compiled for durable_rules; its parameter values are not part of them."""
    entries = []
    filters: dict[str, dict[str, str]] = {}
    for r_index, rule in enumerate(ruleset.rules):
        for o_index, outcome in enumerate(rule.outcomes):
            assert outcome.condition is not None
            label = _label(r_index, o_index)
            entries.append((label, rule.fact, outcome.condition))
            filters[label] = {SUBJECT_KIND_KEY: rule.applies_to}
            if rule.applies_to == "agency" and rule.agency:
                filters[label][SUBJECT_ID_KEY] = rule.agency
    return CompiledRules(entries, filters, key=structure_key(ruleset))


def structure_key(ruleset: RuleSet) -> str:
    """What the compiled rules depend on: every rule's fact, subjects and conditions, in order.

    Two rule sets with the same key differ at most in parameter values, texts and
    metadata, and can share one compiled ruleset.
    """
    shape = [(rule.fact, rule.applies_to, rule.agency, [repr(o.condition) for o in rule.outcomes])
             for rule in ruleset.rules]
    return content_hash(shape)


class Evaluators:
    """One compiled ruleset per rule structure, shared by every parameter variant of it.

    A what-if that tries many parameter values compiles its rules once: memory stays
    flat however many variants it evaluates (a durable_rules host is never freed).
    """

    def __init__(self) -> None:
        self._compiled: dict[str, CompiledRules] = {}

    def __call__(self, ruleset: RuleSet) -> Evaluator:
        key = structure_key(ruleset)
        compiled = self._compiled.get(key)
        evaluator = Evaluator(ruleset, compiled)
        self._compiled.setdefault(key, evaluator.compiled)
        return evaluator

    @property
    def compiled_count(self) -> int:
        """How many rulesets have been compiled (one per structure)."""
        return len(self._compiled)


_ROW_SOURCE = re.compile(r"^(?P<file>.+):row (?P<row>\d+)$")


def _unusable_numbers(fact: Fact, values: dict[str, Any]) -> list[Problem]:
    """Numbers the engine cannot compare (NaN, infinite, beyond LARGEST_NUMBER): bad input, located at their source.

    They would otherwise stop durable_rules with an internal error; the data readers should refuse them first.
    """
    problems = []
    for name, value in values.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        if value != value or abs(value) > LARGEST_NUMBER:
            source = fact.source_of(name) or fact.key
            message = (
                f"{name} = {value} for {fact.subject.key()} cannot be compared by the rules engine "
                f"(the largest number it takes is {LARGEST_NUMBER:.0f})"
            )
            match = _ROW_SOURCE.match(source)
            if match:
                problems.append(Problem(match["file"], message=message, row=int(match["row"]), column_name=name))
            else:
                problems.append(Problem(source, message=message))
    return problems


def evaluate(ruleset: RuleSet, facts: Iterable[Fact], period: str) -> list[Finding]:
    """Compile and evaluate in one step; keep an Evaluator to reuse the compiled rules."""
    return Evaluator(ruleset).evaluate(facts, period)
