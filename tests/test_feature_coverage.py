"""Every obligation, goal and criterion in force has a scenario, and every tag names something real.

The feature files are parsed with the official Gherkin parser and compared with the real rule
files and the agreement's text. The tag scheme (docs/features.md):

- `@forpliktelse-<n.n>`: an obligation, 1.1 to 8.2 (the agreement's numbers);
- `@maal-<id>`: a main goal (`hovedmaal-1`..`hovedmaal-3`) or a result goal (`resultatmaal-bosetting`,
  `resultatmaal-mottak`);
- `@kriterium-<year>-<rule id>`: one rule of the request criteria whose validity starts in that year;
- `@kriterieversjon-<year>`: the criteria version for that request year as a whole.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from engine.repository import RuleRepository
from obligations.agreement import agreement_provisions
from obligations.docs_site import (
    CRITERIA_VERSION_TAG,
    TAG_PREFIXES,
    FeatureDoc,
    known_tags,
    parse_features,
    required_tags,
)
from obligations.paths import FEATURES_DIR, RULES_DIR
from obligations.rules_context import load_rules

YEAR = 2026
AREA_FILES = (
    "bosetting_i_trad_med_behovet", "lang_ventetid_og_tiltak", "enslige_mindreaarige_og_saerskilte_behov",
    "mottak_og_omsorgssentre", "statistikk_og_informasjon", "dokumentasjon_og_samarbeid", "anmodningskriterier",
    "fordeling_av_anmodninger", "den_aarlige_gjennomgangen", "maal",
)


@pytest.fixture(scope="module")
def repo() -> RuleRepository:
    repo = load_rules([RULES_DIR], today=dt.date(YEAR, 12, 31))
    repo.raise_for_errors()
    return repo


@pytest.fixture(scope="module")
def features() -> list[FeatureDoc]:
    return parse_features(FEATURES_DIR)


def tag_counts(features: list[FeatureDoc]) -> Counter[str]:
    """How many scenarios carry each tag (a scenario's own tags and those of its Regel, feature and examples)."""
    return Counter(tag for feature in features for scenario in feature.scenarios for tag in scenario.tags)


def test_every_area_of_the_agreement_has_a_feature_file() -> None:
    present = {path.stem for path in FEATURES_DIR.glob("*.feature")}
    assert not set(AREA_FILES) - present, f"feature files missing: {sorted(set(AREA_FILES) - present)}"


def test_feature_files_are_in_norwegian(features: list[FeatureDoc]) -> None:
    for feature in features:
        first = feature.path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# language: no", f"{feature.path.name}: the first line must be '# language: no'"
        assert feature.keyword == "Egenskap", f"{feature.path.name}: not parsed as a Norwegian feature"


def test_every_obligation_goal_and_criterion_in_force_has_a_scenario(repo: RuleRepository,
                                                                    features: list[FeatureDoc]) -> None:
    counts = tag_counts(features)
    required = required_tags(repo, YEAR)
    assert len([t for t in required if t.startswith("forpliktelse-")]) == 38
    assert len([t for t in required if t.startswith("maal-")]) == 5
    missing = [tag for tag in required if not counts[tag]]
    assert not missing, "no scenario for: " + ", ".join(f"@{tag}" for tag in missing)


def test_the_criteria_in_force_are_required(repo: RuleRepository) -> None:
    criteria = repo.all_in_force("criteria", dt.date(YEAR, 1, 1))
    assert criteria, f"no criteria in force in {YEAR}"
    required = required_tags(repo, YEAR)
    for ruleset in criteria:
        for rule in ruleset.rules:
            assert f"kriterium-{YEAR}-{rule.id}" in required


def test_every_tag_names_an_obligation_goal_or_criterion(repo: RuleRepository, features: list[FeatureDoc]) -> None:
    known = known_tags(repo, YEAR)
    wrong = []
    for feature in features:
        for scenario in feature.scenarios:
            for tag in scenario.tags:
                if not tag.startswith(TAG_PREFIXES):
                    wrong.append(f"{feature.path.name}:{scenario.line}: @{tag} is not a known kind of tag "
                                 f"({', '.join('@' + p + '...' for p in TAG_PREFIXES)})")
                elif tag not in known:
                    wrong.append(f"{feature.path.name}:{scenario.line}: @{tag} names no rule in rules/")
    assert not wrong, "\n".join(wrong)


def test_every_obligation_tag_is_judged_by_a_rule(repo: RuleRepository) -> None:
    """The tags that are required are also known: each obligation and goal has a rule in force."""
    known = known_tags(repo, YEAR)
    unjudged = [pid for pid in agreement_provisions()
                if (f"forpliktelse-{pid}" if pid[0].isdigit() else f"maal-{pid}") not in known]
    assert not unjudged, f"no rule in force in {YEAR} judges: {', '.join(unjudged)}"


def test_every_criteria_version_has_a_scenario_showing_how_it_is_chosen(repo: RuleRepository,
                                                                      features: list[FeatureDoc]) -> None:
    counts = tag_counts(features)
    years = sorted({r.valid_from.year for r in repo.rulesets if r.kind == "criteria"})
    missing = [year for year in years if not counts[f"{CRITERIA_VERSION_TAG}{year}"]]
    assert not missing, "no scenario chooses the criteria version of: " + ", ".join(map(str, missing))


def test_every_scenario_is_tagged(features: list[FeatureDoc]) -> None:
    untagged = [f"{feature.path.name}:{scenario.line} {scenario.name}" for feature in features
                for scenario in feature.scenarios if not scenario.tags]
    assert not untagged, "scenarios without a tag naming what they are about:\n" + "\n".join(untagged)
