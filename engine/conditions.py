"""The condition language: conditions are data, parsed into a small typed tree.

A condition is a group (`all`, `any`, `not`) or one comparison of a fact value
(`field`, or `ratio`/`difference` of two fields) with a literal `value`, a
`param`eter or an `other_field`. Parsing reports located problems; the tree knows
which fields and parameters it reads, so evidence and reference checks come from
one place. Compilation to durable_rules lives in engine.durable_backend.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from bosetting.engine.facts import Scalar

Path_ = tuple[str | int, ...]
ProblemSink = Callable[[Path_, str], None]

@dataclass(frozen=True)
class Operator:
    """One operator of the condition language: its name in rule files, what it compares with, how it reads in
    each language, and the operator that holds exactly when it does not (a missing value satisfies neither)."""

    name: str
    takes: str  # "value": one value or parameter; "list": a list or list parameter; "nothing"
    words: dict[str, str]
    negation: str
    ordering: bool = False  # compares magnitudes: a number written in the rule is a threshold, and must be a parameter


# The one table of operators: the rules' schema, the parser, the reading in words, negation and the compilation
# to durable_rules (engine.durable_backend) all follow it, and tests/test_operator_table.py checks that they do.
OPERATOR_TABLE = (
    Operator("eq", "value", {"nb": "er lik", "en": "equals"}, "ne"),
    Operator("ne", "value", {"nb": "er ulik", "en": "differs from"}, "eq"),
    Operator("lt", "value", {"nb": "er mindre enn", "en": "is less than"}, "ge", ordering=True),
    Operator("le", "value", {"nb": "er høyst", "en": "is at most"}, "gt", ordering=True),
    Operator("gt", "value", {"nb": "er større enn", "en": "is greater than"}, "le", ordering=True),
    Operator("ge", "value", {"nb": "er minst", "en": "is at least"}, "lt", ordering=True),
    Operator("in", "list", {"nb": "er en av", "en": "is one of"}, "not_in"),
    Operator("not_in", "list", {"nb": "er ingen av", "en": "is none of"}, "in"),
    Operator("is_null", "nothing", {"nb": "mangler", "en": "is missing"}, "not_null"),
    Operator("not_null", "nothing", {"nb": "er oppgitt", "en": "is present"}, "is_null"),
)
OPERATORS = tuple(o.name for o in OPERATOR_TABLE)
COMPARISONS = tuple(o.name for o in OPERATOR_TABLE if o.takes == "value")
ORDERINGS = tuple(o.name for o in OPERATOR_TABLE if o.ordering)
MEMBERSHIP = tuple(o.name for o in OPERATOR_TABLE if o.takes == "list")
NULL_CHECKS = tuple(o.name for o in OPERATOR_TABLE if o.takes == "nothing")
OPERATOR_WORDS = {o.name: o.words for o in OPERATOR_TABLE}
NEGATED = {o.name: o.negation for o in OPERATOR_TABLE}

# durable_rules rejects floats that JSON writes with an exponent (docs/durable_rules.md).
SMALLEST_NUMBER = 1e-4
LARGEST_NUMBER = 1e15


@dataclass(frozen=True)
class Operand:
    """What a comparison reads on its left: a field, or a ratio or difference of two."""

    kind: str  # "field" | "ratio" | "difference"
    fields: tuple[str, ...]

    def describe(self) -> str:
        if self.kind == "field":
            return self.fields[0]
        sign = "/" if self.kind == "ratio" else "-"
        return f"({self.fields[0]} {sign} {self.fields[1]})"


@dataclass(frozen=True)
class Comparison:
    left: Operand
    op: str
    value: Scalar | tuple[Scalar, ...] = None
    param: str | None = None
    other_field: str | None = None
    # Where the comparison stands in its rule file, so a problem with it can point at its line.
    at: tuple[str | int, ...] = field(default=(), compare=False, repr=False)

    def negated(self) -> Comparison:
        return Comparison(self.left, NEGATED[self.op], self.value, self.param, self.other_field, self.at)


@dataclass(frozen=True)
class Group:
    kind: str  # "all" | "any" | "not"
    items: tuple[Condition, ...]


Condition = Comparison | Group


def fields_read(condition: Condition) -> Iterator[str]:
    """Every fact field the condition reads, in order of appearance."""
    if isinstance(condition, Group):
        for item in condition.items:
            yield from fields_read(item)
        return
    yield from condition.left.fields
    if condition.other_field:
        yield condition.other_field


def fields_compared(condition: Condition) -> Iterator[str]:
    """The fields the condition compares with something (not only tests for a missing value): what decides it."""
    if isinstance(condition, Group):
        for item in condition.items:
            yield from fields_compared(item)
    elif condition.op not in ("is_null", "not_null"):
        yield from condition.left.fields
        if condition.other_field:
            yield condition.other_field


def params_read(condition: Condition) -> Iterator[str]:
    if isinstance(condition, Group):
        for item in condition.items:
            yield from params_read(item)
    elif condition.param:
        yield condition.param


def push_negation(condition: Condition, negate: bool = False) -> Condition:
    """Rewrite without `not`, by De Morgan and flipped operators (durable_rules has no $not)."""
    if isinstance(condition, Comparison):
        return condition.negated() if negate else condition
    if condition.kind == "not":
        return push_negation(condition.items[0], not negate)
    kind = condition.kind
    if negate:
        kind = "any" if kind == "all" else "all"
    return Group(kind, tuple(push_negation(item, negate) for item in condition.items))


def check_number(value: Any) -> str | None:
    """Why a number cannot reach the engine, or None when it can."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if value != value:
        return "NaN is not a number the rules can compare"
    magnitude = abs(value)
    if magnitude > LARGEST_NUMBER:
        return f"{value} is larger than the engine accepts ({LARGEST_NUMBER:.0f})"
    if 0 < magnitude < SMALLEST_NUMBER and isinstance(value, float):
        return f"{value} is closer to zero than the engine can compare (smallest {SMALLEST_NUMBER})"
    return None


