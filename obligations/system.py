"""The evaluation layer: the agreement's rules and a dataset, each loaded once, and each year's result
computed once, for every front end that shows them.

    system = AgreementSystem(rules_dir, data_dir)          # nothing is read until it is needed
    result = system.year(2027)                             # findings, facts and the derived figures
    results = system.period([2026, 2027])                  # the same results, year by year
    first, last = system.agreement_years()                 # the agreement period, from the rules
    figures = system.indicators(2026)                      # the indicators of any year of the data
    scenario = system.criteria("2026", 2026)               # a criteria version judged and the need split
    scenario = system.criteria("2026", 2026, parameters={"min_innbyggere": 3000})  # a what-if variant

It sits between the front ends (the command line, the yearly review, the period evaluation, the criteria
commands, the workbench, the documentation site, the feature steps) and the domain (obligations.evaluation,
obligations.derive, obligations.facts, obligations.criteria), in the way OpenFisca's tax-benefit system and
simulation sit between its core and its users: the rule repository and the dataset are read once; every rule
set of one structure is compiled once for every year it judges (its parameters are data,
engine.evaluate.Evaluators); a year's result holds what the outputs show, so that no writer derives a figure
again; and a criteria version, or a what-if variant of it, is judged on the same dataset, each version's
evaluations kept for the next question about it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bosetting.engine.evaluate import Evaluators
from bosetting.engine.facts import Fact
from bosetting.engine.findings import Finding
from bosetting.engine.problems import InputError, Problem
from bosetting.engine.repository import RuleRepository
from bosetting.engine.ruleset import RuleSet
from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.data.records import Dataset
from bosetting.obligations.derive import DeriveSettings
from bosetting.obligations.evaluation import YearEvaluation, evaluate_year, missing_rule_sets
from bosetting.obligations.facts.lang_ventetid import long_waits_of_year
from bosetting.obligations.metrics.capacity import notice_days, notice_summary
from bosetting.obligations.paths import DATA_DIR, RULES_DIR
from bosetting.obligations.rules_context import load_rules

if TYPE_CHECKING:
    from bosetting.obligations.criteria.compare import Comparison
    from bosetting.obligations.criteria.context import CriteriaContext, Scenario
    from bosetting.obligations.criteria.evaluate import CriteriaVersion
    from bosetting.obligations.criteria.redistribution import Redistribution
    from bosetting.obligations.metrics.indicators import YearIndicators


@dataclass(frozen=True)
class YearResult:
    """One year's result: the evaluation (findings, rule sets, facts) and the figures derived beside it that
    the outputs show (long waits month by month, large capacity changes notified late), under the
    parameters of the obligations rule set in force."""

    evaluation: YearEvaluation
    settings: DeriveSettings
    long_waits_by_month: tuple[tuple[str, int], ...]
    late_notices: tuple[dict[str, Any], ...]

    @property
    def year(self) -> int:
        return self.evaluation.year

    @property
    def findings(self) -> Sequence[Finding]:
        return self.evaluation.findings

    @property
    def rulesets(self) -> Sequence[RuleSet]:
        return self.evaluation.rulesets

    @property
    def facts(self) -> list[Fact]:
        return self.evaluation.facts

    @property
    def evaluation_date(self) -> dt.date:
        """The day the year is judged on (its last): it chose the rule sets in force and the waivers that apply."""
        return self.evaluation.evaluation_date


class AgreementSystem:
    """The rules and the data of one run, and the results computed from them, each made once.

    Give folders (read when first needed, so that a command can check its arguments first), or a repository
    and a dataset already in memory (the feature steps build theirs from a scenario). `today` is the date
    the rule files' freshness is judged on when they are read (default: today). `criteria_rules` is the
    criteria folder or file the criteria are read from (default: the rules folder's `criteria/`).
    """

    def __init__(self, rules_dir: Path | None = None, data_dir: Path | None = None, *,
                 today: dt.date | None = None, repository: RuleRepository | None = None,
                 dataset: Dataset | None = None, criteria_rules: Path | None = None):
        self.rules_dir = rules_dir or RULES_DIR
        self.data_dir = data_dir or DATA_DIR
        self.criteria_rules = criteria_rules or self.rules_dir / "criteria"
        self.today = today
        self._repository = repository
        self._dataset = dataset
        self.evaluators = Evaluators()
        self._results: dict[tuple[int, bool], YearResult] = {}
        self._criteria: CriteriaContext | None = None

    @property
    def repository(self) -> RuleRepository:
        """Every rule set of the rules folder, validated; raises InputError listing every problem."""
        if self._repository is None:
            repository = load_rules([self.rules_dir], today=self.today)
            repository.raise_for_errors()
            self._repository = repository
        return self._repository

    @property
    def dataset(self) -> Dataset:
        """The data folder, read strictly; raises InputError listing every problem."""
        if self._dataset is None:
            self._dataset = load_dataset(self.data_dir)
        return self._dataset

    def why_not_assessable(self, year: int, include_drafts: bool = False) -> list[Problem]:
        """Why `year` cannot be evaluated with these rules (no obligations or goals rule set in force), or []."""
        return missing_rule_sets(self.repository, year, include_drafts)

    def agreement_years(self) -> tuple[int, int]:
        """The agreement period's first and last year, from the obligations rule sets' validity."""
        obligations = [r for r in self.repository.rulesets if r.kind == "obligations"]
        if not obligations:
            raise InputError([Problem(str(self.rules_dir), 0, 0, "no obligations rule set: is it the rules folder?")])
        return min(r.valid_from.year for r in obligations), max(r.valid_to.year for r in obligations)

    def assessable_years(self, first: int, last: int) -> list[int]:
        """The years from `first` to `last` that the data holds (national and kommune figures) and the rules
        assess (see why_not_assessable), in order."""
        dataset = self.dataset
        return [y for y in sorted(dataset.national) if first <= y <= last and y in dataset.kommune_years
                and not self.why_not_assessable(y)]

    def indicators(self, year: int, with_kommuner: bool = False) -> YearIndicators:
        """The year's indicators that do not depend on the agreement (request against need, vedtak against
        request, settled against decided), nationally and per fylke, and per kommune when asked; any year of
        the data, before the agreement too."""
        # Imported here: the yearly review shows none of these indicators; the module cost about 2 ms of its start.
        from bosetting.obligations.metrics.indicators import year_indicators

        return year_indicators(self.dataset, year, with_kommuner)

    def year(self, year: int, include_drafts: bool = False) -> YearResult:
        """The year's result, computed the first time it is asked for."""
        key = (year, include_drafts)
        if key not in self._results:
            evaluation = evaluate_year(self.dataset, self.repository, year, include_drafts, self.evaluators)
            self._results[key] = _year_result(self.dataset, evaluation)
        return self._results[key]

    def period(self, years: Iterable[int], include_drafts: bool = False) -> dict[int, YearResult]:
        """Each year's result, in the order of the years."""
        return {year: self.year(year, include_drafts) for year in sorted(years)}

    @property
    def criteria_context(self) -> CriteriaContext:
        """The criteria versions, read once, judged on this system's dataset with its compiled rules; each
        version's judgement and evaluations kept for the next question about it."""
        if self._criteria is None:
            # The criteria modules are imported here, not at the top: the yearly review never judges criteria,
            # and importing them (with the allocation and comparison modules) cost about 10 ms of its start.
            from bosetting.obligations.criteria.context import CriteriaContext

            self._criteria = CriteriaContext(self.criteria_rules, self.data_dir, dataset=lambda: self.dataset,
                                             evaluators=self.evaluators)
        return self._criteria

    def criteria_version(self, version: int | str | CriteriaVersion) -> CriteriaVersion:
        """A criteria version from a request year (2026 or "2026"), ID@VERSION or a criteria file's path."""
        from bosetting.obligations.criteria.evaluate import CriteriaVersion  # see criteria_context

        if isinstance(version, CriteriaVersion):
            return version
        if isinstance(version, int):
            return self.criteria_context.version_for_year(version)
        return self.criteria_context.version(version)

    def criteria(self, version: int | str | CriteriaVersion, data_year: int | None = None, *,
                 parameters: Mapping[str, Any] | None = None, need: int | None = None,
                 need_em: int | None = None, method: str | None = None) -> Scenario:
        """A criteria version judged on a data year's facts and the need split under it.

        `version` as for criteria_version; with `parameters`, the variant of it with those values (a what-if
        without editing a file). `data_year` defaults to the one the version's request year uses, the need
        to the data year's, the method to the version's.
        """
        context = self.criteria_context
        chosen = self.criteria_version(version)
        if parameters:
            chosen = context.variant(chosen, parameters)
        used_year = context.data_year(context.request_year(chosen), data_year)
        return context.scenario(chosen, used_year, need, need_em, method)

    def compare_criteria(self, first: int | str | CriteriaVersion, second: int | str | CriteriaVersion,
                         data_year: int | None = None, need: int | None = None,
                         need_em: int | None = None) -> tuple[Scenario, Scenario, Comparison]:
        """Two criteria versions on the same facts and need (default: those the second version's request year
        uses), and what the change from the first to the second does to every kommune and fylke."""
        context = self.criteria_context
        chosen_first, chosen_second = self.criteria_version(first), self.criteria_version(second)
        used_year = context.data_year(context.request_year(chosen_second), data_year)
        return context.compare(chosen_first, chosen_second, used_year, need, need_em)

    def redistribute_criteria(self, version: int | str | CriteriaVersion, data_year: int | None = None,
                              adjusted: int | None = None,
                              adjusted_em: int | None = None) -> tuple[Scenario, Redistribution]:
        """The version's split of the data year's need, the split of the changed need (default: the data's
        bosettingsbehov_justert, and bosettingsbehov_em_justert or else the EM need unchanged) under the same
        criteria, and whether the change goes beyond the version's thresholds."""
        from bosetting.obligations.criteria.context import allocation_rules  # see criteria_context
        from bosetting.obligations.criteria.redistribution import redistribute

        context = self.criteria_context
        chosen = self.criteria_version(version)
        used_year = context.data_year(context.request_year(chosen), data_year)
        need, need_em = context.need(used_year)
        national = self.dataset.national[used_year]
        adjusted = adjusted if adjusted is not None else national.bosettingsbehov_justert
        if adjusted is None:
            raise InputError([Problem(national.source, message=f"no adjusted need (bosettingsbehov_justert) for "
                                      f"{used_year}; give --adjusted-need")])
        if adjusted_em is None:
            adjusted_em = national.bosettingsbehov_em_justert if national.bosettingsbehov_em_justert is not None \
                else need_em
        scenario = context.scenario(chosen, used_year, need, need_em)
        try:
            result = redistribute([e.unit() for e in scenario.evaluations], allocation_rules(chosen), need, need_em,
                                  adjusted, adjusted_em, chosen.spec.redistribution)
        except ValueError as exc:
            raise InputError([Problem(chosen.ruleset.path, message=f"{chosen.key}: the need cannot be distributed: "
                                      f"{exc}")]) from exc
        return scenario, result


