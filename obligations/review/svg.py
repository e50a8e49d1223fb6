"""Small inline SVG charts: no script, no network, the same bytes for the same data.

Series differ by colour and by pattern (solid, hatched, dotted, cross-hatched), so they can be told
apart in greyscale print and without colour vision; every colour has at least 3:1 contrast against
the white background. The legend wraps onto as many rows as its words need, so no item is cut or
drawn over another. The values are in a table beside each chart (see obligations.review.content).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

from bosetting.engine.render import format_value

# Contrast against white: 8.6:1, 4.6:1, 5.1:1, 7.4:1.
PALETTE = ("#1f4e79", "#b45309", "#2e7d32", "#6a3d9a")
WIDTH = 760
FONT = 12
AXIS = "#4a4a4a"


def _text_width(text: str, size: int = FONT) -> float:
    """A generous estimate of rendered width (system sans-serif); wide enough that nothing overlaps."""
    return sum(size * (0.62 if c.isupper() else 0.56 if c.isalnum() else 0.34) for c in text)


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round tick values from 0 past `top`, with a step of 1, 2 or 5 times a power of ten."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / (count - 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    ticks = [0.0]
    while ticks[-1] < top:
        ticks.append(ticks[-1] + step)
    return ticks


def _patterns(chart_id: str, count: int) -> list[str]:
    parts = ["<defs>"]
    for i in range(count):
        colour = PALETTE[i % len(PALETTE)]
        pid = f"{chart_id}-p{i}"
        kind = i % 4
        if kind == 0:
            parts.append(f'<pattern id="{pid}" width="6" height="6" patternUnits="userSpaceOnUse">'
                         f'<rect width="6" height="6" fill="{colour}"/></pattern>')
        elif kind == 1:
            parts.append(f'<pattern id="{pid}" width="6" height="6" patternUnits="userSpaceOnUse" '
                         f'patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/>'
                         f'<rect width="3.2" height="6" fill="{colour}"/></pattern>')
        elif kind == 2:
            parts.append(f'<pattern id="{pid}" width="5" height="5" patternUnits="userSpaceOnUse">'
                         f'<rect width="5" height="5" fill="#fff"/><circle cx="2.5" cy="2.5" r="1.6" '
                         f'fill="{colour}"/></pattern>')
        else:
            parts.append(f'<pattern id="{pid}" width="6" height="6" patternUnits="userSpaceOnUse">'
                         f'<rect width="6" height="6" fill="#fff"/><path d="M0 3H6M3 0V6" stroke="{colour}" '
                         f'stroke-width="1.6"/></pattern>')
    parts.append("</defs>")
    return parts


def _legend(names: Sequence[str], chart_id: str, x0: float, y0: float, right: float) -> tuple[list[str], float]:
    """Legend items left to right, wrapping to a new row when the next would pass `right`; returns its height."""
    parts: list[str] = []
    x, y = x0, y0
    row_h = FONT + 8
    for i, name in enumerate(names):
        width = 14 + 6 + _text_width(name) + 18
        if x > x0 and x + width > right:
            x, y = x0, y + row_h
        colour = PALETTE[i % len(PALETTE)]
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="14" height="14" fill="url(#{chart_id}-p{i})" '
                     f'stroke="{colour}" stroke-width="1.5"/>')
        parts.append(f'<text x="{x + 20:.1f}" y="{y + 12:.1f}" font-size="{FONT}" fill="#1e1e1e">'
                     f"{escape(name)}</text>")
        x += width
    return parts, (y - y0) + row_h


def _open(title: str, chart_id: str, height: float) -> list[str]:
    return [f'<svg xmlns="http://www.w3.org/2000/svg" id="{chart_id}" class="chart" role="img" '
            f'aria-label="{escape(title)}" viewBox="0 0 {WIDTH} {height:.0f}" width="{WIDTH}" height="{height:.0f}" '
            f'font-family="system-ui, sans-serif">', f"<title>{escape(title)}</title>"]


def _grid(ticks: Sequence[float], top: float, plot_h: float, left: float, right: float, lang: str) -> list[str]:
    parts = []
    top_value = ticks[-1]
    for value in ticks:
        y = top + plot_h - plot_h * value / top_value
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="#d0d0d0"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="{FONT - 1}" text-anchor="end" fill="#1e1e1e">'
                     f"{escape(format_value(int(value), lang))}</text>")
    parts.append(f'<line x1="{left}" y1="{top + plot_h:.1f}" x2="{right}" y2="{top + plot_h:.1f}" stroke="{AXIS}"/>')
    return parts


def grouped_bars(title: str, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                 chart_id: str, lang: str = "nb", value_labels: bool = False) -> str:
    """One group of bars per category, one bar per series; with `value_labels`, each bar's value above it
    (for charts with few bars, such as one group per year of the agreement period)."""
    left, right = 64, WIDTH - 16
    legend, legend_h = _legend([name for name, _ in series], chart_id, left, 8, right)
    if value_labels:
        legend_h += FONT + 4  # room for the label above the tallest bar
    label_room = max((_text_width(c, FONT - 1) for c in categories), default=0) * math.sin(math.radians(40)) + 18
    top, plot_h = 8 + legend_h + 14, 200
    height = top + plot_h + label_room
    ticks = nice_ticks(max((v for _, values in series for v in values), default=0))
    group_w = (right - left) / max(len(categories), 1)
    bar_w = group_w * 0.8 / max(len(series), 1)
    parts = _open(title, chart_id, height) + _patterns(chart_id, len(series)) + legend
    parts += _grid(ticks, top, plot_h, left, right, lang)
    for c_index, category in enumerate(categories):
        gx = left + c_index * group_w + group_w * 0.1
        for s_index, (name, values) in enumerate(series):
            value = values[c_index]
            bar_h = plot_h * value / ticks[-1]
            x = gx + s_index * bar_w
            parts.append(f'<rect class="bar" x="{x:.1f}" y="{top + plot_h - bar_h:.1f}" width="{bar_w:.1f}" '
                         f'height="{bar_h:.1f}" fill="url(#{chart_id}-p{s_index})" '
                         f'stroke="{PALETTE[s_index % len(PALETTE)]}" stroke-width="1">'
                         f"<title>{escape(category)} – {escape(name)}: {escape(format_value(value, lang))}</title>"
                         f"</rect>")
            if value_labels:
                parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h - bar_h - 4:.1f}" font-size="{FONT - 2}" '
                             f'text-anchor="middle" fill="#1e1e1e">{escape(format_value(value, lang))}</text>')
        label_x = gx + group_w * 0.4
        label_y = top + plot_h + 14
        parts.append(f'<text x="{label_x:.1f}" y="{label_y:.1f}" font-size="{FONT - 1}" text-anchor="end" '
                     f'fill="#1e1e1e" transform="rotate(-40 {label_x:.1f} {label_y:.1f})">{escape(category)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def line_chart(title: str, labels: Sequence[str], values: Sequence[float], chart_id: str, series_name: str,
               lang: str = "nb") -> str:
    """One series over time, each point labelled with its value (the title names the series: no legend)."""
    left, right = 64, WIDTH - 24
    top, plot_h = 30, 170
    height = top + plot_h + 30
    ticks = nice_ticks(max(values, default=0))
    step = (right - left - 20) / max(len(labels) - 1, 1)
    points = [(left + 10 + i * step, top + plot_h - plot_h * v / ticks[-1]) for i, v in enumerate(values)]
    parts = _open(title, chart_id, height) + _grid(ticks, top, plot_h, left, right, lang)
    parts.append(f'<text x="{left}" y="16" font-size="{FONT}" fill="#1e1e1e">{escape(series_name)}</text>')
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    parts.append(f'<polyline class="line" points="{path}" fill="none" stroke="{PALETTE[0]}" stroke-width="2.5"/>')
    for (x, y), label, value in zip(points, labels, values, strict=True):
        text = escape(format_value(value, lang))
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="#fff" stroke="{PALETTE[0]}" stroke-width="2">'
                     f"<title>{escape(label)}: {text}</title></circle>")
        parts.append(f'<text x="{x:.1f}" y="{y - 9:.1f}" font-size="{FONT - 1}" text-anchor="middle" '
                     f'fill="#1e1e1e">{text}</text>')
        parts.append(f'<text x="{x:.1f}" y="{top + plot_h + 18}" font-size="{FONT - 1}" text-anchor="middle" '
                     f'fill="#1e1e1e">{escape(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)
