"""From a Dataset and a year to the facts the obligation and goal rules read.

Each fact type is one module of obligations.facts, which declares its fields, subjects and parameters and
derives its values; `derive_facts` asks every fact type a rule set reads for its facts. Every value a fact
carries names its source: the input file and row(s), the file and the number of rows for aggregates, or
the file searched when a delivery is missing. Thresholds that shape a metric (how long a wait is long, what
a large capacity change is) come from the rule set's own parameters (`DeriveSettings.from_parameters`), so
that they stay named, cited and visible in the rule file; a metric whose parameters a rule set does not
declare is not derived, and its rules then say insufficient_data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

from bosetting.engine.facts import Fact, Scalar, Subject
from bosetting.engine.ruleset import RuleSet
from bosetting.obligations.criteria.spec import RedistributionThresholds, allocation_spec
from bosetting.obligations.data.facts import NATIONAL_SUBJECT
from bosetting.obligations.data.records import Dataset, PersonRecords, Waiver
from bosetting.obligations.facts import WAIT_LIMIT_PARAMETERS, fact_types
from bosetting.obligations.metrics.waiting import WaitLimits
from bosetting.obligations.parties import provision_actors
from bosetting.obligations.paths import shown_path
from bosetting.obligations.waivers import NO_EXCUSALS, Excusals

AGENCIES = {
    "KS": Subject("agency", "KS", "KS"),
    "AID": Subject("agency", "AID", "Arbeids- og inkluderingsdepartementet"),
    "IMDi": Subject("agency", "IMDi", "IMDi"),
    "UDI": Subject("agency", "UDI", "UDI"),
    "Bufdir": Subject("agency", "Bufdir", "Bufdir"),
    "Husbanken": Subject("agency", "Husbanken", "Husbanken"),
}
# The waiting place each agency runs: asylmottak (UDI) and omsorgssentre (Bufdir).
WAITING_PLACE_OF_AGENCY = {"UDI": "asylmottak", "Bufdir": "omsorgssenter"}
# Who the criteria must be recommended by (agreement 3.4).
NATIONAL_COMMITTEE = "Nasjonalt utvalg"

@dataclass(frozen=True)
class DeriveSettings:
    """The metric parameters of one rule set; None where the rule set does not declare them.

    Each fact type declares which of these parameters it reads (obligations.facts); tests/test_fact_types.py
    checks that `from_parameters` reads exactly the parameters the fact types declare.
    """

    limits: WaitLimits | None = None
    rise_months: int | None = None
    rise_window: int | None = None
    measure_days: int | None = None
    large_change_places: int | None = None
    notice_days: int | None = None
    rise_material: float = 0.0  # a month's rise counts only above this fraction of the month before
    occupancy_low: Mapping[str, float] | None = None  # mottakstype -> lowest plausible occupancy (a fraction)
    occupancy_high: float | None = None
    first_year: int | None = None  # the first year the rule set is in force
    # provision id -> who may have done its work: the parties it binds, the bodies that carry it, and the
    # directorates of the ministries it binds (an activity by anyone else documents nothing for it)
    actors: Mapping[str, frozenset[str]] | None = None
    # The thresholds for a new distribution when no adopted criteria in force state them (an assumption).
    redistribution_fallback: RedistributionThresholds | None = None

    @classmethod
    def from_parameters(cls, values: Mapping[str, Any]) -> DeriveSettings:
        def number(name: str) -> int | None:
            value = values.get(name)
            return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None

        em, families, adults = (number(n) for n in WAIT_LIMIT_PARAMETERS)
        limits = WaitLimits(em, families, adults) if None not in (em, families, adults) else None  # type: ignore[arg-type]
        def fraction(name: str) -> float | None:
            value = values.get(name)
            return value / 100 if isinstance(value, (int, float)) and not isinstance(value, bool) else None

        low = {kind: fraction(f"belegg_min_{kind}") for kind in ("asylmottak", "omsorgssenter")}
        relative = values.get("ny_fordeling_endring_prosent")
        fallback = RedistributionThresholds(
            Fraction(str(relative)) / 100 if isinstance(relative, (int, float)) else None,
            number("ny_fordeling_endring_personer"), number("ny_fordeling_endring_em"))
        fallback_given = fallback != RedistributionThresholds()
        return cls(limits=limits, rise_months=number("okning_antall_maaneder"),
                   rise_window=number("okning_vindu_maaneder"), measure_days=number("tiltak_frist_dager"),
                   large_change_places=number("stor_endring_plasser"), notice_days=number("varsel_dager"),
                   rise_material=fraction("okning_vesentlig_prosent") or 0.0,
                   occupancy_low={k: v for k, v in low.items() if v is not None} or None,
                   occupancy_high=fraction("belegg_maks"), first_year=number("_first_year"),
                   redistribution_fallback=fallback if fallback_given else None)

    @property
    def rise_given(self) -> bool:
        """The parameters of 1.2 are all given: the limits of a long wait, what a rise is, the deadline for a tiltak."""
        return bool(self.limits and self.rise_months and self.rise_window) and self.measure_days is not None

    @classmethod
    def for_ruleset(cls, ruleset: RuleSet) -> DeriveSettings:
        values: dict[str, Any] = {name: p.value for name, p in ruleset.parameters.items()}
        values["_first_year"] = ruleset.valid_from.year
        settings = cls.from_parameters(values)
        actors = {str(p["id"]): provision_actors(p) for p in ruleset.provisions if p.get("binds")}
        return replace(settings, actors=actors or None)


@dataclass(frozen=True)
class CriteriaProcess:
    """How a criteria rule set came about, read from its header and its `process:` mapping."""

    key: str
    path: str
    status: str
    proposed_by: str | None
    proposed_on: str | None
    recommendation_by: str | None
    recommendation_on: str | None
    recommendation_reference: str | None
    adopted_by: str | None
    adopted_on: str | None
    for_year: int = 0
    redistribution: RedistributionThresholds | None = None

    @classmethod
    def from_ruleset(cls, ruleset: RuleSet) -> CriteriaProcess:
        process = ruleset.data.get("process") or {}

        def text(value: Any) -> str | None:
            if value is None or value == "":
                return None
            return value.isoformat() if isinstance(value, dt.date) else str(value)

        return cls(key=ruleset.key, path=shown_path(ruleset.path), status=ruleset.status,
                   proposed_by=text(process.get("proposed_by")), proposed_on=text(process.get("proposed_on")),
                   recommendation_by=text(process.get("recommendation_by")),
                   recommendation_on=text(process.get("recommendation_on")),
                   recommendation_reference=text(process.get("recommendation_reference")),
                   adopted_by=text(ruleset.adopted_by), adopted_on=text(ruleset.adopted_on),
                   for_year=ruleset.valid_from.year, redistribution=allocation_spec(ruleset).redistribution)

    @property
    def recommended_by_committee(self) -> bool:
        return self.recommendation_by is not None and NATIONAL_COMMITTEE.lower() in self.recommendation_by.lower()

    @property
    def in_order(self) -> bool:
        dates = (self.proposed_on, self.recommendation_on, self.adopted_on)
        if any(d is None for d in dates):
            return False
        return dates[0] <= dates[1] <= dates[2]  # type: ignore[operator]  # ISO dates sort as text


def input_path(dataset: Dataset, year: int, name: str) -> str:
    """The display path of an input file of the year, as sources cite it."""
    return f"{dataset.data_dir}/{year}/{name}"


def records_file(records: Sequence[Any], fallback: str) -> str:
    """The file the records were read from, as their first source names it (person records: as they say), or
    `fallback`."""
    from bosetting.obligations.metrics.sources import file_of

    first = "" if not records else records.source_at(0) if isinstance(records, PersonRecords) else \
        getattr(records[0], "source", "")  # person records put together in code have none
    return file_of(first) if first else fallback


def percent(value: float | None) -> float | None:
    """A share (0-1) as the per cent facts carry and explanations show, to one decimal."""
    return None if value is None else round(100 * value, 1)


def percent_text(value: float | None) -> str:
    """A share (0-1) as a whole per cent for a list of months; a dash when there is none."""
    return "–" if value is None else f"{100 * value:.0f}"


Subjects = Mapping[str, Sequence[Subject]]


@dataclass(frozen=True)
class YearCriteria:
    """The request criteria a year's evaluation reads: those in force (their thresholds for a new
    distribution, 1.7) and those for the next year, drafts included (the criteria work of 1.3 and 3.4)."""

    in_force: Sequence[CriteriaProcess] = ()
    next_year: Sequence[CriteriaProcess] = ()


@dataclass(frozen=True)
class Derivation:
    """What one fact type's derivation reads (obligations.facts): the data and the year, the parameters and
    criteria of the rule set, the national and agency subjects its rules of this type judge, and the waivers
    whose events the facts leave out (see obligations.waivers.excusals_for)."""

    fact_type: str
    dataset: Dataset
    year: int
    settings: DeriveSettings
    subjects: Sequence[Subject]
    criteria: YearCriteria
    excusals: Excusals

    def facts(self, values: dict[str, Scalar], sources: dict[str, str], source: str,
              only: Sequence[Subject] | None = None) -> list[Fact]:
        """One fact with these values for each subject judged (of `only`, when given)."""
        chosen = [s for s in self.subjects if only is None or s in only]
        return [Fact(self.fact_type, s, str(self.year), dict(values), dict(sources), source) for s in chosen]

    def waivers(self, subject_id: str) -> Sequence[Waiver]:
        """The agreed waivers whose events this fact type leaves out for the subject."""
        return self.excusals.get((self.fact_type, subject_id), ())


def derive_facts(dataset: Dataset, year: int, settings: DeriveSettings, subjects: Subjects,
                 criteria: YearCriteria = YearCriteria(), excusals: Excusals = NO_EXCUSALS) -> list[Fact]:
    """Every fact the rules of one rule set read, for the subjects they judge.

    `subjects` maps a fact type to the subjects its rules apply to (see `subjects_of`); kommune and fylke
    facts are made for every kommune and fylke. `excusals` holds, per (fact type, subject id), the agreed
    waivers whose events the fact leaves out (see obligations.waivers.excusals_for): only the events no
    waiver covers decide the status.
    """
    facts: list[Fact] = []
    for name, fact_type in fact_types().items():
        if name in subjects:
            facts += fact_type.derive(Derivation(name, dataset, year, settings, subjects[name], criteria, excusals))
    return facts


def subjects_of(ruleset: RuleSet) -> dict[str, list[Subject]]:
    """For each fact type a rule set reads, the national and agency subjects its rules judge."""
    found: dict[str, list[Subject]] = {}
    for rule in ruleset.rules:
        subjects = found.setdefault(rule.fact, [])
        if rule.applies_to == "national":
            subject = NATIONAL_SUBJECT
        elif rule.applies_to == "agency":
            subject = AGENCIES.get(rule.agency, Subject("agency", rule.agency, rule.agency))
        else:
            continue
        if subject not in subjects:
            subjects.append(subject)
    return found
