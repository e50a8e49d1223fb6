"""The yearly review on the bundled data: reproducible, valid, atomic, readable."""

from __future__ import annotations

import errno
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from bosetting.obligations.cli import main
from bosetting.obligations.review import run as review_run
from bosetting.obligations.review.machine import FINDINGS_SCHEMA, indented_json
from bosetting.obligations.review.run import run_review


@pytest.fixture(scope="module")
def first_review(tmp_path_factory: pytest.TempPathFactory) -> review_run.ReviewResult:
    return run_review(out_dir=tmp_path_factory.mktemp("review") / "review-a")


def _contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_two_runs_give_identical_bytes(first_review: review_run.ReviewResult, tmp_path: Path) -> None:
    second = run_review(out_dir=tmp_path / "review-b")
    first_files = _contents(first_review.out_dir)
    assert sorted(first_files) == sorted([".bosetting-output.json", *review_run.output_files(2027)])
    assert first_files == _contents(second.out_dir)


def test_findings_json_validates_against_the_published_schema(first_review: review_run.ReviewResult) -> None:
    schema = json.loads(FINDINGS_SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    document = json.loads((first_review.out_dir / "findings.json").read_text(encoding="utf-8"))
    errors = list(Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
                  .iter_errors(document))
    assert errors == []
    ids = [f["finding_id"] for f in document["findings"]]
    assert len(ids) == len(set(ids)), "finding ids must be unique so that years can be compared"
    assert document["synthetic_data"] is True


def test_report_states_synthetic_data_rules_and_inputs(first_review: review_run.ReviewResult) -> None:
    report = (first_review.out_dir / "report.md").read_text(encoding="utf-8")
    assert "syntetiske data" in report
    for ruleset in first_review.model.rulesets:
        assert ruleset.hash in report
    for name, digest in first_review.model.inputs.items():
        assert name in report and digest in report
    assert "Avviksanalyse" in report and "Kommuner vedtok å bosette færre enn de ble anmodet om" in report


def test_html_is_self_contained_with_charts(first_review: review_run.ReviewResult) -> None:
    html = (first_review.out_dir / "report.html").read_text(encoding="utf-8")
    for chart in ("chart-fylke", "chart-ventetid", "chart-lange-ventetider"):
        assert f'id="{chart}"' in html
    assert "<script" not in html
    # Sources are cited with their addresses as text; nothing is loaded or linked from the network.
    assert re.search(r"""(src|href|url)\s*[=(]\s*["']?(https?:)?//""", html) is None


def test_csv_opens_in_norwegian_excel(first_review: review_run.ReviewResult) -> None:
    raw = (first_review.out_dir / "findings.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())
    header = raw.decode("utf-8-sig").splitlines()[0]
    assert header.split(";")[0] == "finding_id"


def test_failed_run_leaves_the_earlier_report_untouched(first_review: review_run.ReviewResult, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "review-2027"
    run_review(out_dir=target)
    before = _contents(target)

    def disk_full(*_args: object, **_kwargs: object) -> bytes:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(review_run, "findings_csv", disk_full)
    with pytest.raises(OSError):
        run_review(out_dir=target)
    assert _contents(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["review-2027"], "no partial files may be left behind"


def test_interrupt_while_writing_leaves_no_partial_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bosetting.obligations import atomic

    target = tmp_path / "out"
    atomic.write_folder_atomically(target, {"a.txt": b"old"})
    real_fsync = atomic.os.fsync
    calls = {"n": 0}

    def interrupted(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic.write_folder_atomically(target, {"a.txt": b"new", "b.txt": b"new"})
    assert _contents(target) == {"a.txt": b"old", atomic.MARKER_NAME: atomic.marker_content("bosetting review",
                                                                                          ["a.txt"])}
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_review_command_in_english_and_diff(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["review", "--year", "2026", "--out", str(tmp_path / "r2026"), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "Assessments by status" in result.output
    report = (tmp_path / "r2026" / "report.md").read_text(encoding="utf-8")
    assert report.startswith("# Basis for the yearly review 2026 (draft)")

    changed = tmp_path / "changed"
    changed.mkdir()
    document = json.loads((tmp_path / "r2026" / "findings.json").read_text(encoding="utf-8"))
    flipped = document["findings"][0]
    flipped["status"] = "met" if flipped["status"] != "met" else "not_met"
    (changed / "findings.json").write_text(json.dumps(document), encoding="utf-8")
    diff = runner.invoke(main, ["review", "diff", str(tmp_path / "r2026"), str(changed)])
    assert diff.exit_code == 0, diff.output
    assert diff.output.count("→") == 1
    assert "I alt: 1 endret status, 0 nye, 0 borte." in diff.output
    as_json = runner.invoke(main, ["review", "diff", "--format", "json", str(tmp_path / "r2026"), str(changed)])
    assert [c["finding_id"] for c in json.loads(as_json.output)] == [flipped["finding_id"]]


def test_review_of_a_year_without_data_is_invalid_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["review", "--year", "1999", "--out", str(tmp_path / "x")])
    assert result.exit_code == 1
    assert "ingen data for 1999; dataene har 2026, 2027" in result.output
    assert "Leser data fra" in result.output
    english = CliRunner().invoke(main, ["review", "--year", "1999", "--lang", "en", "--out", str(tmp_path / "x")])
    assert english.exit_code == 1
    assert "no data for 1999; the data has 2026, 2027" in english.output and "Reading data from" in english.output
    assert not (tmp_path / "x").exists()


_json_leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
                         st.text(alphabet=st.characters(codec="utf-8"), max_size=8))
_json_values = st.recursive(_json_leaves, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.lists(inner, max_size=3).map(tuple),
    st.dictionaries(st.text(max_size=5), inner, max_size=4)), max_leaves=30)


@given(_json_values)
def test_findings_json_is_written_as_json_dumps_writes_it(value: object) -> None:
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_what_indented_json_does_not_know_is_left_to_json_dumps() -> None:
    odd = {"keys": {1: "one", None: "none"}, "nested": [{"a": (1, 2.5)}]}
    assert indented_json(odd) == json.dumps(odd, ensure_ascii=False, indent=2)
    with pytest.raises(TypeError):
        indented_json({"when": object()})
