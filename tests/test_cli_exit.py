"""The installed command's exit (`bosetting.obligations.cli.run`): a batch command that succeeded leaves without
the interpreter's teardown, with everything it printed still delivered; any other outcome exits the normal way."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bosetting.obligations.cli import COMMANDS, EXITS_WITHOUT_TEARDOWN, main
from bosetting.obligations.paths import PROJECT_ROOT

# Runs the command as the installed script does, with an atexit handler that says whether the normal exit ran.
_SCRIPT = ("import atexit, sys\n"
           "atexit.register(lambda: sys.stderr.write('TEARDOWN RAN\\n'))\n"
           "from bosetting.obligations.cli import run\n"
           "sys.argv = ['bosetting', *sys.argv[1:]]\n"
           "run()\n")


def _bosetting(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BOSETTING_CACHE_DIR": str(tmp_path / "cache")}
    # stdout is a pipe, so Python buffers it: what was not flushed before the exit would be missing.
    return subprocess.run([sys.executable, "-c", _SCRIPT, *args], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=300)


def test_a_batch_command_that_succeeded_skips_the_teardown_and_its_output_is_complete(tmp_path: Path) -> None:
    result = _bosetting(tmp_path, "validate", "--format", "json", str(PROJECT_ROOT / "rules"))
    assert result.returncode == 0, result.stderr
    assert "TEARDOWN RAN" not in result.stderr
    assert result.stdout.rstrip().endswith("}"), result.stdout[-200:]  # the whole JSON document, to its end


def test_a_review_written_without_the_teardown_is_whole(tmp_path: Path) -> None:
    result = _bosetting(tmp_path, "review", "--out", "out")
    assert result.returncode == 0, result.stderr
    assert "TEARDOWN RAN" not in result.stderr
    assert "report.html" in result.stdout.splitlines()[-1]  # the last line the command prints
    in_process = CliRunner().invoke(main, ["review", "--out", str(tmp_path / "in-process")])
    assert in_process.exit_code == 0, in_process.output
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert "findings.json" in written and "report.html" in written
    assert written == sorted(p.name for p in (tmp_path / "in-process").iterdir())
    for name in written:  # byte for byte what the normal exit leaves
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "in-process" / name).read_bytes(), name


def test_a_failed_command_exits_the_normal_way_with_its_code(tmp_path: Path) -> None:
    bad = tmp_path / "rules"
    bad.mkdir()
    (bad / "broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    result = _bosetting(tmp_path, "validate", str(bad))
    assert result.returncode == 1
    assert "broken.yaml" in result.stderr and "TEARDOWN RAN" in result.stderr


def test_other_commands_exit_the_normal_way(tmp_path: Path) -> None:
    result = _bosetting(tmp_path, "rules", "list")
    assert result.returncode == 0, result.stderr
    assert "TEARDOWN RAN" in result.stderr and "samarbeidsavtale-2026-2029" in result.stdout


def test_a_command_started_with_its_output_closed_still_succeeds(tmp_path: Path) -> None:
    """Started with stdout (or stderr) closed, Python has no stream for it: nothing is flushed there."""
    env = {**os.environ, "BOSETTING_CACHE_DIR": str(tmp_path / "cache")}
    for closed in (1, 2):
        result = subprocess.run([sys.executable, "-c", _SCRIPT, "review", "--out", f"out{closed}"], cwd=tmp_path,
                                env=env, capture_output=True, text=True, timeout=300,
                                preexec_fn=lambda fd=closed: os.close(fd))  # noqa: PLW1509 - only closes a descriptor
        assert result.returncode == 0, (closed, result.stderr)
        assert (tmp_path / f"out{closed}" / "findings.json").is_file()


def test_under_a_profiler_the_normal_exit_writes_its_results(tmp_path: Path) -> None:
    env = {**os.environ, "BOSETTING_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-m", "cProfile", "-m", "bosetting", "validate"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "function calls" in result.stdout  # cProfile's report, printed at the normal exit


def test_only_known_commands_skip_the_teardown() -> None:
    assert EXITS_WITHOUT_TEARDOWN <= set(COMMANDS)
    assert "serve" not in EXITS_WITHOUT_TEARDOWN  # its drafts' temporary folders are removed at exit


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full, a device that is always full")
def test_output_that_cannot_be_written_is_an_error_and_not_a_silent_success(tmp_path: Path) -> None:
    env = {**os.environ, "BOSETTING_CACHE_DIR": str(tmp_path / "cache")}
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-c", _SCRIPT, "validate", "--format", "json",
                                 str(PROJECT_ROOT / "rules")], cwd=tmp_path, env=env, stdout=full,
                                stderr=subprocess.PIPE, text=True, timeout=300)
    assert result.returncode == 4, result.stderr
    assert "No space left on device" in result.stderr
