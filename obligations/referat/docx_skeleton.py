"""The parts of a .docx that python-docx's default template gives, as python-docx wrote them, for writing
the referat template without importing python-docx.

The parts the template leaves as they are are copied from python-docx's default.docx (located without
importing the package); the XML parts python-docx parses and writes again are serialised as it does
(lxml, blank text removed, standalone declaration); the package's relationships and content types, the
section properties and the core properties are written as python-docx wrote them for the referat
template. `benchmarks/same_outputs.py` compares the result, part by part, with an earlier commit's; a
default template other than the one this was written for is refused with an error, never half-used.
The parts are kept in the user's cache (obligations.cache), keyed by python-docx's files, lxml's installation
and this program's code, so that a review imports lxml only when one of them has changed.
"""

from __future__ import annotations

import importlib.util
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bosetting.obligations.cache import cached, code_version, digest, library_stamp

DECLARATION = b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "application/vnd.openxmlformats-officedocument"
WORD = f"{OFFICE}.wordprocessingml"
CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="jpeg" ContentType="image/jpeg"/>'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    + "".join(f'<Override PartName="/{name}" ContentType="{kind}"/>' for name, kind in (
        ("customXml/itemProps1.xml", f"{OFFICE}.customXmlProperties+xml"),
        ("docProps/app.xml", f"{OFFICE}.extended-properties+xml"),
        ("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("word/document.xml", f"{WORD}.document.main+xml"),
        ("word/fontTable.xml", f"{WORD}.fontTable+xml"),
        ("word/header1.xml", f"{WORD}.header+xml"),
        ("word/numbering.xml", f"{WORD}.numbering+xml"),
        ("word/settings.xml", f"{WORD}.settings+xml"),
        ("word/styles.xml", f"{WORD}.styles+xml"),
        ("word/stylesWithEffects.xml", "application/vnd.ms-word.stylesWithEffects+xml"),
        ("word/theme/theme1.xml", f"{OFFICE}.theme+xml"),
        ("word/webSettings.xml", f"{WORD}.webSettings+xml")))
    + "</Types>")


def _relationships(*relationships: tuple[str, str, str]) -> str:
    return (f'<Relationships xmlns="{PACKAGE_REL}">'
            + "".join(f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>'
                      for rid, kind, target in relationships)
            + "</Relationships>")


PACKAGE_RELS = _relationships(
    ("rId3", f"{PACKAGE_REL}/metadata/core-properties", "docProps/core.xml"),
    ("rId4", f"{REL}/extended-properties", "docProps/app.xml"),
    ("rId1", f"{REL}/officeDocument", "word/document.xml"),
    ("rId2", f"{PACKAGE_REL}/metadata/thumbnail", "docProps/thumbnail.jpeg"))
DOCUMENT_RELS = _relationships(
    ("rId3", f"{REL}/styles", "styles.xml"),
    ("rId4", "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects", "stylesWithEffects.xml"),
    ("rId5", f"{REL}/settings", "settings.xml"),
    ("rId6", f"{REL}/webSettings", "webSettings.xml"),
    ("rId7", f"{REL}/fontTable", "fontTable.xml"),
    ("rId8", f"{REL}/theme", "theme/theme1.xml"),
    ("rId1", f"{REL}/customXml", "../customXml/item1.xml"),
    ("rId2", f"{REL}/numbering", "numbering.xml"),
    ("rId9", f"{REL}/header", "header1.xml"))
CUSTOM_XML_RELS = _relationships(("rId1", f"{REL}/customXmlProps", "itemProps1.xml"))
# A4 portrait with 2 cm margins, and the header: the referat template's section properties.
SECTION = ('<w:sectPr w:rsidR="00FC693F" w:rsidRPr="0006063C" w:rsidSect="00034616">'
           '<w:headerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" '
           'w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr>')
CORE = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject><dc:creator>bosetting</dc:creator>"
        "<cp:keywords/><dc:description></dc:description><cp:lastModifiedBy></cp:lastModifiedBy>"
        '<cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z'
        '</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified>'
        "<cp:category/></cp:coreProperties>")
# What python-docx changed in the default styles: the language (the template's language is put in), and
# the Normal style's font (Calibri 10 pt).
STYLES_LANGUAGE = b'<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/>'
NORMAL_STYLE = b'<w:name w:val="Normal"/><w:qFormat/><w:rsid w:val="00FC693F"/></w:style>'
NORMAL_FONT = (b'<w:name w:val="Normal"/><w:qFormat/><w:rsid w:val="00FC693F"/><w:rPr><w:rFonts w:ascii="Calibri" '
               b'w:hAnsi="Calibri"/><w:sz w:val="20"/></w:rPr></w:style>')
