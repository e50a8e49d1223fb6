"""referat-mal-<year>.docx: the template the secretariat fills in during or after the konsultasjonsmøte.

One table per goal and obligation: the point id in the first cell (and a bookmark around it), the
tool's basis in one line, and empty fields for the agreed assessment, each party's remark or
dissent, and follow-ups with owner and deadline. The layout is described in `labels`, which the
reader (`reader.py`) uses too. The file is the same bytes for the same inputs: fixed document
properties and fixed timestamps inside the zip.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell

from engine.render import format_date
from obligations.data.records import FollowUp, FollowUpReport
from obligations.data.spec import OPPFOLGING_ANSVARLIGE, PARTER
from obligations.referat.labels import (
    MEETING_BOOKMARK,
    META_BOOKMARK,
    PARTICIPANTS_BOOKMARK,
    PARTY_NAMES,
    PREVIOUS_BOOKMARK,
    TEMPLATE_VERSION,
    label,
    point_bookmark,
)

# A4 portrait with 2 cm margins leaves 17 cm: label, text, owner, deadline.
WIDTHS = (Cm(3.2), Cm(8.3), Cm(3.0), Cm(2.5))
PREVIOUS_WIDTHS = (Cm(2.4), Cm(5.6), Cm(2.8), Cm(2.6), Cm(3.6))
HEADER_FILL = "DCE6F0"
BASIS_FILL = "F2F2F2"
EMPTY_FOLLOW_UP_ROWS = 2
EMPTY_PARTICIPANT_ROWS = 8
# Zip entries and document properties carry this fixed time, so that the same inputs give the same bytes.
FIXED_TIME = (2000, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class TemplatePoint:
    """One goal or obligation as the template shows it."""

    id: str
    title: str
    section: str  # "goals" or "obligations"
    group: str  # the party a provision binds (empty for goals)
    basis: str  # the tool's basis in one line: status word and one-line explanation


@dataclass(frozen=True)
class PreviousFollowUp:
    """A follow-up of the previous year's referat, and the report already recorded on it, if any."""

    follow_up: FollowUp
    report: FollowUpReport | None


def _shade(cell: _Cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _write(cell: _Cell, text: str, bold: bool = False, fill: str | None = None) -> None:
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(text)
    run.bold = bold
    if fill:
        _shade(cell, fill)


def _repeat_header(table: Table) -> None:
    properties = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


class _Writer:
    def __init__(self, lang: str):
        self.lang = lang
        self.doc: DocxDocument = Document()
        self.bookmark_id = 0
        self._setup()

    def _setup(self) -> None:
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(2.0))
        style = self.doc.styles["Normal"]
        style.font.name = "Calibri"
        style.font.size = Pt(10)
        # Spelling and hyphenation in the document's language.
        defaults = self.doc.styles.element.find(qn("w:docDefaults"))
        run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if defaults is not None else None
        if run_defaults is not None:
            language = run_defaults.find(qn("w:lang"))
            if language is None:
                language = OxmlElement("w:lang")
                run_defaults.append(language)
            language.set(qn("w:val"), "nb-NO" if self.lang == "nb" else "en-GB")

    def bookmark(self, cell: _Cell, name: str) -> None:
        """A bookmark around the cell's first paragraph: Word and LibreOffice both keep it through an edit."""
        self.bookmark_id += 1
        paragraph = cell.paragraphs[0]._p
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self.bookmark_id))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self.bookmark_id))
        properties = paragraph.find(qn("w:pPr"))
        if properties is not None:
            properties.addnext(start)
        else:
            paragraph.insert(0, start)
        paragraph.append(end)

    def table(self, rows: int, widths: Sequence[Cm]) -> Table:
        table = self.doc.add_table(rows=rows, cols=len(widths))
        table.style = "Table Grid"
        table.autofit = False
        # LibreOffice takes the widths from the grid, Word from the cells: set both.
        for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
            column.w = width
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = width
        return table

    def keep_together(self, table: Table) -> None:
        """A point's table on one page: rows do not split and each row keeps with the next."""
        for index, row in enumerate(table.rows):
            properties = row._tr.get_or_add_trPr()
            properties.append(OxmlElement("w:cantSplit"))
            if index < len(table.rows) - 1:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        paragraph.paragraph_format.keep_with_next = True

    def paragraph_after_table(self) -> None:
        # Two tables with nothing between them are merged into one by Word and LibreOffice.
        self.doc.add_paragraph()


def _meta(writer: _Writer, year: int, synthetic: bool) -> None:
    lang = writer.lang
    table = writer.table(3, (Cm(5.0), Cm(12.0)))
    rows = [(label("meta_document", lang), label("meta_document_value", lang, version=TEMPLATE_VERSION)),
            (label("meta_year", lang), str(year)),
            (label("meta_synthetic", lang), label("yes" if synthetic else "no", lang))]
    for row, (key, value) in zip(table.rows, rows, strict=True):
        _write(row.cells[0], key, bold=True, fill=HEADER_FILL)
        _write(row.cells[1], value)
    writer.bookmark(table.rows[0].cells[0], META_BOOKMARK)
    writer.paragraph_after_table()


def _meeting(writer: _Writer) -> None:
    lang = writer.lang
    writer.doc.add_heading(label("meeting", lang), level=1)
    table = writer.table(1, (Cm(5.0), Cm(12.0)))
    _write(table.rows[0].cells[0], label("meeting_date", lang), bold=True, fill=HEADER_FILL)
    writer.bookmark(table.rows[0].cells[0], MEETING_BOOKMARK)
    writer.paragraph_after_table()
    writer.doc.add_heading(label("participants", lang), level=2)
    table = writer.table(1 + EMPTY_PARTICIPANT_ROWS, (Cm(8.5), Cm(8.5)))
    _write(table.rows[0].cells[0], label("participant_name", lang), bold=True, fill=HEADER_FILL)
    _write(table.rows[0].cells[1], label("participant_org", lang), bold=True, fill=HEADER_FILL)
    _repeat_header(table)
    writer.bookmark(table.rows[0].cells[0], PARTICIPANTS_BOOKMARK)
    writer.paragraph_after_table()


