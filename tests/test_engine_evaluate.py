"""Evaluating facts through durable_rules: findings, evidence, explanations, parameters.

Rule sets here are written as YAML and loaded the way a policy officer's file is
(strict loader, schema, build), over a small fact catalogue of the tests' own, so the
engine is tested apart from the domain's catalogue.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from bosetting.engine.durable_backend import CompiledRules, normalise_value
from bosetting.engine.evaluate import Evaluator, evaluate
from bosetting.engine.facts import Fact, Subject
from bosetting.engine.findings import ExplanationError
from bosetting.engine.render import LANGUAGES, render
from bosetting.engine.repository import load_repository
from bosetting.engine.ruleset import RuleSet
from bosetting.engine.schemas import SchemaSet

CATALOGUE = {
    "maaling": {name: name for name in ("a", "b", "c", "kat", "flagg", "navn")},
    "etat": {"svar": "answer", "frist": "deadline"},
}
OSLO = Subject("kommune", "0301", "Oslo")
BERGEN = Subject("kommune", "4601", "Bergen")

Make = Callable[..., RuleSet]


def rule(rid: str, when: dict[str, Any], *, fact: str = "maaling", applies_to: str = "kommune",
         status: str = "met", otherwise: str = "not_met", **extra: Any) -> dict[str, Any]:
    return {
        "id": rid, "provision": "1", "title": {"nb": f"Regel {rid}", "en": f"Rule {rid}"},
        "applies_to": applies_to, "fact": fact, **extra,
        "outcomes": [{"status": status, "when": when,
                      "explanation": {"nb": "{subject_name}: oppfylt.", "en": "{subject_name}: met."}}],
        "otherwise": {"status": otherwise, "explanation": {"nb": "Ikke oppfylt.", "en": "Not met."}},
    }


def ruleset_data(rules: list[dict[str, Any]], params: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "kind": "obligations", "id": "test", "title": {"nb": "Test", "en": "Test"}, "version": "1.0",
        "valid_from": "2026-01-01", "valid_to": "2029-12-31", "status": "adopted", "adopted_by": "Testen",
        "adopted_on": "2025-12-01", "source": {"document": "Testdokument"}, "last_reviewed_on": "2026-06-01",
        "parameters": {name: {"value": value, "basis": "assumption", "citation": f"Satt for {name}",
                              "description": {"nb": name, "en": name}}
                       for name, value in (params or {}).items()},
        "provisions": [{"id": "1", "title": {"nb": "En", "en": "One"}, "text": "tekst"}],
        "rules": rules,
    }


@pytest.fixture
def make(tmp_path: Path, schemas: SchemaSet) -> Make:
    """Write rule set data as a YAML file, load it like any rule file, and return the RuleSet."""
    counter = iter(range(1000))

    def build(rules: list[dict[str, Any]], params: dict[str, Any] | None = None) -> RuleSet:
        path = tmp_path / f"rs{next(counter)}.yaml"
        path.write_text(yaml.safe_dump(ruleset_data(rules, params), allow_unicode=True, sort_keys=False),
                        encoding="utf-8")
        repo = load_repository([path], schemas, CATALOGUE)
        assert repo.errors == [], [p.format() for p in repo.errors]
        [ruleset] = repo.rulesets
        return ruleset

    return build


def fact(subject: Subject = OSLO, period: str = "2026", type_: str = "maaling", **values: Any) -> Fact:
    return Fact(type_, subject, period, dict(values), sources={k: f"data/{k}.csv:row 2" for k in values})


def record_asserted(evaluator: Any) -> list[dict[str, Any]]:
    """Every message the evaluator's durable_rules host is given from now on, as it was asserted."""
    asserted: list[dict[str, Any]] = []
    host = evaluator.compiled._host
    real = host.assert_facts

    def recording(name: str, messages: list[dict[str, Any]]) -> Any:
        asserted.extend(messages)
        return real(name, messages)

    host.assert_facts = recording
    return asserted


def status_of(ruleset: RuleSet, **values: Any) -> str:
    [finding] = evaluate(ruleset, [fact(**values)], "2026")
    return finding.status


# --- every operator -------------------------------------------------------------------------------

NESTED = {"any": [
    {"all": [{"field": "a", "op": "gt", "param": "p"}, {"field": "b", "op": "gt", "param": "p"}]},
    {"all": [{"field": "c", "op": "gt", "param": "p"}, {"not": {"field": "kat", "op": "eq", "value": "x"}}]},
]}

