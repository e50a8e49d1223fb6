"""Every obligation, goal and criterion in force has a scenario, and every tag names something real.

The feature files are parsed with the official Gherkin parser and compared with the real rule
files and the agreement's text. The tag scheme (docs/features.md):

- `@forpliktelse-<n.n>`: an obligation, 1.1 to 8.2 (the agreement's numbers);
- `@maal-<id>`: a main goal (`hovedmaal-1`..`hovedmaal-3`) or a result goal (`resultatmaal-bosetting`,
  `resultatmaal-mottak`);
- `@kriterium-<year>-<rule id>`: one rule of the request criteria whose validity starts in that year;
- `@kriterieversjon-<year>`: the criteria version for that request year as a whole;
- `@illustrasjon`: a scenario that shows, rather than proves; it may repeat what others already verify.

Beyond the tags, coverage is per outcome branch (obligations.feature_branches): the feature suite runs
in a subprocess, its recorder notes which branches each scenario's Så-steps asserted (and which outcomes
of the criteria choice, the allocation and the review), and the tests at the end of this file require
every one of them to be asserted by a scenario, and every scenario (not @illustrasjon) to assert a
required one that no other scenario does, so that removing it fails.
The folder of feature files is `$BOSETTING_features_dir()` when set (scripts/check_scenario_removal.py).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections import Counter

import pytest

from bosetting.engine.repository import RuleRepository
from bosetting.obligations.agreement import agreement_provisions
from bosetting.obligations.docs_site.features import FeatureDoc, parse_features
from bosetting.obligations.docs_site.tags import CRITERIA_VERSION_TAG, TAG_PREFIXES, known_tags, required_tags
from bosetting.obligations.feature_branches import (
    BRANCHES_ENV,
    NO_FACTS,
    BranchRecord,
    features_dir,
    read_branch_record,
    required_branches,
    split_branch,
)
from bosetting.obligations.paths import PROJECT_ROOT, RULES_DIR
from bosetting.obligations.rules_context import load_rules

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
    return parse_features(features_dir())


def tag_counts(features: list[FeatureDoc]) -> Counter[str]:
    """How many scenarios carry each tag (a scenario's own tags and those of its Regel, feature and examples)."""
    return Counter(tag for feature in features for scenario in feature.scenarios for tag in scenario.tags)


ILLUSTRATION_TAG = "illustrasjon"


def test_every_area_of_the_agreement_has_a_feature_file() -> None:
    present = {path.stem for path in features_dir().glob("*.feature")}
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
                if tag == ILLUSTRATION_TAG:
                    continue
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
                for scenario in feature.scenarios if not set(scenario.tags) - {ILLUSTRATION_TAG}]
    assert not untagged, "scenarios without a tag naming what they are about:\n" + "\n".join(untagged)


# ---------------------------------------------------------------------------------------------
# Coverage per outcome branch, as the engine recorded it during a run of the feature suite

# Branches no valid data can reach, each with the reason (read from the rule's outcomes and from the
# code that derives its facts, obligations/facts/<fact type>.py and obligations/data/facts.py). A branch listed here is
# not required, and the test below fails if a scenario ever reaches one, so the list cannot hide a gap.
OBLIGATIONS = "samarbeidsavtale-2026-2029@1.0"
GOALS = "samarbeidsavtale-2026-2029-mal@1.0"
CRITERIA = "anmodningskriterier@2026.1"
_NOTICES = ("outcome 1 takes a missing table of capacity changes; with the table, the numbers of large changes and "
            "of changes notified late or never are whole numbers (facts.kapasitetsendringer.notice_values), and the "
            "outcomes 'no large change', 'none late and none never', 'some late or never' cover every case")
_DELIVERIES = ("outcome 1 takes a missing delivery register; with it, the number of missing deliveries is a whole "
               "number (facts.statistikkleveranser.delivery_values): '= 0' is outcome 2, and otherwise some recipient "
               "month was expected, so the share delivered exists and is '>=' or '<' its reference value "
               "(outcomes 3-4)")
_THRESHOLD = ("outcome 1 takes a missing value; the other outcomes compare that value with '>=' and '<' the same "
              "threshold, which covers every number")
_TWO_THRESHOLDS = ("outcome 1 takes either value missing; the other outcomes are 'both reach their threshold', "
                   "'one does' and 'neither does', which cover every pair of numbers")
_INNBYGGERE = ("the population comes from the kommune register, where it is a required whole number "
               "(records.Kommune.innbyggere); the outcomes '>=' and '<' the minimum cover it")
