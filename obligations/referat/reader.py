"""Reading a filled referat template (DOCX) back into a Referat.

Each table is recognised by its first cell: a bookmark the template put there, or else its text
(a point id, or a label such as "Dato for møtet"). Each field is found by the label in the first
column of its row, so a secretariat may add rows (participants, follow-ups) and write in either
language. Every field that cannot be read is a problem naming the point, the field, and the table
and row in the document as a reader counts them (both from 1); nothing is guessed.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table, _Cell

from bosetting.engine.problems import InputError, Problem
from bosetting.obligations.data.records import (
    FollowUp,
    FollowUpReport,
    Participant,
    PartyRemark,
    PartyStatement,
    Referat,
    ReferatPoint,
)
from bosetting.obligations.data.spec import ERKLAERINGER, OPPFOLGING_ANSVARLIGE, PARTER, REFERAT_PUNKTER
from bosetting.obligations.referat.labels import (
    BOOKMARK_PREFIX,
    LABELS,
    MEETING_BOOKMARK,
    META_BOOKMARK,
    PARTICIPANTS_BOOKMARK,
    PREVIOUS_BOOKMARK,
    STATEMENTS_BOOKMARK,
    is_label,
    normalise,
    parse_date,
    parse_yes_no,
    point_bookmark,
)

MAX_DOCX_BYTES = 50 * 1024 * 1024
_POINT_BY_BOOKMARK = {point_bookmark(p): p for p in REFERAT_PUNKTER}
_POINT_BY_TEXT = {normalise(p): p for p in REFERAT_PUNKTER}
_OWNERS = {normalise(o): o for o in OPPFOLGING_ANSVARLIGE}


def _text(cell: _Cell) -> str:
    lines = [p.text.replace("\u00a0", " ").rstrip() for p in cell.paragraphs]
    return "\n".join(lines).strip()


def _cells(table: Table, row_index: int) -> list[_Cell]:
    """The row's own cells, each once: a cell merged across columns is one cell, as the reader sees it."""
    tr = table._tbl.tr_lst[row_index]
    return [_Cell(tc, table) for tc in tr.tc_lst]


def _bookmarks(cell: _Cell) -> list[str]:
    return [b.get(qn("w:name"), "") for b in cell._tc.iter(qn("w:bookmarkStart"))]


@dataclass
class _Reading:
    file: str
    lang: str = "nb"  # the template's language, from its first table: fields are named as the document names them
    problems: list[Problem] = field(default_factory=list)

    def label(self, key: str) -> str:
        return LABELS[key][self.lang]

    def problem(self, table: int, row: int | None, message: str, point: str | None = None,
                field_name: str | None = None) -> None:
        where = f"table {table}" + (f", row {row}" if row is not None else "")
        subject = ", ".join(x for x in (f"point {point}" if point else "", f"field '{field_name}'" if field_name
                                        else "") if x)
        self.problems.append(Problem(self.file, message=f"{subject + ' ' if subject else ''}({where}): {message}",
                                     column_name=field_name))


@dataclass
class _Collected:
    year: int | None = None
    synthetic: bool = False
    meta_seen: bool = False
    meeting_day: date | None = None
    meeting_seen: bool = False
    participants: list[Participant] = field(default_factory=list)
    points: list[ReferatPoint] = field(default_factory=list)
    reports: list[FollowUpReport] = field(default_factory=list)
    statements: list[PartyStatement] = field(default_factory=list)


def _table_kind(table: Table) -> tuple[str, str | None]:
    """What a table is: ('meta'|'meeting'|'participants'|'statements'|'previous'|'point'|'unknown', point id)."""
    if not table._tbl.tr_lst:
        return "unknown", None
    cells = _cells(table, 0)
    if not cells:
        return "unknown", None
    first = cells[0]
    marks = [b for b in _bookmarks(first) if b.startswith(BOOKMARK_PREFIX)]
    for mark in marks:
        if mark == META_BOOKMARK:
            return "meta", None
        if mark == MEETING_BOOKMARK:
            return "meeting", None
        if mark == PARTICIPANTS_BOOKMARK:
            return "participants", None
        if mark == PREVIOUS_BOOKMARK:
            return "previous", None
        if mark == STATEMENTS_BOOKMARK:
            return "statements", None
        if mark in _POINT_BY_BOOKMARK:
            return "point", _POINT_BY_BOOKMARK[mark]
    text = _text(first)
    if is_label(text, "meta_document"):
        return "meta", None
    if is_label(text, "meeting_date"):
        return "meeting", None
    if is_label(text, "participant_name"):
        return "participants", None
    if is_label(text, "previous_id"):
        return "previous", None
    if is_label(text, "statement_kind"):
        return "statements", None
    if normalise(text) in _POINT_BY_TEXT:
        return "point", _POINT_BY_TEXT[normalise(text)]
    if any(is_label(_text(_cells(table, i)[0]), "agreed") for i in range(len(table._tbl.tr_lst))
           if _cells(table, i)):
        return "point", None
    return "unknown", None