OPERATOR_CASES = [
    # (condition, params, fact values, holds)
    ({"field": "kat", "op": "eq", "value": "over"}, {}, {"kat": "over"}, True),
    ({"field": "kat", "op": "eq", "value": "over"}, {}, {"kat": "under"}, False),
    ({"field": "a", "op": "eq", "param": "p"}, {"p": 5}, {"a": 5.0}, True),
    ({"field": "kat", "op": "ne", "value": "over"}, {}, {"kat": "under"}, True),
    ({"field": "kat", "op": "ne", "value": "over"}, {}, {"kat": "over"}, False),
    ({"field": "a", "op": "lt", "param": "p"}, {"p": 10}, {"a": 9}, True),
    ({"field": "a", "op": "lt", "param": "p"}, {"p": 10}, {"a": 10}, False),
    ({"field": "a", "op": "le", "param": "p"}, {"p": 10}, {"a": 10}, True),
    ({"field": "a", "op": "le", "param": "p"}, {"p": 10}, {"a": 10.5}, False),
    ({"field": "a", "op": "gt", "param": "p"}, {"p": 10}, {"a": 11}, True),
    ({"field": "a", "op": "gt", "param": "p"}, {"p": 10}, {"a": 10}, False),
    ({"field": "a", "op": "ge", "param": "p"}, {"p": 10}, {"a": 10}, True),
    ({"field": "a", "op": "ge", "param": "p"}, {"p": 10}, {"a": 9.99}, False),
    ({"field": "kat", "op": "in", "value": ["over", "lik"]}, {}, {"kat": "lik"}, True),
    ({"field": "kat", "op": "in", "value": ["over", "lik"]}, {}, {"kat": "under"}, False),
    ({"field": "kat", "op": "in", "param": "godkjent"}, {"godkjent": ["over", "lik"]}, {"kat": "over"}, True),
    ({"field": "kat", "op": "not_in", "value": ["over", "lik"]}, {}, {"kat": "under"}, True),
    ({"field": "kat", "op": "not_in", "value": ["over", "lik"]}, {}, {"kat": "over"}, False),
    ({"field": "a", "op": "is_null"}, {}, {"a": None}, True),
    ({"field": "a", "op": "is_null"}, {}, {"b": 1}, True),
    ({"field": "a", "op": "is_null"}, {}, {"a": 0}, False),
    ({"field": "a", "op": "not_null"}, {}, {"a": 0}, True),
    ({"field": "a", "op": "not_null"}, {}, {"a": None}, False),
    # text is never coerced to a number, nor a number to text
    ({"field": "a", "op": "gt", "param": "p"}, {"p": 5}, {"a": "10"}, False),
    ({"field": "kat", "op": "eq", "value": "10"}, {}, {"kat": 10}, False),
    # Norwegian letters compare exactly
    ({"field": "navn", "op": "eq", "value": "Tromsø"}, {}, {"navn": "Tromsø"}, True),
    ({"field": "navn", "op": "eq", "value": "Tromsø"}, {}, {"navn": "TROMSØ"}, False),
    # field against field
    ({"field": "a", "op": "lt", "other_field": "b"}, {}, {"a": 3, "b": 4}, True),
    ({"field": "a", "op": "lt", "other_field": "b"}, {}, {"a": 4, "b": 4}, False),
    ({"field": "a", "op": "eq", "other_field": "b"}, {}, {"a": 4, "b": 4}, True),
    ({"field": "a", "op": "lt", "other_field": "b"}, {}, {"a": 3}, False),
    # ISO dates are text, and text orders by character: dates compare as dates
    ({"field": "kat", "op": "le", "other_field": "navn"}, {}, {"kat": "2026-03-01", "navn": "2026-03-15"}, True),
    ({"field": "kat", "op": "le", "other_field": "navn"}, {}, {"kat": "2026-12-01", "navn": "2026-03-15"}, False),
    ({"field": "kat", "op": "lt", "param": "frist"}, {"frist": "2026-07-01"}, {"kat": "2026-06-30"}, True),
    # ratio: a / b compared with a parameter
    ({"ratio": ["a", "b"], "op": "lt", "param": "p"}, {"p": 0.9}, {"a": 80, "b": 100}, True),
    ({"ratio": ["a", "b"], "op": "lt", "param": "p"}, {"p": 0.9}, {"a": 90, "b": 100}, False),
    ({"ratio": ["a", "b"], "op": "ge", "param": "p"}, {"p": 0.9}, {"a": 90, "b": 100}, True),
    ({"ratio": ["a", "b"], "op": "lt", "param": "p"}, {"p": 0.9}, {"a": 0, "b": 0}, False),
    ({"ratio": ["a", "b"], "op": "ge", "param": "p"}, {"p": 0.9}, {"a": 5, "b": 0}, False),
    ({"ratio": ["a", "b"], "op": "lt", "param": "p"}, {"p": 0.9}, {"a": 5}, False),
    # difference: a - b compared with a parameter
    ({"difference": ["a", "b"], "op": "gt", "param": "p"}, {"p": 10}, {"a": 25, "b": 14}, True),
    ({"difference": ["a", "b"], "op": "gt", "param": "p"}, {"p": 10}, {"a": 24, "b": 14}, False),
    ({"difference": ["a", "b"], "op": "le", "param": "p"}, {"p": -5}, {"a": 10, "b": 16}, True),
    ({"difference": ["a", "b"], "op": "le", "param": "p"}, {"p": -5}, {"a": 10, "b": 14}, False),
    # groups, nested
    ({"all": [{"field": "a", "op": "ge", "param": "p"}, {"field": "kat", "op": "eq", "value": "lik"}]},
     {"p": 1}, {"a": 1, "kat": "lik"}, True),
    ({"all": [{"field": "a", "op": "ge", "param": "p"}, {"field": "kat", "op": "eq", "value": "lik"}]},
     {"p": 1}, {"a": 1, "kat": "over"}, False),
    ({"any": [{"field": "a", "op": "ge", "param": "p"}, {"field": "kat", "op": "eq", "value": "lik"}]},
     {"p": 1}, {"a": 0, "kat": "lik"}, True),
    ({"any": [{"field": "a", "op": "ge", "param": "p"}, {"field": "kat", "op": "eq", "value": "lik"}]},
     {"p": 1}, {"a": 0, "kat": "over"}, False),
    (NESTED,
     {"p": 0}, {"a": 1, "b": 0, "c": 1, "kat": "v"}, True),
    (NESTED,
     {"p": 0}, {"a": 1, "b": 0, "c": 1, "kat": "x"}, False),
]


