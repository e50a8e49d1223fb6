"""Step definitions shared by every feature file: the world a scenario builds, and how it reads findings.

A scenario builds a small Dataset (obligations.data.records) from its Gitt-steps, runs the real
domain code on the real rule files in its Når-step, and asserts on the findings the engine
returned in its Så-steps. No step decides whether a rule is met: the steps only compare the
engine's finding with what the scenario states.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import Any

import pytest
from pytest_bdd import given, parsers

from bosetting.engine.findings import STATUS_LABELS, Finding
from bosetting.engine.repository import RuleRepository
from bosetting.engine.ruleset import RuleSet
from bosetting.obligations.data.readers import read_kommuner
from bosetting.obligations.data.records import (
    Activity,
    BeregningsutvalgetReport,
    CapacityChange,
    Dataset,
    Kommune,
    KommuneYear,
    Measure,
    NationalYear,
    Occupancy,
    PersonRecords,
    SettlementRecord,
    StatisticsDelivery,
    Waiver,
)
from bosetting.obligations.feature_branches import BranchRecorder
from bosetting.obligations.feature_steps import columns, compared_findings
from bosetting.obligations.paths import DATA_DIR

# The status of a finding by the words the feature files use for it (the engine's own bokmål labels), and
# an indicator's category by the words its rule file gives it.
STATUS_BY_LABEL = {labels["nb"]: status for status, labels in STATUS_LABELS.items()}


@lru_cache(maxsize=1)
def category_by_label() -> dict[str, str]:
    from bosetting.obligations.paths import RULES_DIR
    from bosetting.obligations.rules_context import load_rules

    found: dict[str, str] = {}
    for ruleset in load_rules([RULES_DIR]).rulesets:
        for key, category in ruleset.categories.items():
            assert found.get(category.label["nb"], key) == key, f"two categories are called «{category.label['nb']}»"
            found[category.label["nb"]] = key
    return found

# Headings the feature files' tables use, and the KommuneYear field each fills.
KOMMUNE_COLUMNS = {
    "anmodning": "anmodning",
    "anmodning em": "anmodning_em",
    "vedtak": "vedtak",
    "vedtak em": "vedtak_em",
    "bosatt": "bosatt",
    "bosatt em": "bosatt_em",
    "sysselsetting %": "sysselsetting_pct",
    "introduksjonsresultat %": "intro_resultat_pct",
    "innvandrerandel %": "innvandrerandel_pct",
    "levekårsindeks": "levekar_indeks",
    "sekundærflytting %": "sekundarflytting_pct",
    "fylkeskommunens anbefaling": "fylkeskommune_anbefaling",
    "fylkeskommunens anbefaling em": "fylkeskommune_anbefaling_em",
}
_FLOAT_FIELDS = {f.name for f in fields(KommuneYear) if f.name.endswith(("_pct", "_indeks"))}
EMPTY_CELLS = {"", "-", "–", "ingen", "mangler"}


@lru_cache(maxsize=1)
def real_register() -> dict[str, Kommune]:
    """The real kommune register (data/kommuner.csv), so that scenarios can name real kommuner."""
    register, problems = read_kommuner(DATA_DIR / "kommuner.csv", "data/kommuner.csv")
    assert not problems, problems
    return register


def kommune_by_name(name: str) -> Kommune:
    matches = [k for k in real_register().values() if k.navn == name]
    assert len(matches) == 1, f"the feature file names kommune '{name}', which is not one kommune in data/kommuner.csv"
    return matches[0]


def number(text: str) -> int | float | None:
    """A number as a feature file writes it: '13 000', '12,5', '70 %'; empty or 'ingen' is no value."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").rstrip("%")
    if cleaned.lower() in EMPTY_CELLS:
        return None
    cleaned = cleaned.replace(",", ".")
    return float(cleaned) if "." in cleaned else int(cleaned)


def norwegian_date(text: str) -> dt.date:
    """'15. mars 2026' or '2026-03-15'."""
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return dt.date.fromisoformat(text)
    months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
              "november", "desember"]
    match = re.fullmatch(r"(\d{1,2})\.\s*(\w+)\s+(\d{4})", text)
    assert match and match.group(2).lower() in months, f"not a date: '{text}'"
    return dt.date(int(match.group(3)), months.index(match.group(2).lower()) + 1, int(match.group(1)))


def table_rows(datatable: list[list[str]]) -> list[dict[str, str]]:
    header = [cell.strip().lower() for cell in datatable[0]]
    return [dict(zip(header, (cell.strip() for cell in row), strict=True)) for row in datatable[1:]]


