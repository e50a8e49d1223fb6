"""The one module that talks to durable_rules, and the place its quirks are handled.

Each compiled rule set gets a host of its own (hosts are independent; a ruleset name
cannot be registered twice in one host), whose background dispatcher is disabled so
every action runs inside the call that triggered it (docs/durable_rules.md). Each outcome of
each rule becomes one durable rule over facts of the rule's type.

Parameters are data, not part of the compiled rules: a comparison with a parameter
reads it from the fact (`_p_<name>`), the way a comparison with another field does,
and every fact asserted carries the values it is judged under of the parameters that the
rules of its type read. So the compiled ruleset depends on the rules alone, and any
number of parameter variants of one rule set share it (a host can never be freed, so compiling each variant anew
would grow memory without end). A list parameter (for `in`/`not_in`) travels as one
array per type of value (`_l_<n|s|b>_<name>`), which `$iany`/`$iall` search.

Facts are judged in batches: a batch is asserted in one call, every rule that holds
for any fact of it fires once with all of them (`cap`), and the batch is retracted
again so the engine's working memory stays flat instead of slowing down as facts
accumulate. A fact that no rule matches would make durable_rules refuse the whole
batch, so every fact type also has a rule that handles its facts and never fires (it
waits for a second fact that never comes).

What durable_rules cannot express, and how it is handled here:
- it has no `not` and no `in`: negation is pushed down to the comparisons
  (engine.conditions.push_negation) and membership becomes `$or`/`$and` of equalities,
  or a search of the parameter's arrays;
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
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

from durable.engine import Host, MessageNotHandledException

from bosetting.engine.conditions import (
    LARGEST_NUMBER,
    MEMBERSHIP,
    SMALLEST_NUMBER,
    Comparison,
    Condition,
    Group,
    push_negation,
)

TYPE_KEY = "type"
SUBJECT_KIND_KEY = "subject_kind"
SUBJECT_ID_KEY = "subject_id"

# Fact field names start with a letter, so these keys never collide with a field.
TYPE_TAG_PREFIX = "_t_"  # a value's type: n, s or b
PARAMETER_PREFIX = "_p_"  # a parameter's value, carried by every fact
LIST_PREFIX = "_l_"  # a list parameter's values of one type: _l_n_<name>, _l_s_<name>, _l_b_<name>
TAGS = ("n", "s", "b")
# The fact type of the second pattern of each type's handler rule: no fact ever has it.
_NO_FACT = "_no_fact_"
# Facts per assert: large enough that a rule fires once for many facts, small enough to keep each call's
# JSON and the engine's memory small.
BATCH = 512

# durable_rules' test for each operator that compares with one value (engine.conditions.OPERATOR_TABLE);
# equality is written bare, {field: value}.
DURABLE_COMPARISONS = {"eq": None, "ne": "$neq", "lt": "$lt", "le": "$lte", "gt": "$gt", "ge": "$gte"}
_names = itertools.count()

# What to judge: (fact type, values, subject kind, subject id).
FactToJudge = tuple[str, Mapping[str, Any], str, str]


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


def type_tag(value: Any) -> str:
    """n for a number, s for text, b for true/false: what a value is, for the type guards."""
    if isinstance(value, bool):
        return "b"
    if isinstance(value, (int, float)):
        return "n"
    return "s"


def parameter_field(name: str) -> str:
    """The fact field that carries parameter `name`'s value."""
    return f"{PARAMETER_PREFIX}{name}"


def list_field(name: str, tag: str) -> str:
    """The fact field that carries list parameter `name`'s values of one type."""
    return f"{LIST_PREFIX}{tag}_{name}"


def compile_condition(condition: Condition) -> dict[str, Any]:
    """Compile a condition tree (already free of `not`) to durable_rules' JSON form.

    The result never holds a parameter's value, only where on the fact to read it.
    """
    if isinstance(condition, Group):
        key = "$and" if condition.kind == "all" else "$or"
        return {key: [compile_condition(item) for item in condition.items]}
    return _compile_comparison(condition)


def _present(*names: str) -> list[dict[str, Any]]:
    return [{"$ex": {name: 1}} for name in names]


def _is(name: str, tag: str) -> dict[str, Any]:
    return {f"{TYPE_TAG_PREFIX}{name}": tag}


