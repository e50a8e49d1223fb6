"""From schema-valid rule file data to a typed RuleSet, with the checks a schema cannot make.

Beyond the schema: rule and provision ids are unique, every parameter a rule uses
exists, every fact field a rule reads exists for its kind of fact (when a fact
catalogue is given), explanation placeholders name something real, parameter
values can reach the engine, and `valid_from` is not after `valid_to`.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bosetting.engine.comparison_types import NUMBER, describe_value, fits, how_to_write, kind_word, ordering_problem
from bosetting.engine.conditions import NULL_CHECKS, Comparison, Condition, check_number, parse_condition
from bosetting.engine.facts import RESERVED_FIELD_NAMES
from bosetting.engine.findings import Category
from bosetting.engine.problems import Problem
from bosetting.engine.ruleset import Outcome, Parameter, Rule, RuleSet, content_hash
from bosetting.engine.schemas import did_you_mean
from bosetting.engine.yamlload import LoadedYaml

# fact type -> field name -> description; given by the domain package that derives the facts.
FactCatalogue = Mapping[str, Mapping[str, str]]
# fact type -> field name -> what it holds (engine.comparison_types.FIELD_KINDS), from the same package.
FieldTypes = Mapping[str, Mapping[str, str]]

# Placeholders every explanation may use besides fact fields and parameters.
STANDARD_PLACEHOLDERS = ("subject", "subject_name", "period")


def build_ruleset(loaded: LoadedYaml, catalogue: FactCatalogue | None = None,
                  field_types: FieldTypes | None = None) -> tuple[RuleSet | None, list[Problem]]:
    """Build the typed rule set; the problems say what stops or weakens it.

    With `field_types`, every value a field is compared with (a literal or a parameter) must be of the
    field's type, for every operator.
    """
    data = loaded.data
    problems: list[Problem] = []

    def report(at: tuple[str | int, ...], message: str, severity: str = "error") -> None:
        problems.append(loaded.problem(at, message, severity=severity))

    valid_from, valid_to = _validity(data, report)
    parameters = _parameters(data, report)
    categories = {name: Category(name, raw["label"], raw["description"])
                  for name, raw in data.get("categories", {}).items()}
    context = _RuleContext(loaded, report, parameters, categories, _provision_ids(data, report), catalogue,
                           field_types)
    rule_ids: dict[str, int] = {}
    rules: list[Rule] = []
    for index, raw in enumerate(data.get("rules", [])):
        rid = raw["id"]
        if rid in rule_ids:
            report(("rules", index, "id"), f"duplicate rule id '{rid}' (first at rules[{rule_ids[rid]}])")
        rule_ids.setdefault(rid, index)
        rules.append(_rule(raw, ("rules", index), context))
    _check_commitment_parameters(data, parameters, report)
    _warn_unused(data, rules, parameters, categories, report)
    if any(p.severity == "error" for p in problems):
        return None, problems
    ruleset = RuleSet(
        kind=data["kind"],
        id=data["id"],
        version=data["version"],
        title=data["title"],
        valid_from=valid_from,
        valid_to=valid_to,
        status=data["status"],
        source=data["source"],
        last_reviewed_on=dt.date.fromisoformat(data["last_reviewed_on"]),
        parameters=parameters,
        rules=tuple(rules),
        provisions=tuple(data.get("provisions", [])),
        path=loaded.path,
        hash=content_hash(data),
        data=data,
        adopted_by=data.get("adopted_by", ""),
        adopted_on=data.get("adopted_on", ""),
        positions=dict(loaded.positions),
        categories=categories,
    )
    return ruleset, problems


Report = Callable[..., None]


@dataclass
class _RuleContext:
    """What building one rule reads from the rest of its file, and where it reports."""

    loaded: LoadedYaml
    report: Report
    parameters: dict[str, Parameter]
    categories: dict[str, Category]
    provision_ids: dict[str, int]
    catalogue: FactCatalogue | None
    field_types: FieldTypes | None
    mistyped_parameters: set[str] = field(default_factory=set)  # each reported once, where its value is written


def _validity(data: Mapping[str, Any], report: Report) -> tuple[dt.date, dt.date]:
    valid_from = dt.date.fromisoformat(data["valid_from"])
    valid_to = dt.date.fromisoformat(data["valid_to"])
    if valid_from > valid_to:
        report(("valid_to",), f"valid_to {valid_to} is before valid_from {valid_from}")
    adopted_on = data.get("adopted_on")
    if adopted_on and data.get("status") == "adopted" and dt.date.fromisoformat(adopted_on) > valid_to:
        report(("adopted_on",), f"adopted_on {adopted_on} is after the version's validity ended ({valid_to})")
    return valid_from, valid_to


def _parameters(data: Mapping[str, Any], report: Report) -> dict[str, Parameter]:
    parameters: dict[str, Parameter] = {}
    for name, raw in data.get("parameters", {}).items():
        values = raw["value"] if isinstance(raw["value"], list) else [raw["value"]]
        for value in values:
            if (why := check_number(value)) is not None:
                report(("parameters", name, "value"), why)
        parameters[name] = Parameter(
            name=name,
            value=raw["value"],
            basis=raw["basis"],
            citation=raw["citation"],
            description=raw["description"],
            unit=raw.get("unit", ""),
            last_reviewed_on=raw.get("last_reviewed_on", ""),
        )
    return parameters


def _provision_ids(data: Mapping[str, Any], report: Report) -> dict[str, int]:
    """Each provision id and the index where it is first written."""
    provision_ids: dict[str, int] = {}
    for index, provision in enumerate(data.get("provisions", [])):
        pid = provision["id"]
        if pid in provision_ids:
            report(
                ("provisions", index, "id"),
                f"duplicate provision id '{pid}' (first at provisions[{provision_ids[pid]}])",
            )
        provision_ids.setdefault(pid, index)
    return provision_ids


def _rule(raw: Mapping[str, Any], at: tuple[str | int, ...], context: _RuleContext) -> Rule:
    report = context.report
    rid, fact = raw["id"], raw["fact"]
    provision = raw.get("provision", "")
    if provision and provision not in context.provision_ids:
        hint = did_you_mean(provision, context.provision_ids)
        report((*at, "provision"), f"rule '{rid}' names provision '{provision}', which this file does not have{hint}")
    if raw["applies_to"] == "agency" and not raw.get("agency"):
        report((*at, "agency"), f"rule '{rid}' applies to an agency but does not say which (add agency:)")
    known_fields: Mapping[str, str] | None = None
    if context.catalogue is not None:
        if fact not in context.catalogue:
            hint = did_you_mean(fact, context.catalogue)
            report((*at, "fact"), f"unknown fact '{fact}'{hint}; known facts: {', '.join(sorted(context.catalogue))}")
        else:
            known_fields = context.catalogue[fact]
    role = raw.get("role", "assessment")
    outcomes = tuple(_outcome(raw_outcome, at, index, rid, fact, role, known_fields, context)
                     for index, raw_outcome in enumerate(raw["outcomes"]))
    other = raw["otherwise"]
    otherwise = Outcome(_outcome_status(other, role, context.categories, (*at, "otherwise"), report), None,
                        other["explanation"], "otherwise")
    for name in raw.get("evidence", []):
        if known_fields is not None and name not in known_fields:
            hint = did_you_mean(name, known_fields)
            report((*at, "evidence"), f"unknown field '{name}' of fact '{fact}'{hint}")
    _check_explanations(raw, at, context.parameters, known_fields, report)
    return Rule(
        id=rid,
        provision=provision,
        title=raw["title"],
        applies_to=raw["applies_to"],
        fact=fact,
        outcomes=outcomes,
        otherwise=otherwise,
        agency=raw.get("agency", ""),
        description=raw.get("description", {}),
        extra_evidence=tuple(raw.get("evidence", [])),
        role=role,
        may_differ_from=tuple((item["rule"], item["reason"]) for item in raw.get("may_differ_from", [])),
    )


def _outcome(raw: Mapping[str, Any], rule_at: tuple[str | int, ...], index: int, rid: str, fact: str, role: str,
             known_fields: Mapping[str, str] | None, context: _RuleContext) -> Outcome:
    at = (*rule_at, "outcomes", index)
    condition = parse_condition(raw["when"], (*at, "when"), context.report)
    if condition is not None:
        _check_references(condition, at, context.parameters, known_fields, fact, context.report)
        kinds = context.field_types.get(fact) if context.field_types is not None else None
        _check_types(condition, at, context.parameters, kinds or {}, rid, context.loaded,
                     context.mistyped_parameters, context.report)
    status = _outcome_status(raw, role, context.categories, at, context.report)
    return Outcome(status, condition, raw["explanation"], f"outcome {index + 1}")


def _check_explanations(raw: Mapping[str, Any], at: tuple[str | int, ...], parameters: Mapping[str, Parameter],
                        known_fields: Mapping[str, str] | None, report: Report) -> None:
    """Every {placeholder} of every explanation names a value the finding has."""
    placeholders = set(STANDARD_PLACEHOLDERS) | set(parameters)
    placeholders |= set(known_fields) if known_fields is not None else set()
    for o_index, outcome in enumerate([*raw["outcomes"], raw["otherwise"]]):
        where = (
            (*at, "outcomes", o_index, "explanation")
            if o_index < len(raw["outcomes"])
            else (*at, "otherwise", "explanation")
        )
        for lang, text in outcome["explanation"].items():
            _check_template(text, (*where, lang), placeholders, known_fields is not None, report)


def _check_commitment_parameters(data: Mapping[str, Any], parameters: Mapping[str, Parameter],
                                 report: Report) -> None:
    """A commitment outside the rules may name the parameters another product compares with: each is declared."""
    for index, item in enumerate(data.get("out_of_scope", [])):
        for position, name in enumerate(item.get("parameters", [])):
            if name not in parameters:
                report(("out_of_scope", index, "parameters", position),
                       f"unknown parameter '{name}'{did_you_mean(name, parameters)}; declare it under parameters:")


def _warn_unused(data: Mapping[str, Any], rules: Sequence[Rule], parameters: Mapping[str, Parameter],
                 categories: Mapping[str, Category], report: Report) -> None:
    used_categories = {o.status for r in rules for o in (*r.outcomes, r.otherwise) if r.role == "indicator"}
    for name in categories:
        if name not in used_categories:
            report(("categories", name), f"category '{name}' is not given by any indicator rule", severity="warning")
    mentioned = _mentioned({k: v for k, v in data.items() if k != "parameters"})
    for name in parameters:
        if name not in mentioned:
            report(("parameters", name), f"parameter '{name}' is not used by any rule", severity="warning")


# The statuses an indicator may give besides its categories: they say why it describes nothing.
INDICATOR_STATUSES = ("insufficient_data", "not_applicable")


def _outcome_status(raw: Mapping[str, Any], role: str, categories: Mapping[str, Category],
                    at: tuple[str | int, ...], report: Any) -> str:
    """The key a finding of this outcome gets: a status for an assessment, a category for an indicator."""
    status, category = raw.get("status"), raw.get("category")
    if status is not None and category is not None:
        report((*at, "category"), "give either status or category, not both")
        return str(status)
    if role == "assessment":
        if category is not None:
            report((*at, "category"), f"category '{category}' belongs to an indicator rule; this rule judges an "
                                      "obligation or goal: give a status (or add role: indicator to the rule)")
            return str(category)
        if status is None:
            report(at, "the outcome gives no status: add status:")
            return "insufficient_data"
        return str(status)
    if category is not None:
        if category not in categories:
            hint = did_you_mean(category, categories)
            known = ", ".join(categories) or "none declared"
            report((*at, "category"), f"unknown category '{category}'{hint}; the file's categories: {known} "
                                      "(declare it under categories:)")
        return str(category)
    if status not in INDICATOR_STATUSES:
        report((*at, "status"), f"an indicator rule describes and never judges: status '{status}' is a verdict; "
                                f"give a category, or status {' or '.join(INDICATOR_STATUSES)}")
    return str(status) if status is not None else "insufficient_data"


def _mentioned(data: Any) -> set[str]:
    """Every string value and explanation placeholder in the data: what can use a parameter."""
    found: set[str] = set()
    if isinstance(data, dict):
        for value in data.values():
            found |= _mentioned(value)
    elif isinstance(data, list):
        for value in data:
            found |= _mentioned(value)
    elif isinstance(data, str):
        found.add(data)
        if "{" in data:
            try:
                found.update(name for _, name, _, _ in string.Formatter().parse(data) if name)
            except ValueError:
                pass  # an unbalanced brace is reported where the explanation is checked
    return found


def _check_references(
    condition: Any,
    at: tuple[str | int, ...],
    parameters: Mapping[str, Parameter],
    known_fields: Mapping[str, str] | None,
    fact: str,
    report: Any,
) -> None:
    for comparison in _comparisons(condition):
        where = comparison.at or (*at, "when")
        left_key = comparison.left.kind
        if comparison.param is not None and comparison.param not in parameters:
            hint = did_you_mean(comparison.param, parameters)
            report((*where, "param"), f"unknown parameter '{comparison.param}'{hint}; declare it under parameters:")
        elif comparison.param is not None:
            # A list threshold belongs to in/not_in only, and an empty one would match nothing.
            value = parameters[comparison.param].value
            if isinstance(value, list) and comparison.op not in ("in", "not_in"):
                report((*where, "param"), f"op '{comparison.op}' compares with one value, but parameter "
                                          f"'{comparison.param}' is a list; use in or not_in, or give one value")
                continue
            if isinstance(value, list) and not value:
                report((*where, "param"), f"parameter '{comparison.param}' is an empty list: op "
                                          f"'{comparison.op}' needs at least one value")
                continue
        named = [(left_key, name) for name in comparison.left.fields]
        if comparison.other_field is not None:
            named.append(("other_field", comparison.other_field))
        for key, name in named:
            if name in RESERVED_FIELD_NAMES:
                report((*where, key), f"'{name}' cannot name a fact value: the engine uses it itself "
                                      f"(reserved: {', '.join(RESERVED_FIELD_NAMES)})")
            elif known_fields is not None and name not in known_fields:
                hint = did_you_mean(name, known_fields)
                report((*where, key), f"unknown field '{name}' of fact '{fact}'{hint}")


def _check_types(condition: Condition, at: tuple[str | int, ...], parameters: Mapping[str, Parameter],
                 kinds: Mapping[str, str], rule_id: str, loaded: LoadedYaml, reported: set[str], report: Any) -> None:
    """Each comparison's value (a literal or a parameter) is of its field's type, and its operator fits.

    A ratio or a difference is a number and reads numbers; a field's type comes from `kinds` (when the
    domain gives them). A mistyped parameter is reported once, at its value, naming the first comparison.
    """
    for comparison in _comparisons(condition):
        where = comparison.at or (*at, "when")
        left = comparison.left
        if left.kind != "field":
            for name in left.fields:
                if kinds.get(name, NUMBER) != NUMBER:
                    report((*where, left.kind), f"{left.kind} {left.describe()} computes with numbers, but "
                                                f"'{name}' is {kind_word(kinds[name])}")
        left_kind = NUMBER if left.kind != "field" else kinds.get(left.fields[0])
        if left_kind is None or comparison.op in NULL_CHECKS:
            continue
        shown = left.describe()
        if (why := ordering_problem(comparison.op, left_kind, shown)) is not None:
            report((*where, "op"), why)
            continue
        if comparison.other_field is not None:
            other_kind = kinds.get(comparison.other_field)
            if other_kind is not None and other_kind != left_kind:
                report((*where, "other_field"), f"'{shown}' is {kind_word(left_kind)} but '{comparison.other_field}' "
                                                f"is {kind_word(other_kind)}: they can never be equal or ordered")
            continue
        param = comparison.param
        if param is not None and param not in parameters:
            continue  # reported as an unknown parameter
        right = comparison.value if param is None else parameters[param].value
        values = list(right) if isinstance(right, (list, tuple)) else [right]
        wrong = next((i for i, value in enumerate(values) if not fits(value, left_kind)), None)
        if wrong is None:
            continue
        value = values[wrong]
        indexed = isinstance(right, (list, tuple))
        if param is None:
            report((*where, "value", *((wrong,) if indexed else ())),
                   f"'{shown}' is {kind_word(left_kind)}, but it is compared with {describe_value(value)} "
                   f"(op {comparison.op}): {how_to_write(value, left_kind)}")
            continue
        if param in reported:
            continue
        reported.add(param)
        line = loaded.position(where)[0]
        item = f"item {wrong + 1} of parameter '{param}'" if indexed else f"parameter '{param}'"
        report(("parameters", param, "value", *((wrong,) if indexed else ())),
               f"{item} is {describe_value(value)}, but rule '{rule_id}' compares it with '{shown}', "
               f"{kind_word(left_kind)} (op {comparison.op}, line {line}): "
               f"{how_to_write(value, left_kind, parameters[param].unit)}")


def _comparisons(condition: Condition) -> list[Comparison]:
    if isinstance(condition, Comparison):
        return [condition]
    return [c for item in condition.items for c in _comparisons(item)]


def _is_word_choice(spec: str) -> bool:
    """'endring|endringer': the singular and the plural, both words (see engine.render.render)."""
    words = spec.split("|")
    return len(words) == 2 and all(w.strip() and "{" not in w and "}" not in w for w in words)


def _check_template(text: str, at: tuple[str | int, ...], names: set[str], complete: bool, report: Any) -> None:
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        report(at, f"the explanation has an unbalanced brace: {exc}; write {{{{ or }}}} for a literal brace")
        return
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if conversion or (spec and not _is_word_choice(spec)):
            # engine.render formats every value itself (13 000, 12,5); after the name it reads only a word
            # choice, 'singular|plural', and ignores anything else.
            dropped = (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            report(at, f"'{{{name}{dropped}}}': the renderer ignores '{dropped}' and shows the value as the report "
                       f"formats every value (13 000; 12,5); write '{{{name}}}', or '{{{name}:endring|endringer}}' "
                       "for the word that agrees with the number")
            continue
        if not name.isidentifier():
            report(at, f"'{{{name}}}' is not a placeholder; a placeholder is a field or parameter name in braces")
        elif complete and name not in names:
            hint = did_you_mean(name, names)
            report(at, f"the placeholder '{{{name}}}' names no field, parameter or standard value{hint}")
