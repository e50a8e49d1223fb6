"""Reading a table file (CSV or XLSX) into a header and raw rows, with every row's number.

This layer knows about bytes, encodings, separators and spreadsheets, nothing about what the
columns mean: `columns.py` converts the cells. CSV is read as Norwegian Excel writes it:
`;` or `,` separated (sniffed from the header line), UTF-8 with or without BOM, or
Windows-1252 when the bytes are not UTF-8 but decode to Norwegian text.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from bosetting.engine.bounded_read import read_bounded
from bosetting.engine.problems import InputError, Problem, excerpt

MAX_TABLE_BYTES = 200 * 1024 * 1024
_CHUNK = 1024 * 1024
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
    """Read a CSV or XLSX file; raise InputError for problems with the file as a whole.

    A UTF-8 CSV file read from `path` is streamed: checked in chunks, then parsed as its rows are iterated,
    so that its bytes are never held whole (at 100x, 33 MB per person file, held while the file was read,
    when the review's memory peaked). Any other file is read whole first.
    """
    if raw is None and path.suffix.lower() != ".xlsx" and (streamed := _stream_utf8_csv(path, display, max_bytes)):
        return streamed
    if raw is None:
        raw = read_bounded(path, display, max_bytes)
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


def _utf8_size(path: Path, max_bytes: int) -> int | None:
    """The size of the file when all of it, up to `max_bytes`, is UTF-8 text with no NUL byte and no UTF-16 byte
    order mark, checked a chunk at a time; None when it is not, or cannot be read, or is over the bound (the
    caller then reads it whole, and says what is wrong)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    size = 0
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(_CHUNK):
                if (size == 0 and chunk.startswith((b"\xff\xfe", b"\xfe\xff"))) or b"\x00" in chunk:
                    return None
                size += len(chunk)
                if size > max_bytes:
                    return None
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except (OSError, UnicodeDecodeError):
        return None
    return size


class _Prefix(io.RawIOBase):
    """The first `size` bytes of a binary file, and no more: the part that was checked, even if it grew."""

    def __init__(self, handle: io.BufferedReader, size: int):
        self.handle, self.left = handle, size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)[:self.left]
        count = self.handle.readinto(view)
        self.left -= count
        return count

    def close(self) -> None:
        self.handle.close()
        super().close()


def _stream_utf8_csv(path: Path, display: str, max_bytes: int) -> RawTable | None:
    """The table of a UTF-8 CSV file, its rows parsed from the file as they are iterated; None when the file is
    not UTF-8 text within the bound (see _utf8_size)."""
    if not path.is_file():  # a pipe or device is read once, whole, by read_bounded
        return None
    size = _utf8_size(path, max_bytes)
    if not size:
        return None
    lines = io.TextIOWrapper(io.BufferedReader(_Prefix(open(path, "rb"), size)), encoding="utf-8-sig",  # noqa: SIM115
                             newline=None)
    leading = []  # the lines before the header's, which the csv reader must see too
    for line in lines:
        leading.append(line)
        if line != "\n":
            break
    if not "".join(leading).strip():
        lines.close()
        return None  # blank: reported as an empty file
    return _csv_table(itertools.chain(leading, lines), sniff_delimiter(leading[-1].rstrip("\n")), display, "utf-8",
                      closing=lines)


def _read_csv(raw: bytes, display: str) -> RawTable:
    text, encoding = decode_csv_bytes(raw, display)
    delimiter = sniff_delimiter(_first_line(text.replace("\r\n", "\n").replace("\r", "\n")))
    del text  # the rows are decoded again as they are read, so that the whole text is not held beside them
    # Universal newlines: '\r\n' and a lone '\r' end a line as '\n' does, inside a quoted field too.
    lines = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8-sig" if encoding == "utf-8" else encoding, newline=None)
    return _csv_table(lines, delimiter, display, encoding)


def _csv_table(lines: Iterable[str], delimiter: str, display: str, encoding: str,
               closing: io.TextIOBase | None = None) -> RawTable:
    records = csv.reader(lines, delimiter=delimiter, strict=False)
    # Leading blank lines are not part of the table; count them so row numbers stay as in Excel.
    start = 0
    for record in _csv_records(records, display):
        if "".join(record).strip():  # a cell that is not blank
            header = [cell.strip() for cell in record]
            break
        start += 1
    else:
        if closing is not None:
            closing.close()
        raise InputError([Problem(display, message="the file is empty: expected a header row and data rows")])
    return RawTable(display, header, _numbered_rows(records, start + 2, display, closing),
                    decimal_comma=delimiter == ";", encoding=encoding)


def _first_line(text: str) -> str:
    """The first line that is not empty (no copy of the rest of the text)."""
    start = 0
    while start < len(text) and text[start] == "\n":
        start += 1
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


def _numbered_rows(records: Iterator[list[str]], number: int, display: str,
                   closing: io.TextIOBase | None = None) -> Iterator[tuple[int, list[Cell]]]:
    """The rows that are not blank, each with its number in the file (the csv module's own list, not a copy);
    `closing` (the file the rows are parsed from) is closed when they end."""
    try:
        # The loop of _csv_records written out here: one generator less for every row of a large table.
        for record in records:
            if record and (record[0].strip() or "".join(record).strip()):  # a cell that is not blank
                yield number, record  # type: ignore[misc]
            number += 1
    except (csv.Error, UnicodeDecodeError, OSError) as exc:
        _read_failed(records, display, exc)
    finally:
        if closing is not None:
            closing.close()


def _csv_records(reader: Iterator[list[str]], display: str) -> Iterator[list[str]]:
    try:
        yield from reader
    except (csv.Error, UnicodeDecodeError, OSError) as exc:
        _read_failed(reader, display, exc)


