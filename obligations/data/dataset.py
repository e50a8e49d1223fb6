"""Loading a whole data directory into a Dataset, reporting every problem of every file at once.

Layout (see docs/data.md):

    <data>/kommuner.csv                      the kommune register (or .xlsx)
    <data>/SYNTHETIC.md                      marker: the figures are synthetic
    <data>/<year>/kommune_aar.csv            required for each year
    <data>/<year>/nasjonalt.yaml             required for each year
    <data>/<year>/kommuner.csv               optional: that year's own register
    <data>/<year>/personer.csv, kapasitet_endringer.csv, belegg.csv
    <data>/<year>/registre/statistikkleveranser.yaml, tiltak.yaml, aktiviteter.yaml,
                           beregningsutvalget.yaml, unntak.yaml, referat.yaml

Tables may be .csv or .xlsx, registers .yaml, .yml or .json. Notes (*.md, *.txt) are allowed
anywhere; any other file is an error, so that a misnamed file is never silently skipped. Excel's
lock file beside an open workbook (`~$personer.xlsx`) is skipped with a note.

A file is read only when it is inside the data folder (a symbolic link out of it is refused, naming
the link) and within its size bound (checked before a byte is read or hashed).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import replace
from pathlib import Path

from bosetting.engine.bounded_read import sha256_of, too_large
from bosetting.engine.collector import no_cyclic_gc
from bosetting.engine.problems import InputError, Problem
from bosetting.obligations.data import readers, referat, registers
from bosetting.obligations.data.changes import ChangeTable
from bosetting.obligations.data.crosscheck import contradictions, total_differences
from bosetting.obligations.data.fylke_placement import place_in_fylker
from bosetting.obligations.data.records import Dataset, Fylke, Kommune, NumberChange, NumberMapping
from bosetting.obligations.data.registers import MAX_REGISTER_BYTES, REGISTER_SUFFIXES, RegisterFile
from bosetting.obligations.data.spec import (
    AKTIVITETER,
    BEREGNINGSUTVALGET,
    CLASSIFICATION_TABLES,
    FYLKE_AAR,
    FYLKER,
    FYLKESENDRINGER,
    KOMMUNE_AAR,
    KOMMUNEENDRINGER,
    KOMMUNER,
    NASJONALT,
    REGISTERS,
    STATISTIKKLEVERANSER,
    TILTAK,
    UNNTAK,
    YEAR_TABLES,
)
from bosetting.obligations.data.tables import MAX_TABLE_BYTES, TABLE_SUFFIXES

SYNTHETIC_MARKER = "SYNTHETIC.md"
REGISTER_DIR = "registre"
NOTE_SUFFIXES = (".md", ".txt")
# Excel (and Word) keep `~$<name>` beside a file while it is open; it is not data.
LOCK_FILE_PREFIX = "~$"
_YEAR_DIR = re.compile(r"^\d{4}$")
_MARKER_BYTES = 1024 * 1024


class _Loader:
    """Finds the files of one data directory, reads them, and keeps every problem and file hash."""

    def __init__(self, data_dir: Path):
        self.root = data_dir
        self.real_root = data_dir.resolve()
        self.prefix = self.real_root.name
        self.problems: list[Problem] = []
        self.notes: list[Problem] = []
        self.files: dict[str, str] = {}
        self.links_out: set[Path] = set()
        marker = data_dir / SYNTHETIC_MARKER
        # The marker changes what a report says, so it is an input like the others.
        self.synthetic = marker.is_file() and self.readable(marker, _MARKER_BYTES)

    def display(self, path: Path) -> str:
        return f"{self.prefix}/{path.relative_to(self.root).as_posix()}"

    def _link_out(self, path: Path) -> Path | None:
        """The symbolic link through which `path` leads out of the data folder, or None when it stays inside."""
        if path.resolve().is_relative_to(self.real_root):
            return None
        current = self.root
        for part in path.relative_to(self.root).parts:
            current = current / part
            if current.is_symlink():
                return current
        return path

    def readable(self, path: Path, max_bytes: int) -> bool:
        """Whether `path` may be read: inside the data folder and within `max_bytes`. Hashes it when it may."""
        link = self._link_out(path)
        if link is not None:
            if link not in self.links_out:
                self.links_out.add(link)
                target = os.readlink(link) if link.is_symlink() else str(path.resolve())
                self.problems.append(Problem(self.display(link), message=f"a symbolic link to {target}, outside "
                                             "the data folder: it is not followed; copy the file into the data "
                                             "folder"))
            return False
        if not path.is_file():
            self.problems.append(Problem(self.display(path), message="not a regular file (a folder, a device or a "
                                         "pipe): expected the file itself"))
            return False
        if (problem := too_large(path, self.display(path), max_bytes)) is not None:
            self.problems.append(problem)
            return False
        try:
            self.files[self.display(path)] = sha256_of(path, max_bytes)
        except OSError as exc:
            self.problems.append(Problem(self.display(path), message=f"cannot read the file: {exc.strerror or exc}"))
            return False
        return True

    def find(self, folder: Path, stem: str, suffixes: tuple[str, ...], required: bool,
             max_bytes: int) -> Path | None:
        """The one file named `stem` with one of `suffixes` in `folder`; two candidates are ambiguous."""
        found = [folder / f"{stem}{s}" for s in suffixes if _present(folder / f"{stem}{s}")]
        if len(found) > 1:
            names = " and ".join(self.display(p) for p in found)
            self.problems.append(Problem(self.display(folder / stem), message=f"both {names} exist: keep one"))
            return None
        if not found:
            if required:
                wanted = " or ".join(f"{stem}{s}" for s in suffixes)
                self.problems.append(Problem(self.display(folder / f"{stem}{suffixes[0]}"),
                                             message=f"the required file is missing ({wanted})"))
            return None
        return found[0] if self.readable(found[0], max_bytes) else None

    def check_unknown_files(self, folder: Path, expected: set[str], folders: set[str]) -> None:
        for entry in sorted(folder.iterdir()):
            if entry.name.startswith(".") or entry.suffix.lower() in NOTE_SUFFIXES:
                continue
            if entry.name.startswith(LOCK_FILE_PREFIX):
                original = entry.name[len(LOCK_FILE_PREFIX):]
                self.notes.append(Problem(self.display(entry), severity="warning", message=(
                    f"skipped: Excel's lock file, there while {original} is open in Excel; changes not yet saved "
                    f"there are not read. Close the file in Excel before the review to be sure")))
                continue
            if entry.is_dir() and entry.name in folders:
                continue
            if entry.is_dir() and folder == self.root and _YEAR_DIR.match(entry.name):
                continue
            if entry.is_file() and entry.name in expected:
                continue
            import difflib  # only when a file is misnamed

            guess = difflib.get_close_matches(entry.name, sorted(expected | folders), n=1, cutoff=0.6)
            hint = f"did you mean '{guess[0]}'? " if guess else ""
            kind = "folder" if entry.is_dir() else "file"
            self.problems.append(Problem(self.display(entry), message=f"unexpected {kind} '{entry.name}': {hint}"
                                         f"expected {', '.join(sorted(expected))}"))

    def register(self, folder: Path, stem: str) -> RegisterFile | None:
        path = self.find(folder, stem, REGISTER_SUFFIXES, required=False, max_bytes=MAX_REGISTER_BYTES)
        if path is None:
            return None
        register = registers.read_register(path, self.display(path), _REGISTER_SPECS[stem])
        self.synthetic |= register.synthetic
        return register


_REGISTER_SPECS = {spec.name: spec for spec in REGISTERS}


def _present(path: Path) -> bool:
    """Something is there by that name: a file, or anything else (a folder, a device, a link) to report."""
    return path.is_symlink() or path.exists()


def _names(stems: list[str], suffixes: tuple[str, ...]) -> set[str]:
    return {f"{stem}{suffix}" for stem in stems for suffix in suffixes}


def load_dataset(data_dir: Path) -> Dataset:
    """Read every file of a data directory into a Dataset; raise one InputError listing every problem."""
    # Reading makes many objects and no cycles; a collection would walk every record read so far (at 1.6
    # million person records, a third of the time).
    with no_cyclic_gc():
        return _load_dataset(Path(data_dir))


def _load_dataset(data_dir: Path) -> Dataset:
    if not data_dir.is_dir():
        raise InputError([Problem(str(data_dir), message="the data directory does not exist")])
    loader = _Loader(data_dir)
    top_tables = [KOMMUNER.name, *(spec.name for spec in CLASSIFICATION_TABLES)]
    loader.check_unknown_files(data_dir, _names(top_tables, TABLE_SUFFIXES), set())
    versions: list[Kommune] = []
    register_path = loader.find(data_dir, KOMMUNER.name, TABLE_SUFFIXES, required=True, max_bytes=MAX_TABLE_BYTES)
    if register_path is not None:
        versions, problems = readers.read_kommune_register(register_path, loader.display(register_path))
        loader.problems += problems
    kommuner = {k.kommunenummer: k for k in versions if k.gyldig_til is None}
    dataset = Dataset(data_dir=loader.prefix, synthetic=False, files=loader.files, kommuner=kommuner)
    fylker, kommune_changes, fylke_changes = _classification(loader, data_dir)
    dataset = replace(dataset, fylker=fylker, kommune_changes=kommune_changes, fylke_changes=fylke_changes)
    years = sorted(int(p.name) for p in data_dir.iterdir() if p.is_dir() and _YEAR_DIR.match(p.name))
    if not years:
        loader.problems.append(Problem(loader.prefix, message="no year folder (such as 2026/) in the data directory"))
    versioned = any(k.gyldig_fra is not None or k.gyldig_til is not None for k in versions)
    for year in years:
        if versioned:  # the rows valid on the year's 1 January; a year folder's own register replaces them
            day = dt.date(year, 1, 1)
            dataset.kommuner_by_year[year] = {k.kommunenummer: k for k in versions if k.valid_on(day)}
        _load_year(loader, dataset, year)
    loader.problems += referat.check_references(dataset.referat)
    if loader.problems:
        raise InputError(loader.problems)
    # `synthetic` is only known once every YAML file has been read.
    disagreements = tuple(contradictions(dataset))
    found = [*loader.notes, *(c.problem() for c in disagreements), *(d.problem() for d in total_differences(dataset))]
    return replace(dataset, synthetic=loader.synthetic, files=dict(sorted(loader.files.items())),
                   notes=tuple(sorted(found)), contradictions=disagreements)


def _classification(loader: _Loader, data_dir: Path) -> tuple[tuple[Fylke, ...], tuple[NumberChange, ...],
                                                              tuple[NumberChange, ...]]:
    """The fylke register and the two change tables at the top of the data folder (empty when not there)."""
    fylker: list[Fylke] = []
    path = loader.find(data_dir, FYLKER.name, TABLE_SUFFIXES, required=False, max_bytes=MAX_TABLE_BYTES)
    if path is not None:
        fylker, problems = readers.read_fylker(path, loader.display(path))
        loader.problems += problems
    tables = []
    for spec in (KOMMUNEENDRINGER, FYLKESENDRINGER):
        changes: list[NumberChange] = []
        path = loader.find(data_dir, spec.name, TABLE_SUFFIXES, required=False, max_bytes=MAX_TABLE_BYTES)
        if path is not None:
            changes, problems = readers.read_changes(path, loader.display(path), spec)
            loader.problems += problems
        tables.append(tuple(changes))
    return tuple(fylker), tables[0], tables[1]


def _mappings(extras: readers.TableExtras) -> tuple[NumberMapping, ...]:
    # A person file may map one number on many rows: each pair once, with its count of rows.
    counts: dict[tuple[str, str, bool], int] = {}
    for number, mapped, _ in extras.mapped:
        key = (number, mapped.number, mapped.merge)
        counts[key] = counts.get(key, 0) + 1
    return tuple(NumberMapping(written, counted_as, merge, rows) for (written, counted_as, merge), rows in
                 counts.items())


def _mapping_note(display: str, year: int, mappings: tuple[NumberMapping, ...],
                  changes: tuple[NumberChange, ...]) -> Problem:
    shown = ", ".join(f"{m.written} → {m.counted_as}{' (sammenslått / merged)' if m.merge else ''}"
                      + (f" ({m.rows} rows)" if m.rows > 1 else "") for m in mappings[:12])
    more = f" and {len(mappings) - 12} more" if len(mappings) > 12 else ""
    table = changes[0].source.rpartition(":row ")[0] if changes else "the change table"
    return Problem(display, severity="warning", message=(
        f"{sum(m.rows for m in mappings)} number(s) from another year's register mapped to the register of {year} "
        f"through {table}: {shown}{more}"))


def _load_year(loader: _Loader, dataset: Dataset, year: int) -> None:
    folder = loader.root / str(year)
    table_stems = [KOMMUNER.name, *(spec.name for spec in YEAR_TABLES)]
    loader.check_unknown_files(folder, _names(table_stems, TABLE_SUFFIXES) | _names([NASJONALT.name],
                                                                                     REGISTER_SUFFIXES), {REGISTER_DIR})
    own_register = loader.find(folder, KOMMUNER.name, TABLE_SUFFIXES, required=False, max_bytes=MAX_TABLE_BYTES)
    if own_register is not None:
        own, problems = readers.read_kommuner(own_register, loader.display(own_register))
        loader.problems += problems
        dataset.kommuner_by_year[year] = own
    register = dataset.register(year)

    fylke_path = loader.find(folder, FYLKE_AAR.name, TABLE_SUFFIXES, required=False, max_bytes=MAX_TABLE_BYTES)
    # A year needs its kommune table, or a fylke table where kommune figures are not published.
    path = loader.find(folder, KOMMUNE_AAR.name, TABLE_SUFFIXES, required=fylke_path is None and
                       not _present_any(folder, FYLKE_AAR.name), max_bytes=MAX_TABLE_BYTES)
    if path is not None:  # kommune figures are summed per fylke: in the fylker of the year (fylke_placement)
        placed, notes, problems = place_in_fylker(dataset, year)
        loader.notes += notes
        loader.problems += problems
        if placed is not None:
            dataset.kommuner_by_year[year] = register = placed
    # Every table keyed by kommunenummer is mapped through the one change table (obligations.data.changes).
    kommune_changes = ChangeTable(dataset.kommune_changes, "kommune") if dataset.kommune_changes else None
    if path is not None:
        extras = readers.TableExtras()
        rows, problems = readers.read_kommune_aar(path, loader.display(path), year, register, extras, kommune_changes)
        dataset.kommune_years[year] = rows
        loader.problems += problems
        _keep_extras(loader, dataset, loader.display(path), year, extras, dataset.kommune_changes)
    if fylke_path is not None:
        extras = readers.TableExtras()
        changes = ChangeTable(dataset.fylke_changes, "fylke") if dataset.fylke_changes else None
        fylke_rows, problems = readers.read_fylke_aar(fylke_path, loader.display(fylke_path), year,
                                                      dataset.fylker_of(year), extras, changes)
        dataset.fylke_years[year] = fylke_rows
        loader.problems += problems
        _keep_extras(loader, dataset, loader.display(fylke_path), year, extras, dataset.fylke_changes)
    path = loader.find(folder, NASJONALT.name, REGISTER_SUFFIXES, required=True, max_bytes=MAX_REGISTER_BYTES)
    if path is not None:
        national, synthetic, problems = registers.read_nasjonalt(path, loader.display(path), year)
        loader.synthetic |= synthetic
        loader.problems += problems
        if national is not None:
            dataset.national[year] = national
    path = loader.find(folder, "personer", TABLE_SUFFIXES, required=False, max_bytes=MAX_TABLE_BYTES)
    if path is not None:
        extras = readers.TableExtras()
        persons, problems = readers.read_personer(path, loader.display(path), register, year, kommune_changes, extras)
        dataset.persons[year] = persons
        loader.problems += problems
        _keep_mapping_note(loader, dataset, loader.display(path), year, extras, dataset.kommune_changes)
    path = loader.find(folder, "kapasitet_endringer", TABLE_SUFFIXES, required=False, max_bytes=MAX_TABLE_BYTES)
    if path is not None:
        extras = readers.TableExtras()
        changes_read, problems = readers.read_kapasitet_endringer(path, loader.display(path), register, year,
                                                                  kommune_changes, extras)
        dataset.capacity_changes[year] = tuple(changes_read)
        loader.problems += problems
        _keep_mapping_note(loader, dataset, loader.display(path), year, extras, dataset.kommune_changes)
    path = loader.find(folder, "belegg", TABLE_SUFFIXES, required=False, max_bytes=MAX_TABLE_BYTES)
    if path is not None:
        occupancy, problems = readers.read_belegg(path, loader.display(path), year)
        dataset.occupancy[year] = tuple(occupancy)
        loader.problems += problems
    _load_registers(loader, dataset, year, register)


def _present_any(folder: Path, stem: str) -> bool:
    return any(_present(folder / f"{stem}{suffix}") for suffix in TABLE_SUFFIXES)


def _keep_extras(loader: _Loader, dataset: Dataset, display: str, year: int, extras: readers.TableExtras,
                 changes: tuple[NumberChange, ...]) -> None:
    if extras.absent:
        dataset.absent_columns[display] = extras.absent
    if extras.total is not None:
        dataset.published_totals[display] = extras.total
    _keep_mapping_note(loader, dataset, display, year, extras, changes)


def _keep_mapping_note(loader: _Loader, dataset: Dataset, display: str, year: int, extras: readers.TableExtras,
                       changes: tuple[NumberChange, ...]) -> None:
    if extras.mapped:
        mappings = _mappings(extras)
        dataset.number_mappings[display] = mappings
        loader.notes.append(_mapping_note(display, year, mappings, changes))


def _load_registers(loader: _Loader, dataset: Dataset, year: int, register: dict[str, Kommune]) -> None:
    folder = loader.root / str(year) / REGISTER_DIR
    if not folder.is_dir():
        return
    loader.check_unknown_files(folder, _names([*_REGISTER_SPECS, referat.REFERAT_STEM], REGISTER_SUFFIXES), set())
    fylker = {k.fylkesnummer for k in register.values()}
    found = {spec.name: loader.register(folder, spec.name) for spec in REGISTERS}
    if (r := found[STATISTIKKLEVERANSER.name]) is not None:
        changes = ChangeTable(dataset.fylke_changes, "fylke") if dataset.fylke_changes else None
        dataset.deliveries[year] = tuple(registers.deliveries(r, fylker, year, changes))
        mapped = sorted({d.mapped_from for d in dataset.deliveries[year] if d.mapped_from})
        if mapped:
            display = dataset.deliveries[year][0].source.rpartition(":line ")[0]
            loader.notes.append(Problem(display, severity="warning", message=(
                f"fylkeskommune numbers from another year's fylke structure mapped to the fylker of {year}: "
                f"{'; '.join(mapped)}")))
    if (r := found[TILTAK.name]) is not None:
        dataset.measures[year] = tuple(registers.measures(r))
    if (r := found[AKTIVITETER.name]) is not None:
        dataset.activities[year] = tuple(registers.activities(r))
    if (r := found[BEREGNINGSUTVALGET.name]) is not None:
        dataset.reports[year] = tuple(registers.reports(r))
    if (r := found[UNNTAK.name]) is not None:
        dataset.waivers[year] = tuple(registers.waivers(r, set(register)))
    for r in found.values():
        if r is not None:
            loader.problems += r.problems
    path = loader.find(folder, referat.REFERAT_STEM, REGISTER_SUFFIXES, required=False, max_bytes=MAX_REGISTER_BYTES)
    if path is not None:
        minutes, synthetic, problems = referat.read_referat(path, loader.display(path), year)
        loader.synthetic |= synthetic
        loader.problems += problems
        if minutes is not None:
            dataset.referat[year] = minutes
