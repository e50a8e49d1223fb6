"""Small inline SVG charts: no script, no network, the same bytes for the same data."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

PALETTE = ("#1f4e79", "#7fa7d1", "#e08a2c", "#5b8c3a")
WIDTH = 760


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10.0 * magnitude


def _tick(value: float) -> str:
    """Thousands separated by a thin space, which reads right in both bokmål and English."""
    return f"{value:,.0f}".replace(",", "\u2009")


def _frame(title: str, chart_id: str, height: int, top: int, plot_h: int, left: int, top_value: float) -> list[str]:
    """The opening of a chart: its title for screen readers, and the value grid with its ticks."""
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" id="{chart_id}" class="chart" role="img" '
             f'aria-label="{escape(title)}" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}">',
             f'<title>{escape(title)}</title>']
    for i in range(5):
        value = top_value * i / 4
        y = top + plot_h - plot_h * i / 4
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{WIDTH - 20}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end">{_tick(value)}</text>')
    return parts


def _legend(series_names: Sequence[str], x: int, y: int) -> list[str]:
    parts = []
    for i, name in enumerate(series_names):
        px = x + i * 180
        parts.append(f'<rect x="{px}" y="{y}" width="12" height="12" fill="{PALETTE[i % len(PALETTE)]}"/>')
        parts.append(f'<text x="{px + 16}" y="{y + 11}" font-size="12">{escape(name)}</text>')
    return parts


def grouped_bars(title: str, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                 chart_id: str) -> str:
    """One group of bars per category, one bar per series."""
    height, top, bottom, left = 320, 40, 90, 60
    plot_h = height - top - bottom
    top_value = _nice_max(max((v for _, values in series for v in values), default=0))
    group_w = (WIDTH - left - 20) / max(len(categories), 1)
    bar_w = group_w * 0.8 / max(len(series), 1)
    parts = _frame(title, chart_id, height, top, plot_h, left, top_value)
    for c_index, category in enumerate(categories):
        gx = left + c_index * group_w + group_w * 0.1
        for s_index, (name, values) in enumerate(series):
            value = values[c_index]
            bar_h = plot_h * value / top_value
            x = gx + s_index * bar_w
            parts.append(f'<rect class="bar" x="{x:.1f}" y="{top + plot_h - bar_h:.1f}" width="{bar_w:.1f}" '
                         f'height="{bar_h:.1f}" fill="{PALETTE[s_index % len(PALETTE)]}">'
                         f'<title>{escape(category)} – {escape(name)}: {value:,.0f}</title></rect>')
        label_x = gx + group_w * 0.4
        parts.append(f'<text x="{label_x:.1f}" y="{top + plot_h + 12}" font-size="10" text-anchor="end" '
                     f'transform="rotate(-40 {label_x:.1f} {top + plot_h + 12})">{escape(category)}</text>')
    parts += _legend([name for name, _ in series], left, 12)
    parts.append("</svg>")
    return "".join(parts)


def line_chart(title: str, labels: Sequence[str], values: Sequence[float], chart_id: str, series_name: str) -> str:
    height, top, bottom, left = 260, 40, 50, 60
    plot_h = height - top - bottom
    top_value = _nice_max(max(values, default=0))
    step = (WIDTH - left - 40) / max(len(labels) - 1, 1)
    points = [(left + i * step, top + plot_h - plot_h * v / top_value) for i, v in enumerate(values)]
    parts = _frame(title, chart_id, height, top, plot_h, left, top_value)
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    parts.append(f'<polyline class="line" points="{path}" fill="none" stroke="{PALETTE[0]}" stroke-width="2"/>')
    for (x, y), label, value in zip(points, labels, values, strict=True):
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{PALETTE[0]}"><title>{escape(label)}: '
                     f'{value:,.0f}</title></circle>')
        parts.append(f'<text x="{x:.1f}" y="{top + plot_h + 16}" font-size="10" text-anchor="middle">'
                     f'{escape(label[-2:])}</text>')
    parts += _legend([series_name], left, 12)
    parts.append("</svg>")
    return "".join(parts)
