"""The indicators that do not depend on the agreement, for any year: request against need, vedtak against
request, settled against decided, nationally, per fylke (in that year's fylke structure) and per kommune.

They describe; they never judge (kommuner and fylker are not parties, and a year before the agreement has no
obligations to meet). Every figure is read or summed from the data; a sum is made only when every row gives
the figure, so a column left out of a table gives no figure rather than a partial one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bosetting.obligations.data.records import Dataset, FylkeYear, KommuneYear
from bosetting.obligations.metrics.allocation import share
from bosetting.obligations.metrics.sources import file_of


@dataclass(frozen=True)
class IndicatorRow:
    """One scope (the nation, a fylke, a kommune) in one year."""

    scope: str  # "national", "fylke" or "kommune"
    number: str  # "NO", a fylkesnummer or a kommunenummer
    name: str
    need: int | None
    anmodning: int | None
    vedtak: int | None
    bosatt: int | None
    source: str

    @property
    def anmodning_of_need_pct(self) -> float | None:
        return _pct(share(self.anmodning, self.need))

    @property
    def vedtak_of_anmodning_pct(self) -> float | None:
        return _pct(share(self.vedtak, self.anmodning))

    @property
    def bosatt_of_vedtak_pct(self) -> float | None:
        return _pct(share(self.bosatt, self.vedtak))


@dataclass(frozen=True)
class YearIndicators:
    year: int
    rows: tuple[IndicatorRow, ...]
    missing: tuple[str, ...]  # "<file>: column '<c>'" for each column the indicators need and the table lacks
    by_fylke_from: str  # the file the fylke figures come from


def _pct(value: float | None) -> float | None:
    return None if value is None else round(100 * value, 1)


def _total(values: Iterable[int | None]) -> int | None:
    listed = list(values)
    return None if not listed or None in listed else sum(listed)  # type: ignore[arg-type]


def _vedtak_total(rows: Sequence[KommuneYear | FylkeYear]) -> int | None:
    """The vedtak registered, summed; None when none is registered (no vedtak is not zero)."""
    given = [r.vedtak for r in rows if r.vedtak is not None]
    return sum(given) if given else None


NEEDED_COLUMNS = ("anmodning", "vedtak", "bosatt")


def year_indicators(dataset: Dataset, year: int, with_kommuner: bool = False) -> YearIndicators:
    """The indicators of one year, from its fylke table when it has one, else from its kommune table."""
    national = dataset.national.get(year)
    need = None
    if national is not None:
        need = national.bosettingsbehov_justert if national.bosettingsbehov_justert is not None \
            else national.bosettingsbehov
    kommune_rows = list(dataset.kommune_years.get(year, {}).values())
    fylke_rows = list(dataset.fylke_years.get(year, {}).values())
    rows: list[IndicatorRow] = []
    fylker = dataset.fylker_of(year)
    if fylke_rows:
        base: Sequence[KommuneYear | FylkeYear] = fylke_rows
        for f in sorted(fylke_rows, key=lambda f: f.fylkesnummer):
            rows.append(IndicatorRow("fylke", f.fylkesnummer, fylker.get(f.fylkesnummer) or f.fylke or "", None,
                                     f.anmodning, f.vedtak, f.bosatt, f.source))
    else:
        base = kommune_rows
        register = dataset.register(year)
        by_fylke: dict[str, list[KommuneYear]] = {}
        for k in kommune_rows:
            by_fylke.setdefault(register[k.kommunenummer].fylkesnummer, []).append(k)
        for fnr in sorted(by_fylke):
            group = by_fylke[fnr]
            rows.append(IndicatorRow("fylke", fnr, fylker.get(fnr, ""), None, sum(r.anmodning for r in group),
                                     _vedtak_total(group), _total(r.bosatt for r in group),
                                     f"{file_of(group[0].source)}: {len(group)} rows"))
    table = file_of(base[0].source) if base else ""
    national_row = IndicatorRow("national", "NO", "Norge", need, sum(r.anmodning for r in base) if base else None,
                                _vedtak_total(base), _total(r.bosatt for r in base),
                                f"{table}: {len(base)} rows" + (f"; {national.source}" if national else ""))
    if with_kommuner:
        register = dataset.register(year)
        for k in sorted(kommune_rows, key=lambda k: k.kommunenummer):
            rows.append(IndicatorRow("kommune", k.kommunenummer, register[k.kommunenummer].navn, None, k.anmodning,
                                     k.vedtak, k.bosatt, k.source))
    files = {file_of(k.source) for k in kommune_rows} | {file_of(f.source) for f in fylke_rows}
    missing = tuple(f"{file}: column '{column}'" for file in sorted(files)
                    for column in dataset.absent_columns.get(file, ()) if column in NEEDED_COLUMNS)
    return YearIndicators(year, (national_row, *rows), missing, table)
