"""Fixtures for the feature files' scenarios: the real rule files, loaded once, and a fresh world per scenario.

The branch recorder notes, for every scenario, the outcome branches of the findings the engine returned
(obligations.feature_branches); at the end of the run it writes them to `$BOSETTING_BRANCHES_OUT`
(default build/feature-branches.json) for tests/test_feature_coverage.py and `bosetting docs`.
The scenarios are read from `$BOSETTING_FEATURES_DIR` when it is set (scripts/check_scenario_removal.py
runs the suite on copies of features/ with one scenario left out), else from features/.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest

from bosetting.engine.repository import RuleRepository
from bosetting.obligations.feature_branches import BRANCHES_ENV, BranchRecorder, features_dir, required_branches
from bosetting.obligations.paths import PROJECT_ROOT, RULES_DIR
from bosetting.obligations.rules_context import load_rules

RULES_DAY = dt.date(2026, 12, 31)
RECORDER = BranchRecorder()


def pytest_configure(config: pytest.Config) -> None:
    """Register every tag of the feature files as a marker: pytest-bdd marks scenarios and examples with them."""
    tags = {tag for path in features_dir().glob("**/*.feature")
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip().startswith("@")
            for tag in line.split() if tag.startswith("@")}
    for tag in sorted(tags):
        config.addinivalue_line("markers", f"{tag[1:]}: a tag of the feature files (see docs/features.md)")


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    """The scenario the findings from now on belong to: `<feature file>:<line of Scenario/Scenariomal>`."""
    RECORDER.start(f"{Path(feature.filename).name}:{scenario.line_number}", scenario.name, request.node.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not RECORDER.scenarios:
        return
    out = Path(os.environ.get(BRANCHES_ENV) or PROJECT_ROOT / "build" / "feature-branches.json")
    repo = load_rules([RULES_DIR], today=RULES_DAY)
    RECORDER.write(out, required_branches(repo, RULES_DAY.year))


@pytest.fixture(scope="session")
def rules_repo() -> RuleRepository:
    """The project's real rule files, loaded once for every scenario."""
    repo = load_rules([RULES_DIR], today=RULES_DAY)
    repo.raise_for_errors()
    return repo


@pytest.fixture(scope="session")
def branch_recorder() -> BranchRecorder:
    """Where the steps that evaluate, and the Så-steps that read findings, note the branches."""
    return RECORDER
