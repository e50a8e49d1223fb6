"""report.md: the report's document tree as Markdown that reads the same in GFM, pandoc and Python-Markdown.

Every list and table has a blank line before it (pandoc's and Python-Markdown's rule); links inside
the report are written as plain text, since each renderer makes its own heading ids.
"""

from __future__ import annotations

from bosetting.obligations.review.content import build_document
from bosetting.obligations.review.document import (
    Badge,
    Block,
    BulletList,
    Contents,
    Details,
    Document,
    Emph,
    Figure,
    Foreign,
    Heading,
    Inlines,
    Link,
    Paragraph,
    Quote,
    Section,
    Strong,
    Table,
)
from bosetting.obligations.review.model import ReviewModel
from bosetting.obligations.safe_text import markdown_text


def _text(text: str) -> str:
    """Text as literal Markdown: nothing from the inputs can become a link, image, HTML, heading or table cell."""
    return markdown_text(text)


def render_inlines(content: Inlines) -> str:
    out = []
    for part in content:
        if isinstance(part, str):
            out.append(_text(part))
        elif isinstance(part, Strong):
            out.append(f"**{render_inlines(part.content)}**")
        elif isinstance(part, Emph):
            out.append(f"*{render_inlines(part.content)}*")
        elif isinstance(part, Badge):
            out.append(f"**{_text(part.mark)} {_text(part.word)}**" if not part.indicator else _text(part.word))
        elif isinstance(part, (Link, Foreign)):
            out.append(render_inlines(part.content))
    return "".join(out)


def _table(table: Table) -> list[str]:
    lines = []
    if table.caption:
        lines += [f"*{_text(table.caption)}*", ""]
    align = ["---:" if i in table.numeric else "---" for i in range(len(table.header))]
    lines.append("| " + " | ".join(_text(h) for h in table.header) + " |")
    lines.append("| " + " | ".join(align) + " |")
    lines += ["| " + " | ".join(render_inlines(cell) for cell in row) + " |" for row in table.rows]
    return lines + [""]


def _block(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return ["#" * block.level + " " + render_inlines(block.content), ""]
    if isinstance(block, Paragraph):
        return [render_inlines(block.content), ""]
    if isinstance(block, BulletList):
        return [f"- {render_inlines(item)}" for item in block.items] + [""] if block.items else []
    if isinstance(block, Quote):
        lines = [f"> {render_inlines(block.content)}"]
        for mark, note in block.footnotes:
            lines += [">", f"> {_text(mark)} {_text(note)}"]
        return lines + [""]
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Details):
        return [line for b in block.instead for line in _block(b)]
    if isinstance(block, Figure):
        return _table(block.table)
    if isinstance(block, Section):
        return _block(block.heading) + [line for b in block.blocks for line in _block(b)]
    if isinstance(block, Contents):
        return [f"**{_text(block.title)}**", ""] + [f"- {_text(text)}" for text, _, _ in block.entries] + [""]
    raise TypeError(f"no Markdown for {type(block).__name__}")


def render_document_markdown(document: Document) -> str:
    first = [b for b in document.main if isinstance(b, Section) and b.kind == "first"]
    rest = [b for b in document.main if b not in first]
    lines: list[str] = []
    for block in [*document.header, *first, document.contents, *rest, *document.footer]:
        lines += _block(block)
    return "\n".join(lines).rstrip() + "\n"


def render_markdown(model: ReviewModel, lang: str) -> str:
    return render_document_markdown(build_document(model, lang))