def _compile_comparison(c: Comparison) -> dict[str, Any]:
    if c.op == "is_null":
        return {"$nex": {c.left.fields[0]: 1}}
    if c.op == "not_null":
        return {"$ex": {c.left.fields[0]: 1}}
    if c.op in MEMBERSHIP:
        if c.param is not None:
            return _compile_membership_of_parameter(c)
        return _compile_membership_of_values(c)
    kind, fields = c.left.kind, c.left.fields
    guards = _present(*fields)
    if kind != "field":  # arithmetic reads numbers only
        guards += [_is(name, "n") for name in fields]
    # A parameter is read from the fact like another field: its value is data, not part of the rule.
    other = c.other_field if c.other_field is not None else parameter_field(c.param) if c.param is not None else None
    if other is not None:
        guards += _present(other)
        target: Any = {"$m": other}
        if kind == "field":
            guards.append({f"{TYPE_TAG_PREFIX}{fields[0]}": {"$m": f"{TYPE_TAG_PREFIX}{other}"}})
        else:
            guards.append(_is(other, "n"))
    else:
        target = normalise_value(c.value)
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


def _compile_membership_of_values(c: Comparison) -> dict[str, Any]:
    """`in`/`not_in` a list written in the rule: equalities, each with its type guard."""
    right = c.value
    values = [normalise_value(v) for v in (right if isinstance(right, (list, tuple)) else [right])]
    name = c.left.fields[0]
    type_guard = {"$or": [_is(name, tag) for tag in sorted({type_tag(v) for v in values})]}
    if c.op == "in":
        tests = [{"$and": [_is(name, type_tag(v)), _compare(name, "eq", v)]} for v in values]
        return {"$and": [*_present(name), type_guard, {"$or": tests}]}
    tests = [{"$or": [{"$neq": _is(name, type_tag(v))}, _compare(name, "ne", v)]} for v in values]
    return {"$and": [*_present(name), type_guard, {"$and": tests}]}


def _compile_membership_of_parameter(c: Comparison) -> dict[str, Any]:
    """`in`/`not_in` a list parameter: search the array of the parameter's values of the fact value's type.

    The same three alternatives whatever the list holds, so a variant with a longer or
    shorter list needs no new compilation. An array that is missing (no value of that
    type) or empty matches neither `$iany` nor `$iall`: a value of a type the list does
    not have is neither in it nor not in it, as with values written in the rule.
    """
    assert c.param is not None
    name = c.left.fields[0]
    search = "$iany" if c.op == "in" else "$iall"
    test: dict[str, Any] = {"$i": {"$m": name}} if c.op == "in" else {"$neq": {"$i": {"$m": name}}}
    alternatives = [{"$and": [_is(name, tag), {search: {list_field(c.param, tag): test}}]} for tag in TAGS]
    return {"$and": [*_present(name), {"$or": alternatives}]}


def _compare(name: str, op: str, target: Any) -> dict[str, Any]:
    durable_op = DURABLE_COMPARISONS[op]
    if durable_op is None:
        return {name: target}
    return {durable_op: {name: target}}


def _parameters_read(condition: Condition) -> Iterable[tuple[str, bool]]:
    """(parameter, read as a list) for every comparison with a parameter."""
    if isinstance(condition, Group):
        for item in condition.items:
            yield from _parameters_read(item)
    elif condition.param is not None:
        yield condition.param, condition.op in MEMBERSHIP


# The key of each field's type tag, made once per field name rather than once per value (bounded: field names
# come from the rule files and the fact catalogue).
_TAG_KEYS: dict[str, str] = {}
_TAG_KEYS_KEPT = 65536
# The types normalise_value keeps as they are, with their tags: most values asserted are of these.
_KEPT_AS_THEY_ARE = {str: "s", bool: "b"}


def fact_body(fact_type: str, values: Mapping[str, Any], subject_kind: str, subject_id: str) -> dict[str, Any]:
    """What is asserted for one fact, but for its id and parameters: its type, subject and values with type tags."""
    body: dict[str, Any] = {TYPE_KEY: fact_type, SUBJECT_KIND_KEY: subject_kind, SUBJECT_ID_KEY: subject_id}
    tag_keys, kept = _TAG_KEYS, _KEPT_AS_THEY_ARE
    for key, value in values.items():
        if value is None:
            continue
        cls = value.__class__
        tag = kept.get(cls)
        if tag is None and (cls is int or cls is float) and -LARGEST_NUMBER <= value <= LARGEST_NUMBER:  # not NaN
            if cls is float:  # what normalise_value makes of it, without its two calls: most values are fractions
                value = 0.0 if -SMALLEST_NUMBER < value < SMALLEST_NUMBER else round(value, 6)
            tag = "n"
        if tag is None:
            # normalise_value and type_tag, for fractions and for anything it refuses
            value = normalise_value(value)
            if value is None:
                continue
            tag = type_tag(value)
        body[key] = value
        tag_key = tag_keys.get(key)
        if tag_key is None:
            tag_key = f"{TYPE_TAG_PREFIX}{key}"
            if len(tag_keys) < _TAG_KEYS_KEPT:
                tag_keys[key] = tag_key
        body[tag_key] = tag
    return body


