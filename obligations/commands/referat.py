"""`bosetting referat import`: the parties' minuted conclusions, from the filled template into the data folder."""

from __future__ import annotations

from pathlib import Path

import click


@click.group("referat")
def referat() -> None:
    """The parties' minutes of the yearly review (referat) as data.

    \b
    `bosetting review` writes a template, referat-mal-<year>.docx, beside the report. The
    secretariat fills it in (Word or LibreOffice) at or after the konsultasjonsmøte, and
    `bosetting referat import` reads it back into <data>/<year>/registre/referat.yaml,
    which the next year's review shows beside its findings.
    """


@referat.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--data", "data_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="The data folder to write into (default: the bundled data/).")
@click.option("--year", type=int, default=None,
              help="The year reviewed; must agree with the template's own (default: the template's).")
@click.option("--replace", "replace_existing", is_flag=True,
              help="Replace an existing referat.yaml of that year (otherwise it is left as it is).")
def import_command(file: Path, data_dir: Path | None, year: int | None, replace_existing: bool) -> None:
    """Read a filled referat template (FILE.docx) into <data>/<year>/registre/referat.yaml.

    Every field that cannot be read is listed with its point, field, table and row, and
    nothing is written (exit 1). The file is written whole or not at all.
    """
    from bosetting.obligations.paths import DATA_DIR
    from bosetting.obligations.referat.importer import import_referat

    result = import_referat(file, data_dir or DATA_DIR, year, replace_existing)
    minutes = result.referat
    follow_ups = len(minutes.follow_ups)
    verb = "Replaced" if result.replaced else "Wrote"
    click.echo(f"{verb} {result.target}: the referat for {minutes.aar}, meeting {minutes.moete_dato}, "
               f"{len(minutes.deltakere)} participant(s), {len(minutes.punkter)} point(s) minuted, "
               f"{follow_ups} follow-up(s), {len(minutes.rapporter)} report(s) on earlier follow-ups, "
               f"{len(minutes.erklaeringer)} party statement(s) under 'Varighet og oppsigelse'"
               + ("; SYNTHETIC" if minutes.synthetic else "") + ".")
