"""`bosetting criteria`: evaluate the request criteria, distribute the need, re-distribute, compare versions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from bosetting.obligations.criteria.methods import METHODS

FORMAT = click.Choice(["table", "csv", "json"])
METHOD = click.Choice(METHODS)


def _common(function: Any) -> Any:
    """Options every criteria command shares."""
    options = [
        click.option("--data", "data_dir", type=click.Path(path_type=Path, file_okay=False, exists=True),
                     default=None, help="The data folder (default: the bundled data/)."),
        click.option("--rules", "rules_path", type=click.Path(path_type=Path, exists=True), default=None,
                     help="The criteria folder or file (default: rules/criteria/)."),
        click.option("--data-year", type=int, default=None,
                     help="Judge on this data year's facts (default: the request year's, else the latest earlier)."),
        click.option("--format", "output_format", type=FORMAT, default="table", show_default=True),
        click.option("--lang", type=click.Choice(["nb", "en"]), default="nb", show_default=True,
                     help="Language of the table: Norwegian bokmål or English (CSV and JSON carry both)."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _system(rules_path: Path | None, data_dir: Path | None) -> Any:
    """The evaluation layer, reading its criteria from `rules_path` (a criteria folder or file)."""
    from bosetting.obligations.system import AgreementSystem

    return AgreementSystem(data_dir=data_dir, criteria_rules=rules_path)


def _names(context: Any, data_year: int) -> Any:
    from bosetting.obligations.criteria.report import Names

    register = context.register(data_year)
    return Names({k: v.navn for k, v in register.items()}, context.fylke_names(data_year))


def _emit(text: str, output_format: str) -> None:
    """CSV already ends its lines with CRLF; other formats get a final newline."""
    click.echo(text, nl=output_format != "csv")


def _check_need(need: int | None, need_em: int | None) -> None:
    for name, value in (("--need", need), ("--need-em", need_em)):
        if value is not None and value < 0:
            raise click.BadParameter(f"{value} is negative", param_hint=name)


@click.group("criteria")
def criteria() -> None:
    """Request criteria (anmodningskriterier): who is asked, and how many.

    \b
    A request year Y uses the criteria version for Y (the adopted one; a draft only when
    none is adopted) and the data of year Y, or of the latest earlier year the data has.
    """


@criteria.command("evaluate")
@click.option("--year", type=int, required=True, help="The request year whose criteria apply.")
@click.option("--kommune", "kommuner", multiple=True, help="Show only this kommunenummer, with every criterion.")
@_common
def evaluate_command(year: int, kommuner: tuple[str, ...], data_dir: Path | None, rules_path: Path | None,
                     data_year: int | None, output_format: str, lang: str) -> None:
    """Per kommune: is it asked, which criteria hold, its score and why."""
    from bosetting.engine.problems import InputError, Problem
    from bosetting.obligations.criteria.report import evaluate_output

    system = _system(rules_path, data_dir)
    context = system.criteria_context
    version = system.criteria_version(year)
    used_year = context.data_year(year, data_year)
    unknown = [k for k in kommuner if k not in context.register(used_year)]
    if unknown:
        raise InputError([Problem("--kommune", message=f"no kommune {k} in the register for {used_year}")
                          for k in unknown])
    scenario = system.criteria(version, used_year)
    _emit(evaluate_output(scenario, _names(context, used_year), system.dataset.synthetic, output_format, lang,
                          only=kommuner), output_format)


@criteria.command("allocate")
@click.option("--year", type=int, required=True, help="The request year whose criteria apply.")
@click.option("--need", type=int, default=None, help="The national need (default: the data's bosettingsbehov).")
@click.option("--need-em", type=int, default=None, help="Of which EM (default: the data's bosettingsbehov_em).")
@click.option("--method", type=METHOD, default=None, help="Override the criteria file's method (what-if).")
@_common
def allocate_command(year: int, need: int | None, need_em: int | None, method: str | None, data_dir: Path | None,
                     rules_path: Path | None, data_year: int | None, output_format: str, lang: str) -> None:
    """Distribute the need to fylker and kommuner: whole numbers that add up exactly to the need."""
    from bosetting.obligations.criteria.report import allocate_output

    _check_need(need, need_em)
    system = _system(rules_path, data_dir)
    version = system.criteria_version(year)
    used_year = system.criteria_context.data_year(year, data_year)
    scenario = system.criteria(version, used_year, need=need, need_em=need_em, method=method)
    _emit(allocate_output(scenario, _names(system.criteria_context, used_year), system.dataset.synthetic,
                          output_format, lang), output_format)


@criteria.command("redistribute")
@click.option("--year", type=int, required=True, help="The request year whose criteria apply.")
@click.option("--adjusted-need", type=int, default=None,
              help="The changed need (default: the data's bosettingsbehov_justert).")
@click.option("--adjusted-need-em", type=int, default=None,
              help="The changed EM need (default: the data's bosettingsbehov_em_justert, else unchanged).")
@click.option("--all", "show_all", is_flag=True, help="Show every kommune, and the split even below the threshold.")
@_common
def redistribute_command(year: int, adjusted_need: int | None, adjusted_need_em: int | None, show_all: bool,
                         data_dir: Path | None, rules_path: Path | None, data_year: int | None, output_format: str,
                         lang: str) -> None:
    """When the need changes during the year beyond the threshold: the new split and each kommune's change."""
    from bosetting.obligations.criteria.report import redistribute_output

    _check_need(adjusted_need, adjusted_need_em)
    system = _system(rules_path, data_dir)
    version = system.criteria_version(year)
    used_year = system.criteria_context.data_year(year, data_year)
    scenario, result = system.redistribute_criteria(version, used_year, adjusted_need, adjusted_need_em)
    _emit(redistribute_output(scenario, result, _names(system.criteria_context, used_year), system.dataset.synthetic,
                              output_format, lang, show_all), output_format)


@criteria.command("compare")
@click.option("--from", "from_spec", required=True, metavar="YEAR|FILE|ID@VERSION",
              help="The first criteria version: a request year, a criteria file, or ID@VERSION.")
@click.option("--to", "to_spec", required=True, metavar="YEAR|FILE|ID@VERSION",
              help="The second criteria version (a draft is fine).")
@click.option("--need", type=int, default=None, help="The national need for both (default: the data's).")
@click.option("--need-em", type=int, default=None, help="Of which EM (default: the data's).")
@_common
def compare_command(from_spec: str, to_spec: str, need: int | None, need_em: int | None, data_dir: Path | None,
                    rules_path: Path | None, data_year: int | None, output_format: str, lang: str) -> None:
    """What a change of criteria does to every kommune: both versions on the same data and need.

    Both versions are applied to the same facts (those the --to version's request year
    uses, or --data-year) and the same need, so every difference comes from the criteria.
    Kommuner whose status changes (asked under one version only) are listed first.
    """
    from bosetting.obligations.criteria.report import compare_output

    _check_need(need, need_em)
    system = _system(rules_path, data_dir)
    scenario_from, scenario_to, comparison = system.compare_criteria(from_spec, to_spec, data_year, need, need_em)
    _emit(compare_output(scenario_from, scenario_to, comparison, _names(system.criteria_context,
                                                                        scenario_to.data_year),
                         system.dataset.synthetic, output_format, lang), output_format)
