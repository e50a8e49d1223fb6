"""Every fact field a finding can show has a label for readers, in bokmål and English."""

from __future__ import annotations

import datetime as dt

from bosetting.obligations.catalogue import FACT_CATALOGUE
from bosetting.obligations.field_labels import FIELD_LABELS, field_label
from bosetting.obligations.paths import RULES_DIR
from bosetting.obligations.rules_context import load_rules


def test_every_field_a_rule_shows_has_a_label_in_both_languages() -> None:
    repo = load_rules([RULES_DIR], today=dt.date(2027, 12, 31))
    shown = {name for ruleset in repo.rulesets for rule in ruleset.rules for name in rule.fields()}
    assert len(shown) > 100
    missing = sorted(name for name in shown if name not in FIELD_LABELS)
    assert not missing, f"fields shown as evidence with no label in obligations/field_labels.py: {missing}"


def test_every_catalogue_field_has_a_label_that_is_not_a_code_name() -> None:
    for fields in FACT_CATALOGUE.values():
        for name in fields:
            for lang in ("nb", "en"):
                label = field_label(name, lang)
                assert label != name and "_" not in label, (name, lang, label)
