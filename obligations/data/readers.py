"""Readers for each table: typed records plus every problem found, with file, row and column.

Each reader returns `(records, problems)` instead of raising, so that `load_dataset` can
collect the problems of every file and report them all in one run.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import fields
from datetime import date
from itertools import pairwise
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeVar

from bosetting.engine.problems import InputError, Problem, quoted
from bosetting.obligations.data.changes import ChangeTable, Mapped, Refused, combine
from bosetting.obligations.data.columns import Chunk, Row, Value, absent_columns, convert_chunks, convert_rows, problem
from bosetting.obligations.data.records import (
    CapacityChange,
    Fylke,
    FylkeYear,
    Kommune,
    KommuneYear,
    NumberChange,
    Occupancy,
    PersonRecords,
    PublishedTotal,
    SettlementRecord,
    positional_builder,
)
from bosetting.obligations.data.spec import (
    BELEGG,
    FYLKE_AAR,
    FYLKER,
    KAPASITET_ENDRINGER,
    KOMMUNE_AAR,
    KOMMUNER,
    PERSONER,
    TableSpec,
)
from bosetting.obligations.data.tables import RawTable, read_table

R = TypeVar("R")
Register = dict[str, Kommune]


def row_source(display: str, row: int) -> str:
    """The `source` string of a table row, as records and facts carry it."""
    return f"{display}:row {row}"


class _TableCheck:
    """Collects the problems of one table's rows; knows the file so callers only name row and column."""

    # Up to this many rows, `repeats` first looks for a repeated key hash in a set (see there).
    HASHES_IN_A_SET = 100_000

    def __init__(self, table: RawTable):
        self.table = table
        self.problems: list[Problem] = []
        self.total: Row | None = None
        self.key_hashes = array("q")

    def add(self, row: Row, column: str | None, message: str) -> None:
        self.problems.append(problem(self.table, row.number, column, message))

    def unique(self, rows: Iterable[Row], key: tuple[str, ...]) -> Iterator[Row]:
        """Rows with a key not seen before, as they come; every repeat is a problem naming the first row.

        A total row ('I alt') is kept aside in `total`, not yielded; a second one is a problem.
        """
        first: dict[Any, int] = {}
        of_key = itemgetter(*key)
        for row in rows:
            if row.total:
                self._aside(row, key)
                continue
            value = of_key(row.values)
            if value in first:
                self._repeat(row, key, value, first[value])
                continue
            first[value] = row.number
            yield row

    def hashed_keys(self, chunks: Iterable[Chunk], key: tuple[str, ...]) -> Iterator[Chunk]:
        """Every chunk of rows as it comes, and the hash of each row's key kept for `repeats`, which reports the
        repeats after the table is read: for a table whose rows are checked each on its own, where a repeat that
        is yielded only makes the table one with a problem, as it is.

        Only the hashes are kept while the table is read, eight bytes a row: the keys themselves, with the
        row of each, were 55 MB of a person file's 400,000 at 100x, at the moment the review's memory peaked.
        """
        extend = self.key_hashes.extend
        for chunk in chunks:
            keys = [chunk.columns[name] for name in key]
            extend(map(hash, keys[0] if len(keys) == 1 else zip(*keys, strict=True)))  # as itemgetter(*key) gives
            yield chunk

    def _aside(self, total: Row, key: tuple[str, ...]) -> None:
        """A total row ('I alt') is kept aside in `total`, not yielded; a second one is a problem."""
        if self.total is not None:
            self.add(total, key[0], f"a second total row (the first is row {self.total.number}): keep one")
        else:
            self.total = total

    def _repeat(self, row: Row, key: tuple[str, ...], value: Any, first_row: int) -> None:
        values: tuple[Any, ...] = value if len(key) > 1 else (value,)
        given = [(name, v) for name, v in zip(key, values, strict=True) if v is not None]  # an empty date too
        shown = ", ".join(str(v) for _, v in given)
        self.add(row, key[0], f"duplicate {'/'.join(n for n, _ in given)} {quoted(shown)} (first at row {first_row})")

    def repeats(self, read_again: Callable[[], Iterable[Row]], key: tuple[str, ...]) -> None:
        """After `hashed_keys`: each row whose key an earlier row has, as a problem naming the first row.

        Two keys with one hash are only possibly equal: when any hashes repeat, the rows are read again
        (`read_again`) and those keys compared, so a repeat is found exactly and with its first row.
        """
        hashes = self.key_hashes
        # Most tables repeat no key. A set of the hashes tells at once, but holds about twice the memory of the
        # sorted list below: for a large table, read while every earlier year's records are held, the list.
        if len(hashes) <= self.HASHES_IN_A_SET and len(set(hashes)) == len(hashes):
            return
        ordered = sorted(hashes)
        repeated = {h for h, following in pairwise(ordered) if h == following}
        del ordered
        if not repeated:
            return
        of_key = itemgetter(*key)
        first: dict[Any, int] = {}
        for row in read_again():
            if row.total or hash(value := of_key(row.values)) not in repeated:  # a second total row: reported
                continue
            if value in first:
                self._repeat(row, key, value, first[value])
            else:
                first[value] = row.number

    def known_kommune(self, row: Row, column: str, register: Register, year: int | None) -> bool:
        knr = row.values[column]
        if knr is None or knr in register:
            return True
        where = f"the kommune register for {year}" if year else "the kommune register"
        self.add(row, column, f"unknown kommunenummer '{knr}': not in {where}")
        return False


