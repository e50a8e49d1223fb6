"""Evaluating facts against a rule set: compile once, then judge fact after fact.

For every rule, the first outcome whose condition a fact satisfies gives the finding;
when none does, the rule's `otherwise` gives it. A rule that no fact reaches gives an
`insufficient_data` finding: silence is never taken as compliance.
"""

from __future__ import annotations

import re
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from typing import Any

from bosetting.engine.collector import no_cyclic_gc
from bosetting.engine.conditions import LARGEST_NUMBER, fields_read
from bosetting.engine.durable_backend import SUBJECT_ID_KEY, SUBJECT_KIND_KEY, CompiledRules, FactToJudge
from bosetting.engine.facts import Fact, Subject
from bosetting.engine.findings import Evidence, Explanation, Finding, OutcomeTexts, ParameterUse, explained_subject
from bosetting.engine.problems import InputError, Problem
from bosetting.engine.render import LANGUAGES, render
from bosetting.engine.ruleset import Outcome, Rule, RuleSet, content_hash

NATION = Subject("national", "NO", "Norge")

NO_FACTS = {
    "nb": "Ingen opplysninger av typen «{fact}» for {period}: regelen kunne ikke vurderes.",
    "en": "No data of the kind '{fact}' for {period}: the rule could not be assessed.",
}


# Evaluator._findings makes findings with their fields in this order, without their names.
FINDING_FIELDS = ("rule_id", "provision", "ruleset_id", "ruleset_version", "ruleset_hash", "ruleset_status", "status",
                  "subject", "period", "title", "explanation", "evidence", "parameters", "outcome", "waiver", "role",
                  "label")
if (_finding_fields := tuple(f.name for f in dataclass_fields(Finding))) != FINDING_FIELDS:
    raise ImportError(f"engine.findings.Finding's fields are {_finding_fields}, not FINDING_FIELDS")


def _label(rule_index: int, outcome_index: int) -> str:
    return f"{rule_index}:{outcome_index}"


