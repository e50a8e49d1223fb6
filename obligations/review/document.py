"""The report as a small tree of blocks, written once and rendered to Markdown and to HTML.

Both formats say the same because both come from this one tree: obligations.review.content
builds it from the model, obligations.review.markdown and obligations.review.html render it.
Where the two media differ (a collapsible list in HTML, a pointer to the annex in Markdown;
a chart in HTML, its data table in both), the block says so itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Strong:
    content: Inlines


@dataclass(frozen=True)
class Emph:
    content: Inlines


@dataclass(frozen=True)
class Link:
    """A link inside the report (`#anchor`); Markdown shows only its text, since anchors differ by renderer."""

    content: Inlines
    target: str


@dataclass(frozen=True)
class Badge:
    """A status or category: a mark and a word, with a colour in HTML (never colour alone)."""

    key: str
    mark: str
    word: str
    indicator: bool = False


@dataclass(frozen=True)
class Foreign:
    """Text in another language than the report's (a Norwegian quote in the English report)."""

    lang: str
    content: Inlines


Inline = str | Strong | Emph | Link | Badge | Foreign
Inlines = tuple[Inline, ...]


def inlines(*parts: Inline | Inlines | None) -> Inlines:
    out: list[Inline] = []
    for part in parts:
        if part is None:
            continue
        if isinstance(part, tuple):
            out.extend(part)
        else:
            out.append(part)
    return tuple(out)


def plain(content: Inlines) -> str:
    """The text of inlines, without markup."""
    out = []
    for part in content:
        if isinstance(part, str):
            out.append(part)
        elif isinstance(part, Badge):
            out.append(f"{part.mark} {part.word}")
        else:
            out.append(plain(part.content))
    return "".join(out)


@dataclass
class Heading:
    level: int
    content: Inlines
    anchor: str = ""


@dataclass
class Paragraph:
    content: Inlines
    role: str = ""  # "synthetic", "draft", "note", "method"


@dataclass
class BulletList:
    items: Sequence[Inlines]
    role: str = ""


@dataclass
class Quote:
    content: Inlines
    lang: str
    footnotes: list[tuple[str, str]] = field(default_factory=list)  # (mark, text)


@dataclass
class Table:
    header: Sequence[str]
    rows: Sequence[Sequence[Inlines]]
    numeric: frozenset[int] = frozenset()  # columns of numbers: right-aligned, never broken
    caption: str = ""
    row_anchors: list[str] = field(default_factory=list)
    role: str = ""


@dataclass
class Details:
    """A long list: collapsible in HTML; in Markdown the `instead` blocks (a pointer to the annex)."""

    summary: Inlines
    blocks: list[Block]
    instead: list[Block]


@dataclass
class Figure:
    """A chart (inline SVG, HTML only) with the table of its values, which both formats show."""

    svg: str
    table: Table


@dataclass
class Section:
    """A part of the report with its own heading; `kind` marks the annex so print starts it on a new page."""

    heading: Heading
    blocks: list[Block]
    kind: str = ""


@dataclass
class Contents:
    """The table of contents: (text, anchor, level)."""

    title: str
    entries: list[tuple[str, str, int]]


Block = Heading | Paragraph | BulletList | Quote | Table | Details | Figure | Section | Contents


@dataclass
class Document:
    lang: str
    title: str
    header: list[Block]
    contents: Contents
    main: list[Block]
    footer: list[Block]


def anchor_of(*parts: str) -> str:
    """An id that is valid in HTML and stable: letters, digits and '-'."""
    text = "-".join(parts).lower()
    for src, dst in (("æ", "ae"), ("ø", "o"), ("å", "a")):
        text = text.replace(src, dst)
    cleaned = "".join(c if c.isascii() and c.isalnum() else "-" for c in text)
    while "--" in cleaned:
        cleaned = cleaned.replace("--", "-")
    return cleaned.strip("-")
