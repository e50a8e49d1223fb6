"""Bad and hostile data files driven through the real commands (issue 9): `bosetting data check` and
`bosetting evaluate` exit 1 with a message naming the file and the row (or line), never a traceback.

The readers' own negative fixtures live in test_data_errors.py; these cases take a small copy
of the bundled data and break one thing in it, so the whole path (dataset, readers, command,
exit code) is exercised.
"""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from small_data import write_small_data

from bosetting.obligations.cli import main

KA = "2026/kommune_aar.csv"
PE = "2026/personer.csv"
BE = "2026/belegg.csv"
NA = "2026/nasjonalt.yaml"
UN = "2026/registre/unntak.yaml"


@pytest.fixture(scope="module")
def small_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled data for 2026 only, with 40 person records: quick to read, valid."""
    return write_small_data(tmp_path_factory.mktemp("small") / "data")


@pytest.fixture
def data(small_data: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(small_data, copy)
    return copy


Mutation = Callable[[Path], None]


def edit(rel: str, change: Callable[[str], str]) -> Mutation:
    def mutate(root: Path) -> None:
        path = root / rel
        before = path.read_text(encoding="utf-8")
        after = change(before)
        assert after != before, f"the mutation of {rel} changed nothing"
        path.write_text(after, encoding="utf-8")
    return mutate


def cell(rel: str, row: int, column: str, value: str) -> Mutation:
    """Set one cell; row 1 is the header, as the messages count rows."""
    def change(text: str) -> str:
        rows = list(csv.reader(io.StringIO(text)))
        rows[row - 1][rows[0].index(column)] = value
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(rows)
        return out.getvalue()
    return edit(rel, change)


def raw(rel: str, content: bytes) -> Mutation:
    def mutate(root: Path) -> None:
        (root / rel).write_bytes(content)
    return mutate


def _drop_column(name: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        rows = list(csv.reader(io.StringIO(text)))
        index = rows[0].index(name)
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows([r[:index] + r[index + 1:] for r in rows])
        return out.getvalue()
    return change


def _lines(change: Callable[[list[str]], list[str]]) -> Callable[[str], str]:
    return lambda text: "\n".join(change(text.split("\n")))


# (id, mutation, expected location prefix after "data/", message part)
CASES: list[tuple[str, Mutation, str, str]] = [
    ("truncated row", edit(KA, _lines(lambda rows: [*rows[:3], rows[3][:12], *rows[4:]])),
     f"{KA}:row 4", "the row has 4 fields but the header has 14"),
    ("missing column", edit(KA, _drop_column("anmodning")),
     f"{KA}:row 1:column 'anmodning'", "the required column 'anmodning' is missing"),
    ("extra column", edit(KA, _lines(lambda rows: [rows[0] + ",ekstra"] + [r + ",1" if r else r for r in rows[1:]])),
     f"{KA}:row 1:column 'ekstra'", "unknown column 'ekstra'"),
    ("kommunenummer 301", cell(KA, 2, "kommunenummer", "301"),
     f"{KA}:row 2:column 'kommunenummer'", "kommunenummer '301' must have four digits; did you mean '0301'?"),
    ("unknown kommunenummer", cell(KA, 2, "kommunenummer", "0399"),
     f"{KA}:row 2:column 'kommunenummer'", "unknown kommunenummer '0399'"),
    ("negative count", cell(KA, 3, "vedtak", "-5"),
     f"{KA}:row 3:column 'vedtak'", "a count cannot be negative"),
    ("non-numeric count", cell(KA, 3, "bosatt", "mange"),
     f"{KA}:row 3:column 'bosatt'", "'mange' in column 'bosatt' is not a whole number"),
    ("decimal count", cell(KA, 3, "bosatt", "12.5"),
     f"{KA}:row 3:column 'bosatt'", "is not a whole number"),
    ("infinite share", cell(KA, 4, "sysselsetting_pct", "inf"),
     f"{KA}:row 4:column 'sysselsetting_pct'", "is not a number"),
    ("not-a-number share", cell(KA, 4, "sysselsetting_pct", "nan"),
     f"{KA}:row 4:column 'sysselsetting_pct'", "is not a number"),
    ("exponent share", cell(KA, 4, "sysselsetting_pct", "1e400"),
     f"{KA}:row 4:column 'sysselsetting_pct'", "is not a number"),
    ("duplicate kommune", edit(KA, _lines(lambda rows: [*rows[:-1], rows[1], ""])),
     f"{KA}:row 359:column 'kommunenummer'", "duplicate kommunenummer '0301' (first at row 2)"),
    ("unclosed quote", edit(KA, lambda text: text.replace("\n0301,", '\n"0301,', 1)),
     f"{KA}:row 2", "the row has"),
    ("impossible date", cell(PE, 2, "bosatt_dato", "2026-02-30"),
     f"{PE}:row 2:column 'bosatt_dato'", "'2026-02-30' is not a real date"),
    ("settled before permit", cell(PE, 2, "bosatt_dato", "2023-01-01"),
     f"{PE}:row 2:column 'bosatt_dato'", "settled before the permit"),
    ("duplicate person", edit(PE, lambda text: text + text.split("\n")[1] + "\n"),
     f"{PE}:row 42:column 'record_id'", "duplicate record_id"),
    ("impossible month", cell(BE, 2, "maaned", "2026-13"),
     f"{BE}:row 2:column 'maaned'", "'2026-13' is not a month"),
    ("negative occupancy", cell(BE, 2, "beboere", "-5"),
     f"{BE}:row 2:column 'beboere'", "a count cannot be negative"),
    ("yaml duplicate key", edit(NA, lambda text: text + "aar: 2027\n"),
     f"{NA}:12:1", "duplicate key 'aar' (first at line 5)"),
    ("yaml absurd number", edit(NA, lambda text: text.replace("bosettingsbehov: 13000", "bosettingsbehov: 1e400")),
     f"{NA}:6:18", "'1e400' is a number in a form we do not read"),
    ("yaml top-level list", raw(NA, b"- 1\n- 2\n"), f"{NA}:1:1", "expected a mapping"),
    ("yaml tabs", edit(NA, lambda text: text.replace("aar: 2026", "aar:\n\t2026")), f"{NA}:6:1", "a tab character"),
    ("register date order", edit(UN, lambda text: text.replace('gyldig_til: "2026-03-31"', 'gyldig_til: "2026-02-28"')),
     f"{UN}:6:", "gyldig_til 2026-02-28 is before gyldig_fra 2026-03-01"),
    ("binary table", raw(KA, bytes(range(256)) * 4), f"{KA}:1:", "the file is binary"),
    ("empty table", raw(KA, b""), f"{KA}: error:", "the file is empty"),
]


@pytest.mark.parametrize(("mutation", "where", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_data_through_data_check(runner: CliRunner, data: Path, mutation: Mutation, where: str,
                                     message: str) -> None:
    mutation(data)
    result = runner.invoke(main, ["data", "check", str(data)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "Internal error" not in result.output
    lines = [line for line in result.output.splitlines() if ": error: " in line]
    assert any(line.startswith(f"data/{where}") and message in line for line in lines), result.output


def test_the_small_data_is_valid(runner: CliRunner, data: Path) -> None:
    result = runner.invoke(main, ["data", "check", str(data)])
    assert result.exit_code == 0, result.output
    assert "40 person records" in result.output


def test_every_problem_of_every_data_file_in_one_run(runner: CliRunner, data: Path) -> None:
    for mutation in (CASES[3][1], CASES[13][1], CASES[16][1], CASES[18][1]):
        mutation(data)
    result = runner.invoke(main, ["data", "check", str(data)])
    assert result.exit_code == 1
    files = {line.split(":")[0] for line in result.output.splitlines() if ": error: " in line}
    assert files == {f"data/{KA}", f"data/{PE}", f"data/{BE}", f"data/{NA}"}


def test_a_hostile_yaml_data_file_is_never_executed(runner: CliRunner, data: Path, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    edit(NA, lambda text: text.replace("bosettingsbehov: 13000",
                                       f'bosettingsbehov: !!python/object/apply:os.system ["touch {marker}"]'))(data)
    result = runner.invoke(main, ["data", "check", str(data)])
    assert result.exit_code == 1
    assert not marker.exists()
    assert f"data/{NA}:6:18: error: the tag '!!python/object/apply:os.system' is not allowed" in result.output


def test_an_alias_bomb_in_a_register_is_refused(runner: CliRunner, data: Path) -> None:
    bomb = "x0: &a0 [l, l, l, l, l, l, l, l, l, l]\n" + "".join(
        f"x{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]\n" for i in range(1, 9))
    edit(UN, lambda text: text + bomb)(data)
    result = runner.invoke(main, ["data", "check", str(data)])
    assert result.exit_code == 1
    assert "alias bomb" in result.output
    assert "Traceback" not in result.output


def test_a_missing_data_folder_is_invalid_input(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["data", "check", str(tmp_path / "nothing")])
    assert result.exit_code == 1
    assert "the data directory does not exist" in result.output


# --- through bosetting evaluate ------------------------------------------------------------------

@pytest.mark.parametrize(("mutation", "where", "message"), [CASES[3][1:], CASES[13][1:], CASES[18][1:]],
                         ids=[CASES[3][0], CASES[13][0], CASES[18][0]])
def test_bad_data_through_evaluate(runner: CliRunner, data: Path, mutation: Mutation, where: str,
                                   message: str) -> None:
    mutation(data)
    result = runner.invoke(main, ["evaluate", "--year", "2026", "--data", str(data)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert any(line.startswith(f"data/{where}") and message in line for line in result.output.splitlines())


def test_a_count_too_large_for_the_engine_is_invalid_input_not_a_bug(runner: CliRunner, data: Path) -> None:
    """A count beyond any real figure is refused by the reader, at its row; never an internal error (exit 3)."""
    cell(KA, 2, "anmodning", "9" * 16)(data)
    result = runner.invoke(main, ["evaluate", "--year", "2026", "--data", str(data)])
    assert result.exit_code == 1, result.output
    assert "Internal error" not in result.output
    assert f"data/{KA}:row 2:column 'anmodning': error: {'9' * 16} is above the maximum" in result.output


def test_evaluate_of_a_year_the_data_lacks_is_wrong_usage(runner: CliRunner, data: Path) -> None:
    result = runner.invoke(main, ["evaluate", "--year", "2031", "--data", str(data)])
    assert result.exit_code == 2
    assert "the data has no year 2031" in result.output


def test_a_kommune_table_with_only_its_header_is_invalid_input(runner: CliRunner, data: Path) -> None:
    table = data / KA
    table.write_text(table.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    result = runner.invoke(main, ["data", "check", str(data)])
    assert result.exit_code == 1, result.output
    assert f"data/{KA}:row 2: error: the table has a header but no rows" in result.output
