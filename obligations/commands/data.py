"""`bosetting data check`: read a data folder strictly and report every problem in it."""

from __future__ import annotations

from pathlib import Path

import click


@click.group("data")
def data() -> None:
    """Check input data folders."""


@data.command("check")
@click.argument("data_dir", required=False, type=click.Path(path_type=Path, file_okay=False))
def check(data_dir: Path | None) -> None:
    """Read every file of DATA_DIR (default: the bundled data/) and report every problem.

    Exits 0 when the data is readable, 1 with file:row:column messages otherwise.
    """
    from bosetting.obligations.system import AgreementSystem

    dataset = AgreementSystem(data_dir=data_dir).dataset
    for note in dataset.notes:
        click.echo(note.format(), err=True)
    years = sorted(dataset.national)
    persons = sum(len(dataset.persons.get(y, ())) for y in years)
    click.echo(f"OK: {len(dataset.files)} file(s), years {', '.join(map(str, years))}, "
               f"{len(dataset.kommuner)} kommuner, {persons} person records"
               + (f"; {len(dataset.notes)} warning(s)" if dataset.notes else "")
               + ("; the figures are SYNTHETIC" if dataset.synthetic else ""))


from bosetting.obligations.commands.data_indicators import indicators  # noqa: E402  (its own file: one command per file)

data.add_command(indicators)

from bosetting.obligations.commands.data_import import import_  # noqa: E402

data.add_command(import_)
