"""findings.xlsx: the findings for people who open them in a spreadsheet, with typed cells.

A CSV opened in a Norwegian spreadsheet turns "1.1" into 1 January and "0301" into 301; here every
id and kommunenummer is a text cell, every figure a number, and every text cell is written with an
explicit string type so that a value beginning with "=" is never read as a formula. The first sheet
says whether the data is synthetic. The bytes are the same for the same inputs: the workbook's
dates are the review's year end, and the zip entries carry a fixed time.

The parts are written here as XML text (as the referat template writes its tables), not through openpyxl: its import
and its cell objects were most of the time a review took to render (about 0.3 s CPU of the shipped
review). Every part is byte for byte what openpyxl 3.1.5 wrote for this workbook before (its element and
attribute order, its escaping: non-ASCII text as character references, and a text with space at either
end marked xml:space="preserve"), so the file stays the same; tests/test_review_document.py reads it
back with openpyxl.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import zipfile
from collections.abc import Sequence
from typing import Any

from bosetting.engine.findings import Finding
from bosetting.obligations.field_labels import field_label
from bosetting.obligations.referat.docx_skeleton import text as xml_text
from bosetting.obligations.review.model import ReviewModel
from bosetting.obligations.review.texts import t, value_text
from bosetting.obligations.review.xlsx_theme import THEME_XML

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

# The cell styles (the index of each in styles.xml's cellXfs). Every text cell has the text number format,
# so that a spreadsheet keeps "0301" and "1.1" as they are.
DEFAULT, TITLE, TEXT, NOTICE, WRAPPED, HEADER = range(6)
HEADER_FILL = "EEF3F8"
WARNING_FILL = "FFF4D6"
# A spreadsheet cell holds at most this many characters (openpyxl cut longer texts there too).
MAX_CELL_CHARS = 32767
# Characters a worksheet cannot hold: control characters other than tab, line feed and carriage return.
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def _xml_escaped(text: str, attribute: bool = False) -> str:
    """Text as openpyxl escaped it: & < > as entities (as the referat template's XML does), and CR (in element
    text) or " (in an attribute). Chained str.replace: str.translate with a mapping was a fifth of writing the
    workbook."""
    text = xml_text(text)
    return text.replace('"', "&quot;") if attribute else text.replace("\r", "&#13;")


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


class _Sheet:
    """One worksheet's rows from A1 down, the style of any cell not in the default text or number style, and
    its column widths; a sheet `with_header` has its first row styled as a header, frozen, and filtered."""

    def __init__(self, name: str, rows: Sequence[Sequence[Any]], widths: Sequence[int],
                 with_header: bool = False, styles: dict[str, int] | None = None):
        self.name = name
        self.rows = rows
        self.widths = widths
        self.with_header = with_header
        self.styles = styles or {}

    @property
    def columns(self) -> int:
        return max((len(row) for row in self.rows), default=1) or 1

    @property
    def last_cell(self) -> str:
        return f"{column_letter(self.columns)}{len(self.rows) or 1}"

    def xml(self) -> bytes:
        view = ('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft" activeCell="A1" sqref="A1"/>' if self.with_header
                else '<selection activeCell="A1" sqref="A1"/>')
        parts = [f'<worksheet xmlns="{_MAIN}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/><pageSetUpPr/>'
                 f'</sheetPr><dimension ref="A1:{self.last_cell}"/><sheetViews><sheetView workbookViewId="0">{view}'
                 '</sheetView></sheetViews><sheetFormatPr baseColWidth="8" defaultRowHeight="15"/><cols>']
        parts += [f'<col width="{width}" customWidth="1" min="{number}" max="{number}"/>'
                  for number, width in enumerate(self.widths, start=1)]
        parts.append("</cols><sheetData>")
        letters = [column_letter(number) for number in range(1, self.columns + 1)]
        for number, row in enumerate(self.rows, start=1):
            if not row:
                continue
            parts.append(f'<row r="{number}">')
            text_style = HEADER if self.with_header and number == 1 else TEXT
            for letter, value in zip(letters, row, strict=False):
                where = f"{letter}{number}"
                if value is None:
                    continue
                if isinstance(value, (bool, int, float)):
                    kind = "b" if isinstance(value, bool) else "n"
                    figure = "" if math.isnan(value) or math.isinf(value) else f"{value:.16g}"
                    parts.append(f'<c r="{where}" t="{kind}"><v>{figure}</v></c>')
                    continue
                style = self.styles.get(where, text_style)
                text = _cell_text(str(value))
                if not text:
                    parts.append(f'<c r="{where}" s="{style}" t="inlineStr"></c>')
                    continue
                space = ' xml:space="preserve"' if text != text.strip() else ""
                parts.append(f'<c r="{where}" s="{style}" t="inlineStr"><is><t{space}>'
                             f'{_xml_escaped(text)}</t></is></c>')
            parts.append("</row>")
        parts.append("</sheetData>")
        if self.with_header:
            parts.append(f'<autoFilter ref="A1:{self.last_cell}"/>')
        parts.append('<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>'
                     '</worksheet>')
        return "".join(parts).encode("ascii", "xmlcharrefreplace")


def column_letter(number: int) -> str:
    """The spreadsheet's name of a column: 1 is A, 26 Z, 27 AA."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _cell_text(value: str) -> str:
    """A text as a cell can hold it: cut at the cell's limit; a control character is refused, as Excel would."""
    value = value[:MAX_CELL_CHARS]
    if not value.isprintable() and _ILLEGAL.search(value):  # printable text holds no control character: most cells
        raise ValueError(f"{value} cannot be used in worksheets.")
    return value


