"""The legal review's wrong verdicts, on the bundled synthetic data, as `bosetting evaluate` and `review` give them.

Each test is one item of the lawyer's review of the verdicts: the verdict the agreement supports, and the words
that say which reading or assumption decided it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bosetting.obligations.cli import main


def _evaluate(year: int) -> dict[str, Any]:
    run = CliRunner().invoke(main, ["evaluate", "--year", str(year), "--format", "json"])
    assert run.exit_code == 0, run.output
    return json.loads(run.output)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def years() -> dict[int, dict[str, Any]]:
    return {year: _evaluate(year) for year in (2026, 2027)}


def finding(result: dict[str, Any], rule_id: str) -> dict[str, Any]:
    found = [f for f in result["findings"] if f["rule_id"] == rule_id and f["subject"]["kind"] in ("national",
                                                                                                   "agency")]
    assert len(found) == 1, [f["finding_id"] for f in found]
    return found[0]


def evidence(found: dict[str, Any], name: str) -> Any:
    return next(e["value"] for e in found["evidence"] if e["name"] == name)


def test_a_revised_need_beyond_the_reference_values_is_the_need_judged_without_adopted_criteria(years) -> None:  # type: ignore[no-untyped-def]
    distribution = finding(years[2027], "1.7")
    assert distribution["status"] == "not_met"
    assert "dekker 90,2 % av behovet fordelingen vurderes mot (13\u00a0300)" in distribution["explanation"]["nb"]
    assert "etter regelfilens referanseverdier" in distribution["explanation"]["nb"]
    assert "Bare summen er vurdert" in distribution["explanation"]["nb"]
    assert evidence(distribution, "terskel_fra_kriterier") is False


def test_a_rise_unbroken_across_the_year_end_keeps_the_first_years_reference_time(years) -> None:  # type: ignore[no-untyped-def]
    first, second = finding(years[2026], "1.2"), finding(years[2027], "1.2")
    assert first["status"] == second["status"] == "partly_met"
    assert evidence(second, "fortsetter_fra") == "2026"
    assert evidence(second, "tiltak_frist") == evidence(first, "tiltak_frist") == "2026-10-30"
    assert evidence(first, "fortsetter_fra") is None


def test_effort_counts_only_for_a_party_the_provision_binds(years) -> None:  # type: ignore[no-untyped-def]
    ks = finding(years[2026], "8.2")
    assert ks["status"] == "insufficient_data"
    assert "A-2026-037 (AID)" in evidence(ks, "ikke_talt_8_2")
    assert evidence(finding(years[2026], "1.5"), "ikke_talt_1_5") is None


def test_one_missing_month_is_partly_met_not_a_breach(years) -> None:  # type: ignore[no-untyped-def]
    assert finding(years[2026], "4.1")["status"] == "partly_met"
    occupancy = finding(years[2026], "6.1")
    assert occupancy["status"] == "partly_met" and evidence(occupancy, "maaneder_utenfor") == 1


def test_mapping_is_judged_by_documentation_and_its_time_is_context(years) -> None:  # type: ignore[no-untyped-def]
    for number in ("5.5", "6.3"):
        assert finding(years[2026], number)["status"] in ("documented", "insufficient_data")
        timing = finding(years[2026], f"{number}/tid")
        assert timing["role"] == "indicator" and timing["status"] not in ("met", "not_met")


def test_the_report_shows_activities_that_did_not_count_only_where_there_are_some(tmp_path: Path) -> None:
    run = CliRunner().invoke(main, ["review", "--year", "2026", "--out", str(tmp_path / "r")])
    assert run.exit_code == 0, run.output
    report = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    assert "Aktiviteter som ikke teller for 8.2" in report and "A-2026-037 (AID)" in report
    assert "Aktiviteter som ikke teller for 1.5" not in report
