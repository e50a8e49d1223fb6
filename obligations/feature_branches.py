"""The outcome branches of the rules, and which feature scenarios exercise them (docs/features.md, "Coverage").

A branch is one way a rule can judge: one of its outcomes ("outcome 1".."outcome n", the first whose
condition a fact satisfies) or its `otherwise`. A finding names the branch it came from
(`Finding.outcome`), so the feature suite can record, from the engine itself, which branches each
scenario's evaluations reached and which of them a Så-step asserted on. `tests/test_feature_coverage.py`
requires every branch of the rule sets in force to be asserted by some scenario, and every scenario to
assert some branch that no other scenario does.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.findings import Finding
from engine.repository import RuleRepository
from engine.ruleset import RuleSet
from obligations.paths import FEATURES_DIR

OTHERWISE = "otherwise"
NO_FACTS = "no facts"
FORMAT = "bosetting-feature-branches/1"
# Where the feature suite reads its scenarios from, and where its recorder writes (tests/features/conftest.py).
FEATURES_ENV = "BOSETTING_FEATURES_DIR"
BRANCHES_ENV = "BOSETTING_BRANCHES_OUT"


def features_dir() -> Path:
    """features/, or the folder `$BOSETTING_FEATURES_DIR` names."""
    return Path(os.environ.get(FEATURES_ENV) or FEATURES_DIR)


def branch_key(ruleset_id: str, version: str, rule_id: str, outcome: str) -> str:
    """`anmodningskriterier@2026.1|kapasitet|outcome 2`: one branch of one rule of one rule set version."""
    return f"{ruleset_id}@{version}|{rule_id}|{outcome}"


WAIVED = " + unntak avtalt"
WAIVER_NOT_IN_FORCE = " + unntak ikke gyldig"


def finding_branch(finding: Finding) -> str:
    """The branch a finding came from; a waiver that changed or was noted on it is a branch of its own.

    Only the plain labels are required (`required_branches`); the waiver variants, like the domain
    outcomes in `BranchRecorder.noted`, count when telling whether a scenario shows something no other does.
    """
    outcome = finding.outcome
    if finding.waiver:
        outcome += WAIVED
    elif any(e.name == "unntak_ikke_gyldig" for e in finding.evidence):
        outcome += WAIVER_NOT_IN_FORCE
    return branch_key(finding.ruleset_id, finding.ruleset_version, finding.rule_id, outcome)


def split_branch(key: str) -> tuple[str, str, str]:
    """(ruleset id@version, rule id, outcome label)."""
    ruleset, rule_id, outcome = key.split("|")
    return ruleset, rule_id, outcome


def rulesets_in_force(repo: RuleRepository, year: int) -> list[RuleSet]:
    """The obligations and goals in force on 31 December of `year`, and the criteria in force for `year`."""
    end = dt.date(year, 12, 31)
    return (repo.all_in_force("obligations", end) + repo.all_in_force("goals", end)
            + repo.all_in_force("criteria", dt.date(year, 1, 1)))


def ruleset_branches(ruleset: RuleSet) -> list[str]:
    """Every outcome and the otherwise of every rule, in the rule file's order."""
    return [branch_key(ruleset.id, ruleset.version, rule.id, label)
            for rule in ruleset.rules
            for label in [outcome.label for outcome in rule.outcomes] + [rule.otherwise.label]]


def required_branches(repo: RuleRepository, year: int) -> list[str]:
    return [key for ruleset in rulesets_in_force(repo, year) for key in ruleset_branches(ruleset)]


@dataclass
class ScenarioBranches:
    """What the engine said in one scenario (an outline: all its example rows together)."""

    name: str
    nodeids: set[str] = field(default_factory=set)
    exercised: set[str] = field(default_factory=set)  # every finding of the scenario's evaluations
    asserted: set[str] = field(default_factory=set)  # the findings a Så-step compared with the scenario's words


@dataclass
class BranchRecorder:
    """Collects, per scenario (`<feature file>:<line>`), the branches of the findings the engine returned."""

    scenarios: dict[str, ScenarioBranches] = field(default_factory=dict)
    current: str = ""

    def start(self, key: str, name: str, nodeid: str) -> None:
        self.current = key
        self.scenarios.setdefault(key, ScenarioBranches(name)).nodeids.add(nodeid)

    def _scenario(self) -> ScenarioBranches:
        assert self.current, "findings recorded outside a scenario"
        return self.scenarios[self.current]

    def evaluated(self, findings: Iterable[Finding]) -> None:
        self._scenario().exercised.update(finding_branch(f) for f in findings)

    def asserted(self, findings: Iterable[Finding]) -> None:
        self._scenario().asserted.update(finding_branch(f) for f in findings)

    def noted(self, area: str, what: str, outcome: str) -> None:
        """An outcome of the domain code a Så-step compared with the scenario (which criteria version was
        chosen, how the need was distributed, what the review shows): `<area>|<what>|<outcome>`, never a
        rule's branch (the area has no `@version`), so never required, but counted for uniqueness."""
        assert "@" not in area and "|" not in f"{area}{what}{outcome}"
        self._scenario().asserted.add(f"{area}|{what}|{outcome}")

    def to_json(self, required: list[str]) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "required": required,
            "scenarios": {key: {"name": s.name, "nodeids": sorted(s.nodeids), "exercised": sorted(s.exercised),
                                "asserted": sorted(s.asserted)}
                          for key, s in sorted(self.scenarios.items())},
        }

    def write(self, path: Path, required: list[str]) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_json(required), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


@dataclass(frozen=True)
class BranchRecord:
    """A recorder's file, read back."""

    required: list[str]
    scenarios: dict[str, ScenarioBranches]

    def by_branch(self, kind: str = "asserted") -> dict[str, list[str]]:
        """Which scenarios reached (kind="exercised") or asserted (kind="asserted") each branch."""
        found: dict[str, list[str]] = {}
        for key, scenario in self.scenarios.items():
            for branch in getattr(scenario, kind):
                found.setdefault(branch, []).append(key)
        return found


def read_branch_record(path: Path) -> BranchRecord:
    data: Mapping[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    assert data.get("format") == FORMAT, f"{path}: not a feature branch record"
    scenarios = {key: ScenarioBranches(s["name"], set(s["nodeids"]), set(s["exercised"]), set(s["asserted"]))
                 for key, s in data["scenarios"].items()}
    return BranchRecord(list(data["required"]), scenarios)