class Evaluator:
    """A rule set compiled for durable_rules, ready to evaluate any number of fact batches.

    The compiled rules hold no parameter value, so an evaluator of a variant of the same
    rules (other parameter values) can share them: pass `compiled` from another
    evaluator, or keep an `Evaluators` that does it.
    """

    def __init__(self, ruleset: RuleSet, compiled: CompiledRules | None = None, structure: str | None = None):
        """`structure`: the rule set's structure_key, when the caller has worked it out already."""
        self.ruleset = ruleset
        params = {name: p.value for name, p in ruleset.parameters.items()}
        structure = structure or structure_key(ruleset)
        if compiled is not None and compiled.key != structure:
            raise ValueError(f"{ruleset.key}: the compiled rules given are of other rules")
        self.compiled = compiled if compiled is not None else compile_rules(ruleset, structure)
        # Checked once here, carried by every fact: the values these rules are judged under.
        self.parameter_fields = self.compiled.parameter_fields(params)
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
        self._condition_fields = [{name for o in rule.outcomes if o.condition for name in fields_read(o.condition)}
                                  for rule in ruleset.rules]
        # What is asserted of a fact: the values the conditions of its type's rules read. A value a rule only
        # shows (its extra evidence), where a type has any, is in the finding, never in what durable_rules
        # compares or hands back.
        compared: dict[str, set[str]] = defaultdict(set)
        for rule, names in zip(ruleset.rules, self._condition_fields, strict=True):
            compared[rule.fact].update(names)
        self._only_shown = {fact_type: shown for fact_type, names in self._fields_by_type.items()
                            if (shown := names - compared[fact_type])}
        self._condition_parameters = [rule.parameters() for rule in ruleset.rules]
        # Per rule, each outcome's templates (the otherwise last), written when a finding's explanation is read.
        self._texts = [[self._outcome_texts(r_index, rule, o_index, outcome)
                        for o_index, outcome in enumerate((*rule.outcomes, rule.otherwise))]
                       for r_index, rule in enumerate(ruleset.rules)]
        # What durable_rules reports for a fact (compile_rules' labels), as (rule index, outcome index).
        self._label_indices = {_label(r_index, o_index): (r_index, o_index)
                               for r_index, rule in enumerate(ruleset.rules) for o_index in range(len(rule.outcomes))}

    def _outcome_texts(self, r_index: int, rule: Rule, o_index: int, outcome: Outcome) -> OutcomeTexts | None:
        """None for templates that lack a language (a rule set built without its schema): those findings are
        written at once, and fail as they always have, when they are made."""
        if any(lang not in outcome.explanation for lang in LANGUAGES):
            return None
        at: tuple[str | int, ...] = (("rules", r_index, "outcomes", o_index) if o_index < len(rule.outcomes)
                                     else ("rules", r_index, "otherwise"))
        ruleset = self.ruleset

        def where() -> str:
            return f"{ruleset.problem((*at, 'explanation'), '').location()}: {ruleset.key}, rule {rule.id}, " \
                   f"{outcome.label}"

        return OutcomeTexts(outcome.explanation, self._params, where)

    def evaluate(self, facts: Iterable[Fact], period: str) -> list[Finding]:
        """One finding per rule and subject for the facts of `period`."""
        # One pause of the collector for both steps: the judgement is let go before it ends, so the collection
        # that follows walks only the findings (see judge and findings).
        with no_cyclic_gc():
            return self._findings(self._judge(facts, period, None))

    def judge(self, facts: Iterable[Fact], period: str, remembered: RememberedOutcomes | None = None) -> Judgement:
        """Which outcome of each rule each fact of `period` gives, without writing the findings.

        With `remembered` (kept by a FactSet for one rule structure and always the same
        facts), a rule whose parameters have values it was judged under before is not
        judged again: its outcomes are taken from there.
        """
        # The facts asserted and the answers durable_rules decodes are many objects and no reference cycles of
        # ours: a collection while they are made walks every object alive, again and again, and frees nothing.
        # It was as much as half the time of a judgement of 6,500 facts.
        with no_cyclic_gc():
            return self._judge(facts, period, remembered)

    def _judge(self, facts: Iterable[Fact], period: str, remembered: RememberedOutcomes | None) -> Judgement:
        if remembered is not None:
            # The same facts every time: which of them the rules read, their values, and which rules reach
            # which, are worked out once.
            fields = tuple(sorted((t, tuple(sorted(names))) for t, names in self._fields_by_type.items()))
            judged, to_judge, reach = remembered.usable(fields, lambda: self._reach(*self._usable(facts, period)))
        else:
            judged, to_judge, reach = self._reach(*self._usable(facts, period))
        # The parameter values each rule's outcomes depend on: only a remembered judgement is looked up by them.
        keys = ([self._outcome_key(r_index) for r_index in range(len(self.ruleset.rules))]
                if remembered is not None else [])
        outcomes: list[list[int | None] | None] = [
            remembered.get(r_index, keys[r_index]) if remembered is not None else None
            for r_index in range(len(self.ruleset.rules))]
        missing = [r_index for r_index, known in enumerate(outcomes) if known is None and reach[r_index]]
        if missing:
            for r_index, found in self._match(judged, to_judge, reach, missing, remembered).items():
                outcomes[r_index] = found
                if remembered is not None:
                    remembered.put(r_index, keys[r_index], found)
        reached = [[(judged[position], outcome) for position, outcome in zip(reach[r_index], found or (), strict=True)]
                   for r_index, found in enumerate(outcomes)]
        return Judgement(self, period, judged, reached)

    def _reach(self, judged: list[Fact], to_judge: list[FactToJudge]
               ) -> tuple[list[Fact], list[FactToJudge], list[list[int]]]:
        """The facts with, per rule, the positions of those it judges (its type and kind of subject)."""
        reach: list[list[int]] = [[] for _ in self.ruleset.rules]
        for position, fact in enumerate(judged):
            for r_index in self._rules_for.get((fact.type, fact.subject.kind), ()):
                rule = self.ruleset.rules[r_index]
                if rule.applies_to == "agency" and rule.agency and fact.subject.id != rule.agency:
                    continue
                reach[r_index].append(position)
        return judged, to_judge, reach

    def _usable(self, facts: Iterable[Fact], period: str) -> tuple[list[Fact], list[FactToJudge]]:
        """The facts of the period that rules read, each with the values they read; unusable numbers refused."""
        unusable: list[Problem] = []
        judged: list[Fact] = []
        to_judge: list[FactToJudge] = []
        fields_by_type, only_shown = self._fields_by_type, self._only_shown
        for fact in facts:
            if fact.period != period or (read := fields_by_type.get(fact.type)) is None:
                continue
            values = {k: v for k, v in fact.values.items() if k in read}
            if bad := _unusable_numbers(fact, values):
                unusable.extend(bad)
                continue
            if (shown := only_shown.get(fact.type)) is not None:
                values = {k: v for k, v in values.items() if k not in shown}
            judged.append(fact)
            to_judge.append((fact.type, values, fact.subject.kind, fact.subject.id))
        if unusable:
            raise InputError(unusable)
        return judged, to_judge

    def _match(self, judged: list[Fact], to_judge: list[FactToJudge], reach: list[list[int]], rules: list[int],
               remembered: RememberedOutcomes | None) -> dict[int, list[int | None]]:
        """For each rule in `rules`, the first outcome that holds (or None) for each fact it reaches.

        Given `remembered` (the same facts every time), the judgement is partial: only the
        facts those rules reach are asserted, with only the values their conditions read,
        made ready once; so it costs in proportion to the rules judged. What other rules
        would match in it is not read.
        """
        parameter_fields = self.parameter_fields
        if remembered is None:
            positions: Sequence[int] = range(len(judged))
            bodies = self.compiled.prepare(to_judge)
        else:
            def prepare() -> tuple[list[int], list[dict[str, Any] | None]]:
                read = set().union(*(self._condition_fields[r_index] for r_index in rules))
                chosen = sorted({p for r_index in rules for p in reach[r_index]})
                return chosen, self.compiled.prepare([(t, {k: v for k, v in values.items() if k in read}, kind, sid)
                                                      for t, values, kind, sid in (to_judge[p] for p in chosen)])

            positions, bodies = remembered.prepared(tuple(rules), prepare)
            parameter_fields = self.compiled.parameter_fields(
                self._params, {name for r_index in rules for name in self._condition_parameters[r_index]})
        first: dict[int, dict[int, int]] = {}
        label_indices = self._label_indices
        for label, index in self.compiled.hits_prepared(bodies, parameter_fields):
            r_index, o_index = label_indices[label]
            position = positions[index]
            held = first.get(r_index)
            if held is None:
                held = first[r_index] = {}
            known = held.get(position)
            if known is None or o_index < known:
                held[position] = o_index
        return {r_index: [first.get(r_index, {}).get(p) for p in reach[r_index]] for r_index in rules}

    def _outcome_key(self, r_index: int) -> tuple[Any, ...]:
        """The values of the parameters a rule's conditions read: with the facts, all its outcomes depend on."""
        return tuple(_value_key(self._params[name]) for name in self._condition_parameters[r_index])

    def findings(self, judgement: Judgement) -> list[Finding]:
        """The findings of a judgement: one per rule and subject, or one for a rule no fact reached."""
        # Findings hold no reference cycles: a collection while they are made would walk them and the facts
        # again and again (about a sixth of the time of 28,000 findings) and free nothing.
        with no_cyclic_gc():
            return self._findings(judgement)

    def _findings(self, judgement: Judgement) -> list[Finding]:
        period = judgement.period
        rs = self.ruleset
        categories = rs.categories
        findings: list[Finding] = []
        append, new_tuple = findings.append, tuple.__new__
        as_evaluated: dict[int, dict[str, Any]] = {}  # each fact's values, by id(fact)
        for r_index, rule in enumerate(rs.rules):
            reached = judgement.reached[r_index]
            if not reached:
                append(self._no_facts(rule, period))
                continue
            outcomes, texts = (*rule.outcomes, rule.otherwise), self._texts[r_index]
            fields, parameters = self._rule_fields[r_index], self._rule_parameters[r_index]
            # Most rules show one value: its evidence is built without a comprehension (a call of its own).
            only = fields[0] if len(fields) == 1 else None
            for fact, first_outcome in reached:
                o_index = first_outcome if first_outcome is not None else -1
                outcome, outcome_texts = outcomes[o_index], texts[o_index]
                subject, values, sources, source = fact.subject, fact.values, fact.sources, fact.source
                explanation: Mapping[str, str]
                if outcome_texts is not None:
                    # The values as they are now, for an explanation written later: a fact changed after its
                    # evaluation must not change what its findings say. One copy a fact, for all its findings.
                    kept = as_evaluated.get(id(fact))
                    if kept is None:
                        kept = as_evaluated[id(fact)] = dict(values)
                    explanation = Explanation(outcome_texts, kept, subject, period)
                else:
                    shown = self._explanation_values(fact, period)
                    explanation = {lang: render(outcome.explanation[lang], shown, lang) for lang in LANGUAGES}
                status = outcome.status
                category = categories.get(status)
                # In the order of FINDING_FIELDS: a call with its seventeen names costs three times as much.
                append(Finding(
                    rule.id, rule.provision, rs.id, rs.version, rs.hash, rs.status, status, subject, period,
                    rule.title, explanation,
                    # Evidence(name, value, Fact.source_of(name)), without the named tuple's own __new__
                    [new_tuple(Evidence, (only, values.get(only), sources.get(only, source)))] if only is not None
                    else [new_tuple(Evidence, (name, values.get(name), sources.get(name, source))) for name in fields],
                    list(parameters), outcome.label, None, rule.role,
                    category.label if category is not None else {},
                ))
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
        values.update(explained_subject(fact.subject, period))
        return values

    def _no_facts(self, rule: Rule, period: str) -> Finding:
        subject = Subject("agency", rule.agency, rule.agency) if rule.applies_to == "agency" and rule.agency else NATION
        explanation = {lang: render(NO_FACTS[lang], {"fact": rule.fact, "period": period}, lang) for lang in LANGUAGES}
        rs = self.ruleset
        status = "insufficient_data"
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
            title=rule.title,
            explanation=explanation,
            evidence=[],
            parameters=self._parameter_uses(rule),
            outcome="no facts",
            role=rule.role,
            label=rs.categories[status].label if status in rs.categories else {},
        )


