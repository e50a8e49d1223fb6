"""Filling a referat template as a secretariat would, with python-docx: for the round-trip tests and the demo.

It writes into the template's empty cells and adds table rows by copying the last one, as
Word's and LibreOffice's "insert row below" do, and writes dates the way people write them.
"""

from __future__ import annotations

import copy
import io
from datetime import date

from docx import Document
from docx.table import Table, _Cell

from bosetting.engine.render import format_date
from bosetting.obligations.data.records import Referat
from bosetting.obligations.referat.labels import is_label, label

FOLLOW_UP_COLUMNS = 4


def _cells(table: Table, row: int) -> list[_Cell]:
    return [_Cell(tc, table) for tc in table._tbl.tr_lst[row].tc_lst]


def _set(cell: _Cell, text: str) -> None:
    paragraphs = cell.paragraphs
    paragraphs[0].clear()
    for extra in paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    lines = text.split("\n")
    paragraphs[0].add_run(lines[0])
    for line in lines[1:]:
        cell.add_paragraph(line)


def _add_row_after(table: Table, row: int) -> None:
    """A copy of row `row`, emptied, right after it."""
    tr = table._tbl.tr_lst[row]
    new = copy.deepcopy(tr)
    tr.addnext(new)
    for cell in _cells(table, row + 1):
        _set(cell, "")


def written_date(day: date, style: int) -> str:
    """Dates as people write them, in turn: 30. juni 2027, 30.06.2027, 2027-06-30."""
    return (format_date(day, "nb"), day.strftime("%d.%m.%Y"), day.isoformat())[style % 3]


def _first_text(table: Table) -> str:
    return _cells(table, 0)[0].text.strip()


def fill_template(template: bytes, referat: Referat) -> bytes:
    """The template with the referat's meeting, points, reports and statements written into its fields."""
    doc = Document(io.BytesIO(template))
    tables = list(doc.tables)
    meeting = next(t for t in tables if is_label(_first_text(t), "meeting_date"))
    assert referat.moete_dato is not None
    _set(_cells(meeting, 0)[1], referat.moete_dato.strftime("%d.%m.%Y"))
    participants = next(t for t in tables if is_label(_first_text(t), "participant_name"))
    for index, person in enumerate(referat.deltakere, start=1):
        if index >= len(participants._tbl.tr_lst):
            _add_row_after(participants, index - 1)
        cells = _cells(participants, index)
        _set(cells[0], person.navn)
        _set(cells[1], person.virksomhet)
    by_id = {_first_text(t): t for t in tables}
    style = 0
    for point in referat.punkter:
        table = by_id[point.punkt]
        rows = len(table._tbl.tr_lst)
        follow_header = next(i for i in range(rows) if is_label(_cells(table, i)[0].text, "follow_up"))
        for index in range(1, follow_header):
            cells = _cells(table, index)
            head = cells[0].text.strip()
            if is_label(head, "agreed") and point.omforent_vurdering:
                _set(cells[1], point.omforent_vurdering)
            remark = next((r for r in point.merknader if r.part == head), None)
            if remark is not None:
                _set(cells[1], remark.tekst)
                _set(cells[2], "ja" if remark.dissens else "nei")
        for offset, follow_up in enumerate(point.oppfolging, start=1):
            row = follow_header + offset
            if row >= len(table._tbl.tr_lst):
                _add_row_after(table, row - 1)
            cells = _cells(table, row)
            _set(cells[1], follow_up.tiltak)
            _set(cells[2], follow_up.ansvarlig)
            _set(cells[3], written_date(follow_up.frist, style))
            style += 1
    if referat.rapporter:
        previous = next(t for t in tables if is_label(_first_text(t), "previous_id"))
        reports = {r.oppfolging: r for r in referat.rapporter}
        for index in range(1, len(previous._tbl.tr_lst)):
            cells = _cells(previous, index)
            report = reports.get(cells[0].text.strip())
            if report is None:
                continue
            _set(cells[2], "ja" if report.utfort else "nei")
            _set(cells[3], written_date(report.dato, style) if report.dato else "")
            _set(cells[4], report.merknad or "")
            style += 1
    if referat.erklaeringer:
        statements = next(t for t in tables if is_label(_first_text(t), "statement_kind"))
        lang = "en" if _first_text(statements) == "Concerns" else "nb"
        for index, statement in enumerate(referat.erklaeringer, start=1):
            if index >= len(statements._tbl.tr_lst):
                _add_row_after(statements, index - 1)
            cells = _cells(statements, index)
            _set(cells[0], label(f"statement_{statement.gjelder}", lang))
            _set(cells[1], statement.part)
            _set(cells[2], written_date(statement.dato, style))
            _set(cells[3], statement.tekst)
            style += 1
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
