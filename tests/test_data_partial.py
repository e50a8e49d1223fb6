"""A data folder with only the columns a user has: the review runs, every figure from the data, the gaps named."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from bosetting.obligations.cli import main
from bosetting.obligations.data.dataset import load_dataset

FIXTURE = Path(__file__).parent / "fixtures" / "data" / "only_anmodning_vedtak"
ROWS = {"0301": (1100, 1100), "1103": (300, 280), "1804": (60, None), "4601": (250, 0), "5001": (400, 420)}


def test_a_table_of_kommunenummer_anmodning_and_vedtak_is_read_with_the_rest_missing() -> None:
    dataset = load_dataset(FIXTURE)
    rows = dataset.kommune_years[2026]
    assert {k: (r.anmodning, r.vedtak) for k, r in rows.items()} == ROWS
    assert all(r.bosatt is None and r.bosatt_em is None and r.anmodning_em is None for r in rows.values())
    table = "only_anmodning_vedtak/2026/kommune_aar.csv"
    assert {"bosatt", "bosatt_em", "anmodning_em", "sysselsetting_pct"} <= set(dataset.absent_columns[table])
    assert "anmodning" not in dataset.absent_columns[table] and "vedtak" not in dataset.absent_columns[table]


def test_a_misspelt_column_is_still_an_error_not_a_missing_one(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    (data / "2026" / "kommune_aar.csv").write_text("kommunenummer;anmodning;vedtak;bosat\n0301;10;10;9\n",
                                                  encoding="utf-8")
    result = CliRunner().invoke(main, ["data", "check", str(data)])
    assert result.exit_code == 1
    assert "unknown column 'bosat': did you mean 'bosatt'?" in result.output


def test_the_review_lists_the_missing_inputs_first_and_makes_no_figure_of_them(tmp_path: Path) -> None:
    out = tmp_path / "review"
    result = CliRunner().invoke(main, ["review", "--data", str(FIXTURE), "--out", str(out)])
    assert result.exit_code == 0, result.output
    terminal = result.output
    assert terminal.index("Grunnlag som mangler") < terminal.index("Vurderinger etter status")
    assert "only_anmodning_vedtak/2026/kommune_aar.csv, kolonnen «bosatt» (ville ha avgjort: 4.4" in terminal
    assert "only_anmodning_vedtak/2026/personer.csv (ville ha avgjort: 1.2" in terminal

    report = (out / "report.md").read_text(encoding="utf-8")
    assert report.index("## Grunnlag som mangler") < report.index("## Nøkkeltall")
    # Every key figure comes from the data: the rows' sums (not the table's own total row), and no bosatt.
    assert "| Anmodet | **2\u00a0110** |" in report and "| Vedtatt | **1\u00a0800** |" in report
    assert "| Bosatt | **ikke oppgitt** |" in report
    assert "| only_anmodning_vedtak/2026/kommune_aar.csv, rad 7 | anmodning | 2\u00a0120 | 2\u00a0110 | 10 |" in report

    # No count is made of a file that is not there: no late notices counted as 0, no groups or months of zeros.
    assert "Endringer varslet for sent: ikke oppgitt." in report
    assert "| Enslige mindreårige | 0 |" not in report and "| jan. | 0 |" not in report
    assert "| 18 Nordland | 60 | ikke oppgitt | ikke oppgitt | – |" in report  # no gap, so no cause of one

    findings = json.loads((out / "findings.json").read_bytes())["findings"]
    oslo = [f for f in findings if f["rule_id"] == "4.4/kommune" and f["subject"]["id"] == "0301"]
    assert oslo and oslo[0]["status"] == "insufficient_data"
    cited = {e["name"]: e["source"] for e in oslo[0]["evidence"]}
    assert cited["bosatt"] == "only_anmodning_vedtak/2026/kommune_aar.csv: column 'bosatt' (not supplied)"


def test_a_published_total_that_differs_is_a_warning_from_data_check() -> None:
    result = CliRunner().invoke(main, ["data", "check", str(FIXTURE)])
    assert result.exit_code == 0
    assert ("only_anmodning_vedtak/2026/kommune_aar.csv:row 7:column 'anmodning': warning: the source's own total "
            "of anmodning is 2120, but the 5 rows add up to 2110 (a difference of +10)") in result.output
    assert "column 'vedtak': warning" not in result.output  # 1800 is the sum of the rows: no warning


def test_a_second_total_row_is_an_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    table = data / "2026" / "kommune_aar.csv"
    table.write_text(table.read_text(encoding="utf-8") + "Totalt;2110;1800\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["data", "check", str(data)])
    assert result.exit_code == 1
    assert "row 8:column 'kommunenummer': error: a second total row (the first is row 7)" in result.output
