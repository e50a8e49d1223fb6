"""Text from the inputs, made harmless for the outputs it is put into: spreadsheets and Markdown.

Kommune names, waiver reasons and register texts come from files we do not control. Every CSV the
tool writes goes through `spreadsheet_csv`, whose cells go through `neutralise_formula`; every piece
of input text put into the Markdown report goes through `markdown_text`. One function each, so that
a new output cannot forget it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

# A cell starting with one of these is a formula (or DDE command) in Excel and LibreOffice (OWASP, CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# A signed number is a number in a spreadsheet, not a formula: -24, +3, -12,5, -0.75.
_SIGNED_NUMBER = re.compile(r"[+-]\d+([.,]\d+)?")

# What makes inline Markdown out of text, escaped with a backslash wherever input text lands: brackets (links,
# images, references), < (autolinks, HTML), ` (code), * _ ~ (emphasis), | (table cells), \ itself. Line breaks
# become spaces, so input text never starts a line (a heading, a list, a quote, a table row, a definition).
# Parentheses, # and ! mean something only after a bracket or at a line start, and an underscore inside a word
# (kommune_aar.csv) never makes emphasis: these are left readable.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*\[\]<>|~]|(?<![^\W_])_|_(?![^\W_]))")
_LINE_BREAKS = re.compile(r"[\r\n\v\f\x85\u2028\u2029]+")
# Any character either pattern looks at: most texts hold none, and then neither substitution runs.
_ANY_MARKDOWN_SPECIAL = re.compile(r"[\\`*\[\]<>|~_\r\n\v\f\x85\u2028\u2029]")


def neutralise_formula(value: object) -> object:
    """A CSV cell that a spreadsheet shows as text, never runs: text starting with = + - @ tab or CR gets a
    leading apostrophe (the spreadsheet's own mark for "text"). Numbers stay numbers, written or as text."""
    if not isinstance(value, str):
        return value
    if value.lstrip(" ").startswith(FORMULA_TRIGGERS) and not _SIGNED_NUMBER.fullmatch(value.strip()):
        return "'" + value
    return value


def spreadsheet_csv(header: Sequence[object], rows: Iterable[Sequence[object]]) -> str:
    """CSV for Norwegian Excel: a byte-order mark (so æøå survive), ';' between cells, CRLF, and every cell
    through neutralise_formula."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise_formula(cell) for cell in header])
    for row in rows:
        writer.writerow([neutralise_formula(cell) for cell in row])
    return "\ufeff" + buffer.getvalue()


def markdown_text(value: object) -> str:
    """Input text as literal Markdown inline text: no link, image, HTML, emphasis, code or table cell edge
    can come out of it, and no line break (so no heading, list or quote either)."""
    text = str(value)
    if _ANY_MARKDOWN_SPECIAL.search(text) is None:
        return text
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _LINE_BREAKS.sub(" ", text))
