"""The column specification of every input: the single description the readers enforce.

Tables (CSV/XLSX) and registers (YAML/JSON entries) are both described as a list of
columns. The columns are declared once, on the fields of the record each row or entry is
read into (obligations.data.records); this module adds what belongs to the input as a
whole (its file name, key, description) and derives the rest. `docs/data.md` documents
the same specification; `python -m bosetting.obligations.data.spec` prints it as JSON for other tools.
"""

from __future__ import annotations

import json
import types
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from bosetting.obligations.data.records import (
    COLUMN,
    Activity,
    BeregningsutvalgetReport,
    CapacityChange,
    Forpliktelse,
    Fylke,
    FylkeYear,
    Kind,
    Kommune,
    KommuneYear,
    Measure,
    NationalYear,
    NumberChange,
    Occupancy,
    PersonKey,
    SettlementRecord,
    StatisticsDelivery,
    Waiver,
)

# The numbered obligations of the 2026-2029 agreement (the type obligations.data.records.Forpliktelse).
FORPLIKTELSER: tuple[str, ...] = get_args(Forpliktelse)


# The goals of the agreement (rules/goals/), by the ids their rule file gives them.
MAAL = ("hovedmaal-1", "hovedmaal-2", "hovedmaal-3", "resultatmaal-bosetting", "resultatmaal-mottak")
# The points of the yearly review that the parties minute (registre/referat.yaml): every goal and obligation.
REFERAT_PUNKTER = (*MAAL, *FORPLIKTELSER)
# The parties to the agreement (its first page): KS and the four ministries. Only they give remarks in a referat.
PARTER = ("KS", "AID", "JD", "BFD", "KDD")
# The ministries among them, with their names as the agreement writes them: an agreed deviation is followed
# up by "berørte departement i samarbeid med KS" (the agreement's Formål), so a waiver names KS and one of them.
DEPARTEMENTER = {"AID": "Arbeids- og inkluderingsdepartementet", "JD": "Justis- og beredskapsdepartementet",
                 "BFD": "Barne- og familiedepartementet", "KDD": "Kommunal- og distriktsdepartementet"}
# The ministry each directorate answers to: the party through which a directorate's work under the agreement counts.
DIREKTORATENES_DEPARTEMENT = {"IMDi": "AID", "UDI": "JD", "Bufdir": "BFD", "Bufetat": "BFD", "Husbanken": "KDD"}
# Who may own a follow-up agreed in a referat: a party, the parties together, a directorate through which a
# ministry acts under the agreement, or Nasjonalt utvalg, through which the obligations are also followed up.
OPPFOLGING_ANSVARLIGE = (*PARTER, "Partene", "IMDi", "UDI", "Bufdir", "Bufetat", "Husbanken", "Nasjonalt utvalg")
# The acts of a party that the agreement's "Varighet og oppsigelse" names, as a referat records them: "Dersom en av
# partene i løpet av perioden mener at vilkårene for å oppfylle avtalen ikke er til stede" (then the agreement's
# continuation is discussed), and "Oppsigelse av avtalen skal gis med minst en måneds varsel".
ERKLAERINGER = ("vilkaar_ikke_til_stede", "oppsigelse")


