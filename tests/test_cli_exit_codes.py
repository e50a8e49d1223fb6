"""Exit codes: 0 success, 1 invalid input, 2 wrong usage, 3 internal error; tracebacks only with --debug."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import bosetting.obligations.rules_context
from bosetting.obligations.cli import (
    EXIT_INTERNAL,
    EXIT_INVALID_INPUT,
    EXIT_OK,
    EXIT_READER_GONE,
    EXIT_USAGE,
    REPORT_BUGS_AT,
    main,
)

FIXTURES = Path(__file__).parent / "fixtures" / "rules"
EXAMPLE = FIXTURES / "valid" / "eksempel.yaml"
INVALID = FIXTURES / "invalid" / "duplicate_key" / "duplicate_key.yaml"


def test_the_codes_are_the_documented_ones() -> None:
    assert (EXIT_OK, EXIT_INVALID_INPUT, EXIT_USAGE, EXIT_INTERNAL) == (0, 1, 2, 3)


def test_help_documents_the_exit_codes(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    for line in ("0  success", "1  invalid input", "2  wrong usage", "3  internal error"):
        assert line in result.output


def test_success_is_0(runner: CliRunner) -> None:
    assert runner.invoke(main, ["validate", str(EXAMPLE)]).exit_code == 0


def test_invalid_input_is_1(runner: CliRunner) -> None:
    result = runner.invoke(main, ["validate", str(INVALID)])
    assert result.exit_code == 1
    assert f"{INVALID}:8:1: error: duplicate key 'version'" in result.output


@pytest.mark.parametrize("args", [
    ["no-such-command"],
    ["validate", "--no-such-option"],
    ["validate", "--format", "yaml"],
    ["validate", "--today", "2026-02-30"],
    ["validate", "--today", "01.07.2026"],
    ["rules"],
    ["rules", "diff", str(EXAMPLE)],
    ["rules", "list", "--rules", "/no/such/folder"],
], ids=lambda args: " ".join(args)[:40])
def test_wrong_usage_is_2(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert "Usage:" in result.output or "Error:" in result.output


def _break_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise ZeroDivisionError("simulated bug in the engine")

    monkeypatch.setattr(bosetting.obligations.rules_context, "load_rules", broken)


def test_an_internal_error_is_3_with_where_to_report_and_no_traceback(runner: CliRunner,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _break_loading(monkeypatch)
    result = runner.invoke(main, ["validate", str(EXAMPLE)])
    assert result.exit_code == 3
    assert "Internal error: ZeroDivisionError: simulated bug in the engine" in result.output
    assert REPORT_BUGS_AT in result.output
    assert "--debug" in result.output
    assert "Traceback" not in result.output


def test_debug_shows_the_traceback(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    _break_loading(monkeypatch)
    result = runner.invoke(main, ["--debug", "validate", str(EXAMPLE)])
    assert result.exit_code == 3
    assert "Traceback (most recent call last)" in result.output
    assert "ZeroDivisionError: simulated bug in the engine" in result.output


def test_an_internal_error_inside_the_engine_is_3(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure deep in evaluation-independent code (the schema check) is still caught at the top."""
    import bosetting.engine.schemas
    from bosetting.obligations.cache import NO_CACHE_ENV

    def broken(self: object, loaded: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(bosetting.engine.schemas.SchemaSet, "validate", broken)
    monkeypatch.setenv(NO_CACHE_ENV, "1")  # so that the rule file is validated, not taken from the cache
    result = runner.invoke(main, ["rules", "diff", str(EXAMPLE), str(EXAMPLE)])
    assert result.exit_code == 3
    assert "Internal error: KeyError" in result.output
    assert "Traceback" not in result.output


def test_an_interrupt_says_nothing_was_written(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(bosetting.obligations.rules_context, "load_rules", interrupted)
    result = runner.invoke(main, ["validate", str(EXAMPLE)])
    assert result.exit_code == 130
    assert "Interrupted; nothing was written." in result.output
    assert "Traceback" not in result.output


def test_a_reader_that_stops_reading_ends_the_command_quietly_with_141() -> None:
    command = [sys.executable, "-c", "import sys; from bosetting.obligations.cli import main; sys.exit(main())",
               "rules", "list"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before the first line is written, as `| head -0` would be
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == EXIT_READER_GONE == 141
    assert stderr == ""