_SHARE = ("outcome 1 takes the figure (or the table it comes from) missing and outcome 2 no case; with a case the "
          "share exists and is '>=' or '<' its reference value, which cover every number")
_CATEGORIES = ("the categories cover every vedtak: not asked (anmodning 0 and vedtak missing or 0), no vedtak "
               "registered, 0, and more than, equal to or less than the request (metrics.allocation.vedtak_category)")
_MAPPING = ("outcome 1 takes missing person data and outcome 2 nobody ready in the year; with someone ready the median "
            "exists and is '<=' or '>' the reference value (metrics.mapping.MappingTimes)")
_BAND = ("outcome 1 takes no month with places; the rule file states the band, so the number of months outside it is "
         "a whole number (facts.belegg.occupancy_values): 0, at most the reference value, or more (outcomes 2-4)")
UNREACHABLE: dict[str, str] = {
    f"{OBLIGATIONS}|1.1/varsling|otherwise": _NOTICES,
    f"{OBLIGATIONS}|5.4|otherwise": (
        "outcome 1 takes a missing table of capacity changes and outcome 2 no large change; with large changes, either "
        "none is late or never (outcome 3), or some are, and each of those has a reason for urgency recorded or not "
        "(facts.kapasitetsendringer.notice_values): outcomes 4-5 cover both"),
    f"{OBLIGATIONS}|6.2/varsel|otherwise": _NOTICES,
    f"{OBLIGATIONS}|4.1|otherwise": _DELIVERIES,
    f"{OBLIGATIONS}|5.3|otherwise": _DELIVERIES,
    f"{OBLIGATIONS}|1.2|otherwise": (
        "outcome 1 takes missing person data; with it, 'rising' is true or false; when rising, a tiltak in time or "
        "late (outcomes 3-4), the year's register missing (5), the deadline not passed (6) or passed with no "
        "tiltak (7) cover every combination (facts.lang_ventetid.long_wait_values)"),
    f"{OBLIGATIONS}|1.2/forrige-aar|otherwise": (
        "outcomes 1-3 take a previous year outside the agreement, without person data, or with no deadline in the "
        "year; with a deadline in the year, the tiltak are read from both years' registers: in time, late, this year's "
        "register missing, or none (outcomes 4-7)"),
    f"{OBLIGATIONS}|1.7/fylke|otherwise": _CATEGORIES,
    f"{OBLIGATIONS}|1.7/kommune|otherwise": _CATEGORIES,
    f"{OBLIGATIONS}|2.3/vedtak|otherwise": (
        "outcome 1 takes no vedtak registered anywhere; with one, the sum of vedtak is more than, equal to or less "
        "than the sum of the requests (outcomes 2-4)"),
    f"{OBLIGATIONS}|4.4/kommune|otherwise": (
        "outcome 1 takes a missing vedtak or 0; with vedtak > 0, bosatt is '>=' or '<' it (outcomes 2-3)"),
    f"{OBLIGATIONS}|1.8/rapport|otherwise": (
        "outcome 1 takes a missing report register; with it, 'report published' is always true or false "
        "(facts.beregningsutvalget.report_values)"),
    f"{OBLIGATIONS}|3.2/dekningsgrad|otherwise": _THRESHOLD,
    f"{OBLIGATIONS}|4.4/behov|otherwise": _THRESHOLD,
    f"{OBLIGATIONS}|4.6/bosatt|otherwise": _SHARE,
    f"{OBLIGATIONS}|6.4/ventetid|otherwise": _SHARE,
    f"{OBLIGATIONS}|6.5/bosatt|otherwise": _SHARE,
    f"{OBLIGATIONS}|5.5/tid|otherwise": _MAPPING,
    f"{OBLIGATIONS}|6.3/tid|otherwise": _MAPPING,
    f"{OBLIGATIONS}|3.4|otherwise": (
        "outcomes 1-3 take no criteria for the next year, only a draft, and a missing recommendation; otherwise "
        "'recommended by the national committee' and 'in order' are booleans (derive.CriteriaProcess): met when "
        "both hold, not met when either does not (outcomes 4-6)"),
    f"{OBLIGATIONS}|5.1|otherwise": _BAND,
    f"{OBLIGATIONS}|6.1|otherwise": _BAND,
    f"{GOALS}|hovedmaal-2|otherwise": (
        "outcome 1 takes either count missing; with both counts, 'both = 0' is met (outcome 2), and otherwise one "
        "is not 0, which is partly met (outcome 4) unless both shares are below their reference values (outcome 3)"),
    f"{GOALS}|resultatmaal-mottak|otherwise": (
        "outcome 1 takes a missing table and outcome 2 no large change; with large changes the share notified in "
        "time exists and is '>=' or '<' the thresholds (outcomes 3-5)"),
    f"{CRITERIA}|kapasitet|otherwise": _INNBYGGERE,
    f"{CRITERIA}|em_kapasitet|otherwise": _INNBYGGERE,
}


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory) -> BranchRecord:
    """Run every scenario in a fresh pytest process, with the recorder writing to a temporary file."""
    out = tmp_path_factory.mktemp("branches") / "feature-branches.json"
    env = {**os.environ, BRANCHES_ENV: str(out)}
    run = subprocess.run([sys.executable, "-m", "pytest", "tests/features", "-q", "-p", "no:cacheprovider",
                          "-p", "no:randomly", "-x"],
                         cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, f"the feature suite failed:\n{run.stdout[-4000:]}\n{run.stderr[-2000:]}"
    return read_branch_record(out)


def scenario_keys(features: list[FeatureDoc]) -> dict[str, tuple[str, ...]]:
    """Every scenario of the feature files, as the recorder names it (`<file>:<line>`), with its tags."""
    return {f"{feature.path.name}:{scenario.line}": scenario.tags
            for feature in features for scenario in feature.scenarios}


def describe_branch(key: str) -> str:
    ruleset, rule_id, outcome = split_branch(key)
    return f"{ruleset} rule {rule_id}: {outcome}" if "@" in ruleset else f"{ruleset}: {rule_id}: {outcome}"


def test_every_scenario_ran_and_was_recorded(record: BranchRecord, features: list[FeatureDoc]) -> None:
    missing = sorted(set(scenario_keys(features)) - set(record.scenarios))
    assert not missing, f"scenarios the recorder never saw run: {missing}"


def test_the_required_branches_are_those_of_the_rules_in_force(record: BranchRecord, repo: RuleRepository) -> None:
    assert record.required == required_branches(repo, YEAR)
    rule_branches = [b for b in record.required if "@" in split_branch(b)[0]]
    assert len(rule_branches) > 200
    outcomes = {split_branch(b)[2] for b in rule_branches}
    assert "otherwise" in outcomes and "outcome 1" in outcomes and NO_FACTS not in outcomes
    areas = {split_branch(b)[0] for b in record.required} - {split_branch(b)[0] for b in rule_branches}
    assert {"kriterievalg", "fordeling", "omfordeling", "gjennomgang", "unntak"} <= areas
    stale = sorted(set(UNREACHABLE) - set(record.required))
    assert not stale, f"listed branches that no rule in force has: {stale}"


def test_every_outcome_branch_in_force_is_asserted_by_a_scenario(record: BranchRecord) -> None:
    asserted = record.by_branch("asserted")
    uncovered = [b for b in record.required if b not in asserted and b not in UNREACHABLE]
    assert not uncovered, "no scenario asserts the finding of:\n" + "\n".join(map(describe_branch, uncovered))
    reached = sorted(b for b in UNREACHABLE if b in record.by_branch("exercised"))
    assert not reached, f"listed as unreachable, but a scenario reached them: {reached}"


def test_removing_any_one_scenario_loses_a_branch(record: BranchRecord, features: list[FeatureDoc]) -> None:
    """Each scenario, unless @illustrasjon, asserts a required branch that no other scenario asserts.

    Only a required branch counts: without the scenario it would be uncovered, and the test above fails."""
    tags = scenario_keys(features)
    by_branch = record.by_branch("asserted")
    required = set(record.required)
    redundant = []
    for key, scenario in sorted(record.scenarios.items()):
        if ILLUSTRATION_TAG in tags.get(key, ()):
            continue
        if not any(by_branch[b] == [key] for b in scenario.asserted if b in required):
            redundant.append(key)
    assert not redundant, ("scenarios that assert no required branch that another scenario does not also assert "
                           "(add what only they show, tag them @illustrasjon, or remove them):\n"
                           + "\n".join(f"{k} {record.scenarios[k].name}" for k in redundant))


def test_illustrations_are_few(features: list[FeatureDoc]) -> None:
    illustrations = [s for f in features for s in f.scenarios if ILLUSTRATION_TAG in s.tags]
    assert len(illustrations) <= 6, "keep @illustrasjon for the few scenarios that show rather than prove"
