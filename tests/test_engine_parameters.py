"""Parameters are data: one compiled ruleset serves every parameter variant of a rule set.

Each variant's findings are checked against a reading of the condition in plain Python
(the semantics engine.durable_backend documents: `not` pushed down, a missing value or a
value of another type satisfies no comparison), and all variants of one rule set must
share one compiled durable_rules ruleset.
"""

from __future__ import annotations

import dataclasses
import itertools
import operator
from collections.abc import Callable
from typing import Any

import pytest
from test_engine_evaluate import OSLO, Make, fact, record_asserted, rule
from test_engine_evaluate import make as make  # noqa: F401 - the fixture the tests below ask for

from bosetting.engine.conditions import Condition, Group, push_negation
from bosetting.engine.durable_backend import EngineFailure, normalise_value
from bosetting.engine.evaluate import Evaluator, Evaluators, structure_key
from bosetting.engine.ruleset import RuleSet

_OPS: dict[str, Callable[[Any, Any], bool]] = {"eq": operator.eq, "ne": operator.ne, "lt": operator.lt,
                                               "le": operator.le, "gt": operator.gt, "ge": operator.ge}


def _tag(value: Any) -> str:
    return "b" if isinstance(value, bool) else "n" if isinstance(value, (int, float)) else "s"


def holds(condition: Condition, params: dict[str, Any], values: dict[str, Any]) -> bool:
    """The condition read in plain Python, with the engine's treatment of missing and mistyped values."""
    present = {k: normalise_value(v) for k, v in values.items() if v is not None}
    return _holds(push_negation(condition), params, present)


def _holds(c: Condition, params: dict[str, Any], m: dict[str, Any]) -> bool:
    if isinstance(c, Group):
        results = (_holds(item, params, m) for item in c.items)
        return all(results) if c.kind == "all" else any(results)
    name = c.left.fields[0]
    if c.op in ("is_null", "not_null"):
        return (name not in m) == (c.op == "is_null")
    right = params[c.param] if c.param is not None else c.value
    if c.op in ("in", "not_in"):
        listed = {(_tag(v), v) for v in map(normalise_value, right if isinstance(right, (list, tuple)) else [right])}
        if name not in m or _tag(m[name]) not in {tag for tag, _ in listed}:
            return False
        return ((_tag(m[name]), m[name]) in listed) == (c.op == "in")
    target = m.get(c.other_field) if c.other_field is not None else normalise_value(right)
    if target is None or any(f not in m for f in c.left.fields):
        return False
    if c.left.kind == "field":
        return _tag(m[name]) == _tag(target) and _OPS[c.op](m[name], target)
    a, b = (m[f] for f in c.left.fields)
    if any(_tag(v) != "n" for v in (a, b, target)):
        return False
    if c.left.kind == "ratio":
        return b > 0 and _OPS[c.op](a, b * target)
    return _OPS[c.op](a, b + target)


def variant(ruleset: RuleSet, **values: Any) -> RuleSet:
    """The rule set with other parameter values, as a what-if builds it (no file, no new compilation)."""
    changed = {name: dataclasses.replace(p, value=values[name]) if name in values else p
               for name, p in ruleset.parameters.items()}
    return dataclasses.replace(ruleset, parameters=changed, hash=f"{ruleset.hash}+{sorted(values.items())}")


# (condition, parameter values to try, facts to judge under each)
NUMBERS = [-5, 0, 0.5, 9.99, 10, 10.0, 10.5, 11, 100]
CASES: list[tuple[dict[str, Any], list[Any], list[dict[str, Any]]]] = [
    ({"field": "a", "op": op, "param": "p"}, NUMBERS,
     [{"a": 10}, {"a": 10.5}, {"a": -5}, {"a": "10"}, {"a": True}, {"b": 1}])
    for op in ("eq", "ne", "lt", "le", "gt", "ge")
] + [
    ({"field": "kat", "op": "lt", "param": "p"}, ["2026-07-01", "a", "ø", "", 5, True],
     [{"kat": "2026-06-30"}, {"kat": "b"}, {"kat": 4}, {"kat": False}]),
    ({"field": "flagg", "op": "eq", "param": "p"}, [True, False, 1, 0, "true"],
     [{"flagg": True}, {"flagg": False}, {"flagg": 1}, {"flagg": "true"}]),
    ({"ratio": ["a", "b"], "op": "lt", "param": "p"}, [0.9, 0.8, 1, 0, "0.9", True],
     [{"a": 80, "b": 100}, {"a": 90, "b": 100}, {"a": 5, "b": 0}, {"a": 1, "b": "2"}]),
    ({"difference": ["a", "b"], "op": "ge", "param": "p"}, [-5, 0, 10, 11, 2.5, "10"],
     [{"a": 25, "b": 14}, {"a": 10, "b": 16}, {"a": "25", "b": 14}]),
    ({"field": "kat", "op": "in", "param": "p"},
     [["over", "lik"], ["over"], "over", ["under", "over", "lik", "x"], [10, "10"], [True], [1, 2.5], []],
     [{"kat": "over"}, {"kat": "under"}, {"kat": 10}, {"kat": "10"}, {"kat": True}, {"kat": 1}, {"kat": 2.5},
      {"b": 1}]),
    ({"field": "kat", "op": "not_in", "param": "p"},
     [["over", "lik"], ["over"], "over", ["under", "over", "lik", "x"], [10, "10"], [True], [1, 2.5], []],
     [{"kat": "over"}, {"kat": "under"}, {"kat": 10}, {"kat": "10"}, {"kat": True}, {"kat": 1}, {"kat": 3},
      {"b": 1}]),
    ({"not": {"all": [{"field": "a", "op": "gt", "param": "p"}, {"field": "kat", "op": "in", "param": "q"}]}},
     [(1, ["x"]), (5, ["x", "y"]), (20, "y"), (0, [0])],
     [{"a": 10, "kat": "x"}, {"a": 3, "kat": "y"}, {"a": 10, "kat": "z"}, {"a": 10, "kat": 0}, {"kat": "x"}]),
]


