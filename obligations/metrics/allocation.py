"""Vedtak against anmodning per kommune, bosatt against vedtak, and the sums per fylke and nation.

The categories are those IMDi reports: a kommune decided more than it was asked (over), the
same (lik), less (under, including 0: the kommune said no), or has no vedtak registered (ingen).
A kommune that was not asked and decided nothing is not in any category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from obligations.data.records import KommuneYear

CATEGORIES = ("over", "lik", "under", "ingen")


def vedtak_category(anmodning: int, vedtak: int | None) -> str | None:
    if vedtak is None:
        return "ingen" if anmodning > 0 else None
    if vedtak > anmodning:
        return "over"
    if vedtak == anmodning:
        return "lik"
    return "under"


def share(part: int | float | None, whole: int | float | None) -> float | None:
    """part / whole, or None when either is missing or the whole is not positive."""
    if part is None or whole is None or whole <= 0:
        return None
    return part / whole


@dataclass(frozen=True)
class AllocationTotals:
    """Sums over a set of kommuner (a fylke, or the nation)."""

    kommuner: int = 0
    asked: int = 0
    anmodning: int = 0
    anmodning_em: int = 0
    vedtak: int = 0
    vedtak_em: int = 0
    # Kommuner with a vedtak registered: without any, the vedtak sums say nothing (not zero).
    with_vedtak: int = 0
    bosatt: int = 0
    bosatt_em: int = 0
    anbefaling: int = 0
    with_anbefaling: int = 0
    categories: dict[str, int] = field(default_factory=dict)
    sources: tuple[str, ...] = ()

    def category(self, name: str) -> int:
        return self.categories.get(name, 0)


def allocation_totals(rows: Iterable[KommuneYear]) -> AllocationTotals:
    """Sum anmodning, vedtak (registered ones), bosatt and fylkeskommune recommendations; count categories."""
    totals = Counter[str]()
    categories: Counter[str] = Counter()
    sources = []
    count = 0
    for row in rows:
        count += 1
        sources.append(row.source)
        totals["anmodning"] += row.anmodning
        totals["anmodning_em"] += row.anmodning_em
        totals["vedtak"] += row.vedtak or 0
        totals["with_vedtak"] += row.vedtak is not None
        totals["vedtak_em"] += row.vedtak_em or 0
        totals["bosatt"] += row.bosatt
        totals["bosatt_em"] += row.bosatt_em
        totals["asked"] += row.anmodning > 0
        if row.fylkeskommune_anbefaling is not None:
            totals["anbefaling"] += row.fylkeskommune_anbefaling
            totals["with_anbefaling"] += 1
        category = vedtak_category(row.anmodning, row.vedtak)
        if category is not None:
            categories[category] += 1
    return AllocationTotals(kommuner=count, categories={c: categories[c] for c in CATEGORIES},
                            sources=tuple(sources), **totals)
