"""referat-mal-<year>.docx: the template the secretariat fills in during or after the konsultasjonsmøte.

One table per goal and obligation: the point id in the first cell (and a bookmark around it), the
tool's basis in one line, and empty fields for the agreed assessment, each party's remark or
dissent, and follow-ups with owner and deadline. The layout is described in `labels`, which the
reader (`reader.py`) uses too. The file is the same bytes for the same inputs: fixed document
properties and fixed timestamps inside the zip.

The document is written as the XML text of its parts, without python-docx (importing it and building the
document through it was about 0.1 s of the review's 0.95 s CPU): the parts python-docx's default template
gives (`docx_skeleton`) and the body built here, byte for byte what python-docx wrote. python-docx is used
only to read a filled template back (`reader.py`).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

from bosetting.engine.render import format_date
from bosetting.obligations.data.records import FollowUp, FollowUpReport
from bosetting.obligations.data.spec import ERKLAERINGER, OPPFOLGING_ANSVARLIGE, PARTER
from bosetting.obligations.referat.docx_skeleton import DocxSkeleton, attribute, text
from bosetting.obligations.referat.labels import (
    MEETING_BOOKMARK,
    META_BOOKMARK,
    PARTICIPANTS_BOOKMARK,
    PARTY_NAMES,
    PREVIOUS_BOOKMARK,
    STATEMENTS_BOOKMARK,
    TEMPLATE_VERSION,
    label,
    point_bookmark,
)


def Cm(cm: float) -> int:  # noqa: N802 - named as python-docx's unit, in whose terms the widths were chosen
    """A length in centimetres as the twips python-docx wrote for it (EMUs cut to a whole number, then rounded)."""
    return round(int(cm * 360000) / 635)


# A4 portrait with 2 cm margins leaves 17 cm: label, text, owner, deadline.
WIDTHS = (Cm(3.2), Cm(8.3), Cm(3.0), Cm(2.5))
PREVIOUS_WIDTHS = (Cm(2.4), Cm(5.6), Cm(2.8), Cm(2.6), Cm(3.6))
STATEMENT_WIDTHS = (Cm(3.6), Cm(2.0), Cm(2.6), Cm(8.8))
TABLE_STYLE = "Table Grid"
HEADER_FILL = "DCE6F0"
BASIS_FILL = "F2F2F2"
EMPTY_FOLLOW_UP_ROWS = 2
EMPTY_PARTICIPANT_ROWS = 8
EMPTY_STATEMENT_ROWS = 2
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


@dataclass(frozen=True)
class Cell:
    """One cell of a template table: its text in one run (None: no run at all), and how it looks."""

    text: str | None = None
    bold: bool = False
    fill: str | None = None
    span: int = 1  # grid columns the cell covers


def _header(text: str, span: int = 1) -> Cell:
    return Cell(text, bold=True, fill=HEADER_FILL, span=span)


# What python-docx writes for a run's text: a tab and a line break are elements, the rest `w:t`s between them.
_RUN_BREAKS = re.compile(r"(\t|\r|\n)")
_BREAK_ELEMENTS = {"\t": "<w:tab/>", "\r": "<w:br/>", "\n": "<w:br/>"}
# The style ids of python-docx's default template for the style names used here.
STYLE_IDS = {"Title": "Title", "Heading 1": "Heading1", "Heading 2": "Heading2", "Heading 3": "Heading3",
             TABLE_STYLE: "TableGrid"}


def _run_xml(run_text: str, bold: bool | None) -> str:
    """A run as `paragraph.add_run(text)` and, unless `bold` is None, `run.bold = bold` write it."""
    parts = ["<w:r>" if bold is None else "<w:r><w:rPr><w:b/></w:rPr>" if bold else
             '<w:r><w:rPr><w:b w:val="0"/></w:rPr>']
    for piece in _RUN_BREAKS.split(run_text):
        if piece in _BREAK_ELEMENTS:
            parts.append(_BREAK_ELEMENTS[piece])
        elif piece:
            # python-docx keeps a text's outer whitespace with xml:space, as Word needs.
            space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            parts.append(f"<w:t{space}>{text(piece)}</w:t>")
    parts.append("</w:r>")
    return "".join(parts)


def _paragraph_xml(properties: str, content: str) -> str:
    """A `w:p`; an empty one is written as the empty element, as lxml serialises it."""
    return f"<w:p>{properties}{content}</w:p>" if properties or content else "<w:p/>"


def _row_xml(widths: Sequence[int], cells: Sequence[Cell], row_properties: str, paragraph_properties: str,
             bookmark: str = "") -> str:
    """A `w:tr`; `bookmark` (a bookmarkStart and its end) goes around the first cell's paragraph content."""
    parts = [f"<w:tr>{row_properties}"]
    column = 0
    for cell in cells:
        width = sum(widths[column:column + cell.span])
        column += cell.span
        span = f'<w:gridSpan w:val="{cell.span}"/>' if cell.span > 1 else ""
        shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{cell.fill}"/>' if cell.fill else ""
        run = "" if cell.text is None else _run_xml(cell.text, cell.bold)
        if bookmark:
            start, end = bookmark.split("|")
            run = f"{start}{run}{end}"
            bookmark = ""
        parts.append(f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{span}{shading}</w:tcPr>'
                     f"{_paragraph_xml(paragraph_properties, run)}</w:tc>")
    if column != len(widths):
        raise ValueError(f"a row of {column} grid columns in a table of {len(widths)}")
    parts.append("</w:tr>")
    return "".join(parts)