@pytest.mark.parametrize(("when", "params", "values", "holds"), OPERATOR_CASES,
                         ids=[f"{i}-{'holds' if c[3] else 'fails'}" for i, c in enumerate(OPERATOR_CASES)])
def test_operator(make: Make, when: dict[str, Any], params: dict[str, Any], values: dict[str, Any],
                  holds: bool) -> None:
    ruleset = make([rule("r", when)], params)
    assert status_of(ruleset, **values) == ("met" if holds else "not_met")


# --- not: De Morgan, and missing values hold neither way ------------------------------------------

NOT_CASES = [
    {"field": "a", "op": "lt", "param": "p"},
    {"field": "kat", "op": "in", "value": ["x", "v"]},
    {"field": "a", "op": "is_null"},
    {"ratio": ["a", "b"], "op": "lt", "param": "p"},
    {"difference": ["a", "b"], "op": "ge", "param": "p"},
    {"field": "a", "op": "eq", "other_field": "b"},
    {"all": [{"field": "a", "op": "gt", "param": "p"}, {"field": "kat", "op": "eq", "value": "x"}]},
    {"any": [{"field": "a", "op": "gt", "param": "p"}, {"not": {"field": "kat", "op": "ne", "value": "x"}}]},
]
NOT_FACTS: list[dict[str, Any]] = [
    {"a": 0.5, "b": 2, "kat": "x"}, {"a": 3, "b": 2, "kat": "v"}, {"a": 1, "b": 1, "kat": "z"},
    {"a": 2, "b": 0.5, "kat": "x"}, {"a": None, "b": 1, "kat": "x"},
]


@pytest.mark.parametrize("when", NOT_CASES, ids=[str(i) for i in range(len(NOT_CASES))])
def test_not_is_the_complement_when_every_value_is_present(make: Make, when: dict[str, Any]) -> None:
    positive = make([rule("r", when)], {"p": 1})
    negative = make([rule("r", {"not": when})], {"p": 1})
    double = make([rule("r", {"not": {"not": when}})], {"p": 1})
    for values in NOT_FACTS:
        if values["a"] is None and when != NOT_CASES[2]:
            continue
        held = status_of(positive, **values)
        assert {held, status_of(negative, **values)} == {"met", "not_met"}, values
        assert status_of(double, **values) == held, values


