"""Reading a table file (CSV or XLSX) into a header and raw rows, with every row's number.

This layer knows about bytes, encodings, separators and spreadsheets, nothing about what the
columns mean: `columns.py` converts the cells. CSV is read as Norwegian Excel writes it:
`;` or `,` separated (sniffed from the header line), UTF-8 with or without BOM, or
Windows-1252 when the bytes are not UTF-8 but decode to Norwegian text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import cast

from engine.problems import InputError, Problem

MAX_TABLE_BYTES = 200 * 1024 * 1024
TABLE_SUFFIXES = (".csv", ".xlsx")

Cell = str | int | float | date | None

_NORWEGIAN_LETTERS = set("æøåÆØÅ")
_SAVE_AS_UTF8 = "in Excel choose Save As, file type 'CSV UTF-8 (kommadelt) (*.csv)'"


@dataclass
class RawTable:
    """The header and data rows of one table; `rows` pairs each row with its 1-based row number.

    A CSV file's rows are read as they are iterated, once, so that a large file is never held as
    rows all at once; a problem with the file found on the way (a field the csv module cannot
    read) raises InputError from the iteration.
    """

    display: str
    header: list[str]
    rows: Iterable[tuple[int, list[Cell]]]
    # True when numbers in text cells use a decimal comma (a ';'-separated CSV).
    decimal_comma: bool = False
    encoding: str = "utf-8"


def read_table(path: Path, display: str, raw: bytes | None = None, max_bytes: int = MAX_TABLE_BYTES) -> RawTable:
    """Read a CSV or XLSX file; raise InputError for problems with the file as a whole."""
    if raw is None:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError([Problem(display, message=f"the file is {size} bytes; the limit is {max_bytes} bytes")])
        raw = path.read_bytes()
    if not raw.strip():
        raise InputError([Problem(display, message="the file is empty: expected a header row and data rows")])
    if path.suffix.lower() == ".xlsx":
        return _read_xlsx(raw, display)
    return _read_csv(raw, display)


def decode_csv_bytes(raw: bytes, display: str) -> tuple[str, str]:
    """Decode CSV bytes as UTF-8 (BOM optional) or, failing that, Windows-1252; return text and encoding."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError([Problem(display, message="the file is UTF-16 text (Excel's 'Unicode Text'); "
                                  f"{_SAVE_AS_UTF8}")])
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = raw[:nul].count(b"\n") + 1
        raise InputError([Problem(display, line=line, message=f"the file is binary (a NUL byte on line {line}), "
                                  "not a CSV text file; if it is an Excel workbook, name it .xlsx")])
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    non_ascii = {ch for ch in text if ord(ch) > 127}
    has_controls = any(ord(ch) < 32 and ch not in "\t\r\n" for ch in text)
    if text and not has_controls and non_ascii & _NORWEGIAN_LETTERS:
        # Excel's plain "CSV (semikolonseparert)" on Norwegian Windows writes Windows-1252.
        return text, "cp1252"
    line = raw[: utf8_error.start].count(b"\n") + 1
    problem = Problem(display, message=f"the file is neither UTF-8 nor Windows-1252 text with Norwegian letters "
                      f"(byte 0x{raw[utf8_error.start]:02x} on line {line}); {_SAVE_AS_UTF8}")
    raise InputError([problem])


def sniff_delimiter(header_line: str) -> str:
    """The separator used in the header line: ';' (Norwegian Excel), ',' or a tab."""
    counts = {sep: header_line.count(sep) for sep in (";", ",", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _read_csv(raw: bytes, display: str) -> RawTable:
    text, encoding = decode_csv_bytes(raw, display)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    delimiter = sniff_delimiter(_first_line(text))
    records = _csv_records(csv.reader(_lines(text), delimiter=delimiter, strict=False), display)
    # Leading blank lines are not part of the table; count them so row numbers stay as in Excel.
    start = 0
    for record in records:
        if "".join(record).strip():  # a cell that is not blank
            header = [cell.strip() for cell in record]
            break
        start += 1
    else:
        raise InputError([Problem(display, message="the file is empty: expected a header row and data rows")])
    rows = ((index, cast(list[Cell], record))  # the csv module's own list, not a copy
            for index, record in enumerate(records, start=start + 2) if "".join(record).strip())
    return RawTable(display, header, rows, decimal_comma=delimiter == ";", encoding=encoding)


def _first_line(text: str) -> str:
    """The first line that is not empty (no copy of the rest of the text)."""
    start = 0
    while start < len(text) and text[start] == "\n":
        start += 1
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` with their line ends, as io.StringIO(text) gives them, without copying the text."""
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end + 1]
        start = end + 1


def _csv_records(reader: Iterator[list[str]], display: str) -> Iterator[list[str]]:
    try:
        yield from reader
    except csv.Error as exc:  # for example a field over the csv module's size limit
        line = reader.line_num  # type: ignore[attr-defined]
        raise InputError([Problem(display, line=line, message=f"the file cannot be read as CSV at "
                                  f"line {line}: {exc}")]) from None


def _read_xlsx(raw: bytes, display: str) -> RawTable:
    import zipfile

    import openpyxl  # imported here: only XLSX input pays for it

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        message = f"the file is not a readable Excel workbook (.xlsx): {exc}"
        raise InputError([Problem(display, message=message)]) from None
    try:
        sheet = workbook.worksheets[0]
        all_rows = [list(values) for values in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    start = 0
    while start < len(all_rows) and all(_blank(v) for v in all_rows[start]):
        start += 1
    if start == len(all_rows):
        raise InputError([Problem(display, message="the first sheet is empty: expected a header row and data rows")])
    header_cells = all_rows[start]
    while header_cells and _blank(header_cells[-1]):
        header_cells = header_cells[:-1]
    header = ["" if v is None else str(v).strip() for v in header_cells]
    rows: list[tuple[int, list[Cell]]] = []
    for index, values in enumerate(all_rows[start + 1:], start=start + 2):
        if all(_blank(v) for v in values):
            continue
        cells: list[Cell] = [_xlsx_cell(v) for v in values]
        # Spreadsheets pad rows with empty cells; only non-empty cells past the header count as extra fields.
        while len(cells) > len(header) and _blank(cells[-1]):
            cells.pop()
        # A short spreadsheet row just has empty cells at the end; it cannot be truncated like a CSV line.
        cells += [None] * (len(header) - len(cells))
        rows.append((index, cells))
    return RawTable(display, header, rows, decimal_comma=False, encoding="xlsx")


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _xlsx_cell(value: object) -> Cell:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if value is None or isinstance(value, (str, int, float, date)):
        return value
    return str(value)
