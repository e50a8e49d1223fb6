"""Problems found in input files, as values with a location.

Loaders and validators collect problems instead of raising on the first one, so a
user sees every error in every file in one run. Only the command line turns them
into exit codes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]

# How much of a value a message quotes, and how long a message can be: a 2 MB cell is not echoed whole.
MAX_QUOTED_CHARS = 60
MAX_MESSAGE_CHARS = 1000
# Characters a terminal or an editor would act on rather than show: control characters, and the bidirectional
# overrides that make text read differently from how it is stored ("Trojan Source").
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")


def visible(text: str) -> str:
    """`text` with every control or bidirectional-override character shown as an escape (\\x1b, \\u202e)."""
    if not _INVISIBLE.search(text) and "\n" not in text and "\t" not in text:
        return text

    def escape(match: re.Match[str]) -> str:
        code = ord(match.group(0))
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _INVISIBLE.sub(escape, text).replace("\n", "\\n").replace("\t", "\\t")


def excerpt(value: object, limit: int = MAX_QUOTED_CHARS) -> str:
    """A value as a message may quote it: at most `limit` characters, with control characters escaped and
    the length said when some were left out."""
    text = value if isinstance(value, str) else repr(value) if isinstance(value, (bytes, bytearray)) else str(value)
    if len(text) <= limit:
        return visible(text)
    return f"{visible(text[:limit])}… ({len(text)} characters)"


def quoted(value: object, limit: int = MAX_QUOTED_CHARS) -> str:
    """`excerpt` in single quotes, as messages quote a value: '2026-02-30'."""
    return f"'{excerpt(value, limit)}'"


def _bounded(message: str) -> str:
    message = visible(message)
    if len(message) <= MAX_MESSAGE_CHARS:
        return message
    keep = MAX_MESSAGE_CHARS // 2 - 20
    return f"{message[:keep]} … [{len(message) - 2 * keep} characters left out] … {message[-keep:]}"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input file, located as precisely as we can."""

    file: str
    line: int = 0
    column: int = 0
    message: str = ""
    json_path: str = ""
    severity: Severity = "error"
    # Row-oriented inputs (CSV, XLSX) name a row and a column instead of line:column.
    row: int | None = field(default=None, compare=False)
    column_name: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        # Whatever a message quotes from an input, it is printed bounded and as visible characters.
        object.__setattr__(self, "message", _bounded(self.message))
        object.__setattr__(self, "file", visible(self.file))
        if self.column_name is not None:
            object.__setattr__(self, "column_name", excerpt(self.column_name))

    def location(self) -> str:
        if self.row is not None:
            where = f"{self.file}:row {self.row}"
            if self.column_name:
                where += f":column '{self.column_name}'"
            return where
        if self.line:
            return f"{self.file}:{self.line}:{self.column}"
        return self.file

    def format(self) -> str:
        text = f"{self.location()}: {self.severity}: {self.message}"
        if self.json_path:
            text += f"  [at {self.json_path}]"
        return text

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "row": self.row,
            "column_name": self.column_name,
            "severity": self.severity,
            "message": self.message,
            "json_path": self.json_path,
        }


class InputError(Exception):
    """Raised when input cannot be used; carries every problem found."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(p.format() for p in self.problems))


def errors_only(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def json_path(parts: Sequence[str | int]) -> str:
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text
