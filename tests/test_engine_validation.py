"""One negative fixture per error kind the validator claims to catch (OpenFisca's habit).

Each fixture under tests/fixtures/rules/invalid/<error_kind>/ holds exactly one mistake
in an otherwise valid rule file. Each case asserts the file, line, column and message,
through the Python API and through `bosetting validate` (exit 1, no traceback).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bosetting.obligations.cli import main
from bosetting.obligations.rules_context import load_rules

RULE_FIXTURES = Path(__file__).parent / "fixtures" / "rules"
EXAMPLE = RULE_FIXTURES / "valid" / "eksempel.yaml"
INVALID = RULE_FIXTURES / "invalid"
TODAY = dt.date(2026, 7, 1)

# error kind (folder), file with the error, line, column, a part of the message.
CASES: list[tuple[str, str, int, int, str]] = [
    # the loader: YAML itself
    ("duplicate_key", "duplicate_key.yaml", 8, 1, "duplicate key 'version' (first at line 7)"),
    ("merge_key", "merge_key.yaml", 14, 3, "merge keys (<<) are not allowed"),
    ("key_not_text", "mapping_as_key.yaml", 11, 3, "a key must be plain text"),
    ("unquoted_yes_no", "unquoted_no.yaml", 11, 13, "unquoted 'no' is ambiguous"),
    ("leading_zero", "kommunenummer_0301.yaml", 15, 12, "unquoted '0301' has a leading zero"),
    ("sexagesimal", "klokkeslett_12_30.yaml", 15, 12, "unquoted '12:30' is read by YAML 1.1 as a base-60 number"),
    ("python_tag", "python_object.yaml", 15, 12, "the tag '!!python/object/apply:os.system' is not allowed"),
    ("other_tag", "include_tag.yaml", 15, 12, "the tag '!include' is not allowed"),
    ("number_form", "hex_number.yaml", 19, 12, "'0x1F' is a number in a form we do not read"),
    ("too_many_digits", "forty_digits.yaml", 19, 12, "has more than 30 digits"),
    ("yaml_syntax", "unclosed_bracket.yaml", 29, 9, "YAML syntax error: did not find expected ',' or '}'"),
    ("tabs", "tab_indent.yaml", 14, 1, "a tab character cannot indent YAML; indent with spaces"),
    ("empty", "empty.yaml", 1, 1, "the file is empty"),
    ("empty", "only_comments.yaml", 1, 1, "the file is empty"),
    ("binary", "garbage.yaml", 0, 0, "the file is binary"),
    ("invalid_utf8", "latin1.yaml", 11, 32, "the file is not valid UTF-8 (byte 0xf8)"),
    # the schema
    ("top_level_list", "list.yaml", 1, 1, "expected a mapping of keys at the top of a rule file, found a list"),
    ("missing_kind", "no_kind.yaml", 2, 1, "missing required key 'kind' (one of "),
    ("unknown_kind", "kind_obligation.yaml", 2, 7, "did you mean 'obligations'?"),
    ("kind_not_text", "kind_list.yaml", 2, 7, "expected the kind as text"),
    ("wrong_type", "version_number.yaml", 7, 10, "expected text, found the number 1.0"),
    ("unknown_key", "descripton.yaml", 7, 1, "unknown key 'descripton'; did you mean 'description'?"),
    ("missing_required_key", "no_last_reviewed_on.yaml", 2, 1, "missing required key 'last_reviewed_on'"),
    ("adopted_without_adopted_by", "no_adopted_by.yaml", 2, 1, "missing required key 'adopted_by'"),
    ("unknown_enum_value", "status_adopte.yaml", 10, 9, "the text 'adopte' is not allowed here; expected one of: "
                                                       "draft, adopted, retired; did you mean 'adopted'?"),
    ("impossible_date", "february_30.yaml", 9, 11, "'2026-02-30' is not a real calendar date; expected YYYY-MM-DD"),
    ("date_form", "date_with_slashes.yaml", 9, 11,
     "'31.12.2029' is not a date in the form YYYY-MM-DD; write 2029-12-31"),
    ("not_a_uri", "url_not_an_address.yaml", 16, 8, "the text 'ikke en adresse' is not a full web address"),
    ("bad_name", "parameter_with_capitals.yaml", 18, 3, "the text 'MinAndel' is not in the expected form"),
    ("condition_op_missing", "op_missing.yaml", 38, 15, "incomplete condition: 'op' is a dependency of 'field'"),
    ("condition_unknown_key", "operator_key.yaml", 38, 31, "unknown key 'operator'; did you mean 'op'?"),
    # beyond the schema: the rule set
    ("valid_from_after_valid_to", "reversed.yaml", 9, 11, "valid_to 2025-12-31 is before valid_from 2026-01-01"),
    ("adopted_after_validity", "adopted_on_2030.yaml", 12, 13, "adopted_on 2030-01-15 is after the version's validity"),
    ("duplicate_rule_id", "two_rules_1_1.yaml", 61, 9, "duplicate rule id '1.1' (first at rules[0])"),
    ("duplicate_provision_id", "two_provisions_1_1.yaml", 30, 9, "duplicate provision id '1.1'"),
    ("provision_missing_in_file", "provision_1_2.yaml", 32, 16, "names provision '1.2', which this file does not have"),
    ("agency_missing", "agency_without_name.yaml", 31, 5, "applies to an agency but does not say which"),
    ("unknown_parameter", "min_andel_bosat.yaml", 46, 56, "unknown parameter 'min_andel_bosat'; "
                                                          "did you mean 'min_andel_bosatt'?"),
    ("commitment_unknown_parameter", "out_of_scope_min_andel_bosat.yaml", 30, 18,
     "unknown parameter 'min_andel_bosat'; did you mean 'min_andel_bosatt'?"),
    ("unknown_fact_field", "vedtk.yaml", 38, 23, "unknown field 'vedtk' of fact 'kommune_aar'; did you mean 'vedtak'?"),
    ("unknown_evidence_field", "evidence_bosat.yaml", 36, 15, "unknown field 'bosat' of fact 'kommune_aar'; "
                                                              "did you mean 'bosatt'?"),
    ("unknown_fact_type", "kommune_ar.yaml", 35, 11, "unknown fact 'kommune_ar'; did you mean 'kommune_aar'?"),
    ("numeric_threshold", "value_5.yaml", 38, 46, "a number to compare against is a threshold"),
    ("arithmetic_with_text", "quoted_threshold.yaml", 19, 12,
     "parameter 'min_andel_bosatt' is the text \"0.9\", but rule '1.1' compares it with '(bosatt / vedtak)', "
     "a number (op lt, line 46): write 0.9 without quotes"),
    ("text_threshold", "percent_sign.yaml", 19, 12, "parameter 'min_andel_bosatt' is the text \"90 %\", but rule "
     "'1.1' compares it with 'bosatt', a number (op lt, line 46): write 90, the unit is in `unit` (prosent)"),
    ("text_threshold", "decimal_comma.yaml", 19, 12, "is the text \"15,5\", but rule '1.1' compares it with "
     "'bosatt', a number (op lt, line 46): write 15.5 with a decimal point"),
    ("text_threshold", "about_20.yaml", 19, 12, "is the text \"ca. 20\", but rule '1.1' compares it with 'bosatt', "
     "a number (op lt, line 46): write 20: a threshold is one exact number"),
    ("text_compared_with_number", "quoted_zero.yaml", 46, 46, "'bosatt' is a number, but it is compared with the "
     "text \"0\" (op ne): write 0 without quotes"),
    ("ordering_text", "kategori_lt.yaml", 46, 44, "op 'lt' orders values, but 'vedtak_kategori' is text: use eq, "
     "ne, in or not_in"),
    ("list_parameter_for_one_value", "two_thresholds.yaml", 46, 56,
     "op 'lt' compares with one value, but parameter 'min_andel_bosatt' is a list"),
    ("empty_list_parameter", "no_categories.yaml", 43, 59, "parameter 'godkjente_kategorier' is an empty list"),
    ("reserved_field", "field_named_type.yaml", 38, 23, "'type' cannot name a fact value: the engine uses it itself"),
    ("number_too_small", "parameter_0_00001.yaml", 19, 12, "closer to zero than the engine can compare"),
    ("number_too_large", "parameter_1e16.yaml", 19, 12, "larger than the engine accepts"),
    # the condition language
    ("condition_not_alone", "all_with_field.yaml", 44, 11, "'all' must stand alone in its condition; move field, op"),
    ("condition_two_lefts", "field_and_ratio.yaml", 38, 15, "needs exactly one of field, ratio or difference"),
    ("condition_no_right", "lt_without_value.yaml", 38, 15, "op 'lt' needs exactly one of value, param or other_field"),
    ("condition_null_with_value", "is_null_with_value.yaml", 38, 15, "op 'is_null' takes nothing to compare with"),
    ("condition_membership_not_list", "in_with_text.yaml", 38, 55, "op 'in' takes a list of values"),
    ("condition_membership_other_field", "in_other_field.yaml", 38, 15, "op 'in' compares with a list value"),
    ("condition_list_for_one", "eq_with_list.yaml", 38, 55, "op 'eq' compares with one value, not a list"),
    # explanations
    ("placeholder_unknown", "placeholder_vedtk.yaml", 40, 15, "the placeholder '{vedtk}' names no field, parameter or "
                                                              "standard value; did you mean 'vedtak'?"),
    ("placeholder_unbalanced", "unbalanced_brace.yaml", 41, 15, "the explanation has an unbalanced brace"),
    ("placeholder_not_a_name", "placeholder_expression.yaml", 41, 15, "'{vedtak-1}' is not a placeholder"),
    ("placeholder_format", "format_spec.yaml", 48, 15, "'{bosatt:.1f}': the renderer ignores ':.1f' and shows the "
                                                        "value as the report formats every value"),
    # the agreement
    ("provision_not_in_agreement", "provision_9_9.yaml", 27, 9, "the agreement has no provision '9.9'"),
    ("provision_not_verbatim", "paraphrased_1_1.yaml", 29, 11, "provision '1.1' is not the agreement's own words"),
    ("obligation_binds_non_party", "binds_a_kommune.yaml", 31, 17, "'Oslo kommune' is not a party to the agreement"),
    ("obligation_binds_missing", "no_binds.yaml", 27, 5, "obligation '2.1' does not say whom it binds"),
    ("obligation_carried_by_non_party", "carried_by_fylkeskommunene.yaml", 32, 22,
     "'fylkeskommunene' is not a party or one of their agencies"),
    ("obligation_kind_missing", "no_obligation_kind.yaml", 27, 5, "obligation '2.1' does not say what kind it is"),
    ("obligation_words_not_in_text", "words_paraphrased.yaml", 34, 14,
     "the deciding words 'jobbe for' are not in the text of '2.1'"),
    # the subjects a fact type is derived for (obligations.facts)
    ("fact_subject", "kommune_fact_for_the_nation.yaml", 34, 17,
     "rule '1.1' applies to national, but the fact 'kommune_aar' is derived only for kommune: no fact would reach "
     "the rule, and it would always say insufficient_data"),
    ("fact_subject", "occupancy_for_imdi.yaml", 35, 13,
     "rule '1.1' applies to IMDi, but the fact 'belegg' is derived only for UDI and Bufdir"),
    # indicators: a kommune or fylke is described, never judged
    ("indicator_gives_verdict", "not_met_for_a_kommune.yaml", 34, 17,
     "an indicator rule describes and never judges: status 'not_met' is a verdict"),
    ("indicator_unknown_category", "category_typo.yaml", 34, 19,
     "unknown category 'under_anmodnng'; did you mean 'under_anmodning'?"),
    # across files
    ("overlapping_adopted_versions", "eksempel-2.0.yaml", 8, 13,
     "two adopted versions of 'eksempelavtale' are in force on 2027-07-01: version 1.0"),
    ("same_version_twice", "eksempel-b.yaml", 7, 10, "eksempelavtale version 1.0 is also defined in"),
]

MULTI_FILE = {"overlapping_adopted_versions", "same_version_twice"}


def _target(kind: str, name: str) -> Path:
    """Cross-file cases are validated as a folder; the others as the one file."""
    return INVALID / kind if kind in MULTI_FILE else INVALID / kind / name


def _ids() -> list[str]:
    return [f"{kind}/{name}" for kind, name, *_ in CASES]


def test_every_fixture_folder_has_a_case() -> None:
    """A fixture added without a test (or a test whose fixture went missing) fails here."""
    on_disk = {p.relative_to(INVALID).as_posix() for p in INVALID.rglob("*.yaml")}
    covered = {f"{kind}/{name}" for kind, name, *_ in CASES}
    covered |= {p.relative_to(INVALID).as_posix() for kind in MULTI_FILE for p in (INVALID / kind).glob("*.yaml")}
    covered.add("several_errors/five_errors.yaml")
    assert on_disk == covered


@pytest.mark.parametrize(("kind", "name", "line", "column", "message"), CASES, ids=_ids())
def test_problem_through_the_api(kind: str, name: str, line: int, column: int, message: str) -> None:
    repo = load_rules([_target(kind, name)], today=TODAY)
    errors = repo.errors
    assert errors, "the fixture was accepted"
    matching = [p for p in errors if message in p.message]
    assert matching, [p.format() for p in errors]
    problem = matching[0]
    assert Path(problem.file).name == name
    assert (problem.line, problem.column) == (line, column)
    assert repo.rulesets == [] or kind in MULTI_FILE


@pytest.mark.parametrize(("kind", "name", "line", "column", "message"), CASES, ids=_ids())
def test_problem_through_the_command(runner: CliRunner, kind: str, name: str, line: int, column: int,
                                     message: str) -> None:
    result = runner.invoke(main, ["validate", "--today", TODAY.isoformat(), str(_target(kind, name))])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    file = str(INVALID / kind / name)
    location = f"{file}:{line}:{column}: error: " if line else f"{file}: error: "
    assert any(text.startswith(location) and message in text for text in result.output.splitlines()), result.output
    assert "error(s)" in result.output


def test_the_valid_example_passes(runner: CliRunner) -> None:
    result = runner.invoke(main, ["validate", "--today", TODAY.isoformat(), str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    assert "OK: 1 file(s), 1 rule set version(s), 1 rules; 0 warning(s)." in result.output


def test_every_error_of_a_file_is_reported_in_one_run(runner: CliRunner) -> None:
    path = INVALID / "several_errors" / "five_errors.yaml"
    result = runner.invoke(main, ["validate", "--today", TODAY.isoformat(), str(path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    expected = [
        (7, 10, "expected text, found the number 1.0"),
        (9, 11, "'2026-02-30' is not a real calendar date"),
        (10, 9, "did you mean 'adopted'?"),
        (14, 3, "missing required key 'document'"),
        (14, 3, "unknown key 'dokument'; did you mean 'document'?"),
        (34, 17, "the text 'kommunen' is not allowed here; expected one of: kommune, fylke, agency, national; "
                 "did you mean 'kommune'?"),
    ]
    lines = result.output.splitlines()
    for line, column, message in expected:
        assert any(text.startswith(f"{path}:{line}:{column}: error: ") and message in text for text in lines), message
    assert "6 error(s), 0 warning(s) in 1 file(s)." in result.output


def test_every_error_in_every_file_is_reported_in_one_run(runner: CliRunner) -> None:
    result = runner.invoke(main, ["validate", "--today", TODAY.isoformat(), str(INVALID)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    files_with_errors = {line.split(":")[0] for line in result.output.splitlines() if ": error: " in line}
    single_file_fixtures = {str(p) for p in INVALID.rglob("*.yaml") if p.parent.name not in MULTI_FILE}
    assert single_file_fixtures <= files_with_errors
    # In one folder, the many files that share id and version clash with each other as well.
    assert str(INVALID / "same_version_twice" / "eksempel-b.yaml") in files_with_errors


def test_json_output_lists_every_problem_with_its_location(runner: CliRunner) -> None:
    path = INVALID / "several_errors" / "five_errors.yaml"
    result = runner.invoke(main, ["validate", "--format", "json", "--today", TODAY.isoformat(), str(path)])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["valid"] is False
    assert report["files"] == 1
    assert report["rulesets"] == []
    problems = report["problems"]
    assert len(problems) == 6
    first = problems[0]
    assert first == {"file": str(path), "line": 7, "column": 10, "row": None, "column_name": None,
                     "severity": "error", "message": "expected text, found the number 1.0", "json_path": "$.version"}
    assert {p["json_path"] for p in problems} >= {"$.status", "$.valid_to", "$.source", "$.source.dokument",
                                                  "$.rules[0].applies_to"}


def test_json_output_of_a_valid_file(runner: CliRunner) -> None:
    result = runner.invoke(main, ["validate", "--format", "json", "--today", TODAY.isoformat(), str(EXAMPLE)])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["valid"] is True
    assert report["problems"] == []
    [summary] = report["rulesets"]
    assert summary["id"] == "eksempelavtale"
    assert summary["version"] == "1.0"
    assert summary["hash"].startswith("sha256:")


def test_a_missing_path_is_reported_not_crashed_on(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"
    result = runner.invoke(main, ["validate", str(missing)])
    assert result.exit_code == 1
    assert f"{missing}: error: no such file or folder" in result.output