@dataclass
class World:
    """What a scenario has built so far, and what the engine said about it."""

    repo: RuleRepository
    year: int = 2026
    kommuner: dict[str, Kommune] = field(default_factory=dict)
    kommune_years: dict[str, KommuneYear] = field(default_factory=dict)
    national: NationalYear | None = None
    persons: list[SettlementRecord] | None = None
    person_sources: list[str] = field(default_factory=list)  # where each of `persons` stands in the scenario
    capacity_changes: list[CapacityChange] | None = None
    occupancy: list[Occupancy] | None = None
    deliveries: list[StatisticsDelivery] | None = None
    measures: list[Measure] | None = None
    measure_years: set[int] = field(default_factory=set)  # the years whose tiltak register is supplied
    persons_year: int | None = None  # the year the person table was given for
    activities: list[Activity] | None = None
    reports: list[BeregningsutvalgetReport] | None = None
    waivers: list[Waiver] | None = None
    findings: list[Finding] = field(default_factory=list)
    rulesets: list[RuleSet] = field(default_factory=list)
    result: Any = None
    allocation: Any = None
    recorder: BranchRecorder = field(default_factory=BranchRecorder)
    asked: tuple[dt.date, bool] | None = None  # which criteria version was asked for: the day, drafts or not

    def evaluated(self, findings: list[Finding]) -> None:
        """The findings the engine returned for this scenario: every branch they came from is noted."""
        self.findings = findings
        self.recorder.evaluated(findings)

    def entries(self, register: str) -> list[Any]:
        """The entries of a register or table (such as 'activities'), which is now supplied (perhaps empty)."""
        items = getattr(self, register)
        if items is None:
            items = []
            setattr(self, register, items)
        return items  # type: ignore[no-any-return]

    def add_kommune(self, name: str, innbyggere: int | None = None) -> Kommune:
        kommune = kommune_by_name(name)
        if innbyggere is not None:
            kommune = replace(kommune, innbyggere=innbyggere)
        elif kommune.kommunenummer in self.kommuner:
            kommune = self.kommuner[kommune.kommunenummer]
        self.kommuner[kommune.kommunenummer] = kommune
        return kommune

    def kommune_year(self, name: str, **values: Any) -> KommuneYear:
        kommune = self.add_kommune(name)
        row = self.kommune_years.get(kommune.kommunenummer) or KommuneYear(
            self.year, kommune.kommunenummer, anmodning=0, anmodning_em=0, vedtak=None, vedtak_em=None, bosatt=0,
            bosatt_em=0, source=f"scenario:{name}")
        row = replace(row, **values)
        self.kommune_years[kommune.kommunenummer] = row
        return row

    def dataset(self) -> Dataset:
        """The scenario's data as the data readers would have given it; a list left None is a file not supplied."""
        year = self.year
        national = self.national
        if national is None:
            national = NationalYear(year, bosettingsbehov=0, bosettingsbehov_em=0, prognose_bosettingsklare=0,
                                    source="scenario:nasjonalt")

        def per_year(items: list[Any] | None) -> dict[int, tuple[Any, ...]]:
            return {} if items is None else {year: tuple(items)}

        # The person table describes the same persons whichever year's file it stands for: the year it was given
        # for and the year evaluated both hold it (a review of 2027 reads 2026's file for a rise seen in 2026).
        persons: dict[int, tuple[Any, ...]] = {}
        if self.persons is not None:
            in_table = PersonRecords(self.persons, "scenario:personer", sources=self.person_sources)
            persons = {y: in_table for y in {year, self.persons_year or year}}
        # A tiltak belongs to the register of the year it is dated in; a register supplied empty is still there.
        measures: dict[int, tuple[Any, ...]] = {y: () for y in self.measure_years}
        for measure in self.measures or ():
            measures[measure.dato.year] = (*measures.get(measure.dato.year, ()), measure)
        return Dataset(data_dir="scenario", synthetic=True, files={}, kommuner=dict(self.kommuner),
                       kommune_years={year: dict(self.kommune_years)}, national={year: national},
                       persons=persons, capacity_changes=per_year(self.capacity_changes),
                       occupancy=per_year(self.occupancy), deliveries=per_year(self.deliveries),
                       measures=measures, activities=per_year(self.activities),
                       reports=per_year(self.reports), waivers=per_year(self.waivers))

    # ---- reading the findings

    def findings_for(self, *, provision: str | None = None, subject: str | None = None) -> list[Finding]:
        """The findings about a provision (an obligation, goal or criterion), for a subject (by name or id)."""
        assert self.findings, "the engine gave no findings: nothing was evaluated"
        return [f for f in self.findings
                if (provision is None or f.provision == provision)
                and (subject is None or subject in (f.subject.name, f.subject.id))]

    def assert_evaluated(self, finding: Finding) -> None:
        """The finding came from a rule set loaded from rules/, by its content hash, and named its outcome."""
        loaded = {r.hash for r in self.repo.rulesets}
        assert finding.ruleset_hash in loaded, f"{finding.finding_id} did not come from a loaded rule file"
        assert finding.outcome, f"{finding.finding_id} names no outcome"


