"""`bosetting review`: the yearly review on the command line, and `review diff`."""

from __future__ import annotations

import json
from pathlib import Path

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

    Writes report.md, report.html, findings.json, findings.csv and findings.xlsx into the output
    folder, all at once: a failed run leaves an earlier report untouched. The output folder must not
    exist yet or be an earlier report; anything else there is refused (exit 2), never replaced.
    """
    if ctx.invoked_subcommand is not None:
        return
    from bosetting.obligations.atomic import TargetRefused
    from bosetting.obligations.review.run import run_review

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
@click.option("--lang", type=click.Choice(["nb", "en"]), default="nb", show_default=True,
              help="The language of the text: Norwegian bokmål or English.")
def review_diff(old_dir: Path, new_dir: Path, output_format: str, lang: str) -> None:
    """What changed between two reviews (two output folders): per goal, obligation and indicator, with totals."""
    from bosetting.obligations.review.compare import compare_reviews, describe_changes, read_document

    old, new = read_document(old_dir), read_document(new_dir)
    if output_format == "json":
        changes = compare_reviews({f["finding_id"]: f for f in old["findings"]},
                                  {f["finding_id"]: f for f in new["findings"]})
        plain = [{k: v for k, v in c.items() if k not in ("before", "after")} for c in changes]
        click.echo(json.dumps(plain, ensure_ascii=False, indent=2))
        return
    click.echo(describe_changes(old, new, lang))
