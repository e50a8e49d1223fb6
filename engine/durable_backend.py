"""The one module that talks to durable_rules, and the place its quirks are handled.

Each compiled rule set gets a host of its own (hosts are independent; a ruleset name
cannot be registered twice in one host), whose background dispatcher is disabled so
every action runs inside the call that triggered it (STACK.md 1.6). Each outcome of
each rule becomes one durable rule over facts of the rule's type; a fact is asserted,
every matching outcome fires and is recorded, and the fact is retracted again so the
engine's working memory stays flat instead of slowing down as facts accumulate.

What durable_rules cannot express, and how it is handled here:
- it has no `not` and no `in`: negation is pushed down to the comparisons
  (engine.conditions.push_negation) and membership becomes `$or`/`$and` of equalities;
- it has no division: `a / b < v` is compiled as `b > 0 and a < v * b`;
- a rule whose only test is `$nex` loops forever, so every rule also tests the fact type;
- floats written with an exponent are refused (error 204): facts are normalised first;
- exceptions in actions are swallowed into the returned state, so the state is checked;
- it coerces across types: the text "10" equals the number 10, "true" equals true, true equals 1,
  and a text compared with a number can hold (`"abc" > -5`). Every asserted value therefore
  carries a type tag (`_t_<name>`: n, s or b) and every comparison tests it: a value of the
  wrong type, like a missing one, makes a comparison hold neither way.
"""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from durable.engine import Host, MessageNotHandledException

from engine.conditions import (
    LARGEST_NUMBER,
    SMALLEST_NUMBER,
    Comparison,
    Condition,
    Group,
    push_negation,
)

TYPE_KEY = "type"
SUBJECT_KIND_KEY = "subject_kind"
SUBJECT_ID_KEY = "subject_id"

# Type tags: fact field names start with a letter, so these keys never collide with a field.
TYPE_TAG_PREFIX = "_t_"

_DURABLE_OPS = {"eq": None, "ne": "$neq", "lt": "$lt", "le": "$lte", "gt": "$gt", "ge": "$gte"}
_names = itertools.count()


class EngineFailure(RuntimeError):
    """durable_rules did something we did not expect: an internal error, not bad input."""


class _InCallHost(Host):  # type: ignore[misc]
    """A host whose dispatcher loop never runs, so actions run inside assert_fact."""

    def _run(self) -> None:
        return None


def normalise_value(value: Any) -> Any:
    """A value durable_rules accepts and compares as we mean it, or None to leave it out."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        if abs(value) > LARGEST_NUMBER:
            raise EngineFailure(f"the number {value} is too large for the engine")
        return value
    if isinstance(value, float):
        if value != value or abs(value) > LARGEST_NUMBER:
            raise EngineFailure(f"the number {value} cannot be compared by the engine")
        if abs(value) < SMALLEST_NUMBER:
            return 0.0
        return round(value, 6)
    raise EngineFailure(f"a fact value of type {type(value).__name__} cannot reach the engine")


def _operand_constant(value: Any) -> Any:
    return normalise_value(value)


def compile_condition(condition: Condition, params: Mapping[str, Any]) -> dict[str, Any]:
    """Compile a condition tree (already free of `not`) to durable_rules' JSON form."""
    if isinstance(condition, Group):
        key = "$and" if condition.kind == "all" else "$or"
        return {key: [compile_condition(item, params) for item in condition.items]}
    return _compile_comparison(condition, params)


def _present(*names: str) -> list[dict[str, Any]]:
    return [{"$ex": {name: 1}} for name in names]


def type_tag(value: Any) -> str:
    """n for a number, s for text, b for true/false: what a value is, for the type guards."""
    if isinstance(value, bool):
        return "b"
    if isinstance(value, (int, float)):
        return "n"
    return "s"


def _is(name: str, tag: str) -> dict[str, Any]:
    return {f"{TYPE_TAG_PREFIX}{name}": tag}


