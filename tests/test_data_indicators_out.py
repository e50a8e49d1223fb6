"""`bosetting data indicators --out FILE`: the printed rows as CSV and JSON, written whole or not at all."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from bosetting.obligations.atomic import TargetRefused, write_file_atomically
from bosetting.obligations.cli import main
from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.metrics.indicator_outputs import WRITER

FIXTURE = Path(__file__).parent / "fixtures" / "data" / "pre_agreement"


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["data", "indicators", str(FIXTURE), "--year", "2016", *args])
    return result.exit_code, result.output


def test_the_rows_are_written_as_csv_and_json_beside_the_printed_table(tmp_path: Path) -> None:
    code, output = _run("--out", str(tmp_path / "ind.csv"), "--out", str(tmp_path / "ind.json"))
    assert code == 0, output
    assert "Indikatorer 2016 / indicators 2016" in output and "Hele landet" in output  # the table is still printed
    fylker = load_dataset(FIXTURE).fylke_years[2016]
    document = json.loads((tmp_path / "ind.json").read_text(encoding="utf-8"))
    assert document["written_by"] == WRITER and document["synthetic"] is True
    year = document["years"][0]
    assert (year["year"], year["obligations_assessed"]) == (2016, False)
    assert year["missing_columns"] == ["pre_agreement/2016/fylke_aar.csv: column 'bosatt'"]
    by_number = {r["number"]: r for r in year["rows"]}
    assert set(by_number) == {"NO", *fylker}
    for number, fylke in fylker.items():
        assert (by_number[number]["anmodning"], by_number[number]["vedtak"]) == (fylke.anmodning, fylke.vedtak)
        assert by_number[number]["source"] == fylke.source and by_number[number]["bosatt"] is None
    national = by_number["NO"]
    assert national["anmodning"] == sum(f.anmodning for f in fylker.values())
    assert national["anmodning_of_need_pct"] == round(100 * national["anmodning"] / national["need"], 1)
    raw = (tmp_path / "ind.csv").read_bytes()
    assert raw.startswith("\ufeff".encode()) and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == len(year["rows"])
    hedmark = next(r for r in rows if r["nummer"] == "04")
    assert (hedmark["navn"], int(hedmark["anmodning"])) == ("Hedmark", fylker["04"].anmodning)
    expected = f"{round(100 * fylker['04'].vedtak / fylker['04'].anmodning, 1):.1f}".replace(".", ",")
    assert hedmark["vedtak_av_anmodning_pct"] == expected  # decimal comma, for Norwegian Excel
    assert {r["forpliktelser_vurdert"] for r in rows} == {"nei"} and {r["syntetiske_data"] for r in rows} == {"ja"}
    assert hedmark["bosatt"] == ""  # no bosatt column: no figure, never 0


def test_an_earlier_output_is_replaced_and_any_other_file_is_refused_unchanged(tmp_path: Path) -> None:
    target = tmp_path / "ind.json"
    assert _run("--out", str(target))[0] == 0
    assert _run("--out", str(target))[0] == 0  # our own earlier output
    notes = tmp_path / "notes.csv"
    notes.write_text("my own notes\n", encoding="utf-8")
    code, output = _run("--out", str(tmp_path / "new.json"), "--out", str(notes))
    assert code == 2  # as review --out: wrong usage, nothing moved or deleted
    assert f"the file {notes} was not written by bosetting data indicators. Nothing was moved or deleted" in output
    assert notes.read_text(encoding="utf-8") == "my own notes\n"
    assert not (tmp_path / "new.json").exists()  # refused before anything was written
    link = tmp_path / "link.json"
    link.symlink_to(target)
    code, output = _run("--out", str(link))
    assert code == 2 and "is a symbolic link" in output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ind.json", "link.json", "notes.csv"]


def test_an_output_that_is_neither_csv_nor_json_is_a_usage_error(tmp_path: Path) -> None:
    code, output = _run("--out", str(tmp_path / "ind.xlsx"))
    assert code == 2 and "must end in .csv or .json" in output


def test_a_failed_write_leaves_the_earlier_file_and_no_partial_file(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "ind.json"
    earlier = b'{\n "written_by": "bosetting data indicators"\n}\n'
    target.write_bytes(earlier)

    def full_disk(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        write_file_atomically(target, b"{}", WRITER, lambda start: start.startswith(b"{"))
    assert target.read_bytes() == earlier
    assert [p.name for p in tmp_path.iterdir()] == ["ind.json"]
    with pytest.raises(TargetRefused):
        write_file_atomically(tmp_path, b"{}", WRITER, lambda start: True)  # a folder is never replaced
