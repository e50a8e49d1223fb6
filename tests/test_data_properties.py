"""Property tests for the small pure pieces: cell conversion and the generator's allocation."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bosetting.obligations.data.columns import CellError, convert_cell
from bosetting.obligations.data.generate import _allocate
from bosetting.obligations.data.records import MAX_COUNT
from bosetting.obligations.data.spec import KOMMUNE_AAR
from bosetting.obligations.data.tables import _first_line, _lines

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


@given(st.text(alphabet=st.sampled_from(['a', 'ø', ';', ',', '"', ' ', '\n', '\r', '\u2028', '\x0c']), max_size=60))
def test_csv_lines_are_those_a_text_stream_gives(text: str) -> None:
    """The CSV reader is fed lines from the decoded text without copying it; they must be the lines (and the
    first line, for the separator) that io.StringIO and str.split gave, or rows would be cut differently."""
    assert list(_lines(text)) == list(io.StringIO(text))
    assert _first_line(text) == text.lstrip("\n").split("\n", 1)[0]
