"""Cross-checks of files that describe the same thing: where they disagree, each contradiction names both.

- `kommune_aar` says how many were settled in each kommune (`bosatt`, `bosatt_em`); `personer` lists every
  person settled in the year. Both are complete counts of the same people (docs/data.md), so they must agree.
- `belegg` says how many bosettingsklare waited in each kind of mottak at a month's end; `personer` lists
  those still waiting at the year's end and those settled in the year, so the persons it shows waiting at a
  month's end are a lower bound: more of them than `belegg` counts is a contradiction (fewer is not: someone
  who left the queue in another way is in neither list).

These are warnings, not errors: the two files come from different registers, and the review can go on. It
says which file each figure comes from: settled counts from `kommune_aar`, waiting times from `personer`,
occupancy from `belegg`.
"""

from __future__ import annotations

import bisect
import calendar
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from bosetting.engine.problems import Problem
from bosetting.obligations.data.records import Dataset, PersonRecords

_SHOWN_ROWS = 5


def _file_and_row(source: str) -> tuple[str, int | None]:
    file, _, row = source.rpartition(":row ")
    return (file, int(row)) if file and row.isdigit() else (source, None)


@dataclass(frozen=True)
class Contradiction:
    """One figure that two files give differently: `stated` at `source` (`column`), `counted` in `other_file`."""

    year: int
    source: str  # <file>:row <n> of the figure
    column: str  # bosatt, bosatt_em, bosettingsklare, or kommunenummer (a kommune settled in with no row)
    subject: str  # "4601 Bergen", or "asylmottak 2027-01"
    stated: int | None  # None: the kommune has no row
    counted: int
    other_file: str
    other_rows: tuple[int, ...]

    def rows_text(self) -> str:
        shown = ", ".join(map(str, self.other_rows[:_SHOWN_ROWS]))
        more = len(self.other_rows) - _SHOWN_ROWS
        return ("row " if len(self.other_rows) == 1 else "rows ") + shown + (f" and {more} more" if more > 0 else "")

    def problem(self) -> Problem:
        file, row = _file_and_row(self.source)
        listed = f" ({self.rows_text()})" if self.other_rows else ""
        if self.column == "kommunenummer":
            message = (f"{self.counted} person(s) settled in {self.subject} in {self.year}{listed}, but the kommune "
                       "table has no row for it: the two files disagree")
        elif self.column == "bosettingsklare":
            message = (f"bosettingsklare is {self.stated} for {self.subject} (at the month's end), but "
                       f"{self.other_file} has {self.counted} persons waiting there then: the two files disagree. "
                       "The review reads occupancy from belegg and waiting times from the person file")
        else:
            which = "persons" if self.column == "bosatt" else "enslige mindreårige"
            message = (f"{self.column} is {self.stated} for {self.subject}, but {self.other_file} has {self.counted} "
                       f"{which} settled there in {self.year}{listed}: the two files disagree. The review counts "
                       "settled from the kommune table and the time to settlement from the person file")
        return Problem(file, line=row or 0, message=message, severity="warning", row=row, column_name=self.column)


def _row_numbers(persons: PersonRecords, indices: list[int]) -> tuple[int, ...]:
    return tuple(sorted(row for i in indices if (row := persons.row_at(i))))


def settled_per_kommune(dataset: Dataset, year: int) -> list[Contradiction]:
    """`bosatt` and `bosatt_em` of each kommune against the persons `personer` shows settled there in the year."""
    persons = PersonRecords.of(dataset.persons.get(year, ()))
    rows = dataset.kommune_years.get(year)
    if not persons or rows is None:
        return []
    settled: dict[str, list[int]] = defaultdict(list)  # the persons' places in the file, by kommune
    for index, person in enumerate(persons):
        if person.bosatt_dato is not None and person.bosatt_dato.year == year and person.kommunenummer:
            settled[person.kommunenummer].append(index)
    persons_file = _file_and_row(persons.source_at(0))[0]
    register = dataset.register(year)
    found = []
    for knr in sorted(set(rows) | set(settled)):
        people = settled.get(knr, [])
        name = f"{knr} {register[knr].navn}" if knr in register else knr
        row = rows.get(knr)
        if row is None:
            found.append(Contradiction(year, persons.source_at(people[0]), "kommunenummer", name, None, len(people),
                                       persons_file, _row_numbers(persons, people)))
            continue
        em = [i for i in people if persons[i].gruppe == "enslig_mindreaarig"]
        for column, stated, counted in (("bosatt", row.bosatt, people), ("bosatt_em", row.bosatt_em, em)):
            if stated is not None and stated != len(counted):  # None: the column is not in the table
                found.append(Contradiction(year, row.source, column, name, stated, len(counted), persons_file,
                                           _row_numbers(persons, counted)))
    return found


