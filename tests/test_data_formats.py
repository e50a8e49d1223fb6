"""The same tables saved as Norwegian Excel would (',' or ';' CSV, UTF-8 or Windows-1252, XLSX) give the same facts."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from bosetting.engine.facts import Scalar, Subject
from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.data.facts import kommune_year_facts
from bosetting.obligations.data.readers import read_kommuner
from bosetting.obligations.data.tables import decode_csv_bytes, read_table, sniff_delimiter

FORMATS = Path(__file__).parent / "fixtures" / "data" / "formats"


def _as_typed_cell(text: str) -> object:
    """What Excel stores when a user types the value: numbers as numbers, kommunenummer kept as text."""
    if not text:
        return None
    if text.startswith("0") and text.isdigit():
        return text  # the column is formatted as text, as docs/data.md asks
    if text.isdigit():
        return int(text)
    try:
        return float(text)
    except ValueError:
        return text


def _csv_to_xlsx(source: Path, target: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    lines = source.read_text(encoding="utf-8").splitlines()
    sheet.append(lines[0].split(","))
    for line in lines[1:]:
        sheet.append([_as_typed_cell(cell) for cell in line.split(",")])
    workbook.save(target)


@pytest.fixture
def xlsx_dir(tmp_path: Path) -> Path:
    """The utf8_comma fixture converted to XLSX workbooks, as an agency exporting from Excel would hand them in."""
    source = FORMATS / "utf8_comma"
    target = tmp_path / "xlsx"
    (target / "2026").mkdir(parents=True)
    _csv_to_xlsx(source / "kommuner.csv", target / "kommuner.xlsx")
    _csv_to_xlsx(source / "2026" / "kommune_aar.csv", target / "2026" / "kommune_aar.xlsx")
    shutil.copy(source / "2026" / "nasjonalt.yaml", target / "2026" / "nasjonalt.yaml")
    return target


def _facts_without_paths(data_dir: Path) -> list[tuple[Subject, str, dict[str, Scalar], dict[str, str]]]:
    """Facts with sources reduced to their row numbers: the file names differ by format, the rows must not."""
    facts = kommune_year_facts(load_dataset(data_dir), 2026)
    return [(f.subject, f.period, f.values, {k: v.rpartition(":")[2] for k, v in f.sources.items()}) for f in facts]


def test_utf8_comma_cp1252_semicolon_and_xlsx_give_identical_facts(xlsx_dir: Path) -> None:
    utf8 = _facts_without_paths(FORMATS / "utf8_comma")
    assert _facts_without_paths(FORMATS / "cp1252_semicolon") == utf8
    assert _facts_without_paths(xlsx_dir) == utf8
    oslo = utf8[0]
    assert oslo[2]["innbyggere"] == 717710 and oslo[2]["sysselsetting_pct"] == 73.8
    assert isinstance(oslo[2]["anmodning"], int) and isinstance(oslo[2]["sekundarflytting_pct"], float)


def test_cp1252_fixture_really_is_windows_1252_with_decimal_comma() -> None:
    raw = (FORMATS / "cp1252_semicolon" / "kommuner.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text, encoding = decode_csv_bytes(raw, "kommuner.csv")
    assert encoding == "cp1252" and "Bodø" in text and "Tromsø" in text
    table = read_table(FORMATS / "cp1252_semicolon" / "2026" / "kommune_aar.csv", "kommune_aar.csv")
    assert table.decimal_comma and next(iter(table.rows))[1][7] == "73,8"


def test_utf8_with_bom_and_semicolon_reads_the_same(tmp_path: Path) -> None:
    target = tmp_path / "bom"
    shutil.copytree(FORMATS / "cp1252_semicolon", target)
    for name in ("kommuner.csv", "2026/kommune_aar.csv"):
        path = target / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().decode("cp1252").encode("utf-8"))
    assert _facts_without_paths(target) == _facts_without_paths(FORMATS / "utf8_comma")


@pytest.mark.parametrize(("header", "expected"), [
    ("kommunenummer;navn;innbyggere", ";"),
    ("kommunenummer,navn,innbyggere", ","),
    ("kommunenummer\tnavn", "\t"),
    ("kommunenummer", ","),
])
def test_separator_is_sniffed_from_the_header(header: str, expected: str) -> None:
    assert sniff_delimiter(header) == expected


def test_xlsx_problems_name_the_excel_row_and_column(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["kommunenummer", "navn", "fylkesnummer", "fylke", "innbyggere", "innbyggere_per"])
    sheet.append(["1103", "Stavanger", "11", "Rogaland", 149048, None])
    sheet.append([301, "Oslo", 3, "Oslo", 717710.0, None])  # a column Excel formatted as numbers
    sheet.append(["1804", "Bodø", "18", "Nordland", 53712.5, None])
    path = tmp_path / "kommuner.xlsx"
    workbook.save(path)
    register, problems = read_kommuner(path, "kommuner.xlsx")
    assert list(register) == ["1103"]
    assert [(p.row, p.column_name) for p in problems] == [(3, "kommunenummer"), (3, "fylkesnummer"),
                                                           (4, "innbyggere")]
    assert "did you mean '0301'?" in problems[0].message and "did you mean '03'?" in problems[1].message
    assert "53712.5 in column 'innbyggere' is not a whole number" in problems[2].message
