"""The `bosetting` command line.

Exit codes: 0 success; 1 invalid input (rule or data files), with every problem
listed as file:line:column or file:row; 2 wrong usage; 3 internal error (a bug:
please report it, with the output of --debug); 4 the system refused a read or write
(disk full, no permission): nothing was changed; 130 interrupted (Ctrl-C).

Heavy modules are imported inside the commands so that `bosetting --help` is fast.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

EXIT_OK = 0
EXIT_INVALID_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_SYSTEM = 4
REPORT_BUGS_AT = "the project's issue tracker (see README.md, 'Reporting problems')"

F = TypeVar("F", bound=Callable[..., Any])


def _default_rules() -> Path:
    from obligations.paths import RULES_DIR

    return RULES_DIR


def fail_on_input_errors(problems: list[Any], output_format: str = "text") -> None:
    """Print every problem and exit 1, or return when there are none."""
    if not problems:
        return
    if output_format == "json":
        click.echo(
            json.dumps({"valid": False, "problems": [p.as_dict() for p in problems]}, ensure_ascii=False, indent=2)
        )
    else:
        for problem in problems:
            click.echo(problem.format(), err=True)
        click.echo(f"{len(problems)} problem(s) found.", err=True)
    sys.exit(EXIT_INVALID_INPUT)


class BosettingGroup(click.Group):
    """Turns input errors into exit code 1 and unexpected errors into exit code 3."""

    def invoke(self, ctx: click.Context) -> Any:
        from engine.problems import InputError

        try:
            return super().invoke(ctx)
        except InputError as exc:
            for problem in exc.problems:
                click.echo(problem.format(), err=True)
            click.echo(f"{len(exc.problems)} problem(s) found.", err=True)
            sys.exit(EXIT_INVALID_INPUT)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("Interrupted; nothing was written.", err=True)
            sys.exit(130)
        except OSError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                traceback.print_exc()
            where = f" ({exc.filename})" if exc.filename else ""
            click.echo(f"The system refused a read or write{where}: {exc.strerror or exc}. "
                       "Nothing was changed: an earlier report is as it was.", err=True)
            sys.exit(EXIT_SYSTEM)
        except Exception as exc:  # noqa: BLE001 - the last line of defence for users
            if ctx.obj and ctx.obj.get("debug"):
                traceback.print_exc()
            else:
                click.echo(f"Internal error: {type(exc).__name__}: {exc}", err=True)
                click.echo(
                    f"This is a bug, not a problem with your files. Please report it at {REPORT_BUGS_AT}, "
                    "with the output of the same command run with --debug.",
                    err=True,
                )
            sys.exit(EXIT_INTERNAL)


@click.group(cls=BosettingGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="bosetting", prog_name="bosetting")
@click.option("--debug", is_flag=True, help="Show the Python traceback of an internal error.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Rules engine for the cooperation agreement on reception and settlement of refugees (2026-2029).

    \b
    Exit codes:
      0  success
      1  invalid input: every problem is listed as file:line:column (or file:row)
      2  wrong usage of the command (an --out that is not an earlier output is refused)
      3  internal error: a bug; please report it with the output of --debug
      4  the system refused a read or write (disk full, no permission); nothing was changed
      130  interrupted (Ctrl-C); nothing was written
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


@main.command()
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
    from obligations.rules_context import load_rules

    targets = list(paths) or [_default_rules()]
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


@main.group()
def rules() -> None:
    """List and compare rule sets."""


@rules.command("list")
@click.option(
    "--rules",
    "rules_dir",
    type=click.Path(path_type=Path, exists=True),
    default=None,
    help="The rules folder (default: the project's rules/).",
)
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True)
def rules_list(rules_dir: Path | None, output_format: str) -> None:
    """Every rule set and version: validity, status, rules, hash."""
    from obligations.rules_context import load_rules

    repo = load_rules([rules_dir or _default_rules()])
    fail_on_input_errors(repo.errors)
    today = dt.date.today()
    rows = []
    for ruleset in sorted(repo.rulesets, key=lambda r: (r.kind, r.id, r.valid_from, r.version)):
        notes = repo.freshness(ruleset, today) if ruleset.status == "adopted" else []
        rows.append(
            {
                **ruleset.summary(),
                "in_force_today": ruleset.in_force_on(today) and ruleset.status == "adopted",
                "flags": notes,
            }
        )
    if output_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    header = f"{'kind':<12} {'id':<32} {'version':<8} {'status':<8} {'valid':<23} {'rules':>5}  {'hash':<14} flags"
    click.echo(header)
    click.echo("-" * len(header))
    for row in rows:
        flags = "; ".join(row["flags"]) + (" [in force]" if row["in_force_today"] else "")
        click.echo(
            f"{row['kind']:<12} {row['id']:<32} {row['version']:<8} {row['status']:<8} "
            f"{row['valid_from']}..{row['valid_to']} {row['rules']:>5}  {row['hash'][7:19]:<14} {flags}"
        )


def _resolve_ruleset(spec: str, repo_dir: Path) -> Any:
    """A rule set from a file path, or from ID@VERSION in the rules folder."""
    from engine.problems import InputError, Problem
    from obligations.rules_context import load_rules

    path = Path(spec)
    if path.exists():
        repo = load_rules([path])
        fail_on_input_errors(repo.errors)
        if len(repo.rulesets) != 1:
            raise click.UsageError(f"{spec} holds {len(repo.rulesets)} rule sets; name one file")
        return repo.rulesets[0]
    if "@" in spec:
        ruleset_id, version = spec.split("@", 1)
        repo = load_rules([repo_dir])
        fail_on_input_errors(repo.errors)
        found = repo.find(ruleset_id, version)
        if found is None:
            raise InputError([Problem(spec, 0, 0, f"no rule set '{ruleset_id}' version '{version}' in {repo_dir}")])
        return found
    raise click.UsageError(f"{spec} is neither a file nor ID@VERSION")


@rules.command("diff")
@click.argument("old")
@click.argument("new")
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path, exists=True), default=None)
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_diff(old: str, new: str, rules_dir: Path | None, output_format: str) -> None:
    """What changed between two versions: OLD and NEW are files or ID@VERSION.

    Rules and parameters added, removed and changed, by meaning (not a text diff).
    """
    from engine.diff import diff_rulesets

    before = _resolve_ruleset(old, rules_dir or _default_rules())
    after = _resolve_ruleset(new, rules_dir or _default_rules())
    changes = diff_rulesets(before, after)
    if output_format == "json":
        click.echo(
            json.dumps(
                {"old": before.key, "new": after.key, "changes": [c.as_dict() for c in changes]},
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    click.echo(f"{before.key} ({before.path}) -> {after.key} ({after.path})")
    if not changes:
        click.echo("No changes in meaning.")
        return
    for change in changes:
        line = f"  {change.change:<8} {change.area:<10} {change.key}"
        scalar = not isinstance(change.old, (dict, list)) and not isinstance(change.new, (dict, list))
        if change.area in ("parameter", "header") and change.change == "changed" and scalar:
            line += f": {json.dumps(change.old, ensure_ascii=False)} -> {json.dumps(change.new, ensure_ascii=False)}"
        elif change.change == "added" and change.new is not None:
            line += f": {json.dumps(change.new, ensure_ascii=False)}"
        if change.detail:
            line += f"  ({change.detail})"
        click.echo(line)


from obligations.commands.docs import docs  # noqa: E402
from obligations.commands.review import review  # noqa: E402 - commands register after the group exists

main.add_command(review)
main.add_command(docs)
from obligations.commands.evaluate import evaluate  # noqa: E402, I001 - registers after the group exists

main.add_command(evaluate)

from obligations.commands.data import data  # noqa: E402

main.add_command(data)

from obligations.commands.criteria import criteria  # noqa: E402

main.add_command(criteria)

from obligations.commands.referat import referat  # noqa: E402

main.add_command(referat)

from obligations.commands.init import init  # noqa: E402

main.add_command(init)

from obligations.commands.features import features  # noqa: E402

main.add_command(features)

from obligations.commands.serve import serve  # noqa: E402

main.add_command(serve)
