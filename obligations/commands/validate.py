"""`bosetting validate`: check rule files and report every problem in every file.

It calls the rule files' checker (obligations.rules_context.load_rules) itself, not the evaluation layer: its
question is what is wrong with these files (any files and folders, several at once), answered with every
error and warning and never refused, while the evaluation layer's is what the valid rules of one run say (it
stops at the first invalid repository). Giving the system a mode that keeps invalid rules would make every
other front end check that it was not given one. pyproject.toml's import contract names this import as allowed.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from bosetting.obligations.cli import EXIT_INVALID_INPUT, EXIT_OK, default_rules


@click.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="The date freshness is judged on (default: today).",
)
def validate(paths: tuple[Path, ...], output_format: str, today: dt.datetime | None) -> None:
    """Check rule files (default: rules/) and report every problem in every file.

    Exits 0 when every file is valid (warnings allowed), 1 otherwise.
    """
    from bosetting.obligations.rules_context import load_rules

    targets = list(paths) or [default_rules()]
    day = today.date() if today else dt.date.today()
    repo = load_rules(targets, today=day)
    if output_format == "json":
        click.echo(
            json.dumps(
                {
                    "valid": not repo.errors,
                    "files": len(repo.files),
                    "rulesets": [r.summary() for r in repo.rulesets],
                    "problems": [p.as_dict() for p in repo.problems],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        sys.exit(EXIT_INVALID_INPUT if repo.errors else EXIT_OK)
    for problem in repo.problems:
        click.echo(problem.format(), err=True)
    if repo.errors:
        click.echo(
            f"{len(repo.errors)} error(s), {len(repo.warnings)} warning(s) in {len(repo.files)} file(s).", err=True
        )
        sys.exit(EXIT_INVALID_INPUT)
    click.echo(
        f"OK: {len(repo.files)} file(s), {len(repo.rulesets)} rule set version(s), "
        f"{sum(len(r.rules) for r in repo.rulesets)} rules; {len(repo.warnings)} warning(s)."
    )
