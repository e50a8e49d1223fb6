"""One table of operators (engine.conditions.OPERATOR_TABLE): the schema, the docs and the compiler follow it."""

from __future__ import annotations

import json
import re

from bosetting.engine.conditions import (
    MEMBERSHIP,
    NEGATED,
    NULL_CHECKS,
    OPERATOR_TABLE,
    OPERATORS,
    describe,
    parse_condition,
)
from bosetting.engine.durable_backend import DURABLE_COMPARISONS, compile_condition
from bosetting.obligations.paths import PROJECT_ROOT


def test_the_rules_schema_offers_exactly_the_operators_of_the_table() -> None:
    common = json.loads((PROJECT_ROOT / "rules/schema/common.schema.json").read_text(encoding="utf-8"))
    op = common["$defs"]["condition"]["properties"]["op"]
    assert op["enum"] == list(OPERATORS)
    for name in OPERATORS:
        assert re.search(rf"(^|[ ,/]){name}\b", op["description"]), f"the schema's description does not explain {name}"


def test_docs_rules_explains_every_operator() -> None:
    text = (PROJECT_ROOT / "docs/rules.md").read_text(encoding="utf-8")
    first_cells = re.findall(r"^\| (`[a-z_]+`(?:, `[a-z_]+`)*) \|", text, re.M)
    names = {name for cell in first_cells for name in re.findall(r"`([a-z_]+)`", cell)}
    assert names >= set(OPERATORS), sorted(set(OPERATORS) - names)


def test_negation_pairs_operators_of_the_same_kind() -> None:
    by_name = {o.name: o for o in OPERATOR_TABLE}
    for o in OPERATOR_TABLE:
        partner = by_name[o.negation]
        assert partner.negation == o.name and partner.takes == o.takes and partner.ordering == o.ordering
    assert set(NEGATED) == set(OPERATORS)


def test_every_operator_compiles_and_reads_in_both_languages() -> None:
    problems: list[str] = []
    assert set(DURABLE_COMPARISONS) == {o.name for o in OPERATOR_TABLE if o.takes == "value"}
    for o in OPERATOR_TABLE:
        data: dict[str, object] = {"field": "x", "op": o.name}
        if o.name in MEMBERSHIP:
            data["value"] = ["a", "b"]
        elif o.name not in NULL_CHECKS:
            data["value"] = "a"
        condition = parse_condition(data, (), lambda _at, why, name=o.name: problems.append(f"{name}: {why}"))
        assert condition is not None and not problems, problems
        assert compile_condition(condition)
        for lang in ("nb", "en"):
            assert o.words[lang] in describe(condition, lang)
