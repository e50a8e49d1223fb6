"""`bosetting evaluate-period`: the evaluation of the agreement period, before a new agreement."""

from __future__ import annotations

from pathlib import Path

import click


def _progress(message: str) -> None:
    click.echo(message, err=True)


@click.command("evaluate-period")
@click.option("--data", "data_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="The data folder (default: the bundled data/).")
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="The rules folder (default: the project's rules/).")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=None,
              help="Where to write the evaluation (default: evaluering-<first>-<last>/).")
@click.option("--lang", type=click.Choice(["nb", "en"]), default="nb", show_default=True,
              help="The report's language: Norwegian bokmål or English.")
@click.option("--from", "first", type=int, default=None,
              help="The first year (default: the agreement period's first year).")
@click.option("--to", "last", type=int, default=None, help="The last year (default: the agreement period's last).")
@click.option("--earlier", type=click.Path(path_type=Path, exists=True, file_okay=False), default=None,
              help="A folder of earlier reviews (their output folders, each with findings.json): figures the data "
                   "now gives differently are shown as corrections.")
@click.pass_context
def evaluate_period(ctx: click.Context, data_dir: Path | None, rules_dir: Path | None, out_dir: Path | None,
                    lang: str, first: int | None, last: int | None, earlier: Path | None) -> None:
    """Evaluate the agreement period: goals against results, causes of deviation, how the parties worked.

    Every year of the period that the data holds is evaluated as the yearly review evaluates it. Writes
    report.md, report.html and evaluation.json into the output folder, all at once: a failed run leaves an
    earlier evaluation untouched. The folder must not exist yet or be an earlier evaluation (exit 2 otherwise).
    """
    from bosetting.obligations.atomic import TargetRefused
    from bosetting.obligations.period.run import run_period

    try:
        result = run_period(data_dir=data_dir, rules_dir=rules_dir, out_dir=out_dir, lang=lang, first=first,
                            last=last, earlier=earlier, progress=_progress)
    except TargetRefused as exc:
        raise click.UsageError(f"--out: {exc}", ctx) from None
    click.echo(result.summary)
