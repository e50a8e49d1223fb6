"""`bosetting features`: check and run feature files written from the step glossary, and print the glossary.

For legal and policy staff who write a scenario themselves: `check` says, before anything runs,
which steps or table columns the step code does not know (file:line, with the nearest phrases);
`run` runs the files against the real rules and engine with the test suite's own steps and tells
each scenario's result in bokmål; `glossary` lists every phrase a step can be written with.

Exit codes as for every command: 0 every step known (check) or every scenario confirmed (run);
1 a file has unknown steps or wrong tables (listed as file:line), or a scenario failed; 2 wrong
usage (a file that does not exist); 3 internal error.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

FILES = click.argument("files", nargs=-1, type=click.Path(path_type=Path, exists=True))


@click.group("features")
def features() -> None:
    """Check and run feature files (scenarios in bokmål), and list the steps they can use."""


def _catalogue() -> Any:
    from bosetting.obligations.feature_catalogue import StepsUnavailable, load_catalogue
    from bosetting.obligations.paths import FEATURES_DIR

    try:
        return load_catalogue(features=sorted(FEATURES_DIR.glob("**/*.feature")))
    except StepsUnavailable as exc:
        raise click.ClickException(str(exc)) from None


def _files(paths: Sequence[Path]) -> list[Path]:
    from bosetting.obligations.feature_check import feature_files
    from bosetting.obligations.paths import FEATURES_DIR

    files = feature_files(list(paths) or [FEATURES_DIR])
    if not files:
        raise click.UsageError(f"no .feature files in {', '.join(map(str, paths))}")
    return files


def _check(files: Sequence[Path], catalogue: Any) -> int:
    """Print every problem of the files; the number of problems."""
    from bosetting.obligations.feature_check import check_files

    problems = check_files(files, catalogue)
    for problem in problems:
        click.echo(problem.format(), err=True)
    if problems:
        click.echo(f"{len(problems)} problem(er) i {len(files)} fil(er). Stegene som finnes: "
                   "bosetting features glossary", err=True)
    return len(problems)


@features.command("check")
@FILES
def check(files: tuple[Path, ...]) -> None:
    """Check that every step of FILES (default: the project's features/) is a known step, with the right table.

    Nothing is run. A step no step definition matches is reported as
    `file:line: ukjent steg "…"; mente du "…"?`, a table with the wrong columns with the columns
    expected. Exits 0 when every step is known, 1 otherwise.
    """
    paths = _files(files)
    catalogue = _catalogue()
    if _check(paths, catalogue):
        sys.exit(1)
    steps = sum(1 for d in catalogue.definitions for _ in d.phrases)
    click.echo(f"Ingen problemer: hvert steg i {len(paths)} fil(er) er et kjent steg ({steps} stegfraser finnes).")


@features.command("run")
@FILES
def run(files: tuple[Path, ...]) -> None:
    """Run the scenarios of FILES (default: the project's features/) against the real rules and engine.

    The files may be anywhere. They are checked first (as `bosetting features check`); then every
    scenario runs with the test suite's own steps, and its result is printed in bokmål: bekreftet,
    or feilet with the step that failed and what it expected and got. Nothing is written outside a
    temporary folder. Exits 0 when every scenario is confirmed, 1 when a file has problems or a
    scenario failed.
    """
    from bosetting.obligations.feature_run import FAILED, run_features
    from bosetting.obligations.feature_texts import describe_result, summary

    paths = _files(files)
    if _check(paths, _catalogue()):
        click.echo("Ingenting ble kjørt: rett problemene over først.", err=True)
        sys.exit(1)
    outcome = run_features(paths)
    if not outcome.results:
        raise RuntimeError(f"pytest ran no scenario (exit {outcome.pytest_exit}):\n{outcome.output[-3000:]}")
    for result in outcome.results:
        click.echo(describe_result(result))
    click.echo(summary(outcome.results))
    if any(r.status == FAILED for r in outcome.results):
        sys.exit(1)


@features.command("glossary")
def glossary() -> None:
    """Print the step glossary (bokmål, Markdown): every phrase, what it does, its table, an example."""
    from bosetting.obligations.feature_glossary import glossary_markdown

    click.echo(glossary_markdown(_catalogue()), nl=False)