class TableExtras:
    """What a table says besides its rows: the columns left out of its header, and the source's own total row."""

    def __init__(self) -> None:
        self.absent: tuple[str, ...] = ()
        self.total: PublishedTotal | None = None
        # (number as written, what it was mapped to, the row) for each number mapped through the change table
        self.mapped: list[tuple[str, Mapped, str]] = []


def _read_with(path: Path, display: str, spec: TableSpec,
               check: Callable[[_TableCheck, Iterable[Row]], list[R]],
               extras: TableExtras | None = None) -> tuple[list[R], list[Problem]]:
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
    if extras is not None:
        extras.absent = absent_columns(table, spec)
        if checker.total is not None:
            counts = {c.name: _count_value(checker.total.values.get(c.name)) for c in spec.columns
                      if c.kind == "int" and c.name not in extras.absent}
            extras.total = PublishedTotal(display, counts, row_source(display, checker.total.number))
    return records, sorted(problems + checker.problems)


def _read_in_chunks(path: Path, display: str, spec: TableSpec,
                    check: Callable[[_TableCheck, Iterable[Chunk]], list[R]]) -> tuple[list[R], list[Problem]]:
    """`_read_with` for a large table without a total row, whose `check` looks at each row on its own: the rows come
    to it a chunk at a time, column by column (columns.convert_chunks), and repeated keys are found after the rows
    are checked (_TableCheck.hashed_keys)."""
    try:
        table = read_table(path, display)
        chunks, problems = convert_chunks(table, spec)
        checker = _TableCheck(table)
        records = check(checker, checker.hashed_keys(chunks, spec.key))
        checker.repeats(lambda: convert_rows(read_table(path, display), spec)[0], spec.key)
    except InputError as exc:
        return [], list(exc.problems)
    return records, sorted(problems + checker.problems)


