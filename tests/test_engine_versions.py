"""Versions of a rule set: the one in force on a date, drafts, freshness, content hashes, diff and list."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bosetting.engine.evaluate import evaluate
from bosetting.engine.facts import Fact, Subject
from bosetting.engine.repository import RuleRepository, load_repository
from bosetting.engine.schemas import SchemaSet
from bosetting.obligations.catalogue import FACT_CATALOGUE
from bosetting.obligations.cli import main
from bosetting.obligations.rules_context import load_rules

VALID = Path(__file__).parent / "fixtures" / "rules" / "valid"
VERSIONS = VALID / "versions"
V1, V2, V3 = (VERSIONS / name for name in ("eksempel-1.0.yaml", "eksempel-2.0.yaml", "eksempel-3.0-utkast.yaml"))
RS = "eksempel-versjoner"


@pytest.fixture(scope="module")
def repo() -> RuleRepository:
    repository = load_rules([VERSIONS], today=dt.date(2026, 7, 1))
    assert repository.errors == []
    return repository


def _version(repo: RuleRepository, day: str, drafts: bool = False) -> str | None:
    found = repo.in_force(RS, dt.date.fromisoformat(day), include_drafts=drafts)
    return found.version if found else None


def test_the_adopted_version_in_force_is_chosen_by_date(repo: RuleRepository) -> None:
    assert [r.version for r in repo.versions(RS)] == ["1.0", "2.0", "3.0"]
    assert _version(repo, "2025-12-31") is None
    assert _version(repo, "2026-01-01") == "1.0"
    assert _version(repo, "2026-12-31") == "1.0"
    assert _version(repo, "2027-01-01") == "2.0"
    assert _version(repo, "2029-12-31") == "2.0"
    assert _version(repo, "2030-01-01") is None


def test_drafts_only_when_asked_for(repo: RuleRepository) -> None:
    assert _version(repo, "2027-06-01") == "2.0"
    assert _version(repo, "2027-06-01", drafts=True) == "3.0"
    # No draft covers 2026: the adopted version is used even when drafts are allowed.
    assert _version(repo, "2026-06-01", drafts=True) == "1.0"
    assert [r.version for r in repo.all_in_force("obligations", dt.date(2027, 6, 1))] == ["2.0"]
    assert [r.version for r in repo.all_in_force("obligations", dt.date(2027, 6, 1), include_drafts=True)] == ["3.0"]


def test_retired_versions_are_never_in_force(tmp_path: Path, schemas: SchemaSet) -> None:
    text = V1.read_text(encoding="utf-8").replace("status: adopted", "status: retired")
    (tmp_path / "retired.yaml").write_text(text, encoding="utf-8")
    repository = load_repository([tmp_path], schemas, FACT_CATALOGUE)
    assert repository.errors == []
    assert repository.in_force(RS, dt.date(2026, 6, 1)) is None
    assert repository.in_force(RS, dt.date(2026, 6, 1), include_drafts=True) is None
    assert repository.freshness(repository.rulesets[0], dt.date(2026, 6, 1)) == ["retired"]


def test_freshness_flags_an_old_review_and_an_ended_validity(repo: RuleRepository) -> None:
    v1, v2 = repo.find(RS, "1.0"), repo.find(RS, "2.0")
    assert v1 is not None and v2 is not None
    assert repo.freshness(v1, dt.date(2026, 7, 1)) == []
    assert repo.freshness(v1, dt.date(2027, 2, 1)) == ["validity ended 2026-12-31"]
    assert repo.freshness(v2, dt.date(2027, 11, 16)) == [
        "last reviewed 2026-11-15 (366 days before 2027-11-16; the limit is 365 days)"]
    assert repo.freshness(v2, dt.date(2027, 11, 15)) == []
    assert repo.freshness(v2, dt.date(2027, 3, 1), max_age_days=30)[0].startswith("last reviewed 2026-11-15")


def test_validate_warns_about_a_stale_version_in_force_but_passes(runner: CliRunner) -> None:
    result = runner.invoke(main, ["validate", "--today", "2028-01-01", str(VERSIONS)])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if ": warning: " in line]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{V2}:")
    assert "eksempel-versjoner@2.0 is in force but last reviewed 2026-11-15 (412 days before 2028-01-01" in warnings[0]
    assert "1 warning(s)" in result.output
    fresh = runner.invoke(main, ["validate", "--today", "2027-06-01", str(VERSIONS)])
    assert fresh.exit_code == 0
    assert "0 warning(s)" in fresh.output


def test_json_output_carries_warnings(runner: CliRunner) -> None:
    result = runner.invoke(main, ["validate", "--format", "json", "--today", "2028-01-01", str(VERSIONS)])
    report = json.loads(result.stdout)
    assert report["valid"] is True
    assert [p["severity"] for p in report["problems"]] == ["warning"]
    assert {r["version"] for r in report["rulesets"]} == {"1.0", "2.0", "3.0"}


def test_findings_name_the_version_and_hash_in_force(repo: RuleRepository) -> None:
    facts = [Fact("kommune_aar", Subject("kommune", "0301", "Oslo"), "2027",
                  {"vedtak": 100, "anmodning": 100, "bosatt": 87, "vedtak_em": 3, "anmodning_em": 5})]
    old, new = repo.in_force(RS, dt.date(2026, 6, 1)), repo.in_force(RS, dt.date(2027, 6, 1))
    assert old is not None and new is not None
    # 87 of 100 is below 0.9 (version 1.0) but not below 0.85 (version 2.0).
    assert [(f.rule_id, f.status) for f in evaluate(old, facts, "2027")] == [("1.1", "partly_met")]
    findings = evaluate(new, facts, "2027")
    assert [(f.rule_id, f.status) for f in findings] == [("1.1", "met"), ("1.1/em", "not_met")]
    assert {(f.ruleset_version, f.ruleset_hash) for f in findings} == {("2.0", new.hash)}
    assert old.hash != new.hash


# --- content hash -------------------------------------------------------------------------------

SAME_MEANING = '''# Omskrevet: andre kommentarer, rekkefølge, sitering og blokkstil; samme innhold.
id: eksempelavtale
kind: obligations
version: '1.0'    # versjonen
title: {en: Example agreement for tests, nb: Eksempelavtale for tester}
status: adopted
valid_to: 2029-12-31
valid_from: 2026-01-01
adopted_on: 2025-12-01
adopted_by: "Testpartene"
last_reviewed_on: 2026-06-01
source: {section: Punkt 1, document: "Eksempelavtale (syntetisk, bare for tester)"}
provisions:
- id: '1.1'
  text: kommunen vedtar å bosette så mange som den blir anmodet om
  title:
    en: Vedtak in line with the request
    nb: Vedtak i tråd med anmodning
parameters:
  min_andel_bosatt:
    description: {en: Smallest share settled of the vedtak, nb: Minste andel bosatt av vedtak}
    citation: "Satt for testene; avtalen oppgir ikke tall."
    basis: assumption
    unit: andel
    value: 0.90
rules:
- id: "1.1"
  provision: "1.1"
  title: {nb: Vedtak mot anmodning, en: Vedtak against anmodning}
  applies_to: kommune
  fact: kommune_aar
  outcomes:
  - when: {other_field: anmodning, op: lt, field: vedtak}
    status: not_met
    explanation: {nb: "{subject_name} vedtok {vedtak} av {anmodning}.",
                  en: "{subject_name} decided {vedtak} of {anmodning}."}
  - status: partly_met
    when: {all: [{field: vedtak, op: ge, other_field: anmodning},
                 {ratio: [bosatt, vedtak], op: lt, param: min_andel_bosatt}]}
    explanation:
      en: "{subject_name} settled {bosatt} of {vedtak} decided."
      nb: "{subject_name} bosatte {bosatt} av {vedtak} vedtatt."
  - status: met
    when: {not: {ratio: [bosatt, vedtak], op: lt, param: min_andel_bosatt}}
    explanation: {nb: "{subject_name} vedtok og bosatte som anmodet.",
                  en: "{subject_name} decided and settled as requested."}
  otherwise:
    explanation: {nb: "{subject_name} har ikke registrert vedtak.", en: "{subject_name} has no vedtak registered."}
    status: insufficient_data
'''


def _hash(folder: Path) -> str:
    repository = load_rules([folder])
    assert repository.errors == [], [p.format() for p in repository.errors]
    [ruleset] = repository.rulesets
    return ruleset.hash


def test_the_hash_ignores_whitespace_comments_order_and_quoting(tmp_path: Path) -> None:
    (tmp_path / "eksempel.yaml").write_text(SAME_MEANING, encoding="utf-8")
    assert _hash(tmp_path) == _hash(VALID / "eksempel.yaml")


@pytest.mark.parametrize(("old", "new"), [
    ("value: 0.90", "value: 0.91"),
    ("op: lt, field: vedtak}", "op: le, field: vedtak}"),
    ("status: insufficient_data", "status: not_applicable"),
    ("decided {vedtak} of", "decided {vedtak} out of"),
    ("valid_to: 2029-12-31", "valid_to: 2029-12-30"),
    ("unit: andel", "unit: prosent"),
])
def test_the_hash_changes_when_a_value_changes(tmp_path: Path, old: str, new: str) -> None:
    assert old in SAME_MEANING
    (tmp_path / "eksempel.yaml").write_text(SAME_MEANING.replace(old, new), encoding="utf-8")
    changed = _hash(tmp_path)
    assert changed != _hash(VALID / "eksempel.yaml")
    assert changed.startswith("sha256:") and len(changed) == len("sha256:") + 64


# --- bosetting rules diff / list ----------------------------------------------------------------

def test_rules_diff_shows_a_changed_parameter_and_an_added_rule(runner: CliRunner) -> None:
    result = runner.invoke(main, ["rules", "diff", str(V1), str(V2)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"{RS}@1.0 ({V1}) -> {RS}@2.0 ({V2})"
    assert "  changed  parameter  min_andel_bosatt: 0.9 -> 0.85  (changed: citation, value)" in lines
    assert '  added    rule       1.1/em: "Vedtak for enslige mindreårige"' in lines
    assert '  changed  header     valid_from: "2026-01-01" -> "2027-01-01"' in lines
    assert not any(" removed " in line for line in lines)
    assert not any("rule       1.1:" in line or "rule       1.1 " in line for line in lines)


def test_rules_diff_as_json_by_id_and_version(runner: CliRunner) -> None:
    result = runner.invoke(main, ["rules", "diff", "--rules", str(VERSIONS), "--format", "json",
                                  f"{RS}@2.0", f"{RS}@1.0"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["old"], report["new"]) == (f"{RS}@2.0", f"{RS}@1.0")
    by_key = {(c["area"], c["key"]): c for c in report["changes"]}
    assert by_key[("parameter", "min_andel_bosatt")]["old"] == 0.85
    assert by_key[("parameter", "min_andel_bosatt")]["new"] == 0.9
    assert by_key[("rule", "1.1/em")]["change"] == "removed"


def test_rules_diff_of_a_file_with_itself_finds_no_change(runner: CliRunner) -> None:
    result = runner.invoke(main, ["rules", "diff", str(V2), str(V2)])
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == "No changes in meaning."


def test_rules_diff_wrong_usage_and_invalid_input(runner: CliRunner, tmp_path: Path) -> None:
    usage = runner.invoke(main, ["rules", "diff", "--rules", str(VERSIONS), "nothing-here", str(V1)])
    assert usage.exit_code == 2
    assert "is neither a file nor ID@VERSION" in usage.output
    missing = runner.invoke(main, ["rules", "diff", "--rules", str(VERSIONS), f"{RS}@9.9", str(V1)])
    assert missing.exit_code == 1
    assert f"no rule set '{RS}' version '9.9'" in missing.output
    folder = runner.invoke(main, ["rules", "diff", str(VERSIONS), str(V1)])
    assert folder.exit_code == 2
    assert "holds 3 rule sets; name one file" in folder.output
    broken = tmp_path / "broken.yaml"
    broken.write_text(V1.read_text(encoding="utf-8").replace("status: adopted", "status: adopte"), encoding="utf-8")
    invalid = runner.invoke(main, ["rules", "diff", str(broken), str(V1)])
    assert invalid.exit_code == 1
    assert f"{broken}:10:9: error:" in invalid.output
    for result in (usage, missing, folder, invalid):
        assert "Traceback" not in result.output


def test_rules_list_lists_every_version(runner: CliRunner) -> None:
    result = runner.invoke(main, ["rules", "list", "--rules", str(VERSIONS), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["id"], r["version"], r["status"], r["valid_from"], r["valid_to"], r["rules"]) for r in rows] == [
        (RS, "1.0", "adopted", "2026-01-01", "2026-12-31", 1),
        (RS, "2.0", "adopted", "2027-01-01", "2029-12-31", 2),
        (RS, "3.0", "draft", "2027-01-01", "2029-12-31", 2),
    ]
    today = dt.date.today()
    for row in rows:
        in_force = row["status"] == "adopted" and row["valid_from"] <= today.isoformat() <= row["valid_to"]
        assert row["in_force_today"] is in_force
    table = runner.invoke(main, ["rules", "list", "--rules", str(VERSIONS)])
    assert table.exit_code == 0
    body = table.output.splitlines()[2:]
    assert [line.split()[:4] for line in body] == [
        ["obligations", RS, "1.0", "adopted"],
        ["obligations", RS, "2.0", "adopted"],
        ["obligations", RS, "3.0", "draft"],
    ]
    assert all(row["hash"][7:19] in table.output for row in rows)


def test_rules_list_refuses_invalid_rules(runner: CliRunner) -> None:
    invalid = Path(__file__).parent / "fixtures" / "rules" / "invalid" / "duplicate_key"
    result = runner.invoke(main, ["rules", "list", "--rules", str(invalid)])
    assert result.exit_code == 1
    assert "duplicate key 'version'" in result.output
    assert "Traceback" not in result.output