def parse_condition(data: Any, at: Path_, report: ProblemSink) -> Condition | None:
    """Turn validated YAML data into a condition tree, reporting shape problems."""
    if not isinstance(data, dict) or not data:
        report(at, "expected a condition: a mapping with all, any, not, or field/ratio/difference and op")
        return None
    groups = [k for k in ("all", "any", "not") if k in data]
    if groups:
        if len(data) > 1:
            extra = sorted(set(data) - {groups[0]})
            report(
                at,
                f"'{groups[0]}' must stand alone in its condition; move {', '.join(extra)} into a condition of its own",
            )
            return None
        kind = groups[0]
        if kind == "not":
            inner = parse_condition(data["not"], (*at, "not"), report)
            return Group("not", (inner,)) if inner is not None else None
        items = data[kind]
        if not isinstance(items, list) or not items:
            report((*at, kind), f"'{kind}' takes a list of one or more conditions")
            return None
        parsed = [parse_condition(item, (*at, kind, i), report) for i, item in enumerate(items)]
        if any(p is None for p in parsed):
            return None
        return Group(kind, tuple(p for p in parsed if p is not None))
    return _parse_comparison(data, at, report)


def _parse_comparison(data: dict[str, Any], at: Path_, report: ProblemSink) -> Comparison | None:
    lefts = [k for k in ("field", "ratio", "difference") if k in data]
    if len(lefts) != 1:
        report(at, "a comparison needs exactly one of field, ratio or difference")
        return None
    kind = lefts[0]
    raw_left = data[kind]
    fields = (raw_left,) if kind == "field" else tuple(raw_left) if isinstance(raw_left, list) else ()
    if kind != "field" and len(fields) != 2:
        report((*at, kind), f"'{kind}' takes a list of two field names")
        return None
    op = data.get("op")
    if op not in OPERATORS:
        report((*at, "op"), f"unknown op '{op}'; expected one of {', '.join(OPERATORS)}")
        return None
    rights = [k for k in ("value", "param", "other_field") if k in data]
    if op in NULL_CHECKS:
        if rights:
            report(at, f"op '{op}' takes nothing to compare with; remove {', '.join(rights)}")
            return None
        if kind != "field":
            report(at, f"op '{op}' applies to a field, not a {kind}")
            return None
        return Comparison(Operand(kind, fields), op, at=at)
    if len(rights) != 1:
        report(at, f"op '{op}' needs exactly one of value, param or other_field")
        return None
    right = rights[0]
    value = data[right]
    if right == "value":
        if op in MEMBERSHIP:
            if not isinstance(value, list) or not value:
                report((*at, "value"), f"op '{op}' takes a list of values")
                return None
            for i, item in enumerate(value):
                if (why := check_number(item)) is not None:
                    report((*at, "value", i), why)
                    return None
            return Comparison(Operand(kind, fields), op, value=tuple(value), at=at)
        if isinstance(value, list):
            report((*at, "value"), f"op '{op}' compares with one value, not a list")
            return None
        if (why := check_number(value)) is not None:
            report((*at, "value"), why)
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool) and op in ORDERINGS:
            report(
                (*at, "value"), "a number to compare against is a threshold: make it a named parameter and use param"
            )
            return None
        return Comparison(Operand(kind, fields), op, value=value, at=at)
    if right == "param":
        return Comparison(Operand(kind, fields), op, param=value, at=at)
    if op in MEMBERSHIP:
        report(at, f"op '{op}' compares with a list value or parameter, not another field")
        return None
    return Comparison(Operand(kind, fields), op, other_field=value, at=at)


def describe(condition: Condition, lang: str, params: dict[str, Any] | None = None) -> str:
    """A plain-language reading of a condition, for explanations and documentation."""
    joiners = {"all": {"nb": " og ", "en": " and "}, "any": {"nb": " eller ", "en": " or "}}
    if isinstance(condition, Group):
        if condition.kind == "not":
            prefix = "ikke " if lang == "nb" else "not "
            return prefix + "(" + describe(condition.items[0], lang, params) + ")"
        parts = [describe(item, lang, params) for item in condition.items]
        text = joiners[condition.kind][lang].join(parts)
        return f"({text})" if len(parts) > 1 else text
    words = OPERATOR_WORDS[condition.op][lang]
    left = condition.left.describe()
    if condition.op in NULL_CHECKS:
        return f"{left} {words}"
    if condition.param is not None:
        shown = params.get(condition.param) if params else None
        right = f"{condition.param} ({shown})" if shown is not None else condition.param
    elif condition.other_field is not None:
        right = condition.other_field
    elif isinstance(condition.value, tuple):
        right = "[" + ", ".join(str(v) for v in condition.value) + "]"
    else:
        right = repr(condition.value) if isinstance(condition.value, str) else str(condition.value)
    return f"{left} {words} {right}"
