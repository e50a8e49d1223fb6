"""report.html: one self-contained page (inline CSS and SVG, no script, no network) that prints on A4.

The page is the report's document tree (obligations.review.content) in HTML: landmarks (header,
navigation, main, footer) so that every part is reachable, statuses as a mark, a word and a
colour, long lists in a collapsible part, Norwegian quotes marked lang="nb" in the English report.
The style is the project's own, a few dozen rules written here so the page stays one small file;
the status colours are chosen for contrast (text 4.5:1, borders 3:1), not taken from a design system.
"""

from __future__ import annotations

from html import escape

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

# Each status: text colour, background and border; text on background is at least 4.5:1, the border at
# least 3:1 against white (WCAG 1.4.3 and 1.4.11).
STATUS_COLOURS = {
    "not_met": ("#7a1212", "#fde8e8", "#c01b1b"),
    "partly_met": ("#5c3d00", "#fff1cc", "#a26a00"),
    "pending": ("#1c3a80", "#e6edfc", "#2f5bc4"),
    "insufficient_data": ("#333333", "#ececec", "#6b6b6b"),
    "waived": ("#4b2a80", "#efe6fb", "#7042b8"),
    "documented": ("#0b4a66", "#e3f1f7", "#1b7399"),
    "met": ("#11521b", "#e3f3e5", "#24812f"),
    "not_applicable": ("#3d3d3d", "#f5f5f5", "#767676"),
}

CSS = """
:root{--ink:#1e1e1e;--muted:#4a4a4a;--line:#c4c8cc;--accent:#0062ba;--accent-ink:#00315d;--head:#eef3f8}
*{box-sizing:border-box}
body{font-family:"Inter","Segoe UI",system-ui,-apple-system,Roboto,Arial,sans-serif;color:var(--ink);
line-height:1.45;margin:0;font-size:16px}
.page{max-width:72rem;margin:0 auto;padding:0 1.25rem}
header.banner{padding:1rem 0 .25rem}
h1{font-size:1.55rem;margin:.2rem 0}h2{font-size:1.3rem;border-bottom:2px solid var(--accent);padding-bottom:.15rem;
margin:2rem 0 .6rem}h3{font-size:1.1rem;margin:1.4rem 0 .4rem}h4{font-size:1rem;margin:1rem 0 .3rem}
p{margin:.35rem 0}
a{color:var(--accent-ink)}a:focus-visible,summary:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.subtitle{color:var(--muted);margin:0}
.draft{border-left:4px solid var(--accent);background:#f1f6fb;padding:.3rem .7rem;font-size:.88rem}
.synthetic{background:#fff4d6;border:1px solid #a26a00;padding:.3rem .7rem;font-size:.88rem}
.first{display:grid;grid-template-columns:minmax(0,23rem) minmax(0,1fr);gap:0 2rem;align-items:start}
.first section>h2{margin-top:.5rem;font-size:1.1rem}
.first .note{margin-top:.3rem}
ul.legend{list-style:none;padding:0;margin:.3rem 0;columns:2;column-gap:1.5rem;font-size:.82rem;line-height:1.3}
ul.legend li{break-inside:avoid;margin:0 0 .35rem}
.note{color:var(--muted);font-size:.88rem}
table{border-collapse:collapse;margin:.4rem 0 1rem;font-size:.9rem}
caption{text-align:left;font-style:italic;color:var(--muted);padding:.2rem 0}
th,td{border:1px solid var(--line);padding:.2rem .45rem;text-align:left;vertical-align:top;
overflow-wrap:normal;word-break:normal;hyphens:manual}
th{background:var(--head)}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}th.num{text-align:right}
table.key-figures td:first-child{white-space:nowrap}
table.key-figures td.num strong{font-size:1.15rem}
table.hashes td{overflow-wrap:anywhere;font-family:ui-monospace,monospace;font-size:.78rem}
table.sources td:last-child{overflow-wrap:anywhere}
.status{display:inline-block;white-space:nowrap;border:1px solid;border-radius:3px;padding:0 .35rem;
font-size:.85em;font-weight:600;line-height:1.5}
.status .mark{display:inline-block;min-width:1em;text-align:center}
.indicator{display:inline-block;white-space:nowrap;border:1px dashed #6b6b6b;border-radius:3px;padding:0 .3rem;
font-size:.85em;color:#333}
blockquote{margin:.3rem 0 .5rem;padding:.15rem .8rem;border-left:4px solid #5c7d9b;color:#2b2b2b}
blockquote .footnote{font-size:.85rem;color:var(--muted)}
ul{margin:.25rem 0 .5rem;padding-left:1.3rem}
ul.facts{list-style:none;padding:0;font-size:.9rem}
ul.evidence{font-size:.88rem;color:#2b2b2b}
.method{font-size:.9rem}
.finding{margin-top:.5rem}
details{margin:.3rem 0 .8rem}summary{cursor:pointer;color:var(--accent-ink);font-weight:600}
figure{margin:.5rem 0 1.5rem}
.chart{max-width:100%;height:auto;display:block}
nav.contents{border:1px solid var(--line);background:#fafbfc;padding:.3rem 1rem;margin:1rem 0}
nav.contents h2{border:0;margin:.3rem 0;font-size:1.05rem}
nav.contents ol{columns:2;column-gap:2rem;margin:.2rem 0 .4rem;padding-left:1.4rem;font-size:.92rem}
footer{border-top:1px solid var(--line);margin-top:2rem;padding:.6rem 0 1.5rem;color:var(--muted);font-size:.88rem}
@media (max-width:50rem){.first{display:block}ul.legend,nav.contents ol{columns:1}}
@page{size:A4;margin:16mm 14mm 16mm 14mm}
@media print{
body{font-size:10pt}.page{max-width:none;padding:0}
h1,h2,h3,h4{break-after:avoid;page-break-after:avoid}
h2,h3,h4{break-inside:avoid}
tr,blockquote,figure,li{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
section.annex{break-before:page;page-break-before:always}
nav.contents{break-inside:avoid}
details>summary{list-style:none}
a{color:inherit;text-decoration:none}
.first{grid-template-columns:minmax(0,16rem) minmax(0,1fr)}
}
""" + "".join(f".status-{key}{{color:{ink};background:{bg};border-color:{border}}}"
              for key, (ink, bg, border) in STATUS_COLOURS.items()) + "\n"


