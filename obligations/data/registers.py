"""Readers for the YAML (or JSON) registers: lists of entries under one top-level key.

A register file looks like:

    # SYNTHETIC DATA ...
    synthetic: true
    tiltak:
      - tiltak_id: "T-2027-01"
        dato: "2027-06-20"
        ...

The entries are checked against the same column specification as the tables, with
engine.yamlload's strict loader (no YAML 1.1 surprises, duplicate keys are errors), and
every problem carries the line and column in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bosetting.engine.bounded_read import read_bounded
from bosetting.engine.problems import InputError, Problem, quoted
from bosetting.engine.yamlload import LoadedYaml, load_yaml_bytes
from bosetting.obligations.cache import cached_reading
from bosetting.obligations.data.changes import ChangeTable, Refused
from bosetting.obligations.data.columns import CellError, Value, convert_cell
from bosetting.obligations.data.records import (
    Activity,
    BeregningsutvalgetReport,
    Measure,
    NationalYear,
    StatisticsDelivery,
    Waiver,
)
from bosetting.obligations.data.spec import (
    DEPARTEMENTER,
    DIREKTORATENES_DEPARTEMENT,
    NASJONALT,
    TableSpec,
)

MAX_REGISTER_BYTES = 20 * 1024 * 1024
REGISTER_SUFFIXES = (".yaml", ".yml", ".json")  # JSON is read by the YAML loader: JSON is YAML


@dataclass
class Entry:
    """One converted register entry and where it starts in the file."""

    values: dict[str, Value]
    source: str


@dataclass
class RegisterFile:
    """What a register file held: its entries, whether it says it is synthetic, and its problems."""

    entries: list[Entry]
    synthetic: bool
    problems: list[Problem]


def line_source(display: str, line: int) -> str:
    """The `source` string of a register entry."""
    return f"{display}:line {line}"


def _located(loaded: LoadedYaml, at: tuple[str | int, ...], message: str, key: str | None = None) -> Problem:
    base = loaded.problem(at, message)
    return Problem(base.file, base.line, base.column, message, base.json_path, column_name=key)


def _convert_entry(loaded: LoadedYaml, raw: Any, at: tuple[str | int, ...], spec: TableSpec,
                   problems: list[Problem]) -> dict[str, Value] | None:
    if not isinstance(raw, dict):
        problems.append(_located(loaded, at, f"expected a mapping with the keys {', '.join(spec.names)}"))
        return None
    values: dict[str, Value] = {}
    before = len(problems)
    guessed: set[str] = set()  # a misspelt key is reported once, as unknown with its likely name
    for key in raw:
        if key not in spec.names:
            import difflib  # only when a key is misspelt

            guess = difflib.get_close_matches(key[:100], spec.names, n=1, cutoff=0.6)
            hint = f"did you mean '{guess[0]}'? " if guess else ""
            guessed.update(guess)
            problems.append(_located(loaded, (*at, key), f"unknown key {quoted(key)}: {hint}"
                                     f"the keys are {', '.join(spec.names)}", key))
    for column in spec.columns:
        value = raw.get(column.name)
        if column.kind == "text" and isinstance(value, float):
            problems.append(_located(loaded, (*at, column.name), f"write {column.name} in quotes, as text "
                                     f"(\"{value}\"): unquoted, 1.10 would be read as the number 1.1", column.name))
            continue
        if isinstance(value, (dict, list)):
            problems.append(_located(loaded, (*at, column.name), f"{column.name} must be a single value", column.name))
            continue
        try:
            values[column.name] = convert_cell(value, column)
        except CellError as exc:
            if column.name in guessed and column.name not in raw:
                continue
            message = str(exc) if column.name in raw else f"the required key '{column.name}' is missing"
            problems.append(_located(loaded, (*at, column.name), message, column.name))
    return values if len(problems) == before else None


def _parsed(raw: bytes, display: str) -> tuple[LoadedYaml | None, list[Problem]]:
    try:
        return load_yaml_bytes(raw, display), []
    except InputError as exc:
        return None, list(exc.problems)


def _synthetic_flag(loaded: LoadedYaml, problems: list[Problem]) -> bool:
    flag = loaded.data.get("synthetic", False)
    if not isinstance(flag, bool):
        problems.append(_located(loaded, ("synthetic",), "synthetic must be true or false", "synthetic"))
        return True  # when in doubt, label the data synthetic
    return flag


def read_register(path: Path, display: str, spec: TableSpec) -> RegisterFile:
    """Read a register: a mapping with `synthetic` and a list of entries under `spec.entries_key`.

    What a file's bytes give is kept in the user's cache (obligations.cache), keyed by the bytes, the name it
    is shown under, the specification it is checked against and the code: parsing a register's YAML and checking
    its entries was about 25 ms of every review of the shipped data, for files that seldom change.
    """
    display = display or str(path)
    try:
        raw = read_bounded(path, display, MAX_REGISTER_BYTES)
    except InputError as exc:
        return RegisterFile([], False, list(exc.problems))
    return cached_reading(f"register-{spec.name}", display, raw, [repr(spec)],
                          lambda: _register_of(raw, display, spec), RegisterFile)


def _register_of(raw: bytes, display: str, spec: TableSpec) -> RegisterFile:
    loaded, problems = _parsed(raw, display)
    if loaded is None:
        return RegisterFile([], False, problems)
    data = loaded.data
    if not isinstance(data, dict):
        return RegisterFile([], False, [_located(loaded, (), f"expected a mapping with the key '{spec.entries_key}'")])
    synthetic = _synthetic_flag(loaded, problems)
    for key in data:
        if key not in (spec.entries_key, "synthetic"):
            problems.append(_located(loaded, (key,), f"unknown key {quoted(key)}: a {spec.name} file holds "
                                     f"'synthetic' and '{spec.entries_key}'", key))
    raw_entries = data.get(spec.entries_key)
    if raw_entries is None:
        problems.append(_located(loaded, (), f"the key '{spec.entries_key}' is missing (write "
                                 f"'{spec.entries_key}: []' when there are none)", spec.entries_key))
        return RegisterFile([], synthetic, problems)
    if not isinstance(raw_entries, list):
        problems.append(_located(loaded, (spec.entries_key,), f"'{spec.entries_key}' must be a list of entries"))
        return RegisterFile([], synthetic, problems)
    entries: list[Entry] = []
    first_at: dict[tuple[Value, ...], int] = {}
    for index, raw in enumerate(raw_entries):
        at: tuple[str | int, ...] = (spec.entries_key, index)
        values = _convert_entry(loaded, raw, at, spec, problems)
        if values is None:
            continue
        line = loaded.position(at)[0]
        key = tuple(values[name] for name in spec.key)
        if key in first_at:
            shown = ", ".join(str(v) for v in key)
            problems.append(_located(loaded, at, f"duplicate {'/'.join(spec.key)} {quoted(shown)} "
                                     f"(first at line {first_at[key]})", spec.key[0]))
            continue
        first_at[key] = line
        entries.append(Entry(values, line_source(display, line)))
    return RegisterFile(entries, synthetic, problems)


def read_nasjonalt(path: Path, display: str, year: int) -> tuple[NationalYear | None, bool, list[Problem]]:
    """The national need for a year: one mapping whose `aar` must be the folder's year (from the user's cache,
    as a register is, when these bytes were read for this year before)."""
    display = display or str(path)
    try:
        raw = read_bounded(path, display, MAX_REGISTER_BYTES)
    except InputError as exc:
        return None, False, list(exc.problems)
    return cached_reading("nasjonalt", display, raw, [str(year)], lambda: _nasjonalt_of(raw, display, year), tuple)


def _nasjonalt_of(raw: bytes, display: str, year: int) -> tuple[NationalYear | None, bool, list[Problem]]:
    loaded, problems = _parsed(raw, display)
    if loaded is None:
        return None, False, problems
    if not isinstance(loaded.data, dict):
        return None, False, [_located(loaded, (), f"expected a mapping with the keys {', '.join(NASJONALT.names)}")]
    synthetic = _synthetic_flag(loaded, problems)
    body = {k: v for k, v in loaded.data.items() if k != "synthetic"}
    values = _convert_entry(loaded, body, (), NASJONALT, problems)
    if values is None:
        return None, synthetic, problems
    if values["aar"] != year:
        problems.append(_located(loaded, ("aar",), f"aar is {values['aar']} but the file is in the folder for "
                                 f"{year}", "aar"))
        return None, synthetic, problems
    em, total = values["bosettingsbehov_em"], values["bosettingsbehov"]
    if em is not None and em > total:  # type: ignore[operator]
        problems.append(_located(loaded, ("bosettingsbehov_em",), f"bosettingsbehov_em ({em}) is more than "
                                 f"bosettingsbehov ({total}): EM are included in the total", "bosettingsbehov_em"))
        return None, synthetic, problems
    source = line_source(display, loaded.position(("aar",))[0])
    return NationalYear(**NASJONALT.field_values(values), source=source), synthetic, problems


def deliveries(register: RegisterFile, fylker: set[str], year: int | None = None,
               changes: ChangeTable | None = None) -> list[StatisticsDelivery]:
    """Statistics deliveries; `til` must be KS or a fylkeskommune of the register.

    With `changes` (the fylke change table) and the folder's `year`, a fylkeskommune of another year's fylke
    structure is mapped to the year's (a renumbering or a merge); one that could be either of several is refused.
    """
    records = []
    for entry in register.entries:
        til = str(entry.values["til"])
        fylke = til.split(":", 1)[1] if til.startswith("fylkeskommune:") else None
        mapped_from = None
        if fylke is not None and fylke not in fylker and changes is not None and year is not None:
            mapped = changes.map(fylke, year, fylker, records=True)
            if isinstance(mapped, Refused):
                register.problems.append(_entry_problem(entry, "til", mapped.message))
                continue
            if mapped is not None:
                fylke, mapped_from = mapped.number, mapped.described
                entry.values["til"] = til = f"fylkeskommune:{fylke}"
        if til != "KS" and fylke not in fylker:
            register.problems.append(_entry_problem(entry, "til", f"unknown recipient {quoted(til)}: write 'KS' or "
                                                    "'fylkeskommune:<fylkesnummer>', such as 'fylkeskommune:46'"))
            continue
        records.append(StatisticsDelivery(**entry.values, source=entry.source,  # type: ignore[arg-type]
                                          mapped_from=mapped_from))
    return records


def measures(register: RegisterFile) -> list[Measure]:
    return [Measure(**e.values, source=e.source) for e in register.entries]  # type: ignore[arg-type]


def activities(register: RegisterFile) -> list[Activity]:
    return [Activity(**e.values, source=e.source) for e in register.entries]  # type: ignore[arg-type]


def reports(register: RegisterFile) -> list[BeregningsutvalgetReport]:
    return [BeregningsutvalgetReport(**e.values, source=e.source) for e in register.entries]  # type: ignore[arg-type]


def waivers(register: RegisterFile, kommuner: set[str]) -> list[Waiver]:
    """Waivers; a valid period, and a party's obligation as subject (never a kommune or a fylke)."""
    records = []
    for entry in register.entries:
        v = entry.values
        if v["gyldig_til"] < v["gyldig_fra"]:  # type: ignore[operator]
            register.problems.append(_entry_problem(entry, "gyldig_til", f"gyldig_til {v['gyldig_til']} is before "
                                                    f"gyldig_fra {v['gyldig_fra']}"))
            continue
        subject = str(v["subject"])
        if subject.isdigit() or subject.startswith("fylke:"):
            what = "kommune" if subject.isdigit() else "fylke"
            known = "" if not subject.isdigit() or subject in kommuner else " (and it is not in the kommune register)"
            register.problems.append(_entry_problem(
                entry, "subject", f"a waiver cannot name a {what} ({quoted(subject)}){known}: kommuner and fylker are "
                "not parties to the agreement and are never judged, so there is nothing to excuse; name the party's "
                "obligation instead, with subject 'national' or an agency such as 'IMDi'"))
            continue
        if problem := agreement_problem(str(v["avtalt_av"]), subject):
            register.problems.append(_entry_problem(entry, "avtalt_av", problem))
            continue
        records.append(Waiver(**v, source=entry.source))  # type: ignore[arg-type]
    return records


