"""Putting each kommune in the fylke it belonged to in the year evaluated, when the register is not that year's.

A register without validity dates (and a year folder without its own kommuner.csv) is read as valid in every
year, so a year before a reform sees the kommuner with their later numbers, and so with the fylker those numbers
begin with: 3101 Halden in fylke 31 (Østfold from 2024) for 2023, when Halden was 3001 in Viken (30); 5061 Rindal
in Trøndelag (50) for 2019, when Rindal was 1567 in Møre og Romsdal (15). Every per-fylke sum reads the fylke from
the year's register (`Dataset.register`), so that register is given the fylke of the year:

- followed back through the kommune change table, the kommune's number as it stood on the year's 1 January begins
  with the fylkesnummer of that year (a kommune made by a merge: every part; a part of a split: the whole);
- a kommune made from kommuner of different fylker cannot be put in one, and a fylke that the fylke register does
  not have in the year cannot be the kommune's: both are refused, naming the register row, so that no sum is made
  in a fylke structure the year did not have.

A versioned register or a year's own register already holds the year's numbers, and is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

from bosetting.engine.problems import Problem
from bosetting.obligations.data.changes import ChangeTable, cited_rows
from bosetting.obligations.data.records import Dataset, Kommune

_SHOWN = 10


def _row_of(source: str) -> tuple[str, int]:
    file, _, row = source.rpartition(":row ")
    return file, int(row) if row.isdigit() else 0


def place_in_fylker(dataset: Dataset, year: int) -> tuple[dict[str, Kommune] | None, list[Problem], list[Problem]]:
    """The register of `year` with each kommune in the fylke of that year (None when nothing moves), the warning
    that lists the kommuner moved, and the problems of kommuner that cannot be placed."""
    if year in dataset.kommuner_by_year or not (dataset.kommune_changes or dataset.fylker):
        return None, [], []
    table = ChangeTable(dataset.kommune_changes, "kommune")
    fylker = dataset.fylker_of(year)
    register = dataset.register(year)
    names = {k.fylkesnummer: k.fylke for k in register.values()} | fylker
    placed: dict[str, Kommune] = {}
    moved: list[str] = []
    unplaced: list[tuple[Kommune, str]] = []
    for knr, kommune in register.items():
        origins, path = table.origins(knr, year) if table else ({knr}, ())
        fylke_numbers = sorted({number[:2] for number in origins})
        if len(fylke_numbers) > 1:
            unplaced.append((kommune, f"it was made from {', '.join(sorted(origins))} of the fylker "
                                      f"{', '.join(fylke_numbers)} ({cited_rows(path)})"))
            continue
        fylke = fylke_numbers[0]
        if dataset.fylker and fylke not in fylker:
            why = f"its number in {year} was {', '.join(sorted(origins))}, of fylke {fylke}" if path else \
                f"its fylke {fylke} is not a fylke in {year}"
            unplaced.append((kommune, f"{why}, and the fylke register has no fylke {fylke} in {year}"))
            continue
        if fylke != kommune.fylkesnummer:
            placed[knr] = replace(kommune, fylkesnummer=fylke, fylke=names.get(fylke, fylke))
            moved.append(f"{knr} {kommune.navn} {kommune.fylkesnummer} → {fylke} (as {', '.join(sorted(origins))})")
        else:
            placed[knr] = kommune
    problems = []
    if unplaced:
        first, why = unplaced[0]
        file, row = _row_of(first.source)
        more = f" ({len(unplaced) - 1} more: {', '.join(k.kommunenummer for k, _ in unplaced[1:_SHOWN + 1])}" \
               f"{' …' if len(unplaced) > _SHOWN + 1 else ''})" if len(unplaced) > 1 else ""
        problems.append(Problem(file, row, 0, (
            f"kommune {first.kommunenummer} {first.navn} cannot be put in a fylke of {year}: {why}{more}. The register "
            f"has no versions for {year}: give its rows gyldig_fra and gyldig_til (or {year}/kommuner.csv) with the "
            f"kommuner of {year}, or complete the change table"), row=row, column_name="fylkesnummer"))
    if not moved or problems:
        return None, [], problems
    file = _row_of(next(iter(register.values())).source)[0]
    shown = "; ".join(moved[:_SHOWN]) + (f" and {len(moved) - _SHOWN} more" if len(moved) > _SHOWN else "")
    note = Problem(file, severity="warning", message=(
        f"{len(moved)} kommune(r) of the register are counted in the fylke they belonged to in {year}, followed "
        f"back through the change table: {shown}"))
    return placed, [note], []
