"""The criteria rule files: valid, one version per request year, sources and assumptions stated."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from bosetting.engine.problems import InputError
from bosetting.obligations.cli import main
from bosetting.obligations.criteria.context import CRITERIA_DIR, load_criteria
from bosetting.obligations.criteria.spec import allocation_spec
from bosetting.obligations.paths import RULES_DIR

FILES = sorted(CRITERIA_DIR.glob("*.yaml"))


def test_bosetting_validate_accepts_every_rule_file(runner: CliRunner) -> None:
    result = runner.invoke(main, ["validate", str(RULES_DIR)])
    assert result.exit_code == 0, result.output


def test_one_version_per_request_year() -> None:
    repo = load_criteria([CRITERIA_DIR])
    years = sorted((r.valid_from.year, r.status) for r in repo.rulesets)
    assert years == [(2018, "adopted"), (2019, "adopted"), (2022, "adopted"), (2023, "adopted"), (2024, "adopted"),
                     (2026, "adopted"), (2027, "draft")]
    assert {r.id for r in repo.rulesets} == {"anmodningskriterier"}
    for ruleset in repo.rulesets:
        assert ruleset.valid_from.isoformat() == f"{ruleset.valid_from.year}-01-01"
        assert ruleset.valid_to.isoformat() == f"{ruleset.valid_from.year}-12-31"
        assert ruleset.version.startswith(f"{ruleset.valid_from.year}.")


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_each_file_names_its_schema_and_its_sources(path: Path) -> None:
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=../schema/criteria.schema.json"
    (ruleset,) = load_criteria([path]).rulesets
    assert ruleset.source.get("url", "").startswith("https://")
    assert "not quotes" in ruleset.source["notes"]
    assert ruleset.assumptions(), "every version has numbers the sources do not give"
    for parameter in ruleset.parameters.values():
        assert parameter.citation


def test_the_2027_draft_says_it_is_an_illustration() -> None:
    (draft,) = load_criteria([CRITERIA_DIR / "anmodningskriterier-2027-utkast.yaml"]).rulesets
    assert draft.status == "draft"
    assert "ikke regjeringens politikk" in draft.title["nb"] and "not government policy" in draft.title["en"]


def test_published_numbers_are_criteria_decisions() -> None:
    repo = load_criteria([CRITERIA_DIR])
    v2018 = repo.find("anmodningskriterier", "2018.1")
    assert v2018 is not None
    assert v2018.parameters["min_innbyggere"].value == 5000
    assert v2018.parameters["min_innbyggere"].basis == "criteria_decision"
    assert allocation_spec(v2018).minimum_request == 10
    v2026 = repo.find("anmodningskriterier", "2026.1")
    assert v2026 is not None
    assert v2026.parameters["maks_innvandrerandel_pct"].basis == "assumption"
    assert "not policy" in v2026.parameters["maks_innvandrerandel_pct"].citation


def test_2022_to_2024_ask_every_kommune_and_use_the_fylkeskommuner(tmp_path: Path) -> None:
    repo = load_criteria([CRITERIA_DIR])
    for version in ("2022.1", "2023.1", "2024.1"):
        ruleset = repo.find("anmodningskriterier", version)
        assert ruleset is not None
        spec = allocation_spec(ruleset)
        assert spec.use_recommendations and spec.by_fylke and spec.minimum_request is None


def _variant(old: str, new: str) -> str:
    text = (CRITERIA_DIR / "anmodningskriterier-2026.yaml").read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(("old", "new", "message"), [
    ("minimum_request: min_anmodning", "minimum_request: min_anmodnig", "unknown parameter 'min_anmodnig'"),
    ("mandatory: [kapasitet,", "mandatory: [kapasitett,", "no rule 'kapasitett'"),
    ("    arbeidsmarked: vekt_arbeidsmarked", "    arbeidsmarked: grunnvekt\n    kapasitet: grunnvekt",
     "both mandatory and scoring"),
    ("method: sainte_lague", "method: sainte_lagu", "is not allowed here"),
    ("levels: [fylke, kommune]", "levels: [kommune, fylke]", "is not allowed here"),
])
def test_mistakes_in_the_allocation_block_are_located(write_rules: Callable[[str, str], Path], old: str, new: str,
                                                      message: str) -> None:
    path = write_rules("criteria/feil.yaml", _variant(old, new))
    with pytest.raises(InputError) as caught:
        load_criteria([path])
    assert any(message in p.message and p.line > 0 for p in caught.value.problems), caught.value
