"""Shared fixtures for the engine, command-line and robustness tests."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import AXE, CHROMIUM, launch
from click.testing import CliRunner
from hypothesis import HealthCheck, settings

from bosetting.engine.schemas import SchemaSet
from bosetting.obligations.cache import CACHE_DIR_ENV, NO_CACHE_ENV
from bosetting.obligations.paths import SCHEMA_DIR

FIXTURES = Path(__file__).parent / "fixtures"
RULE_FIXTURES = FIXTURES / "rules"
EXAMPLE = RULE_FIXTURES / "valid" / "eksempel.yaml"


@pytest.fixture(scope="session", autouse=True)
def user_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A cache folder of the test run's own, so that no test reads or fills the user's (commands run in
    subprocesses inherit it)."""
    folder = tmp_path_factory.mktemp("user-cache")
    saved = {name: os.environ.get(name) for name in (CACHE_DIR_ENV, NO_CACHE_ENV)}
    os.environ[CACHE_DIR_ENV] = str(folder)
    os.environ.pop(NO_CACHE_ENV, None)
    yield folder
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="session")
def schemas() -> SchemaSet:
    """The project's real schemas (rules/schema), loaded once."""
    return SchemaSet(SCHEMA_DIR)


@pytest.fixture(scope="session")
def example_text() -> str:
    """The valid example rule file's text, to derive variants from."""
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def write_rules(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write a rule file under tmp_path and return its path."""

    def write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write


# No property test checks time: hypothesis's default deadline (200 ms an example) and its too-slow health check
# failed tests on a loaded machine that passed alone. Speed is the benchmark's business (benchmarks/).
settings.register_profile("unhurried", deadline=None, suppress_health_check=[HealthCheck.too_slow])
# The fuzz tests (test_fuzz_*.py) scale their example counts by the profile: HYPOTHESIS_PROFILE=long runs
# fifty times as many (see docs/security.md).
settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "unhurried"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's headless chromium, for the tests that look at pages and audit them with axe-core."""
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: install Debian's chromium (`apt-get install chromium`)"
    assert AXE.exists(), f"{AXE} is missing: run `npm ci --prefix tests/browser`"
    with launch() as running:
        yield running
