"""A what-if as a draft rule file: the base file's own text with the changed values, checked as `validate` does.

The draft is written by editing the base file's text where its values stand (found from the YAML
node tree's marks), so comments, order and layout stay as the rule owner wrote them and
`bosetting rules diff` shows only what the what-if changed. The header becomes the next free
version, `status: draft`, without adoption; a `changes` block (rules/schema/criteria.schema.json)
records, per changed parameter, the old and new value, who changed it and why.

What the page shows as refused is what the project's validator refuses: the draft text is written
to a private folder and checked by `obligations.rules_context.validate_uncached`, the checks of
`bosetting validate`, and its messages are shown as they are.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from bosetting.engine.problems import Problem
from bosetting.engine.repository import RuleRepository
from bosetting.engine.ruleset import RuleSet
from bosetting.engine.schemas import SchemaSet
from bosetting.obligations.paths import SCHEMA_DIR
from bosetting.obligations.rules_context import validate_uncached

try:  # the same composer the engine's loader uses
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

DRAFT_STATUS = "draft"
# Header keys a draft does not have: it is not adopted.
ADOPTION_KEYS = ("adopted_by", "adopted_on")
TITLE_PREFIX = {"nb": "Utkast fra arbeidsbenken: ", "en": "Draft from the workbench: "}
# A value typed on the page goes into the file as written when it is a plain number or plain words;
# anything else (quotes, colons, brackets, line breaks) as quoted text, so that it can never change the
# file's structure, and the validator then says what is wrong with it.
_PLAIN_NUMBER = re.compile(r"^[-+]?[0-9]+(\.[0-9]+)?$")
_PLAIN_WORDS = re.compile(r"^[0-9A-Za-zÆØÅæøå][0-9A-Za-zÆØÅæøå .,%+\-]*$")


@dataclass(frozen=True)
class ParameterChange:
    """One parameter's new value as typed, and who changed it and why (empty until entered)."""

    name: str
    typed: str
    changed_by: str = ""
    reason: str = ""


@dataclass(frozen=True)
class Draft:
    """A draft file's text, and what the validator said about it."""

    file_name: str
    text: str
    problems: tuple[Problem, ...]
    ruleset: RuleSet | None  # None when the validator refused the file

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")


def value_text(typed: str) -> str:
    """How a value typed on the page is written into the YAML file."""
    text = typed.strip()
    if text in ("true", "false") or _PLAIN_NUMBER.match(text) or _PLAIN_WORDS.match(text):
        return text
    return json.dumps(text, ensure_ascii=False)


def shown_value(value: Any) -> str:
    """A parameter's value as the page shows it in its field: as a rule file writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def next_free_version(base: RuleSet, versions: Sequence[str]) -> str:
    """The next MAJOR.MINOR not taken by any version of the rule set, for the base's MAJOR (2026.1 -> 2026.2)."""
    major = base.version.split(".")[0]
    minors = [int(v.split(".")[1]) for v in (*versions, base.version) if v.split(".")[0] == major]
    return f"{major}.{max(minors) + 1}"


def draft_file_name(ruleset_id: str, version: str) -> str:
    return f"{ruleset_id}-{version}-utkast.yaml"


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


class _Edits:
    """Replacements of spans of one text, applied from the end so earlier offsets stay right."""

    def __init__(self, text: str):
        self.text = text
        self.spans: list[tuple[int, int, str]] = []

    def scalar(self, node: yaml.Node, replacement: str) -> None:
        assert isinstance(node, yaml.ScalarNode), "only scalar values are edited in place"
        start, end = node.start_mark.index, node.end_mark.index
        if node.style in ("|", ">"):  # a block scalar ends after its line break; keep one
            replacement += "\n"
        self.spans.append((start, end, replacement))

    def remove_line_span(self, start: int, end: int) -> None:
        self.spans.append((start, end, ""))

    def apply(self) -> str:
        text = self.text
        for start, end, replacement in sorted(self.spans, reverse=True):
            text = text[:start] + replacement + text[end:]
        return text


