"""One fixture per kind of bad input; each test asserts the file, row, column and message of the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from bosetting.engine.problems import InputError, Problem
from bosetting.obligations.data import readers
from bosetting.obligations.data.columns import Chunk, Row
from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.data.registers import read_register
from bosetting.obligations.data.spec import TILTAK
from bosetting.obligations.data.tables import read_table

FIXTURES = Path(__file__).parent / "fixtures" / "data"


@pytest.fixture(scope="module")
def register() -> dict:
    kommuner, problems = readers.read_kommuner(FIXTURES / "kommuner.csv", "kommuner.csv")
    assert problems == []
    return kommuner


def kommune_aar_problems(name: str, register: dict) -> list[Problem]:
    records, problems = readers.read_kommune_aar(FIXTURES / "kommune_aar" / f"{name}.csv", f"{name}.csv", 2026,
                                                 register)
    return problems


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [p.format() for p in problems]
    return problems[0]


def test_valid_fixture_has_no_problems(register: dict) -> None:
    records, problems = readers.read_kommune_aar(FIXTURES / "kommune_aar" / "valid.csv", "valid.csv", 2026, register)
    assert problems == [] and sorted(records) == ["0301", "1103", "1804", "4601", "5501"]
    assert records["1804"].vedtak is None and records["4601"].vedtak == 0


@pytest.mark.parametrize(("fixture", "row", "column", "message"), [
    ("kommunenummer_three_digits", 2, "kommunenummer",
     "kommunenummer '301' must have four digits; did you mean '0301'? (Excel drops leading zeros: "
     "format the column as text)"),
    ("unknown_kommunenummer", 4, "kommunenummer", "unknown kommunenummer '1899': not in the kommune register for 2026"),
    ("duplicate_key", 7, "kommunenummer", "duplicate kommunenummer '1103' (first at row 3)"),
    ("negative_count", 3, "vedtak", "-100 is below the minimum in column 'vedtak': a count cannot be negative"),
    ("non_numeric_count", 5, "anmodning", "'mange' in column 'anmodning' is not a whole number"),
    ("em_more_than_total", 6, "bosatt_em", "bosatt_em (90) is more than bosatt (88)"),
    ("em_without_total", 4, "vedtak_em", "vedtak_em is given but vedtak is empty"),
    ("missing_column", 1, "anmodning", "the required column 'anmodning' is missing from the header"),
    ("unknown_column", 1, "sysselsettings_pct",
     "unknown column 'sysselsettings_pct': did you mean 'sysselsetting_pct'?"),
    ("truncated_row", 4, None, "the row has 9 fields but the header has 14"),
])
def test_kommune_aar_error(register: dict, fixture: str, row: int, column: str | None, message: str) -> None:
    problems = kommune_aar_problems(fixture, register)
    if fixture == "missing_column":  # the missing column is one problem; rows are not read without their columns
        problems = [p for p in problems if p.column_name == column]
    problem = only(problems)
    assert (problem.file, problem.row, problem.column_name) == (f"{fixture}.csv", row, column)
    assert message in problem.message
    assert problem.location().startswith(f"{fixture}.csv:row {row}")


@pytest.mark.parametrize(("fixture", "message"), [
    ("empty", "the file is empty"),
    ("binary", "the file is binary"),
    ("invalid_encoding", "neither UTF-8 nor Windows-1252"),
])
def test_whole_file_errors_name_the_file(register: dict, fixture: str, message: str) -> None:
    problem = only(kommune_aar_problems(fixture, register))
    assert problem.file == f"{fixture}.csv" and message in problem.message
    if fixture == "invalid_encoding":
        assert "CSV UTF-8" in problem.message and "line 7" in problem.message


def test_every_error_in_a_file_is_reported_in_one_run(register: dict) -> None:
    problems = kommune_aar_problems("many_errors", register)
    located = [(p.row, p.column_name) for p in problems]
    assert located == [(2, "kommunenummer"), (3, "vedtak"), (4, "kommunenummer"), (5, "anmodning"), (6, None)]


def test_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_table(FIXTURES / "kommune_aar" / "valid.csv", "valid.csv", max_bytes=100)
    assert "the limit is 100 bytes" in only(caught.value.problems).message


def personer_problems(name: str, register: dict) -> list[Problem]:
    return readers.read_personer(FIXTURES / "personer" / f"{name}.csv", f"{name}.csv", register)[1]


def test_valid_personer(register: dict) -> None:
    records, problems = readers.read_personer(FIXTURES / "personer" / "valid.csv", "valid.csv", register)
    assert problems == [] and [records.source_at(i) for i in range(len(records))] == [
        f"valid.csv:row {n}" for n in (2, 3, 4, 5)]
    assert records[2].bosatt_dato is None and records[2].kommunenummer is None


@pytest.mark.parametrize(("fixture", "row", "column", "message"), [
    ("impossible_date", 4, "tillatelse_dato", "'2026-02-30' is not a real date (day is out of range for month)"),
    ("settled_before_permit", 2, "bosatt_dato", "bosatt_dato 2025-12-24 is before tillatelse_dato 2026-01-10"),
    ("bosettingsklar_before_permit", 3, "bosettingsklar_dato",
     "bosettingsklar_dato 2026-01-15 is before tillatelse_dato 2026-02-01"),
    ("omsorgssenter_for_adult", 2, "ventested", "only enslige mindreårige wait in an omsorgssenter"),
])
def test_personer_error(register: dict, fixture: str, row: int, column: str, message: str) -> None:
    problem = only(personer_problems(fixture, register))
    assert (problem.file, problem.row, problem.column_name) == (f"{fixture}.csv", row, column)
    assert message in problem.message


def test_a_repeated_person_id_is_reported_with_its_first_row_after_the_file_is_read(register: dict,
                                                                                     tmp_path: Path) -> None:
    lines = (FIXTURES / "personer" / "valid.csv").read_text(encoding="utf-8").splitlines()
    # P-1 again at row 6 and row 7 (each naming row 2), and P-2 with a trailing space, which is the same id
    repeated = [*lines, lines[1], lines[1], lines[2].replace("P-2,", "P-2 ,")]
    path = tmp_path / "personer.csv"
    path.write_text("\n".join(repeated) + "\n", encoding="utf-8")
    problems = readers.read_personer(path, "personer.csv", register)[1]
    assert [(p.row, p.column_name, p.message) for p in problems] == [
        (6, "record_id", "duplicate record_id 'P-1' (first at row 2)"),
        (7, "record_id", "duplicate record_id 'P-1' (first at row 2)"),
        (8, "record_id", "duplicate record_id 'P-2' (first at row 3)")]


@pytest.mark.parametrize("in_a_set", [100_000, 0], ids=["hashes in a set", "hashes sorted"])
def test_keys_with_one_hash_are_compared_before_a_repeat_is_reported(monkeypatch: pytest.MonkeyPatch,
                                                                     in_a_set: int) -> None:
    """Only hashes are kept while a person file is read: two keys with one hash (in CPython -1 and -2 both hash
    to -2) are read again and compared, and only the true repeat is a problem. A table with no hash twice is not
    read again, whether its hashes are looked at in a set (a small table) or sorted (a large one)."""
    monkeypatch.setattr(readers._TableCheck, "HASHES_IN_A_SET", in_a_set)
    assert hash(-1) == hash(-2)
    unique = readers._TableCheck(readers.RawTable("t.csv", ["k"], []))
    assert len(list(unique.hashed_keys([Chunk([2, 3, 4], {"k": [-1, 7, 8]})], ("k",)))) == 1

    def not_again() -> list[Row]:
        raise AssertionError("read again, though no key hash repeats")

    unique.repeats(not_again, ("k",))
    assert unique.problems == []
    checker = readers._TableCheck(readers.RawTable("t.csv", ["k"], []))
    rows = [Row(2, {"k": -1}), Row(3, {"k": -2}), Row(4, {"k": 7}), Row(5, {"k": -1})]
    chunks = [Chunk([2, 3], {"k": [-1, -2]}), Chunk([4, 5], {"k": [7, -1]})]
    assert list(checker.hashed_keys(chunks, ("k",))) == chunks  # every row, while the file is read
    assert checker.problems == []
    checker.repeats(lambda: rows, ("k",))
    assert [(p.row, p.message) for p in checker.problems] == [(5, "duplicate k '-1' (first at row 2)")]


def test_a_text_seen_first_in_a_row_with_a_bad_cell_is_read_alike_in_later_rows(register: dict,
                                                                                 tmp_path: Path) -> None:
    """A date is converted the first time it is looked up, also in a row that has a bad cell elsewhere: that row is
    reported, and a later row with the same date reads it as the first good row would have; a bad date is reported
    in every row that has it, however often it repeats."""
    header, first, *_ = (FIXTURES / "personer" / "valid.csv").read_text(encoding="utf-8").splitlines()
    rows = [first.replace("P-1,", f"P-{n},").replace("2026-01-20", ready).replace(",nei,2026", f",{needs},2026")
            for n, (ready, needs) in enumerate([("20.01.2026", "kanskje"), ("20.01.2026", "nei"),
                                                ("2026-13-01", "nei"), ("2026-13-01", "ja"), (" 2026-01-20", "ja")],
                                               start=1)]
    path = tmp_path / "personer.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    records, problems = readers.read_personer(path, "personer.csv", register)
    assert [(p.row, p.column_name) for p in problems] == [
        (2, "saerskilte_behov"), (4, "bosettingsklar_dato"), (5, "bosettingsklar_dato")]
    assert [(records.source_at(i), r.bosettingsklar_dato.isoformat(), r.saerskilte_behov)
            for i, r in enumerate(records)] == [("personer.csv:row 3", "2026-01-20", False),
                                                ("personer.csv:row 6", "2026-01-20", True)]


def test_late_notice_is_data_not_an_error(register: dict) -> None:
    changes, problems = readers.read_kapasitet_endringer(
        FIXTURES / "kapasitet_endringer" / "late_notice_is_valid.csv", "k.csv", register)
    assert problems == []
    closure = changes[0]
    assert closure.varslet_dato is not None and closure.varslet_dato > closure.iverksatt_dato
    assert changes[2].varslet_dato is None


def test_change_in_effect_before_its_decision_is_an_error(register: dict) -> None:
    _, problems = readers.read_kapasitet_endringer(
        FIXTURES / "kapasitet_endringer" / "effective_before_decision.csv", "k.csv", register)
    problem = only(problems)
    assert (problem.row, problem.column_name) == (3, "iverksatt_dato")
    assert "cannot take effect before it is decided" in problem.message


def test_register_errors_are_all_located() -> None:
    result = read_register(FIXTURES / "registre" / "tiltak_errors.yaml", "tiltak.yaml", TILTAK)
    found = sorted((p.line, p.column_name, p.message) for p in result.problems)
    assert [(line, column) for line, column, _ in found] == [(4, "dato"), (12, "forpliktelse"), (13, "utlost_av")]
    messages = " | ".join(message for _, _, message in found)
    assert "'2026-02-30' is not a real date" in messages
    assert "write forpliktelse in quotes" in messages
    assert "unknown key 'utlost_av': did you mean 'utloest_av'?" in messages
    assert result.entries == []


def test_load_dataset_reports_problems_from_every_file_at_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "2026").mkdir(parents=True)
    (data / "kommuner.csv").write_bytes((FIXTURES / "kommuner.csv").read_bytes())
    (data / "2026" / "kommune_aar.csv").write_bytes(
        (FIXTURES / "kommune_aar" / "kommunenummer_three_digits.csv").read_bytes())
    (data / "2026" / "personer.csv").write_bytes((FIXTURES / "personer" / "impossible_date.csv").read_bytes())
    (data / "2026" / "belegg.cvs").write_text("maaned\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_dataset(data)
    files = {(p.file, p.row) for p in caught.value.problems}
    assert files == {("data/2026/kommune_aar.csv", 2), ("data/2026/personer.csv", 4),
                     ("data/2026/nasjonalt.yaml", None), ("data/2026/belegg.cvs", None)}
    messages = {p.file: p.message for p in caught.value.problems}
    assert "the required file is missing" in messages["data/2026/nasjonalt.yaml"]
    assert "did you mean 'belegg.csv'?" in messages["data/2026/belegg.cvs"]


def test_two_formats_of_one_table_are_ambiguous(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "2026").mkdir(parents=True)
    (data / "kommuner.csv").write_bytes((FIXTURES / "kommuner.csv").read_bytes())
    (data / "kommuner.xlsx").write_bytes(b"")
    (data / "2026" / "kommune_aar.csv").write_bytes((FIXTURES / "kommune_aar" / "valid.csv").read_bytes())
    with pytest.raises(InputError) as caught:
        load_dataset(data)
    assert any("keep one" in p.message for p in caught.value.problems)


def test_a_file_named_xlsx_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kommune_aar.xlsx"
    path.write_bytes(b"kommunenummer,anmodning\n0301,10\n")
    with pytest.raises(InputError) as caught:
        read_table(path, "kommune_aar.xlsx")
    assert "not a readable Excel workbook" in only(caught.value.problems).message


def test_dataset_is_synthetic_only_when_marked(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "2026").mkdir(parents=True)
    (data / "kommuner.csv").write_bytes((FIXTURES / "kommuner.csv").read_bytes())
    (data / "2026" / "kommune_aar.csv").write_bytes((FIXTURES / "kommune_aar" / "valid.csv").read_bytes())
    (data / "2026" / "nasjonalt.yaml").write_text(
        "aar: 2026\nbosettingsbehov: 10\nbosettingsbehov_em: 1\nprognose_bosettingsklare: 12\n", encoding="utf-8")
    assert load_dataset(data).synthetic is False
    (data / "SYNTHETIC.md").write_text("synthetic\n", encoding="utf-8")
    assert load_dataset(data).synthetic is True


def test_utf16_from_excel_unicode_text_gets_save_as_advice(tmp_path: Path) -> None:
    path = tmp_path / "kommune_aar.csv"
    path.write_bytes("kommunenummer\tanmodning\n0301\t10\n".encode("utf-16"))
    with pytest.raises(InputError) as caught:
        read_table(path, "kommune_aar.csv")
    assert "UTF-16" in only(caught.value.problems).message and "CSV UTF-8" in caught.value.problems[0].message


def test_a_nul_byte_deep_in_a_csv_is_found_and_located(tmp_path: Path) -> None:
    path = tmp_path / "kommune_aar.csv"
    path.write_bytes(b"kommunenummer,anmodning\n" + b"0301,10\n" * 10_000 + b"0301,1\x000\n")
    with pytest.raises(InputError) as caught:
        read_table(path, "kommune_aar.csv")
    problem = only(caught.value.problems)
    assert problem.line == 10_002 and "binary (a NUL byte on line 10002)" in problem.message


def test_a_field_over_the_csv_limit_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "kommune_aar.csv"
    path.write_bytes(b"kommunenummer,anmodning\n0301,\"" + b"x" * 200_000 + b"\"\n")
    with pytest.raises(InputError) as caught:
        list(read_table(path, "kommune_aar.csv").rows)  # the rows are read as they are iterated
    assert "cannot be read as CSV at line" in only(caught.value.problems).message
    # Read through a reader, the file's problem is its only problem, and no row is kept.
    records, problems = readers.read_kommune_aar(path, "kommune_aar.csv", 2026, {})
    assert records == {}
    assert "cannot be read as CSV at line 2" in only(problems).message


@pytest.mark.parametrize(("name", "good", "value", "out_of_bounds"), [
    ("anmodning", "12", 12, "-3"), ("sysselsetting_pct", "12.5", 12.5, "100.5")])
def test_a_number_written_alike_in_many_rows_is_read_alike_and_each_bad_one_reported(
        tmp_path: Path, register: dict, name: str, good: str, value: float, out_of_bounds: str) -> None:
    """Numbers are converted once per distinct text (as dates are): a text that does not convert is not kept, so
    every row that has it is reported; a bound is checked for every row, the first and the later ones."""
    valid = (FIXTURES / "kommune_aar" / "valid.csv").read_text(encoding="utf-8").splitlines()
    header = valid[0].split(",")
    column = header.index(name)

    def with_value(line: str, text: str) -> str:
        cells = line.split(",")
        cells[column] = text
        return ",".join(cells)

    rows = [with_value(line, text) for line, text in zip(valid[1:], ["mange", good, "mange", good, out_of_bounds],
                                                         strict=False)]
    path = tmp_path / "kommune_aar.csv"
    path.write_text("\n".join([valid[0], *rows, with_value(valid[-1], out_of_bounds)]) + "\n", encoding="utf-8")
    records, problems = readers.read_kommune_aar(path, "kommune_aar.csv", 2026, register)
    assert [(p.row, p.column_name) for p in problems if name in p.message] == \
        [(2, name), (4, name), (6, name), (7, name)]
    assert [getattr(r, name) for r in records.values()] == [value, value]
