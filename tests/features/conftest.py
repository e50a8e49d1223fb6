"""Fixtures for the feature files' scenarios: the real rule files, loaded once, and a fresh world per scenario."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from engine.repository import RuleRepository
from obligations.paths import RULES_DIR
from obligations.rules_context import load_rules


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "tag(name): a tag from a feature file (@forpliktelse-5.4, @kriterium-...)")


def pytest_bdd_apply_tag(tag: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """Feature tags such as `forpliktelse-5.4` are not identifiers: keep them as `tag` marks, without warnings."""
    return pytest.mark.tag(tag)(function)  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def rules_repo() -> RuleRepository:
    """The project's real rule files, loaded once for every scenario."""
    repo = load_rules([RULES_DIR], today=dt.date(2026, 12, 31))
    repo.raise_for_errors()
    return repo