MISSING_OR_WRONG_TYPE = [
    # (condition, values where something it reads is missing or of the wrong type)
    (NOT_CASES[0], {"b": 1}),
    (NOT_CASES[0], {"a": "ti"}),
    (NOT_CASES[0], {"a": True}),
    (NOT_CASES[1], {"a": 1}),
    (NOT_CASES[1], {"kat": 5}),
    (NOT_CASES[3], {"a": 1}),
    (NOT_CASES[3], {"a": 1, "b": "ti"}),
    (NOT_CASES[4], {"b": 1}),
    (NOT_CASES[4], {"a": "5", "b": 1}),
    (NOT_CASES[5], {"a": 1}),
    (NOT_CASES[5], {"a": "1", "b": 1}),
    (NOT_CASES[6], {"a": 5}),
    (NOT_CASES[7], {"a": 0}),
    ({"field": "kat", "op": "eq", "value": "10"}, {"kat": 10}),
    ({"field": "kat", "op": "eq", "value": "true"}, {"kat": True}),
    ({"field": "flagg", "op": "eq", "value": True}, {"flagg": 1}),
    ({"field": "flagg", "op": "eq", "value": False}, {"flagg": 0}),
    ({"field": "a", "op": "gt", "param": "p"}, {"a": "abc"}),
    ({"field": "a", "op": "lt", "other_field": "b"}, {"a": "1", "b": 5}),
    ({"ratio": ["a", "b"], "op": "lt", "other_field": "c"}, {"a": 1, "b": 2, "c": "0.9"}),
]


@pytest.mark.parametrize(("when", "values"), MISSING_OR_WRONG_TYPE,
                         ids=[str(i) for i in range(len(MISSING_OR_WRONG_TYPE))])
def test_a_missing_or_mistyped_value_holds_neither_way(make: Make, when: dict[str, Any],
                                                       values: dict[str, Any]) -> None:
    """durable_rules itself coerces ("10" == 10, true == 1, "abc" > -5); the engine's type guards must not."""
    positive = make([rule("r", when)], {"p": 1})
    negative = make([rule("r", {"not": when})], {"p": 1})
    assert status_of(positive, **values) == "not_met"
    assert status_of(negative, **values) == "not_met"


# --- findings: evidence, explanations, parameters, identity ----------------------------------------

EXAMPLE_RULE: dict[str, Any] = {
    "id": "1.1", "provision": "1", "title": {"nb": "Bosatt av vedtak", "en": "Settled of vedtak"},
    "applies_to": "kommune", "fact": "maaling", "evidence": ["c"],
    "outcomes": [
        {"status": "not_met", "when": {"field": "a", "op": "lt", "other_field": "b"},
         "explanation": {"nb": "{subject_name} bosatte {a} av {b} i {period} (krav {min_andel}).",
                         "en": "{subject_name} settled {a} of {b} in {period} (required {min_andel})."}},
        {"status": "met", "when": {"ratio": ["a", "b"], "op": "ge", "param": "min_andel"},
         "explanation": {"nb": "{subject} bosatte {a}.", "en": "{subject} settled {a}."}},
    ],
    "otherwise": {"status": "insufficient_data",
                  "explanation": {"nb": "Mangler tall for {subject_name}.", "en": "No figures for {subject_name}."}},
}


def test_finding_carries_evidence_explanation_parameters_and_version(make: Make) -> None:
    ruleset = make([EXAMPLE_RULE], {"min_andel": 0.85})
    source = Fact("maaling", OSLO, "2026", {"a": 12000, "b": 13000, "c": 7.5, "kat": "ignored"},
                  sources={"a": "data/2026/kommune_aar.csv:row 2"}, source="data/2026/kommune_aar.csv")
    [finding] = evaluate(ruleset, [source], "2026")
    assert finding.status == "not_met"
    assert finding.outcome == "outcome 1"
    assert finding.rule_id == "1.1"
    assert finding.provision == "1"
    assert (finding.ruleset_id, finding.ruleset_version, finding.ruleset_hash) == ("test", "1.0", ruleset.hash)
    assert finding.ruleset_status == "adopted"
    assert finding.subject == OSLO
    assert finding.period == "2026"
    assert finding.finding_id == "test/1.1/kommune:0301"
    assert [(e.name, e.value, e.source) for e in finding.evidence] == [
        ("a", 12000, "data/2026/kommune_aar.csv:row 2"),
        ("b", 13000, "data/2026/kommune_aar.csv"),
        ("c", 7.5, "data/2026/kommune_aar.csv"),
    ]
    assert finding.explanation["nb"] == "Oslo bosatte 12\u00a0000 av 13\u00a0000 i 2026 (krav 0,85)."
    assert finding.explanation["en"] == "Oslo settled 12,000 of 13,000 in 2026 (required 0.85)."
    [use] = finding.parameters
    assert (use.name, use.value, use.basis, use.citation) == ("min_andel", 0.85, "assumption", "Satt for min_andel")
    as_dict = finding.as_dict()
    assert as_dict["ruleset"] == {"id": "test", "version": "1.0", "hash": ruleset.hash, "status": "adopted"}
    assert as_dict["evidence"][0] == {"name": "a", "value": 12000, "source": "data/2026/kommune_aar.csv:row 2"}
    assert as_dict["parameters"][0]["basis"] == "assumption"


