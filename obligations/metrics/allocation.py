"""Vedtak against anmodning per kommune, bosatt against vedtak, and the sums per fylke and nation.

The categories describe a kommune; they never judge it (each kommune decides how many it settles):
it decided more than it was asked (over_anmodning), the same (lik_anmodning), less (under_anmodning),
decided to settle none (vedtak_null), or was asked and has no vedtak registered (ikke_vedtatt). A
kommune that was not asked and decided nothing is ikke_anmodet, which is counted apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from bosetting.obligations.data.records import KommuneYear

CATEGORIES = ("over_anmodning", "lik_anmodning", "under_anmodning", "vedtak_null", "ikke_vedtatt")
NOT_ASKED = "ikke_anmodet"


def vedtak_category(anmodning: int, vedtak: int | None) -> str:
    """Vedtak against anmodning, as a description of the kommune (see the module's docstring)."""
    if anmodning == 0 and not vedtak:
        return NOT_ASKED
    if vedtak is None:
        return "ikke_vedtatt"
    if vedtak > anmodning:
        return "over_anmodning"
    if vedtak == anmodning:
        return "lik_anmodning"
    return "vedtak_null" if vedtak == 0 else "under_anmodning"


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
    # None here and for bosatt: a row does not give the figure (its column is not in the table), so no sum is made.
    anmodning_em: int | None = 0
    vedtak: int = 0
    vedtak_em: int = 0
    # Kommuner with a vedtak registered: without any, the vedtak sums say nothing (not zero).
    with_vedtak: int = 0
    bosatt: int | None = 0
    bosatt_em: int | None = 0
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
    not_given: set[str] = set()
    for row in rows:
        count += 1
        sources.append(row.source)
        totals["anmodning"] += row.anmodning
        totals["vedtak"] += row.vedtak or 0
        totals["with_vedtak"] += row.vedtak is not None
        totals["vedtak_em"] += row.vedtak_em or 0
        for name in ("anmodning_em", "bosatt", "bosatt_em"):
            value = getattr(row, name)
            if value is None:
                not_given.add(name)
            else:
                totals[name] += value
        totals["asked"] += row.anmodning > 0
        if row.fylkeskommune_anbefaling is not None:
            totals["anbefaling"] += row.fylkeskommune_anbefaling
            totals["with_anbefaling"] += 1
        categories[vedtak_category(row.anmodning, row.vedtak)] += 1
    summed: dict[str, int | None] = dict(totals)
    summed.update(dict.fromkeys(not_given))
    return AllocationTotals(kommuner=count, categories={c: categories[c] for c in (*CATEGORIES, NOT_ASKED)},
                            sources=tuple(sources), **summed)  # type: ignore[arg-type]
