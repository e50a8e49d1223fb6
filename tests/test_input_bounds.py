"""Bounds on what a data folder can make the tool read, hold or print (issue 13).

A file over its size bound is refused before it is read or hashed; a symbolic link out of the data folder is
refused, naming the link; an error message quotes a bounded excerpt of a value, with control characters
shown as escapes; a text cell cannot carry control characters into the outputs.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner
from small_data import write_small_data

from bosetting.engine.problems import MAX_MESSAGE_CHARS, MAX_QUOTED_CHARS, InputError, Problem, excerpt
from bosetting.obligations.cli import main
from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.data.tables import MAX_TABLE_BYTES


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return write_small_data(tmp_path / "data")


def _problems(data: Path) -> list[Problem]:
    with pytest.raises(InputError) as caught:
        load_dataset(data)
    return list(caught.value.problems)


def test_a_file_over_the_size_bound_is_refused_before_it_is_read_or_hashed(data: Path) -> None:
    table = data / "2026" / "personer.csv"
    table.unlink()
    with open(table, "wb") as handle:  # sparse: 300 MB on paper, nothing on disk
        handle.truncate(300 * 1024 * 1024)
    tracemalloc.start()
    problems = _problems(data)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [p.format() for p in problems if "personer" in p.file] == [
        f"data/2026/personer.csv: error: the file is {300 * 1024 * 1024} bytes; the limit is {MAX_TABLE_BYTES} bytes"]
    assert peak < 30_000_000, f"{peak} bytes traced: the file was read"


def test_a_register_over_its_bound_is_refused_the_same_way(data: Path) -> None:
    register = data / "2026" / "registre" / "tiltak.yaml"
    with open(register, "r+b") as handle:
        handle.truncate(21 * 1024 * 1024)
    assert any("tiltak.yaml" in p.file and "the limit is 20971520 bytes" in p.message for p in _problems(data))


def test_a_symbolic_link_out_of_the_data_folder_is_refused_naming_the_link(data: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.csv"
    table = data / "2026" / "belegg.csv"
    outside.write_bytes(table.read_bytes())
    table.unlink()
    table.symlink_to(outside)
    problems = _problems(data)
    assert [p.format() for p in problems] == [
        f"data/2026/belegg.csv: error: a symbolic link to {outside}, outside the data folder: it is not followed; "
        "copy the file into the data folder"]


def test_a_linked_year_folder_is_named_once(data: Path, tmp_path: Path) -> None:
    moved = tmp_path / "year-2026"
    (data / "2026").rename(moved)
    (data / "2026").symlink_to(moved, target_is_directory=True)
    problems = _problems(data)
    assert len(problems) == 1 and problems[0].file == "data/2026" and "symbolic link" in problems[0].message


def test_a_link_inside_the_data_folder_is_followed(data: Path) -> None:
    (data / "2026" / "kommuner.csv").symlink_to(Path("..") / "kommuner.csv")
    dataset = load_dataset(data)
    assert "data/2026/kommuner.csv" in dataset.files


def test_a_link_to_a_device_is_refused(data: Path) -> None:
    table = data / "2026" / "belegg.csv"
    table.unlink()
    table.symlink_to("/dev/zero")
    assert any("symbolic link to /dev/zero" in p.message for p in _problems(data))


def _check(data: Path) -> str:
    result = CliRunner().invoke(main, ["data", "check", str(data)])
    assert result.exit_code == 1
    assert len(result.output) < 2000, "the value is not echoed whole"
    return result.output


def test_a_long_cell_is_quoted_as_an_excerpt(data: Path) -> None:
    table = data / "2026" / "kommune_aar.csv"
    lines = table.read_text(encoding="utf-8").splitlines()
    cells = lines[1].split(",")
    cells[1] = "9" * 100 + "x" * 100_000  # the csv module stops at 131072 characters a field
    lines[1] = ",".join(cells)
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = _check(data)
    assert "in column 'anmodning' is not a whole number" in output and "(100100 characters)" in output


def test_a_two_megabyte_register_value_is_quoted_as_an_excerpt(data: Path) -> None:
    register = data / "2026" / "registre" / "unntak.yaml"
    register.write_text('synthetic: true\nunntak:\n  - forpliktelse: "1.7"\n    subject: "national"\n'
                        '    avtalt_av: "IMDi"\n    begrunnelse: "x"\n    gyldig_fra: "2026-01-01' + "0" * 2_000_000
                        + '"\n    gyldig_til: "2026-12-31"\n', encoding="utf-8")
    output = _check(data)
    assert "is not a date" in output and "(2000010 characters)" in output


def test_a_two_megabyte_rule_value_is_quoted_as_an_excerpt(tmp_path: Path) -> None:
    example = Path(__file__).parent / "fixtures" / "rules" / "valid" / "eksempel.yaml"
    text = example.read_text(encoding="utf-8").replace("status: adopted", "status: " + "x" * 2_000_000)
    path = tmp_path / "regler.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert len(result.output) < 2000 and "(2000000 characters)" in result.output


def test_excerpt_and_messages_are_bounded_and_visible() -> None:
    assert excerpt("a" * 1000) == "a" * MAX_QUOTED_CHARS + "… (1000 characters)"
    assert excerpt("Oslo\x1b[2J\u202eslO\n") == "Oslo\\x1b[2J\\u202eslO\\n"
    long = Problem("f.csv", 1, 1, "x" * 5000 + " the end")
    assert len(long.message) <= MAX_MESSAGE_CHARS and long.message.endswith("the end")
    assert Problem("f\x1b.csv").file == "f\\x1b.csv"


# (A carriage return inside a CSV cell is read as a line break, as Excel writes one.)
@pytest.mark.parametrize("character", ["\x1b", "\x00", "\x07", "\x85", "\u202e", "\u2066"])
def test_a_text_cell_with_a_control_character_is_refused_at_its_cell(data: Path, character: str) -> None:
    register = data / "kommuner.csv"
    text = register.read_text(encoding="utf-8")
    assert ",Oslo,03," in text
    register.write_bytes(text.replace(",Oslo,03,", f",\"Os{character}lo\",03,", 1).encode("utf-8"))
    problems = _problems(data)
    expected = f"U+{ord(character):04X} at position 3: remove it"
    if character == "\x00":
        assert any("binary" in p.message for p in problems)
        return
    assert any(p.row == 2 and p.column_name == "navn" and expected in p.message for p in problems), \
        [p.format() for p in problems]
    assert all(character not in p.format() for p in problems)


def test_a_control_character_escaped_in_a_yaml_register_is_refused(data: Path) -> None:
    register = data / "2026" / "registre" / "unntak.yaml"
    register.write_text('synthetic: true\nunntak:\n  - forpliktelse: "1.7"\n    subject: "national"\n'
                        '    avtalt_av: "IMDi\\e[31m"\n    begrunnelse: "x"\n    gyldig_fra: "2026-01-01"\n'
                        '    gyldig_til: "2026-12-31"\n', encoding="utf-8")
    assert any("unntak.yaml" in p.file and "U+001B" in p.message for p in _problems(data))



@pytest.mark.parametrize(("cell", "column"), [("０３０１", "kommunenummer"), ("٠٣٠١", "kommunenummer")])
def test_digits_of_other_scripts_are_not_a_kommunenummer(data: Path, cell: str, column: str) -> None:
    register = data / "kommuner.csv"
    text = register.read_text(encoding="utf-8")
    register.write_text(text.replace("\n0301,Oslo,", f"\n{cell},Oslo,", 1), encoding="utf-8")
    assert any(p.row == 2 and p.column_name == column and "must be exactly four digits" in p.message
               for p in _problems(data))


def test_full_width_digits_are_not_a_count(data: Path) -> None:
    register = data / "kommuner.csv"
    text = register.read_text(encoding="utf-8")
    register.write_text(text.replace(",717710,", ",７１７７１０,", 1), encoding="utf-8")
    assert any(p.row == 2 and p.column_name == "innbyggere" and "is not a whole number" in p.message
               for p in _problems(data))


def test_a_header_of_many_unknown_columns_is_a_few_problems(data: Path) -> None:
    table = data / "2026" / "belegg.csv"
    lines = table.read_text(encoding="utf-8").splitlines()
    lines[0] += "," + ",".join(f"x{i}" for i in range(5000))
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = [p for p in _problems(data) if "belegg" in p.file]
    assert len(problems) == 21
    assert any("and 4980 more unknown columns" in p.message for p in problems)


@pytest.mark.parametrize("content", [b"\xff\xfe{}", b'{"findings": [{"finding_id": "x"}]}', b'{"findings": 3}',
                                     b'{"findings": [{"finding_id": "x", "status": "met", "title": "t"}]}',
                                     b'{"findings": [{"finding_id": "x", "status": "met", "title": {}}]}',
                                     b"[" * 100_000])
def test_review_diff_of_a_folder_that_is_not_a_review_is_invalid_input(tmp_path: Path, content: bytes) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
    (tmp_path / "a" / "findings.json").write_text('{"findings": []}', encoding="utf-8")
    (tmp_path / "b" / "findings.json").write_bytes(content)
    result = CliRunner().invoke(main, ["review", "diff", str(tmp_path / "a"), str(tmp_path / "b")])
    assert result.exit_code == 1, result.output
    assert "not a findings.json written by `bosetting review`" in result.output


def test_review_diff_shows_what_a_folder_says_as_visible_text(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
    (tmp_path / "a" / "findings.json").write_text('{"findings": []}', encoding="utf-8")
    (tmp_path / "b" / "findings.json").write_text(
        '{"findings": [{"finding_id": "x", "status": "met", "title": {"nb": "r\\u00f8d\\u202e"},'
        ' "ruleset": {"id": "r"}, "provision": "1.1", "subject": {"kind": "kommune", "id": "0301",'
        ' "name": "Oslo\\u001b[2J"}}]}',
        encoding="utf-8")
    result = CliRunner().invoke(main, ["review", "diff", str(tmp_path / "a"), str(tmp_path / "b")])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\u202e" not in result.output
    assert "  1.1 rød\\u202e\n" in result.output, "the point, its control character shown as text"
    assert "Oslo\\x1b[2J: ny → oppfylt" in result.output, "the kommune, likewise"
