"""The period evaluation's content, built once and rendered by every writer (Markdown, HTML, JSON).

Each year is the yearly review's own model (obligations.review.model.build_review) of the year's result the
review shows (obligations.system.AgreementSystem.year); this module only sets the years beside each other.
Everything is ordered and carries no clock time, so the same inputs give the same document.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bosetting.engine.ruleset import Parameter, RuleSet
from bosetting.obligations.facts import rule_parameters
from bosetting.obligations.metrics.indicators import IndicatorRow
from bosetting.obligations.period.causes import YearCauses, year_causes
from bosetting.obligations.period.earlier import Correction, EarlierReview
from bosetting.obligations.period.goals import GoalPeriod, goal_periods
from bosetting.obligations.period.triggers import HandlingYear, PartyActYear, handling_year, party_acts
from bosetting.obligations.period.work import ObligationWork, obligation_work
from bosetting.obligations.review.model import ReviewModel, build_review, relative_rule_file
from bosetting.obligations.system import AgreementSystem, YearResult


@dataclass(frozen=True)
class YearFigures:
    """The settlement chain of one year: need, anmodning, vedtak, bosatt (from the year's review)."""

    year: int
    need: int | None
    requested: int | None
    decided: int | None
    settled: int | None

    @property
    def settled_share(self) -> float | None:
        if self.need is None or self.settled is None or not self.need:
            return None
        return round(100 * self.settled / self.need, 1)


@dataclass
class PeriodModel:
    first_year: int  # the agreement period as the rule files give it
    last_year: int
    years: list[int]  # the years evaluated (the period's years the data holds)
    synthetic: bool
    figures: list[YearFigures]
    goals: list[GoalPeriod]
    causes: dict[int, YearCauses]
    work: list[tuple[str, list[ObligationWork]]]
    handling: list[HandlingYear]
    acts: list[PartyActYear]  # the parties' statements under "Varighet og oppsigelse", act by act and year by year
    baseline: list[tuple[int, IndicatorRow]]  # the national figures of the years before the period in the data
    earlier_years: list[int]  # the years before the period in the data
    evaluation_day: date
    rulesets: list[RuleSet]
    rule_files: dict[str, str]
    inputs: dict[str, str]
    assumptions: list[tuple[Parameter, list[str]]]  # every assumption used, with the goals that use it
    earlier_reviews: list[EarlierReview] | None = None  # None: no --earlier folder given
    corrections: list[Correction] = field(default_factory=list)
    reviews: dict[int, ReviewModel] = field(default_factory=dict)

    @property
    def period_label(self) -> str:
        return f"{self.first_year}–{self.last_year}"

    @property
    def covered_label(self) -> str:
        return f"{self.years[0]}–{self.years[-1]}" if len(self.years) > 1 else str(self.years[0])


def _assumptions(goals: list[GoalPeriod], handling: list[HandlingYear],
                 rulesets: Mapping[int, list[RuleSet]]) -> list[tuple[Parameter, list[str]]]:
    """Every assumption a status or figure of the document rests on, each as its rule file declares it (with its
    description and citation) and with the points it is used for: the reference values the goals' indicators are
    compared with, every parameter with basis assumption that a rule of the years' rule sets rests on
    (obligations.facts.rule_parameters), and the trigger's (each value the rule files gave it over the years)."""
    found: dict[tuple[str, object], tuple[Parameter, list[str]]] = {}
    for goal in goals:
        for year in goal.years:
            declared = {name: p for r in rulesets.get(year.year, []) if r.kind == "goals"
                        for name, p in r.parameters.items()}
            for indicator in year.indicators:
                use = indicator.reference.use if indicator.reference else None
                if use is None or use.basis != "assumption":
                    continue
                parameter = declared.get(use.name)
                if parameter is None or parameter.value != use.value:
                    parameter = Parameter(use.name, use.value, use.basis, use.citation, {}, use.unit)
                entry = found.setdefault((use.name, use.value), (parameter, []))
                if goal.id not in entry[1]:
                    entry[1].append(goal.id)
    for in_force in (rulesets[y] for y in sorted(rulesets)):
        for ruleset in in_force:
            for rule in ruleset.rules:
                for name in rule_parameters(rule, ruleset.parameters):
                    parameter = ruleset.parameters[name]
                    if not parameter.is_assumption:
                        continue
                    entry = found.setdefault((name, parameter.value), (parameter, []))
                    if rule.provision not in entry[1]:
                        entry[1].append(rule.provision)
    thresholds: dict[tuple[str, object], Parameter] = {}
    for handled in handling:
        if handled.threshold is not None and handled.threshold.is_assumption:
            thresholds.setdefault((handled.threshold.name, handled.threshold.value), handled.threshold)
    return [*found.values(), *((parameter, ["varighet"]) for parameter in thresholds.values())]


def build_period(system: AgreementSystem, evaluations: Mapping[int, YearResult], first_year: int, last_year: int,
                 rules_dir: Path | None = None) -> PeriodModel:
    """The evaluation of the years in `evaluations` (the system's results), each built as its yearly review."""
    dataset = system.dataset
    years = sorted(evaluations)
    reviews = {y: build_review(dataset, y, {e: evaluations[e] for e in years if e <= y}, rules_dir) for y in years}
    day = evaluations[years[-1]].evaluation_date
    rulesets_by_year = {y: list(evaluations[y].rulesets) for y in years}
    figures = [YearFigures(y, r.key_figures.need, r.key_figures.requested, r.key_figures.decided,
                           r.key_figures.settled) for y, r in reviews.items()]
    goals = goal_periods({y: r.goals for y, r in reviews.items()}, rulesets_by_year,
                         {y: r.deviation for y, r in reviews.items()})
    causes = {y: year_causes(dataset, y, evaluations[y].facts, r.deviation, r.deviation_em, r.groups,
                             rulesets_by_year[y])
              for y, r in reviews.items()}
    work = obligation_work(dataset, {y: r.parties for y, r in reviews.items()}, rulesets_by_year, day)
    handling = [handling_year(y, evaluations[y].facts, rulesets_by_year[y]) for y in years]
    before = sorted(y for y in dataset.national if y < first_year)
    baseline = [(y, row) for y in before for row in system.indicators(y).rows if row.scope == "national"]
    rulesets: dict[str, RuleSet] = {}
    for y in years:
        for r in sorted(evaluations[y].rulesets, key=lambda r: (r.kind, r.id)):
            rulesets.setdefault(r.key, r)
    return PeriodModel(
        first_year=first_year, last_year=last_year, years=years, synthetic=dataset.synthetic, figures=figures,
        goals=goals, causes=causes, work=work, handling=handling, acts=party_acts(dataset, years),
        baseline=baseline, earlier_years=before, evaluation_day=day, rulesets=list(rulesets.values()),
        rule_files={key: relative_rule_file(r.path, rules_dir) for key, r in rulesets.items()},
        inputs=dict(sorted(dataset.files.items())), assumptions=_assumptions(goals, handling, rulesets_by_year),
        reviews=reviews)