def _evidence(finding: Finding, lang: str) -> str:
    return "; ".join(f"{field_label(e.name, lang)}: {value_text(e.name, e.value, lang)}" for e in finding.evidence)


FINDING_HEADER = {
    "nb": ("Punkt", "Regel", "Tittel", "Gjelder", "Gjelder-id", "Status", "Statuskode", "Vurdering", "Grunnlag",
           "Regelsett", "Versjon", "Id"),
    "en": ("Point", "Rule", "Title", "Subject", "Subject id", "Status", "Status code", "Assessment", "Evidence",
           "Rule set", "Version", "Id"),
}
KOMMUNE_HEADER = {
    "nb": ("Kommunenummer", "Kommune", "Fylkesnummer", "Fylke", "Anmodning", "Vedtak", "Bosatt",
           "Anmodning enslige mindreårige", "Vedtak enslige mindreårige", "Bosatt enslige mindreårige",
           "Under anmodning", "Bosatt under vedtak"),
    "en": ("Kommunenummer", "Kommune", "Fylke number", "Fylke", "Anmodning", "Vedtak", "Settled",
           "Anmodning enslige mindreårige", "Vedtak enslige mindreårige", "Settled enslige mindreårige",
           "Below the request", "Settled below the vedtak"),
}
FINDING_WIDTHS = (8, 18, 40, 24, 12, 22, 16, 70, 70, 28, 9, 50)
KOMMUNE_WIDTHS = (14, 22, 12, 18, 11, 9, 9, 14, 14, 14, 14, 14)


def _finding_row(f: Finding, lang: str) -> list[Any]:
    return [f.provision, f.rule_id, f.title.get(lang, ""), f.subject.name or f.subject.id, f.subject.id,
            f.status_label(lang), f.status, f.explanation.get(lang, ""), _evidence(f, lang), f.ruleset_id,
            f.ruleset_version, f.finding_id]


def _about(model: ReviewModel, lang: str) -> _Sheet:
    rows: list[list[Any]] = [[t("title", lang, year=model.year)], [t("subtitle", lang)], []]
    rows.append([t("synthetic", lang) if model.synthetic else t("workbook_real", lang)])
    rows += [[], [t("draft_note", lang)], [], [t("workbook_year", lang), model.year], [],
             [t("workbook_generated_from", lang)], [t("rulesets", lang), t("version", lang), t("hash", lang)]]
    rows += [[r.id, r.version, r.hash] for r in model.rulesets]
    rows += [[], [t("inputs", lang), "SHA-256"]]
    rows += [[name, digest] for name, digest in model.inputs.items()]
    return _Sheet(t("workbook_about", lang), rows, (100, 14, 75), styles={"A1": TITLE, "A4": NOTICE, "A6": WRAPPED})


