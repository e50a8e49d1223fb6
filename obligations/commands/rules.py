"""`bosetting rules list` and `rules diff`: the rule sets and versions, and what changed between two.

Both read the rules as every other command does, from the evaluation layer (AgreementSystem.repository: every
rule set validated, or every error and exit 1); a rule file `rules diff` is given by its path is read as a rules
folder of one file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import click

from bosetting.obligations.cli import default_rules


@click.group("rules")
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
    from bosetting.obligations.system import AgreementSystem

    repo = AgreementSystem(rules_dir or default_rules()).repository
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
    from bosetting.engine.problems import InputError, Problem
    from bosetting.obligations.system import AgreementSystem

    path = Path(spec)
    if path.exists():
        repo = AgreementSystem(path).repository
        if len(repo.rulesets) != 1:
            raise click.UsageError(f"{spec} holds {len(repo.rulesets)} rule sets; name one file")
        return repo.rulesets[0]
    if "@" in spec:
        ruleset_id, version = spec.split("@", 1)
        found = AgreementSystem(repo_dir).repository.find(ruleset_id, version)
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
    from bosetting.engine.diff import diff_rulesets

    before = _resolve_ruleset(old, rules_dir or default_rules())
    after = _resolve_ruleset(new, rules_dir or default_rules())
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