def _year_result(dataset: Dataset, evaluation: YearEvaluation) -> YearResult:
    obligations = sorted((r for r in evaluation.rulesets if r.kind == "obligations"), key=lambda r: r.id)
    settings = DeriveSettings.for_ruleset(obligations[0]) if obligations else DeriveSettings()
    year = evaluation.year
    return YearResult(evaluation, settings, _long_waits(dataset, year, settings),
                      _late_notices(dataset, year, settings))


def _late_notices(dataset: Dataset, year: int, settings: DeriveSettings) -> tuple[dict[str, Any], ...]:
    if settings.large_change_places is None or settings.notice_days is None:
        return ()
    summary = notice_summary(dataset.capacity_changes.get(year, ()), year, settings.large_change_places,
                             settings.notice_days)
    late = [{"endring_id": c.endring_id, "navn": c.navn, "mottakstype": c.mottakstype,
             "kommunenummer": c.kommunenummer, "endring": c.endring, "plasser": c.plasser,
             "varsel_dager": notice_days(c), "source": c.source} for c in (*summary.late, *summary.never)]
    return tuple(sorted(late, key=lambda c: (c["varsel_dager"] if c["varsel_dager"] is not None else -10**6,
                                             c["endring_id"])))


def _long_waits(dataset: Dataset, year: int, settings: DeriveSettings) -> tuple[tuple[str, int], ...]:
    if settings.limits is None or year not in dataset.persons:  # no person file: no months of zeros
        return ()
    months = long_waits_of_year(dataset.persons.get(year, ()), year, settings.limits)
    return tuple((m.month, m.long_waiting) for m in months)
