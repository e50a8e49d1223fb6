"""The README and `bosetting --help` agree: the same exit codes, and every command it lists exists."""

from __future__ import annotations

import re

from click.testing import CliRunner

from bosetting.obligations import cli
from bosetting.obligations.cli import main
from bosetting.obligations.paths import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def _readme_exit_codes() -> list[str]:
    table = README.split("### Exit codes", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| (\d+) \|", table, re.M)


def _readme_commands() -> list[list[str]]:
    """The sub-command words of each `bosetting ...` line (`a|b` gives both), up to the first argument."""
    block = README.split("## Commands", 1)[1].split("```", 2)[1]
    commands = []
    for line in block.splitlines():
        if not line.startswith("bosetting"):
            continue
        words: list[list[str]] = [[]]
        for token in line.split("  ")[0].split()[1:]:  # the description follows two spaces
            if not re.fullmatch(r"[a-z][a-z-]*(\|[a-z][a-z-]*)*", token):
                break
            words = [[*w, option] for w in words for option in token.split("|")]
        commands.extend(words)
    return commands


def test_help_lists_every_exit_code_the_readme_lists(runner: CliRunner) -> None:
    codes = _readme_exit_codes()
    assert codes == [str(code) for code in sorted(cli.EXIT_CODES)]
    help_text = runner.invoke(main, ["--help"]).output
    listed = re.findall(r"^\s+(\d+)\s{2,}\S", help_text.split("Exit codes:", 1)[1].split("Options:", 1)[0], re.M)
    assert listed == codes


def test_every_command_the_readme_lists_exists(runner: CliRunner) -> None:
    commands = _readme_commands()
    assert ["init"] in commands and ["review", "diff"] in commands and [] in commands  # `bosetting --version`
    for words in commands:
        result = runner.invoke(main, [*words, "--help"])
        assert result.exit_code == 0, (words, result.output)