def _count_value(value: Value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def read_kommune_register(path: Path, display: str) -> tuple[list[Kommune], list[Problem]]:
    """The kommune register, every version of every row: the first two digits of a kommunenummer are its
    fylkesnummer, and two rows of one kommunenummer are never valid on the same day."""

    def check(checker: _TableCheck, rows: Iterable[Row]) -> list[Kommune]:
        records = []
        for row in rows:
            v = row.values
            if str(v["kommunenummer"])[:2] != v["fylkesnummer"]:
                checker.add(row, "fylkesnummer", f"fylkesnummer '{v['fylkesnummer']}' does not match kommunenummer "
                            f"'{v['kommunenummer']}': it must be its first two digits")
                continue
            if not _valid_period(checker, row):
                continue
            records.append(Kommune(
                kommunenummer=str(v["kommunenummer"]), navn=str(v["navn"]), fylkesnummer=str(v["fylkesnummer"]),
                fylke=str(v["fylke"]), innbyggere=int(v["innbyggere"]),  # type: ignore[arg-type]
                innbyggere_per=v["innbyggere_per"],  # type: ignore[arg-type]
                source=row_source(display, row.number), gyldig_fra=v["gyldig_fra"],  # type: ignore[arg-type]
                gyldig_til=v["gyldig_til"]))  # type: ignore[arg-type]
        return records

    records, problems = _read_with(path, display, KOMMUNER, check)
    return records, problems + _overlaps(records, "kommunenummer", display)


def read_kommuner(path: Path, display: str) -> tuple[Register, list[Problem]]:
    """The kommune register as it stands: the rows still valid (without a gyldig_til), by kommunenummer."""
    records, problems = read_kommune_register(path, display)
    return {k.kommunenummer: k for k in records if k.gyldig_til is None}, problems


def read_fylker(path: Path, display: str) -> tuple[list[Fylke], list[Problem]]:
    """The fylke register with its versions: two rows of one fylkesnummer are never valid on the same day."""

    def check(checker: _TableCheck, rows: Iterable[Row]) -> list[Fylke]:
        return [Fylke(**row.values, source=row_source(display, row.number))  # type: ignore[arg-type]
                for row in rows if _valid_period(checker, row)]

    records, problems = _read_with(path, display, FYLKER, check)
    return records, problems + _overlaps(records, "fylkesnummer", display)


def read_changes(path: Path, display: str, spec: TableSpec) -> tuple[list[NumberChange], list[Problem]]:
    """A change table: old number, new number, the day it took effect (a number never changes to itself)."""

    def check(checker: _TableCheck, rows: Iterable[Row]) -> list[NumberChange]:
        records = []
        for row in rows:
            if row.values["gammelt_nummer"] == row.values["nytt_nummer"]:
                checker.add(row, "nytt_nummer", f"nytt_nummer is the same as gammelt_nummer "
                            f"('{row.values['nytt_nummer']}'): a row of the change table records a change")
                continue
            records.append(NumberChange(**row.values, source=row_source(display, row.number)))  # type: ignore[arg-type]
        return records

    return _read_with(path, display, spec, check)


def _valid_period(checker: _TableCheck, row: Row) -> bool:
    start, end = row.values.get("gyldig_fra"), row.values.get("gyldig_til")
    if start is not None and end is not None and end < start:  # type: ignore[operator]
        checker.add(row, "gyldig_til", f"gyldig_til {end} is before gyldig_fra {start}")
        return False
    return True


def _overlaps(records: Sequence[Kommune] | Sequence[Fylke], key: str, display: str) -> list[Problem]:
    """Two versions of one number valid on the same day: the register cannot say which holds."""
    by_number: dict[str, list[Any]] = {}
    for record in records:
        by_number.setdefault(getattr(record, key), []).append(record)
    problems = []
    for number, versions in by_number.items():
        ordered = sorted(versions, key=lambda r: r.gyldig_fra or date.min)
        for earlier, later in zip(ordered, ordered[1:], strict=False):
            if earlier.gyldig_til is None or (later.gyldig_fra or date.min) <= earlier.gyldig_til:
                row = int(later.source.rpartition(":row ")[2])
                problems.append(Problem(display, row, 0, f"{key} '{number}' has two rows valid at the same time "
                                        f"(this one and {earlier.source.rpartition(':')[2]}): give the earlier one "
                                        "a gyldig_til before this one's gyldig_fra", row=row, column_name="gyldig_fra"))
    return problems


_OF_WHICH_EM = (("anmodning", "anmodning_em"), ("vedtak", "vedtak_em"), ("bosatt", "bosatt_em"),
                ("fylkeskommune_anbefaling", "fylkeskommune_anbefaling_em"))


def _em_within_total(checker: _TableCheck, row: Row) -> bool:
    """Each enslige mindreårige figure is 'of which': given only with its total, and never above it."""
    ok = True
    for total, em in _OF_WHICH_EM:
        if total not in row.values:
            continue
        t, e = row.values[total], row.values[em]
        if e is not None and t is None:
            checker.add(row, em, f"{em} is given but {total} is empty: the EM figure is 'of which' "
                        "and needs its total")
            ok = False
        elif e is not None and e > t:  # type: ignore[operator]
            checker.add(row, em, f"{em} ({e}) is more than {total} ({t}): the EM figure is "
                        f"'of which' and is included in the total")
            ok = False
    return ok


def _mapped_rows(checker: _TableCheck, rows: Iterable[Row], column: str, year: int, valid: Collection[str],
                 changes: ChangeTable | None, extras: TableExtras | None) -> Iterator[tuple[Row, Mapped | None]]:
    """Rows with a number of another year's register mapped to `year`'s through the change table, where it can be."""
    for row in rows:
        number = row.values[column]
        if changes is None or number in valid:
            yield row, None
            continue
        result = changes.map(str(number), year, valid)
        if isinstance(result, Refused):
            checker.add(row, column, result.message)
            continue
        if result is not None:
            row.values[column] = result.number
            if extras is not None:
                extras.mapped.append((str(number), result, row_source(checker.table.display, row.number)))
        yield row, result


def _keep(checker: _TableCheck, row: Row, column: str, record: R, mapped: Mapped | None,
          kept: dict[str, tuple[R, Mapped | None]]) -> None:
    """Keep a row by its (mapped) number; rows of kommuner that merged are added up, any other repeat refused."""
    number = str(row.values[column])
    if number not in kept:
        kept[number] = (record, mapped)
        return
    earlier, earlier_mapped = kept[number]
    if mapped is not None and mapped.merge and earlier_mapped is not None and earlier_mapped.merge:
        kept[number] = (combine(earlier, record), mapped)  # type: ignore[assignment]
        return
    first = getattr(earlier, "source", "").rpartition(":")[2]
    checker.add(row, column, f"{column} '{number}' is given twice once the numbers are mapped to the register: "
                f"this row and {first}; keep one (the change table: "
                f"{', '.join(c.source for c in (mapped or earlier_mapped).changes)})")  # type: ignore[union-attr]


def read_kommune_aar(path: Path, display: str, year: int, register: Register,
                     extras: TableExtras | None = None, changes: ChangeTable | None = None
                     ) -> tuple[dict[str, KommuneYear], list[Problem]]:
    """One year's kommune table: known kommuner, and enslige mindreårige never more than the total.

    With `changes`, a kommunenummer of another year's register is mapped to this year's (obligations.data.changes).
    """

    def check(checker: _TableCheck, rows: Iterable[Row]) -> list[KommuneYear]:
        kept: dict[str, tuple[KommuneYear, Mapped | None]] = {}
        for row, mapped in _mapped_rows(checker, rows, "kommunenummer", year, register, changes, extras):
            ok = checker.known_kommune(row, "kommunenummer", register, year)
            ok = _em_within_total(checker, row) and ok
            if ok:
                record = KommuneYear(year=year, **row.values,  # type: ignore[arg-type]
                                     source=row_source(display, row.number))
                _keep(checker, row, "kommunenummer", record, mapped, kept)
        return [record for record, _ in kept.values()]

    records, problems = _read_with(path, display, KOMMUNE_AAR, check, extras)
    if not records and not problems:
        problems.append(Problem(display, 0, 0, "the table has a header but no rows: expected one row per kommune "
                                               "in the year's register", row=2))
    return {r.kommunenummer: r for r in records}, problems


def read_fylke_aar(path: Path, display: str, year: int, fylker: dict[str, str],
                   extras: TableExtras | None = None, changes: ChangeTable | None = None
                   ) -> tuple[dict[str, FylkeYear], list[Problem]]:
    """A year's fylke table: fylkesnummer of that year's fylke structure (`fylker`: number -> name)."""

    def check(checker: _TableCheck, rows: Iterable[Row]) -> list[FylkeYear]:
        kept: dict[str, tuple[FylkeYear, Mapped | None]] = {}
        for row, mapped in _mapped_rows(checker, rows, "fylkesnummer", year, fylker, changes, extras):
            fnr = str(row.values["fylkesnummer"])
            ok = True
            if fnr not in fylker:
                known = ", ".join(sorted(fylker)) or "none"
                checker.add(row, "fylkesnummer", f"unknown fylkesnummer '{fnr}': not a fylke in {year} (the fylker "
                            f"of {year} are {known})")
                ok = False
            ok = _em_within_total(checker, row) and ok
            if ok:
                record = FylkeYear(year=year, **row.values,  # type: ignore[arg-type]
                                   source=row_source(display, row.number))
                _keep(checker, row, "fylkesnummer", record, mapped, kept)
        return [record for record, _ in kept.values()]

    records, problems = _read_with(path, display, FYLKE_AAR, check, extras)
    if not records and not problems:
        problems.append(Problem(display, 0, 0, "the table has a header but no rows: expected one row per fylke",
                                row=2))
    return {r.fylkesnummer: r for r in records}, problems


def _record_kommune(checker: _TableCheck, row: Row, year: int, register: Register, changes: ChangeTable,
                    extras: TableExtras | None) -> tuple[bool, str | None]:
    """A record's kommunenummer of another year's register, mapped to `year`'s in `row` where the change table can
    (obligations.data.changes, `records=True`): whether it may be kept, and how it was mapped (None: not mapped)."""
    number = str(row.values["kommunenummer"])
    result = changes.map(number, year, register, records=True)
    if isinstance(result, Refused):
        checker.add(row, "kommunenummer", result.message)
        return False, None
    if result is None:
        return checker.known_kommune(row, "kommunenummer", register, year), None
    row.values["kommunenummer"] = result.number
    if extras is not None:
        extras.mapped.append((number, result, row_source(checker.table.display, row.number)))
    return True, result.described


_SETTLEMENT_RECORD = positional_builder(SettlementRecord)
# A person row's values in the record's field order (the file's columns may come in any order; its id is
# checked unique and not kept), and those the reader checks.
_PERSON_FIELDS = PERSONER.names[1:]
_PERSON_VALUES = itemgetter(*_PERSON_FIELDS)
if PERSONER.names[0] != "record_id" or \
        _PERSON_FIELDS != tuple(f.name for f in fields(SettlementRecord))[:len(_PERSON_FIELDS)]:
    raise ImportError("the columns of personer are not record_id and SettlementRecord's first fields, in order")
_PERSON_CHECKED_NAMES = ("kommunenummer", "tillatelse_dato", "bosettingsklar_dato", "bosatt_dato", "gruppe",
                         "ventested", "bosatt_av", "overforingsflyktning")
_PERSON_CHECKED = itemgetter(*_PERSON_CHECKED_NAMES)


def _check_person(checker: _TableCheck, row: Row, register: Register, year: int | None, changes: ChangeTable | None,
                  extras: TableExtras | None) -> tuple[bool, str | None]:
    """One person row's checks, each failure a problem: whether the row is good, and how its kommunenummer was
    mapped from another year's register (None: not mapped). See read_personer."""
    v = row.values
    before = len(checker.problems)
    mapped_from = None
    knr, permit, ready, settled, gruppe, ventested, bosatt_av, transfer = _PERSON_CHECKED(v)
    if knr is not None and knr not in register:
        if changes is not None and year is not None:
            _, mapped_from = _record_kommune(checker, row, year, register, changes, extras)
        else:
            checker.known_kommune(row, "kommunenummer", register, None)
    if ready < permit:
        checker.add(row, "bosettingsklar_dato", f"bosettingsklar_dato {ready} is before tillatelse_dato "
                    f"{permit}: a person is bosettingsklar only after the permit")
    if settled is not None:
        if settled < permit:
            checker.add(row, "bosatt_dato", f"bosatt_dato {settled} is before tillatelse_dato {permit}: "
                        "settled before the permit")
        elif settled < ready:
            checker.add(row, "bosatt_dato", f"bosatt_dato {settled} is before bosettingsklar_dato {ready}: "
                        "settled before being bosettingsklar")
        if knr is None:
            checker.add(row, "kommunenummer", "kommunenummer is required when bosatt_dato is given")
        if bosatt_av is None:
            checker.add(row, "bosatt_av", "bosatt_av is required when bosatt_dato is given")
    else:
        for settled_only, given in (("kommunenummer", knr), ("bosatt_av", bosatt_av)):
            if given is not None:
                checker.add(row, settled_only, f"{settled_only} is given but bosatt_dato is empty: "
                            "fill in the settlement date, or leave both empty while the person waits")
    if gruppe != "enslig_mindreaarig":
        if ventested == "omsorgssenter":
            checker.add(row, "ventested", "only enslige mindreårige wait in an omsorgssenter")
        if bosatt_av == "Bufetat":
            checker.add(row, "bosatt_av", "Bufetat settles only enslige mindreårige")
    if (ventested == "utlandet") != bool(transfer):
        checker.add(row, "ventested", "ventested 'utlandet' is for overføringsflyktninger, and only for them")
    return len(checker.problems) == before, mapped_from


def _plain_persons(checked: Sequence[Sequence[Any]], register: Register) -> list[bool]:
    """For each row of a chunk (its `_PERSON_CHECKED_NAMES` columns), whether `_check_person` would find it good as
    it is: a kommunenummer of the year's register or none, and every check passed. A row that is not is one
    `_check_person` looks at (a mapped number, or a problem); most rows of a file without errors are."""
    return [(knr is None or knr in register) and not ready < permit
            and ((settled is not None and not settled < ready and knr is not None and bosatt_av is not None)
                 or (settled is None and knr is None and bosatt_av is None))
            and (gruppe == "enslig_mindreaarig" or (ventested != "omsorgssenter" and bosatt_av != "Bufetat"))
            and (ventested == "utlandet") == bool(transfer)
            for knr, permit, ready, settled, gruppe, ventested, bosatt_av, transfer in zip(*checked, strict=True)]


def read_personer(path: Path, display: str, register: Register, year: int | None = None,
                  changes: ChangeTable | None = None, extras: TableExtras | None = None
                  ) -> tuple[PersonRecords, list[Problem]]:
    """Person records, with the row of each: dates in a possible order, and settlement fields filled in together.

    With `changes` (and the folder's `year`), a kommunenummer of another year's register is mapped to the year's,
    and the records keep how (`mapped_at`); a number that could be either of several kommuner is refused.
    """

    def check(checker: _TableCheck, chunks: Iterable[Chunk]) -> list[SettlementRecord]:
        records: list[SettlementRecord] = []
        for chunk in chunks:
            columns = chunk.columns
            kept = [columns[name] for name in _PERSON_FIELDS]
            plain = _plain_persons([columns[name] for name in _PERSON_CHECKED_NAMES], register)
            if all(plain):
                records.extend(map(_SETTLEMENT_RECORD, *kept))
                numbers.extend(chunk.numbers)
                continue
            for index, (number, is_plain) in enumerate(zip(chunk.numbers, plain, strict=True)):
                if not is_plain:
                    row = Row(number, {name: column[index] for name, column in columns.items()})
                    good, mapped_from = _check_person(checker, row, register, year, changes, extras)
                    if not good:
                        continue
                    if mapped_from is not None:
                        mapped[len(records)] = mapped_from
                    values = _PERSON_VALUES(row.values)  # its kommunenummer mapped
                else:
                    values = tuple(column[index] for column in kept)
                records.append(_SETTLEMENT_RECORD(*values))
                numbers.append(number)
        return records

    numbers = array("I")  # each record's row; a table has at most MAX_TABLE_BYTES bytes, far fewer than 2**32 rows
    mapped: dict[int, str] = {}  # by the record's place in the file
    records, problems = _read_in_chunks(path, display, PERSONER, check)
    if len(numbers) != len(records):  # a problem with the whole file: no record was kept
        numbers, mapped = array("I"), {}
    return PersonRecords(records, display, numbers, mapped=mapped), problems


def read_kapasitet_endringer(path: Path, display: str, register: Register, year: int | None = None,
                             changes: ChangeTable | None = None, extras: TableExtras | None = None
                             ) -> tuple[list[CapacityChange], list[Problem]]:
    """Capacity changes: known host kommune, and no change in effect before it was decided.

    A notice given after the change took effect is a late notice, which the review judges (5.4);
    it is not a data error. A host kommune's number of another year's register is mapped as in read_personer.
    """

    def check(checker: _TableCheck, rows: Iterable[Row]) -> list[CapacityChange]:
        records = []
        for row in rows:
            v = row.values
            mapped_from = None
            if changes is not None and year is not None and v["kommunenummer"] not in register:
                ok, mapped_from = _record_kommune(checker, row, year, register, changes, extras)
            else:
                ok = checker.known_kommune(row, "kommunenummer", register, None)
            if v["iverksatt_dato"] < v["vedtaksdato"]:  # type: ignore[operator]
                checker.add(row, "iverksatt_dato", f"iverksatt_dato {v['iverksatt_dato']} is before vedtaksdato "
                            f"{v['vedtaksdato']}: a change cannot take effect before it is decided")
                ok = False
            if ok:
                records.append(CapacityChange(**v, source=row_source(display, row.number),  # type: ignore[arg-type]
                                              mapped_from=mapped_from))
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