def _inlines(content: Inlines) -> str:
    out = []
    for part in content:
        if isinstance(part, str):
            out.append(escape(part, quote=False))
        elif isinstance(part, Strong):
            out.append(f"<strong>{_inlines(part.content)}</strong>")
        elif isinstance(part, Emph):
            out.append(f"<em>{_inlines(part.content)}</em>")
        elif isinstance(part, Link):
            out.append(f'<a href="#{escape(part.target)}">{_inlines(part.content)}</a>')
        elif isinstance(part, Foreign):
            out.append(f'<span lang="{escape(part.lang)}">{_inlines(part.content)}</span>')
        elif isinstance(part, Badge):
            word = escape(part.word, quote=False)
            mark = f'<span class="mark" aria-hidden="true">{escape(part.mark, quote=False)}</span> '
            if part.indicator:
                out.append(f'<span class="indicator">{mark}{word}</span>')
            else:
                out.append(f'<span class="status status-{escape(part.key)}">{mark}{word}</span>')
    return "".join(out)


def _cls(role: str) -> str:
    return f' class="{escape(role)}"' if role else ""


def _table(table: Table) -> str:
    def cell(tag: str, index: int, content: str) -> str:
        numeric = ' class="num"' if index in table.numeric else ""
        return f"<{tag}{numeric}>{content}</{tag}>"

    parts = [f"<table{_cls(table.role)}>"]
    if table.caption:
        parts.append(f"<caption>{escape(table.caption)}</caption>")
    parts.append("<thead><tr>" + "".join(cell("th", i, escape(h, quote=False)).replace("<th", '<th scope="col"', 1)
                                         for i, h in enumerate(table.header)) + "</tr></thead><tbody>")
    for r, row in enumerate(table.rows):
        anchor = table.row_anchors[r] if r < len(table.row_anchors) else ""
        parts.append(f'<tr id="{escape(anchor)}">' if anchor else "<tr>")
        parts.append("".join(cell("td", i, _inlines(c)) for i, c in enumerate(row)) + "</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        anchor = f' id="{escape(block.anchor)}"' if block.anchor else ""
        return f"<h{block.level}{anchor}>{_inlines(block.content)}</h{block.level}>\n"
    if isinstance(block, Paragraph):
        return f"<p{_cls(block.role)}>{_inlines(block.content)}</p>\n"
    if isinstance(block, BulletList):
        if not block.items:
            return ""
        return f"<ul{_cls(block.role)}>" + "".join(f"<li>{_inlines(i)}</li>" for i in block.items) + "</ul>\n"
    if isinstance(block, Quote):
        notes = "".join(f'<p class="footnote">{escape(mark)} {escape(note)}</p>' for mark, note in block.footnotes)
        return f'<blockquote lang="{escape(block.lang)}"><p>{_inlines(block.content)}</p>{notes}</blockquote>\n'
    if isinstance(block, Table):
        return _table(block) + "\n"
    if isinstance(block, Details):
        return (f"<details><summary>{_inlines(block.summary)}</summary>"
                + "".join(_block(b) for b in block.blocks) + "</details>\n")
    if isinstance(block, Figure):
        return f"<figure>{block.svg}{_table(block.table)}</figure>\n"
    if isinstance(block, Section):
        anchor = block.heading.anchor
        labelled = f' aria-labelledby="{escape(anchor)}"' if anchor else ""
        kind = f' class="{escape(block.kind)}-part"' if block.kind == "first" else _cls(block.kind)
        return (f"<section{labelled}{kind}>\n{_block(block.heading)}" + "".join(_block(b) for b in block.blocks)
                + "</section>\n")
    if isinstance(block, Contents):
        items = "".join(f'<li><a href="#{escape(anchor)}">{escape(text)}</a></li>' for text, anchor, _ in block.entries)
        return (f'<nav class="contents" aria-labelledby="innhold"><h2 id="innhold">{escape(block.title)}</h2>'
                f"<ol>{items}</ol></nav>\n")
    raise TypeError(f"no HTML for {type(block).__name__}")


def _too_wide_for_the_narrow_column(section: Section) -> bool:
    """The first screen's left column is 23rem: a table of more than three columns (the source's own totals, the
    numbers mapped from another year's register) runs over the right one."""
    return any(isinstance(b, Table) and len(b.header) > 3 for b in section.blocks)


def render_document_html(document: Document) -> str:
    first = [b for b in document.main if isinstance(b, Section) and b.kind == "first"]
    rest = [b for b in document.main if b not in first]
    above = first[:1] if first and _too_wide_for_the_narrow_column(first[0]) else []  # then the whole width
    first = first[len(above):]
    header = "".join(_block(b) for b in document.header)
    columns = f'<div>{_block(first[0])}</div><div>{"".join(_block(b) for b in first[1:])}</div>' if first else ""
    main = ("".join(_block(b) for b in above) + f'<div class="first">\n{columns}</div>\n' + _block(document.contents)
            + "".join(_block(b) for b in rest))
    footer = "".join(_block(b) for b in document.footer)
    return (f'<!DOCTYPE html>\n<html lang="{escape(document.lang)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(document.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            f'<div class="page">\n<header class="banner">\n{header}</header>\n<main>\n{main}</main>\n'
            f"<footer>\n{footer}</footer>\n</div>\n</body>\n</html>\n")


def render_html(model: ReviewModel, lang: str) -> str:
    return render_document_html(build_document(model, lang))