def findings_xlsx(model: ReviewModel, lang: str) -> bytes:
    assessments = [f for f in model.findings if not f.is_indicator]
    indicators = [f for f in model.findings if f.is_indicator]
    sheets = [_about(model, lang), _Sheet(t("workbook_findings", lang), [FINDING_HEADER[lang], *(
        _finding_row(f, lang) for f in assessments)], FINDING_WIDTHS, with_header=True)]
    if indicators:
        sheets.append(_Sheet(t("workbook_indicators", lang), [FINDING_HEADER[lang], *(
            _finding_row(f, lang) for f in indicators)], FINDING_WIDTHS, with_header=True))
    sheets.append(_Sheet(t("workbook_kommuner", lang), [KOMMUNE_HEADER[lang], *(
        [k["kommunenummer"], k["navn"], k["fylkesnummer"], k["fylke"], k["anmodning"], k["vedtak"], k["bosatt"],
         k["anmodning_em"], k["vedtak_em"], k["bosatt_em"], k["under_anmodning"], k["under_vedtak"]]
        for k in model.kommuner)], KOMMUNE_WIDTHS, with_header=True))
    stamp = dt.datetime(model.year, 12, 31)
    parts = {
        "docProps/app.xml": _APP_XML,
        "docProps/core.xml": _core_xml(t("title", lang, year=model.year), stamp),
        "xl/theme/theme1.xml": THEME_XML.encode("ascii"),
        **{f"xl/worksheets/sheet{number}.xml": sheet.xml() for number, sheet in enumerate(sheets, start=1)},
        "xl/styles.xml": _styles_xml(model.synthetic),
        "_rels/.rels": _ROOT_RELATIONSHIPS,
        "xl/workbook.xml": _workbook_xml(sheets),
        "xl/_rels/workbook.xml.rels": _workbook_relationships(len(sheets)),
        "[Content_Types].xml": _content_types(len(sheets)),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in parts.items():
            entry = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, content)
    return out.getvalue()


# What openpyxl wrote as the application, kept so that the file stays the same as when it was written through it.
_APP_XML = (b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            b'<Application>Microsoft Excel Compatible / Openpyxl 3.1.5</Application><AppVersion>3.1</AppVersion>'
            b'</Properties>')

_ROOT_RELATIONSHIPS = (
    f'<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}"><Relationship Type="{_RELATIONSHIPS}/officeDocument" '
    'Target="xl/workbook.xml" Id="rId1"/><Relationship Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml" Id="rId2"/><Relationship '
    f'Type="{_RELATIONSHIPS}/extended-properties" Target="docProps/app.xml" Id="rId3"/></Relationships>').encode()


def _core_xml(title: str, stamp: dt.datetime) -> bytes:
    when = f"{stamp:%Y-%m-%dT%H:%M:%SZ}"
    dates = ''.join(f'<dcterms:{name} xmlns:dcterms="http://purl.org/dc/terms/" '
                    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="dcterms:W3CDTF">'
                    f'{when}</dcterms:{name}>' for name in ("created", "modified"))
    return ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties">'
            '<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">bosetting review</dc:creator>'
            f'<dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">{_xml_escaped(title)}</dc:title>'
            f'{dates}</cp:coreProperties>').encode()


def _styles_xml(synthetic: bool) -> bytes:
    """The fonts, fills and cell styles: the notice on the first sheet is on a warning fill when the data is
    synthetic, and the fills are numbered in the order openpyxl met them."""
    fills = [WARNING_FILL, HEADER_FILL] if synthetic else [HEADER_FILL]
    notice_fill = 2 if synthetic else 0
    header_fill = 2 + len(fills) - 1
    wrapped = ('applyAlignment="1" pivotButton="0" quotePrefix="0" xfId="0"><alignment vertical="top" '
               'wrapText="1"/></xf>')
    plain = 'pivotButton="0" quotePrefix="0" xfId="0"/>'
    styles = [
        f'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" {plain}',
        f'<xf numFmtId="49" fontId="1" fillId="0" borderId="0" {plain}',
        f'<xf numFmtId="49" fontId="0" fillId="0" borderId="0" {plain}',
        f'<xf numFmtId="49" fontId="2" fillId="{notice_fill}" borderId="0" {wrapped}',
        f'<xf numFmtId="49" fontId="0" fillId="0" borderId="0" {wrapped}',
        f'<xf numFmtId="49" fontId="2" fillId="{header_fill}" borderId="0" {plain}',
    ]
    solid = "".join(f'<fill><patternFill patternType="solid"><fgColor rgb="00{rgb}"/></patternFill></fill>'
                    for rgb in fills)
    return (f'<styleSheet xmlns="{_MAIN}"><numFmts count="0"/><fonts count="3"><font><name val="Calibri"/>'
            '<family val="2"/><color theme="1"/><sz val="11"/><scheme val="minor"/></font><font><b val="1"/>'
            f'<sz val="14"/></font><font><b val="1"/></font></fonts><fills count="{2 + len(fills)}"><fill>'
            f'<patternFill/></fill><fill><patternFill patternType="gray125"/></fill>{solid}</fills><borders count="1">'
            '<border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf '
            f'numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="{len(styles)}">'
            f'{"".join(styles)}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0" '
            'hidden="0"/></cellStyles><tableStyles count="0" defaultTableStyle="TableStyleMedium9" '
            f'defaultPivotStyle="PivotStyleLight16"/><colors><indexedColors>{_INDEXED_COLOURS}</indexedColors>'
            '</colors></styleSheet>').encode("ascii")


