"""Each fact type is declared in one place, its module of obligations.facts (issue 14).

Every other list that names fact types, their fields, their subjects or the parameters they read is built
from those declarations or must agree with them: the package's modules, the catalogue `validate` checks rules
against, the rule files, the parameters the derivation reads, and the facts a waiver excuses event by event.
A hand-kept list of fact types anywhere else in the code fails the last test.
"""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bosetting.engine.comparison_types import FIELD_KINDS, fits
from bosetting.engine.facts import SUBJECT_KINDS, Fact
from bosetting.engine.repository import RuleRepository
from bosetting.obligations.catalogue import FACT_CATALOGUE, FIELD_TYPES
from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.data.facts import NATIONAL_SUBJECT
from bosetting.obligations.derive import AGENCIES, DeriveSettings, derive_facts, subjects_of
from bosetting.obligations.facts import FactType, fact_types, metric_parameters
from bosetting.obligations.paths import DATA_DIR, PROJECT_ROOT, RULES_DIR
from bosetting.obligations.rules_context import load_rules
from bosetting.obligations.waivers import EXCUSED_FIELD

FACTS_DIR = PROJECT_ROOT / "obligations" / "facts"


@pytest.fixture(scope="module")
def repo() -> RuleRepository:
    return load_rules([RULES_DIR])


def test_each_module_of_the_package_is_one_fact_type_of_its_name() -> None:
    modules = sorted(path.stem for path in FACTS_DIR.glob("*.py") if path.stem != "__init__")
    assert list(fact_types()) == modules
    assert len(modules) >= 15
    for name, fact_type in fact_types().items():
        assert isinstance(fact_type, FactType), name
        assert fact_type.fields, name
        assert fact_type.subjects and set(fact_type.subjects) <= set(SUBJECT_KINDS), name
        assert {field.kind for field in fact_type.fields.values()} <= set(FIELD_KINDS), name
        assert all(field.meaning.strip() for field in fact_type.fields.values()), name
        assert not fact_type.agencies or "agency" in fact_type.subjects, name


def test_the_catalogue_validate_reads_is_the_declarations() -> None:
    declared = {name: t.fields for name, t in fact_types().items()}
    assert FACT_CATALOGUE == {name: {f: d.meaning for f, d in fields.items()} for name, fields in declared.items()}
    assert FIELD_TYPES == {name: {f: d.kind for f, d in fields.items()} for name, fields in declared.items()}


def test_every_rule_reads_a_declared_fact_type_about_a_subject_it_declares(repo: RuleRepository) -> None:
    rules = [(ruleset, rule) for ruleset in repo.rulesets for rule in ruleset.rules]
    assert len(rules) > 50
    read = set()
    for ruleset, rule in rules:
        where = f"{ruleset.path}: rule {rule.id}"
        fact_type = fact_types().get(rule.fact)
        assert fact_type is not None, f"{where} reads '{rule.fact}', which no module of obligations/facts declares"
        assert rule.applies_to in fact_type.subjects, f"{where} applies to {rule.applies_to}; {rule.fact} is about " \
                                                      f"{', '.join(fact_type.subjects)}"
        if rule.applies_to == "agency" and fact_type.agencies:
            assert rule.agency in fact_type.agencies, f"{where}: {rule.fact} is derived for {fact_type.agencies}"
        assert set(rule.fields()) <= set(fact_type.fields), where
        read.add(rule.fact)
    assert len(read) >= 13, read