def test_a_rule_of_one_value_shows_that_value_with_its_own_source(make: Make) -> None:
    """A rule that reads or shows one value (most do) gets its evidence by a path of its own: the value's own
    source where it has one, else the fact's."""
    ruleset = make([rule("1.1", {"field": "a", "op": "gt", "param": "grense"}),
                    rule("1.2", {"field": "b", "op": "gt", "param": "grense"}),
                    rule("1.3", {"field": "a", "op": "gt", "param": "grense"}, evidence=["b"])], {"grense": 5})
    source = Fact("maaling", OSLO, "2026", {"a": 12, "b": 3}, sources={"a": "data/2026/kommune_aar.csv:row 2"},
                  source="data/2026/kommune_aar.csv")
    shown = {f.rule_id: [(e.name, e.value, e.source) for e in f.evidence] for f in evaluate(ruleset, [source], "2026")}
    assert shown == {
        "1.1": [("a", 12, "data/2026/kommune_aar.csv:row 2")],
        "1.2": [("b", 3, "data/2026/kommune_aar.csv")],
        "1.3": [("a", 12, "data/2026/kommune_aar.csv:row 2"), ("b", 3, "data/2026/kommune_aar.csv")],
    }


def test_the_first_outcome_that_holds_gives_the_finding(make: Make) -> None:
    ruleset = make([EXAMPLE_RULE], {"min_andel": 0.85})
    findings = evaluate(ruleset, [fact(OSLO, a=13000, b=13000), fact(BERGEN, a=None, b=100)], "2026")
    by_subject = {f.subject.id: f for f in findings}
    assert by_subject["0301"].status == "met"
    assert by_subject["0301"].outcome == "outcome 2"
    assert by_subject["0301"].explanation == {"nb": "0301 bosatte 13\u00a0000.", "en": "0301 settled 13,000."}
    assert by_subject["4601"].status == "insufficient_data"
    assert by_subject["4601"].outcome == "otherwise"
    assert by_subject["4601"].explanation["nb"] == "Mangler tall for Bergen."
    assert [e.value for e in by_subject["4601"].evidence] == [None, 100, None]


def test_missing_values_render_as_not_given(make: Make) -> None:
    data = copy.deepcopy(EXAMPLE_RULE)
    data["otherwise"]["explanation"] = {"nb": "{subject_name}: a er {a}, c er {c}.", "en": "{subject_name}: a is {a}."}
    ruleset = make([data], {"min_andel": 0.85})
    [finding] = evaluate(ruleset, [fact(a=None, b=10, c=True)], "2026")
    assert finding.explanation == {"nb": "Oslo: a er ikke oppgitt, c er ja.", "en": "Oslo: a is not given."}


def test_an_explanation_read_after_evaluation_is_the_text_rendered_when_the_finding_was_made(make: Make) -> None:
    """Explanations are written when first read: what is read then is what rendering at once gave, in every
    way a reader takes it (by language, as a dict, compared, pickled, copied, as JSON), and a fact changed
    after its evaluation does not change it."""
    ruleset = make([EXAMPLE_RULE], {"min_andel": 0.85})
    facts = [fact(OSLO, a=12000, b=13000, c=7.5), fact(BERGEN, a=13000, b=13000), fact(Subject("kommune", "5001"))]
    findings = evaluate(ruleset, facts, "2026")
    rule_ = ruleset.rules[0]
    for finding, source in zip(findings, facts, strict=True):
        outcome = next(o for o in (*rule_.outcomes, rule_.otherwise) if o.label == finding.outcome)
        values = {"min_andel": 0.85, **source.values, "subject": source.subject.id,
                  "subject_name": source.subject.name or source.subject.id, "period": "2026"}
        eager = {lang: render(outcome.explanation[lang], values, lang) for lang in LANGUAGES}
        source.values["a"] = 1  # after the evaluation: the finding still says what the fact was
        assert finding.explanation == eager and eager == finding.explanation
        assert dict(finding.explanation) == eager and list(finding.explanation) == list(LANGUAGES)
        assert finding.explanation.get("en", "") == eager["en"] and finding.explanation.get("de") is None
        assert pickle.loads(pickle.dumps(finding)) == finding
        assert copy.deepcopy(finding).explanation == eager
        assert json.loads(json.dumps(finding.as_dict()))["explanation"] == eager
    assert findings[0].explanation["nb"] == "Oslo bosatte 12\u00a0000 av 13\u00a0000 i 2026 (krav 0,85)."
    assert findings[2].explanation["en"] == "No figures for 5001."


