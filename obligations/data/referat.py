"""The referat register (registre/referat.yaml): the parties' minuted conclusions of one year's review.

The agreement has the yearly review held in the konsultasjonsordning, and "Resultatet skal
referatføres". This register is that result as data: the meeting, per point the agreed assessment,
each party's remarks or dissent, the follow-ups agreed with owner and deadline, the reports
received on earlier years' follow-ups, and a party's statements under the agreement's "Varighet og
oppsigelse" (that the conditions for fulfilling it are not present, a notice of termination). Unlike the flat
registers it nests (points hold remarks and follow-ups), so its shape is checked against a published JSON Schema
(docs/schema/referat.schema.json), which an editor can also use; what a schema cannot say (the folder's year,
unique ids, references to earlier referat) is checked here. Every problem has the line and column in the file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from bosetting.engine.bounded_read import read_bounded
from bosetting.engine.problems import InputError, Problem
from bosetting.engine.schemas import DocumentSchema
from bosetting.engine.yamlload import LoadedYaml, load_yaml_bytes, load_yaml_text
from bosetting.obligations.cache import cached_reading
from bosetting.obligations.data.records import (
    FollowUp,
    FollowUpReport,
    Participant,
    PartyRemark,
    PartyStatement,
    Referat,
    ReferatPoint,
)
from bosetting.obligations.paths import DOCUMENT_SCHEMA_DIR

REFERAT_SCHEMA = DOCUMENT_SCHEMA_DIR / "referat.schema.json"
REFERAT_STEM = "referat"
MAX_REFERAT_BYTES = 5 * 1024 * 1024


@lru_cache(maxsize=1)
def _schema() -> DocumentSchema:
    return DocumentSchema(REFERAT_SCHEMA)


def _line(loaded: LoadedYaml, at: tuple[str | int, ...]) -> int:
    return loaded.position(at)[0]


def parse_referat(loaded: LoadedYaml, year: int) -> tuple[Referat | None, list[Problem]]:
    """Check a loaded referat against the schema and the rules a schema cannot state, and build it."""
    problems = _schema().validate(loaded)
    if problems:
        return None, problems
    data: dict[str, Any] = loaded.data
    source = f"{loaded.path}:line {_line(loaded, ('aar',))}"
    if data["aar"] != year:
        problems.append(loaded.problem(("aar",), f"aar is {data['aar']} but the file is in the folder for {year}"))
    moete = data.get("moete")
    meeting_day = date.fromisoformat(moete["dato"]) if moete else None
    if meeting_day is not None and meeting_day < date(year, 1, 1):
        problems.append(loaded.problem(("moete", "dato"), f"the meeting on {meeting_day} is before {year}, the year "
                                       "it reviews"))
    points: list[ReferatPoint] = []
    seen_points: dict[str, int] = {}
    seen_ids: dict[str, int] = {}
    for i, raw in enumerate(data.get("punkter", [])):
        at: tuple[str | int, ...] = ("punkter", i)
        punkt = raw["punkt"]
        if punkt in seen_points:
            problems.append(loaded.problem((*at, "punkt"), f"point {punkt} is minuted twice (first at line "
                                           f"{seen_points[punkt]}): write one entry per point"))
            continue
        seen_points[punkt] = _line(loaded, at)
        remarks = []
        parties: set[str] = set()
        for j, remark in enumerate(raw.get("merknader", [])):
            if remark["part"] in parties:
                problems.append(loaded.problem((*at, "merknader", j, "part"), f"point {punkt}: two remarks from "
                                               f"{remark['part']}: write one per party"))
            parties.add(remark["part"])
            remarks.append(PartyRemark(remark["part"], remark["tekst"], bool(remark.get("dissens", False))))
        follow_ups = []
        for j, item in enumerate(raw.get("oppfolging", [])):
            where = (*at, "oppfolging", j, "id")
            follow_id = item["id"]
            if not follow_id.startswith(f"{year}-"):
                problems.append(loaded.problem(where, f"point {punkt}: the follow-up id '{follow_id}' must start with "
                                               f"the year of the referat, '{year}-' (such as {year}-{punkt}-1)"))
            elif follow_id in seen_ids:
                problems.append(loaded.problem(where, f"point {punkt}: the follow-up id '{follow_id}' is used twice "
                                               f"(first at line {seen_ids[follow_id]})"))
            seen_ids.setdefault(follow_id, _line(loaded, where))
            follow_ups.append(FollowUp(follow_id, punkt, item["tiltak"], item["ansvarlig"],
                                       date.fromisoformat(item["frist"]),
                                       f"{loaded.path}:line {_line(loaded, (*at, 'oppfolging', j))}"))
        points.append(ReferatPoint(punkt, raw.get("omforent_vurdering"), tuple(remarks), tuple(follow_ups),
                                   f"{loaded.path}:line {_line(loaded, at)}"))
    reports = []
    reported: dict[str, int] = {}
    for i, raw in enumerate(data.get("oppfolging_rapportert", [])):
        at = ("oppfolging_rapportert", i, "oppfolging")
        follow_id = raw["oppfolging"]
        if int(follow_id[:4]) >= year:
            problems.append(loaded.problem(at, f"'{follow_id}' is not a follow-up of an earlier year: a referat for "
                                           f"{year} reports on follow-ups agreed before {year}"))
        if follow_id in reported:
            problems.append(loaded.problem(at, f"a report on '{follow_id}' is given twice (first at line "
                                           f"{reported[follow_id]})"))
        reported.setdefault(follow_id, _line(loaded, at))
        reports.append(FollowUpReport(follow_id, raw["utfort"],
                                      date.fromisoformat(raw["dato"]) if raw.get("dato") else None,
                                      raw.get("merknad"), f"{loaded.path}:line {_line(loaded, at[:2])}"))
    statements = _statements(loaded, data.get("erklaeringer", []), year, meeting_day, problems)
    if problems:
        return None, problems
    participants = tuple(Participant(p["navn"], p["virksomhet"]) for p in moete["deltakere"]) if moete else ()
    return Referat(year, meeting_day, participants, tuple(points), tuple(reports),
                   bool(data.get("synthetic", False)), source, statements), []


def _statements(loaded: LoadedYaml, raw_statements: list[dict[str, Any]], year: int, meeting_day: date | None,
                problems: list[Problem]) -> tuple[PartyStatement, ...]:
    """The parties' statements, each given in the year reviewed or, later, at the latest at its meeting."""
    statements = []
    seen: dict[tuple[str, str, date], int] = {}
    for i, raw in enumerate(raw_statements):
        at: tuple[str | int, ...] = ("erklaeringer", i)
        day = date.fromisoformat(raw["dato"])
        if day < date(year, 1, 1):
            problems.append(loaded.problem((*at, "dato"), f"the statement of {raw['part']} on {day} is before "
                                           f"{year}: a referat for {year} records the statements given in {year} or "
                                           "at the meeting that reviews it"))
        elif day.year > year and (meeting_day is None or day > meeting_day):
            latest = f"the meeting on {meeting_day}" if meeting_day else f"the end of {year} (no meeting is given)"
            problems.append(loaded.problem((*at, "dato"), f"the statement of {raw['part']} on {day} is after "
                                           f"{latest}: record it in the referat for {day.year}"))
        key = (raw["gjelder"], raw["part"], day)
        if key in seen:
            problems.append(loaded.problem((*at, "part"), f"the same statement ({raw['gjelder']}) of {raw['part']} "
                                           f"on {day} is recorded twice (first at line {seen[key]})"))
        seen.setdefault(key, _line(loaded, at))
        statements.append(PartyStatement(raw["gjelder"], raw["part"], day, raw["tekst"],
                                         f"{loaded.path}:line {_line(loaded, at)}"))
    return tuple(statements)