@dataclass(frozen=True)
class Judgement:
    """What an evaluation decides before any finding is written: each rule's outcome for each fact it reaches.

    `reached[r]` lists, for rule r of the rule set, (fact, index of the first outcome whose
    condition holds, or None for the rule's `otherwise`) in the order of the facts.
    """

    evaluator: Evaluator
    period: str
    facts: list[Fact]
    reached: list[list[tuple[Fact, int | None]]]

    def statuses(self, r_index: int) -> Iterator[tuple[Fact, str]]:
        """Each fact rule r reaches, with the status it gives."""
        rule = self.evaluator.ruleset.rules[r_index]
        for fact, outcome in self.reached[r_index]:
            yield fact, (rule.outcomes[outcome] if outcome is not None else rule.otherwise).status

    def findings(self) -> list[Finding]:
        return self.evaluator.findings(self)


def _value_key(value: Any) -> Any:
    """A parameter value as a key that keeps its type: True == 1 and 1 == 1.0, but they compare differently."""
    if isinstance(value, (list, tuple)):
        return ("list", tuple(_value_key(v) for v in value))
    return (type(value).__name__, value)


class RememberedOutcomes:
    """Per rule, its outcomes for a fixed list of facts under the parameter values it was judged with (latest few)."""

    def __init__(self, kept: int):
        self._kept = kept
        self._by_rule: dict[int, OrderedDict[tuple[Any, ...], list[int | None]]] = defaultdict(OrderedDict)
        self._usable: dict[Any, tuple[list[Fact], list[FactToJudge], list[list[int]]]] = {}
        self._prepared: OrderedDict[tuple[int, ...], tuple[list[int], list[dict[str, Any] | None]]] = OrderedDict()

    def usable(self, fields: Any, work_out: Callable[[], tuple[list[Fact], list[FactToJudge], list[list[int]]]]
               ) -> tuple[list[Fact], list[FactToJudge], list[list[int]]]:
        """The facts rules reading `fields` judge, with the values they read: worked out once per set of fields."""
        if fields not in self._usable:
            self._usable[fields] = work_out()
        return self._usable[fields]

    def prepared(self, rules: tuple[int, ...], work_out: Callable[[], tuple[list[int], list[dict[str, Any] | None]]]
                 ) -> tuple[list[int], list[dict[str, Any] | None]]:
        """The facts these rules judge, made ready for the engine once (the latest few sets of rules)."""
        if rules in self._prepared:
            self._prepared.move_to_end(rules)
        else:
            self._prepared[rules] = work_out()
            while len(self._prepared) > self._kept:
                self._prepared.popitem(last=False)
        return self._prepared[rules]

    def get(self, r_index: int, key: tuple[Any, ...]) -> list[int | None] | None:
        known = self._by_rule[r_index]
        if key in known:
            known.move_to_end(key)
            return known[key]
        return None

    def put(self, r_index: int, key: tuple[Any, ...], outcomes: list[int | None]) -> None:
        known = self._by_rule[r_index]
        known[key] = outcomes
        while len(known) > self._kept:
            known.popitem(last=False)


