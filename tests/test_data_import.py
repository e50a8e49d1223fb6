"""`bosetting data import`: SSB's JSON-stat 2.0 and CSV into the register and the kommune table."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from bosetting.obligations.cli import main
from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.data.statbank import read_statbank

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "statbank"
JSONSTAT = FIXTURES / "07459-syntetisk.json"
CSV = FIXTURES / "innvandrerandel-syntetisk.csv"  # synthetic figures: for the format only (README.md)
# The population of 1 January 2024 in PxWebApi 2's CSV (README.md): codes; codes and texts; every variable in the stub
CSV_CODES = FIXTURES / "07459-befolkning-2024-koder.csv"
CSV_BOTH = FIXTURES / "07459-befolkning-2024-koder-og-tekst.csv"
CSV_STUB = FIXTURES / "07459-befolkning-2024-alt-i-forspalten.csv"
KOMMUNER = ("0301", "1103", "4601")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder of three real kommuner (rows of data/kommuner.csv) and their 2026 figures (synthetic)."""
    folder = tmp_path / "data"
    (folder / "2026").mkdir(parents=True)
    for source, target, sep in (("data/kommuner.csv", "kommuner.csv", ","),
                                ("data/2026/kommune_aar.csv", "2026/kommune_aar.csv", ",")):
        lines = (ROOT / source).read_text(encoding="utf-8").splitlines()
        kept = [lines[0], *(line for line in lines[1:] if line.split(sep)[0] in KOMMUNER)]
        (folder / target).write_text("\n".join(kept) + "\n", encoding="utf-8")
    (folder / "SYNTHETIC.md").write_text("synthetic test data\n", encoding="utf-8")
    (folder / "2026" / "nasjonalt.yaml").write_text("synthetic: true\naar: 2026\nbosettingsbehov: 1000\n"
                                                    "bosettingsbehov_em: 50\n", encoding="utf-8")
    return folder


def test_a_jsonstat_table_imports_into_the_register_that_the_criteria_evaluate(data: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["data", "import", str(JSONSTAT), "--into", str(data / "kommuner.csv"),
                                  "--column", "innbyggere", "--select", "Tid=2024", "--extracted", "2024-03-01"])
    assert result.exit_code == 0, result.output
    assert "Wrote innbyggere for 3 kommuner" in result.output and "1 region(s) that are not kommuner" in result.output
    register = load_dataset(data).kommuner
    assert {k: register[k].innbyggere for k in KOMMUNER} == {"0301": 710000, "1103": 141000, "4601": 281000}
    assert "0301,Oslo,03,Oslo,710000,2024-01-01" in (data / "kommuner.csv").read_text(encoding="utf-8")
    note = (data / "kommuner.SOURCE.md").read_text(encoding="utf-8")
    for kept in ("- table: 07459", "- updated (as the file says): 2024-02-21T07:00:00Z", "- extracted: 2024-03-01",
                 "- selection: ContentsCode=Personer1, Tid=2024", "Statistisk sentralbyrå"):
        assert kept in note
    evaluated = runner.invoke(main, ["criteria", "evaluate", "--year", "2026", "--data", str(data), "--format",
                                     "json", "--kommune", "4601"])
    assert evaluated.exit_code == 0, evaluated.output
    assert '"innbyggere": 281000' in evaluated.output


def test_a_dimension_with_two_categories_needs_a_selection_and_nothing_is_written(data: Path) -> None:
    before = (data / "kommuner.csv").read_bytes()
    result = CliRunner().invoke(main, ["data", "import", str(JSONSTAT), "--into", str(data / "kommuner.csv"),
                                       "--column", "innbyggere"])
    assert result.exit_code == 1
    assert "dimension 'Tid' has 2 categories (2023, 2024): choose one with --select Tid=<code>" in result.output
    assert (data / "kommuner.csv").read_bytes() == before
    assert not (data / "kommuner.SOURCE.md").exists()


