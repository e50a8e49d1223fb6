"""WCAG 2.1 AA in a real browser: axe-core finds no violation on the report (both languages) or on any page of
`bosetting docs`, best-practice rules included; and the printed report breaks no number or word.

Runs Debian's Chromium through Playwright (tests/browser_support.py), one browser for every page. The test
fails, and never skips, when Chromium or axe-core is missing: `.ci/run` installs both (README, "Tests").
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import A4_CONTENT_WIDTH, AXE, BROKEN_WORDS, CHROMIUM, axe_violations, describe, launch
from click.testing import CliRunner

from obligations.cli import main
from obligations.review.run import run_review


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: install Debian's chromium (`apt-get install chromium`)"
    assert AXE.exists(), f"{AXE} is missing: run `npm ci --prefix tests/browser`"
    with launch() as running:
        yield running


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("pages")
    found = {}
    for lang in ("nb", "en"):
        result = run_review(out_dir=base / f"review-{lang}", lang=lang)
        found[f"report.html ({lang})"] = result.out_dir / "report.html"
    docs = CliRunner().invoke(main, ["docs", "--out", str(base / "docs")])
    assert docs.exit_code == 0, docs.output
    for page in sorted((base / "docs").glob("*.html")):
        found[f"docs/{page.name}"] = page
    assert len(found) >= 2 + 12
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