@pytest.mark.parametrize(("when", "values", "facts"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_every_variant_shares_one_compiled_ruleset_and_judges_as_the_condition_reads(
        make: Make, when: dict[str, Any], values: list[Any], facts: list[dict[str, Any]]) -> None:
    two = isinstance(values[0], tuple)
    base = make([rule("r", when)], {"p": values[0][0], "q": values[0][1]} if two else {"p": values[0]})
    evaluators = Evaluators()
    condition = base.rules[0].outcomes[0].condition
    assert condition is not None
    for value in values:
        params = {"p": value[0], "q": value[1]} if two else {"p": value}
        evaluator = evaluators(variant(base, **params))
        subjects = [dataclasses.replace(OSLO, id=f"{n:04d}") for n in range(len(facts))]
        found = evaluator.evaluate([fact(s, **v) for s, v in zip(subjects, facts, strict=True)], "2026")
        expected = ["met" if holds(condition, params, v) else "not_met" for v in facts]
        assert [f.status for f in found] == expected, params
        assert [[(u.name, u.value) for u in f.parameters] for f in found][0] == sorted(params.items())
    assert evaluators.compiled_count == 1


def test_a_variant_gets_the_same_findings_as_its_own_file_would(make: Make) -> None:
    """Sharing the compiled rules changes nothing a finding says: status, explanation, parameters, version."""
    when = {"any": [{"field": "a", "op": "ge", "param": "p"}, {"field": "kat", "op": "in", "param": "q"}]}
    extra = {"explanation": {"nb": "{a} mot {p} og {q}", "en": "{a} against {p} and {q}"}}
    data = rule("r", when)
    data["outcomes"][0].update(extra)
    base = make([data], {"p": 10, "q": ["x"]})
    evaluators = Evaluators()
    evaluators(base)
    facts = [fact(OSLO, a=a, kat=k) for a, k in itertools.product([5, 15], ["x", "ja"])]
    for p, q in [(10, ["x"]), (12, ["ja", "x"]), (4, "z")]:
        from_file = make([data], {"p": p, "q": q})
        shared = evaluators(variant(base, p=p, q=q))
        assert shared.compiled is not Evaluator(from_file).compiled
        for ours, theirs in zip(shared.evaluate(facts, "2026"), Evaluator(from_file).evaluate(facts, "2026"),
                                strict=True):
            assert (ours.status, ours.explanation, ours.parameters, ours.outcome) == \
                   (theirs.status, theirs.explanation, theirs.parameters, theirs.outcome)
    assert evaluators.compiled_count == 1


def test_only_parameter_values_leave_the_structure_unchanged(make: Make) -> None:
    first = make([rule("r", {"field": "a", "op": "ge", "param": "p"})], {"p": 1})
    assert structure_key(variant(first, p=99)) == structure_key(first)
    assert structure_key(make([rule("r", {"field": "a", "op": "ge", "param": "p"})], {"p": "ti"})) == \
        structure_key(first)
    assert structure_key(make([rule("r", {"field": "a", "op": "gt", "param": "p"})], {"p": 1})) != \
        structure_key(first)
    assert structure_key(make([rule("r", {"field": "b", "op": "ge", "param": "p"})], {"p": 1})) != \
        structure_key(first)
    evaluators = Evaluators()
    evaluators(first)
    evaluators(make([rule("r", {"field": "a", "op": "gt", "param": "p"})], {"p": 1}))
    assert evaluators.compiled_count == 2


def test_a_rule_set_asked_for_again_gets_the_evaluator_it_got_and_a_variant_its_own(make: Make) -> None:
    """A review of several years asks for the same rule sets once a year: their evaluators are built once. A variant,
    equal or not, is another rule set and gets an evaluator of its own values; only the last `kept` are held."""
    first = make([rule("r", {"field": "a", "op": "ge", "param": "p"})], {"p": 10})
    evaluators = Evaluators(kept=2)
    evaluator = evaluators(first)
    assert evaluators(first) is evaluator
    same_values, other_values = variant(first, p=10), variant(first, p=20)
    assert evaluators(same_values) is not evaluator
    shared = evaluators(other_values)
    assert shared is not evaluator and shared.compiled is evaluator.compiled
    rebuilt = evaluators(first)  # two rule sets were asked for since: it was let go
    assert rebuilt is not evaluator and evaluators(first) is rebuilt
    facts = [fact(OSLO, a=15)]
    assert [(f.status, f.period) for f in rebuilt.evaluate(facts, "2026")] == [("met", "2026")]
    assert [(f.status, f.period) for f in rebuilt.evaluate([fact(OSLO, "2027", a=5)], "2027")] == \
        [("not_met", "2027")]  # an evaluation leaves nothing behind for the next
    assert [f.status for f in evaluators(other_values).evaluate(facts, "2026")] == ["not_met"]
    assert evaluators.compiled_count == 1


def test_compiled_rules_of_other_rules_are_refused(make: Make) -> None:
    first = make([rule("r", {"field": "a", "op": "ge", "param": "p"})], {"p": 1})
    other = make([rule("r", {"field": "a", "op": "gt", "param": "p"})], {"p": 1})
    with pytest.raises(ValueError, match="other rules"):
        Evaluator(other, Evaluator(first).compiled)


def test_the_compiled_rules_hold_no_parameter_value(make: Make) -> None:
    ruleset = make([rule("r", {"all": [{"field": "a", "op": "ge", "param": "p"},
                                       {"field": "kat", "op": "not_in", "param": "q"}]})],
                   {"p": 123457, "q": ["verdi_som_ikke_er_i_reglene"]})
    text = Evaluator(ruleset).compiled.describe()
    assert "123457" not in text and "verdi_som_ikke_er_i_reglene" not in text
    assert '"_p_p"' in text and '"_l_s_q"' in text


def test_a_parameter_that_does_not_fit_its_use_is_an_engine_failure(make: Make) -> None:
    ruleset = make([rule("r", {"field": "a", "op": "ge", "param": "p"})], {"p": 1})
    with pytest.raises(EngineFailure, match="parameter 'p' is a list"):
        Evaluator(variant(ruleset, p=[1, 2]))
    compiled = Evaluator(ruleset).compiled
    with pytest.raises(EngineFailure, match="no value was given for it"):
        compiled.parameter_fields({})


def test_many_facts_are_judged_in_batches_with_nothing_left_behind(make: Make) -> None:
    """More facts than one batch holds, some matching no rule: each is judged alone, and none stays asserted."""
    ruleset = make([rule("r", {"field": "a", "op": "ge", "param": "p"}, otherwise="insufficient_data"),
                    rule("s", {"field": "a", "op": "lt", "param": "p"})], {"p": 600})
    evaluator = Evaluator(ruleset)
    facts = [fact(dataclasses.replace(OSLO, id=f"{n:04d}"), a=n if n % 7 else None) for n in range(1300)]
    for _round in range(2):
        found = evaluator.evaluate(facts, "2026")
        statuses = [(f.rule_id, f.status) for f in found]
        expected_r = [("r", "insufficient_data" if n % 7 == 0 or n < 600 else "met") for n in range(1300)]
        expected_s = [("s", "met" if n % 7 and n < 600 else "not_met") for n in range(1300)]
        assert statuses == expected_r + expected_s
    compiled = evaluator.compiled
    assert compiled._host.get_facts(compiled.name) == []



def test_a_fact_carries_only_the_parameters_the_rules_of_its_type_read(make: Make) -> None:
    """Rules of two fact types, one parameter read by both, one by each: every fact is judged as its rules'
    conditions read, and what is asserted for it holds no parameter that only the other type's rules read."""
    ruleset = make([
        rule("m", {"all": [{"field": "a", "op": "ge", "param": "delt"},
                           {"field": "kat", "op": "in", "param": "liste"}]}),
        rule("e", {"any": [{"field": "svar", "op": "ge", "param": "delt"},
                           {"field": "frist", "op": "lt", "param": "egen"}]}, fact="etat"),
    ], {"delt": 5, "liste": ["x", 3], "egen": "2026-07-01"})
    evaluator = Evaluator(ruleset)
    asserted = record_asserted(evaluator)
    kommuner = [dataclasses.replace(OSLO, id=f"{n:04d}") for n in range(6)]
    facts = [fact(kommuner[0], a=7, kat="x"), fact(kommuner[1], a=7, kat="y"), fact(kommuner[2], a=4, kat=3),
             fact(kommuner[3], type_="etat", svar=5), fact(kommuner[4], type_="etat", svar=1, frist="2026-08-01"),
             fact(kommuner[5], type_="etat", svar=1, frist="2026-06-30")]
    found = evaluator.evaluate(facts, "2026")
    assert [(f.rule_id, f.subject.id, f.status) for f in found] == [
        ("m", "0000", "met"), ("m", "0001", "not_met"), ("m", "0002", "not_met"),
        ("e", "0003", "met"), ("e", "0004", "not_met"), ("e", "0005", "met")]
    carried = {message["type"]: sorted(k for k in message if k.startswith(("_p_", "_t__p_", "_l_")))
               for message in asserted}
    assert carried == {"maaling": ["_l_n_liste", "_l_s_liste", "_p_delt", "_t__p_delt"],
                       "etat": ["_p_delt", "_p_egen", "_t__p_delt", "_t__p_egen"]}

# --- a fixed fact set judged under many variants: only rules whose parameters changed are judged again ---

THREE_RULES = [
    rule("a", {"field": "a", "op": "ge", "param": "p"}),
    rule("b", {"any": [{"field": "b", "op": "lt", "param": "q"}, {"field": "kat", "op": "in", "param": "liste"}]}),
    rule("c", {"ratio": ["a", "b"], "op": "gt", "param": "r"}, otherwise="insufficient_data"),
]


def _seen(findings: list[Any]) -> list[tuple[Any, ...]]:
    return [(f.rule_id, f.subject.id, f.status, f.outcome, f.explanation, f.parameters, f.ruleset_hash)
            for f in findings]


def test_a_fact_set_judged_under_many_variants_gives_what_a_fresh_evaluation_gives(make: Make) -> None:
    import random

    from bosetting.engine.evaluate import FactSet

    base = make(THREE_RULES, {"p": 10, "q": 5, "liste": ["x"], "r": 1.5})
    rng = random.Random(19)
    facts = [fact(dataclasses.replace(OSLO, id=f"{n:04d}"), a=rng.choice([None, 0, 5, 10, 15.5, "ti"]),
                  b=rng.choice([None, 0, 2, 5, 9]), kat=rng.choice(["x", "y", 3])) for n in range(60)]
    fixed = FactSet(facts, "2026")
    evaluators = Evaluators()
    for _step in range(60):
        changes = {name: value for name, value in [("p", rng.choice([0, 5, 10, 12.5])), ("q", rng.choice([1, 5, 8])),
                                                   ("liste", rng.choice([["x"], ["y", "x"], [3], "y"])),
                                                   ("r", rng.choice([0.5, 1.5, 3]))] if rng.random() < 0.4}
        current = variant(base, **changes)
        assert _seen(evaluators.judge(current, fixed).findings()) == _seen(Evaluator(current).evaluate(facts, "2026"))
    assert evaluators.compiled_count == 1


def test_only_the_rules_that_read_a_changed_parameter_are_judged_again(make: Make) -> None:
    from bosetting.engine.evaluate import FactSet

    base = make(THREE_RULES, {"p": 10, "q": 5, "liste": ["x"], "r": 1.5})
    fixed = FactSet([fact(dataclasses.replace(OSLO, id=f"{n:04d}"), a=n, b=3, kat="x") for n in range(20)], "2026")
    evaluators = Evaluators()
    evaluators.judge(base, fixed)
    compiled = evaluators(base).compiled
    asserted: list[set[str]] = []
    judge = compiled.hits_prepared

    def recording(bodies: Any, parameter_fields: Any) -> Any:
        asserted.extend({*body, *parameter_fields} for body in bodies if body is not None)
        return judge(bodies, parameter_fields)

    compiled.hits_prepared = recording  # type: ignore[method-assign]
    evaluators.judge(variant(base, p=11), fixed)
    assert len(asserted) == 20
    assert all("a" in names and "_p_p" in names and "b" not in names and "_p_q" not in names for names in asserted)
    asserted.clear()
    evaluators.judge(variant(base, p=10), fixed)  # the values judged first: nothing is judged again
    assert asserted == []


def test_a_fact_set_keeps_the_facts_as_they_were(make: Make) -> None:
    from bosetting.engine.evaluate import FactSet

    ruleset = make([rule("a", {"field": "a", "op": "ge", "param": "p"})], {"p": 10})
    original = fact(OSLO, a=20)
    fixed = FactSet([original], "2026")
    original.values["a"] = 1
    [finding] = Evaluators().judge(ruleset, fixed).findings()
    assert finding.status == "met" and finding.evidence[0].value == 20
