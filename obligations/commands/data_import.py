"""`bosetting data import`: a kommune figure from SSB's statistics bank into a column of the data.

The new table is read back with the data folder's own reader before it replaces the old one, so a file is
written only if `data check` would accept it; it is written beside the old one and renamed, so it appears whole
or not at all. The table id, the time of extraction and the source are appended to the table's SOURCE note.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import click

from bosetting.engine.problems import InputError, Problem

_IMPORTABLE = {"kommuner": ("innbyggere",),
               "kommune_aar": ("sysselsetting_pct", "intro_resultat_pct", "innvandrerandel_pct", "levekar_indeks",
                               "sekundarflytting_pct")}


@click.command("import")
@click.argument("source", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--into", "target", required=True, type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="The CSV table to write into: the kommune register (kommuner.csv) or a year's kommune_aar.csv.")
@click.option("--column", required=True, help="The column to fill, such as innbyggere or innvandrerandel_pct.")
@click.option("--select", "selections", multiple=True, metavar="DIMENSION=CODE",
              help="For a JSON-stat table with more than one category in a dimension: the one to read (Tid=2024).")
@click.option("--extracted", help="When the file was taken from the statistics bank (YYYY-MM-DD), for the SOURCE "
              "note; default: the file's modification date.")
def import_(source: Path, target: Path, column: str, selections: tuple[str, ...], extracted: str | None) -> None:
    """Read SOURCE (JSON-stat 2.0 .json, or SSB's .csv export) into COLUMN of the table --into."""
    from bosetting.obligations.atomic import staged_file
    from bosetting.obligations.data import readers
    from bosetting.obligations.data.spec import KOMMUNE_AAR
    from bosetting.obligations.data.statbank import merged_table, read_statbank

    stem = target.name.rsplit(".", 1)[0]
    if target.suffix.lower() != ".csv" or stem not in _IMPORTABLE:
        raise click.UsageError(f"--into must be kommuner.csv or a year's kommune_aar.csv, not {target.name}")
    if column not in _IMPORTABLE[stem]:
        raise click.UsageError(f"--column for {target.name} is one of {', '.join(_IMPORTABLE[stem])}, not {column}")
    select = {}
    for item in selections:
        dim, sep, code = item.partition("=")
        if not sep:
            raise click.UsageError(f"--select {item}: write DIMENSION=CODE, such as Tid=2024")
        select[dim] = code
    table = read_statbank(source, str(source), select)
    per = f"{table.year}-01-01" if column == "innbyggere" and table.year else None
    content, changed = merged_table(target, str(target), column, table, per)
    with staged_file(target, content) as temporary:  # checked by the reader data check uses, then renamed
        if stem == "kommuner":
            _, problems = readers.read_kommune_register(temporary, str(target))
        else:
            problems = _cell_problems(temporary, str(target), KOMMUNE_AAR)
        if problems:
            raise InputError(problems + [Problem(str(target), message="nothing was written")])
        os.replace(temporary, target)
    note = target.with_name(f"{stem}.SOURCE.md")
    when = extracted or dt.date.fromtimestamp(source.stat().st_mtime).isoformat()
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    entry = [f"\n## `{column}` imported {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M')} UTC by "
             "`bosetting data import`", "",
             f"- table: {table.table_id or 'not named in the file'}" + (f" ({table.label})" if table.label else ""),
             f"- source: {table.source or 'not named in the file'}",
             f"- updated (as the file says): {table.updated or 'not given'}",
             f"- extracted: {when}",
             f"- file: {source.name} (sha256 {digest})",
             f"- selection: {', '.join(f'{d}={c}' for d, c in table.selection.items()) or 'none'}",
             f"- rows written: {changed}" + (f"; innbyggere_per set to {per}" if per else ""), ""]
    with note.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(entry))
    left = f"; {len(table.others)} region(s) that are not kommuner left out ({', '.join(table.others[:5])}" \
           f"{' …' if len(table.others) > 5 else ''})" if table.others else ""
    click.echo(f"Wrote {column} for {changed} kommuner into {target}{left}; noted the source in {note}")


def _cell_problems(path: Path, display: str, spec: object) -> list[Problem]:
    from bosetting.obligations.data.columns import convert_rows
    from bosetting.obligations.data.tables import read_table

    table = read_table(path, display)
    rows, problems = convert_rows(table, spec)  # type: ignore[arg-type]
    for _row in rows:
        pass
    return problems
