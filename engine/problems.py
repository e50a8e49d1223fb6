"""Problems found in input files, as values with a location.

Loaders and validators collect problems instead of raising on the first one, so a
user sees every error in every file in one run. Only the command line turns them
into exit codes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]


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