def _compile_comparison(c: Comparison, params: Mapping[str, Any]) -> dict[str, Any]:
    if c.op == "is_null":
        return {"$nex": {c.left.fields[0]: 1}}
    if c.op == "not_null":
        return {"$ex": {c.left.fields[0]: 1}}
    right: Any = params[c.param] if c.param is not None else c.value
    if c.op in ("in", "not_in"):
        values = [_operand_constant(v) for v in (right if isinstance(right, (list, tuple)) else [right])]
        name = c.left.fields[0]
        type_guard = {"$or": [_is(name, tag) for tag in sorted({type_tag(v) for v in values})]}
        if c.op == "in":
            tests = [{"$and": [_is(name, type_tag(v)), _compare(name, "eq", v)]} for v in values]
            return {"$and": [*_present(name), type_guard, {"$or": tests}]}
        tests = [{"$or": [{"$neq": _is(name, type_tag(v))}, _compare(name, "ne", v)]} for v in values]
        return {"$and": [*_present(name), type_guard, {"$and": tests}]}
    kind, fields = c.left.kind, c.left.fields
    guards = _present(*fields)
    if kind != "field":  # arithmetic reads numbers only
        guards += [_is(name, "n") for name in fields]
    if c.other_field is not None:
        guards += _present(c.other_field)
        target: Any = {"$m": c.other_field}
        if kind == "field":
            guards.append({f"{TYPE_TAG_PREFIX}{fields[0]}": {"$m": f"{TYPE_TAG_PREFIX}{c.other_field}"}})
        else:
            guards.append(_is(c.other_field, "n"))
    else:
        target = _operand_constant(right)
        if kind == "field":
            guards.append(_is(fields[0], type_tag(target)))
    if kind == "field":
        return {"$and": [*guards, _compare(fields[0], c.op, target)]}
    numerator, denominator = fields
    if kind == "ratio":
        guards.append({"$gt": {denominator: 0}})
        scaled = {"$mul": {"$l": {"$m": denominator}, "$r": target}}
        return {"$and": [*guards, _compare(numerator, c.op, scaled)]}
    shifted = {"$add": {"$l": {"$m": denominator}, "$r": target}}
    return {"$and": [*guards, _compare(numerator, c.op, shifted)]}


def _compare(name: str, op: str, target: Any) -> dict[str, Any]:
    durable_op = _DURABLE_OPS[op]
    if durable_op is None:
        return {name: target}
    return {durable_op: {name: target}}


class CompiledRules:
    """A set of (label, fact type, condition) compiled into one durable_rules ruleset.

    `matches(fact)` returns the labels of every condition the fact satisfies.
    """

    def __init__(
        self,
        entries: Sequence[tuple[str, str, Condition, Mapping[str, Any]]],
        subject_filters: Mapping[str, Mapping[str, str]] | None = None,
    ):
        self.name = f"rs{next(_names)}"
        self._hits: list[str] = []
        self.fact_types = {fact_type for _label, fact_type, _c, _p in entries}
        definition: dict[str, Any] = {}
        for priority, (label, fact_type, condition, params) in enumerate(entries, start=1):
            tests: list[dict[str, Any]] = [{TYPE_KEY: fact_type}]
            for key, value in (subject_filters or {}).get(label, {}).items():
                tests.append({key: value})
            tests.append(compile_condition(push_negation(condition), params))
            definition[f"r{priority}"] = {
                "all": [{"m": {"$and": tests}}],
                "pri": priority,
                "run": self._recorder(label),
            }
        # set_rulesets mutates what it is given (it deletes `run`), so keep our own copy.
        self.definition = {k: {kk: vv for kk, vv in v.items() if kk != "run"} for k, v in definition.items()}
        self._host = _InCallHost()
        if definition:
            self._host.set_rulesets({self.name: definition})
        self._serial = itertools.count()

    def _recorder(self, label: str) -> Callable[[Any], None]:
        def record(_context: Any) -> None:
            self._hits.append(label)

        return record

    def matches(
        self, fact_type: str, values: Mapping[str, Any], subject_kind: str = "", subject_id: str = ""
    ) -> list[str]:
        """The labels of the conditions this fact satisfies, in rule order."""
        if fact_type not in self.fact_types:
            return []
        message: dict[str, Any] = {
            "id": f"f{next(self._serial)}",
            TYPE_KEY: fact_type,
            SUBJECT_KIND_KEY: subject_kind,
            SUBJECT_ID_KEY: subject_id,
        }
        for key, value in values.items():
            normalised = normalise_value(value)
            if normalised is not None:
                message[key] = normalised
                message[f"{TYPE_TAG_PREFIX}{key}"] = type_tag(normalised)
        self._hits = []
        try:
            state = self._host.assert_fact(self.name, message)
        except MessageNotHandledException:
            return []
        finally:
            self._host.retract_fact(self.name, message)
        if isinstance(state, dict) and "exception" in state:
            raise EngineFailure(f"durable_rules reported an exception: {state['exception']}")
        return list(self._hits)

    def describe(self) -> str:
        """The compiled durable_rules definition, for debugging and documentation."""
        return json.dumps(copy.deepcopy(self.definition), ensure_ascii=False, indent=2, sort_keys=True)
