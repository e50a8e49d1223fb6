"""Checking a table's header and converting its cells to typed values, as the column specification says.

Every problem names the file, the row (header = row 1) and the column, and all of a table's
problems are collected before anything is raised.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import islice
from typing import Any

from bosetting.engine.problems import Problem, quoted
from bosetting.obligations.data.spec import TOTAL_LABELS, Column, TableSpec
from bosetting.obligations.data.tables import Cell, RawTable

Value = str | int | float | bool | date | None

# Digits are the ASCII digits 0-9 only: Python's \d and int() also read full-width (０３０１) and other
# scripts' digits, which would let a look-alike kommunenummer or count through.
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$", re.ASCII)
_NORWEGIAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$", re.ASCII)
_MONTH = re.compile(r"^(\d{4})-(\d{2})$", re.ASCII)
_INT = re.compile(r"^[-+]?\d+$", re.ASCII)
# "12 345" with a space, no-break space or narrow no-break space, as Excel's number format writes it.
_GROUPED_INT = re.compile(r"^[-+]?\d{1,3}([ \u00a0\u202f]\d{3})+$", re.ASCII)
_DECIMAL = re.compile(r"^[-+]?\d+(\.\d+)?$", re.ASCII)
_TRUE = {"ja", "j", "true", "sann", "1"}
_FALSE = {"nei", "n", "false", "usann", "0"}


# Unknown header columns reported one by one; more are counted in one problem (a wrong or hostile header
# of 100,000 columns is one mistake, not 100,000).
MAX_UNKNOWN_COLUMNS_SHOWN = 20


def _close_match(word: str, options: Sequence[str]) -> list[str]:
    """The option most like `word`, for a "did you mean"; difflib is imported only when a hint is needed."""
    import difflib

    return difflib.get_close_matches(word[:100], options, n=1, cutoff=0.6)  # a 2 MB cell is not compared whole


class CellError(ValueError):
    """A cell's value cannot be used; the message says why and, where we can tell, what to write."""


@dataclass(slots=True)
class Row:
    """One converted row: its number in the file and its values by column name."""

    number: int
    values: dict[str, Value]
    # The source's own total row ('I alt'): its key column is None, and it is no kommune or fylke.
    total: bool = False


def problem(table: RawTable, row: int, column: str | None, message: str, index: int = 0) -> Problem:
    """A problem located at a row and column; `line` mirrors the row so problems sort in file order."""
    return Problem(table.display, line=row, column=index, message=message, row=row, column_name=column)


def check_header(table: RawTable, spec: TableSpec) -> list[Problem]:
    """Missing, unknown, duplicate and empty column names, each with the header row and column."""
    problems: list[Problem] = []
    expected = spec.names
    seen: set[str] = set()
    guessed: set[str] = set()  # a misspelt column is reported once, as unknown with its likely name
    unknown = 0
    for index, name in enumerate(table.header, start=1):
        if not name:
            problems.append(problem(table, 1, None, f"column {index} of the header has no name", index))
            continue
        if name in seen:
            problems.append(problem(table, 1, name, f"column {quoted(name)} appears twice in the header", index))
            continue
        seen.add(name)
        if name not in expected:
            unknown += 1
            if unknown > MAX_UNKNOWN_COLUMNS_SHOWN:
                continue
            guess = _close_match(name.lower(), expected)
            hint = f"did you mean '{guess[0]}'? " if guess else ""
            guessed.update(guess)
            problems.append(problem(table, 1, name, f"unknown column {quoted(name)}: {hint}"
                                    f"the columns of {spec.name} are {', '.join(expected)}", index))
    if unknown > MAX_UNKNOWN_COLUMNS_SHOWN:
        problems.append(problem(table, 1, None, f"and {unknown - MAX_UNKNOWN_COLUMNS_SHOWN} more unknown "
                                f"columns: is this the {spec.name} table?"))
    for name in expected:
        if name not in seen and name not in guessed and not spec.column(name).may_be_absent:
            problems.append(problem(table, 1, name, f"the required column '{name}' is missing from the header"))
    return problems


def absent_columns(table: RawTable, spec: TableSpec) -> tuple[str, ...]:
    """The columns that may be left out of the header and are: every row reads None for them."""
    present = set(table.header)
    return tuple(c.name for c in spec.columns if c.may_be_absent and c.name not in present)