# The spreadsheet's legacy palette of 56 colours (and the 8 before it), which openpyxl writes into every workbook.
_INDEXED_COLOURS = "".join(f'<rgbColor rgb="00{rgb}"/>' for rgb in (
    "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF "
    "00FFFF 800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 "
    "0066CC CCCCFF 000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF "
    "FF99CC CC99FF FFCC99 3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 "
    "993300 993366 333399 333333").split())


def _workbook_xml(sheets: Sequence[_Sheet]) -> bytes:
    listed = "".join(f'<sheet xmlns:r="{_RELATIONSHIPS}" name="{_xml_escaped(sheet.name, attribute=True)}" '
                     f'sheetId="{number}" state="visible" r:id="rId{number}"/>'
                     for number, sheet in enumerate(sheets, start=1))
    filters = "".join(
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{index}" hidden="1">'
        f"{_quoted_sheet(sheet.name)}!$A$1:${column_letter(sheet.columns)}${len(sheet.rows) or 1}</definedName>"
        for index, sheet in enumerate(sheets) if sheet.with_header)
    return (f'<workbook xmlns="{_MAIN}"><workbookPr/><workbookProtection/><bookViews><workbookView '
            'visibility="visible" minimized="0" showHorizontalScroll="1" showVerticalScroll="1" showSheetTabs="1" '
            'tabRatio="600" firstSheet="0" activeTab="0" autoFilterDateGrouping="1"/></bookViews>'
            f'<sheets>{listed}</sheets><definedNames>{filters}</definedNames><calcPr calcId="124519" '
            'fullCalcOnLoad="1"/></workbook>').encode("ascii", "xmlcharrefreplace")


def _quoted_sheet(name: str) -> str:
    return "'" + _xml_escaped(name.replace("'", "''")) + "'"


def _workbook_relationships(count: int) -> bytes:
    sheets = "".join(f'<Relationship Type="{_RELATIONSHIPS}/worksheet" Target="/xl/worksheets/sheet{number}.xml" '
                     f'Id="rId{number}"/>' for number in range(1, count + 1))
    return (f'<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}">{sheets}<Relationship Type="{_RELATIONSHIPS}/styles" '
            f'Target="styles.xml" Id="rId{count + 1}"/><Relationship Type="{_RELATIONSHIPS}/theme" '
            f'Target="theme/theme1.xml" Id="rId{count + 2}"/></Relationships>').encode()


def _content_types(count: int) -> bytes:
    office = "application/vnd.openxmlformats-officedocument"
    sheets = "".join(f'<Override PartName="/xl/worksheets/sheet{number}.xml" ContentType="{_WORKSHEET_TYPE}"/>'
                     for number in range(1, count + 1))
    return ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/styles.xml" '
            f'ContentType="{office}.spreadsheetml.styles+xml"/><Override PartName="/xl/theme/theme1.xml" '
            f'ContentType="{office}.theme+xml"/><Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override '
            f'PartName="/docProps/app.xml" ContentType="{office}.extended-properties+xml"/>{sheets}<Override '
            f'PartName="/xl/workbook.xml" ContentType="{office}.spreadsheetml.sheet.main+xml"/></Types>').encode()
