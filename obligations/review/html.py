"""report.html: one self-contained page (inline CSS and SVG, no script, no network) that prints cleanly.

The body is the Markdown report rendered by markdown-it, so both formats say exactly
the same; the charts are added as inline SVG before the deviation analysis.
"""

from __future__ import annotations

from html import escape

from markdown_it import MarkdownIt

from obligations.review.model import ReviewModel
from obligations.review.svg import grouped_bars, line_chart
from obligations.review.texts import GROUP_LABELS, t

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;max-width:60rem;margin:2rem auto;
padding:0 1rem;color:#1a1a1a;line-height:1.45}
h1{font-size:1.6rem}h2{border-bottom:2px solid #1f4e79;padding-bottom:.2rem;margin-top:2.2rem}
table{border-collapse:collapse;margin:.6rem 0 1.2rem;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#eef3f8}blockquote{margin:.4rem 0;padding:.2rem .8rem;border-left:4px solid #7fa7d1;color:#333}
.chart{max-width:100%;height:auto;display:block;margin:.5rem 0 1.5rem}
.synthetic{background:#fff4d6;border:1px solid #e0b84c;padding:.5rem .8rem}
@media print{body{max-width:none;margin:0}h2,h3,h4{page-break-after:avoid;break-after:avoid}
table,.chart{page-break-inside:avoid}
a{color:inherit;text-decoration:none}}
"""


def _charts(model: ReviewModel, lang: str) -> str:
    fylker = model.fylker
    by_fylke = grouped_bars(
        t("chart_fylke", lang), [f["fylke"] for f in fylker],
        [(t("anmodning", lang), [f["anmodning"] for f in fylker]), (t("vedtak", lang), [f["vedtak"] for f in fylker]),
         (t("bosatt", lang), [f["bosatt"] for f in fylker])], "chart-fylke")
    buckets = ["0–1", "1–2", "2–3", "3–6", "6–12", "12+"]
    waiting = grouped_bars(
        t("chart_wait", lang), [f"{b} {'mnd.' if lang == 'nb' else 'months'}" for b in buckets],
        [(GROUP_LABELS[g.group][lang], list(g.ventetid_fordeling)) for g in model.groups], "chart-ventetid")
    long_waits = line_chart(t("chart_long", lang), [m for m, _ in model.long_waits_by_month],
                            [n for _, n in model.long_waits_by_month], "chart-lange-ventetider",
                            t("chart_long", lang))
    sections = [("chart_fylke", by_fylke), ("chart_wait", waiting), ("chart_long", long_waits)]
    return f"<h2>{escape(t('charts', lang))}</h2>\n" + "".join(
        f"<h3>{escape(t(key, lang))}</h3>\n{svg}\n" for key, svg in sections)


def render_html(model: ReviewModel, markdown_text: str, lang: str) -> str:
    body = MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown_text)
    if model.synthetic:
        synthetic = escape(t("synthetic", lang))
        plain = f"<p><strong>{synthetic}</strong></p>"
        body = body.replace(plain, plain.replace("<p>", '<p class="synthetic">'), 1)
    marker = f"<h2>{escape(t('deviation', lang))}</h2>"
    body = body.replace(marker, _charts(model, lang) + marker, 1)
    title = escape(t("title", lang, year=model.year))
    return (f'<!DOCTYPE html>\n<html lang="{"nb" if lang == "nb" else "en"}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{title}</title>\n'
            f"<style>{CSS}</style>\n</head>\n<body>\n{body}</body>\n</html>\n")
