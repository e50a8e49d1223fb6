"""Every fact field a finding can show has a label for readers, in bokmål and English."""

from __future__ import annotations

import datetime as dt

import pytest

from bosetting.obligations import field_labels
from bosetting.obligations.catalogue import FACT_CATALOGUE
from bosetting.obligations.facts import FactType, Field, fact_types
from bosetting.obligations.field_labels import FIELD_LABELS, declared_labels, field_label
from bosetting.obligations.paths import RULES_DIR
from bosetting.obligations.rules_context import load_rules


def test_every_field_a_rule_shows_has_a_label_in_both_languages() -> None:
    repo = load_rules([RULES_DIR], today=dt.date(2027, 12, 31))
    shown = {name for ruleset in repo.rulesets for rule in ruleset.rules for name in rule.fields()}
    assert len(shown) > 100
    missing = sorted(name for name in shown if name not in FIELD_LABELS and name not in declared_labels())
    assert not missing, f"fields shown as evidence with no label in obligations/field_labels.py: {missing}"


def test_every_catalogue_field_has_a_label_that_is_not_a_code_name() -> None:
    for fields in FACT_CATALOGUE.values():
        for name in fields:
            for lang in ("nb", "en"):
                label = field_label(name, lang)
                assert label != name and "_" not in label, (name, lang, label)


def test_a_label_is_declared_in_one_place() -> None:
    """The table holds the names fact types share; a fact type's own field may bring its label instead, but a
    name is never labelled twice, and a shared name never by one of the fact types that share it."""
    declared = declared_labels()
    assert not set(declared) & set(FIELD_LABELS), sorted(set(declared) & set(FIELD_LABELS))
    owners: dict[str, list[str]] = {}
    for type_name, fact_type in fact_types().items():
        for name in fact_type.fields:
            owners.setdefault(name, []).append(type_name)
    shared_but_declared = {name: owners[name] for name in declared if len(owners[name]) > 1}
    assert not shared_but_declared, shared_but_declared


def test_a_new_fact_type_brings_the_labels_of_its_own_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    new_type = FactType({"ventetid_dager_median": Field("median days waited", label=("Median ventetid (dager)",
                                                                                   "Median wait (days)"))},
                        subjects=("national",), derive=lambda inputs: [])
    monkeypatch.setattr(field_labels, "fact_types", lambda: {**fact_types(), "ny_ventetid": new_type})
    declared_labels.cache_clear()
    try:
        assert field_label("ventetid_dager_median", "nb") == "Median ventetid (dager)"
        assert field_label("ventetid_dager_median", "en") == "Median wait (days)"
    finally:
        declared_labels.cache_clear()