# The order python-docx wrote the parts in; None: copied from the default template as it is.
ORDER = ("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
         "word/_rels/document.xml.rels", "word/styles.xml", "word/stylesWithEffects.xml", "word/settings.xml",
         "word/webSettings.xml", "word/fontTable.xml", "word/theme/theme1.xml", "customXml/item1.xml",
         "customXml/_rels/item1.xml.rels", "customXml/itemProps1.xml", "word/numbering.xml", "word/header1.xml",
         "docProps/thumbnail.jpeg")
REWRITTEN = ("word/numbering.xml", "word/settings.xml", "word/styles.xml", "word/document.xml")


def text(value: str) -> str:
    """Element text escaped as lxml writes it."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attribute(value: str) -> str:
    """An attribute value escaped as lxml writes it."""
    return (text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;")
            .replace("\t", "&#9;"))


def _templates() -> Path:
    spec = importlib.util.find_spec("docx")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("python-docx is not installed: its default template is needed to write the referat "
                           "template")
    return Path(next(iter(spec.submodule_search_locations))) / "templates"


def _serialised(raw: bytes) -> bytes:
    """A part as python-docx parsed and wrote it again."""
    from lxml import etree

    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
    return bytes(etree.tostring(etree.fromstring(raw, parser), encoding="UTF-8", standalone=True))


def _replace_once(part: bytes, old: bytes, new: bytes, name: str) -> bytes:
    if part.count(old) != 1:
        raise RuntimeError(f"python-docx's default {name} is not the one the referat template was written for: "
                           f"{old!r} occurs {part.count(old)} times")
    return part.replace(old, new)


@dataclass(frozen=True)
class DocxSkeleton:
    copied: dict[str, bytes]
    styles: bytes
    document_start: bytes  # the root element's start tag, namespaces declared
    header_start: bytes  # the header part up to its paragraph's end
    header_end: bytes

    @staticmethod
    @cache
    def load() -> DocxSkeleton:
        folder = _templates()
        default, header = (folder / "default.docx").read_bytes(), (folder / "default-header.xml").read_bytes()
        # Cached: importing lxml and serialising the parts again cost about 25 ms of every review.
        key = digest(["docx skeleton 1", code_version(), f"lxml {library_stamp('lxml')}", default, header])
        skeleton, _how = cached("docx-skeleton", key, lambda: DocxSkeleton._build(default, header), DocxSkeleton)
        return skeleton

    @staticmethod
    def _build(default_docx: bytes, default_header: bytes) -> DocxSkeleton:
        with zipfile.ZipFile(io.BytesIO(default_docx)) as default:
            copied = {name: default.read(name) for name in ORDER if name in default.namelist()}
        for name in REWRITTEN:
            copied[name] = _serialised(copied[name])
        styles = _replace_once(copied.pop("word/styles.xml"), NORMAL_STYLE, NORMAL_FONT, "styles.xml")
        document = copied.pop("word/document.xml")
        header = _serialised(default_header)
        end = b"</w:p></w:hdr>"
        if not header.endswith(end):
            raise RuntimeError("python-docx's default header is not the one the referat template was written for")
        return DocxSkeleton(copied, styles, document[:document.index(b"<w:body>")], header[:-len(end)], end)

    def parts(self, body: str, header: str, language: str, title: str,
              subject: str) -> Iterator[tuple[str, bytes]]:
        """The parts in python-docx's order, with the body, the header's run, the language and the properties."""
        written = {
            "[Content_Types].xml": DECLARATION + CONTENT_TYPES.encode(),
            "_rels/.rels": DECLARATION + PACKAGE_RELS.encode(),
            "docProps/core.xml": DECLARATION + CORE.format(title=text(title), subject=text(subject)).encode(),
            "word/document.xml": (self.document_start + b"<w:body>" + body.encode() + SECTION.encode()
                                  + b"</w:body></w:document>"),
            "word/_rels/document.xml.rels": DECLARATION + DOCUMENT_RELS.encode(),
            "word/styles.xml": _replace_once(self.styles, STYLES_LANGUAGE, STYLES_LANGUAGE.replace(
                b"en-US", attribute(language).encode(), 1), "styles.xml"),
            "customXml/_rels/item1.xml.rels": DECLARATION + CUSTOM_XML_RELS.encode(),
            "word/header1.xml": self.header_start + header.encode() + self.header_end,
        }
        for name in ORDER:
            yield name, written[name] if name in written else self.copied[name]
