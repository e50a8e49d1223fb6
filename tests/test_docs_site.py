"""`bosetting docs`: one page per feature file and an index, each scenario with its latest result."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from bosetting.obligations.agreement import agreement_provisions
from bosetting.obligations.cli import main
from bosetting.obligations.docs_site.features import parse_feature
from bosetting.obligations.docs_site.results import example_id, read_results, scenario_runs

FEATURE = """# language: no
Egenskap: Eksempel på en egenskap
  En kort beskrivelse.

  Bakgrunn:
    Gitt året er 2026

  @forpliktelse-5.4
  Scenario: Et utsagn som er bekreftet
    Gitt kommunen Askvoll har 2 986 innbyggere
    Så er forpliktelse 5.4 «oppfylt»

  Regel: En regel med en mal

    @kriterium-2026-kapasitet
    Scenariomal: En mal med to eksempler
      Gitt kommunen Askvoll har <innbyggere> innbyggere
      Så er kriteriet «Tjenestekapasitet (innbyggertall)» «<resultat>» for Askvoll

      Eksempler:
        | innbyggere | resultat     |
        | 1 999      | ikke oppfylt |
        | 2 000      | oppfylt      |

  @kriterieversjon-2026
  Scenario: Et utsagn som ikke er kjørt
    Gitt året er 2026
