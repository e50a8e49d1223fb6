"""Reading a kommune figure from SSB's statistics bank (PxWeb): a JSON-stat 2.0 dataset, or SSB's CSV export
(read in obligations.data.statbank_csv).

JSON-stat 2.0 (https://json-stat.org/format/) is small enough to read here: a dataset has `id` (the dimension
ids in order), `size`, `dimension[<id>].category.index` (code -> position, or a list of codes) and `value` (a list
in row-major order, or a mapping of position -> value for a sparse table). The PyPI libraries for it were not
taken: pyjstat brings pandas for this one lookup, and jsonstat.py has had no release since 2017.

The region dimension is the one whose codes are kommunenummer (`0301`, or `K-0301` as some tables write them);
every other dimension must have one category, or be narrowed to one with a selection (`Tid=2024`).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from bosetting.engine.bounded_read import read_bounded
from bosetting.engine.problems import InputError, Problem, excerpt
from bosetting.obligations.data.statbank_csv import KOMMUNE_CODE, read_csv_export
from bosetting.obligations.data.tables import MAX_TABLE_BYTES, decode_csv_bytes, sniff_delimiter


@dataclass
class StatbankTable:
    """One figure per kommune from a statistics-bank table, with what its SOURCE note keeps."""

    values: dict[str, float | None]  # kommunenummer -> value (None: SSB gives no figure)
    table_id: str
    label: str
    source: str
    updated: str
    selection: dict[str, str] = field(default_factory=dict)  # dimension -> the one category read
    year: str | None = None  # the time dimension's one category, when it is a year
    others: list[str] = field(default_factory=list)  # region codes that are not kommunenummer (aggregates)


def _fail(display: str, message: str) -> InputError:
    return InputError([Problem(display, message=message)])


def read_statbank(path: Path, display: str, select: dict[str, str]) -> StatbankTable:
    raw = read_bounded(path, display, MAX_TABLE_BYTES)
    if path.suffix.lower() == ".json":
        return _read_jsonstat(raw, display, select)
    if path.suffix.lower() == ".csv":
        return _read_csv(raw, display, select)
    raise _fail(display, "expected a JSON-stat 2.0 file (.json) or SSB's CSV export (.csv)")


def _codes(dimension: dict, dim_id: str, display: str) -> list[str]:
    index = (dimension.get("category") or {}).get("index")
    if isinstance(index, list):
        return [str(code) for code in index]
    if isinstance(index, dict):
        return [code for code, _ in sorted(index.items(), key=lambda item: item[1])]
    labels = (dimension.get("category") or {}).get("label")
    if isinstance(labels, dict) and len(labels) == 1:  # JSON-stat allows a lone category without an index
        return list(labels)
    raise _fail(display, f"dimension '{dim_id}' has no category index: not a JSON-stat 2.0 dataset")


def _read_jsonstat(raw: bytes, display: str, select: dict[str, str]) -> StatbankTable:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(display, f"the file is not JSON: {excerpt(exc)}") from None
    if not isinstance(data, dict) or data.get("version") != "2.0" or data.get("class") != "dataset":
        raise _fail(display, "expected a JSON-stat 2.0 dataset (\"version\": \"2.0\", \"class\": \"dataset\"); "
                             "in the statistics bank choose the format JSON-stat2")
    ids, sizes, dimensions = data.get("id"), data.get("size"), data.get("dimension")
    if not (isinstance(ids, list) and isinstance(sizes, list) and isinstance(dimensions, dict)
            and len(ids) == len(sizes)):
        raise _fail(display, "the dataset's id, size and dimension do not match: not a JSON-stat 2.0 dataset")
    codes = {dim: _codes(dimensions.get(dim) or {}, dim, display) for dim in ids}
    for dim, size in zip(ids, sizes, strict=True):
        if len(codes[dim]) != size:
            raise _fail(display, f"dimension '{dim}' has {len(codes[dim])} categories but size says {size}")
    # The region dimension: the one the dataset's role calls geographic, else one whose codes are kommunenummer
    # (years are four digits too: the time dimension is never it).
    given_role = data.get("role")
    role: dict = given_role if isinstance(given_role, dict) else {}
    time_dims = set(role.get("time") or ()) | {dim for dim in ids if dim.lower() in ("tid", "time", "year", "aar")}
    regions = [dim for dim in (role.get("geo") or ()) if dim in ids] or [
        dim for dim in ids if dim not in time_dims and any(KOMMUNE_CODE.match(c) for c in codes[dim])]
    if len(regions) != 1:
        raise _fail(display, f"expected one dimension of kommunenummer (such as 'Region'); found "
                             f"{', '.join(regions) or 'none'} among {', '.join(ids)}")
    region = regions[0]
    unknown = [dim for dim in select if dim not in ids]
    if unknown:
        raise _fail(display, f"--select names {', '.join(unknown)}, not a dimension of the table ({', '.join(ids)})")
    position: dict[str, int] = {}
    selection: dict[str, str] = {}
    for dim in ids:
        if dim == region:
            continue
        if dim in select:
            if select[dim] not in codes[dim]:
                raise _fail(display, f"'{select[dim]}' is not a category of '{dim}': it has {', '.join(codes[dim])}")
            chosen = select[dim]
        elif len(codes[dim]) == 1:
            chosen = codes[dim][0]
        else:
            shown = ", ".join(codes[dim][:8]) + (" …" if len(codes[dim]) > 8 else "")
            raise _fail(display, f"dimension '{dim}' has {len(codes[dim])} categories ({shown}): choose one with "
                                 f"--select {dim}=<code>")
        position[dim] = codes[dim].index(chosen)
        selection[dim] = chosen
    strides, stride = {}, 1
    for dim, size in reversed(list(zip(ids, sizes, strict=True))):
        strides[dim] = stride
        stride *= size
    value = data.get("value")
    base = sum(position[dim] * strides[dim] for dim in position)
    values: dict[str, float | None] = {}
    others = []
    for index, code in enumerate(codes[region]):
        match = KOMMUNE_CODE.match(code)
        if not match:
            others.append(code)
            continue
        offset = base + index * strides[region]
        cell = value[offset] if isinstance(value, list) and offset < len(value) else \
            value.get(str(offset)) if isinstance(value, dict) else None
        if cell is not None and (isinstance(cell, bool) or not isinstance(cell, (int, float))):
            raise _fail(display, f"the value for {code} is {excerpt(cell)}, not a number")
        values[match.group(1)] = cell
    extension = data.get("extension") or {}
    table_id = str((extension.get("px") or {}).get("tableid") or str(data.get("label", "")).split(":")[0].strip())
    time = next((selection[d] for d in selection if d.lower() in ("tid", "time", "year", "aar")), None)
    return StatbankTable(values, table_id, str(data.get("label", "")), str(data.get("source", "")),
                         str(data.get("updated", "")), selection, time if time and time.isdigit() else None, others)


def _read_csv(raw: bytes, display: str, select: dict[str, str]) -> StatbankTable:
    """SSB's CSV export (obligations.data.statbank_csv); the file names no source, so the source is SSB's export."""
    found = read_csv_export(raw, display, select)
    source = "SSB's statistics bank, CSV export (the file itself names no source)"
    return StatbankTable(found.values, found.table_id, found.label, source, "", found.selection, found.year,
                         found.others)


def merged_table(target: Path, display: str, column: str, table: StatbankTable,
                 per: str | None = None) -> tuple[bytes, int]:
    """The target CSV with `column` set from `table` for every kommune row (and `innbyggere_per` to `per`).

    Every kommune of the target must have a figure in the import: a register half of one date and half of
    another is refused, and so is a kommune SSB gives no figure for. The text is written back as UTF-8 with the
    target's separator and decimal mark.
    """
    text, _ = decode_csv_bytes(read_bounded(target, display, MAX_TABLE_BYTES), display)
    lines = text.replace("\r\n", "\n").split("\n")
    delimiter = sniff_delimiter(next((line for line in lines if line.strip()), ""))
    records = list(csv.reader(io.StringIO("\n".join(line for line in lines if line.strip())), delimiter=delimiter))
    header = [cell.strip() for cell in records[0]]
    if "kommunenummer" not in header:
        raise _fail(display, "the table has no column 'kommunenummer': the import writes one figure per kommune")
    for name in (column, *(("innbyggere_per",) if per else ())):
        if name not in header:
            header.append(name)
            for record in records[1:]:
                record.append("")
    key, at = header.index("kommunenummer"), header.index(column)
    per_at = header.index("innbyggere_per") if per else None
    missing, changed = [], 0
    for record in records[1:]:
        knr = record[key].strip()
        if not (knr.isdigit() and len(knr) == 4):
            continue  # a total row ('I alt') is the source's own, and not written over
        figure = table.values.get(knr)
        if figure is None:
            missing.append(knr)
            continue
        shown = str(int(figure)) if float(figure).is_integer() else str(figure)
        record[at] = shown.replace(".", ",") if delimiter == ";" else shown
        if per_at is not None:
            record[per_at] = per  # type: ignore[assignment]
        changed += 1
    if missing:
        shown = ", ".join(missing[:10]) + (f" and {len(missing) - 10} more" if len(missing) > 10 else "")
        raise _fail(display, f"the import has no figure for {len(missing)} kommune(r) of the table: {shown} (SSB "
                             "gives none, or the table uses another year's kommunenummer); nothing was written")
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows([header, *records[1:]])
    return out.getvalue().encode("utf-8"), changed
