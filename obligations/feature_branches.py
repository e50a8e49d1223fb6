"""The outcome branches of the rules, and which feature scenarios exercise them (docs/features.md, "Coverage").

A branch is one way a rule can judge: one of its outcomes ("outcome 1".."outcome n", the first whose
condition a fact satisfies) or its `otherwise`. A finding names the branch it came from
(`Finding.outcome`), so the feature suite can record, from the engine itself, which branches each
scenario's evaluations reached and which of them a Så-step asserted on. Steps that compare what other
domain code returned (the criteria version chosen, the allocation, the review) note that as a domain
outcome. `tests/test_feature_coverage.py` requires every rule branch in force and every domain outcome
in `domain_outcomes` to be asserted by some scenario, and every scenario to assert something required
that no other scenario does (so that removing any one scenario fails it).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bosetting.engine.findings import Finding
from bosetting.engine.repository import RuleRepository
from bosetting.engine.ruleset import RuleSet
from bosetting.obligations.paths import FEATURES_DIR

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
WAIVER_NOT_IN_FORCE = " + unntak ikke brukt"


def finding_branch(finding: Finding) -> str:
    """The branch a finding came from; a waiver that changed or was noted on it is a branch of its own.

    Only the plain labels are rule branches that are required; a waiver is required as a domain outcome
    (`unntak|...`, noted by `BranchRecorder.asserted`), once for the whole agreement, not per rule.
    """
    outcome = finding.outcome
    if finding.waiver:
        outcome += WAIVED
    elif any(e.name == "unntak_ikke_brukt" for e in finding.evidence):
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


def rule_branches(repo: RuleRepository, year: int) -> list[str]:
    """Every branch of every rule of the rule sets in force (`rulesets_in_force`)."""
    return [key for ruleset in rulesets_in_force(repo, year) for key in ruleset_branches(ruleset)]


# The outcomes of the domain code beyond the rules that a scenario can show, `<area>|<what>|<outcome>`
# (noted by the Så-steps that compare them, see BranchRecorder.noted). The areas have no `@version`.
NO_ADOPTED_ONLY_DRAFT = "ingen vedtatt, bare utkast"
NO_CRITERIA = ("kriterievalg", "år uten kriterier", "ingen")
DOMAIN_OUTCOMES: tuple[tuple[str, str, str], ...] = (
    ("avtalen", "vurdering", "hver forpliktelse og hvert mål"),  # evaluate_year: a finding for every provision
    ("avtalen", "regelfil", "versjon og kontrollsum"),  # the findings name the rule file they came from
    # What the rule file says of a provision: its kind (effort, or act and result) and whom it binds;
    # and that no kommune or fylke is judged (the legal reading, docs/legal.md).
    ("avtalen", "forpliktelsestype", "effort"),
    ("avtalen", "forpliktelsestype", "act"),
    ("avtalen", "binder", "partene"),
    ("avtalen", "kommuner", "beskrevet, ikke vurdert"),
    ("kriterier", "vurdering", "hvert kriterium for kommunen"),
    ("kriterier", "kvalifisert", "anmodes"),
    ("kriterier", "kvalifisert", "enslige mindreårige"),
    ("kriterier", "ikke kvalifisert", "enslige mindreårige"),
    NO_CRITERIA,
    ("fordeling", "sum", "lik behovet"),  # obligations.criteria.allocation: the sums, and each row's case
    ("fordeling", "rader", "hver kommune"),
    ("fordeling", "anmodning", "etter vekten"),
    ("fordeling", "anmodning", "taket"),
    ("fordeling", "ikke anmodet", "ikke kvalifisert"),
    ("fordeling", "ikke anmodet", "under minsteanmodningen"),
    ("fordeling", "enslige mindreårige", "ingen"),
    # obligations.criteria.redistribution.triggers: each threshold, no trigger, and the changed requests
    *(("omfordeling", "utløst", kind) for kind in ("relative", "absolute", "relative_em", "absolute_em")),
    ("omfordeling", "ikke utløst", "innenfor tersklene"),
    ("omfordeling", "endringer", "per kommune"),
    ("gjennomgang", "sammendrag", "ikke oppfylt"),  # obligations.review: the summary and the deviation
    ("gjennomgang", "avvik", "behov mot bosatt"),
    # obligations.waivers: one waiver covers every event, several together do, one covers some (the others decide),
    # or none is covered and the waiver is noted as not used
    ("unntak", "gyldig", "unntak avtalt"),
    ("unntak", "flere sammen", "unntak avtalt"),
    ("unntak", "delvis", "de andre hendelsene avgjør"),
    ("unntak", "ikke gyldig", "ikke brukt"),
    # obligations.period: the evaluation of the agreement period (features/periode.feature)
    ("periode", "mål", "nådd ett år, ikke det neste"),
    ("periode", "årsak", "vist i dataene"),
    ("periode", "årsak", "forklart av partene"),
    ("periode", "årsak", "trekker avviket ned"),
    ("periode", "oppfølging", "rapportert utført"),
    ("periode", "oppfølging", "rapportert ikke utført"),
    ("periode", "oppfølging", "ingen rapport, fristen er passert"),
    ("periode", "oppfølging", "ingen rapport ennå, fristen er ikke passert"),
    ("periode", "utløser", "ikke under antakelsen"),
    ("periode", "utløser", "under antakelsen (se merknad)"),
    ("periode", "partshandling", "ingen data"),
    ("periode", "partshandling", "ingen registrert"),
    ("periode", "partshandling", "vilkårene ikke til stede"),
    ("periode", "partshandling", "oppsigelse"),
    ("periode", "forklaring", "ved en forpliktelse"),
    ("periode", "forklaring", "uten avvik"),
    ("periode", "forklaring", "år som dataene ikke har"),
)


def domain_outcomes(repo: RuleRepository) -> list[str]:
    """The domain outcomes a scenario must show: the fixed ones, which version of the criteria is chosen for
    each criteria file's year (and, for a draft, that no adopted version is), and every cause of a deviation."""
    from bosetting.obligations.review.texts import CAUSES

    found = ["|".join(outcome) for outcome in DOMAIN_OUTCOMES]
    for ruleset in (r for r in repo.rulesets if r.kind == "criteria"):
        year = ruleset.valid_from.year
        if ruleset.status == "draft":
            found += [f"kriterievalg|{year} med utkast|{ruleset.version} draft",
                      f"kriterievalg|{year}|{NO_ADOPTED_ONLY_DRAFT}"]
        else:
            found.append(f"kriterievalg|{year}|{ruleset.version} {ruleset.status}")
    found += [f"gjennomgang|årsak|{key}" for key in CAUSES]
    return found


def required_branches(repo: RuleRepository, year: int) -> list[str]:
    """What the scenarios must assert between them: every rule branch in force, and every domain outcome."""
    return rule_branches(repo, year) + domain_outcomes(repo)


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
        for finding in findings:
            branch = finding_branch(finding)
            self._scenario().asserted.add(branch)
            if branch.endswith(WAIVED) and finding.status != "waived":
                self.noted("unntak", "delvis", "de andre hendelsene avgjør")
            elif branch.endswith(WAIVED) and len((finding.waiver or {}).get("unntak", ())) > 1:
                self.noted("unntak", "flere sammen", "unntak avtalt")
            elif branch.endswith(WAIVED):
                self.noted("unntak", "gyldig", "unntak avtalt")
            elif branch.endswith(WAIVER_NOT_IN_FORCE):
                self.noted("unntak", "ikke gyldig", "ikke brukt")

    def noted(self, area: str, what: str, outcome: str) -> None:
        """An outcome of the domain code a Så-step compared with the scenario (which criteria version was
        chosen, how the need was distributed, what the review shows): `<area>|<what>|<outcome>`, never a
        rule's branch (the area has no `@version`); `domain_outcomes` lists those that are required."""
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
