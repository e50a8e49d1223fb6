"""Spreadsheets from the outside world (issue 13): a malformed workbook is refused naming the file, never an
internal error; a small one that claims a huge sheet or inflates to hundreds of MB is refused before any of
its XML is parsed; Excel's lock file beside a table is skipped with a note.
"""

from __future__ import annotations

import io
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from small_data import write_small_data

from bosetting.engine.problems import InputError
from bosetting.obligations.cli import main
from bosetting.obligations.data.tables import MAX_XLSX_COLUMNS, MAX_XLSX_UNCOMPRESSED_BYTES, read_table

SHEET = "xl/worksheets/sheet1.xml"


def _workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["kommunenummer", "navn", "fylkesnummer", "fylke", "innbyggere", "innbyggere_per"])
    sheet.append(["0301", "Oslo", "03", "Oslo", 717710, "2024-01-01"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _rewritten(raw: bytes, changes: dict[str, bytes | None], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """The workbook with some parts replaced (None: removed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(out, "w", compression) as target:
        for info in source.infolist():
            if info.filename in changes:
                continue
            target.writestr(info.filename, source.read(info.filename))
        for name, content in changes.items():
            if content is not None:
                target.writestr(name, content)
    return out.getvalue()


def _sheet(raw: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return archive.read(SHEET)


def _refused(tmp_path: Path, raw: bytes) -> str:
    path = tmp_path / "kommuner.xlsx"
    path.write_bytes(raw)
    with pytest.raises(InputError) as caught:
        read_table(path, "data/kommuner.xlsx")
    problems = caught.value.problems
    assert len(problems) == 1 and problems[0].file == "data/kommuner.xlsx"
    return problems[0].message


def test_the_valid_workbook_reads(tmp_path: Path) -> None:
    path = tmp_path / "kommuner.xlsx"
    path.write_bytes(_workbook())
    table = read_table(path, "kommuner.xlsx")
    assert table.header[0] == "kommunenummer" and table.rows == [(2, ["0301", "Oslo", "03", "Oslo", 717710,
                                                                       "2024-01-01"])]


def test_a_workbook_without_a_sheet(tmp_path: Path) -> None:
    raw = _workbook()
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
    start, end = workbook.index("<sheets>"), workbook.index("</sheets>") + len("</sheets>")
    no_sheets = workbook[:start] + "<sheets/>" + workbook[end:]
    message = _refused(tmp_path, _rewritten(raw, {"xl/workbook.xml": no_sheets.encode(), SHEET: None}))
    assert "no sheet" in message or "not a readable Excel workbook" in message


def test_a_sheet_whose_xml_is_broken(tmp_path: Path) -> None:
    raw = _workbook()
    broken = _sheet(raw)[:-40]
    assert "not a readable Excel workbook" in _refused(tmp_path, _rewritten(raw, {SHEET: broken}))


def test_styles_openpyxl_cannot_read(tmp_path: Path) -> None:
    raw = _workbook()
    styles = b'<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' \
             b'<cellXfs count="1"><xf numFmtId="not-a-number"/></cellXfs></styleSheet>'
    assert "not a readable Excel workbook" in _refused(tmp_path, _rewritten(raw, {"xl/styles.xml": styles}))


def test_an_xml_entity_bomb_in_a_sheet(tmp_path: Path) -> None:
    raw = _workbook()
    entities = '<!ENTITY e0 "ha">' + "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10))
    bomb = (f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            '<row r="1"><c r="A1" t="inlineStr"><is><t>&e9;</t></is></c></row></sheetData></worksheet>')
    message = _refused(tmp_path, _rewritten(raw, {SHEET: bomb.encode()}))
    assert "not a readable Excel workbook" in message and "EntitiesForbidden" in message  # defusedxml


def test_a_not_a_zip(tmp_path: Path) -> None:
    assert "not a readable Excel workbook" in _refused(tmp_path, b"PK\x03\x04 this is not really a zip file")


TOO_WIDE = f"A1:{openpyxl.utils.get_column_letter(MAX_XLSX_COLUMNS + 1)}2"


@pytest.mark.parametrize("dimension", ["A1:XFD1048576", "A1:N2000000", TOO_WIDE])
def test_a_small_workbook_claiming_a_huge_sheet_is_refused_before_parsing(tmp_path: Path, dimension: str) -> None:
    raw = _workbook()
    sheet = _sheet(raw).decode()
    claimed = sheet.replace("<sheetData>", "<sheetData>", 1)
    if "<dimension" in claimed:
        head, rest = claimed.split("<dimension", 1)
        claimed = head + f'<dimension ref="{dimension}"/>' + rest.split("/>", 1)[1]
    else:
        claimed = claimed.replace("<sheetViews>", f'<dimension ref="{dimension}"/><sheetViews>', 1)
    tracemalloc.start()
    message = _refused(tmp_path, _rewritten(raw, {SHEET: claimed.encode()}))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "the first sheet declares" in message and "the limits are 1048576 rows and 1000 columns" in message
    assert peak < 20_000_000, peak


def test_a_cell_far_to_the_right_is_refused_at_its_row(tmp_path: Path) -> None:
    raw = _workbook()
    sheet = _sheet(raw).decode().replace("</row>", '<c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>', 1)
    message = _refused(tmp_path, _rewritten(raw, {SHEET: _without_dimension(sheet).encode()}))
    assert "row 1 has a cell in column 16384" in message


def _without_dimension(sheet: str) -> str:
    if "<dimension" not in sheet:
        return sheet
    head, rest = sheet.split("<dimension", 1)
    return head + rest.split("/>", 1)[1]


def test_a_zip_bomb_is_refused_from_its_directory(tmp_path: Path) -> None:
    raw = _workbook()
    sheet = _sheet(raw)
    padding = b" " * (MAX_XLSX_UNCOMPRESSED_BYTES + 1)
    bomb = _rewritten(raw, {SHEET: sheet.replace(b"<sheetData>", padding + b"<sheetData>", 1)})
    assert len(bomb) < 1_000_000, "a small file"
    del padding
    tracemalloc.start()
    message = _refused(tmp_path, bomb)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert f"the limit is {MAX_XLSX_UNCOMPRESSED_BYTES} bytes uncompressed" in message
    assert peak < 20_000_000, peak


def test_a_zip_directory_that_understates_a_part_cannot_inflate_it(tmp_path: Path) -> None:
    raw = _workbook()
    sheet = _sheet(raw)
    padded = sheet.replace(b"<sheetData>", b" " * 5_000_000 + b"<sheetData>", 1)
    bomb = bytearray(_rewritten(raw, {SHEET: padded}))
    # Rewrite the sheet's uncompressed size in the central directory (and local header) to 1000 bytes.
    with zipfile.ZipFile(io.BytesIO(bytes(bomb))) as archive:
        info = archive.getinfo(SHEET)
    real = info.file_size.to_bytes(4, "little")
    assert bomb.count(real) >= 1
    bomb = bytearray(bytes(bomb).replace(real, (1000).to_bytes(4, "little")))
    assert "not a readable Excel workbook" in _refused(tmp_path, bytes(bomb))


def test_a_malformed_workbook_in_a_data_folder_exits_1_naming_it(tmp_path: Path) -> None:
    data = write_small_data(tmp_path / "data")
    (data / "kommuner.csv").unlink()
    (data / "kommuner.xlsx").write_bytes(_rewritten(_workbook(), {SHEET: b"<worksheet>"}))
    result = CliRunner().invoke(main, ["data", "check", str(data)])
    assert result.exit_code == 1, result.output
    assert "data/kommuner.xlsx: error: the file is not a readable Excel workbook" in result.output
    assert "Internal error" not in result.output


def test_excels_lock_file_beside_a_table_is_skipped_with_a_note(tmp_path: Path) -> None:
    data = write_small_data(tmp_path / "data")
    (data / "2026" / "~$personer.xlsx").write_bytes(b"\x00" * 165)
    (data / "~$kommuner.xlsx").write_bytes(b"\x00" * 165)
    result = CliRunner().invoke(main, ["data", "check", str(data)])
    assert result.exit_code == 0, result.output
    assert "data/2026/~$personer.xlsx: warning: skipped: Excel's lock file, there while personer.xlsx is open" \
           in result.output
    assert "data/~$kommuner.xlsx: warning: skipped" in result.output
    review = CliRunner().invoke(main, ["review", "--year", "2026", "--data", str(data), "--out",
                                       str(tmp_path / "r")])
    assert review.exit_code == 0, review.output
    assert "~$personer.xlsx" in review.output
    assert "~$" not in (tmp_path / "r" / "findings.json").read_text(encoding="utf-8"), "it is not an input"