def agreement_problem(avtalt_av: str, subject: str = "national") -> str | None:
    """Why `avtalt_av` does not record a deviation the agreement lets the parties agree, or None.

    Extraordinary changes "følges opp av berørte departement i samarbeid med KS" (the agreement's
    Formål), and the yearly review is held "innenfor konsultasjonsordningen mellom KS og regjeringen":
    a waiver is agreed by KS together with the ministry concerned (for a directorate's obligation, the
    ministry it answers to) or the government, not by a directorate alone.
    """
    words = set(re.findall(r"[\wæøåÆØÅ-]+", avtalt_av))
    named = {short for short, name in DEPARTEMENTER.items() if short in words or name in avtalt_av}
    government = "regjeringen" in avtalt_av.lower()
    concerned = DIREKTORATENES_DEPARTEMENT.get(subject)
    if "KS" in words and (government or (named and (concerned is None or concerned in named))):
        return None
    if "KS" in words and named and concerned is not None:
        return (f"avtalt_av {quoted(avtalt_av)} names {', '.join(sorted(named))}, but {subject}'s obligation is "
                f"followed up by {concerned} ({DEPARTEMENTER[concerned]}), the ministry concerned: write "
                f"'{concerned} og KS'")
    missing = " and ".join(w for w, there in (("KS", "KS" in words), ("a ministry", bool(named) or government))
                           if not there)
    return (f"avtalt_av {quoted(avtalt_av)} does not name {missing}: an agreed deviation is agreed by KS together "
            f"with the ministry concerned ({', '.join(DEPARTEMENTER)}) or the government, as in 'JD og KS'; a "
            "directorate alone cannot agree one")


def _entry_problem(entry: Entry, key: str, message: str) -> Problem:
    file, _, line = entry.source.rpartition(":line ")
    return Problem(file, int(line), 0, message, column_name=key)
