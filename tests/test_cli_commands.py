"""The command line's table of sub-commands: every command module is in it, and a command loads alone."""

from __future__ import annotations

import ast
import subprocess
import sys

import click

from bosetting.obligations.cli import COMMANDS, main
from bosetting.obligations.paths import PROJECT_ROOT


def _top_level_commands() -> dict[str, str]:
    """The click commands and groups each module of obligations/commands/ defines at its top level
    without adding them to another group: name -> module:attribute."""
    found: dict[str, str] = {}
    for path in sorted((PROJECT_ROOT / "obligations" / "commands").glob("*.py")):
        module = f"bosetting.obligations.commands.{path.stem}"
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.FunctionDef):
                continue
            for decorator in node.decorator_list:
                if (isinstance(decorator, ast.Call) and isinstance(decorator.func, ast.Attribute)
                        and isinstance(decorator.func.value, ast.Name) and decorator.func.value.id == "click"
                        and decorator.func.attr in ("command", "group") and decorator.args):
                    name = decorator.args[0]
                    assert isinstance(name, ast.Constant), f"{path}: give the command's name as a literal"
                    found[str(name.value)] = f"{module}:{node.name}"
    return found


def test_every_command_module_is_in_the_table_and_nothing_else_is() -> None:
    defined = _top_level_commands()
    # Sub-commands that a module adds to a group of another module (data import, data indicators) are not
    # top-level commands; the table holds the top-level ones.
    top_level = {name: where for name, where in defined.items() if where in COMMANDS.values()}
    assert top_level == COMMANDS
    assert set(defined) - set(COMMANDS) <= {"import", "indicators"}, sorted(set(defined) - set(COMMANDS))


def test_each_table_entry_loads_the_command_of_its_name() -> None:
    context = click.Context(main)
    for name in COMMANDS:
        command = main.get_command(context, name)
        assert command is not None and command.name == name
    assert main.list_commands(context) == sorted(COMMANDS)


def test_a_command_imports_only_its_own_modules() -> None:
    """`bosetting validate` loads no other command's module (what the rule loading itself imports is
    another matter: issue 14's evaluation layer)."""
    script = ("import sys\nfrom bosetting.obligations.cli import main\n"
              "try:\n    main(['validate'], standalone_mode=False)\nfinally:\n"
              "    print(sorted(m for m in sys.modules if m.startswith('bosetting.obligations.')))\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = result.stdout.strip().splitlines()[-1]
    assert "'bosetting.obligations.commands.validate'" in loaded
    for name, where in COMMANDS.items():
        module = where.split(":")[0]
        assert (f"'{module}'" in loaded) == (name == "validate"), module
