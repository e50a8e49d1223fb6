"""Each input's columns are declared once, on its record's fields (obligations.data.records), and the specification
the readers enforce (obligations.data.spec) is derived from them; what still lists columns elsewhere is checked here."""

from __future__ import annotations

import types
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Literal, Union, get_args, get_origin, get_type_hints

from bosetting.obligations.data.changes import _NOT_SUMMED, SUMMED_FIELDS
from bosetting.obligations.data.records import COLUMN, KommuneYear, column, count
from bosetting.obligations.data.spec import ALL_SPECS, FYLKE_AAR, KOMMUNE_AAR, KOMMUNEENDRINGER, table


def _admits_none(hint: object) -> bool:
    return get_origin(hint) in (Union, types.UnionType) and type(None) in get_args(hint)


def test_a_records_column_fields_are_its_inputs_columns_in_order() -> None:
    @dataclass(frozen=True)
    class Example:
        year: int  # not read from a column
        kommunenummer: str = field(metadata=column("the key", kind="kommunenummer"))
        kind: Literal["a", "b"] = field(metadata=column())
        antall: int | None = field(metadata=count("how many", False))
        dato: date | None = field(default=None, metadata=column(required=False, may_be_absent=True, name="dag"))
        source: str = ""

    spec = table(Example, "eksempel", key=("kommunenummer",), description="an example")
    assert spec.names == ("kommunenummer", "kind", "antall", "dag")
    assert [(c.kind, c.required, c.allowed, c.may_be_absent) for c in spec.columns] == [
        ("kommunenummer", True, None, False), ("text", True, ("a", "b"), False), ("int", False, None, False),
        ("date", False, None, True)]
    assert (spec.column("antall").minimum, spec.column("antall").description) == (0, "how many")
    assert spec.record is Example
    assert spec.field_values({"kommunenummer": "0301", "dag": None}) == {"kommunenummer": "0301", "dato": None}


def test_every_input_has_a_record_whose_fields_take_its_columns() -> None:
    """The readers build each record from a row's values by column name: the names must be the record's fields
    (or say which field they fill), and a column that may be empty or left out must be a field that takes None."""
    for spec in ALL_SPECS:
        assert spec.record is not None, spec.name
        hints = {name: hint for record in spec.declaring for name, hint in get_type_hints(record).items()}
        declared = [f for record in spec.declaring for f in fields(record) if COLUMN in f.metadata]
        assert [f.metadata[COLUMN]["name"] or f.name for f in declared] == list(spec.names), spec.name
        for f, c in zip(declared, spec.columns, strict=True):
            may_be_none = not c.required or c.may_be_absent
            assert _admits_none(hints[f.name]) == may_be_none, f"{spec.name}.{c.name}: {hints[f.name]} vs {c}"


def test_the_change_tables_number_columns_take_their_tables_kind() -> None:
    assert KOMMUNEENDRINGER.column("gammelt_nummer").kind == "kommunenummer"
    assert KOMMUNEENDRINGER.column("nytt_nummer").description == "the kommune's number from the change on"
    assert all("{" not in c.description for spec in ALL_SPECS for c in spec.columns)


def test_merging_rows_knows_every_value_column_of_the_year_tables() -> None:
    """obligations.data.changes.combine sums the counts of two merged kommuner and drops the rest: a column added to
    a year table must be placed in one of its two lists."""
    for spec in (KOMMUNE_AAR, FYLKE_AAR):
        unplaced = set(spec.names) - set(spec.key) - set(SUMMED_FIELDS) - set(_NOT_SUMMED)
        assert not unplaced, (spec.name, unplaced)
    assert {f.name for f in fields(KommuneYear)} >= set(SUMMED_FIELDS)