def convert_rows(table: RawTable, spec: TableSpec) -> tuple[Iterator[Row], list[Problem]]:
    """Convert every row that has the header's number of fields; report every bad cell and short or long row.

    The rows are converted as they are iterated, each raw row let go as soon as it is converted, so a
    large table is never held twice; `problems` is complete once every row has been iterated.
    """
    problems = check_header(table, spec)
    if problems:  # cells cannot be matched to columns reliably; the rows are still read to the end
        return _read_to_the_end(table), problems
    return _Converter(table, spec, problems).rows(table.rows), problems


@dataclass(slots=True)
class Chunk:
    """Consecutive rows of a table that converted without a problem, column by column: each row's number, and
    each column's values in the rows' order (a column the header leaves out is None in every row)."""

    numbers: Sequence[int]
    columns: dict[str, Sequence[Value]]


# Rows converted together by convert_chunks: few enough that a chunk's raw rows take a few MB at most.
CHUNK_ROWS = 2048


def convert_chunks(table: RawTable, spec: TableSpec, rows_per_chunk: int = CHUNK_ROWS
                   ) -> tuple[Iterator[Chunk], list[Problem]]:
    """`convert_rows` for a large table without a total row, a chunk of rows at a time, column by column.

    A chunk whose every cell is one its column has seen (or a plain text) is converted with no Python loop over
    its rows: the column's texts are looked up all at once. A chunk with any other cell, or a row of the wrong
    length, is converted row by row as `convert_rows` does, and its bad rows reported and left out. The values
    and the problems are those `convert_rows` gives.
    """
    if spec.may_have_total:
        raise ValueError(f"{spec.name} may have a total row: read it with convert_rows")
    problems = check_header(table, spec)
    if problems:
        return _read_to_the_end(table), problems
    return _Converter(table, spec, problems).chunks(table.rows, rows_per_chunk), problems


def _read_to_the_end(table: RawTable) -> Iterator[Any]:
    """No rows, but the whole file read, so that a problem with the file itself is still found."""
    for _row in table.rows:
        pass
    yield from ()


class _Converter:
    """Converts the rows of one table, with what is worked out once per table: per column, the texts already
    converted and their values (see _FEW_VALUES), or None; and whether a text is taken as it is, stripped (a text
    column without a list or bounds)."""

    def __init__(self, table: RawTable, spec: TableSpec, problems: list[Problem]):
        self.table, self.problems = table, problems
        self.columns = [spec.column(name) for name in table.header]
        self.names = [column.name for column in self.columns]
        decimal_comma = table.decimal_comma
        self.known_values: list[_KnownTexts | None] = [
            _KnownTexts(column, decimal_comma) if column.kind in _FEW_VALUES or column.allowed is not None else None
            for column in self.columns]
        self.as_text = [column.kind == "text" and not _has_bounds(column) for column in self.columns]
        self.absent = dict.fromkeys(absent_columns(table, spec))
        self.key_index = self.names.index(spec.key[0]) if spec.may_have_total and spec.key[0] in self.names else -1
        self.seen_row = _seen_row_converter(self.known_values, self.names, self.as_text)

    def chunks(self, raw_rows: Iterable[tuple[int, list[Cell]]], rows_per_chunk: int) -> Iterator[Chunk]:
        # Every column looked up or taken as text: otherwise each chunk is converted row by row.
        by_column = all(known is not None or text for known, text in zip(self.known_values, self.as_text, strict=True))
        names = [*self.names, *self.absent]
        raw_rows = iter(raw_rows)
        while chunk := list(islice(raw_rows, rows_per_chunk)):
            converted = self._by_column(chunk) if by_column else None
            if converted is None:
                rows = list(self.rows(chunk))
                converted = Chunk([row.number for row in rows],
                                  {name: [row.values[name] for row in rows] for name in names})
            yield converted

    def _by_column(self, chunk: list[tuple[int, list[Cell]]]) -> Chunk | None:
        """The chunk converted a column at a time, or None when a cell or a row needs looking at on its own."""
        numbers, cells = zip(*chunk, strict=True)
        if set(map(len, cells)) != {len(self.names)}:
            return None
        values: dict[str, Sequence[Value]] = {}
        for name, known, texts in zip(self.names, self.known_values, zip(*cells, strict=True), strict=True):
            if known is not None:
                before = known.misses
                values[name] = list(map(known.__getitem__, texts))
                if known.misses != before:
                    return None
                continue
            try:
                stripped = list(map(str.strip, texts))
            except TypeError:  # a spreadsheet's number in a text column
                return None
            # Printable ASCII holds none of the characters a text may not (as in the row converter); anything
            # else, or an empty cell, is looked at row by row.
            joined = "".join(stripped)
            if not (all(stripped) and joined.isascii() and joined.isprintable()):
                return None
            values[name] = stripped
        for name in self.absent:
            values[name] = [None] * len(numbers)
        return Chunk(numbers, values)

    def rows(self, raw_rows: Iterable[tuple[int, list[Cell]]]) -> Iterator[Row]:
        """Every row that has the header's number of fields and converts, as a Row; a problem for every other."""
        table, problems, columns, absent, key_index, seen_row = (
            self.table, self.problems, self.columns, self.absent, self.key_index, self.seen_row)
        plan = list(zip(self.names, self.known_values, self.as_text, columns, range(1, len(columns) + 1),
                        strict=True))
        decimal_comma = table.decimal_comma
        for number, cells in raw_rows:
            if len(cells) != len(columns):
                problems.append(problem(table, number, None, f"the row has {len(cells)} fields but the header has "
                                        f"{len(columns)}: a truncated or shifted row (check separators and quotes)"))
                continue
            total = key_index >= 0 and isinstance(cells[key_index], str) and \
                cells[key_index].strip().lower() in TOTAL_LABELS  # type: ignore[union-attr]
            if not total and (seen := seen_row(cells)) is not None:
                yield Row(number, {**absent, **seen} if absent else seen, False)
                continue
            values: dict[str, Value] = dict(absent)
            ok = True
            for (name, known, text, column, index), cell in zip(plan, cells, strict=True):
                if total and (index - 1 == key_index or cell is None or not str(cell).strip()):
                    values[name] = None  # a total row may leave any figure out
                    continue
                if type(cell) is str:  # CSV cells always; a spreadsheet's numbers and dates are converted below
                    if known is not None:
                        value = known.get(cell, _UNSEEN)
                        if value is not _UNSEEN:
                            values[name] = value
                            continue
                    elif text and (stripped := _plain_text(cell, _UNSEEN)) is not _UNSEEN:
                        values[name] = stripped  # what _text gives; a forbidden character goes there, for its message
                        continue
                try:
                    value = convert_cell(cell, column, decimal_comma)
                except CellError as exc:
                    problems.append(problem(table, number, name, str(exc), index))
                    ok = False
                    continue
                values[name] = value
                if known is not None and type(cell) is str:
                    known[cell] = value  # an empty optional cell too: None
            if ok:
                yield Row(number, values, total)