"""


def _step(keyword: str, name: str, status: str, line: int) -> dict[str, object]:
    result: dict[str, object] = {"status": status, "duration": 1000}
    if status == "failed":
        result["error_message"] = "Traceback...\nAssertionError: kriteriet var «oppfylt»"
    return {"keyword": keyword, "name": name, "line": line, "match": {"location": ""}, "result": result}


def _cucumber() -> list[dict[str, object]]:
    background = _step("Gitt", "året er 2026", "passed", 6)
    return [{
        "keyword": "Egenskap", "uri": "features/eksempel.feature", "name": "Eksempel på en egenskap",
        "id": "features/eksempel.feature", "line": 2, "description": "", "language": "no", "tags": [],
        "elements": [
            {"keyword": "Scenario", "id": "test_et_utsagn", "name": "Et utsagn som er bekreftet", "line": 9,
             "description": "", "tags": [], "type": "scenario",
             "steps": [background, _step("Gitt", "kommunen Askvoll har 2 986 innbyggere", "passed", 10),
                       _step("Så", "er forpliktelse 5.4 «oppfylt»", "passed", 11)]},
            # Found by its test id (pytest escapes non-ASCII: "\\xf8"), whatever its step texts.
            {"keyword": "Scenariomal", "id": "test_mal[1 999-ikke oppfylt]", "name": "En mal med to eksempler",
             "line": 16, "description": "", "tags": [], "type": "scenario",
             "steps": [background, _step("Gitt", "kommunen Askvoll har 1 999 innbyggere", "passed", 17),
                       _step("Så", "kriteriet er ikke oppfylt", "passed", 18)]},
            # The second example failed at its first step: the later steps are not in the file.
            {"keyword": "Scenariomal", "id": "test_mal[2 000-oppfylt]", "name": "En mal med to eksempler",
             "line": 16, "description": "", "tags": [], "type": "scenario",
             "steps": [background, _step("Gitt", "kommunen Askvoll har 2 000 innbyggere", "failed", 17)]},
        ],
    }]


def _write(tmp_path: Path) -> tuple[Path, Path]:
    features = tmp_path / "features"
    features.mkdir()
    (features / "eksempel.feature").write_text(FEATURE, encoding="utf-8")
    results = tmp_path / "cucumber.json"
    results.write_text(json.dumps(_cucumber(), ensure_ascii=False), encoding="utf-8")
    return features, results


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_results_are_matched_to_scenarios_and_example_rows(tmp_path: Path) -> None:
    features, results_file = _write(tmp_path)
    feature = parse_feature(features / "eksempel.feature")
    results = read_results(results_file)
    statuses = [[run.status for _ex, _cells, run in scenario_runs(feature, s, results)] for s in feature.scenarios]
    assert statuses == [["passed"], ["passed", "failed"], ["not_run"]]
    outline = feature.scenarios[1]
    assert outline.rule == "En regel med en mal"
    assert "kriterium-2026-kapasitet" in outline.tags


def test_docs_writes_a_page_per_feature_with_results_links_and_the_agreement(tmp_path: Path) -> None:
    features, results = _write(tmp_path)
    out = tmp_path / "site"
    outcome = CliRunner().invoke(main, ["docs", "--features", str(features), "--results", str(results),
                                        "--out", str(out)])
    assert outcome.exit_code == 0, outcome.output
    assert sorted(p.name for p in out.iterdir()) == [".bosetting-output.json", "eksempel.html", "index.html",
                                                     "ordliste.html"]
    page = (out / "eksempel.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="nb">' in page
    assert "<style>" in page and "<link" not in page and "<script" not in page  # self-contained
    text = _text(page)
    assert "Et utsagn som er bekreftet bekreftet" in text
    assert "Et utsagn som ikke er kjørt ikke kjørt" in text
    assert "1 999 ikke oppfylt bekreftet" in text and "2 000 oppfylt feilet" in text
    assert "Feilet i steget «Gitt kommunen Askvoll har 2 000 innbyggere»" in text
    assert "AssertionError: kriteriet var «oppfylt»" in text
    assert "2 av 4 eksempler er bekreftet" in text
    # The obligation's own words, and links to the rule files that judge it.
    assert agreement_provisions()["5.4"] in text
    assert re.search(r'href="[^"]*rules/criteria/anmodningskriterier-2026\.yaml"', page)
    assert "regel kapasitet" in text
    index_html = (out / "index.html").read_text(encoding="utf-8")
    index = _text(index_html)
    assert "Eksempel på en egenskap 2 1 1" in index
    # Per obligation and criterion: its examples, and how many are verified.
    assert re.search(r"Forpliktelse 5\.4 [^|]*? bekreftet 1/1 Et utsagn som er bekreftet", index)
    assert "Kriterium kapasitet (2026) Tjenestekapasitet (innbyggertall) feilet 1/2 En mal med to eksempler" in index
    assert 'href="eksempel.html#linje-16"' in index_html
    assert re.search(r"Forpliktelse 8\.2 .*? ikke kjørt 0/0 ingen eksempler", index)


def test_docs_without_results_shows_every_scenario_as_not_run(tmp_path: Path) -> None:
    features, _results = _write(tmp_path)
    out = tmp_path / "site"
    outcome = CliRunner().invoke(main, ["docs", "--features", str(features), "--results",
                                        str(tmp_path / "missing.json"), "--out", str(out)])
    assert outcome.exit_code == 0, outcome.output
    assert "every scenario is shown as not run" in outcome.output
    text = _text((out / "eksempel.html").read_text(encoding="utf-8"))
    assert "0 av 4 eksempler er bekreftet" in text and "bekreftet" not in text.replace("er bekreftet", "")


def test_example_rows_are_named_as_pytest_names_them() -> None:
    assert example_id(["Tromsø", "2 000", "ikke oppfylt"]) == "Troms\\xf8-2 000-ikke oppfylt"


def test_docs_shows_which_branches_of_each_rule_the_scenarios_verify(tmp_path: Path) -> None:
    import datetime as dt

    from bosetting.engine.facts import Subject
    from bosetting.engine.findings import Finding
    from bosetting.obligations.feature_branches import BranchRecorder, required_branches, rule_branches
    from bosetting.obligations.paths import RULES_DIR
    from bosetting.obligations.rules_context import load_rules

    features, results = _write(tmp_path)
    repo = load_rules([RULES_DIR], today=dt.date(2026, 12, 31))
    recorder = BranchRecorder()
    recorder.start("eksempel.feature:9", "Et utsagn som er bekreftet", "test_features.py::test_x")
    finding = Finding(rule_id="5.4", provision="5.4", ruleset_id="samarbeidsavtale-2026-2029", ruleset_version="1.0",
                      ruleset_hash="", ruleset_status="adopted", status="met", subject=Subject("agency", "UDI", "UDI"),
                      period="2026", title={}, explanation={}, evidence=[], parameters=[], outcome="outcome 3")
    recorder.asserted([finding])
    recorder.write(results.with_name("feature-branches.json"), required_branches(repo, 2026))
    out = tmp_path / "site"
    outcome = CliRunner().invoke(main, ["docs", "--features", str(features), "--results", str(results),
                                        "--out", str(out)])
    assert outcome.exit_code == 0, outcome.output
    page = (out / "grener.html").read_text(encoding="utf-8")
    text = _text(page)
    assert f"1 av {len(rule_branches(repo, 2026))} regelgrener er bekreftet" in text
    assert re.search(r"utfall 3 oppfylt bekreftet Et utsagn som er bekreftet", text)
    assert 'href="eksempel.html#linje-9"' in page
    assert "ellers utilstrekkelig grunnlag ikke nådd" in text
    assert 'href="grener.html"' in (out / "index.html").read_text(encoding="utf-8")
