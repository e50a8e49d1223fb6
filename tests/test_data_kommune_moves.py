"""Kommuner that change number or fylke: person, capacity and delivery records mapped to the year's register,
and per-fylke sums in the fylker of the year evaluated (fixture: tests/fixtures/data/kommune_moves, SYNTHETIC.md)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from bosetting.engine.problems import InputError
from bosetting.obligations.cli import main
from bosetting.obligations.data.changes import ChangeTable, Mapped, Refused
from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.data.facts import fylke_year_facts
from bosetting.obligations.data.readers import read_changes
from bosetting.obligations.data.records import NumberChange, PersonRecords
from bosetting.obligations.data.spec import KOMMUNEENDRINGER

FIXTURE = Path(__file__).parent / "fixtures" / "data" / "kommune_moves"
PERSON_HEADER = ("record_id,gruppe,saerskilte_behov,tillatelse_dato,bosettingsklar_dato,bosatt_dato,ventested,"
                 "kommunenummer,bosatt_av,overforingsflyktning\n")
CHANGE_HEADER = "endring_id,mottakstype,navn,kommunenummer,endring,plasser,vedtaksdato,varslet_dato,iverksatt_dato\n"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """The fixture without Volda (a merge across fylker, which a year before 2020 cannot place)."""
    folder = tmp_path / "data"
    shutil.copytree(FIXTURE, folder)
    register = folder / "kommuner.csv"
    register.write_text("".join(line for line in register.read_text(encoding="utf-8").splitlines(keepends=True)
                                if not line.startswith("1577,")), encoding="utf-8")
    return folder


def _year(data: Path, year: int, kommune_rows: str = "0301;100;90;1\n3101;20;20;1\n5061;10;5;0\n1508;30;30;0\n"
          "1580;10;10;0\n") -> Path:
    folder = data / str(year)
    folder.mkdir()
    (folder / "nasjonalt.yaml").write_text(f"aar: {year}\nbosettingsbehov: 1000\n", encoding="utf-8")
    (folder / "kommune_aar.csv").write_text("kommunenummer;anmodning;vedtak;bosatt\n" + kommune_rows,
                                            encoding="utf-8")
    return folder


def _person(record_id: str, kommune: str) -> str:
    settled = ("2026-05-02", kommune, "IMDi") if kommune else ("", "", "")
    return (f"{record_id},voksen_uten_barn,nei,2026-01-10,2026-01-20,{settled[0]},asylmottak,{settled[1]},"
            f"{settled[2]},nei\n")


def test_a_person_under_an_earlier_number_is_counted_in_the_kommune_of_the_year(data: Path) -> None:
    folder = _year(data, 2026)
    (folder / "personer.csv").write_text(PERSON_HEADER + _person("P-1", "3001") + _person("P-2", "0301")
                                         + _person("P-3", ""), encoding="utf-8")
    result = CliRunner().invoke(main, ["data", "check", str(data)])
    assert result.exit_code == 0, result.output
    assert ("data/2026/personer.csv: warning: 1 number(s) from another year's register mapped to the register of "
            "2026 through data/kommuneendringer.csv: 3001 → 3101") in result.output
    assert "disagree" not in result.output  # Halden's bosatt 1 is the one person, found under its 2026 number
    persons = load_dataset(data).persons[2026]
    assert isinstance(persons, PersonRecords)
    assert (persons[0].kommunenummer, persons.mapped_at(0)) == ("3101", "3001 → 3101 "
                                                                        "(data/kommuneendringer.csv:row 11)")
    assert persons.mapped_at(1) is None and persons[2].kommunenummer is None
    assert [persons.source_at(i) for i in range(3)] == [f"data/2026/personer.csv:row {n}" for n in (2, 3, 4)]


def test_a_person_under_a_number_that_was_split_is_refused_with_its_row(data: Path) -> None:
    folder = _year(data, 2026)
    (folder / "personer.csv").write_text(PERSON_HEADER + _person("P-1", "0301") + _person("P-2", "1507"),
                                         encoding="utf-8")
    result = CliRunner().invoke(main, ["data", "check", str(data)])
    assert result.exit_code == 1
    assert ("data/2026/personer.csv:row 3:column 'kommunenummer': error: kommune '1507' was split on 2024-01-01 into "
            "1508, 1580 (data/kommuneendringer.csv:rows 12, 13): the number does not say which of them the record "
            "belongs to; give the kommunenummer valid in 2026") in result.output


def test_a_capacity_change_keeps_how_its_host_kommune_was_mapped(data: Path) -> None:
    folder = _year(data, 2026)
    (folder / "kapasitet_endringer.csv").write_text(
        CHANGE_HEADER + "E-1,asylmottak,Halden mottak,3001,nedlagt,100,2026-05-20,2026-05-01,2026-06-01\n"
        "E-2,asylmottak,Rindal mottak,1567,nedlagt,50,2026-05-20,2026-05-01,2026-06-01\n", encoding="utf-8")
    changes = load_dataset(data).capacity_changes[2026]
    assert [(c.kommunenummer, c.mapped_from) for c in changes] == [
        ("3101", "3001 → 3101 (data/kommuneendringer.csv:row 11)"),
        ("5061", "1567 → 5061 (data/kommuneendringer.csv:row 3)")]


def test_a_delivery_to_a_fylkeskommune_of_another_structure_is_mapped_or_refused(data: Path) -> None:
    folder = _year(data, 2026)
    (folder / "registre").mkdir()
    register = folder / "registre" / "statistikkleveranser.yaml"
    entry = '  - fra: "IMDi"\n    til: "fylkeskommune:{}"\n    dato: "2026-02-05"\n    innhold: "x"\n' \
            '    maaned: "2026-01"\n'
    register.write_text("leveranser:\n" + entry.format("16"), encoding="utf-8")
    dataset = load_dataset(data)
    assert dataset.deliveries[2026][0].til == "fylkeskommune:50"  # Sør-Trøndelag, merged into Trøndelag in 2018
    register.write_text("leveranser:\n" + entry.format("16") + entry.format("54"), encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_dataset(data)
    assert ("data/2026/registre/statistikkleveranser.yaml:7:0: error: fylke '54' was split on 2024-01-01 into 55, 56"
            in error.value.problems[0].format())


def test_a_kommune_that_moved_fylke_is_summed_in_the_fylke_of_the_year(data: Path) -> None:
    """Rindal (5061 in the register) was 1567 in Møre og Romsdal until 2019, and is in Trøndelag from 2020."""
    _year(data, 2019)
    _year(data, 2024)
    result = CliRunner().invoke(main, ["data", "indicators", str(data)])
    assert result.exit_code == 0, result.output
    assert ("data/kommuner.csv: warning: 2 kommune(r) of the register are counted in the fylke they belonged to in "
            "2019, followed back through the change table: 3101 Halden 31 → 01 (as 0101); 5061 Rindal 50 → 15 "
            "(as 1567)") in result.output
    y2019, y2024 = result.output.split("Indikatorer 2024")
    rows_2019, rows_2024 = ({cells[1]: cells[3] for cells in (re.split(r"\s{2,}", line) for line in part.splitlines()
                                                             if line.startswith("Fylke "))} for part in (y2019, y2024))
    assert rows_2019 == {"01": "20", "03": "100", "15": "50"}  # 15: Ålesund 30 + Haram 10 + Rindal 10
    assert "50" not in rows_2019 and "31" not in rows_2019
    assert rows_2024 == {"03": "100", "15": "40", "31": "20", "50": "10"}
    dataset = load_dataset(data)
    facts = {f.subject.id: f.values for f in fylke_year_facts(dataset, 2019)}
    assert facts["15"]["anmodning"] == 50 and facts["15"]["innbyggere"] == 58509 + 9357 + 1958
    assert dataset.register(2024)["5061"].fylkesnummer == "50"


def test_a_kommune_merged_from_two_fylker_cannot_be_placed_before_the_merge(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    _year(data, 2019)
    result = CliRunner().invoke(main, ["data", "check", str(data)])
    assert result.exit_code == 1
    assert ("data/kommuner.csv:row 4:column 'fylkesnummer': error: kommune 1577 Volda cannot be put in a fylke of "
            "2019: it was made from 1444, 1519 of the fylker 14, 15 (data/kommuneendringer.csv:rows ") in result.output
    shutil.rmtree(data / "2019")
    _year(data, 2024)  # after the merge Volda is one kommune of one fylke
    assert CliRunner().invoke(main, ["data", "check", str(data)]).exit_code == 0


def test_a_record_may_follow_a_part_of_a_split_back_to_the_whole_but_figures_may_not() -> None:
    table = ChangeTable(_fixture_changes(), "kommune")
    record = table.map("1580", 2023, {"1507"}, records=True)
    assert isinstance(record, Mapped) and record.number == "1507"
    figures = table.map("1580", 2023, {"1507"})
    assert isinstance(figures, Refused) and "is one part of '1507'" in figures.message
    merged = table.map("1577", 2019, {"1519", "1444"}, records=True)
    assert isinstance(merged, Refused) and "does not say which of them" in merged.message


def _fixture_changes() -> tuple[NumberChange, ...]:
    changes, problems = read_changes(FIXTURE / "kommuneendringer.csv", "kommuneendringer.csv", KOMMUNEENDRINGER)
    assert not problems
    return tuple(changes)


def test_the_review_says_which_numbers_of_another_register_it_counted_and_under_which(data: Path,
                                                                                      tmp_path: Path) -> None:
    folder = _year(data, 2026, "0301;100;90;1\n3001;20;20;1\n5061;10;5;0\n1508;30;30;0\n1580;10;10;0\n")
    (folder / "personer.csv").write_text(PERSON_HEADER + _person("P-1", "3001") + _person("P-2", "3001"),
                                         encoding="utf-8")
    assert [(m.written, m.counted_as, m.merge, m.rows) for m in
            load_dataset(data).number_mappings["data/2026/personer.csv"]] == [("3001", "3101", False, 2)]
    for lang, heading, row in (("nb", "### Numre fra et annet års register", "| data/2026/personer.csv | 3001 | 3101 "
                                "| nei | 2 |"), ("en", "### Numbers from another year's register",
                                                  "| data/2026/kommune_aar.csv | 3001 | 3101 | no | 1 |")):
        out = tmp_path / f"review-{lang}"
        result = CliRunner().invoke(main, ["review", "--data", str(data), "--year", "2026", "--lang", lang,
                                           "--out", str(out)])
        assert result.exit_code == 0, result.output
        report = (out / "report.md").read_text(encoding="utf-8")
        assert heading in report and row in report, report[:3000]
        # five columns do not fit the first screen's narrow column: the section takes the page's width, above it
        page = (out / "report.html").read_text(encoding="utf-8")
        assert page.index(heading.removeprefix("### ")) < page.index('<div class="first">')