def _table_xml(style_id: str, widths: Sequence[int], rows: Sequence[Sequence[Cell]], bookmark: str,
               repeat_header: bool, keep_together: bool) -> str:
    """A `w:tbl` as python-docx's add_table, table style, widths, merges and runs left it.

    A merged cell is written as the merge leaves it: one cell with a `w:gridSpan` and the width of the columns
    it covers.
    """
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    xml = [f'<w:tbl><w:tblPr><w:tblStyle w:val="{style_id}"/><w:tblW w:type="auto" w:w="0"/>'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" '
           f'w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for index, cells in enumerate(rows):
        properties = []
        if repeat_header and index == 0:
            properties.append('<w:tblHeader w:val="true"/>')
        if keep_together:
            properties.append("<w:cantSplit/>")
        row_properties = f"<w:trPr>{''.join(properties)}</w:trPr>" if properties else ""
        # A kept-together table's rows keep with the next, all but the last.
        keep_next = keep_together and index < len(rows) - 1
        xml.append(_row_xml(widths, cells, row_properties, "<w:pPr><w:keepNext/></w:pPr>" if keep_next else "",
                            bookmark if index == 0 else ""))
    xml.append("</w:tbl>")
    return "".join(xml)


class _Writer:
    """The document's body as XML text, in the order python-docx appended its paragraphs and tables."""

    def __init__(self, lang: str):
        self.lang = lang
        self.body: list[str] = []
        self.bookmark_id = 0

    def paragraph(self, paragraph_text: str = "", bold: bool | None = None, style: str | None = None) -> None:
        """As `add_paragraph(text, style)` (or `add_paragraph().add_run(text).bold = bold`)."""
        properties = f'<w:pPr><w:pStyle w:val="{STYLE_IDS[style]}"/></w:pPr>' if style else ""
        self.body.append(_paragraph_xml(properties, _run_xml(paragraph_text, bold) if paragraph_text else ""))

    def heading(self, heading_text: str, level: int) -> None:
        self.paragraph(heading_text, style="Title" if level == 0 else f"Heading {level}")

    def table(self, widths: Sequence[int], rows: Sequence[Sequence[Cell]], bookmark: str,
              repeat_header: bool = False, keep_together: bool = False) -> None:
        """A table of fixed column widths with a bookmark around its first cell.

        LibreOffice takes the widths from the grid, Word from the cells: both are set. A kept-together table
        (a point's) stays on one page: rows do not split and each row keeps with the next. The bookmark around
        the first cell's paragraph: Word and LibreOffice both keep it through an edit.
        """
        self.bookmark_id += 1
        marks = (f'<w:bookmarkStart w:id="{self.bookmark_id}" w:name="{attribute(bookmark)}"/>|'
                 f'<w:bookmarkEnd w:id="{self.bookmark_id}"/>')
        self.body.append(_table_xml(STYLE_IDS[TABLE_STYLE], widths, rows, marks, repeat_header, keep_together))

    def paragraph_after_table(self) -> None:
        # Two tables with nothing between them are merged into one by Word and LibreOffice.
        self.paragraph()


def _meta(writer: _Writer, year: int, synthetic: bool) -> None:
    lang = writer.lang
    rows = [(label("meta_document", lang), label("meta_document_value", lang, version=TEMPLATE_VERSION)),
            (label("meta_year", lang), str(year)),
            (label("meta_synthetic", lang), label("yes" if synthetic else "no", lang))]
    writer.table((Cm(5.0), Cm(12.0)), [[_header(key), Cell(value)] for key, value in rows], META_BOOKMARK)
    writer.paragraph_after_table()


def _meeting(writer: _Writer) -> None:
    lang = writer.lang
    writer.heading(label("meeting", lang), level=1)
    writer.table((Cm(5.0), Cm(12.0)), [[_header(label("meeting_date", lang)), Cell()]], MEETING_BOOKMARK)
    writer.paragraph_after_table()
    writer.heading(label("participants", lang), level=2)
    header = [_header(label(key, lang)) for key in ("participant_name", "participant_org")]
    writer.table((Cm(8.5), Cm(8.5)), [header] + [[Cell(), Cell()]] * EMPTY_PARTICIPANT_ROWS, PARTICIPANTS_BOOKMARK,
                 repeat_header=True)
    writer.paragraph_after_table()


def _statements(writer: _Writer, year: int) -> None:
    lang = writer.lang
    writer.heading(label("statements", lang), level=1)
    kinds = ", ".join(label(f"statement_{kind}", lang) for kind in ERKLAERINGER)
    writer.paragraph(label("statements_intro", lang, year=year, kinds=kinds))
    header = [_header(label(key, lang)) for key in ("statement_kind", "statement_party", "statement_date",
                                                     "statement_text")]
    writer.table(STATEMENT_WIDTHS, [header] + [[Cell()] * len(STATEMENT_WIDTHS)] * EMPTY_STATEMENT_ROWS,
                 STATEMENTS_BOOKMARK, repeat_header=True)
    writer.paragraph_after_table()


def _point(writer: _Writer, point: TemplatePoint) -> None:
    lang = writer.lang
    # A goal's title names it («Hovedmål 1: …»); its id (hovedmaal-1) is only the key in the table's first cell.
    heading = f"{point.id} {point.title}" if point.id[:1].isdigit() else point.title
    writer.heading(heading, level=3 if point.group else 2)
    rows = [
        [_header(point.id), _header(point.title, span=3)],
        [Cell(label("basis", lang), bold=True, fill=BASIS_FILL), Cell(point.basis, span=3, fill=BASIS_FILL)],
        [Cell(label("agreed", lang), bold=True), Cell(span=3)],
        [_header(label("remarks", lang)), _header(label("remark_text", lang), span=2), _header(label("dissent", lang))],
        *([Cell(party, bold=True), Cell(span=2), Cell()] for party in PARTER),
        [_header(label(key, lang)) for key in ("follow_up", "follow_up_text", "owner", "deadline")],
        *([Cell()] * len(WIDTHS) for _ in range(EMPTY_FOLLOW_UP_ROWS)),
    ]
    writer.table(WIDTHS, rows, point_bookmark(point.id), keep_together=True)
    writer.paragraph_after_table()


def _previous(writer: _Writer, previous_year: int, previous: Sequence[PreviousFollowUp]) -> None:
    lang = writer.lang
    writer.heading(label("previous", lang, year=previous_year), level=1)
    writer.paragraph(label("previous_intro", lang))
    keys = ("previous_id", "previous_what", "previous_done", "previous_date", "previous_note")
    rows = [[_header(label(key, lang)) for key in keys]]
    for item in previous:
        f = item.follow_up
        row = [Cell(f.id), Cell(f"{f.tiltak} ({f.ansvarlig}, {format_date(f.frist, lang)})")]
        r = item.report
        if r is None:
            row += [Cell(), Cell(), Cell()]
        else:
            row += [Cell(label("yes" if r.utfort else "no", lang)), Cell(format_date(r.dato, lang) if r.dato else ""),
                    Cell(r.merknad or "")]
        rows.append(row)
    writer.table(PREVIOUS_WIDTHS, rows, PREVIOUS_BOOKMARK, repeat_header=True)
    writer.paragraph_after_table()


def template_docx(year: int, lang: str, synthetic: bool, points: Sequence[TemplatePoint],
                  previous_year: int | None = None, previous: Sequence[PreviousFollowUp] = ()) -> bytes:
    """The referat template for the review of `year`, in bokmål or English."""
    writer = _Writer(lang)
    title = label("title", lang, year=year)
    header = label("draft", lang) + (" – " + label("meta_synthetic", lang).upper() if synthetic else "")
    writer.heading(f"{title} ({label('draft', lang).split(' – ')[0].lower()})", level=0)
    if synthetic:
        writer.paragraph(label("synthetic", lang), bold=True)
    writer.paragraph(label("intro", lang))
    writer.paragraph(label("parties", lang, parties="; ".join(f"{k}: {v}" for k, v in PARTY_NAMES.items()
                                                              if k != v)))
    writer.paragraph(label("how_to", lang, owners=", ".join(OPPFOLGING_ANSVARLIGE)))
    _meta(writer, year, synthetic)
    _meeting(writer)
    _statements(writer, year)
    if previous_year is not None and previous:
        _previous(writer, previous_year, previous)
    section = ""
    group = ""
    for point in points:
        if point.section != section:
            section = point.section
            writer.heading(label(section, lang), level=1)
        if point.group and point.group != group:
            group = point.group
            writer.heading(group, level=2)
        _point(writer, point)
    if synthetic:
        writer.paragraph(label("synthetic", lang), bold=True)
    parts = DocxSkeleton.load().parts(
        body="".join(writer.body), header=_run_xml(header, None) if header else "",
        language="nb-NO" if lang == "nb" else "en-GB", title=title, subject=f"bosetting referat {year}")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts:
            entry = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, data)
    return out.getvalue()