class Unwritable:
    """A value whose words cannot be written: what rendering an explanation that names it runs into."""

    def __str__(self) -> str:
        raise ValueError("no words for this value")


def test_an_explanation_that_cannot_be_written_fails_loudly_naming_its_rule(make: Make) -> None:
    data = copy.deepcopy(EXAMPLE_RULE)
    data["otherwise"]["explanation"] = {"nb": "{subject_name}: {navn}.", "en": "{subject_name}: {navn}."}
    ruleset = make([data], {"min_andel": 0.85})
    [finding] = evaluate(ruleset, [fact(a=None, b=10, navn=Unwritable())], "2026")
    for read in (lambda: finding.explanation["nb"], lambda: finding.explanation.get("en", ""),
                 lambda: dict(finding.explanation), finding.as_dict):
        with pytest.raises(ExplanationError) as raised:
            read()
        message = str(raised.value)
        assert ruleset.path in message and "rule 1.1" in message and "otherwise" in message, message
        assert "test@1.0" in message and "kommune:0301" in message and "no words for this value" in message
        assert isinstance(raised.value.__cause__, ValueError)


def test_an_outcome_without_every_language_is_written_at_once_and_fails_as_before(make: Make) -> None:
    """A rule set built without its schema may lack a language: such findings are rendered when made."""
    ruleset = make([EXAMPLE_RULE], {"min_andel": 0.85})
    rule_ = ruleset.rules[0]
    only_nb = dataclasses.replace(rule_.otherwise, explanation={"nb": "Mangler tall for {subject_name}."})
    unchecked = dataclasses.replace(ruleset, rules=(dataclasses.replace(rule_, otherwise=only_nb),))
    with pytest.raises(KeyError, match="en"):
        evaluate(unchecked, [fact(a=None, b=10)], "2026")


def test_a_rule_no_fact_reaches_is_insufficient_data(make: Make) -> None:
    ruleset = make([rule("r1", {"field": "a", "op": "not_null"}),
                    rule("r2", {"field": "svar", "op": "not_null"}, fact="etat")])
    findings = evaluate(ruleset, [fact(a=1)], "2026")
    assert [(f.rule_id, f.status) for f in findings] == [("r1", "met"), ("r2", "insufficient_data")]
    missing = findings[1]
    assert missing.outcome == "no facts"
    assert missing.evidence == []
    assert missing.explanation["nb"] == "Ingen opplysninger av typen «etat» for 2026: regelen kunne ikke vurderes."
    assert missing.explanation["en"] == "No data of the kind 'etat' for 2026: the rule could not be assessed."


def test_facts_of_another_period_or_type_are_not_read(make: Make) -> None:
    ruleset = make([rule("r", {"field": "a", "op": "not_null"})])
    findings = evaluate(ruleset, [fact(a=1, period="2025"), fact(type_="ukjent", a=1)], "2026")
    assert [f.status for f in findings] == ["insufficient_data"]


def test_a_fact_of_a_type_no_rule_reads_is_ignored(make: Make) -> None:
    ruleset = make([rule("r", {"field": "a", "op": "gt", "param": "p"})], {"p": 1})
    findings = evaluate(ruleset, [fact(type_="ukjent", x=1, y=[1, 2]), fact(a=2)], "2026")
    assert [(f.subject.id, f.status) for f in findings] == [("0301", "met")]


def test_values_no_rule_reads_never_reach_the_engine(make: Make) -> None:
    ruleset = make([rule("r", {"field": "a", "op": "gt", "param": "p"})], {"p": 1})
    # A list, a date and a huge number could not be asserted; they are not read, so they do no harm.
    [finding] = evaluate(ruleset, [fact(a=2, b=[1, 2], c=10**40)], "2026")
    assert finding.status == "met"


def test_rules_judge_only_their_own_kind_of_subject(make: Make) -> None:
    ruleset = make([rule("k", {"field": "a", "op": "not_null"}),
                    rule("f", {"field": "a", "op": "not_null"}, applies_to="fylke")])
    findings = evaluate(ruleset, [fact(OSLO, a=1), fact(Subject("fylke", "03", "Oslo"), a=None)], "2026")
    assert [(f.rule_id, f.subject.key(), f.status) for f in findings] == [
        ("k", "kommune:0301", "met"), ("f", "fylke:03", "not_met")]