def read_referat(path: Path, display: str, year: int) -> tuple[Referat | None, bool, list[Problem]]:
    """Read and check data/<year>/registre/referat.yaml; the flag says whether it calls itself synthetic.

    What the file gives is kept in the user's cache (obligations.cache), keyed by its bytes, the name it is
    shown under, the folder's year, the schema and the code: a review whose rule files come from the cache too
    then neither parses YAML nor imports jsonschema and checks the schema itself (about 0.09 s CPU, many times
    the check of a file).
    """
    try:
        file_bytes = read_bounded(path, display, MAX_REFERAT_BYTES)
    except InputError as exc:
        return None, False, list(exc.problems)
    return cached_reading("referat", display, file_bytes, [str(year), REFERAT_SCHEMA.read_bytes()],
                          lambda: _referat_of(file_bytes, display, year), tuple)


def _referat_of(file_bytes: bytes, display: str, year: int) -> tuple[Referat | None, bool, list[Problem]]:
    try:
        loaded = load_yaml_bytes(file_bytes, display)
    except InputError as exc:
        return None, False, list(exc.problems)
    synthetic = isinstance(loaded.data, dict) and loaded.data.get("synthetic") is True
    referat, problems = parse_referat(loaded, year)
    return referat, synthetic, problems


def check_references(referats: Mapping[int, Referat]) -> list[Problem]:
    """Every report on an earlier follow-up must name a follow-up of an earlier year's referat; a party's statement
    given before the meeting on the year before may fit either year's referat, but is recorded in one of them."""
    known = {f.id: year for year, r in referats.items() for f in r.follow_ups}
    problems = []
    recorded: dict[tuple[str, str, date], PartyStatement] = {}
    for year in sorted(referats):
        for statement in referats[year].erklaeringer:
            key = (statement.gjelder, statement.part, statement.dato)
            first = recorded.setdefault(key, statement)
            if first is not statement:
                file, _, line = statement.source.rpartition(":line ")
                problems.append(Problem(file, int(line), 0, f"the statement ({statement.gjelder}) of {statement.part} "
                                        f"on {statement.dato} is recorded already in {first.source}: record it in "
                                        "one referat", column_name="erklaeringer"))
    for year in sorted(referats):
        for report in referats[year].rapporter:
            if report.oppfolging in known:
                continue
            earlier = sorted(y for y in referats if y < year)
            where = (f"the referat for {', '.join(map(str, earlier))} has" if earlier
                     else "there is no earlier referat in the data with")
            file, _, line = report.source.rpartition(":line ")
            problems.append(Problem(file, int(line), 0, f"unknown follow-up '{report.oppfolging}': {where} no "
                                    "follow-up by that id", column_name="oppfolging"))
    return problems


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        value = value.isoformat()
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def referat_yaml(referat: Referat, header: list[str]) -> str:
    """The register as YAML text in a fixed order, which `parse_referat` reads back to the same Referat."""
    lines = [f"# {h}" if h else "#" for h in header]
    if referat.synthetic:
        lines.append("synthetic: true")
    lines.append(f"aar: {referat.aar}")
    if referat.moete_dato is not None:
        lines += ["moete:", f"  dato: {_scalar(referat.moete_dato)}", "  deltakere:"]
        for p in referat.deltakere:
            lines += [f"    - navn: {_scalar(p.navn)}", f"      virksomhet: {_scalar(p.virksomhet)}"]
        lines.append("punkter:" if referat.punkter else "punkter: []")
        for point in referat.punkter:
            lines.append(f"  - punkt: {_scalar(point.punkt)}")
            if point.omforent_vurdering is not None:
                lines.append(f"    omforent_vurdering: {_scalar(point.omforent_vurdering)}")
            if point.merknader:
                lines.append("    merknader:")
                for remark in point.merknader:
                    lines += [f"      - part: {_scalar(remark.part)}", f"        tekst: {_scalar(remark.tekst)}"]
                    if remark.dissens:
                        lines.append("        dissens: true")
            if point.oppfolging:
                lines.append("    oppfolging:")
                for item in point.oppfolging:
                    lines += [f"      - id: {_scalar(item.id)}", f"        tiltak: {_scalar(item.tiltak)}",
                              f"        ansvarlig: {_scalar(item.ansvarlig)}", f"        frist: {_scalar(item.frist)}"]
    if referat.rapporter:
        lines.append("oppfolging_rapportert:")
        for report in referat.rapporter:
            lines += [f"  - oppfolging: {_scalar(report.oppfolging)}", f"    utfort: {_scalar(report.utfort)}"]
            if report.dato is not None:
                lines.append(f"    dato: {_scalar(report.dato)}")
            if report.merknad is not None:
                lines.append(f"    merknad: {_scalar(report.merknad)}")
    if referat.erklaeringer:
        lines.append("erklaeringer:")
        for statement in referat.erklaeringer:
            lines += [f"  - gjelder: {_scalar(statement.gjelder)}", f"    part: {_scalar(statement.part)}",
                      f"    dato: {_scalar(statement.dato)}", f"    tekst: {_scalar(statement.tekst)}"]
    return "\n".join(lines) + "\n"


def parse_referat_text(text: str, display: str, year: int) -> tuple[Referat | None, list[Problem]]:
    """Parse referat YAML held in memory (what the import is about to write), exactly as the loader would."""
    try:
        loaded = load_yaml_text(text, display)
    except InputError as exc:
        return None, list(exc.problems)
    return parse_referat(loaded, year)