def _read_failed(reader: Iterator[list[str]], display: str, exc: Exception) -> NoReturn:
    if isinstance(exc, csv.Error):  # for example a field over the csv module's size limit
        line = reader.line_num  # type: ignore[attr-defined]
        raise InputError([Problem(display, line=line, message=f"the file cannot be read as CSV at "
                                  f"line {line}: {exc}")]) from None
    # A streamed file changed after it was checked.
    raise InputError([Problem(display, message=f"the file changed while it was read ({excerpt(exc)}): "
                              "read it again when it is no longer being written")]) from None


# Bounds on a workbook, checked in its zip directory and its sheet's declared dimension before any XML is parsed
# (docs/security.md): a small file that claims a huge sheet, or whose parts inflate to hundreds of MB, is refused
# at once. The uncompressed bound is the table bound: a table holds at most that much, whatever its format.
MAX_XLSX_UNCOMPRESSED_BYTES = MAX_TABLE_BYTES
MAX_XLSX_PARTS = 10_000
MAX_XLSX_ROWS = 1_048_576  # Excel's own limit: no real workbook has more
MAX_XLSX_COLUMNS = 1_000  # the widest table has 14 columns
_NOT_A_WORKBOOK = "the file is not a readable Excel workbook (.xlsx)"


def _check_zip_directory(raw: bytes, display: str) -> None:
    """Refuse a workbook whose parts, as its zip directory declares them, exceed the bounds.

    Python's zipfile stops inflating a part at its declared size (and fails its checksum), so a directory
    that understates a part cannot make it inflate further than declared.
    """
    import zipfile  # only XLSX input pays for it

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise InputError([Problem(display, message=f"{_NOT_A_WORKBOOK}: {excerpt(exc)}")]) from None
    if len(parts) > MAX_XLSX_PARTS:
        raise InputError([Problem(display, message=f"{_NOT_A_WORKBOOK}: it has {len(parts)} parts; a workbook "
                                  f"has a few dozen, and the limit is {MAX_XLSX_PARTS}")])
    total = sum(part.file_size for part in parts)
    if total > MAX_XLSX_UNCOMPRESSED_BYTES:
        largest = max(parts, key=lambda part: part.file_size)
        raise InputError([Problem(display, message=(
            f"the workbook inflates to {total} bytes ({excerpt(largest.filename)}: {largest.file_size}) from "
            f"{len(raw)}; the limit is {MAX_XLSX_UNCOMPRESSED_BYTES} bytes uncompressed. Save the table as CSV, "
            "or split it"))])


def _check_dimension(max_row: int | None, max_column: int | None, display: str) -> None:
    rows, columns = max_row or 0, max_column or 0
    if rows > MAX_XLSX_ROWS or columns > MAX_XLSX_COLUMNS:
        raise InputError([Problem(display, message=(
            f"the first sheet declares {rows} rows and {columns} columns; the limits are {MAX_XLSX_ROWS} rows and "
            f"{MAX_XLSX_COLUMNS} columns. If the sheet is not that large, open it in Excel and save it again "
            "(Excel then writes the true size), or save it as CSV"))])


def _read_xlsx(raw: bytes, display: str) -> RawTable:
    """The first sheet of a workbook: header in its first non-blank row, then every non-blank row.

    Whatever openpyxl cannot read (no sheet, broken XML, styles it does not understand, a DTD that
    defusedxml forbids) is refused with the file named, never an internal error.
    """
    import warnings

    import openpyxl  # imported here: only XLSX input pays for it

    _check_zip_directory(raw, display)
    header: list[str] | None = None
    rows: list[tuple[int, list[Cell]]] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl's notes about styles and extensions are not for our users
            workbook = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
            try:
                if not workbook.worksheets:
                    raise InputError([Problem(display, message="the workbook has no sheet: expected the table in "
                                              "its first sheet")])
                sheet = workbook.worksheets[0]
                _check_dimension(sheet.max_row, sheet.max_column, display)
                if hasattr(sheet, "reset_dimensions"):
                    sheet.reset_dimensions()  # rows as they are, not padded to what the sheet claims
                for index, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                    if len(values) > MAX_XLSX_COLUMNS:
                        raise InputError([Problem(display, message=(
                            f"row {index} has a cell in column {len(values)}; the limit is {MAX_XLSX_COLUMNS} "
                            "columns"), row=index)])
                    if all(_blank(v) for v in values):
                        continue
                    if header is None:
                        header_cells = list(values)
                        while header_cells and _blank(header_cells[-1]):
                            header_cells.pop()
                        header = ["" if v is None else str(v).strip() for v in header_cells]
                        continue
                    cells: list[Cell] = [_xlsx_cell(v) for v in values]
                    # Spreadsheets pad rows with empty cells; only non-empty cells past the header count as extra.
                    while len(cells) > len(header) and _blank(cells[-1]):
                        cells.pop()
                    # A short spreadsheet row just has empty cells at the end; it cannot be truncated like a CSV line.
                    cells += [None] * (len(header) - len(cells))
                    rows.append((index, cells))
            finally:
                workbook.close()
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl and its XML parser raise many kinds for a broken file
        raise InputError([Problem(display, message=f"{_NOT_A_WORKBOOK}: {_cause(exc)}")]) from None
    if header is None:
        raise InputError([Problem(display, message="the first sheet is empty: expected a header row and data rows")])
    return RawTable(display, header, rows, decimal_comma=False, encoding="xlsx")


def _cause(exc: BaseException) -> str:
    """What went wrong, from the innermost exception (openpyxl wraps the XML parser's): type and a short text."""
    while (inner := exc.__cause__ or exc.__context__) is not None and inner is not exc:
        exc = inner
    return f"{type(exc).__name__}: {excerpt(' '.join(str(exc).split()), 200)}"


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
