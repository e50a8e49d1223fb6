"""`bosetting init`: copy the bundled rules, schemas and data into a folder of one's own."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("init")
@click.argument("target", type=click.Path(path_type=Path, file_okay=False))
@click.option("--only", "parts", type=click.Choice(["rules", "data", "editor"]), multiple=True,
              help="Copy only this part (repeat for more): rules/ (rule files, schemas, the agreement's text), "
                   "data/ (the bundled synthetic data), editor (.vscode/ settings). Default: all three.")
def init(target: Path, parts: tuple[str, ...]) -> None:
    """Start a folder of your own from the bundled rules and data, to edit and keep in your repository.

    Copies rules/ (every rule file, beside the schemas their first line points to, so an editor
    checks them offline), data/ (the bundled dataset: synthetic, to be replaced with real figures)
    and .vscode/ (the YAML extension and the schema mapping) into TARGET. Refuses, writing nothing,
    if any of these files exists already.
    """
    from bosetting.obligations.starter import PARTS, starter_files, write_new_files

    chosen = parts or PARTS
    files = starter_files(chosen)
    write_new_files(target, files)
    click.echo(f"Wrote {len(files)} file(s) to {target}/:")
    if "rules" in chosen:
        click.echo("  rules/    the rule files, their schemas (schema/) and the agreement's text (sources/)")
    if "data" in chosen:
        click.echo("  data/     the bundled data: SYNTHETIC figures until you replace them (see data/SYNTHETIC.md)")
    if "editor" in chosen:
        click.echo("  .vscode/  recommends the YAML extension and maps the schemas, for completion and errors")
    rules_dir, data_dir = target / "rules", target / "data"
    click.echo("Next:")
    if "rules" in chosen:
        click.echo(f"  bosetting validate {rules_dir}")
    if "data" in chosen:
        click.echo(f"  bosetting data check {data_dir}")
    click.echo(f"  bosetting review --rules {rules_dir if 'rules' in chosen else '<rules>'} "
               f"--data {data_dir if 'data' in chosen else '<data>'}")