def test_a_kommune_without_a_figure_is_refused(data: Path) -> None:
    register = data / "kommuner.csv"
    register.write_text(register.read_text(encoding="utf-8") + "1804,Bodø,18,Nordland,53712,2024-01-01\n",
                        encoding="utf-8")
    before = register.read_bytes()
    result = CliRunner().invoke(main, ["data", "import", str(JSONSTAT), "--into", str(register), "--column",
                                       "innbyggere", "--select", "Tid=2024"])
    assert result.exit_code == 1
    assert "the import has no figure for 1 kommune(r) of the table: 1804" in result.output
    assert register.read_bytes() == before


def _reference_population() -> dict[str, int]:
    """The figures the CSV fixtures were written from: the project's register (data/kommuner.SOURCE.md)."""
    lines = (ROOT / "data" / "kommuner.csv").read_text(encoding="utf-8").splitlines()[1:]
    return {cells[0]: int(cells[4]) for cells in (line.split(",") for line in lines)}


def _emptied_register(data: Path) -> Path:
    """The register with every population set to 1 and no date, so that the import must write both."""
    register = data / "kommuner.csv"
    lines = register.read_text(encoding="utf-8").splitlines()
    rows = [",".join([*line.split(",")[:4], "1", ""]) for line in lines[1:]]
    register.write_text("\n".join([lines[0], *rows]) + "\n", encoding="utf-8")
    return register


@pytest.mark.parametrize("export", [CSV_CODES, CSV_BOTH, CSV_STUB], ids=["codes", "codes-and-texts", "all-in-stub"])
def test_an_ssb_csv_export_of_07459_imports_into_the_register(data: Path, export: Path) -> None:
    register = _emptied_register(data)
    result = CliRunner().invoke(main, ["data", "import", str(export), "--into", str(register), "--column",
                                       "innbyggere", "--extracted", "2026-11-30"])
    assert result.exit_code == 0, result.output
    assert "Wrote innbyggere for 3 kommuner" in result.output and "1 region(s) that are not kommuner" in result.output
    reference = _reference_population()
    loaded = load_dataset(data).kommuner
    assert {k: loaded[k].innbyggere for k in KOMMUNER} == {k: reference[k] for k in KOMMUNER}
    assert "0301,Oslo,03,Oslo,717710,2024-01-01" in register.read_text(encoding="utf-8")  # the year's 1 January
    note = (data / "kommuner.SOURCE.md").read_text(encoding="utf-8")
    assert "- extracted: 2026-11-30" in note and "CSV export" in note
    # Without IncludeTitle the codes-only export does not name its table; the title, or the contents heading, does.
    assert ("- table: not named in the file" if export == CSV_CODES else "- table: 07459") in note
    if export == CSV_STUB:
        assert "- selection: ContentsCode=Personer1, Tid=2024" in note


def test_the_ssb_csv_title_and_latin_1_are_read(data: Path) -> None:
    raw = CSV_BOTH.read_bytes()
    assert "Bodø".encode("iso-8859-1") in raw and not raw.startswith(b"\xef\xbb\xbf")  # SSB's charset, as sent
    table = read_statbank(CSV_BOTH, "07459.csv", {})
    assert table.label == "07459: Befolkning, etter region, statistikkvariabel og år"
    assert (table.table_id, table.year, table.others) == ("07459", "2024", ["0 - Hele landet"])
    assert table.values["1804"] == _reference_population()["1804"]


def test_a_time_the_export_does_not_have_is_refused(data: Path) -> None:
    result = CliRunner().invoke(main, ["data", "import", str(CSV_STUB), "--into", str(data / "kommuner.csv"),
                                       "--column", "innbyggere", "--select", "Tid=2023"])
    assert result.exit_code == 1
    assert "'2023' is not a value of 'Tid': it has 2024" in result.output