def _read_meta(table: Table, number: int, reading: _Reading, out: _Collected) -> None:
    out.meta_seen = True
    reading.lang = "en" if normalise(_text(_cells(table, 0)[0])) == normalise(LABELS["meta_document"]["en"]) else "nb"
    for index in range(len(table._tbl.tr_lst)):
        cells = _cells(table, index)
        if len(cells) < 2:
            continue
        key, value = _text(cells[0]), _text(cells[1])
        if is_label(key, "meta_year"):
            if not value.isdigit() or len(value) != 4:
                reading.problem(number, index + 1, f"'{value}' is not a year", field_name=key)
            else:
                out.year = int(value)
        elif is_label(key, "meta_synthetic"):
            try:
                out.synthetic = bool(parse_yes_no(value))
            except ValueError as exc:
                reading.problem(number, index + 1, str(exc), field_name=key)


def _read_meeting(table: Table, number: int, reading: _Reading, out: _Collected) -> None:
    out.meeting_seen = True
    for index in range(len(table._tbl.tr_lst)):
        cells = _cells(table, index)
        if len(cells) < 2 or not is_label(_text(cells[0]), "meeting_date"):
            continue
        value = _text(cells[1])
        if not value:
            reading.problem(number, index + 1, "the date of the meeting is empty", field_name=_text(cells[0]))
            return
        try:
            out.meeting_day = parse_date(value)
        except ValueError as exc:
            reading.problem(number, index + 1, str(exc), field_name=_text(cells[0]))


def _read_participants(table: Table, number: int, reading: _Reading, out: _Collected) -> None:
    for index in range(1, len(table._tbl.tr_lst)):
        cells = _cells(table, index)
        values = [_text(c) for c in cells]
        if not any(values):
            continue
        if len(values) < 2 or not values[0] or not values[1]:
            missing = "participant_org" if values and values[0] else "participant_name"
            reading.problem(number, index + 1, "a participant needs both a name and the party or organisation",
                            field_name=reading.label(missing))
            continue
        out.participants.append(Participant(values[0], values[1]))


def _read_statements(table: Table, number: int, reading: _Reading, out: _Collected) -> None:
    """The parties' statements under "Varighet og oppsigelse", one a row: kind, party, date, what was stated."""
    kinds = {normalise(text): kind for kind in ERKLAERINGER for text in LABELS[f"statement_{kind}"].values()}
    for index in range(1, len(table._tbl.tr_lst)):
        values = [*(_text(c) for c in _cells(table, index)), "", "", "", ""][:4]
        if not any(values):
            continue
        kind_text, party_text, day_text, text = values
        failed = False
        for value, key in zip(values, ("statement_kind", "statement_party", "statement_date", "statement_text"),
                              strict=True):
            if not value:
                reading.problem(number, index + 1, "empty: a statement needs what it concerns, the party, the date "
                                "and what the party stated", field_name=reading.label(key))
                failed = True
        kind = kinds.get(normalise(kind_text))
        if kind_text and kind is None:
            known = ", ".join(reading.label(f"statement_{k}") for k in ERKLAERINGER)
            reading.problem(number, index + 1, f"'{kind_text}' is not a statement the agreement names: write one of "
                            f"{known}", field_name=reading.label("statement_kind"))
            failed = True
        party = _party(party_text) if party_text else None
        if party_text and party is None:
            reading.problem(number, index + 1, f"unknown party '{party_text}': the parties are {', '.join(PARTER)}",
                            field_name=reading.label("statement_party"))
            failed = True
        day = None
        if day_text:
            try:
                day = parse_date(day_text)
            except ValueError as exc:
                reading.problem(number, index + 1, str(exc), field_name=reading.label("statement_date"))
                failed = True
        if failed or kind is None or party is None or day is None:
            continue
        out.statements.append(PartyStatement(kind, party, day, text))


