"""Citing input rows from aggregates: which file, how many rows, or exactly which rows.

Records carry `source` as '<file>:row <n>' (tables) or '<file>:line <n>' (registers).
A fact value computed from many records cites the file and the row count; one computed
from a few cites the rows themselves, so a reader can open the file at that row.
"""

from __future__ import annotations

from collections.abc import Iterable

# Beyond this many rows a citation gives the count instead of listing them.
MAX_LISTED_ROWS = 12


def file_of(source: str) -> str:
    """'data/2026/personer.csv:row 7' -> 'data/2026/personer.csv'."""
    for marker in (":row ", ":line "):
        if marker in source:
            return source.split(marker, 1)[0]
    return source


def cite_rows(sources: Iterable[str], empty: str = "") -> str:
    """Cite records: each row when few, else the file(s) and the number of rows."""
    listed = [s for s in sources if s]
    if not listed:
        return empty
    by_file: dict[str, list[str]] = {}
    # Sources come mostly from one file after another: one that starts as the one before did, '<file>:row ', has
    # that file (its first ':row ' is the one after the file's name, which holds none), so file_of is not asked.
    name, row_prefix, places = "", None, []
    for source in listed:
        if row_prefix is None or not source.startswith(row_prefix):
            name = file_of(source)
            places = by_file.setdefault(name, [])
            row_prefix = f"{name}:row " if source.startswith(f"{name}:row ") else None
        places.append(source[len(name) + 1:])
    parts = []
    for name, places in by_file.items():
        if len(places) <= MAX_LISTED_ROWS:
            parts.append(f"{name}:{', '.join(places)}")
        else:
            parts.append(f"{name}: {len(places)} rows")
    return "; ".join(parts)


def cite_file(name: str, count: int) -> str:
    """A whole file read: 'data/2026/personer.csv: 15012 rows'."""
    return f"{name}: {count} rows"


def cite_missing(name: str) -> str:
    """A file that was searched for and not found."""
    return f"{name} (not supplied)"


def cite_missing_column(name: str, column: str) -> str:
    """A column left out of a table that was read: 'data/2026/kommune_aar.csv: column 'bosatt' (not supplied)'."""
    return f"{name}: column '{column}' (not supplied)"


def missing_input(source: str) -> str | None:
    """The file, or file and column, that a citation says was not supplied; None for a citation of data read."""
    for part in source.split("; "):
        if part.endswith(" (not supplied)"):
            return part[: -len(" (not supplied)")]
    return None
