"""`bosetting criteria …` on the bundled data: output shapes, exit codes, the what-if comparison."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from bosetting.obligations.cli import main
from bosetting.obligations.criteria.context import CRITERIA_DIR


def run(runner: CliRunner, *args: str) -> tuple[int, str]:
    result = runner.invoke(main, ["criteria", *args])
    return result.exit_code, result.output


def test_compare_2026_with_the_2027_draft_lists_status_changes_first(runner: CliRunner) -> None:
    code, output = run(runner, "compare", "--from", "2026", "--to", "2027")
    assert code == 0, output
    assert "SYNTETISKE DATA" in output and "UTKAST" in output
    assert "Kommuner som endrer status:" in output
    changed = output.split("Kommuner som endrer status:")[1].split("Øvrige kommuner:")[0]
    assert " ute " in changed or " ny " in changed
    assert "Per fylke:" in output


def test_compare_as_json_has_every_kommune_and_sums_per_fylke(runner: CliRunner) -> None:
    code, output = run(runner, "compare", "--from", "2026", "--to", "2027", "--format", "json")
    assert code == 0, output
    document = json.loads(output)
    assert document["synthetic_data"] is True
    assert document["from"]["criteria"]["version"] == "2026.1"
    assert document["to"]["criteria"]["status"] == "draft"
    assert document["from"]["data_year"] == document["to"]["data_year"] == 2027
    kommuner = document["kommuner"]
    assert len(kommuner) == 357
    changes = [k for k in kommuner if k["status_change"] != "same"]
    assert changes and document["status_changes"] == len(changes)
    assert kommuner[: len(changes)] == changes  # status changes come first
    for k in kommuner:
        assert k["difference"] == k["to"]["anmodning"] - k["from"]["anmodning"]
    assert sum(f["to"]["anmodning"] for f in document["fylker"]) == document["to"]["need"]
    assert sum(f["difference"] for f in document["fylker"]) == 0


def test_compare_accepts_a_file_and_id_at_version(runner: CliRunner) -> None:
    draft = str(CRITERIA_DIR / "anmodningskriterier-2027-utkast.yaml")
    result = runner.invoke(main, ["criteria", "compare", "--from", "anmodningskriterier@2026.1", "--to", draft,
                                  "--format", "csv"])
    output = result.output
    assert result.exit_code == 0, output
    assert output.startswith("\ufeffniva;nummer;navn;")
    assert result.stdout_bytes.endswith(b"\r\n") and not result.stdout_bytes.endswith(b"\n\n")
    rows = list(csv.reader(io.StringIO(output.lstrip("\ufeff"), newline=""), delimiter=";"))
    assert sum(1 for r in rows if r[0] == "kommune") == 357


def test_evaluate_json_explains_each_kommune_in_both_languages(runner: CliRunner) -> None:
    code, output = run(runner, "evaluate", "--year", "2026", "--format", "json")
    assert code == 0, output
    document = json.loads(output)
    assert document["request_year"] == 2026 and document["data_year"] == 2026
    assert len(document["kommuner"]) == 357
    oslo = next(k for k in document["kommuner"] if k["kommunenummer"] == "0301")
    assert set(oslo["explanation"]) == {"nb", "en"}
    assert {c["rule"] for c in oslo["criteria"]} >= {"kapasitet", "innvandrerandel_og_levekar"}
    assert sum(k["anmodning"] for k in document["kommuner"]) == document["need"]


def test_evaluate_one_kommune_shows_every_criterion(runner: CliRunner) -> None:
    code, output = run(runner, "evaluate", "--year", "2026", "--kommune", "4601", "--lang", "en")
    assert code == 0, output
    assert "4601 Bergen:" in output and "(mandatory)" not in output
    assert output.count("\n  ") >= 6


def test_allocate_with_a_given_need_adds_up(runner: CliRunner) -> None:
    code, output = run(runner, "allocate", "--year", "2026", "--need", "5000", "--need-em", "250",
                       "--method", "dhondt", "--format", "json")
    assert code == 0, output
    document = json.loads(output)
    assert document["method"] == "dhondt"
    assert sum(k["anmodning"] for k in document["kommuner"]) == 5000
    assert sum(k["anmodning_em"] for k in document["kommuner"]) == 250
    assert sum(f["anmodning"] for f in document["fylker"]) == 5000


def test_allocate_table_has_fylke_sums_and_kommune_rows(runner: CliRunner) -> None:
    code, output = run(runner, "allocate", "--year", "2019", "--data-year", "2026")
    assert code == 0, output
    assert "Per fylke:" in output and "Per kommune:" in output and "13\u00a0000" in output


def test_redistribute_shows_the_trigger_and_each_change(runner: CliRunner) -> None:
    code, output = run(runner, "redistribute", "--year", "2027", "--format", "json")
    assert code == 0, output
    document = json.loads(output)
    assert document["triggered"] is True
    assert document["adjusted_need"] == 13_300
    assert sum(k["change"] for k in document["kommuner"]) == 1_300


def test_wrong_usage_exits_2(runner: CliRunner) -> None:
    assert run(runner, "allocate")[0] == 2
    assert run(runner, "allocate", "--year", "2026", "--format", "xml")[0] == 2
    assert run(runner, "allocate", "--year", "2026", "--need", "-5")[0] == 2


def test_bad_input_exits_1_with_a_located_message(runner: CliRunner, tmp_path: Path) -> None:
    code, output = run(runner, "allocate", "--year", "2025")
    assert code == 1 and "no criteria for the request year 2025" in output
    code, output = run(runner, "allocate", "--year", "2018")
    assert code == 1 and "no year 2018 or earlier" in output
    code, output = run(runner, "allocate", "--year", "2026", "--need", "100", "--need-em", "200")
    assert code == 1 and "anmodningskriterier-2026.yaml" in output
    broken = tmp_path / "k.yaml"
    broken.write_text((CRITERIA_DIR / "anmodningskriterier-2026.yaml").read_text(encoding="utf-8")
                      .replace("base_weight: grunnvekt", "base_weight: grunvekt"), encoding="utf-8")
    code, output = run(runner, "compare", "--from", "2026", "--to", str(broken))
    assert code == 1 and "k.yaml:" in output and "unknown parameter 'grunvekt'" in output
