"""The `bosetting` command line.

Exit codes: 0 success; 1 invalid input (rule or data files), with every problem
listed as file:line:column or file:row; 2 wrong usage; 3 internal error (a bug:
please report it, with the output of --debug); 4 the system refused a read or write
(disk full, no permission): nothing was changed; 130 interrupted (Ctrl-C); 141 the
output's reader stopped reading (`bosetting rules list | head`).

Heavy modules are imported inside the commands so that `bosetting --help` is fast.

The installed `bosetting` command is `run`, which calls `main` and then, after a command listed in
EXITS_WITHOUT_TEARDOWN succeeded, leaves without freeing every object one by one (see `run`).
"""

from __future__ import annotations

import importlib
import os
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
EXIT_INTERRUPTED = 130
# 128 + SIGPIPE, the status a shell gives a producer whose reader left (`yes | head`): not a failure of ours.
EXIT_READER_GONE = 141
EXIT_CODES = (EXIT_OK, EXIT_INVALID_INPUT, EXIT_USAGE, EXIT_INTERNAL, EXIT_SYSTEM, EXIT_INTERRUPTED, EXIT_READER_GONE)
REPORT_BUGS_AT = "the project's issue tracker (see README.md, 'Reporting problems')"

# Commands that, once they have succeeded, hold nothing that must be cleaned up at exit: everything they write
# is written (atomically) before they return, and they start no thread, temporary folder or atexit handler.
# `serve` is not one of them: the workbench's drafts live in temporary folders removed at exit.
EXITS_WITHOUT_TEARDOWN = frozenset({"review", "evaluate", "evaluate-period", "validate"})

F = TypeVar("F", bound=Callable[..., Any])


def default_rules() -> Path:
    from bosetting.obligations.paths import RULES_DIR

    return RULES_DIR


# Every sub-command, and where it is defined: a command's module is imported only when it runs (or when
# --help lists the commands), so that a command pays for its own imports alone.
COMMANDS = {
    "validate": "bosetting.obligations.commands.validate:validate",
    "rules": "bosetting.obligations.commands.rules:rules",
    "review": "bosetting.obligations.commands.review:review",
    "evaluate": "bosetting.obligations.commands.evaluate:evaluate",
    "evaluate-period": "bosetting.obligations.commands.evaluate_period:evaluate_period",
    "serve": "bosetting.obligations.commands.serve:serve",
    "data": "bosetting.obligations.commands.data:data",
    "criteria": "bosetting.obligations.commands.criteria:criteria",
    "referat": "bosetting.obligations.commands.referat:referat",
    "init": "bosetting.obligations.commands.init:init",
    "docs": "bosetting.obligations.commands.docs:docs",
    "features": "bosetting.obligations.commands.features:features",
}


class BosettingGroup(click.Group):
    """Loads each command from COMMANDS when it is asked for; turns input errors into exit code 1 and
    unexpected errors into exit code 3, for every command, in this one place."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return super().get_command(ctx, cmd_name)
        module_name, attribute = COMMANDS[cmd_name].split(":")
        command = getattr(importlib.import_module(module_name), attribute)
        assert isinstance(command, click.Command) and command.name == cmd_name, COMMANDS[cmd_name]
        return command

    def invoke(self, ctx: click.Context) -> Any:
        from bosetting.engine.problems import InputError

        try:
            result = super().invoke(ctx)
        except InputError as exc:
            for problem in exc.problems:
                click.echo(problem.format(), err=True)
            click.echo(f"{len(exc.problems)} problem(s) found.", err=True)
            sys.exit(EXIT_INVALID_INPUT)
        except SystemExit as exc:  # a command that ends itself with its exit code
            if exc.code in (0, None):
                self._succeeded(ctx)
            raise
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("Interrupted; nothing was written.", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            _stop_writing_to_closed_stdout()
            sys.exit(EXIT_READER_GONE)
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
        self._succeeded(ctx)
        return result

    @staticmethod
    def _succeeded(ctx: click.Context) -> None:
        if ctx.invoked_subcommand in EXITS_WITHOUT_TEARDOWN:
            _exit_without_teardown.add(ctx.invoked_subcommand)


# Set when a command of EXITS_WITHOUT_TEARDOWN has succeeded in this process (read by `run`).
_exit_without_teardown: set[str] = set()


def run(prog_name: str | None = None) -> None:
    """The `bosetting` command: `main`; then, after a command of EXITS_WITHOUT_TEARDOWN succeeded, the output
    streams flushed and the process ended at once (`os._exit`), as mypy's `hard_exit` does.

    A normal exit frees every object of the interpreter one by one: after a review of the shipped data that
    is about 50 ms of CPU, 6 % of the whole run, spent on memory the operating system takes back anyway.
    Any other outcome (an error, a usage message, --help) exits the normal way, and so does a run under a
    profiler or a coverage tracer, which write their results at the normal exit.
    """
    _exit_without_teardown.clear()
    try:
        main(prog_name=prog_name)
    except SystemExit as exc:
        if exc.code not in (0, None) or not _may_skip_teardown():
            raise
    else:
        if not _may_skip_teardown():
            return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # None: the process was started with that descriptor closed
                stream.flush()
    except BrokenPipeError:  # the reader of the output left: what `main` does with it (EXIT_READER_GONE)
        _stop_writing_to_closed_stdout()
        os._exit(EXIT_READER_GONE)
    except Exception:  # noqa: BLE001 - what is buffered cannot be written: the normal exit tries again and says so
        return
    os._exit(EXIT_OK)


def _may_skip_teardown() -> bool:
    return bool(_exit_without_teardown) and sys.gettrace() is None and sys.getprofile() is None


def _stop_writing_to_closed_stdout() -> None:
    # What is still buffered for the closed pipe would fail again when Python flushes it at exit, with a
    # message on stderr: stdout is pointed at the null device instead (the Python docs' recipe, 'Note on SIGPIPE').
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


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
      141  the reader of the output stopped reading (as in `bosetting rules list | head`)
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
