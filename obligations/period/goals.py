"""Goals against results, year by year and for the period: each goal's status and the indicators that decide it.

The indicators are the figures the goal's rule compares (its deciding fields), read from the finding's own
evidence; the reference value of each is the parameter its rule compares it with in the outcome that gives
"met" (or "effort documented"), with the basis the rule file states. Nothing is recomputed here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bosetting.engine.conditions import Comparison, Condition, Group
from bosetting.engine.facts import Scalar
from bosetting.engine.findings import Finding, ParameterUse
from bosetting.engine.ruleset import Rule, RuleSet
from bosetting.obligations.review.deviation import Deviation
from bosetting.obligations.review.model import ProvisionView

# The statuses that say a goal was reached as measured, and those that say it was not (or only in part).
REACHED = frozenset({"met", "documented"})
MISSED = frozenset({"not_met", "partly_met"})
# How a comparison with the reference value reads: is the value on the reached side of it?
_ON_REACHED_SIDE = {"ge": lambda v, r: v >= r, "gt": lambda v, r: v > r, "le": lambda v, r: v <= r,
                    "lt": lambda v, r: v < r, "eq": lambda v, r: v == r}


@dataclass(frozen=True)
class Reference:
    """The reference value an indicator is compared with, as the rule file gives it."""

    parameter: str
    op: str
    use: ParameterUse | None  # the value and basis used in the year (None: the rule did not report it)
    # The value is only the floor for «delvis oppfylt» (read from an outcome that says the goal is not met); what
    # gives «oppfylt» is then another condition (`met_when`).
    partly_floor: bool = False

    def reached(self, value: Scalar) -> bool | None:
        if self.use is None or not isinstance(value, (int, float)) or isinstance(value, bool):
            return None
        reference = self.use.value
        if not isinstance(reference, (int, float)) or self.op not in _ON_REACHED_SIDE:
            return None
        return bool(_ON_REACHED_SIDE[self.op](value, reference))


@dataclass(frozen=True)
class Indicator:
    """One figure of a goal in one year, with its reference value."""

    name: str
    value: Scalar
    source: str
    reference: Reference | None
    met_at: tuple[str, Scalar] | None = None  # the operator and fixed value that give «oppfylt» (met_when)

    @property
    def reached(self) -> bool | None:
        return self.reference.reached(self.value) if self.reference is not None else None


@dataclass(frozen=True)
class GoalYear:
    year: int
    status: str
    finding: Finding | None
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True)
class StatusChange:
    """A goal's status changed from one year to the next (such as met in 2026, not met in 2027)."""

    year_from: int
    status_from: str
    year_to: int
    status_to: str


@dataclass(frozen=True)
class GoalPeriod:
    """One main goal or result goal over the period."""

    id: str
    title: dict[str, str]
    text: str
    years: tuple[GoalYear, ...]
    need: int | None  # the period's settlement need, summed (settlement goals only; None otherwise or when missing)
    settled: int | None

    @property
    def indicator_names(self) -> list[str]:
        names: dict[str, None] = {}
        for year in self.years:
            for indicator in year.indicators:
                names.setdefault(indicator.name, None)
        return list(names)

    def indicator(self, year: int, name: str) -> Indicator | None:
        for entry in self.years:
            if entry.year == year:
                return next((i for i in entry.indicators if i.name == name), None)
        return None

    def changes(self) -> list[StatusChange]:
        return [StatusChange(a.year, a.status, b.year, b.status)
                for a, b in zip(self.years, self.years[1:], strict=False) if a.status != b.status]

    def years_reached(self) -> list[int]:
        """The years the goal was met as measured (effort documented is not "reached")."""
        return [y.year for y in self.years if y.status == "met"]

    def years_missed(self) -> list[int]:
        return [y.year for y in self.years if y.status in MISSED]

    @property
    def gap(self) -> int | None:
        return None if self.need is None or self.settled is None else self.need - self.settled

    def years_below_reference(self, name: str) -> list[int]:
        return [y.year for y in self.years for i in y.indicators if i.name == name and i.reached is False]