def _seen_row_converter(known_values: list[_KnownTexts | None], names: list[str], as_text: list[bool]
                        ) -> Callable[[list[Cell]], dict[str, Value] | None]:
    """A function that converts a row whose every cell converts without a problem, or gives None.

    Most rows of a large table are such rows: each cell is looked up in its column's texts already converted
    (`known_values`, which convert a text the first time it is looked up), with no loop over the columns and no
    call per cell but that lookup. The function is written for the table's number of columns, as dataclasses
    and namedtuple write theirs: only numbers are put into its code; the lookups and the column names are
    handed to it by name, so nothing read from a file ever becomes code. A plain text column (`as_text`) takes
    its stripped printable ASCII text without a call; any other text goes to _plain_text. A column converted
    cell by cell (neither) sends every row to the caller's own conversion.
    """
    count = range(len(names))
    scope: dict[str, Any] = {"UNSEEN": _UNSEEN, "plain_text": _plain_text}
    for i in count:
        scope[f"known{i}"], scope[f"name{i}"] = known_values[i], names[i]

    def converted(i: int) -> str:
        if known_values[i] is not None:
            return f"    v{i} = known{i}[c{i}]"
        if as_text[i]:
            return (f"    v{i} = s if type(c{i}) is str and (s := c{i}.strip()) and s.isascii() and s.isprintable() "
                    f"else plain_text(c{i}, UNSEEN)")
        return f"    v{i} = UNSEEN"

    cells = ", ".join(f"c{i}" for i in count)
    code = "\n".join([
        "def convert(cells):",
        f"    {cells}, = cells",
        *(converted(i) for i in count),
        "    if " + " or ".join(f"v{i} is UNSEEN" for i in count) + ":",
        "        return None",
        "    return {" + ", ".join(f"name{i}: v{i}" for i in count) + "}",
    ])
    exec(code, scope)  # noqa: S102 - the code holds only numbers (see above)
    return scope["convert"]  # type: ignore[no-any-return]


def _plain_text(cell: Cell, unseen: Any) -> Any:
    """A text cell stripped, as _text gives it; `unseen` when _text must look at it (or it is not a text)."""
    if type(cell) is str and (stripped := cell.strip()):
        # Printable ASCII holds none of the forbidden characters; anything else is searched for them.
        if (stripped.isascii() and stripped.isprintable()) or not _FORBIDDEN_IN_TEXT.search(stripped):
            return stripped
    return unseen