def _party(text: str) -> str | None:
    """The party abbreviation a remarks row starts with: 'AID (Arbeids- og ...)' is AID."""
    head = text.split("(")[0].strip()
    return next((p for p in PARTER if normalise(p) == normalise(head)), None)


def _read_point(table: Table, number: int, point: str | None, year: int | None, reading: _Reading,
                out: _Collected) -> None:
    rows = len(table._tbl.tr_lst)
    header = _cells(table, 0)
    title = _text(header[1]) if len(header) > 1 else ""
    if point is None:
        shown = f" ('{title}')" if title else ""
        reading.problem(number, 1, f"the point id is missing{shown}: the first cell of the table's first row must "
                        "hold the point's number, such as 1.2 or hovedmaal-1", field_name=reading.label("point"))
        return
    if any(p.punkt == point for p in out.points):
        reading.problem(number, 1, f"a second table for point {point}: each point has one table", point,
                        reading.label("point"))
        return
    before = len(reading.problems)
    agreed: str | None = None
    remarks: list[PartyRemark] = []
    follow_rows: list[tuple[int, str, str, str]] = []
    section = ""
    for index in range(1, rows):
        cells = _cells(table, index)
        values = [_text(c) for c in cells]
        if not values:
            continue
        head = values[0]
        if section != "follow_up" and is_label(head, "basis"):
            continue
        if section != "follow_up" and is_label(head, "agreed"):
            agreed = "\n".join(v for v in values[1:] if v) or None
            continue
        if is_label(head, "remarks"):
            section = "remarks"
            continue
        if is_label(head, "follow_up"):
            section = "follow_up"
            continue
        if section == "remarks":
            party = _party(head)
            if party is None:
                if not any(values):
                    continue
                reading.problem(number, index + 1, f"unknown party '{head}': the parties are {', '.join(PARTER)}",
                                point, reading.label("remarks"))
                continue
            text = values[1] if len(values) > 1 else ""
            dissent_text = values[2] if len(values) > 2 else ""
            try:
                dissent = parse_yes_no(dissent_text)
            except ValueError as exc:
                reading.problem(number, index + 1, str(exc), point, reading.label("dissent"))
                continue
            if not text:
                if dissent:
                    reading.problem(number, index + 1, f"{party} dissents but the remark is empty: say what the "
                                    "dissent is", point, reading.label("remark_text"))
                continue
            if any(r.part == party for r in remarks):
                reading.problem(number, index + 1, f"a second row for {party}: write one remark per party", point,
                                reading.label("remarks"))
                continue
            remarks.append(PartyRemark(party, text, bool(dissent)))
        elif section == "follow_up":
            if any(values[1:]):
                padded = [*values[1:], "", "", ""][:3]
                follow_rows.append((index + 1, padded[0], padded[1], padded[2]))
        elif any(values):
            reading.problem(number, index + 1, f"unexpected row '{head}': the rows of a point are those of the "
                            "template", point)
    follow_ups = _follow_ups(follow_rows, number, point, year, reading)
    if len(reading.problems) != before:
        return
    if agreed is None and not remarks and not follow_ups:
        return  # the point was not minuted
    out.points.append(ReferatPoint(point, agreed, tuple(remarks), tuple(follow_ups)))


def _follow_ups(rows: list[tuple[int, str, str, str]], number: int, point: str, year: int | None,
                reading: _Reading) -> list[FollowUp]:
    follow_ups = []
    for position, (row, text, owner_text, deadline_text) in enumerate(rows, start=1):
        failed = False
        for value, key in ((text, "follow_up_text"), (owner_text, "owner"), (deadline_text, "deadline")):
            if not value:
                reading.problem(number, row, "empty: a follow-up needs what is to be done, an owner and a deadline",
                                point, reading.label(key))
                failed = True
        owner = _OWNERS.get(normalise(owner_text))
        if owner_text and owner is None:
            reading.problem(number, row, f"unknown owner '{owner_text}': write one of "
                            f"{', '.join(OPPFOLGING_ANSVARLIGE)}", point, reading.label("owner"))
            failed = True
        deadline = None
        if deadline_text:
            try:
                deadline = parse_date(deadline_text)
            except ValueError as exc:
                reading.problem(number, row, str(exc), point, reading.label("deadline"))
                failed = True
        if failed or owner is None or deadline is None:
            continue
        follow_ups.append(FollowUp(f"{year or 0}-{point}-{position}", point, text, owner, deadline))
    return follow_ups


