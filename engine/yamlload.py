"""Strict, bounded YAML loading that keeps every node's position.

PyYAML's own constructors are never used: we compose the node tree (which builds no
Python objects from tags) and build plain data from it ourselves. That is what makes
the loader safe (no tag constructs anything), strict (duplicate keys and the YAML 1.1
surprises `no`, `0301`, `12:30` are errors with a position) and bounded (alias
expansion, depth and file size have limits, so a hostile file cannot exhaust memory).
An unquoted date is read as text here, as YAML 1.2 does, but YAML 1.1 readers (PyYAML's own
loaders, ajv-cli) make it a date that no schema accepts as text: it gets a warning, so that the
files stay portable.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bosetting.engine.bounded_read import read_bounded
from bosetting.engine.problems import InputError, Problem, json_path

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_NODES = 200_000
# A rule file is a policy document: the largest real one holds about 5,600 values. Data registers
# are larger and keep MAX_NODES.
MAX_RULE_FILE_VALUES = 50_000
MAX_DEPTH = 64
MAX_NUMBER_DIGITS = 30

Path_ = tuple[str | int, ...]


@dataclass
class LoadedYaml:
    """Plain data from one YAML file, and where each value and key stands in it."""

    path: str
    data: Any
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    # What reads the same here but not in every YAML reader; loading does not fail for these.
    warnings: list[Problem] = field(default_factory=list)

    def position(self, at: Path_) -> tuple[int, int]:
        """The line and column of the value at `at`, or of its nearest ancestor."""
        parts = tuple(at)
        while parts:
            if parts in self.positions:
                return self.positions[parts]
            parts = parts[:-1]
        return self.positions.get((), (1, 1))

    def problem(self, at: Path_, message: str, *, key: bool = False, severity: str = "error") -> Problem:
        table = self.key_positions if key and tuple(at) in self.key_positions else None
        line, column = table[tuple(at)] if table else self.position(at)
        return Problem(self.path, line, column, message, json_path(at), severity)  # type: ignore[arg-type]


def load_yaml_text(text: str, path: str, max_values: int = MAX_NODES) -> LoadedYaml:
    """Parse YAML text strictly; raise InputError with every problem found."""
    # PyYAML is imported on the first file parsed: a review whose rule files and registers all come from the
    # user's cache parses none, and its import (about 15 ms, most of it compiling PyYAML's patterns) is saved.
    from bosetting.engine.yamlcompose import compose_strictly

    return compose_strictly(text, path, max_values)


def load_yaml_file(path: Path, display: str | None = None, max_bytes: int = MAX_FILE_BYTES,
                   max_values: int = MAX_NODES) -> LoadedYaml:
    """Read and parse a YAML file, refusing oversize, binary and non-UTF-8 files."""
    name = display or str(path)
    return load_yaml_bytes(read_bounded(path, name, max_bytes), name, max_values)


def load_yaml_bytes(raw: bytes, name: str, max_values: int = MAX_NODES) -> LoadedYaml:
    if b"\x00" in raw:
        raise InputError([Problem(name, 0, 0, "the file is binary (it contains NUL bytes): expected UTF-8 YAML text")])
    bom = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    try:
        text = raw[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        start = exc.start + bom  # the offset is into what was decoded, after any byte-order mark
        line = raw[:start].count(b"\n") + 1
        column = start - (raw.rfind(b"\n", 0, start) + 1) + 1
        raise InputError(
            [Problem(name, line, column, f"the file is not valid UTF-8 (byte 0x{raw[start]:02x}); save it as UTF-8")]
        ) from None
    return load_yaml_text(text, name, max_values)
