"""Fuzzing the data readers with mutated data files, read through load_dataset (issue 9).

Each example breaks one file of a small valid data folder (the bundled 2026 data with 40
person records) and reads the whole folder. Every outcome must be a Dataset, or an
InputError whose problems each name the file and a row, a line, or the whole file: never
an uncaught exception. HYPOTHESIS_PROFILE=long runs fifty times as many examples.
"""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fuzzing import fuzz_settings, line_count
from hypothesis import given
from hypothesis import strategies as st
from small_data import write_small_data

from bosetting.engine.problems import InputError
from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.data.records import Dataset

TABLES = ["2026/kommune_aar.csv", "2026/personer.csv", "2026/belegg.csv", "2026/kapasitet_endringer.csv",
          "kommuner.csv"]
REGISTERS = ["2026/nasjonalt.yaml", "2026/registre/unntak.yaml", "2026/registre/tiltak.yaml",
             "2026/registre/statistikkleveranser.yaml", "2026/registre/aktiviteter.yaml",
             "2026/registre/beregningsutvalget.yaml"]
CELLS = ["", " ", "-1", "0", "1e400", "1e-9", "nan", "inf", "301", "0301", "9999", "03", "2026-02-30", "2026-13",
         "30.02.2026", "2026-01-01", "ja", "nei", "yes", "x" * 300, '"', "'", ";", ",", "\t", "ø", "9" * 40, "1,5",
         "1.5", "12:30", "=1+1", "\u00a0", "NULL", "None", "-0", "+5"]
NASTY_YAML = ["no", "0301", "12:30", "1e400", ".inf", "~", "[]", "{}", "2026-02-30", "\"2026-02-30\"", "-1",
              "!!python/object/apply:os.system [\"true\"]", "*undefined", "&a [*a]", "9" * 40, "\"\"", "ja"]



@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        root = write_small_data(Path(tmp) / "data")
        assert isinstance(load_dataset(root), Dataset)
        yield root


def read_with(root: Path, rel: str, raw: bytes) -> None:
    """Put `raw` in place of one file, read the folder, check the outcome, and put the file back."""
    path = root / rel
    original = path.read_bytes()
    path.write_bytes(raw)
    try:
        try:
            dataset = load_dataset(root)
        except InputError as exc:
            assert exc.problems
            lines = line_count(raw)
            for problem in exc.problems:
                assert problem.file.startswith("data"), problem
                assert problem.message.strip(), problem
                if problem.file != f"data/{rel}":  # another file, judged against the broken one
                    continue
                if problem.row is not None:
                    assert 1 <= problem.row <= lines + 1, problem
                elif problem.line:
                    assert 1 <= problem.line <= lines + 1, problem
            return
        assert isinstance(dataset, Dataset)
        assert list(dataset.years) == [2026]
    finally:
        path.write_bytes(original)


@fuzz_settings(50)
@given(st.sampled_from(TABLES + REGISTERS), st.data())
def test_mutated_bytes(folder: Path, rel: str, data: st.DataObject) -> None:
    raw = bytearray((folder / rel).read_bytes())
    for _ in range(data.draw(st.integers(1, 6), label="mutations")):
        position = data.draw(st.integers(0, len(raw) - 1), label="position")
        action = data.draw(st.sampled_from(["replace", "insert", "delete", "truncate"]), label="action")
        byte = data.draw(st.sampled_from([0, 9, 10, 13, 34, 39, 44, 45, 46, 58, 59, 0x80, 0xC3, 0xFF,
                                          *range(48, 58), *range(97, 123)]), label="byte")
        if action == "replace":
            raw[position] = byte
        elif action == "insert":
            raw.insert(position, byte)
        elif action == "truncate":
            del raw[position:]
        else:
            del raw[position]
        if not raw:
            break
    read_with(folder, rel, bytes(raw))


@fuzz_settings(50)
@given(st.sampled_from(TABLES), st.data())
def test_mutated_cells_rows_and_columns(folder: Path, rel: str, data: st.DataObject) -> None:
    rows = list(csv.reader(io.StringIO((folder / rel).read_text(encoding="utf-8"))))
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        action = data.draw(st.sampled_from(["cell", "swap", "drop_row", "duplicate_row", "drop_column",
                                            "add_column", "short_row", "long_row"]), label="action")
        row = data.draw(st.integers(0, len(rows) - 1), label="row")
        width = len(rows[0])
        column = data.draw(st.integers(0, width - 1), label="column")
        if action == "cell" and column < len(rows[row]):
            rows[row][column] = data.draw(st.sampled_from(CELLS) | st.text(max_size=8), label="value")
        elif action == "swap":
            other = data.draw(st.integers(0, width - 1), label="other")
            if max(column, other) < len(rows[row]):
                rows[row][column], rows[row][other] = rows[row][other], rows[row][column]
        elif action == "drop_row" and len(rows) > 1:
            del rows[row]
        elif action == "duplicate_row":
            rows.insert(row, list(rows[row]))
        elif action == "drop_column":
            rows = [r[:column] + r[column + 1:] for r in rows]
        elif action == "add_column":
            rows = [r + [data.draw(st.sampled_from(CELLS), label="extra")] for r in rows]
        elif action == "short_row":
            rows[row] = rows[row][:column]
        else:
            rows[row] = rows[row] + ["1"]
        if not rows or not rows[0]:
            break
    out = io.StringIO()
    csv.writer(out, lineterminator=data.draw(st.sampled_from(["\n", "\r\n"]), label="eol")).writerows(rows)
    read_with(folder, rel, out.getvalue().encode(data.draw(st.sampled_from(["utf-8", "utf-8-sig"]), label="enc")))


@fuzz_settings(40)
@given(st.sampled_from(REGISTERS), st.data())
def test_mutated_register_values(folder: Path, rel: str, data: st.DataObject) -> None:
    lines = (folder / rel).read_text(encoding="utf-8").split("\n")
    candidates = [i for i, line in enumerate(lines) if ": " in line and not line.lstrip().startswith("#")]
    for _ in range(data.draw(st.integers(1, 3), label="edits")):
        index = data.draw(st.sampled_from(candidates), label="line")
        action = data.draw(st.sampled_from(["value", "delete", "duplicate"]), label="action")
        if action == "value":
            key = lines[index].split(": ", 1)[0]
            lines[index] = f"{key}: {data.draw(st.sampled_from(NASTY_YAML) | st.text(max_size=8), label='value')}"
        elif action == "delete":
            lines[index] = ""
        else:
            lines.insert(index, lines[index])
    read_with(folder, rel, "\n".join(lines).encode("utf-8"))
