"""Reading one kommune figure from the CSV that SSB's statistics bank (PxWebApi 2, `outputFormat=csv`) writes.

The layout is PxWeb's CSV serializer (PCAxis.Serializers, `CsvSerializer`, used by SSB's PxWebApi 2):

- optionally the table's title on a line of its own (`outputFormatParams=IncludeTitle`): `"07459: Befolkning, …"`;
- a header line: the stub variables (the row dimensions: `"Region"`, and any others put in the stub), then one
  column per combination of the heading variables' values joined by a space (`"Personer1 2024"`), or, when every
  variable is in the stub, one column headed by the table's contents;
- one line per combination of the stub values, each value quoted, then the figures unquoted, with a decimal point
  and no thousands separator; SSB's symbols (`..`, `.`, `:`) for a figure that is missing or confidential;
- labels as codes (the default, `UseCodes`: `"0301"`), texts (`UseTexts`: `"Oslo - Oslove"`) or both
  (`UseCodesAndTexts`: `"0301 - Oslo - Oslove"`); separated by `,` (default), `;` (`SeparatorSemicolon`) or a tab;
- in ISO-8859-1 (SSB sends `text/csv; charset=iso-8859-1`), which is read as such when the file is not UTF-8.

Quoted cells are labels and unquoted cells figures, as the serializer writes them. A file re-saved by a
spreadsheet may quote everything or nothing; then the figures are the columns whose every cell is a number. The
older label form `"0301 Oslo"` (a code, a space, the name) is read too. The region column is the one holding
kommunenummer; every other row dimension must have one value, or be narrowed to one with `--select Tid=2024`,
and so must the figure columns (`--select` naming a value in their heading).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field

from bosetting.engine.problems import InputError, Problem, excerpt

KOMMUNE_CODE = re.compile(r"^(?:K-)?(\d{4})(?:\s.*)?$", re.ASCII)
# SSB's symbols for a figure that is missing, not applicable or confidential: no figure, never zero.
NO_FIGURE = {".", "..", "...", ":", "-", ""}
_QUOTED = re.compile(r'"(?:[^"]|"")*"')
_TIME_NAMES = {"tid", "time", "year", "aar", "år"}


@dataclass
class CsvFigures:
    """One figure per kommune from the CSV, and what the file says of itself."""

    values: dict[str, float | None]
    table_id: str = ""
    label: str = ""
    selection: dict[str, str] = field(default_factory=dict)
    year: str | None = None
    others: list[str] = field(default_factory=list)


def _fail(display: str, message: str, line: int | None = None) -> InputError:
    return InputError([Problem(display, line=line or 0, message=message, row=line)])


def decode(raw: bytes, display: str) -> str:
    """UTF-8 (with or without a BOM), else ISO-8859-1, the charset SSB's API sends its CSV in (read as
    Windows-1252, its superset, so that a file re-saved by Excel on Norwegian Windows reads the same)."""
    if b"\x00" in raw:
        raise _fail(display, "the file is binary (it contains NUL bytes), not SSB's CSV export")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    if "\ufffd" in text or any(ord(ch) < 32 and ch not in "\t\r\n" for ch in text):
        raise _fail(display, "the file is neither UTF-8 nor ISO-8859-1 text: is it SSB's CSV export?")
    return text


def _delimiter(line: str) -> str:
    """The separator of a line, counted outside quoted labels (a label may hold commas)."""
    bare = _QUOTED.sub("", line)
    counts = {sep: bare.count(sep) for sep in (";", "\t", ",")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _quoted(line: str, delimiter: str) -> list[bool]:
    """For each field of a line, whether it is written in quotes."""
    flags, index, length = [], 0, len(line)
    while True:
        quoted = index < length and line[index] == '"'
        flags.append(quoted)
        if quoted:
            index += 1
            while index < length and not (line[index] == '"' and line[index + 1:index + 2] != '"'):
                index += 2 if line[index] == '"' else 1
        while index < length and line[index] != delimiter:
            index += 1
        if index >= length:
            return flags
        index += 1


def _number(cell: str) -> float | int | None:
    """A figure as the serializer writes it (decimal point), or as older exports did (decimal comma)."""
    text = cell.strip().replace("\u00a0", "").replace(" ", "")
    if text in NO_FIGURE:
        return None
    text = text.replace(",", ".") if text.count(",") == 1 and "." not in text else text
    try:
        return int(text)
    except ValueError:
        return float(text)  # ValueError: not a figure


def _is_figure(cell: str) -> bool:
    try:
        _number(cell)
    except ValueError:
        return False
    return True


def _parts(label: str) -> set[str]:
    """The ways a label may be named: whole, or its code or text in 'code - text' (case-insensitive)."""
    code, _, text = label.partition(" - ")
    return {label.strip().lower(), code.strip().lower(), text.strip().lower()} - {""}


def read_csv_export(raw: bytes, display: str, select: dict[str, str]) -> CsvFigures:
    lines = [(number, line) for number, line in
             enumerate(decode(raw, display).replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1)
             if line.strip()]
    if not lines:
        raise _fail(display, "the file is empty")
    title = ""
    if len(lines) > 1 and _QUOTED.fullmatch(lines[0][1].strip()):  # IncludeTitle: the title on its own line
        title = next(csv.reader([lines[0][1].strip()]))[0]
        lines = lines[1:]
    delimiter = _delimiter(lines[0][1])
    header = [cell.strip() for cell in next(csv.reader([lines[0][1]], delimiter=delimiter))]
    rows = [(number, next(csv.reader([line], delimiter=delimiter))) for number, line in lines[1:]]
    if not rows:
        raise _fail(display, "the file has a header but no rows")
    for number, row in rows:
        if len(row) != len(header):
            raise _fail(display, f"row {number} has {len(row)} fields but the header has {len(header)}", number)
    labels = _label_columns(header, rows, lines[1][1], delimiter)
    time_columns = [i for i in labels if _parts(header[i]) & _TIME_NAMES]
    regions = [i for i in labels if i not in time_columns and any(KOMMUNE_CODE.match(r[i].strip()) for _, r in rows)]
    if len(regions) != 1:
        raise _fail(display, "expected one column of kommunenummer ('0301' or '0301 - Oslo - Oslove'); found "
                             f"{', '.join(header[i] for i in regions) or 'none'}: export the table by region, with "
                             "codes (outputFormatParams UseCodes or UseCodesAndTexts)")
    region = regions[0]
    used: set[str] = set()
    selection: dict[str, str] = {}
    for column in (i for i in labels if i != region):
        rows = _narrowed(rows, column, header[column], select, used, selection, display)
    figures = [i for i in range(len(header)) if i not in labels]
    left = {dim: value for dim, value in select.items() if dim not in used}
    if len(figures) > 1 and left:
        figures = [i for i in figures if {v.lower() for v in left.values()} <= set(header[i].lower().split())]
        selection.update(left)
        used.update(left)
    unknown = [dim for dim in select if dim not in used]
    if unknown:
        raise _fail(display, f"--select names {', '.join(unknown)}, not a column of the table "
                             f"({', '.join(header)})")
    if len(figures) != 1:
        raise _fail(display, f"expected one column of figures; found {len(figures)} "
                             f"({', '.join(header[i] for i in figures) or 'none'}): choose one with --select naming "
                             "a value in its heading (such as Tid=2024), or export one figure and one period")
    column = figures[0]
    values: dict[str, float | None] = {}
    others: list[str] = []
    for number, row in rows:
        match = KOMMUNE_CODE.match(row[region].strip())
        if not match:
            others.append(row[region].strip())
            continue
        if match.group(1) in values:
            raise _fail(display, f"row {number}: kommune {match.group(1)} appears twice: narrow the other columns "
                                 "with --select", number)
        try:
            values[match.group(1)] = _number(row[column])
        except ValueError:
            raise _fail(display, f"row {number}: {excerpt(row[column])} in column '{header[column]}' is not a "
                                 "figure", number) from None
    named = title or header[column]  # the title, or the contents heading when every variable is in the stub
    table_id = named.split(":", 1)[0].strip() if ":" in named and named.split(":", 1)[0].strip().isdigit() else ""
    time = next((selection[header[i]] for i in time_columns if header[i] in selection), None)
    if time is None and not time_columns:
        last = header[column].split()[-1] if header[column].split() else ""
        time = last if last.isdigit() and len(last) == 4 else None
    year = time.split(" - ")[0] if time else None
    return CsvFigures(values, table_id, title, selection, year if year and year.isdigit() else None, others)


def _label_columns(header: list[str], rows: list[tuple[int, list[str]]], first_row: str,
                   delimiter: str) -> list[int]:
    """The columns of labels: the quoted cells of the serializer's rows; for a file that quotes all or nothing,
    every column that is not a figure in every row, and the time column."""
    quoted = _quoted(first_row, delimiter)
    if len(quoted) == len(header) and any(quoted) and not all(quoted):
        return [i for i, q in enumerate(quoted) if q]
    return [i for i in range(len(header)) if _parts(header[i]) & _TIME_NAMES
            or not all(_is_figure(r[i]) for _, r in rows) or any(KOMMUNE_CODE.match(r[i].strip()) for _, r in rows)]


def _narrowed(rows: list[tuple[int, list[str]]], column: int, name: str, select: dict[str, str], used: set[str],
              selection: dict[str, str], display: str) -> list[tuple[int, list[str]]]:
    """The rows of one value of a row dimension: the one it has, or the one --select names."""
    values = list(dict.fromkeys(row[column].strip() for _, row in rows))
    chosen_by = next((dim for dim in select if dim.strip().lower() in _parts(name)), None)
    if chosen_by is None:
        if len(values) > 1:
            shown = ", ".join(values[:8]) + (" …" if len(values) > 8 else "")
            raise _fail(display, f"column '{name}' has {len(values)} values ({shown}): choose one with --select "
                                 f"{name.partition(' - ')[0]}=<code>")
        selection[name] = values[0]
        return rows
    used.add(chosen_by)
    wanted = select[chosen_by].strip().lower()
    kept = [(number, row) for number, row in rows if wanted in _parts(row[column])]
    if not kept:
        raise _fail(display, f"'{select[chosen_by]}' is not a value of '{name}': it has {', '.join(values[:8])}")
    selection[name] = kept[0][1][column].strip()
    return kept
