"""Years before the agreement, a versioned register and the change tables (the 2024 split of three fylker)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from bosetting.engine.problems import InputError
from bosetting.obligations.cli import main
from bosetting.obligations.data.dataset import load_dataset

FIXTURE = Path(__file__).parent / "fixtures" / "data" / "pre_agreement"
OLD_FYLKER = ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "14", "15", "16", "17", "18",
              "19", "20")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(FIXTURE, folder)
    return folder


def test_2016_is_read_in_its_own_fylke_structure() -> None:
    dataset = load_dataset(FIXTURE)
    assert tuple(sorted(dataset.fylker_of(2016))) == OLD_FYLKER
    assert sorted(dataset.fylker_of(2024)) == sorted(("03", "11", "15", "18", "31", "32", "33", "34", "39", "40",
                                                       "42", "46", "50", "55", "56"))
    assert tuple(sorted(dataset.fylke_years[2016])) == OLD_FYLKER
    assert 2016 not in dataset.kommune_years  # a fylke table alone is a year


def test_indicators_for_2016_say_the_obligations_are_not_assessed() -> None:
    result = CliRunner().invoke(main, ["data", "indicators", str(FIXTURE), "--year", "2016"])
    assert result.exit_code == 0, result.output
    assert "Samarbeidsavtalens forpliktelser er ikke vurdert for 2016" in result.output
    dataset = load_dataset(FIXTURE)
    rows = dataset.fylke_years[2016].values()
    anmodning, vedtak = sum(r.anmodning for r in rows), sum(r.vedtak or 0 for r in rows)
    national = next(line for line in result.output.splitlines() if line.startswith("Hele landet"))
    shown = f"{anmodning:,}".replace(",", "\u00a0"), f"{vedtak:,}".replace(",", "\u00a0")
    assert "16\u00a0000" in national and shown[0] in national and shown[1] in national  # the adjusted need, the rows
    assert f"{round(100 * vedtak / anmodning, 1)}".replace(".", ",").removesuffix(",0") in national
    assert "Mangler kolonnen «bosatt» i pre_agreement/2016/fylke_aar.csv" in result.output
    hedmark = next(line for line in result.output.splitlines() if " 04 " in line)
    assert "Hedmark" in hedmark


def test_the_review_refuses_2016_and_points_to_the_indicators() -> None:
    result = CliRunner().invoke(main, ["review", "--data", str(FIXTURE), "--year", "2016"])
    assert result.exit_code == 1
    assert "the agreement's obligations are not assessed for 2016" in result.output
    assert "bosetting data indicators --year 2016" in result.output


def test_a_fylke_of_another_year_is_refused_naming_the_fylker_of_the_year(data: Path) -> None:
    (data / "2016" / "fylke_aar.csv").write_text("fylkesnummer;anmodning\n46;100\n", encoding="utf-8")
    (data / "fylkesendringer.csv").unlink()
    with pytest.raises(InputError) as error:
        load_dataset(data)
    assert "data/2016/fylke_aar.csv:row 2:column 'fylkesnummer': error: unknown fylkesnummer '46': not a fylke in " \
        "2016" in error.value.problems[0].format()


def _year_2024(data: Path, rows: str) -> None:
    (data / "2024").mkdir()
    (data / "2024" / "nasjonalt.yaml").write_text("synthetic: true\naar: 2024\nbosettingsbehov: 1000\n",
                                                   encoding="utf-8")
    (data / "2024" / "fylke_aar.csv").write_text("fylkesnummer;anmodning;vedtak\n" + rows, encoding="utf-8")


@pytest.mark.parametrize(("old", "new"), [("30", "31, 32, 33"), ("38", "39, 40"), ("54", "55, 56")])
def test_the_2024_split_is_refused_naming_the_data_row_and_the_change_rows(data: Path, old: str, new: str) -> None:
    _year_2024(data, f"03;50;50\n{old};100;90\n")
    result = CliRunner().invoke(main, ["data", "check", str(data)])
    assert result.exit_code == 1
    assert (f"data/2024/fylke_aar.csv:row 3:column 'fylkesnummer': error: fylke '{old}' was split on 2024-01-01 "
            f"into {new} (data/fylkesendringer.csv:rows ") in result.output
    assert "the figures cannot be divided between them" in result.output


def test_a_merge_is_mapped_and_added_up(data: Path) -> None:
    _year_2024(data, "16;100;90\n17;40;30\n03;50;\n")  # 2017's Trøndelag numbers in 2024's table
    dataset = load_dataset(data)
    trondelag = dataset.fylke_years[2024]["50"]
    assert (trondelag.anmodning, trondelag.vedtak) == (140, 120)
    assert dataset.fylke_years[2024]["03"].vedtak is None
    note = next(n for n in dataset.notes if "mapped" in n.message)
    assert "16 → 50 (sammenslått / merged)" in note.message and "17 → 50" in note.message


def test_a_renumbering_is_followed_back_for_an_earlier_year(data: Path) -> None:
    (data / "fylkesendringer.csv").write_text("gammelt_nummer,nytt_nummer,gyldig_fra\n08,40,2020-01-01\n",
                                              encoding="utf-8")  # synthetic: a pure renumbering
    (data / "2016" / "fylke_aar.csv").write_text("fylkesnummer;anmodning\n40;100\n03;20\n", encoding="utf-8")
    dataset = load_dataset(data)
    assert dataset.fylke_years[2016]["08"].anmodning == 100


def test_the_kommune_register_is_versioned(data: Path) -> None:
    """A kommune valid until 2023 and its successor from 2024 (synthetic rows; the numbers of Halden)."""
    register = (data / "kommuner.csv").read_text(encoding="utf-8").splitlines()
    header, rows = register[0] + ",gyldig_fra,gyldig_til", [line + ",," for line in register[1:]]
    rows = [r.replace(",,", ",2024-01-01,") if r.startswith("3101,") else r for r in rows]
    rows.append("3001,Halden,30,Viken,31444,2020-01-01,2020-01-01,2023-12-31")
    (data / "kommuner.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    (data / "kommuneendringer.csv").write_text("gammelt_nummer,nytt_nummer,gyldig_fra\n3001,3101,2024-01-01\n",
                                               encoding="utf-8")
    (data / "2023").mkdir()
    (data / "2023" / "nasjonalt.yaml").write_text("aar: 2023\nbosettingsbehov: 1000\n", encoding="utf-8")
    (data / "2023" / "kommune_aar.csv").write_text("kommunenummer;anmodning\n3001;10\n", encoding="utf-8")
    _year_2024(data, "31;10;10\n")
    (data / "2024" / "kommune_aar.csv").write_text("kommunenummer;anmodning\n3001;12\n", encoding="utf-8")
    dataset = load_dataset(data)
    assert "3001" in dataset.register(2023) and "3101" not in dataset.register(2023)
    assert "3101" in dataset.register(2024) and "3001" not in dataset.register(2024)
    assert dataset.kommune_years[2023]["3001"].anmodning == 10
    assert dataset.kommune_years[2024]["3101"].anmodning == 12  # 2023's number, mapped


def test_two_versions_valid_at_once_are_an_error(data: Path) -> None:
    register = (data / "kommuner.csv").read_text(encoding="utf-8").splitlines()
    header, rows = register[0] + ",gyldig_fra,gyldig_til", [line + ",," for line in register[1:]]
    rows.append("0301,Oslo,03,Oslo,700000,2020-01-01,2020-01-01,")
    (data / "kommuner.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_dataset(data)
    assert "kommunenummer '0301' has two rows valid at the same time" in error.value.problems[0].format()


def _kommune_year(data: Path, year: int, rows: str) -> None:
    (data / str(year)).mkdir(exist_ok=True)
    (data / str(year) / "nasjonalt.yaml").write_text(f"synthetic: true\naar: {year}\nbosettingsbehov: 1000\n",
                                                     encoding="utf-8")
    (data / str(year) / "kommune_aar.csv").write_text("kommunenummer;anmodning;vedtak\n" + rows, encoding="utf-8")


# The 2024 split of Ålesund into Ålesund (1508) and Haram (1580), from general knowledge (labelled synthetic in
# the fixture's SYNTHETIC.md); the register holds 1508 and 1580, valid from 2024.
SPLIT = "gammelt_nummer,nytt_nummer,gyldig_fra\n1507,1508,2024-01-01\n1507,1580,2024-01-01\n"


def test_a_kommune_split_is_refused_forward(data: Path) -> None:
    (data / "kommuneendringer.csv").write_text(SPLIT, encoding="utf-8")
    _kommune_year(data, 2026, "0301;100;100\n1507;40;40\n")
    result = CliRunner().invoke(main, ["data", "check", str(data)])
    assert result.exit_code == 1
    assert ("data/2026/kommune_aar.csv:row 3:column 'kommunenummer': error: kommune '1507' was split on 2024-01-01 "
            "into 1508, 1580 (data/kommuneendringer.csv:rows 2, 3)") in result.output


def test_a_part_of_a_split_is_refused_for_a_year_before_it(data: Path) -> None:
    register = (data / "kommuner.csv").read_text(encoding="utf-8").splitlines()
    header, rows = register[0] + ",gyldig_fra,gyldig_til", [line + ",," for line in register[1:]]
    rows = [r.replace(",,", ",2024-01-01,") if r.startswith(("1508,", "1580,")) else r for r in rows]
    rows.append("1507,Ålesund,15,Møre og Romsdal,67000,,,2023-12-31")
    (data / "kommuner.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    (data / "kommuneendringer.csv").write_text(SPLIT, encoding="utf-8")
    _kommune_year(data, 2023, "1508;40;40\n")
    result = CliRunner().invoke(main, ["data", "check", str(data)])
    assert result.exit_code == 1
    assert "kommune '1508' is one part of '1507', split on 2024-01-01 into 1508, 1580" in result.output
