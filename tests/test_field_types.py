"""The field types of the fact catalogue are what the derived facts hold (issue 13).

`validate` checks every comparison's value against these types, so a wrong type here would refuse a good
rule file or let a bad one through. Every fact derived from the bundled data, for every rule set in force
and for the request criteria, must hold values of the declared type (or none).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from bosetting.engine.comparison_types import FIELD_KINDS, fits
from bosetting.engine.facts import Fact
from bosetting.obligations.catalogue import FACT_CATALOGUE, FIELD_TYPES
from bosetting.obligations.criteria.facts import criteria_facts
from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.data.facts import year_facts
from bosetting.obligations.derive import CriteriaProcess, DeriveSettings, YearCriteria, derive_facts, subjects_of
from bosetting.obligations.evaluation import criteria_for
from bosetting.obligations.paths import DATA_DIR, RULES_DIR
from bosetting.obligations.rules_context import load_rules


def _facts() -> Iterator[Fact]:
    dataset = load_dataset(DATA_DIR)
    repo = load_rules([RULES_DIR])
    for year in dataset.years:
        day = dt.date(year, 12, 31)
        processes = YearCriteria(
            in_force=[CriteriaProcess.from_ruleset(r) for r in repo.all_in_force("criteria", day)],
            next_year=[CriteriaProcess.from_ruleset(r) for r in criteria_for(repo, year + 1)])
        for kind in ("obligations", "goals"):
            for ruleset in repo.all_in_force(kind, day):
                yield from derive_facts(dataset, year, DeriveSettings.for_ruleset(ruleset), subjects_of(ruleset),
                                        processes)
        yield from criteria_facts(dataset, year)
        yield from year_facts(dataset, year)


@pytest.fixture(scope="module")
def seen() -> dict[tuple[str, str], set[str]]:
    kinds: dict[tuple[str, str], set[str]] = {}
    for fact in _facts():
        for name, value in fact.values.items():
            if value is None:
                continue
            declared = FIELD_TYPES.get(fact.type, {}).get(name)
            assert declared is not None, f"{fact.type}.{name} is derived but not in the catalogue"
            assert fits(value, declared), f"{fact.type}.{name} is declared {declared} but holds {value!r}"
            kinds.setdefault((fact.type, name), set()).add(declared)
    return kinds


def test_every_derived_value_is_of_its_declared_type(seen: dict[tuple[str, str], set[str]]) -> None:
    assert len(seen) > 150, "the bundled data should reach most fields"


def test_every_field_has_a_known_type() -> None:
    assert set(FIELD_TYPES) == set(FACT_CATALOGUE)
    for fact, fields in FACT_CATALOGUE.items():
        assert set(FIELD_TYPES[fact]) == set(fields)
        assert set(FIELD_TYPES[fact].values()) <= set(FIELD_KINDS)