_UNSEEN: Any = object()  # not converted yet (None is a value: an empty optional cell)


class _KnownTexts(dict[str, Value]):
    """One column's texts already converted, and their values (see _FEW_VALUES). Looked up with [], a text not
    seen yet is converted then and kept; one that does not convert is not kept, and gives _UNSEEN, so that its
    row is converted cell by cell and every cell of it reported. A cell that is not a text (a spreadsheet's
    typed value) gives _UNSEEN too. `misses` counts the lookups that gave _UNSEEN, so that a whole column looked
    up at once is known to have converted by one comparison."""

    __slots__ = ("column", "decimal_comma", "misses")

    def __init__(self, column: Column, decimal_comma: bool):
        super().__init__()
        self.column = column
        self.decimal_comma = decimal_comma
        self.misses = 0

    def __missing__(self, cell: Any) -> Any:
        if type(cell) is str:
            try:
                value = convert_cell(cell, self.column, self.decimal_comma)
            except CellError:
                pass
            else:
                self[cell] = value
                return value
        self.misses += 1
        return _UNSEEN


# Columns with few distinct values (dates, months, codes, yes/no, a fixed list), and numbers, whose texts
# repeat too (0 and small counts; percentages to one decimal) in the tables that hold them, which stay small at
# any scale (kommune_aar, belegg; personer, the large one, has none): each distinct text is converted once per
# table and its value shared by every row, which saves time and, at scale, memory. A text that does not convert
# is not kept: every cell of it is reported.
_FEW_VALUES = ("date", "month", "kommunenummer", "fylkesnummer", "bool", "int", "float")


def _has_bounds(column: Column) -> bool:
    return column.allowed is not None or column.minimum is not None or column.maximum is not None