class CompiledRules:
    """A set of (label, fact type, condition) compiled into one durable_rules ruleset.

    The compiled rules hold no parameter value: `parameter_fields(values)` turns one set
    of parameter values into what each fact carries, and `match_many(facts, fields)`
    returns the labels of every condition each fact satisfies under those values.
    """

    def __init__(
        self,
        entries: Sequence[tuple[str, str, Condition]],
        subject_filters: Mapping[str, Mapping[str, str]] | None = None,
        key: str = "",
    ):
        self.name = f"rs{next(_names)}"
        self.key = key  # what the caller compiled these from, so a shared ruleset can be checked
        self._hits: list[tuple[str, str]] = []
        self.fact_types = {fact_type for _label, fact_type, _c in entries}
        self._priority: dict[str, int] = {}
        scalars: dict[str, None] = {}
        lists: dict[str, None] = {}
        # The parameter fields the rules of each fact type read: a fact carries those only, so what is asserted
        # and what durable_rules hands back for each match (decoded from JSON again) holds no parameter that
        # only rules of other types read (at most a third of the message, in the agreement's rules).
        self._parameter_keys: dict[str, set[str]] = {fact_type: set() for _label, fact_type, _c in entries}
        definition: dict[str, Any] = {}
        for priority, (label, fact_type, condition) in enumerate(entries, start=1):
            self._priority.setdefault(label, priority)
            tests: list[dict[str, Any]] = [{TYPE_KEY: fact_type}]
            for key, value in (subject_filters or {}).get(label, {}).items():
                tests.append({key: value})
            tests.append(compile_condition(push_negation(condition)))
            for name, as_list in _parameters_read(condition):
                (lists if as_list else scalars).setdefault(name, None)
                self._parameter_keys[fact_type].update(
                    [list_field(name, tag) for tag in TAGS] if as_list
                    else [parameter_field(name), f"{TYPE_TAG_PREFIX}{parameter_field(name)}"])
            definition[f"r{priority}"] = {
                "all": [{"m": {"$and": tests}}],
                "pri": priority,
                "cap": BATCH,
                "run": self._recorder(label),
            }
        self.scalar_parameters = tuple(scalars)
        self.list_parameters = tuple(lists)
        # set_rulesets mutates what it is given (it deletes `run`), so keep our own copy.
        self.definition = {k: {kk: vv for kk, vv in v.items() if kk != "run"} for k, v in definition.items()}
        for index, fact_type in enumerate(sorted(self.fact_types)):
            definition[f"handled{index}"] = {
                "all": [{"m": {TYPE_KEY: fact_type}}, {"never": {TYPE_KEY: _NO_FACT}}],
                "run": _never_runs,
            }
        self._host = _InCallHost()
        if definition:
            self._host.set_rulesets({self.name: definition})
        self._serial = itertools.count()

    def _recorder(self, label: str) -> Callable[[Any], None]:
        def record(context: Any) -> None:
            matched = context.m
            for message in matched if isinstance(matched, list) else [matched]:
                self._hits.append((label, message["id"]))

        return record

    def parameter_fields(self, parameters: Mapping[str, Any], only: Collection[str] | None = None) -> dict[str, Any]:
        """The fields that give the rules these parameter values; checked once, used for many facts (each carries
        those its type's rules read: parameter_fields_by_type).

        With `only`, just those parameters: enough for facts judged by the rules that read no others.
        """
        fields: dict[str, Any] = {}
        for name in self.scalar_parameters:
            if only is not None and name not in only:
                continue
            value = self._given(parameters, name)
            if isinstance(value, (list, tuple)):
                raise EngineFailure(f"parameter '{name}' is a list, but a rule compares with it as one value")
            normalised = normalise_value(value)
            if normalised is not None:
                fields[parameter_field(name)] = normalised
                fields[f"{TYPE_TAG_PREFIX}{parameter_field(name)}"] = type_tag(normalised)
        for name in self.list_parameters:
            if only is not None and name not in only:
                continue
            value = self._given(parameters, name)
            by_tag: dict[str, list[Any]] = defaultdict(list)
            for item in value if isinstance(value, (list, tuple)) else [value]:
                normalised = normalise_value(item)
                if normalised is not None:
                    by_tag[type_tag(normalised)].append(normalised)
            for tag, values in by_tag.items():
                fields[list_field(name, tag)] = values
        return fields

    def parameter_fields_by_type(self, parameter_fields: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
        """Per fact type, the part of `parameter_fields` (as `parameter_fields` gives them) its rules read: what a
        fact of that type carries when it is asserted."""
        return {fact_type: {key: value for key, value in parameter_fields.items() if key in keys}
                for fact_type, keys in self._parameter_keys.items()}

    @staticmethod
    def _given(parameters: Mapping[str, Any], name: str) -> Any:
        if name not in parameters:
            raise EngineFailure(f"the rules compare with parameter '{name}', but no value was given for it")
        return parameters[name]

    def matches(
        self,
        fact_type: str,
        values: Mapping[str, Any],
        subject_kind: str = "",
        subject_id: str = "",
        parameters: Mapping[str, Any] | None = None,
    ) -> list[str]:
        """The labels of the conditions one fact satisfies, in rule order."""
        fields = self.parameter_fields(parameters or {})
        return self.match_many([(fact_type, values, subject_kind, subject_id)], fields)[0]

    def match_many(self, facts: Sequence[FactToJudge], parameter_fields: Mapping[str, Any]) -> list[list[str]]:
        """For each fact, the labels of the conditions it satisfies (in rule order, each once)."""
        return self.match_prepared(self.prepare(facts), parameter_fields)

    def prepare(self, facts: Sequence[FactToJudge]) -> list[dict[str, Any] | None]:
        """Each fact as asserted but for its id and parameters (None for a type no rule reads): to judge the
        same facts under many parameter values, prepare them once."""
        return [fact_body(*fact) if fact[0] in self.fact_types else None for fact in facts]

    def match_prepared(self, bodies: Sequence[dict[str, Any] | None],
                       parameter_fields: Mapping[str, Any]) -> list[list[str]]:
        """match_many for facts made ready by `prepare`."""
        found: list[set[str]] = [set() for _ in bodies]
        for label, index in self.hits_prepared(bodies, parameter_fields):
            found[index].add(label)
        priority = self._priority
        return [sorted(labels, key=priority.__getitem__) for labels in found]

    def hits_prepared(self, bodies: Sequence[dict[str, Any] | None],
                      parameter_fields: Mapping[str, Any]) -> list[tuple[str, int]]:
        """(label, index of the fact in `bodies`) for every condition a fact made ready by `prepare` satisfies, in
        no order and perhaps more than once: what match_prepared sorts, for a caller that needs no order."""
        hits: list[tuple[str, int]] = []
        batch: list[dict[str, Any]] = []
        index_of: dict[str, int] = {}
        carried = self.parameter_fields_by_type(parameter_fields)
        for index, body in enumerate(bodies):
            if body is None:
                continue
            identity = f"f{next(self._serial)}"
            index_of[identity] = index
            batch.append({"id": identity, **carried[body[TYPE_KEY]], **body})
            if len(batch) == BATCH:
                self._judge(batch, index_of, hits)
                batch = []
        if batch:
            self._judge(batch, index_of, hits)
        return hits

    def _judge(self, batch: list[dict[str, Any]], index_of: Mapping[str, int], hits: list[tuple[str, int]]) -> None:
        self._hits = []
        try:
            state = self._host.assert_facts(self.name, batch)
        except MessageNotHandledException as exc:  # every fact type has a rule that handles it
            raise EngineFailure(f"durable_rules did not handle a fact: {exc.message}") from exc
        finally:
            # A fact is known by its id: retracting by id alone removes it everywhere, at a fraction of the JSON.
            self._host.retract_facts(self.name, [{"id": message["id"]} for message in batch])
        if isinstance(state, dict) and "exception" in state:
            raise EngineFailure(f"durable_rules reported an exception: {state['exception']}")
        hits.extend([(label, index_of[identity]) for label, identity in self._hits])

    def describe(self) -> str:
        """The compiled durable_rules definition, for debugging and documentation."""
        return json.dumps(copy.deepcopy(self.definition), ensure_ascii=False, indent=2, sort_keys=True)


def _never_runs(_context: Any) -> None:
    """The action of each fact type's handler rule, which waits for a fact that never comes."""