@dataclass(frozen=True)
class Column:
    """One column of a table, or one key of a register entry.

    `required`: the value must be given. An optional value may be left empty (CSV/XLSX) or
    be null or left out (YAML), and is read as None. In tables every column must still be
    present in the header, so that a misspelt column is never mistaken for an empty one, except
    a column marked `may_be_absent`: one added after files in use were written (a misspelt one is
    still reported, as an unknown column with its likely name).
    """

    name: str
    kind: Kind
    required: bool = True
    allowed: tuple[str, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    description: str = ""
    may_be_absent: bool = False


@dataclass(frozen=True)
class TableSpec:
    """One input: its file name (without extension), columns and the columns that form its key."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    description: str = ""
    # For registers: the top-level YAML key holding the list of entries.
    entries_key: str = ""
    # Whether one row may be the source's own total, with one of TOTAL_LABELS in the key column.
    may_have_total: bool = False

    # The record each row or entry is read into: the class whose fields declare the columns.
    record: type | None = None
    # A record whose fields declare the first columns, which are read and checked but not kept (personer's id).
    checked_only: type | None = None

    @property
    def declaring(self) -> tuple[type, ...]:
        """The records whose fields declare the columns, in the columns' order."""
        return tuple(r for r in (self.checked_only, self.record) if r is not None)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def field_values(self, values: dict[str, Any]) -> dict[str, Any]:
        """A row's or entry's values by the record's field names: a column may fill a field of another name
        (nasjonalt's `aar` is NationalYear.year)."""
        assert self.record is not None, f"{self.name} has no record"
        renamed = {f.metadata[COLUMN]["name"]: f.name for f in fields(self.record)
                   if COLUMN in f.metadata and f.metadata[COLUMN]["name"]}
        return {renamed.get(name, name): value for name, value in values.items()}


def table(record: type, name: str, key: tuple[str, ...], description: str, *, entries_key: str = "",
          may_have_total: bool = False, checked_only: type | None = None) -> TableSpec:
    """The specification of an input whose rows or entries are read into `record`: its columns are the
    record's fields that carry column metadata (obligations.data.records.column), in the record's order, after
    those of `checked_only`, which are read and checked but not kept."""
    columns = (columns_of(checked_only) if checked_only else ()) + columns_of(record)
    return TableSpec(name, columns, key, description, entries_key, may_have_total, record, checked_only)


_KINDS: dict[type, Kind] = {str: "text", int: "int", float: "float", bool: "bool", date: "date"}


def columns_of(record: type) -> tuple[Column, ...]:
    """The columns the record's fields declare: the kind from the field's type unless the metadata names one
    (kommunenummer, month ...), and the allowed values from a Literal type."""
    hints = get_type_hints(record)
    columns = []
    for f in fields(record):
        declared: dict[str, Any] | None = f.metadata.get(COLUMN)
        if declared is None:
            continue
        value_type = _without_none(hints[f.name])
        allowed = get_args(value_type) if get_origin(value_type) is Literal else None
        kind = declared["kind"] or _KINDS[str if allowed else value_type]
        columns.append(Column(declared["name"] or f.name, kind, declared["required"], allowed, declared["minimum"],
                              declared["maximum"], declared["description"], declared["may_be_absent"]))
    return tuple(columns)


def _without_none(hint: Any) -> Any:
    """`X | None` as X; any other type as it is."""
    if get_origin(hint) in (Union, types.UnionType):
        rest = [a for a in get_args(hint) if a is not type(None)]
        return rest[0] if len(rest) == 1 else hint
    return hint


# How IMDi's and SSB's tables label their total row (compared without case); such a row in the key column of a
# table that may have one is kept as the source's published total, never read as a kommune or fylke.
TOTAL_LABELS = ("i alt", "totalt", "sum", "hele landet")

KOMMUNER = table(Kommune, "kommuner", key=("kommunenummer", "gyldig_fra"), description="the kommune register")
FYLKER = table(Fylke, "fylker", key=("fylkesnummer", "gyldig_fra"),
               description="the fylke register, versioned: which fylker there were in a year (classification 104)")


def _changes(name: str, kind: Literal["kommunenummer", "fylkesnummer"], what: str) -> TableSpec:
    spec = table(NumberChange, name, key=("gammelt_nummer", "nytt_nummer", "gyldig_fra"),
                 description=f"changes of {what} numbers: one old to one new is a renumbering, several old to one "
                             "new a merge, one old to several new a split")
    columns = tuple(replace(c, kind=kind if c.name.endswith("_nummer") else c.kind,
                            description=c.description.format(what=what)) for c in spec.columns)
    return replace(spec, columns=columns)


KOMMUNEENDRINGER = _changes("kommuneendringer", "kommunenummer", "kommune")
FYLKESENDRINGER = _changes("fylkesendringer", "fylkesnummer", "fylke")

KOMMUNE_AAR = table(KommuneYear, "kommune_aar", key=("kommunenummer",),
                    description="request, decision, settlement and criteria inputs per kommune", may_have_total=True)
# For years whose figures are published per fylke only (years before the agreement): the same counts per fylke.
FYLKE_AAR = table(FylkeYear, "fylke_aar", key=("fylkesnummer",),
                  description="request, decision and settlement per fylke, for years without kommune figures",
                  may_have_total=True)
PERSONER = table(SettlementRecord, "personer", key=("record_id",), checked_only=PersonKey,
                 description="person-level settlement records, anonymised")
KAPASITET_ENDRINGER = table(CapacityChange, "kapasitet_endringer", key=("endring_id",),
                            description="changes in reception capacity")
BELEGG = table(Occupancy, "belegg", key=("maaned", "mottakstype"), description="monthly capacity and occupancy")
STATISTIKKLEVERANSER = table(StatisticsDelivery, "statistikkleveranser", key=("fra", "til", "maaned", "innhold"),
                             entries_key="leveranser", description="statistics delivered by IMDi and UDI")
TILTAK = table(Measure, "tiltak", key=("tiltak_id",), entries_key="tiltak", description="measures (tiltak) taken")
AKTIVITETER = table(Activity, "aktiviteter", key=("aktivitet_id",), entries_key="aktiviteter",
                    description="documented activities")
BEREGNINGSUTVALGET = table(BeregningsutvalgetReport, "beregningsutvalget", key=("aar", "tittel"),
                           entries_key="rapporter", description="Beregningsutvalget's reports")
UNNTAK = table(Waiver, "unntak", key=("forpliktelse", "subject", "gyldig_fra"), entries_key="unntak",
               description="agreed deviations (waivers)")
NASJONALT = table(NationalYear, "nasjonalt", key=("aar",),
                  description="the national need for the year (one mapping, not a list)")

YEAR_TABLES = (KOMMUNE_AAR, FYLKE_AAR, PERSONER, KAPASITET_ENDRINGER, BELEGG)
REGISTERS = (STATISTIKKLEVERANSER, TILTAK, AKTIVITETER, BEREGNINGSUTVALGET, UNNTAK)
# The tables at the top of a data folder besides the kommune register: all optional.
CLASSIFICATION_TABLES = (FYLKER, KOMMUNEENDRINGER, FYLKESENDRINGER)
ALL_SPECS = (KOMMUNER, *CLASSIFICATION_TABLES, *YEAR_TABLES, NASJONALT, *REGISTERS)


def as_json() -> str:
    """Every input's specification (without the record class, which is Python's business)."""
    classes = ("record", "checked_only")
    return json.dumps({spec.name: {k: v for k, v in asdict(spec).items() if k not in classes} for spec in ALL_SPECS},
                      ensure_ascii=False, indent=2)


if __name__ == "__main__":
    print(as_json())
