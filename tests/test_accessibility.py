"""WCAG 2.1 AA in a real browser: axe-core finds no violation on the report (both languages) or on any page of
`bosetting docs`, best-practice rules included; and the printed report breaks no number or word.

Runs Debian's Chromium through Playwright (tests/browser_support.py), one browser for every page. The test
fails, and never skips, when Chromium or axe-core is missing: `.ci/run` installs both (README, "Tests").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from browser_support import A4_CONTENT_WIDTH, BROKEN_WORDS, axe_violations, describe
from click.testing import CliRunner

from bosetting.obligations.cli import main
from bosetting.obligations.feature_branches import BranchRecorder, required_branches
from bosetting.obligations.paths import FEATURES_DIR, RULES_DIR
from bosetting.obligations.review.run import run_review
from bosetting.obligations.rules_context import load_rules

DOCS_YEAR = 2026


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("pages")
    found = {}
    for lang in ("nb", "en"):
        result = run_review(out_dir=base / f"review-{lang}", lang=lang)
        found[f"report.html ({lang})"] = result.out_dir / "report.html"
    # The site's pages must not depend on what an earlier test left in build/: no test results, and a branch
    # record with every required branch and no scenario, so that grener.html is always among the pages.
    repo = load_rules([RULES_DIR], today=dt.date(DOCS_YEAR, 12, 31))
    branches = base / "feature-branches.json"
    BranchRecorder().write(branches, required_branches(repo, DOCS_YEAR))
    docs = CliRunner().invoke(main, ["docs", "--out", str(base / "docs"), "--year", str(DOCS_YEAR),
                                     "--results", str(base / "no-results.json"), "--branches", str(branches)])
    assert docs.exit_code == 0, docs.output
    for page in sorted((base / "docs").glob("*.html")):
        found[f"docs/{page.name}"] = page
    feature_pages = len(list(FEATURES_DIR.glob("*.feature")))
    assert set(found) >= {"docs/index.html", "docs/grener.html", "docs/ordliste.html"}
    assert len(found) == 2 + feature_pages + 3
    return found


def test_axe_finds_no_violation_on_any_page(browser: Any, pages: dict[str, Path]) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    found = {}
    for name, path in pages.items():
        page.goto(path.as_uri())
        violations = axe_violations(page)
        if violations:
            found[name] = violations
    page.close()
    assert not found, describe([{"page": name, "violations": v} for name, v in found.items()])


def test_print_breaks_no_number_or_word(browser: Any, pages: dict[str, Path]) -> None:
    page = browser.new_page(viewport={"width": A4_CONTENT_WIDTH, "height": 1000})
    page.emulate_media(media="print")
    for name in ("report.html (nb)", "report.html (en)"):
        page.goto(pages[name].as_uri())
        broken = page.evaluate(BROKEN_WORDS)
        assert broken == [], f"{name}: words or numbers broken across lines in print: {broken[:20]}"
    page.close()
