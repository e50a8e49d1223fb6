"""Loading criteria and data once, and caching what many scenarios share.

A what-if run compares many criteria versions on the same data: the rule files are
loaded once, the facts of a data year are built once, and rules are compiled for the
engine once per structure: every parameter variant of a version (`variant`, or an
edited copy of its file that changes only values) shares one compiled ruleset, its
parameters being data. The latest evaluations are kept (by content hash, so an edited
file is evaluated anew); older ones are let go, so memory stays flat however many
variants are tried.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from bosetting.engine.conditions import check_number
from bosetting.engine.evaluate import Evaluator, Evaluators, FactSet, Judgement
from bosetting.engine.facts import Fact
from bosetting.engine.problems import InputError, Problem
from bosetting.engine.repository import RuleRepository
from bosetting.engine.ruleset import RuleSet, content_hash
from bosetting.obligations.criteria.allocation import (
    Allocation,
    AllocationInfeasible,
    AllocationRules,
    AllocationUnit,
    allocate,
)
from bosetting.obligations.criteria.compare import Comparison, compare_allocations
from bosetting.obligations.criteria.evaluate import (
    CriteriaVersion,
    KommuneEvaluation,
    UnitCache,
    evaluations_of,
    units_of,
)
from bosetting.obligations.criteria.facts import criteria_facts, data_year_for
from bosetting.obligations.criteria.spec import CRITERIA_KIND
from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.data.records import Dataset, Kommune
from bosetting.obligations.paths import DATA_DIR, RULES_DIR
from bosetting.obligations.recent import recent
from bosetting.obligations.rules_context import load_rules

CRITERIA_DIR = RULES_DIR / "criteria"


def load_criteria(paths: list[Path]) -> RuleRepository:
    """Criteria rule files under `paths`, with the criteria's own checks; raises on any error."""
    repo = load_rules(paths)
    repo.raise_for_errors()
    return repo


@dataclass(frozen=True)
class Scenario:
    """One criteria version applied to one data year and one need.

    The distribution is worked out from the criteria's statuses alone; the evaluations with
    their explanations are written when first asked for (and kept by the context).
    """

    version: CriteriaVersion
    data_year: int
    allocation: Allocation
    context: CriteriaContext = field(repr=False, compare=False)

    @property
    def evaluations(self) -> tuple[KommuneEvaluation, ...]:
        return self.context.evaluations(self.version, self.data_year)

    def evaluation(self, kommunenummer: str) -> KommuneEvaluation | None:
        return next((e for e in self.evaluations if e.kommunenummer == kommunenummer), None)