@functools.lru_cache(maxsize=8)
def _composed(text: str) -> yaml.Node:
    """The node tree of a base file's text, composed once for every draft of it (the nodes are only read)."""
    root = yaml.compose(text, Loader=_Loader)
    assert root is not None, "the base file loaded, so it is not empty"
    return root


def _mapping(node: yaml.Node) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    assert isinstance(node, yaml.MappingNode), "a rule file that loaded is a mapping"
    return {key.value: (key, value) for key, value in node.value if isinstance(key, yaml.ScalarNode)}


def draft_text(base: RuleSet, base_text: str, version: str, changes: Sequence[ParameterChange],
               base_hash: str, today: dt.date, record: bool = True) -> str:
    """The base file's text as the draft `version`, with the changed values and (with `record`) the record of
    changes: who changed each and why. Without it the text checks the values alone, before anyone is named."""
    top = _mapping(_composed(base_text))
    edits = _Edits(base_text)
    edits.scalar(top["version"][1], _quoted(version))
    edits.scalar(top["status"][1], DRAFT_STATUS)
    titles = _mapping(top["title"][1])
    for lang, (_key, node) in titles.items():
        edits.scalar(node, _quoted(TITLE_PREFIX.get(lang, "") + base.title[lang]))
    keys = sorted((key.start_mark.index, name) for name, (key, _value) in top.items())
    for position, (start, name) in enumerate(keys):
        if name in ADOPTION_KEYS:
            end = keys[position + 1][0] if position + 1 < len(keys) else len(base_text)
            edits.remove_line_span(start, end)
    parameters = _mapping(top["parameters"][1])
    recorded = []
    for change in changes:
        node = _mapping(parameters[change.name][1])["value"][1]
        new = value_text(change.typed)
        edits.scalar(node, new)
        old = base_text[node.start_mark.index:node.end_mark.index]
        recorded.append((change, old, new))
    text = edits.apply()
    if recorded and record:
        text = text.rstrip("\n") + "\n" + _changes_block(base, recorded, base_hash, today)
    return text


def _changes_block(base: RuleSet, recorded: Sequence[tuple[ParameterChange, str, str]], base_hash: str,
                   today: dt.date) -> str:
    lines = ["changes:", f"  based_on: {_quoted(base.key)}", f"  based_on_hash: {_quoted(base_hash)}",
             f"  made_on: '{today.isoformat()}'", "  parameters:"]
    for change, old, new in recorded:
        lines += [f"    - parameter: {change.name}", f"      from: {old}", f"      to: {new}"]
        # Empty until entered on the page: written out, the validator names what is missing.
        if change.changed_by.strip():
            lines.append(f"      changed_by: {_quoted(change.changed_by.strip())}")
        if change.reason.strip():
            lines.append(f"      reason: {_quoted(change.reason.strip())}")
    return "\n".join(lines) + "\n"


class DraftChecker:
    """Writes drafts into a private folder and checks them as `bosetting validate` does."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="bosetting-workbench-")
        self._schemas: SchemaSet | None = None

    def close(self) -> None:
        self._folder.cleanup()

    def check(self, file_name: str, text: str) -> Draft:
        if self._schemas is None:
            self._schemas = SchemaSet(SCHEMA_DIR)
        path = Path(self._folder.name) / file_name
        path.write_text(text, encoding="utf-8")
        repo: RuleRepository = validate_uncached([path], self._schemas)
        # The messages are the validator's own; they name the file as it will be saved.
        problems = tuple(replace(p, file=file_name) for p in repo.problems)
        ruleset = repo.rulesets[0] if not repo.errors and len(repo.rulesets) == 1 else None
        return Draft(file_name, text, problems, ruleset)


def changed_parameters(base: RuleSet, typed: Mapping[str, str]) -> list[str]:
    """The parameters whose typed value differs from the base's, in the file's order."""
    return [name for name, parameter in base.parameters.items()
            if name in typed and typed[name].strip() != shown_value(parameter.value)]