def _month_end(month: str) -> date:
    year, number = (int(part) for part in month.split("-"))
    return date(year, number, calendar.monthrange(year, number)[1])


def waiting_per_month(dataset: Dataset, year: int) -> list[Contradiction]:
    """`belegg`'s bosettingsklare at each month's end against the persons `personer` shows waiting there."""
    persons = PersonRecords.of(dataset.persons.get(year, ()))
    occupancy = dataset.occupancy.get(year)
    if not persons or occupancy is None:
        return []
    ready: dict[str, list[date]] = defaultdict(list)
    settled: dict[str, list[date]] = defaultdict(list)
    for person in persons:
        ready[person.ventested].append(person.bosettingsklar_dato)
        if person.bosatt_dato is not None:
            settled[person.ventested].append(person.bosatt_dato)
    for dates in (*ready.values(), *settled.values()):
        dates.sort()
    persons_file = _file_and_row(persons.source_at(0))[0]
    found = []
    for record in occupancy:
        end = _month_end(record.maaned)
        kind = record.mottakstype
        # A person settles only after being bosettingsklar, so those settled by `end` were ready by then too.
        waiting = bisect.bisect_right(ready[kind], end) - bisect.bisect_right(settled[kind], end)
        if waiting > record.bosettingsklare:
            found.append(Contradiction(year, record.source, "bosettingsklare", f"{kind}, {record.maaned}",
                                       record.bosettingsklare, waiting, persons_file, ()))
    return found


@dataclass(frozen=True)
class TotalDifference:
    """A table's own total row ('I alt') against the sum of its rows, for one column."""

    file: str
    source: str  # <file>:row <n> of the total row
    column: str
    published: int
    summed: int | None  # None: no row gives the column
    rows: int

    @property
    def difference(self) -> int | None:
        return None if self.summed is None else self.published - self.summed

    def problem(self) -> Problem:
        file, row = _file_and_row(self.source)
        summed = "no row gives it" if self.summed is None else f"the {self.rows} rows add up to {self.summed}"
        gap = "" if self.difference is None else f" (a difference of {self.difference:+d})"
        message = (f"the source's own total of {self.column} is {self.published}, but {summed}{gap}: the review "
                   "uses the sum of the rows, since every figure per kommune or fylke is read from them, and shows "
                   "the published total beside it")
        return Problem(file, line=row or 0, message=message, severity="warning", row=row, column_name=self.column)


def total_differences(dataset: Dataset) -> list[TotalDifference]:
    """Every column whose published total (a table's 'I alt' row) differs from the sum of the table's rows."""
    found = []
    for file, total in sorted(dataset.published_totals.items()):
        rows: list[object] = [*_rows_of(dataset.kommune_years, file), *_rows_of(dataset.fylke_years, file)]
        for column, published in total.values.items():
            if published is None:
                continue
            given = [getattr(r, column) for r in rows if getattr(r, column, None) is not None]
            summed = sum(given) if given else None
            if summed != published:
                found.append(TotalDifference(file, total.source, column, published, summed, len(rows)))
    return found


def _rows_of(by_year: Mapping[int, Mapping[str, Any]], file: str) -> list[Any]:
    return [r for rows in by_year.values() for r in rows.values() if r.source.rpartition(":row ")[0] == file]


def contradictions(dataset: Dataset, year: int | None = None) -> list[Contradiction]:
    """Every contradiction between files of one year (or of every year), naming both files and the rows."""
    # Worked out when the folder was read, for the years with a kommune table; a year published per fylke only
    # is worked out here (its person file can still disagree with belegg).
    if dataset.contradictions is not None and (year is None or year in dataset.years):
        return [c for c in dataset.contradictions if year is None or c.year == year]
    found: list[Contradiction] = []
    for each in dataset.years if year is None else [year]:
        found += settled_per_kommune(dataset, each)
        found += waiting_per_month(dataset, each)
    return found