def convert_cell(cell: Cell, column: Column, decimal_comma: bool = False) -> Value:
    """Convert one cell (text from CSV or a typed XLSX value) to the column's type, or raise CellError."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        if column.required:
            raise CellError(f"a value is required in column '{column.name}'")
        return None
    value = _CONVERTERS[column.kind](cell, column, decimal_comma)
    _check_bounds(value, column)
    return value


def _check_bounds(value: Value, column: Column) -> None:
    if column.allowed is not None and value not in column.allowed:
        guess = _close_match(str(value), column.allowed)
        hint = f"did you mean '{guess[0]}'? " if guess else ""
        choices = ", ".join(column.allowed)
        raise CellError(f"{quoted(value)} is not allowed in column '{column.name}': {hint}use one of {choices}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if column.minimum is not None and value < column.minimum:
            what = ("a count cannot be negative" if column.minimum == 0
                    else f"the smallest allowed value is {column.minimum:g}")
            raise CellError(f"{value} is below the minimum in column '{column.name}': {what}")
        if column.maximum is not None and value > column.maximum:
            raise CellError(f"{value} is above the maximum {column.maximum:g} in column '{column.name}'")


def _as_text(cell: Cell) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell).strip()


def _code(cell: Cell, column: Column, digits: int) -> str:
    text = _as_text(cell)
    ascii_digits = text.isascii() and text.isdigit()
    if ascii_digits and len(text) == digits:
        return text
    if ascii_digits and len(text) < digits:
        padded = text.zfill(digits)
        raise CellError(f"{column.name} {quoted(text)} must have {_DIGIT_WORDS[digits]} digits; "
                        f"did you mean '{padded}'? (Excel drops leading zeros: format the column as text)")
    raise CellError(f"{column.name} {quoted(text)} must be exactly {_DIGIT_WORDS[digits]} digits, such as "
                    f"'{'0301' if digits == 4 else '03'}'")


_DIGIT_WORDS = {2: "two", 4: "four"}


def _kommunenummer(cell: Cell, column: Column, decimal_comma: bool) -> str:
    return _code(cell, column, 4)


def _fylkesnummer(cell: Cell, column: Column, decimal_comma: bool) -> str:
    return _code(cell, column, 2)


# Characters no text cell should hold: control characters other than tab and line feed, and the bidirectional
# overrides that make text read differently from how it is stored. Refused at the input, they reach no output.
_FORBIDDEN_IN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _text(cell: Cell, column: Column, decimal_comma: bool) -> str:
    text = _as_text(cell)
    forbidden = _FORBIDDEN_IN_TEXT.search(text)
    if forbidden:
        raise CellError(f"{quoted(text)} in column '{column.name}' holds the control character "
                        f"U+{ord(forbidden.group(0)):04X} at position {forbidden.start() + 1}: remove it")
    return text


# A whole number of more digits than this is refused as it is read (a count has at most eight, MAX_COUNT).
MAX_INT_DIGITS = 100


def _int(cell: Cell, column: Column, decimal_comma: bool) -> int:
    if isinstance(cell, bool) or isinstance(cell, date):
        raise CellError(f"{quoted(_as_text(cell))} in column '{column.name}' is not a whole number")
    if isinstance(cell, int):
        return cell
    if isinstance(cell, float):
        if cell.is_integer():
            return int(cell)
        raise CellError(f"{cell} in column '{column.name}' is not a whole number")
    text = str(cell).strip()
    if _GROUPED_INT.match(text):
        text = re.sub(r"[ \u00a0\u202f]", "", text)
    if _INT.match(text):
        digits = len(text.lstrip("+-"))
        if digits > MAX_INT_DIGITS:  # Python refuses to read an integer of over 4,300 digits: never a figure here
            raise CellError(f"{quoted(text)} in column '{column.name}' has {digits:,} digits: no figure here has "
                            "more than a few (is it a shifted column, or a text pasted in?)")
        return int(text)
    raise CellError(f"{quoted(text)} in column '{column.name}' is not a whole number")


def _float(cell: Cell, column: Column, decimal_comma: bool) -> float:
    if isinstance(cell, bool) or isinstance(cell, date):
        raise CellError(f"{quoted(_as_text(cell))} in column '{column.name}' is not a number")
    if isinstance(cell, (int, float)):
        return float(cell)
    text = str(cell).strip()
    if decimal_comma:
        if "." in text:
            raise CellError(f"{quoted(text)} in column '{column.name}' has a decimal point, but the file is "
                            f"';'-separated and so uses a decimal comma; write it as {quoted(text.replace('.', ','))}")
        text = text.replace(",", ".")
    elif "," in text:
        raise CellError(f"{quoted(text)} in column '{column.name}' has a decimal comma, but the file is "
                        f"','-separated and so uses a decimal point; write {quoted(text.replace(',', '.'))} or save "
                        "the file with ';'")
    if _DECIMAL.match(text):
        return float(text)
    raise CellError(f"{quoted(str(cell).strip())} in column '{column.name}' is not a number")


def parse_date(text: str) -> date:
    """Parse 'YYYY-MM-DD' or Norwegian 'DD.MM.YYYY'; raise CellError for other forms and impossible dates."""
    match = _ISO_DATE.match(text)
    if match:
        if text.isascii():  # the common case; date.fromisoformat reads exactly these ten ASCII characters
            try:
                return date.fromisoformat(text)
            except ValueError:
                pass  # an impossible date: the message below says why
        year, month, day = (int(part) for part in match.groups())
    else:
        match = _NORWEGIAN_DATE.match(text)
        if not match:
            raise CellError(f"{quoted(text)} is not a date: write YYYY-MM-DD (or DD.MM.YYYY)")
        day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise CellError(f"{quoted(text)} is not a real date ({exc})") from None


def _date(cell: Cell, column: Column, decimal_comma: bool) -> date:
    if isinstance(cell, date):
        return cell
    if not isinstance(cell, str):
        raise CellError(f"{quoted(cell)} in column '{column.name}' is not a date: write YYYY-MM-DD")
    try:
        return parse_date(cell.strip())
    except CellError as exc:
        raise CellError(f"{exc} in column '{column.name}'") from None


def parse_month(text: str) -> str:
    match = _MONTH.match(text)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise CellError(f"{quoted(text)} is not a month: write YYYY-MM, such as '2026-03'")
    return text


def _month(cell: Cell, column: Column, decimal_comma: bool) -> str:
    if isinstance(cell, date):  # Excel turns '2026-03' into the first of the month
        return f"{cell.year:04d}-{cell.month:02d}"
    try:
        return parse_month(_as_text(cell))
    except CellError as exc:
        raise CellError(f"{exc} in column '{column.name}'") from None


def _bool(cell: Cell, column: Column, decimal_comma: bool) -> bool:
    text = _as_text(cell).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(f"{quoted(_as_text(cell))} in column '{column.name}' is not a yes/no value: write 'ja' or 'nei'")


_CONVERTERS: dict[str, Callable[[Cell, Column, bool], Value]] = {
    "kommunenummer": _kommunenummer,
    "fylkesnummer": _fylkesnummer,
    "text": _text,
    "int": _int,
    "float": _float,
    "date": _date,
    "month": _month,
    "bool": _bool,
}
