"""The PyYAML side of engine.yamlload: composing a document and building plain data from its nodes.

Apart from engine.yamlload so that PyYAML is imported only when a file is parsed (see the loader's
module for what is checked and why).
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from bosetting.engine.problems import InputError, Problem, json_path, quoted
from bosetting.engine.yamlload import MAX_DEPTH, MAX_NODES, MAX_NUMBER_DIGITS, LoadedYaml, Path_

try:  # libyaml's composer is about five times faster; fall back if it is missing
    from yaml import CSafeLoader as _ComposeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _ComposeLoader  # type: ignore[assignment]

_INT = re.compile(r"^[-+]?(0|[1-9][0-9]*)$")
_FLOAT = re.compile(r"^[-+]?(0|[1-9][0-9]*)\.[0-9]+$")
_YAML11_BOOL = re.compile(r"^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|True|TRUE|False|FALSE)$")
_LEADING_ZERO = re.compile(r"^[-+]?0[0-9_]+$")
_SEXAGESIMAL = re.compile(r"^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$")
# YAML 1.1's implicit timestamp (the pattern PyYAML resolves to a date or datetime).
_YAML11_TIMESTAMP = re.compile(
    r"""^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}
    |[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?
    (?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$""",
    re.X,
)
_OTHER_NUMBER = re.compile(
    r"^[-+]?(0x[0-9a-fA-F_]+|0b[01_]+|0o[0-7_]+|[0-9][0-9_]*_[0-9_]*|\.inf|\.Inf|\.INF|\.nan|\.NaN|\.NAN|[0-9.]+[eE][-+]?[0-9]+)$"
)


class _Builder:
    def __init__(self, path: str, max_values: int = MAX_NODES):
        self.max_values = max_values
        self.path = path
        self.loaded = LoadedYaml(path, None)
        self.problems: list[Problem] = []
        self.nodes_seen = 0

    def fail(self, node: yaml.Node, message: str, at: Path_) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1, message, json_path(at)))

    def build(self, node: yaml.Node, at: Path_, depth: int) -> Any:
        self.nodes_seen += 1
        if self.nodes_seen > self.max_values:
            raise _TooLarge(node, f"the document expands to more than {self.max_values} values (alias bomb?)")
        if depth > MAX_DEPTH:
            raise _TooLarge(node, f"the document is nested deeper than {MAX_DEPTH} levels")
        self.loaded.positions.setdefault(at, (node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            first_seen: dict[str, int] = {}
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    self.fail(key_node, "merge keys (<<) are not allowed; write the keys out", at)
                    continue
                if not isinstance(key_node, yaml.ScalarNode):
                    self.fail(key_node, "a key must be plain text", at)
                    continue
                key = key_node.value
                child = (*at, key)
                if key in first_seen:
                    self.fail(key_node, f"duplicate key {quoted(key)} (first at line {first_seen[key]})", child)
                    continue
                first_seen[key] = key_node.start_mark.line + 1
                self.loaded.key_positions[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                result[key] = self.build(value_node, child, depth + 1)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*at, i), depth + 1) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        return self.scalar(node, at)

    def scalar(self, node: yaml.ScalarNode, at: Path_) -> Any:
        text = node.value
        if node.style:  # quoted and block scalars are always text
            return text
        if text in ("", "~", "null"):
            return None
        if text in ("true", "false"):
            return text == "true"
        if _YAML11_BOOL.match(text):
            self.fail(
                node,
                f"unquoted '{text}' is ambiguous: YAML 1.1 reads it as a yes/no value; "
                f'write "{text}" in quotes for text, or true/false for a yes/no value',
                at,
            )
            return text
        if _LEADING_ZERO.match(text):
            self.fail(
                node,
                f"unquoted '{text}' has a leading zero and YAML 1.1 reads it as an octal number; "
                f'write "{text}" in quotes (a kommunenummer is text)',
                at,
            )
            return text
        if _SEXAGESIMAL.match(text):
            self.fail(
                node, f"unquoted '{text}' is read by YAML 1.1 as a base-60 number; write \"{text}\" in quotes", at
            )
            return text
        if _INT.match(text):
            if len(text.lstrip("+-")) > MAX_NUMBER_DIGITS:
                self.fail(node, f"the number {text[:20]}… has more than {MAX_NUMBER_DIGITS} digits", at)
                return text
            return int(text)
        if _FLOAT.match(text):
            if len(text) > MAX_NUMBER_DIGITS + 2:
                self.fail(node, f"the number {text[:20]}… has more than {MAX_NUMBER_DIGITS} digits", at)
                return text
            return float(text)
        if _OTHER_NUMBER.match(text):
            self.fail(
                node,
                f"{quoted(text)} is a number in a form we do not read (hex, binary, exponent, "
                "underscores, infinity or NaN); write it as plain decimal digits",
                at,
            )
            return text
        if _YAML11_TIMESTAMP.match(text):
            mark = node.start_mark
            self.loaded.warnings.append(Problem(
                self.path, mark.line + 1, mark.column + 1,
                f"unquoted date {text}: YAML 1.1 readers (PyYAML, ajv-cli) read it as a date, not text, and then "
                f'fail the schema; write "{text}" in quotes so that every tool reads it the same', json_path(at),
                "warning"))
        return text


class _TooLarge(Exception):
    def __init__(self, node: yaml.Node | yaml.Event, message: str):
        self.node = node
        super().__init__(message)

    def position(self) -> tuple[int, int]:
        mark = self.node.start_mark
        return (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)


_NODE_EVENTS = (yaml.ScalarEvent, yaml.AliasEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)
_START_EVENTS = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_END_EVENTS = (yaml.SequenceEndEvent, yaml.MappingEndEvent)


def _check_stream(text: str, max_values: int) -> None:
    """Count values and depth while the parser streams events, before any node tree is built.

    Composing builds a node (with two marks) for every value first, about 350 bytes each, so a
    5 MB file of `[1,1,1,...]` would cost about a gigabyte before the builder could count it.
    Keys are not counted, as the builder does not count them.
    """
    values = 0
    stack: list[list[int]] = []  # per open collection: [is_mapping, events seen in it]
    for event in yaml.parse(text, Loader=_ComposeLoader):
        if isinstance(event, _NODE_EVENTS):
            is_key = False
            if stack:
                is_key = bool(stack[-1][0]) and stack[-1][1] % 2 == 0
                stack[-1][1] += 1
            if not is_key:
                values += 1
                if values > max_values:
                    raise _TooLarge(event, f"the document has more than {max_values} values")
            if isinstance(event, _START_EVENTS):
                if len(stack) >= MAX_DEPTH:
                    raise _TooLarge(event, f"the document is nested deeper than {MAX_DEPTH} levels")
                stack.append([int(isinstance(event, yaml.MappingStartEvent)), 0])
        elif isinstance(event, _END_EVENTS):
            stack.pop()


def _check_expanded_size(node: yaml.Node, memo: dict[int, int], max_values: int, depth: int = 0) -> int:
    """How many values the node tree holds once aliases are expanded, counted without expanding them.

    Each node is counted once (memo), so an alias bomb is refused at once instead of after
    building max_values values; a cycle or a chain of aliases deeper than MAX_DEPTH stops too.
    """
    if id(node) in memo:
        return memo[id(node)]
    if depth > MAX_DEPTH:
        raise _TooLarge(node, f"the document is nested deeper than {MAX_DEPTH} levels")
    size = 1
    if isinstance(node, yaml.SequenceNode):
        children: list[yaml.Node] = list(node.value)
    elif isinstance(node, yaml.MappingNode):
        children = [value for _key, value in node.value]
    else:
        children = []
    for child in children:
        size += _check_expanded_size(child, memo, max_values, depth + 1)
        if size > max_values:
            raise _TooLarge(node, f"the document expands to more than {max_values} values (alias bomb?)")
    memo[id(node)] = size
    return size


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n")
    if line < len(lines) and column < len(lines[line]):
        return lines[line][column]
    return ""


def compose_strictly(text: str, path: str, max_values: int) -> LoadedYaml:
    """Parse YAML text strictly; raise InputError with every problem found (engine.yamlload.load_yaml_text)."""
    builder = _Builder(path, max_values)
    try:
        _check_stream(text, max_values)
        node = yaml.compose(text, Loader=_ComposeLoader)
    except _TooLarge as exc:
        raise InputError([Problem(path, *exc.position(), str(exc))]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        reason = exc.problem or str(exc)
        if mark is not None and _char_at(text, mark.line, mark.column) == "\t":
            reason = "a tab character cannot indent YAML; indent with spaces"
        raise InputError([Problem(path, line, column, f"YAML syntax error: {reason}")]) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow; it carries an offset, not a mark
        before = text[: exc.position]
        line, column = before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
        raise InputError(
            [
                Problem(
                    path,
                    line,
                    column,
                    f"the character U+{code:04X} is not allowed in YAML (control characters are not); remove it",
                )
            ]
        ) from None
    except yaml.YAMLError as exc:
        raise InputError([Problem(path, 0, 0, f"YAML error: {exc}")]) from None
    except RecursionError:
        raise InputError(
            [Problem(path, 0, 0, f"the document is nested too deeply (limit {MAX_DEPTH} levels)")]
        ) from None
    if node is None:
        raise InputError([Problem(path, 1, 1, "the file is empty: expected a YAML mapping")])
    if "!" in text:
        _check_explicit_tags(text, path, builder)
    try:
        _check_expanded_size(node, {}, max_values)
        builder.loaded.data = builder.build(node, (), 0)
    except _TooLarge as exc:
        raise InputError([Problem(path, *exc.position(), str(exc))]) from None
    if builder.problems:
        raise InputError(builder.problems)
    return builder.loaded

def _check_explicit_tags(text: str, path: str, builder: _Builder) -> None:
    """Scalars with an explicit tag look like resolved ones after composing; scan the tokens."""
    try:
        for token in yaml.scan(text, Loader=_ComposeLoader):
            if isinstance(token, yaml.TagToken):
                handle, suffix = token.value
                tag = f"{handle or ''}{suffix}"
                mark = token.start_mark
                builder.problems.append(
                    Problem(
                        path,
                        mark.line + 1,
                        mark.column + 1,
                        f"the tag {quoted(tag)} is not allowed: rule and data files hold plain values only, "
                        "nothing in them is constructed or executed",
                    )
                )
    except yaml.YAMLError:
        pass  # the text composed already; any scanner error is the composer's to report, and it did not