def _comparisons(condition: Condition | None) -> list[Comparison]:
    if condition is None:
        return []
    if isinstance(condition, Group):
        return [c for item in condition.items for c in _comparisons(item)]
    return [condition]


def references(rule: Rule) -> dict[str, tuple[str, str, bool]]:
    """Each deciding field's reference parameter, the operator that holds on the reached side of it, and whether
    it is only the floor for «delvis oppfylt».

    Read first from the outcomes that say the goal is reached; a field compared with a parameter only in an
    outcome that says it is missed (`andel < delvis_andel` gives "not met") has the negated operator, and is a
    floor: above it the goal is partly met, not met.
    """
    found: dict[str, tuple[str, str, bool]] = {}
    for outcome in sorted(rule.outcomes, key=lambda o: o.status not in REACHED):
        for comparison in _comparisons(outcome.condition):
            if outcome.status not in REACHED:
                comparison = comparison.negated()
            if comparison.param and comparison.left.kind == "field" and comparison.op in _ON_REACHED_SIDE:
                found.setdefault(comparison.left.fields[0],
                                 (comparison.param, comparison.op, outcome.status not in REACHED))
    return found


def met_when(rule: Rule) -> dict[str, tuple[str, Scalar]]:
    """The fields the outcome that says «oppfylt» compares with a fixed value (`varsler_ikke_i_tide = 0`), with the
    operator and value: what gives «oppfylt» where a parameter gives only the floor for «delvis»."""
    met = next((o for o in rule.outcomes if o.status == "met"), None)
    return {c.left.fields[0]: (c.op, c.value) for c in _comparisons(met.condition if met else None)
            if c.left.kind == "field" and c.param is None and c.other_field is None
            and not isinstance(c.value, tuple)}


def _indicators(rule: Rule | None, finding: Finding | None) -> tuple[Indicator, ...]:
    if rule is None or finding is None:
        return ()
    deciding = rule.deciding_fields()
    refs = references(rule)
    met = met_when(rule)
    uses = {p.name: p for p in finding.parameters}
    evidence = {e.name: e for e in finding.evidence}
    shown = []
    for name in rule.fields():
        if name not in deciding or name not in evidence:
            continue
        ref = refs.get(name)
        reference = Reference(ref[0], ref[1], uses.get(ref[0]), ref[2]) if ref else None
        shown.append(Indicator(name, evidence[name].value, evidence[name].source, reference, met.get(name)))
    return tuple(shown)


def _sum_given(values: Sequence[int | None]) -> int | None:
    return None if not values or any(v is None for v in values) else sum(v for v in values if v is not None)


SETTLEMENT_GOALS = frozenset({"hovedmaal-1", "resultatmaal-bosetting"})


def goal_periods(views_by_year: Mapping[int, Sequence[ProvisionView]], rulesets: Mapping[int, Sequence[RuleSet]],
                 deviations: Mapping[int, Deviation]) -> list[GoalPeriod]:
    """Every goal of the years' reviews, in the rule file's order, with its years side by side."""
    order: dict[str, ProvisionView] = {}
    for year in sorted(views_by_year):
        for view in views_by_year[year]:
            order.setdefault(view.id, view)
    goals = []
    for goal_id, first in order.items():
        years = []
        for year in sorted(views_by_year):
            found = next((v for v in views_by_year[year] if v.id == goal_id), None)
            if found is None:
                continue
            view = found
            finding = view.findings[0] if view.findings else None
            rule = next((r.rule(finding.rule_id) for r in rulesets[year] if finding is not None
                         and r.id == finding.ruleset_id and r.rule(finding.rule_id) is not None), None)
            years.append(GoalYear(year, view.status, finding, _indicators(rule, finding)))
        need = settled = None
        if goal_id in SETTLEMENT_GOALS:
            need = _sum_given([deviations[y.year].target for y in years])
            settled = _sum_given([deviations[y.year].realised for y in years])
        goals.append(GoalPeriod(goal_id, dict(first.title), first.text, tuple(years), need, settled))
    return goals
