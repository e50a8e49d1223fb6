"""`bosetting docs`: the feature files as HTML pages with each scenario's latest test result."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

DEFAULT_OUT = Path("build") / "docs"
DEFAULT_RESULTS = Path("build") / "cucumber.json"


@click.command("docs")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_OUT,
              show_default=True, help="Where to write the pages.")
@click.option("--results", "results_file", type=click.Path(path_type=Path, dir_okay=False), default=DEFAULT_RESULTS,
              show_default=True,
              help="pytest-bdd's cucumber JSON: pytest tests/features --cucumberjson=build/cucumber.json")
@click.option("--branches", "branches_file", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="The outcome branches each scenario verified, as pytest tests/features writes them "
                   "(default: feature-branches.json beside the results file).")
@click.option("--features", "features_dir", type=click.Path(path_type=Path, exists=True, file_okay=False),
              default=None, help="The feature files (default: the project's features/).")
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path, exists=True, file_okay=False), default=None,
              help="The rules folder (default: the project's rules/).")
@click.option("--year", type=int, default=2026, show_default=True,
              help="The year whose obligations and criteria the pages link to.")
def docs(out_dir: Path, results_file: Path, branches_file: Path | None, features_dir: Path | None,
         rules_dir: Path | None, year: int) -> None:
    """Write living documentation: one HTML page per feature file, and an index.

    Each scenario is shown with its latest result (passed, failed, not run) from the cucumber
    JSON that pytest writes, with links to the rule that judges it and the agreement's own text.
    Without the results file every scenario is shown as not run. With the branch record that the
    feature run writes (build/feature-branches.json), grener.html shows, rule by rule, which outcome
    branches the scenarios verify, and ordliste.html lists every step a scenario can be written with
    (from the step definitions in tests/features/). The output folder is replaced as a whole, and only when it does
    not exist yet or holds nothing but pages the docs wrote (anything else is refused, exit 2).
    """
    try:
        import gherkin.parser  # noqa: F401 - the feature files' parser, installed with the test extras
    except ImportError:
        raise click.ClickException("bosetting docs reads the feature files with gherkin-official; "
                                   "install it with: pip install -e '.[test]'") from None
    from bosetting.obligations.atomic import TargetRefused
    from bosetting.obligations.docs_site.site import build_site, write_site
    from bosetting.obligations.paths import FEATURES_DIR, FILES_ROOT
    from bosetting.obligations.system import AgreementSystem

    repo = AgreementSystem(rules_dir, today=dt.date(year, 12, 31)).repository
    if not results_file.is_file():
        click.echo(f"No test results at {results_file}: every scenario is shown as not run. "
                   f"Run: pytest tests/features --cucumberjson={results_file}", err=True)
    branches_file = branches_file or results_file.with_name("feature-branches.json")
    pages = build_site(features_dir or FEATURES_DIR, results_file, out_dir, repo, year, FILES_ROOT, branches_file,
                       _glossary(features_dir or FEATURES_DIR))
    try:
        write_site(pages, out_dir)
    except TargetRefused as exc:
        raise click.UsageError(f"--out: {exc}") from None
    click.echo(f"Wrote {len(pages)} page(s) to {out_dir}/ (start with {out_dir / 'index.html'}).")


def _glossary(features_dir: Path) -> str | None:
    """The step glossary page's body, from the step definitions; None (with a note) where they are not here."""
    from bosetting.obligations.feature_catalogue import StepsUnavailable, load_catalogue
    from bosetting.obligations.feature_glossary import glossary_html

    try:
        catalogue = load_catalogue(features=sorted(features_dir.glob("**/*.feature")))
    except StepsUnavailable as exc:
        click.echo(f"No step glossary page: {exc}.", err=True)
        return None
    return glossary_html(catalogue)
