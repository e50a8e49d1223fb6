"""`data check` cross-checks files that describe the same thing (issue 13).

Bergen's `bosatt` changed from 249 to 40 in kommune_aar.csv, while personer.csv still lists 249 persons
settled there, passed `data check` with "OK" and the review mixed the two. Each contradiction is now a
warning naming both files and the rows; the review lists them and says which file each figure comes from.
"""

from __future__ import annotations

import csv
import io
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from bosetting.obligations.cli import main
from bosetting.obligations.data.crosscheck import contradictions
from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.data.records import PersonRecords
from bosetting.obligations.paths import DATA_DIR


@pytest.fixture(scope="module")
def bundled_notes() -> tuple[object, ...]:
    return load_dataset(DATA_DIR).notes


def test_the_bundled_data_has_no_contradiction(bundled_notes: tuple[object, ...]) -> None:
    assert bundled_notes == ()
    result = CliRunner().invoke(main, ["data", "check"])
    assert result.exit_code == 0 and "warning" not in result.output


def _edit(path: Path, key: str, changes: dict[str, str]) -> int:
    """Change cells of the row whose first cell is `key`; return its row number."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    header = rows[0]
    for number, row in enumerate(rows, start=1):
        if row[0] == key:
            for column, value in changes.items():
                row[header.index(column)] = value
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator="\n").writerows(rows)
            path.write_text(buffer.getvalue(), encoding="utf-8")
            return number
    raise AssertionError(f"no row {key}")


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, int]:
    data = tmp_path_factory.mktemp("crosscheck") / "data"
    shutil.copytree(DATA_DIR, data)
    bergen = _edit(data / "2027" / "kommune_aar.csv", "4601", {"bosatt": "40", "bosatt_em": "5"})
    january = _edit(data / "2027" / "belegg.csv", "2027-01", {"bosettingsklare": "10"})
    return data, bergen, january


def test_settled_per_kommune_against_the_person_file(changed: tuple[Path, int, int]) -> None:
    data, bergen, january = changed
    result = CliRunner().invoke(main, ["data", "check", str(data)])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if ": warning: " in line]
    assert len(lines) == 3, lines
    bosatt = next(line for line in lines if "'bosatt':" in line)
    assert bosatt.startswith(f"data/2027/kommune_aar.csv:row {bergen}:column 'bosatt': warning: bosatt is 40 "
                             "for 4601 Bergen, but data/2027/personer.csv has 249 persons settled there in 2027 "
                             "(rows ")
    assert "and 244 more" in bosatt
    assert any(f"kommune_aar.csv:row {bergen}:column 'bosatt_em'" in line and "21 enslige mindreårige" in line
               for line in lines)
    assert any(f"belegg.csv:row {january}:column 'bosettingsklare'" in line and "persons waiting there" in line
               for line in lines)
    assert "3 warning(s)" in result.output


def test_the_rows_of_the_person_file_are_the_settled_ones(changed: tuple[Path, int, int]) -> None:
    data, _, _ = changed
    dataset = load_dataset(data)
    found = [c for c in contradictions(dataset) if c.column == "bosatt"]
    assert len(found) == 1
    rows = set(found[0].other_rows)
    in_file = dataset.persons[2027]
    assert isinstance(in_file, PersonRecords)
    persons = [p for i, p in enumerate(in_file) if in_file.row_at(i) in rows]
    assert len(persons) == 249 and {p.kommunenummer for p in persons} == {"4601"}


def test_the_contradictions_kept_from_reading_are_those_worked_out_again(changed: tuple[Path, int, int]) -> None:
    """load_dataset works them out once and keeps them; asked again, per year or for every year, they are the
    ones a dataset that did not keep them gives."""
    dataset = load_dataset(data := changed[0])
    assert dataset.contradictions is not None and len(dataset.contradictions) == 3, data
    not_kept = replace(dataset, contradictions=None)
    for year in (None, 2026, 2027):
        assert contradictions(dataset, year) == contradictions(not_kept, year)
    assert len(contradictions(not_kept, 2027)) == 3 and contradictions(not_kept, 2026) == []


def test_a_year_published_per_fylke_still_has_its_contradictions(changed: tuple[Path, int, int],
                                                                  tmp_path: Path) -> None:
    """Only the years with a kommune table are worked out when the folder is read; a year with fylke_aar.csv
    instead is worked out when asked for: its person file and belegg can still disagree."""
    data = tmp_path / "data"
    shutil.copytree(changed[0], data)
    (data / "2027" / "kommune_aar.csv").unlink()
    register = list(csv.DictReader(io.StringIO((data / "kommuner.csv").read_text(encoding="utf-8"))))
    fylker = sorted({row["fylkesnummer"] for row in register})
    (data / "2027" / "fylke_aar.csv").write_text(
        "fylkesnummer;anmodning;vedtak\n" + "".join(f"{f};100;100\n" for f in fylker), encoding="utf-8")
    dataset = load_dataset(data)
    assert 2027 not in dataset.years
    found = contradictions(dataset, 2027)
    assert [c.column for c in found] == ["bosettingsklare"]  # the January belegg row the fixture changed
    assert found == contradictions(replace(dataset, contradictions=None), 2027)


def test_the_review_says_which_file_each_figure_comes_from_and_lists_the_contradictions(
        changed: tuple[Path, int, int], tmp_path: Path) -> None:
    data, _, _ = changed
    result = CliRunner().invoke(main, ["review", "--data", str(data), "--out", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    assert "warning: bosatt is 40 for 4601 Bergen" in result.output
    report = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    assert "### Hvor tallene kommer fra" in report
    assert "| Bosettingsklare, ventetid og bosatte innen referanseverdien for ventetid, per gruppe og per måned | " \
           "data/2027/personer.csv |" in report
    assert "### Filer som ikke stemmer overens" in report
    assert "| 4601 Bergen | bosatte | 40 | data/2027/personer.csv: 249 |" in report


def test_a_settled_person_in_a_kommune_without_a_row(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("2027"))
    table = data / "2026" / "kommune_aar.csv"
    lines = table.read_text(encoding="utf-8").splitlines()
    removed = next(line for line in lines if line.startswith("4601,"))
    table.write_text("\n".join(line for line in lines if line != removed) + "\n", encoding="utf-8")
    dataset = load_dataset(data)
    found = [c for c in contradictions(dataset) if c.column == "kommunenummer"]
    assert len(found) == 1 and found[0].subject == "4601 Bergen" and found[0].stated is None
    assert found[0].source.startswith("data/2026/personer.csv:row ")