def test_an_export_with_texts_only_is_refused_with_the_advice_to_export_codes(tmp_path: Path, data: Path) -> None:
    texts = tmp_path / "texts.csv"  # UseTexts: the region is named, not numbered
    texts.write_bytes(CSV_BOTH.read_bytes().replace(b'"0301 - ', b'"').replace(b'"1103 - ', b'"')
                      .replace(b'"1804 - ', b'"').replace(b'"4601 - ', b'"').replace(b'"0 - ', b'"'))
    before = (data / "kommuner.csv").read_bytes()
    result = CliRunner().invoke(main, ["data", "import", str(texts), "--into", str(data / "kommuner.csv"),
                                       "--column", "innbyggere"])
    assert result.exit_code == 1
    assert "expected one column of kommunenummer" in result.output and "UseCodesAndTexts" in result.output
    assert (data / "kommuner.csv").read_bytes() == before


def test_an_ssb_csv_export_imports_into_the_kommune_table(data: Path) -> None:
    """Synthetic figures (the format only): a decimal point in a ';' file, and SSB's '..' for no figure."""
    table = data / "2026" / "kommune_aar.csv"
    result = CliRunner().invoke(main, ["data", "import", str(CSV), "--into", str(table), "--column",
                                       "innvandrerandel_pct"])
    assert result.exit_code == 0, result.output
    rows = load_dataset(data).kommune_years[2026]
    assert {k: rows[k].innvandrerandel_pct for k in KOMMUNER} == {"0301": 28.1, "1103": 20.2, "4601": 17.4}
    assert (data / "2026" / "kommune_aar.SOURCE.md").is_file()
    assert read_statbank(CSV, "x.csv", {}).values["5001"] is None  # '..': no figure, never 0


def test_an_export_saved_again_by_excel_reads_the_same(tmp_path: Path) -> None:
    """Excel on Norwegian Windows saves ';', no quotes and a decimal comma: the figures are the columns of numbers."""
    text = CSV.read_bytes().decode("iso-8859-1").replace('"', "")
    resaved = tmp_path / "resaved.csv"
    resaved.write_bytes(re.sub(r"(\d)\.(\d)", r"\1,\2", text).encode("cp1252"))
    assert read_statbank(resaved, "resaved.csv", {}).values == read_statbank(CSV, "x.csv", {}).values


def test_a_column_the_table_cannot_take_is_a_usage_error(data: Path) -> None:
    result = CliRunner().invoke(main, ["data", "import", str(CSV), "--into", str(data / "kommuner.csv"), "--column",
                                       "navn"])
    assert result.exit_code == 2
    assert "--column for kommuner.csv is one of innbyggere" in result.output


def test_a_file_that_is_not_jsonstat_2_is_refused(tmp_path: Path, data: Path) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"dataset": {"dimension": {}}}), encoding="utf-8")  # JSON-stat 1.x's shape
    result = CliRunner().invoke(main, ["data", "import", str(old), "--into", str(data / "kommuner.csv"), "--column",
                                       "innbyggere"])
    assert result.exit_code == 1
    assert "expected a JSON-stat 2.0 dataset" in result.output


def test_an_import_leaves_no_file_of_its_own_behind_and_touches_no_file_of_the_users(data: Path) -> None:
    users_file = data / ".kommuner.csv.import"  # the name the import once used for its temporary file
    users_file.write_text("mine\n", encoding="utf-8")
    before = {p.name for p in data.iterdir()}
    result = CliRunner().invoke(main, ["data", "import", str(JSONSTAT), "--into", str(data / "kommuner.csv"),
                                       "--column", "innbyggere", "--select", "Tid=2024"])
    assert result.exit_code == 0, result.output
    assert users_file.read_text(encoding="utf-8") == "mine\n"
    assert {p.name for p in data.iterdir()} == before | {"kommuner.SOURCE.md"}
    refused = CliRunner().invoke(main, ["data", "import", str(JSONSTAT), "--into", str(data / "kommuner.csv"),
                                        "--column", "innbyggere"])  # two times: refused before anything is staged
    assert refused.exit_code == 1 and {p.name for p in data.iterdir()} == before | {"kommuner.SOURCE.md"}
