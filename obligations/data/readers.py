"""Readers for each table: typed records plus every problem found, with file, row and column.

Each reader returns `(records, problems)` instead of raising, so that `load_dataset` can
collect the problems of every file and report them all in one run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from engine.problems import InputError, Problem, quoted
from obligations.data.columns import Row, convert_rows, problem
from obligations.data.records import CapacityChange, Kommune, KommuneYear, Occupancy, SettlementRecord
from obligations.data.spec import BELEGG, KAPASITET_ENDRINGER, KOMMUNE_AAR, KOMMUNER, PERSONER, TableSpec
from obligations.data.tables import RawTable, read_table

R = TypeVar("R")
Register = dict[str, Kommune]


def row_source(display: str, row: int) -> str:
    """The `source` string of a table row, as records and facts carry it."""
    return f"{display}:row {row}"


class _TableCheck:
    """Collects the problems of one table's rows; knows the file so callers only name row and column."""

    def __init__(self, table: RawTable):
        self.table = table
        self.problems: list[Problem] = []

    def add(self, row: Row, column: str | None, message: str) -> None:
        self.problems.append(problem(self.table, row.number, column, message))

    def unique(self, rows: Iterable[Row], key: tuple[str, ...]) -> Iterator[Row]:
        """Rows with a key not seen before, as they come; every repeat is a problem naming the first row."""
        first: dict[tuple[Any, ...], int] = {}
        for row in rows:
            value = tuple(row.values[name] for name in key)
            if value in first:
                shown = ", ".join(str(v) for v in value)
                self.add(row, key[0], f"duplicate {'/'.join(key)} {quoted(shown)} (first at row {first[value]})")
                continue
            first[value] = row.number
            yield row

    def known_kommune(self, row: Row, column: str, register: Register, year: int | None) -> bool:
        knr = row.values[column]
        if knr is None or knr in register:
            return True
        where = f"the kommune register for {year}" if year else "the kommune register"
        self.add(row, column, f"unknown kommunenummer '{knr}': not in {where}")
        return False


def _read_with(path: Path, display: str, spec: TableSpec,
               check: Callable[[_TableCheck, Iterable[Row]], list[R]]) -> tuple[list[R], list[Problem]]:
    """Read, convert and check a table row by row (no row is held longer than it takes to check it).

    A problem with the file as a whole, even one found half-way through it, is the only problem
    reported for it, and no record is kept.
    """
    try:
        table = read_table(path, display)
        rows, problems = convert_rows(table, spec)
        checker = _TableCheck(table)
        records = check(checker, checker.unique(rows, spec.key))
    except InputError as exc:
        return [], list(exc.problems)
    return records, sorted(problems + checker.problems)


def read_kommuner(path: Path, display: str) -> tuple[Register, list[Problem]]:
    """The kommune register: unique kommunenummer whose first two digits are the fylkesnummer."""

    def check(checker: _TableCheck, rows: Iterable[Row]) -> list[Kommune]:
        records = []
        for row in rows:
            v = row.values
            if str(v["kommunenummer"])[:2] != v["fylkesnummer"]:
                checker.add(row, "fylkesnummer", f"fylkesnummer '{v['fylkesnummer']}' does not match kommunenummer "
                            f"'{v['kommunenummer']}': it must be its first two digits")
                continue
            records.append(Kommune(
                kommunenummer=str(v["kommunenummer"]), navn=str(v["navn"]), fylkesnummer=str(v["fylkesnummer"]),
                fylke=str(v["fylke"]), innbyggere=int(v["innbyggere"]),  # type: ignore[arg-type]
                source=row_source(display, row.number)))
        return records

    records, problems = _read_with(path, display, KOMMUNER, check)
    return {k.kommunenummer: k for k in records}, problems


_OF_WHICH_EM = (("anmodning", "anmodning_em"), ("vedtak", "vedtak_em"), ("bosatt", "bosatt_em"),
                ("fylkeskommune_anbefaling", "fylkeskommune_anbefaling_em"))


def read_kommune_aar(path: Path, display: str, year: int, register: Register) -> tuple[dict[str, KommuneYear],
                                                                                       list[Problem]]:
    """One year's kommune table: known kommuner, and enslige mindreårige never more than the total."""

    def check(checker: _TableCheck, rows: Iterable[Row]) -> list[KommuneYear]:
        records = []
        for row in rows:
            ok = checker.known_kommune(row, "kommunenummer", register, year)
            for total, em in _OF_WHICH_EM:
                t, e = row.values[total], row.values[em]
                if e is not None and t is None:
                    checker.add(row, em, f"{em} is given but {total} is empty: the EM figure is 'of which' "
                                "and needs its total")
                    ok = False
                elif e is not None and e > t:  # type: ignore[operator]
                    checker.add(row, em, f"{em} ({e}) is more than {total} ({t}): the EM figure is "
                                f"'of which' and is included in the total")
                    ok = False
            if ok:
                records.append(KommuneYear(year=year, **row.values,  # type: ignore[arg-type]
                                           source=row_source(display, row.number)))
        return records

    records, problems = _read_with(path, display, KOMMUNE_AAR, check)
    if not records and not problems:
        problems.append(Problem(display, 0, 0, "the table has a header but no rows: expected one row per kommune "
                                               "in the year's register", row=2))
    return {r.kommunenummer: r for r in records}, problems