class _Recording(dict[str, Any]):
    """Parameters that note each name asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:
        self.asked.add(key)
        return super().get(key, default)


def test_the_derivation_reads_exactly_the_parameters_the_fact_types_declare() -> None:
    parameters = _Recording()
    DeriveSettings.from_parameters(parameters)
    assert parameters.asked - {"_first_year"} == set(metric_parameters())


def _described(facts: list[Fact]) -> list[tuple[Any, ...]]:
    return [(f.type, f.subject, f.period, f.values, f.sources, f.source) for f in facts]


def _declared_only(ruleset: Any, fact_type: FactType) -> Any:
    kept = {name: p for name, p in ruleset.parameters.items() if name in fact_type.parameters}
    return dataclasses.replace(ruleset, parameters=kept)


def _rule_sets_in_force(repo: RuleRepository, year: int) -> Iterator[Any]:
    for kind in ("obligations", "goals"):
        yield from repo.all_in_force(kind, dt.date(year, 12, 31))


def test_a_fact_type_derives_its_own_facts_from_the_parameters_it_declares(repo: RuleRepository) -> None:
    """Derived with only its declared parameters, each fact type gives the facts it gives with all of them, and
    every fact it gives is of its own type."""
    dataset = load_dataset(DATA_DIR)
    year = 2027
    checked = set()
    for ruleset in _rule_sets_in_force(repo, year):
        for name, subjects in subjects_of(ruleset).items():
            only = {name: subjects}
            full = derive_facts(dataset, year, DeriveSettings.for_ruleset(ruleset), only)
            declared = DeriveSettings.for_ruleset(_declared_only(ruleset, fact_types()[name]))
            assert _described(derive_facts(dataset, year, declared, only)) == _described(full), name
            assert {fact.type for fact in full} <= {name}, f"the module {name} derives facts of another type"
            if full:
                checked.add(name)
    assert len(checked) >= 13, checked


def test_each_fact_type_derives_facts_of_its_own_type_for_the_subjects_it_declares(repo: RuleRepository) -> None:
    dataset = load_dataset(DATA_DIR)
    year = 2027
    settings = DeriveSettings.for_ruleset(repo.all_in_force("obligations", dt.date(year, 12, 31))[0])
    for name, fact_type in fact_types().items():
        declared = [*([NATIONAL_SUBJECT] if "national" in fact_type.subjects else []),
                    *(AGENCIES[a] for a in (fact_type.agencies or AGENCIES) if "agency" in fact_type.subjects)]
        facts = derive_facts(dataset, year, settings, {name: declared})
        assert facts and {fact.type for fact in facts} == {name}, name
        assert {fact.subject.kind for fact in facts} <= set(fact_type.subjects), name
        for fact in facts:
            for field, value in fact.values.items():
                assert field in fact_type.fields, f"{name}.{field} is derived but not declared"
                assert value is None or fits(value, fact_type.fields[field].kind), f"{name}.{field}: {value!r}"
        if fact_type.agencies:
            others = [subject for agency, subject in AGENCIES.items() if agency not in fact_type.agencies]
            assert not derive_facts(dataset, year, settings, {name: others}), f"{name} is derived for {others}"


def test_the_facts_a_waiver_excuses_event_by_event_are_those_that_list_the_excused_events() -> None:
    waivable = {name for name, t in fact_types().items() if t.waivable_events}
    assert waivable == {name for name, t in fact_types().items() if EXCUSED_FIELD in t.fields}
    assert waivable


def _literals_naming_fact_types(path: Path) -> Iterator[tuple[int, list[str]]]:
    names = set(fact_types())
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            items: list[ast.expr | None] = list(node.elts)
        elif isinstance(node, ast.Dict):
            items = list(node.keys)
        else:
            continue
        named = sorted({i.value for i in items if isinstance(i, ast.Constant) and i.value in names})
        # Two can be a coincidence of names (the input files kommune_aar.csv and belegg.csv); three or more
        # is a table over fact types, which belongs in their declarations.
        if len(named) >= 3:
            yield node.lineno, named


def test_no_code_outside_the_fact_types_keeps_a_list_of_them() -> None:
    code = [*(PROJECT_ROOT / "obligations").rglob("*.py"), *(PROJECT_ROOT / "engine").rglob("*.py")]
    outside = [path for path in code if FACTS_DIR not in path.parents]
    assert len(outside) > 50
    found = [f"{path.relative_to(PROJECT_ROOT)}:{line}: {', '.join(named)}"
             for path in outside for line, named in _literals_naming_fact_types(path)]
    assert not found, "fact types listed outside obligations/facts (declare them there):\n" + "\n".join(found)


def test_the_check_finds_a_list_of_fact_types(tmp_path: Path) -> None:
    module = tmp_path / "events.py"
    module.write_text('EVENT_FACTS = ("statistikkleveranser", "kapasitetsendringer", "belegg")\n'
                      'FILES = ("kommune_aar", "belegg")\n', encoding="utf-8")
    assert list(_literals_naming_fact_types(module)) == [(1, ["belegg", "kapasitetsendringer",
                                                              "statistikkleveranser"])]
