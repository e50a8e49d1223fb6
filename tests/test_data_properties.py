"""Property tests for the small pure pieces: cell conversion and the generator's allocation."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bosetting.engine.problems import InputError
from bosetting.obligations.data import readers
from bosetting.obligations.data.columns import CellError, Row, _plain_text, convert_cell, convert_chunks, convert_rows
from bosetting.obligations.data.generate import _allocate
from bosetting.obligations.data.records import MAX_COUNT, Kommune
from bosetting.obligations.data.spec import KOMMUNE_AAR, PERSONER
from bosetting.obligations.data.tables import RawTable, _first_line, read_table, sniff_delimiter

ANMODNING = KOMMUNE_AAR.column("anmodning")
RATE = KOMMUNE_AAR.column("sysselsetting_pct")
KNR = KOMMUNE_AAR.column("kommunenummer")


@given(st.integers(min_value=0, max_value=MAX_COUNT))
def test_a_count_reads_the_same_however_excel_wrote_it(n: int) -> None:
    grouped = f"{n:,}".replace(",", "\u00a0")
    for cell in (str(n), grouped, f" {n} ", n, float(n)):
        assert convert_cell(cell, ANMODNING) == n


@given(st.integers(min_value=MAX_COUNT + 1, max_value=10**40))
def test_an_absurd_count_is_refused_with_the_column_named(n: int) -> None:
    with pytest.raises(CellError, match="above the maximum .* in column 'anmodning'"):
        convert_cell(str(n), ANMODNING)


@pytest.mark.parametrize("digits", [101, 4_301, 50_000])
def test_a_whole_number_of_thousands_of_digits_is_refused_at_its_cell(digits: int) -> None:
    """Python will not read an integer of more than 4,300 digits (it raises ValueError, which was an internal error):
    such a cell, or any of over a hundred digits, is a problem of its cell."""
    with pytest.raises(CellError, match=f"in column 'anmodning' has {digits:,} digits"):
        convert_cell("9" * digits, ANMODNING)


@given(st.decimals(min_value=0, max_value=100, places=1, allow_nan=False))
def test_decimal_comma_and_point_give_the_same_number(value: object) -> None:
    point = str(value)
    assert convert_cell(point, RATE) == convert_cell(point.replace(".", ","), RATE, decimal_comma=True)


@given(st.integers(min_value=1, max_value=999))
def test_a_kommunenummer_without_leading_zeros_suggests_the_padded_one(n: int) -> None:
    with pytest.raises(CellError, match=f"did you mean '{n:04d}'"):
        convert_cell(str(n), KNR)


@given(st.dictionaries(st.text(min_size=1, max_size=4), st.floats(min_value=0.01, max_value=1e6), min_size=1,
                       max_size=50), st.integers(min_value=0, max_value=20), st.integers(min_value=0, max_value=50_000))
def test_allocation_hits_the_total_and_gives_everyone_the_minimum(weights: dict[str, float], minimum: int,
                                                                   extra: int) -> None:
    total = minimum * len(weights) + extra
    counts = _allocate(total, weights, minimum)
    assert sum(counts.values()) == total
    assert set(counts) == set(weights) and min(counts.values()) >= minimum


@given(st.text(alphabet=st.sampled_from(['a', 'ø', ';', ',', '"', ' ', '\n', '\r', '\u2028', '\x0c']), max_size=60),
       st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_csv_rows_are_those_of_the_text_with_one_kind_of_line_end(text: str, encoding: str) -> None:
    """The CSV reader decodes the rows as it reads them, with universal newlines; they must be the rows, with
    their numbers, that the csv module reads from the whole text with '\r\n' and '\r' made '\n' first, as
    the reader once did: or rows would be cut or numbered differently."""
    if encoding == "cp1252":
        # Windows-1252 is taken only for text with Norwegian letters and no control characters
        text = text.replace("\u2028", "").replace("\x0c", "") + "ø"
    raw = text.encode(encoding)
    whole = raw.decode("cp1252" if encoding == "cp1252" else "utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    records = list(csv.reader(io.StringIO(whole), delimiter=sniff_delimiter(_first_line(whole)), strict=False))
    start = next((i for i, record in enumerate(records) if "".join(record).strip()), None)
    if not raw.strip() or start is None:
        with pytest.raises(InputError, match="the file is empty"):
            read_table(Path("t.csv"), "t.csv", raw=raw)
        return
    table = read_table(Path("t.csv"), "t.csv", raw=raw)
    assert table.header == [cell.strip() for cell in records[start]]
    assert list(table.rows) == [(number, record) for number, record in enumerate(records[start + 1:], start=start + 2)
                                if "".join(record).strip()]
    assert _first_line(whole) == whole.lstrip("\n").split("\n", 1)[0]


TEXT = PERSONER.column("record_id")


@given(st.text(alphabet=st.sampled_from(["a", "Ø", " ", "\t", "\n", "\x00", "\x1f", "\x7f", "\x85", "\u202e", "\u2066",
                                         "~", "é"]), max_size=12))
def test_a_text_cell_taken_as_it_is_is_what_the_cell_by_cell_path_gives(cell: str) -> None:
    """The fast path for plain texts (columns._plain_text) gives what _text gives, or leaves the cell to it."""
    unseen = object()
    taken = _plain_text(cell, unseen)
    try:
        expected = convert_cell(cell, TEXT)
    except CellError:
        assert taken is unseen
        return
    assert taken is unseen or taken == expected
    if expected:
        assert taken == expected


# Person cells: texts that convert, and texts and rows that do not (a wrong date, a value not allowed, an empty
# required cell, a text with a control character, a row of the wrong length).
_PERSON_CELLS = {
    "record_id": ["P-1", " P-2 ", "P-Ø", "", "P\x013"],
    "gruppe": ["voksen_uten_barn", "enslig_mindreaarig", "familie_med_barn", "barn"],
    "saerskilte_behov": ["ja", "nei", "kanskje"],
    "tillatelse_dato": ["2026-01-10", "10.01.2026", "2026-02-30"],
    "bosettingsklar_dato": ["2026-01-20", "2026-01-05", " 2026-01-20", ""],
    "bosatt_dato": ["2026-05-02", "", "2026-01-15"],
    "ventested": ["asylmottak", "omsorgssenter", "utlandet"],
    "kommunenummer": ["0301", "", "301", "9999"],
    "bosatt_av": ["IMDi", "Bufetat", ""],
    "overforingsflyktning": ["nei", "ja"],
}
_PERSON_ROW = st.one_of(
    st.tuples(*(st.sampled_from(cells) for cells in _PERSON_CELLS.values())).map(list),
    st.lists(st.sampled_from(["P-9", "ja", "2026-01-10"]), max_size=11))  # most often of the wrong length


@given(st.lists(_PERSON_ROW, max_size=12), st.integers(min_value=1, max_value=5))
def test_rows_converted_in_chunks_are_those_converted_one_by_one(rows: list[list[str]], chunk: int) -> None:
    """columns.convert_chunks, a chunk's columns looked up at once where every cell of them converts, gives the rows
    and the problems of convert_rows, chunk by chunk, however the good and the bad rows fall into chunks."""
    text = "\n".join([",".join(_PERSON_CELLS), *(",".join(cells) for cells in rows)]) + "\n"

    def table() -> RawTable:
        return read_table(Path("personer.csv"), "personer.csv", raw=text.encode())

    by_row, row_problems = convert_rows(table(), PERSONER)
    expected = [(row.number, row.values) for row in by_row]
    chunks, chunk_problems = convert_chunks(table(), PERSONER, rows_per_chunk=chunk)
    got = [(number, {name: values[index] for name, values in c.columns.items()})
           for c in chunks for index, number in enumerate(c.numbers)]
    assert got == expected
    assert sorted(chunk_problems) == sorted(row_problems)


_REGISTER = {"0301": Kommune("0301", "Oslo", "03", "Oslo", 700_000, source="kommuner.csv:row 2")}


@given(st.tuples(st.sampled_from([None, "0301", "4601"]), *(st.sampled_from([date(2026, 1, d) for d in (5, 10, 20)])
                                                              for _ in range(2)),
                 st.sampled_from([None, date(2026, 1, 15), date(2026, 5, 2)]),
                 st.sampled_from(["voksen_uten_barn", "enslig_mindreaarig", "familie_med_barn"]),
                 st.sampled_from(["asylmottak", "omsorgssenter", "utlandet"]),
                 st.sampled_from([None, "IMDi", "Bufetat"]), st.booleans()))
def test_a_person_row_taken_as_it_is_is_one_the_row_checks_find_good(values: tuple[Any, ...]) -> None:
    """readers._plain_persons, which lets most rows of a chunk through without their checks one by one, says a row
    is plain exactly when readers._check_person finds it good with no problem (and no number to map)."""
    row = Row(2, dict(zip(readers._PERSON_CHECKED_NAMES, values, strict=True)))
    checker = readers._TableCheck(RawTable("personer.csv", list(PERSONER.names), []))
    [plain] = readers._plain_persons([[value] for value in values], _REGISTER)
    good, mapped = readers._check_person(checker, row, _REGISTER, None, None, None)
    assert plain == good == (checker.problems == [])
    assert mapped is None