class FactSet:
    """The facts of one period, fixed, for judging under many parameter variants (Evaluators.judge).

    The facts are copied when the set is made, so a later change to the originals is not
    seen. A rule's outcomes depend only on the facts and the parameters its conditions
    read; the set remembers them, per rule structure, under the latest few values of
    those parameters, so a variant that changes one parameter judges again only the rules
    that read it.
    """

    def __init__(self, facts: Iterable[Fact], period: str, kept: int = 8):
        self.period = period
        self.facts = [Fact(f.type, f.subject, f.period, dict(f.values), dict(f.sources), f.source)
                      for f in facts if f.period == period]
        self._kept = kept
        self._remembered: dict[str, RememberedOutcomes] = {}

    def remembered(self, structure: str) -> RememberedOutcomes:
        if structure not in self._remembered:
            self._remembered[structure] = RememberedOutcomes(self._kept)
        return self._remembered[structure]


def compile_rules(ruleset: RuleSet, structure: str | None = None) -> CompiledRules:
    """The rule set's conditions compiled for durable_rules; its parameter values are not part of them.
    `structure`: its structure_key, when worked out already."""
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
    return CompiledRules(entries, filters, key=structure or structure_key(ruleset))


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

    def __init__(self, kept: int = 16) -> None:
        self._compiled: dict[str, CompiledRules] = {}
        # The evaluators of the last `kept` rule sets asked for, by the rule set object: a review of several years
        # evaluates the same rule sets for each, and an Evaluator holds nothing of an evaluation, only what it
        # works out from its rule set (which is never changed once loaded).
        self._kept = kept
        self._recent: OrderedDict[int, tuple[RuleSet, Evaluator]] = OrderedDict()

    def __call__(self, ruleset: RuleSet) -> Evaluator:
        known = self._recent.get(id(ruleset))
        if known is not None and known[0] is ruleset:
            self._recent.move_to_end(id(ruleset))
            return known[1]
        key = structure_key(ruleset)
        compiled = self._compiled.get(key)
        evaluator = Evaluator(ruleset, compiled, key)
        self._compiled.setdefault(key, evaluator.compiled)
        self._recent[id(ruleset)] = (ruleset, evaluator)  # the rule set kept alive, so its id is not reused
        if len(self._recent) > self._kept:
            self._recent.popitem(last=False)
        return evaluator

    def judge(self, ruleset: RuleSet, facts: FactSet) -> Judgement:
        """The rule set's judgement of a fact set, judging again only rules whose parameters changed."""
        evaluator = self(ruleset)
        return evaluator.judge(facts.facts, facts.period, facts.remembered(evaluator.compiled.key))

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