class CriteriaContext:
    """Rules and data for the criteria commands, loaded lazily and kept.

    Inside the evaluation layer (obligations.system.AgreementSystem.criteria) the dataset is the system's,
    read once for every front end, and the compiled rules are shared with the system's other rule sets;
    on its own the context reads `data_dir` itself and compiles for itself.
    """

    def __init__(self, rules_path: Path | None = None, data_dir: Path | None = None, *,
                 dataset: Callable[[], Dataset] | None = None, evaluators: Evaluators | None = None):
        self.rules_path = rules_path or CRITERIA_DIR
        self.data_dir = data_dir or DATA_DIR
        self._load_dataset = dataset or (lambda: load_dataset(self.data_dir))
        self._files: dict[Path, CriteriaVersion] = {}
        self._compiled = evaluators or Evaluators()
        self._evaluators: OrderedDict[str, Evaluator] = OrderedDict()
        self._facts: dict[int, list[Fact]] = {}
        self._fact_sets: dict[int, FactSet] = {}
        self._units: OrderedDict[tuple[str, int], tuple[AllocationUnit, ...]] = OrderedDict()
        self._known_units: dict[int, UnitCache] = {}
        self._evaluations: OrderedDict[tuple[str, int], tuple[KommuneEvaluation, ...]] = OrderedDict()

    @cached_property
    def repository(self) -> RuleRepository:
        return load_criteria([self.rules_path])

    @cached_property
    def dataset(self) -> Dataset:
        return self._load_dataset()

    def register(self, data_year: int) -> dict[str, Kommune]:
        return self.dataset.register(data_year)

    def fylke_names(self, data_year: int) -> dict[str, str]:
        return {k.fylkesnummer: k.fylke for k in self.register(data_year).values()}

    # Versions ---------------------------------------------------------------------------

    def version(self, spec: str) -> CriteriaVersion:
        """A criteria version from a request year ("2026"), ID@VERSION, or a criteria file's path."""
        if spec.isdigit() and len(spec) == 4:
            return self.version_for_year(int(spec))
        path = Path(spec)
        if path.is_file():
            return self.version_from_file(path)
        if "@" in spec:
            ruleset_id, version = spec.split("@", 1)
            found = self.repository.find(ruleset_id, version)
            if found is None:
                raise InputError([Problem(str(self.rules_path), message=f"no criteria '{ruleset_id}' version "
                                          f"'{version}'; there are {self._listing()}")])
            return CriteriaVersion.of(found)
        raise InputError([Problem(spec, message="not a request year (such as 2026), a criteria file, or ID@VERSION")])

    def version_from_file(self, path: Path) -> CriteriaVersion:
        resolved = path.resolve()
        if resolved not in self._files:
            repo = load_criteria([path])
            if len(repo.rulesets) != 1:
                raise InputError([Problem(str(path), message=f"expected one criteria file, found "
                                          f"{len(repo.rulesets)} rule sets")])
            self._files[resolved] = CriteriaVersion.of(repo.rulesets[0])
        return self._files[resolved]

    def version_for_year(self, year: int) -> CriteriaVersion:
        """The adopted version for the request year; when none is adopted, the newest draft.

        A version belongs to a year when its validity overlaps it; of several, the one that
        starts last (then the highest version) applies.
        """
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        overlapping = [r for r in self.repository.rulesets if r.kind == CRITERIA_KIND
                       and r.valid_from <= last and r.valid_to >= first and r.status != "retired"]
        adopted = [r for r in overlapping if r.status == "adopted"]
        pool = adopted or [r for r in overlapping if r.status == "draft"]
        if not pool:
            raise InputError([Problem(str(self.rules_path), message=f"no criteria for the request year {year}; "
                                      f"there are {self._listing()}")])
        chosen = max(pool, key=lambda r: (r.valid_from, tuple(int(p) for p in r.version.split("."))))
        return CriteriaVersion.of(chosen)

    def variant(self, version: CriteriaVersion, parameters: Mapping[str, Any]) -> CriteriaVersion:
        """The version with some parameter values changed, in memory (a what-if without editing a file).

        The variant keeps the id and version but gets its own content hash (the hash a file
        with these values would have), so its evaluations are kept apart from the original's;
        its rules are the original's, compiled once for both.
        """
        ruleset = version.ruleset
        problems = []
        for name, value in parameters.items():
            if name not in ruleset.parameters:
                problems.append(Problem(ruleset.path, message=f"{version.key} has no parameter '{name}'"))
            elif (why := check_number(value)) is not None:
                problems.append(Problem(ruleset.path, message=f"parameter '{name}': {why}"))
        if problems:
            raise InputError(problems)
        # Only the parameters change: the rest of the data is shared with the original, never copied or edited.
        data = dict(ruleset.data)
        data["parameters"] = {name: {**raw, "value": parameters[name]} if name in parameters else raw
                              for name, raw in ruleset.data["parameters"].items()}
        changed = {name: replace(p, value=parameters[name]) if name in parameters else p
                   for name, p in ruleset.parameters.items()}
        variant = replace(ruleset, parameters=changed, data=data, hash=content_hash(data))
        return CriteriaVersion.of(variant)

    def _listing(self) -> str:
        versions = sorted(self.repository.rulesets, key=lambda r: r.valid_from)
        return ", ".join(f"{r.key} ({r.status}, {r.valid_from}..{r.valid_to})" for r in versions) or "none"

    # Facts and evaluations ----------------------------------------------------------------

    def data_year(self, request_year: int, explicit: int | None = None) -> int:
        return data_year_for(self.dataset, request_year, explicit)

    def request_year(self, version: CriteriaVersion) -> int:
        return version.ruleset.valid_from.year

    def facts(self, data_year: int) -> list[Fact]:
        if data_year not in self._facts:
            self._facts[data_year] = criteria_facts(self.dataset, data_year)
        return self._facts[data_year]

    def evaluator(self, ruleset: RuleSet) -> Evaluator:
        """The version's evaluator; versions of one structure share its compiled rules."""
        evaluator = recent(self._evaluators, ruleset.hash, lambda: self._compiled(ruleset))
        return evaluator

    def judgement(self, version: CriteriaVersion, data_year: int) -> Judgement:
        """The version's criteria judged on the data year's facts; rules whose parameters did not change since
        an earlier version of the same structure are not judged again."""
        if data_year not in self._fact_sets:
            self._fact_sets[data_year] = FactSet(self.facts(data_year), str(data_year))
        facts = self._fact_sets[data_year]
        evaluator = self.evaluator(version.ruleset)
        return evaluator.judge(facts.facts, facts.period, facts.remembered(evaluator.compiled.key))

    def units(self, version: CriteriaVersion, data_year: int) -> tuple[AllocationUnit, ...]:
        """Every kommune as the distribution sees it under the version, from the statuses alone."""
        known = self._known_units.setdefault(data_year, {})
        return recent(self._units, (version.ruleset.hash, data_year),
                     lambda: tuple(units_of(version, self.judgement(version, data_year), known)))

    def evaluations(self, version: CriteriaVersion, data_year: int) -> tuple[KommuneEvaluation, ...]:
        """Every kommune's criteria with their findings and explanations, its score and weight."""
        return recent(self._evaluations, (version.ruleset.hash, data_year),
                     lambda: tuple(evaluations_of(version, self.judgement(version, data_year))))

    @property
    def compiled_rulesets(self) -> int:
        """How many durable_rules rulesets this context has compiled: one per rule structure."""
        return self._compiled.compiled_count

    def need(self, data_year: int) -> tuple[int, int]:
        national = self.dataset.national.get(data_year)
        if national is None:
            raise InputError([Problem(f"{self.dataset.data_dir}/{data_year}/nasjonalt.yaml",
                                      message="no national need for this year; give --need and --need-em")])
        if national.bosettingsbehov_em is None:
            raise InputError([Problem(national.source, message="bosettingsbehov_em is not given for this year; "
                                      "add it to nasjonalt.yaml, or give --need and --need-em")])
        return national.bosettingsbehov, national.bosettingsbehov_em

    # Scenarios ----------------------------------------------------------------------------

    def scenario(self, version: CriteriaVersion, data_year: int, need: int | None = None,
                 need_em: int | None = None, method: str | None = None) -> Scenario:
        """Evaluate the version on the data year's facts and split the need (default: the data's)."""
        default_need, default_em = (None, None) if need is not None and need_em is not None else self.need(data_year)
        total = need if need is not None else default_need
        em = need_em if need_em is not None else default_em
        assert total is not None and em is not None
        return Scenario(version, data_year, allocate_units(version, self.units(version, data_year), total, em, method),
                        self)

    def compare(self, first: CriteriaVersion, second: CriteriaVersion, data_year: int | None = None,
                need: int | None = None, need_em: int | None = None) -> tuple[Scenario, Scenario, Comparison]:
        """Both versions on the same facts and need (default: those of the second version's request year)."""
        used_year = data_year if data_year is not None else self.data_year(self.request_year(second))
        scenario_from = self.scenario(first, used_year, need, need_em)
        scenario_to = self.scenario(second, used_year, need, need_em)
        return scenario_from, scenario_to, compare_allocations(scenario_from.allocation, scenario_to.allocation)


def allocation_rules(version: CriteriaVersion, method: str | None = None) -> AllocationRules:
    spec = version.spec
    return AllocationRules(method=method or spec.method, by_fylke=spec.by_fylke,
                           minimum_request=spec.minimum_request, use_recommendations=spec.use_recommendations)


def allocate_for(version: CriteriaVersion, evaluations: tuple[KommuneEvaluation, ...] | list[KommuneEvaluation],
                 need: int, need_em: int, method: str | None = None) -> Allocation:
    """Split the need among the evaluated kommuner under the version (see allocate_units)."""
    return allocate_units(version, [e.unit() for e in evaluations], need, need_em, method)


def allocate_units(version: CriteriaVersion, units: Sequence[AllocationUnit], need: int, need_em: int,
                   method: str | None = None) -> Allocation:
    """Split the need under the version; a need the constraints cannot meet is an input error at the file."""
    try:
        return allocate(units, need, need_em, allocation_rules(version, method))
    except AllocationInfeasible as exc:
        raise InputError([Problem(version.ruleset.path, message=f"{version.key}: the need cannot be distributed: "
                                  f"{exc}")]) from exc