def status_of(label: str) -> str:
    """The status, or an indicator's category, a feature file names by its bokmål words."""
    known = {**STATUS_BY_LABEL, **category_by_label()}
    assert label in known, f"unknown status or category '{label}'; known: {', '.join(known)}"
    return known[label]


def describe(findings: list[Finding]) -> str:
    return "; ".join(f"{f.rule_id} for {f.subject.name or f.subject.id}: {f.status} ({f.explanation['nb']})"
                     for f in findings) or "no findings"


@compared_findings
def assert_statuses(world: World, findings: list[Finding], label: str, what: str, record: bool = True) -> None:
    """Every one of `findings` has the status the scenario states; there is at least one.

    The findings' branches are noted as asserted by the scenario, unless `record` is False: a step that
    checks a finding only as the reason for something else (see steps_criteria.then_not_asked_because)."""
    expected = status_of(label)
    assert findings, f"the engine gave no finding for {what}"
    for finding in findings:
        world.assert_evaluated(finding)
    assert all(f.status == expected for f in findings), \
        f"{what}: expected «{label}» ({expected}), the engine said: {describe(findings)}"
    if record:
        world.recorder.asserted(findings)


@pytest.fixture
def world(rules_repo: RuleRepository, branch_recorder: BranchRecorder) -> World:
    return World(rules_repo, recorder=branch_recorder)


# ---------------------------------------------------------------------------------------------
# Gitt: kommuner and their figures


@given(parsers.parse("at kommunen {name} har {innbyggere} innbyggere"))
@given(parsers.parse("kommunen {name} har {innbyggere} innbyggere"))
def given_population(world: World, name: str, innbyggere: str) -> None:
    """Kommunen fra kommuneregisteret, med det innbyggertallet scenariet oppgir i stedet for det registrerte."""
    value = number(innbyggere)
    assert isinstance(value, int)
    world.add_kommune(name, value)
    world.kommune_year(name)


@given(parsers.parse("kommunene {names}"))
def given_kommune_names(world: World, names: str) -> None:
    """Kommunene fra kommuneregisteret (data/kommuner.csv), med sitt virkelige innbyggertall og fylke, uten anmodning,
    vedtak eller bosatte.

    Kommuner from the real register, with their real population and fylke."""
    for name in names.replace(" og ", ", ").split(","):
        if name.strip():
            world.add_kommune(name.strip())
            world.kommune_year(name.strip())


@given("disse kommunene:")
@given(parsers.parse("disse kommunene i {year:d}:"))
@columns(required=("kommune",), optional=("innbyggere", *KOMMUNE_COLUMNS))
def given_kommuner(world: World, datatable: list[list[str]], year: int | None = None) -> None:
    """Kommunenes tall for året: anmodning, vedtak og bosatte (også for enslige mindreårige), og de tallene
    anmodningskriteriene leser. En tom celle, «-» eller «ingen» er ingen verdi: en tom vedtak-celle er «ikke
    vedtatt».
    """
    if year is not None:
        world.year = year
    for row in table_rows(datatable):
        name = row.pop("kommune")
        innbyggere = row.pop("innbyggere", "")
        world.add_kommune(name, number(innbyggere) if innbyggere else None)  # type: ignore[arg-type]
        values: dict[str, Any] = {}
        for heading, text in row.items():
            assert heading in KOMMUNE_COLUMNS, f"unknown column '{heading}'; known: {', '.join(KOMMUNE_COLUMNS)}"
            name_ = KOMMUNE_COLUMNS[heading]
            value = number(text)
            values[name_] = float(value) if value is not None and name_ in _FLOAT_FIELDS else value
        for required in ("anmodning", "anmodning_em", "bosatt", "bosatt_em"):
            if required in values and values[required] is None:
                values[required] = 0
        world.kommune_year(name, **values)


@given(parsers.parse("at det nasjonale bosettingsbehovet for {year:d} er {need} personer, "
                     "av dem {need_em} enslige mindreårige"))
@given(parsers.parse("det nasjonale bosettingsbehovet for {year:d} er {need} personer, "
                     "av dem {need_em} enslige mindreårige"))
def given_need(world: World, year: int, need: str, need_em: str) -> None:
    """Det nasjonale bosettingsbehovet for året (nasjonalt.yaml), og av dem hvor mange som er enslige mindreårige.
    Prognosen for bosettingsklare settes lik behovet.
    """
    world.year = year
    world.national = NationalYear(year, bosettingsbehov=int(number(need) or 0),
                                  bosettingsbehov_em=int(number(need_em) or 0),
                                  prognose_bosettingsklare=int(number(need) or 0), source="scenario:nasjonalt")


# ---------------------------------------------------------------------------------------------
# Så: what the engine said