def _read_previous(table: Table, number: int, reading: _Reading, out: _Collected) -> None:
    for index in range(1, len(table._tbl.tr_lst)):
        values = [_text(c) for c in _cells(table, index)]
        values = [*values, "", "", "", "", ""][:5]
        follow_id, _what, done_text, day_text, note = values
        if not follow_id:
            if any(values):
                reading.problem(number, index + 1, "the follow-up's id is empty",
                                field_name=reading.label("previous_id"))
            continue
        try:
            done = parse_yes_no(done_text)
        except ValueError as exc:
            reading.problem(number, index + 1, f"follow-up {follow_id}: {exc}",
                            field_name=reading.label("previous_done"))
            continue
        day = None
        if day_text:
            try:
                day = parse_date(day_text)
            except ValueError as exc:
                reading.problem(number, index + 1, f"follow-up {follow_id}: {exc}",
                                field_name=reading.label("previous_date"))
                continue
        if done is None:
            if day_text or note:
                reading.problem(number, index + 1, f"follow-up {follow_id}: a date or note is given but not whether "
                                "it was reported done (ja or nei)", field_name=reading.label("previous_done"))
            continue
        out.reports.append(FollowUpReport(follow_id, done, day, note or None))


def _open(path: Path, display: str) -> DocxDocument:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError([Problem(display, message=f"cannot read the file: {exc.strerror}")]) from None
    if size > MAX_DOCX_BYTES:
        raise InputError([Problem(display, message=f"the file is {size} bytes; a referat is at most "
                                                   f"{MAX_DOCX_BYTES} bytes")])
    raw = path.read_bytes()
    try:
        return Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        hint = " (a .doc or .odt file must be saved as Word .docx first)" if not raw.startswith(b"PK") else ""
        raise InputError([Problem(display, message=f"not a Word document (.docx){hint}: {exc}")]) from None


def read_referat_docx(path: Path, display: str, year: int | None = None) -> Referat:
    """The Referat a filled template holds; InputError listing every field that cannot be read."""
    doc = _open(path, display)
    reading = _Reading(display)
    out = _Collected()
    tables = list(doc.tables)
    kinds = [_table_kind(t) for t in tables]
    for number, (table, (kind, _)) in enumerate(zip(tables, kinds, strict=True), start=1):
        if kind == "meta":
            _read_meta(table, number, reading, out)
    if year is not None and out.year is not None and out.year != year:
        reading.problems.append(Problem(display, message=f"the document is the referat for {out.year}, "
                                        f"not {year} (--year)"))
    year = year or out.year
    if year is None:
        reading.problems.append(Problem(display, message="the year reviewed is not given: the table 'Om dokumentet' "
                                        "with 'År som gjennomgås' is missing; give --year"))
    for number, (table, (kind, point)) in enumerate(zip(tables, kinds, strict=True), start=1):
        if kind == "meeting":
            _read_meeting(table, number, reading, out)
        elif kind == "participants":
            _read_participants(table, number, reading, out)
        elif kind == "previous":
            _read_previous(table, number, reading, out)
        elif kind == "statements":
            _read_statements(table, number, reading, out)
        elif kind == "point":
            _read_point(table, number, point, year, reading, out)
        elif kind == "unknown":
            first = _text(_cells(table, 0)[0]) if table._tbl.tr_lst and _cells(table, 0) else ""
            reading.problem(number, 1, f"not a table of the referat template (it starts with '{first[:40]}'): "
                            "remove it, or write its content in the fields of a point")
    if not out.meeting_seen:
        reading.problems.append(Problem(display, message=f"the table with '{reading.label('meeting_date')}' is "
                                        "missing"))
    if out.meeting_day is not None and not out.participants:
        reading.problems.append(Problem(display, message="no participants are given in the table "
                                        f"'{reading.label('participants')}'"))
    if reading.problems:
        raise InputError(reading.problems)
    assert year is not None
    return Referat(year, out.meeting_day, tuple(out.participants), tuple(out.points), tuple(out.reports),
                   out.synthetic, display, tuple(out.statements))
