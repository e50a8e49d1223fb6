"""`bosetting review`: the yearly review on the command line, and `review diff`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click


def _progress(message: str) -> None:
    click.echo(message, err=True)


@click.group("review", invoke_without_command=True)
@click.option("--year", type=int, default=None, help="The year to review (default: the latest year in the data).")
@click.option("--data", "data_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="The data folder (default: the bundled data/).")
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="The rules folder (default: the project's rules/).")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=None,
              help="Where to write the report (default: review-<year>/).")
@click.option("--lang", type=click.Choice(["nb", "en"]), default="nb", show_default=True,
              help="The report's language: Norwegian bokmål or English.")
@click.pass_context
def review(ctx: click.Context, year: int | None, data_dir: Path | None, rules_dir: Path | None,
           out_dir: Path | None, lang: str) -> None:
    """Review a year: findings for every obligation and goal, deviations, and a report.

    Writes report.md, report.html, findings.json and findings.csv into the output folder,
    all at once: a failed run leaves an earlier report untouched. The output folder must not
    exist yet or be an earlier report; anything else there is refused (exit 2), never replaced.
    """
    if ctx.invoked_subcommand is not None:
        return
    from obligations.review.atomic import TargetRefused
    from obligations.review.run import run_review

    try:
        result = run_review(year=year, data_dir=data_dir, rules_dir=rules_dir, out_dir=out_dir, lang=lang,
                            progress=_progress)
    except TargetRefused as exc:
        raise click.UsageError(f"--out: {exc}", ctx) from None
    click.echo(result.summary)


@review.command("diff")
@click.argument("old_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.argument("new_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def review_diff(old_dir: Path, new_dir: Path, output_format: str) -> None:
    """Findings whose status changed between two reviews (two output folders)."""
    from obligations.review.compare import compare_reviews, read_findings

    changes = compare_reviews(read_findings(old_dir), read_findings(new_dir))
    if output_format == "json":
        click.echo(json.dumps([c for c in changes], ensure_ascii=False, indent=2))
        return
    if not changes:
        click.echo("Ingen funn har endret status. / No finding changed status.")
        return
    for change in changes:
        click.echo(_describe(change))


def _describe(change: dict[str, Any]) -> str:
    from engine.problems import excerpt

    # The folders compared may come from anywhere: what they say is shown as visible text, and bounded.
    return (f"{excerpt(change['finding_id'], 200)}: {excerpt(change['old_status'] or '-')} -> "
            f"{excerpt(change['new_status'] or '-')}  ({excerpt(change['title'], 200)})")
