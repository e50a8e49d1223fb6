"""Fuzzing the rule-file loader and validator with generated and mutated rule files (issue 9).

Every outcome must be a valid result or problems that each name the file and a line (or
say clearly what is wrong with the whole file): never an uncaught exception. Seeds are the
valid example, the version fixtures and the project's real rule files. A valid result is
also compiled for durable_rules and evaluated once, so what the validator lets through
must run.

CI runs a few hundred examples in all; HYPOTHESIS_PROFILE=long runs fifty times as many.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from pathlib import Path
from typing import Any

import yaml
from fuzzing import fuzz_settings, line_count
from hypothesis import given
from hypothesis import strategies as st

from bosetting.engine.evaluate import Evaluator
from bosetting.engine.facts import SUBJECT_KINDS, Fact, Subject
from bosetting.engine.problems import Problem
from bosetting.engine.repository import RuleRepository, load_repository
from bosetting.engine.schemas import SchemaSet
from bosetting.engine.yamlload import load_yaml_text
from bosetting.obligations.catalogue import FACT_CATALOGUE, FIELD_TYPES
from bosetting.obligations.paths import RULES_DIR, SCHEMA_DIR
from bosetting.obligations.rules_context import check_against_agreement

HERE = Path(__file__).parent
SCHEMAS = SchemaSet(SCHEMA_DIR)
TODAY = dt.date(2026, 7, 1)
SEED_FILES = sorted([*(HERE / "fixtures" / "rules" / "valid").rglob("*.yaml"),
                     *(p for p in RULES_DIR.rglob("*.yaml") if p.stat().st_size < 40_000)])
SEEDS = {p.name: p.read_text(encoding="utf-8") for p in SEED_FILES}
SEED_NAMES = sorted(SEEDS)

NASTY = [
    "no", "yes", "On", "0301", "12:30", "1e400", ".inf", ".nan", "~", "[]", "{}", "null", "true", "-0", "0.00001",
    "1000000000000000000", "9" * 40, "2026-02-30", "2026-13-01", "!!python/object/apply:os.system [\"true\"]",
    "!include x.yaml", "&a x", "*a", "*undefined", '"unterminated', "'", "-", "? x", "|", ">", "%", "@", "`",
    "{a: [1, {b: c}]}", "[1, [2, [3]]]", "\t", "ø", "æøå ÆØÅ", "\u202e", "{op: lt}", "{field: vedtak}",
    "{all: []}", "{not: {not: {field: bosatt, op: is_null}}}", "{ratio: [a], op: lt, param: p}",
    "<<: {a: 1}", "\"{ukjent}\"", "\"{\"", "0x1F", "1_000", "0b11", "0o17", "+1", ".5", "1.", "00", "-.inf",
]
KEYS = ["kind", "id", "version", "valid_from", "valid_to", "status", "rules", "parameters", "provisions", "when",
        "op", "field", "param", "value", "other_field", "ratio", "difference", "all", "any", "not", "outcomes",
        "otherwise", "explanation", "nb", "en", "title", "fact", "applies_to", "agency", "evidence", "basis"]

LINE_WITH_VALUE = re.compile(r"^(\s*(?:- )?[A-Za-z0-9_\"'./-]+:\s+)(\S.*)$")



def load(raw: bytes) -> tuple[RuleRepository, Path, int]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.yaml"
        path.write_bytes(raw)
        repo = load_repository([path], SCHEMAS, FACT_CATALOGUE, extra_checks=[check_against_agreement], today=TODAY,
                               field_types=FIELD_TYPES)
        return repo, path, line_count(raw)


def assert_clean_outcome(raw: bytes) -> RuleRepository:
    """A valid result, or problems each with the file and a line or a whole-file message; then run it."""
    repo, path, lines = load(raw)
    for problem in repo.problems:
        assert isinstance(problem, Problem)
        assert problem.file == str(path), problem
        assert problem.message.strip(), problem
        assert "Traceback" not in problem.message
        if problem.line:
            assert 1 <= problem.line <= lines + 1, problem
            assert problem.column >= 1, problem
        else:
            assert problem.column == 0, problem
    if repo.errors:
        assert repo.rulesets == []
    else:
        assert len(repo.rulesets) == 1, [p.format() for p in repo.problems]
        run(repo)
    return repo


def run(repo: RuleRepository) -> None:
    """Compile what validated and evaluate one fact per subject kind: it must not fail."""
    [ruleset] = repo.rulesets
    evaluator = Evaluator(ruleset)
    facts = []
    for kind in SUBJECT_KINDS:
        for fact_type, fields in FACT_CATALOGUE.items():
            values: dict[str, Any] = {name: (index * 37) % 101 for index, name in enumerate(fields)}
            values["vedtak_kategori"] = "under"
            facts.append(Fact(fact_type, Subject(kind, "0301" if kind == "kommune" else "IMDi"), "2026", values))
    findings = evaluator.evaluate(facts, "2026")
    assert len(findings) >= len(ruleset.rules)


def _lines(text: str) -> list[str]:
    return text.split("\n")


# --- text and byte mutations ------------------------------------------------------------------

@fuzz_settings(60)
@given(st.sampled_from(SEED_NAMES), st.data())
def test_mutated_bytes(seed: str, data: st.DataObject) -> None:
    raw = bytearray(SEEDS[seed].encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 6), label="mutations")):
        position = data.draw(st.integers(0, max(len(raw) - 1, 0)), label="position")
        action = data.draw(st.sampled_from(["replace", "insert", "delete"]), label="action")
        byte = data.draw(st.sampled_from([0, 9, 10, 13, 32, 33, 34, 35, 38, 42, 45, 58, 62, 63, 91, 93, 123, 124,
                                          125, 0x80, 0xC3, 0xFF, *range(48, 58), *range(97, 123)]), label="byte")
        if action == "replace" and raw:
            raw[position] = byte
        elif action == "insert":
            raw.insert(position, byte)
        elif raw:
            del raw[position]
    assert_clean_outcome(bytes(raw))


@fuzz_settings(40)
@given(st.sampled_from(SEED_NAMES), st.data())
def test_deleted_and_duplicated_lines(seed: str, data: st.DataObject) -> None:
    lines = _lines(SEEDS[seed])
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        index = data.draw(st.integers(0, len(lines) - 1), label="line")
        if data.draw(st.booleans(), label="duplicate"):
            lines.insert(index, lines[index])
        elif len(lines) > 1:
            del lines[index]
    assert_clean_outcome("\n".join(lines).encode("utf-8"))


@fuzz_settings(50)
@given(st.sampled_from(SEED_NAMES), st.data())
def test_swapped_and_replaced_values(seed: str, data: st.DataObject) -> None:
    lines = _lines(SEEDS[seed])
    for _ in range(data.draw(st.integers(1, 3), label="edits")):
        with_values = [i for i, line in enumerate(lines) if LINE_WITH_VALUE.match(line)]
        if not with_values:
            break
        first, second = (data.draw(st.sampled_from(with_values), label="line") for _ in range(2))
        a, b = LINE_WITH_VALUE.match(lines[first]), LINE_WITH_VALUE.match(lines[second])
        assert a is not None and b is not None
        if data.draw(st.booleans(), label="swap"):
            lines[first], lines[second] = a[1] + b[2], b[1] + a[2]
        else:
            new = data.draw(st.sampled_from(NASTY) | st.text(max_size=12), label="value")
            lines[first] = a[1] + new
    assert_clean_outcome("\n".join(lines).encode("utf-8"))


yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(-(10**20), 10**20),
                         st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=10),
                         st.sampled_from(NASTY))
yaml_values = st.recursive(yaml_scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.sampled_from(KEYS) | st.text(min_size=1, max_size=6), inner,
                                             max_size=4), max_leaves=12)


@fuzz_settings(40)
@given(st.sampled_from(SEED_NAMES), st.data())
def test_inserted_random_yaml(seed: str, data: st.DataObject) -> None:
    lines = _lines(SEEDS[seed])
    snippet = yaml.safe_dump({data.draw(st.sampled_from(KEYS), label="key"): data.draw(yaml_values, label="value")},
                             allow_unicode=True, default_flow_style=data.draw(st.booleans(), label="flow"))
    indent = " " * data.draw(st.sampled_from([0, 2, 4, 6, 8]), label="indent")
    index = data.draw(st.integers(0, len(lines)), label="line")
    lines[index:index] = [indent + line for line in snippet.splitlines()]
    assert_clean_outcome("\n".join(lines).encode("utf-8"))


@fuzz_settings(20)
@given(yaml_values)
def test_generated_documents(document: Any) -> None:
    assert_clean_outcome(yaml.safe_dump(document, allow_unicode=True).encode("utf-8"))


# --- structural mutations: valid YAML, wrong content, deep into the validator and the build -------

def _paths(node: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [at]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*at, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*at, index))
    return found


def _get(node: Any, at: tuple[Any, ...]) -> Any:
    for part in at:
        node = node[part]
    return node


def _set(node: Any, at: tuple[Any, ...], value: Any) -> None:
    _get(node, at[:-1])[at[-1]] = value


@fuzz_settings(70)
@given(st.sampled_from(SEED_NAMES), st.data())
def test_structurally_mutated_rule_files(seed: str, data: st.DataObject) -> None:
    document = load_yaml_text(SEEDS[seed], seed).data
    for _ in range(data.draw(st.integers(1, 3), label="edits")):
        paths = [p for p in _paths(document) if p]
        if not paths:
            break
        at = data.draw(st.sampled_from(paths), label="path")
        action = data.draw(st.sampled_from(["delete", "replace", "swap", "duplicate"]), label="action")
        parent = _get(document, at[:-1])
        if action == "delete":
            del parent[at[-1]]
        elif action == "replace":
            _set(document, at, data.draw(yaml_values, label="value"))
        elif action == "swap":
            other = data.draw(st.sampled_from(paths), label="other")
            if other[: len(at)] != at and at[: len(other)] != other:
                first, second = _get(document, at), _get(document, other)
                _set(document, at, second)
                _set(document, other, first)
        elif isinstance(parent, list):
            parent.insert(at[-1], _get(document, at))
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    assert_clean_outcome(text.encode("utf-8"))
