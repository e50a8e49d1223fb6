"""A review or evaluation needs obligations and goals in force for its year (issue 13).

An empty rules folder, a folder with only criteria, a folder that is not a rules folder, or a year outside
every rule set's validity gave a "clean" review with exit 0 ("Forpliktelser som ikke er oppfylt: Ingen.").
Each is now an error that says so, and `validate` on a folder without rule files exits 1. A waiver naming
a provision that does not exist, which would silently waive nothing, is an input problem at its line.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from small_data import write_small_data

from bosetting.obligations.cli import main
from bosetting.obligations.paths import DATA_DIR, RULES_DIR


@pytest.fixture(scope="module")
def small_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_small_data(tmp_path_factory.mktemp("in-force") / "data")


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_validate_on_a_folder_without_rule_files_says_so(tmp_path: Path) -> None:
    (tmp_path / "notater.md").write_text("ingen regler her\n", encoding="utf-8")
    code, output = _run("validate", str(tmp_path))
    assert code == 1, output
    assert f"{tmp_path}: error: the folder holds no rule file (.yaml or .yml)" in output


def test_validate_on_a_data_folder_says_it_is_not_a_rules_folder() -> None:
    code, output = _run("validate", str(DATA_DIR))
    assert code == 1
    assert f"{DATA_DIR}: error: this is not a rules folder: none of its" in output


@pytest.mark.parametrize("command", ["review", "evaluate"])
def test_an_empty_rules_folder_is_an_error(small_data: Path, tmp_path: Path, command: str) -> None:
    empty = tmp_path / "regler"
    empty.mkdir()
    out = ["--out", str(tmp_path / "r")] if command == "review" else []
    code, output = _run(command, "--year", "2026", "--data", str(small_data), "--rules", str(empty), *out)
    assert code == 1, output
    assert "holds no rule file" in output
    assert not (tmp_path / "r").exists()


@pytest.mark.parametrize("command", ["review", "evaluate"])
def test_criteria_only_is_an_error_naming_both_missing_kinds(small_data: Path, tmp_path: Path, command: str) -> None:
    out = ["--out", str(tmp_path / "r")] if command == "review" else []
    code, output = _run(command, "--year", "2026", "--data", str(small_data), "--rules", str(RULES_DIR / "criteria"),
                        *out)
    assert code == 1, output
    assert "no obligations rule set in" in output and "no goals rule set in" in output
    assert "Ingen." not in output and not (tmp_path / "r").exists()


def test_obligations_without_goals_is_an_error(small_data: Path) -> None:
    code, output = _run("evaluate", "--year", "2026", "--data", str(small_data), "--rules",
                        str(RULES_DIR / "obligations"))
    assert code == 1, output
    assert "no goals rule set in" in output and "no obligations rule set" not in output


def _with_year(small_data: Path, tmp_path: Path, year: int) -> Path:
    """The small data folder with its 2026 kommune table and need copied to `year`."""
    data = tmp_path / "data"
    shutil.copytree(small_data, data)
    folder = data / str(year)
    folder.mkdir()
    shutil.copy(small_data / "2026" / "kommune_aar.csv", folder)
    need = (small_data / "2026" / "nasjonalt.yaml").read_text(encoding="utf-8")
    (folder / "nasjonalt.yaml").write_text(need.replace("aar: 2026", f"aar: {year}"), encoding="utf-8")
    return data


def test_a_year_outside_every_rule_sets_validity_is_an_error(small_data: Path, tmp_path: Path) -> None:
    data = _with_year(small_data, tmp_path, 2016)
    assert _run("data", "check", str(data))[0] == 0
    for command in (["review", "--out", str(tmp_path / "r2016")], ["evaluate"]):
        code, output = _run(*command, "--year", "2016", "--data", str(data))
        assert code == 1, output
        assert "no adopted obligations rule set is in force on 2016-12-31" in output
        assert "2016 is outside their validity" in output
    assert not (tmp_path / "r2016").exists()


def test_an_earlier_year_outside_the_agreement_stays_out_of_the_period_table(small_data: Path,
                                                                             tmp_path: Path) -> None:
    data = _with_year(small_data, tmp_path, 2016)
    code, output = _run("review", "--year", "2026", "--data", str(data), "--out", str(tmp_path / "r"))
    assert code == 0, output
    report = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    assert "| 2026 |" in report and "| 2016 |" not in report


def _waivers(data: Path, entries: str) -> Path:
    path = data / "2026" / "registre" / "unntak.yaml"
    path.write_text("synthetic: true\nunntak:\n" + entries, encoding="utf-8")
    return path


WAIVER = ('  - forpliktelse: "{id}"\n    subject: "{subject}"\n    avtalt_av: "{agreed_by}"\n'
          '    begrunnelse: "Prøve"\n    gyldig_fra: "{start}"\n    gyldig_til: "{end}"\n'
          '    referat: "Konsultasjonsmøte 2026 (syntetisk)"\n')


def waiver(id: str, subject: str, agreed_by: str = "JD og KS", start: str = "2026-01-01",
           end: str = "2026-12-31") -> str:
    return WAIVER.format(id=id, subject=subject, agreed_by=agreed_by, start=start, end=end)


def test_a_waiver_for_a_provision_that_does_not_exist_is_reported_at_its_line(small_data: Path,
                                                                              tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(small_data, data)
    path = _waivers(data, waiver("1.7", "national") + waiver("9.9", "national") + waiver("4.44", "national"))
    code, output = _run("evaluate", "--year", "2026", "--data", str(data))
    assert code == 1, output
    shown = f"{data.name}/2026/registre/unntak.yaml"
    assert f"{shown}:10:0: error: the waiver names '9.9', which is neither a provision nor a rule" in output
    assert f"{shown}:17:0: error: the waiver names '4.44'" in output and "did you mean '4.4'?" in output
    assert "'1.7'" not in output
    assert path.is_file()


def test_a_waiver_for_a_provision_that_exists_applies(small_data: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(small_data, data)
    # 6.1 is not met for Bufdir in this data; a waiver covers only a deviation there is.
    _waivers(data, waiver("6.1", "Bufdir", "BFD og KS"))
    code, output = _run("evaluate", "--year", "2026", "--data", str(data), "--format", "json")
    assert code == 0, output
    assert '"status": "waived"' in output


@pytest.mark.parametrize("agreed_by, missing", [("IMDi", "KS and a ministry"), ("UDI og KS", "a ministry"),
                                                ("Justis- og beredskapsdepartementet", "KS")])
def test_a_waiver_not_agreed_by_ks_and_a_ministry_is_refused_at_its_line(small_data: Path, tmp_path: Path,
                                                                         agreed_by: str, missing: str) -> None:
    data = tmp_path / "data"
    shutil.copytree(small_data, data)
    _waivers(data, waiver("5.4", "UDI", agreed_by))
    code, output = _run("data", "check", str(data))
    assert code == 1, output
    assert "unntak.yaml:3:0: error: avtalt_av" in output and f"does not name {missing}:" in output, output
    code, output = _run("evaluate", "--year", "2026", "--data", str(data))
    assert code == 1 and "does not name" in output, output


def test_a_waiver_outside_the_agreement_period_is_refused(small_data: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(small_data, data)
    _waivers(data, waiver("4.1", "IMDi", "AID og KS", "2025-01-01", "2025-12-31"))
    code, output = _run("evaluate", "--year", "2026", "--data", str(data))
    assert code == 1, output
    assert "unntak.yaml:3:0: error: the waiver is valid 2025-01-01 to 2025-12-31, beyond the agreement period of " \
           "'4.1' (2026-01-01 to 2029-12-31)" in output, output


def test_a_waiver_reaching_back_before_the_agreement_is_refused(small_data: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(small_data, data)
    _waivers(data, waiver("5.4", "UDI", "JD og KS", "2025-01-01", "2026-12-31"))
    code, output = _run("evaluate", "--year", "2026", "--data", str(data))
    assert code == 1 and "the waiver is valid 2025-01-01 to 2026-12-31, beyond the agreement period" in output, output


def test_a_waiver_agreed_with_another_ministry_than_the_one_concerned_is_refused(small_data: Path,
                                                                                 tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(small_data, data)
    _waivers(data, waiver("5.4", "UDI", "KDD og KS"))
    code, output = _run("data", "check", str(data))
    assert code == 1, output
    assert "avtalt_av 'KDD og KS' names KDD, but UDI's obligation is followed up by JD" in output, output