def _point(writer: _Writer, point: TemplatePoint) -> None:
    lang = writer.lang
    # A goal's title names it («Hovedmål 1: …»); its id (hovedmaal-1) is only the key in the table's first cell.
    heading = f"{point.id} {point.title}" if point.id[:1].isdigit() else point.title
    writer.doc.add_heading(heading, level=3 if point.group else 2)
    rows = 3 + 1 + len(PARTER) + 1 + EMPTY_FOLLOW_UP_ROWS
    table = writer.table(rows, WIDTHS)
    cells = [row.cells for row in table.rows]
    _write(cells[0][0], point.id, bold=True, fill=HEADER_FILL)
    writer.bookmark(cells[0][0], point_bookmark(point.id))
    _write(cells[0][1].merge(cells[0][3]), point.title, bold=True, fill=HEADER_FILL)
    _write(cells[1][0], label("basis", lang), bold=True, fill=BASIS_FILL)
    _write(cells[1][1].merge(cells[1][3]), point.basis, fill=BASIS_FILL)
    _write(cells[2][0], label("agreed", lang), bold=True)
    cells[2][1].merge(cells[2][3])
    _write(cells[3][0], label("remarks", lang), bold=True, fill=HEADER_FILL)
    _write(cells[3][1].merge(cells[3][2]), label("remark_text", lang), bold=True, fill=HEADER_FILL)
    _write(cells[3][3], label("dissent", lang), bold=True, fill=HEADER_FILL)
    for offset, party in enumerate(PARTER):
        row = cells[4 + offset]
        _write(row[0], party, bold=True)
        row[1].merge(row[2])
    follow_header = cells[4 + len(PARTER)]
    for cell, key in zip(follow_header, ("follow_up", "follow_up_text", "owner", "deadline"), strict=True):
        _write(cell, label(key, lang), bold=True, fill=HEADER_FILL)
    writer.keep_together(table)
    writer.paragraph_after_table()


def _previous(writer: _Writer, previous_year: int, previous: Sequence[PreviousFollowUp]) -> None:
    lang = writer.lang
    writer.doc.add_heading(label("previous", lang, year=previous_year), level=1)
    writer.doc.add_paragraph(label("previous_intro", lang))
    table = writer.table(1 + len(previous), PREVIOUS_WIDTHS)
    keys = ("previous_id", "previous_what", "previous_done", "previous_date", "previous_note")
    for cell, key in zip(table.rows[0].cells, keys, strict=True):
        _write(cell, label(key, lang), bold=True, fill=HEADER_FILL)
    _repeat_header(table)
    writer.bookmark(table.rows[0].cells[0], PREVIOUS_BOOKMARK)
    for row, item in zip(table.rows[1:], previous, strict=True):
        f = item.follow_up
        _write(row.cells[0], f.id)
        _write(row.cells[1], f"{f.tiltak} ({f.ansvarlig}, {format_date(f.frist, lang)})")
        if item.report is not None:
            r = item.report
            _write(row.cells[2], label("yes" if r.utfort else "no", lang))
            _write(row.cells[3], format_date(r.dato, lang) if r.dato else "")
            _write(row.cells[4], r.merknad or "")
    writer.paragraph_after_table()


def _fixed_properties(doc: DocxDocument, title: str, year: int) -> None:
    properties = doc.core_properties
    properties.title = title
    properties.subject = f"bosetting referat {year}"
    properties.author = "bosetting"
    properties.last_modified_by = ""
    properties.comments = ""
    properties.revision = 1
    properties.created = datetime(*FIXED_TIME)
    properties.modified = datetime(*FIXED_TIME)


def _fixed_zip(raw: bytes) -> bytes:
    """The same zip with fixed timestamps, so the template is the same bytes for the same inputs."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def template_docx(year: int, lang: str, synthetic: bool, points: Sequence[TemplatePoint],
                  previous_year: int | None = None, previous: Sequence[PreviousFollowUp] = ()) -> bytes:
    """The referat template for the review of `year`, in bokmål or English."""
    writer = _Writer(lang)
    doc = writer.doc
    title = label("title", lang, year=year)
    header = doc.sections[0].header.paragraphs[0]
    header.text = label("draft", lang) + (" – " + label("meta_synthetic", lang).upper() if synthetic else "")
    doc.add_heading(f"{title} ({label('draft', lang).split(' – ')[0].lower()})", level=0)
    if synthetic:
        doc.add_paragraph().add_run(label("synthetic", lang)).bold = True
    doc.add_paragraph(label("intro", lang))
    doc.add_paragraph(label("parties", lang, parties="; ".join(f"{k}: {v}" for k, v in PARTY_NAMES.items()
                                                               if k != v)))
    doc.add_paragraph(label("how_to", lang, owners=", ".join(OPPFOLGING_ANSVARLIGE)))
    _meta(writer, year, synthetic)
    _meeting(writer)
    if previous_year is not None and previous:
        _previous(writer, previous_year, previous)
    section = ""
    group = ""
    for point in points:
        if point.section != section:
            section = point.section
            doc.add_heading(label(section, lang), level=1)
        if point.group and point.group != group:
            group = point.group
            doc.add_heading(group, level=2)
        _point(writer, point)
    if synthetic:
        doc.add_paragraph().add_run(label("synthetic", lang)).bold = True
    _fixed_properties(doc, title, year)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _fixed_zip(buffer.getvalue())