def read_personer(path: Path, display: str, register: Register) -> tuple[list[SettlementRecord], list[Problem]]:
    """Person records: dates in a possible order, and settlement fields filled in together."""

    def check(checker: _TableCheck, rows: Iterable[Row]) -> list[SettlementRecord]:
        records = []
        for row in rows:
            v = row.values
            before = len(checker.problems)
            checker.known_kommune(row, "kommunenummer", register, None)
            permit, ready, settled = v["tillatelse_dato"], v["bosettingsklar_dato"], v["bosatt_dato"]
            if ready < permit:  # type: ignore[operator]
                checker.add(row, "bosettingsklar_dato", f"bosettingsklar_dato {ready} is before tillatelse_dato "
                            f"{permit}: a person is bosettingsklar only after the permit")
            if settled is not None:
                if settled < permit:  # type: ignore[operator]
                    checker.add(row, "bosatt_dato", f"bosatt_dato {settled} is before tillatelse_dato {permit}: "
                                "settled before the permit")
                elif settled < ready:  # type: ignore[operator]
                    checker.add(row, "bosatt_dato", f"bosatt_dato {settled} is before bosettingsklar_dato {ready}: "
                                "settled before being bosettingsklar")
                for needed in ("kommunenummer", "bosatt_av"):
                    if v[needed] is None:
                        checker.add(row, needed, f"{needed} is required when bosatt_dato is given")
            else:
                for settled_only in ("kommunenummer", "bosatt_av"):
                    if v[settled_only] is not None:
                        checker.add(row, settled_only, f"{settled_only} is given but bosatt_dato is empty: "
                                    "fill in the settlement date, or leave both empty while the person waits")
            if v["gruppe"] != "enslig_mindreaarig":
                if v["ventested"] == "omsorgssenter":
                    checker.add(row, "ventested", "only enslige mindreårige wait in an omsorgssenter")
                if v["bosatt_av"] == "Bufetat":
                    checker.add(row, "bosatt_av", "Bufetat settles only enslige mindreårige")
            if (v["ventested"] == "utlandet") != bool(v["overforingsflyktning"]):
                checker.add(row, "ventested", "ventested 'utlandet' is for overføringsflyktninger, and only for them")
            if len(checker.problems) == before:
                records.append(SettlementRecord(**v, source=row_source(display, row.number)))  # type: ignore[arg-type]
        return records

    return _read_with(path, display, PERSONER, check)


def read_kapasitet_endringer(path: Path, display: str, register: Register) -> tuple[list[CapacityChange],
                                                                                     list[Problem]]:
    """Capacity changes: known host kommune, and no change in effect before it was decided.

    A notice given after the change took effect is a late notice, which the review judges (5.4);
    it is not a data error.
    """

    def check(checker: _TableCheck, rows: Iterable[Row]) -> list[CapacityChange]:
        records = []
        for row in rows:
            v = row.values
            ok = checker.known_kommune(row, "kommunenummer", register, None)
            if v["iverksatt_dato"] < v["vedtaksdato"]:  # type: ignore[operator]
                checker.add(row, "iverksatt_dato", f"iverksatt_dato {v['iverksatt_dato']} is before vedtaksdato "
                            f"{v['vedtaksdato']}: a change cannot take effect before it is decided")
                ok = False
            if ok:
                records.append(CapacityChange(**v, source=row_source(display, row.number)))  # type: ignore[arg-type]
        return records

    return _read_with(path, display, KAPASITET_ENDRINGER, check)


def read_belegg(path: Path, display: str, year: int) -> tuple[list[Occupancy], list[Problem]]:
    """Monthly occupancy: months of this year, and no more bosettingsklare than residents."""

    def check(checker: _TableCheck, rows: Iterable[Row]) -> list[Occupancy]:
        records = []
        for row in rows:
            v = row.values
            ok = True
            if not str(v["maaned"]).startswith(f"{year}-"):
                checker.add(row, "maaned", f"month {v['maaned']} is not in {year}, the year of this folder")
                ok = False
            if v["bosettingsklare"] > v["beboere"]:  # type: ignore[operator]
                checker.add(row, "bosettingsklare", f"bosettingsklare ({v['bosettingsklare']}) is more than "
                            f"beboere ({v['beboere']}): bosettingsklare are counted among the residents")
                ok = False
            if ok:
                records.append(Occupancy(**v, source=row_source(display, row.number)))  # type: ignore[arg-type]
        return records

    records, problems = _read_with(path, display, BELEGG, check)
    return sorted(records, key=lambda o: (o.maaned, o.mottakstype)), problems