def test_agency_rules_judge_only_their_agency(make: Make) -> None:
    ruleset = make([
        rule("imdi", {"field": "svar", "op": "eq", "value": "ja"}, fact="etat", applies_to="agency", agency="IMDi"),
        rule("udi", {"field": "svar", "op": "eq", "value": "ja"}, fact="etat", applies_to="agency", agency="UDI"),
        rule("bufdir", {"field": "svar", "op": "eq", "value": "ja"}, fact="etat", applies_to="agency",
             agency="Bufdir"),
    ])
    facts = [fact(Subject("agency", "IMDi"), type_="etat", svar="ja"),
             fact(Subject("agency", "UDI"), type_="etat", svar="nei")]
    findings = evaluate(ruleset, facts, "2026")
    assert [(f.rule_id, f.subject.id, f.status) for f in findings] == [
        ("imdi", "IMDi", "met"), ("udi", "UDI", "not_met"), ("bufdir", "Bufdir", "insufficient_data")]


def test_one_finding_per_subject(make: Make) -> None:
    ruleset = make([rule("r", {"field": "a", "op": "ge", "param": "p"})], {"p": 10})
    facts = [fact(Subject("kommune", f"{n:04d}"), a=n) for n in range(1, 40)]
    findings = evaluate(ruleset, facts, "2026")
    assert len(findings) == 39
    assert [f.status for f in findings] == ["not_met"] * 9 + ["met"] * 30


# --- numbers durable_rules would refuse -------------------------------------------------------------

@pytest.mark.parametrize(("value", "holds"), [(1e-05, True), (1e-09, True), (-1e-07, True), (0.00012, False),
                                              (123456.1234567891, False), (2.5e-4, False)])
def test_floats_in_exponent_form_do_not_break_the_engine(make: Make, value: float, holds: bool) -> None:
    """json writes 1e-05 with an exponent, which durable_rules refuses (error 204): facts are normalised."""
    ruleset = make([rule("r", {"field": "a", "op": "le", "param": "p"})], {"p": 0.0001})
    assert status_of(ruleset, a=value) == ("met" if holds else "not_met")


@pytest.mark.parametrize(("value", "holds"), [(0.1 + 0.2, True), (0.3000004, True), (0.300001, False),
                                              (-(0.1 + 0.2), False)])
def test_a_fraction_is_compared_to_six_decimals(make: Make, value: float, holds: bool) -> None:
    """0.1 + 0.2 is 0.30000000000000004 in a float: facts and parameters are rounded alike before they are compared."""
    ruleset = make([rule("r", {"field": "a", "op": "eq", "param": "p"})], {"p": 0.3})
    assert status_of(ruleset, a=value) == ("met" if holds else "not_met")


def test_normalise_value() -> None:
    assert normalise_value(1e-05) == 0.0
    assert normalise_value(0.123456789) == 0.123457
    assert normalise_value(True) is True
    assert normalise_value("0301") == "0301"
    assert normalise_value(None) is None
    assert normalise_value(10**15) == 10**15


# --- isolation -------------------------------------------------------------------------------------

def test_two_evaluators_of_one_rule_set_do_not_interfere(make: Make) -> None:
    ruleset = make([rule("r", {"field": "a", "op": "ge", "param": "p"})], {"p": 10})
    first, second = Evaluator(ruleset), Evaluator(ruleset)
    assert first.compiled.name != second.compiled.name
    for round_ in range(3):
        a = first.evaluate([fact(OSLO, a=20), fact(BERGEN, a=1)], "2026")
        b = second.evaluate([fact(OSLO, a=1)], "2026")
        assert [(f.subject.id, f.status) for f in a] == [("0301", "met"), ("4601", "not_met")], round_
        assert [(f.subject.id, f.status) for f in b] == [("0301", "not_met")], round_


def test_an_evaluator_keeps_no_facts_between_calls(make: Make) -> None:
    """Facts are retracted after each judgement: the same fact twice is judged twice, equally."""
    ruleset = make([rule("r", {"field": "a", "op": "ge", "param": "p"})], {"p": 10})
    evaluator = Evaluator(ruleset)
    same = fact(OSLO, a=20)
    assert [f.status for f in evaluator.evaluate([same, same], "2026")] == ["met", "met"]
    assert [f.status for f in evaluator.evaluate([fact(OSLO, a=2)], "2026")] == ["not_met"]


def test_two_rule_sets_with_the_same_ids_do_not_interfere(make: Make) -> None:
    low = make([rule("r", {"field": "a", "op": "ge", "param": "p"})], {"p": 1})
    high = make([rule("r", {"field": "a", "op": "ge", "param": "p"})], {"p": 100})
    assert low.hash != high.hash
    assert status_of(low, a=50) == "met"
    assert status_of(high, a=50) == "not_met"


