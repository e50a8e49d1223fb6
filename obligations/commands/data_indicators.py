"""`bosetting data indicators`: the indicators that do not depend on the agreement, for any year of the data.

For a year before the agreement this is all there is to show: it says so, plainly, rather than assessing the
agreement's obligations against years they did not apply to.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import click

from bosetting.engine.render import format_value

if TYPE_CHECKING:
    from bosetting.obligations.data.records import Dataset
    from bosetting.obligations.metrics.indicators import YearIndicators

_SCOPE_WORDS = {"national": "Hele landet", "fylke": "Fylke", "kommune": "Kommune"}


@click.command("indicators")
@click.argument("data_dir", required=False, type=click.Path(path_type=Path, file_okay=False))
@click.option("--year", "years", type=int, multiple=True, help="The year(s) to show (default: every year).")
@click.option("--kommuner", "with_kommuner", is_flag=True, help="Show every kommune too, where the year has a kommune "
              "table.")
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path, exists=True, file_okay=False),
              help="The rules folder, to tell which years the agreement's obligations are assessed for (default: "
              "the bundled rules/).")
@click.option("--out", "outputs", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
              help="Also write the rows to FILE: .csv (for Excel) or .json; may be given twice. Each file is written "
              "whole or not at all, and only over an earlier output of this command.")
def indicators(data_dir: Path | None, years: tuple[int, ...], with_kommuner: bool, rules_dir: Path | None,
               outputs: tuple[Path, ...]) -> None:
    """Request against need, vedtak against request and settled against decided, per year, fylke and kommune.

    Reads DATA_DIR (default: the bundled data/) strictly, as `data check` does. Says for each year whether the
    agreement's obligations are assessed for it (by `bosetting review`) or not.
    """
    from bosetting.obligations.atomic import TargetRefused, check_file_target
    from bosetting.obligations.metrics.indicator_outputs import WRITER, is_earlier_output
    from bosetting.obligations.system import AgreementSystem

    for target in outputs:
        if target.suffix.lower() not in _OUTPUT_SUFFIXES:
            raise click.UsageError(f"--out {target}: the file name must end in .csv or .json")
        try:  # refused before anything is read or written
            check_file_target(target, WRITER, partial(is_earlier_output, target.suffix.lower()))
        except TargetRefused as refused:
            raise click.UsageError(f"--out: {refused}") from None
    system = AgreementSystem(rules_dir, data_dir)
    dataset = system.dataset
    for note in dataset.notes:
        click.echo(note.format(), err=True)
    known = sorted(dataset.national)
    chosen = list(years) or known
    unknown = [y for y in chosen if y not in dataset.national]
    if unknown:
        raise click.UsageError(f"the data has no year {', '.join(map(str, unknown))}; it has "
                               f"{', '.join(map(str, known)) or 'none'}")
    _ = system.repository  # the rules are read (and any error in them refused) before anything is shown
    if dataset.synthetic:
        click.echo("Merk: tallene bygger på syntetiske data. / Note: the figures are synthetic.")
    results, assessed = [], {}
    for year in chosen:
        result = system.indicators(year, with_kommuner)
        results.append(result)
        assessed[year] = not system.why_not_assessable(year)
        click.echo("")
        click.echo(f"Indikatorer {year} / indicators {year}")
        if not assessed[year]:
            click.echo(f"Samarbeidsavtalens forpliktelser er ikke vurdert for {year}: avtalens regelsett gjelder ikke "
                       f"for dette året. Tallene nedenfor beskriver året; de er ingen vurdering.")
        else:
            click.echo(f"Forpliktelsene for {year} vurderes med `bosetting review --year {year}`; tallene nedenfor "
                       "beskriver året.")
        for missing in result.missing:
            file, _, column = missing.partition(": column ")
            click.echo(f"Mangler kolonnen «{column.strip(chr(39))}» i {file}: tall som trenger den, vises som "
                       "«ikke oppgitt».")
        header = ("", "nr.", "navn", "behov", "anmodning", "vedtak", "bosatt", "anm./behov %", "vedt./anm. %",
                  "bos./vedt. %")
        table: list[tuple[str, ...]] = [header]
        for row in result.rows:
            national = row.scope == "national"  # the need is national: a fylke or kommune has none to show
            table.append((_SCOPE_WORDS[row.scope], row.number, row.name,
                          format_value(row.need, "nb") if national else "",
                          *(format_value(v, "nb") for v in (row.anmodning, row.vedtak, row.bosatt)),
                          format_value(row.anmodning_of_need_pct, "nb") if national else "",
                          *(format_value(v, "nb") for v in (row.vedtak_of_anmodning_pct, row.bosatt_of_vedtak_pct))))
        widths = [max(len(str(r[i])) for r in table) for i in range(len(header))]
        for line in table:
            click.echo("  ".join(str(cell).ljust(w) if i < 3 else str(cell).rjust(w)
                                 for i, (cell, w) in enumerate(zip(line, widths, strict=True))).rstrip())
        click.echo(f"Kilde: {result.rows[0].source}")
    _write_outputs(outputs, results, assessed, dataset)


_OUTPUT_SUFFIXES = (".csv", ".json")


def _write_outputs(outputs: tuple[Path, ...], results: list[YearIndicators], assessed: dict[int, bool],
                   dataset: Dataset) -> None:
    """Every file made first, then each written atomically; a refusal names the file and changes nothing."""
    from bosetting.obligations.atomic import TargetRefused, write_file_atomically
    from bosetting.obligations.metrics.indicator_outputs import (
        WRITER,
        indicators_csv,
        indicators_json,
        is_earlier_output,
    )

    contents = {target: indicators_csv(results, assessed, dataset.synthetic) if target.suffix.lower() == ".csv"
                else indicators_json(results, assessed, dataset.synthetic, dataset.data_dir, dataset.files)
                for target in outputs}
    for target, content in contents.items():
        try:
            write_file_atomically(target, content, WRITER, partial(is_earlier_output, target.suffix.lower()))
        except TargetRefused as refused:
            raise click.UsageError(f"--out: {refused}") from None
        click.echo(f"Skrev / wrote {target}", err=True)
