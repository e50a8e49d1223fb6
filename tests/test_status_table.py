"""One table of statuses (engine.findings.STATUS_TABLE): the schemas and the labels follow it."""

import json
from pathlib import Path

from bosetting.engine.findings import RULE_STATUSES, STATUS_LABELS, STATUS_TABLE, STATUSES

ROOT = Path(__file__).resolve().parents[1]


def test_rule_schema_offers_exactly_the_statuses_a_rule_may_give():
    common = json.loads((ROOT / "rules/schema/common.schema.json").read_text(encoding="utf-8"))
    assert set(common["$defs"]["finding_status"]["enum"]) == set(RULE_STATUSES)
    assert "waived" not in RULE_STATUSES  # only an agreed deviation sets it


def test_findings_schema_lists_every_status_of_the_table():
    schema = json.loads((ROOT / "docs/schema/findings.schema.json").read_text(encoding="utf-8"))
    status = schema["$defs"]["finding"]["properties"]["status"]["anyOf"][0]
    assert status["enum"] == list(STATUSES)


def test_every_status_has_distinct_words_and_mark_in_both_languages():
    assert len({s.nb for s in STATUS_TABLE}) == len({s.en for s in STATUS_TABLE}) == len(STATUS_TABLE)
    assert len({s.mark for s in STATUS_TABLE}) == len(STATUS_TABLE)
    assert STATUS_LABELS["pending"] == {"nb": "ikke avgjort ennå", "en": "not yet settled"}


def test_only_fulfilment_statuses_are_verdicts():
    assert {s.key for s in STATUS_TABLE if s.verdict} == {"met", "partly_met", "not_met"}


def test_every_renderer_knows_every_status_of_the_table():
    from bosetting.obligations.criteria.texts import STATUS_MARKS
    from bosetting.obligations.review.html import STATUS_COLOURS

    assert list(STATUS_COLOURS) == list(STATUSES)
    assert set(STATUS_MARKS) == set(STATUSES)
    text_marks = [s.text_mark for s in STATUS_TABLE]
    assert all(len(m) == 1 and m.isascii() for m in text_marks) and len(set(text_marks)) == len(text_marks)
