"""Faults during a run, through the command (issue 9): `bosetting review` stopped part-way by an exception,
an interrupt or a full disk leaves the earlier report byte for byte as it was, and no partial files.

The writer itself is tested in test_review.py; these go through the command line with its exit codes.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from small_data import write_small_data

import bosetting.obligations.review.run as review_run
from bosetting.obligations import atomic
from bosetting.obligations.cli import main


@pytest.fixture(scope="module")
def small_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_small_data(tmp_path_factory.mktemp("faults") / "data")


def _contents(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def earlier(runner: CliRunner, small_data: Path, tmp_path: Path) -> Iterator[tuple[Path, dict[str, bytes]]]:
    out = tmp_path / "reports" / "review-2026"
    result = runner.invoke(main, ["review", "--year", "2026", "--data", str(small_data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    before = _contents(out)
    assert set(before) == {".bosetting-output.json", *review_run.output_files(2026)}
    yield out, before


def _review(runner: CliRunner, small_data: Path, out: Path) -> tuple[int, str]:
    result = runner.invoke(main, ["review", "--year", "2026", "--data", str(small_data), "--out", str(out)])
    return result.exit_code, result.output


def _assert_untouched(out: Path, before: dict[str, bytes]) -> None:
    assert _contents(out) == before
    assert [p.name for p in out.parent.iterdir()] == [out.name], "no partial or staging files may be left"


def test_an_exception_while_rendering(runner: CliRunner, small_data: Path, earlier: tuple[Path, dict[str, bytes]],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    out, before = earlier

    def broken(*_args: object) -> bytes:
        raise RuntimeError("simulated failure while rendering")

    monkeypatch.setattr(review_run, "findings_csv", broken)
    code, output = _review(runner, small_data, out)
    assert code == 3
    assert "Internal error: RuntimeError: simulated failure while rendering" in output
    _assert_untouched(out, before)


def test_a_full_disk_while_writing(runner: CliRunner, small_data: Path, earlier: tuple[Path, dict[str, bytes]],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out, before = earlier
    calls = {"n": 0}
    real_fsync = os.fsync

    def full(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", full)
    code, output = _review(runner, small_data, out)
    assert code == 4, "a full disk is the system's refusal (exit 4), not a bug (exit 3)"
    assert "No space left on device" in output and "Internal error" not in output
    assert "Traceback" not in output
    _assert_untouched(out, before)


def test_an_interrupt_while_writing(runner: CliRunner, small_data: Path, earlier: tuple[Path, dict[str, bytes]],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    out, before = earlier
    calls = {"n": 0}
    real_fsync = os.fsync

    def interrupted(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    code, output = _review(runner, small_data, out)
    assert code == 130
    assert "Interrupted; nothing was written." in output
    _assert_untouched(out, before)


def test_a_failure_when_moving_into_place(runner: CliRunner, small_data: Path,
                                          earlier: tuple[Path, dict[str, bytes]],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    out, before = earlier
    real_replace = os.replace

    def failing_replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        if ".writing-" in str(source):
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    code, output = _review(runner, small_data, out)
    assert code == 4
    assert "Invalid cross-device link" in output
    _assert_untouched(out, before)


def test_bad_input_writes_nothing(runner: CliRunner, small_data: Path, earlier: tuple[Path, dict[str, bytes]],
                                  tmp_path: Path) -> None:
    out, before = earlier
    broken = tmp_path / "broken-data"
    shutil.copytree(small_data, broken)
    kommune_aar = broken / "2026" / "kommune_aar.csv"
    kommune_aar.write_text(kommune_aar.read_text(encoding="utf-8").replace("\n0301,", "\n301,", 1), encoding="utf-8")
    result = runner.invoke(main, ["review", "--year", "2026", "--data", str(broken), "--out", str(out)])
    assert result.exit_code == 1
    assert "kommunenummer '301' must have four digits" in result.output
    _assert_untouched(out, before)