def test_compiled_rules_are_durable_rules_json(make: Make) -> None:
    ruleset = make([rule("r", {"not": {"field": "kat", "op": "in", "value": ["x", "v"]}})])
    compiled = Evaluator(ruleset).compiled
    assert isinstance(compiled, CompiledRules)
    text = compiled.describe()
    assert '"$neq"' in text and '"$in"' not in text and '"$not"' not in text
    assert compiled.matches("maaling", {"kat": "z"}, "kommune") == ["0:0"]
    assert compiled.matches("maaling", {"kat": "x"}, "kommune") == []
    assert compiled.matches("annen", {"kat": "z"}, "kommune") == []


# --- rendering numbers for people ------------------------------------------------------------------

@pytest.mark.parametrize(("value", "nb", "en"), [
    (13000, "13\u00a0000", "13,000"),
    (-1234567, "-1\u00a0234\u00a0567", "-1,234,567"),
    (13000.0, "13\u00a0000", "13,000"),
    (12.5, "12,5", "12.5"),
    (0.85, "0,85", "0.85"),
    (33.3333, "33,33", "33.33"),
    (0.000123, "0,000123", "0.000123"),
    (True, "ja", "yes"),
    (None, "ikke oppgitt", "not given"),
    ("0301", "0301", "0301"),
])
def test_numbers_are_written_as_readers_expect(value: Any, nb: str, en: str) -> None:
    from bosetting.engine.render import format_value

    assert format_value(value, "nb") == nb
    assert format_value(value, "en") == en


def test_render_leaves_unknown_placeholders_visible() -> None:
    from bosetting.engine.render import render

    assert render("{a} av {ukjent}", {"a": 13000}, "nb") == "13\u00a0000 av {ukjent}"
    assert render("unbalanced {", {"a": 1}, "en") == "unbalanced {"


def test_values_that_compare_equal_are_written_by_their_own_type() -> None:
    # True == 1 == 1.0 and they hash alike: the words remembered for one must not be given to the others.
    from bosetting.engine.render import render

    shown = [render("{v}", {"v": value}, "nb") for value in (True, 1, 1.0, False, 0, 1, True)]
    assert shown == ["ja", "1", "1", "nei", "0", "1", "ja"]


@pytest.mark.parametrize("value", [10**16, -(10**16), float("nan"), float("inf"), 1e300])
def test_a_number_the_engine_cannot_take_is_invalid_input_at_its_source(make: Make, value: float) -> None:
    from bosetting.engine.problems import InputError

    ruleset = make([rule("r", {"field": "a", "op": "gt", "param": "p"})], {"p": 1})
    bad = Fact("maaling", OSLO, "2026", {"a": value}, sources={"a": "data/2026/kommune_aar.csv:row 7"})
    other = Fact("maaling", BERGEN, "2026", {"a": "x"}, source="data/2026/other.csv")
    with pytest.raises(InputError) as caught:
        evaluate(ruleset, [fact(a=2), bad, other], "2026")
    [problem] = caught.value.problems
    assert (problem.file, problem.row, problem.column_name) == ("data/2026/kommune_aar.csv", 7, "a")
    assert f"a = {value} for kommune:0301 cannot be compared by the rules engine" in problem.message


def test_what_is_asserted_holds_the_compared_values_and_the_finding_shows_the_rest(make: Make) -> None:
    """A value a rule only shows (`evidence:`) is in the finding's evidence but not asserted to durable_rules;
    a number the engine could not take is refused there too, as before."""
    from bosetting.engine.evaluate import Evaluator
    from bosetting.engine.problems import InputError

    ruleset = make([rule("r", {"field": "a", "op": "gt", "param": "p"}, evidence=["b"])], {"p": 1})
    evaluator = Evaluator(ruleset)
    asserted = record_asserted(evaluator)
    [finding] = evaluator.evaluate([fact(a=2, b=7, c=3)], "2026")
    assert finding.status == "met"
    assert [(e.name, e.value, e.source) for e in finding.evidence] == [("a", 2, "data/a.csv:row 2"),
                                                                        ("b", 7, "data/b.csv:row 2")]
    assert [sorted(k for k in message if not k.startswith("_p_") and not k.startswith("_t__p_"))
            for message in asserted] == [["_t_a", "a", "id", "subject_id", "subject_kind", "type"]]
    with pytest.raises(InputError, match="b = nan for kommune:0301 cannot be compared"):
        evaluator.evaluate([fact(a=2, b=float("nan"))], "2026")
