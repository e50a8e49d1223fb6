"""Fixtures for the feature files' scenarios: the real rule files, loaded once, and a fresh world per scenario."""

from __future__ import annotations

import datetime as dt

import pytest

from engine.repository import RuleRepository
from obligations.paths import FEATURES_DIR, RULES_DIR
from obligations.rules_context import load_rules


def pytest_configure(config: pytest.Config) -> None:
    """Register every tag of the feature files as a marker: pytest-bdd marks scenarios and examples with them."""
    tags = {tag for path in FEATURES_DIR.glob("**/*.feature")
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip().startswith("@")
            for tag in line.split() if tag.startswith("@")}
    for tag in sorted(tags):
        config.addinivalue_line("markers", f"{tag[1:]}: a tag of the feature files (see docs/features.md)")


@pytest.fixture(scope="session")
def rules_repo() -> RuleRepository:
    """The project's real rule files, loaded once for every scenario."""
    repo = load_rules([RULES_DIR], today=dt.date(2026, 12, 31))
    repo.raise_for_errors()
    return repo
