"""The period evaluation's report.html in a real browser, as tests/test_accessibility.py checks the review's:
axe-core finds no WCAG 2.1 AA or best-practice violation in either language, and print breaks no number or word.
Fails, never skips, when Chromium or axe-core is missing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browser_support import A4_CONTENT_WIDTH, BROKEN_WORDS, axe_violations, describe

from bosetting.obligations.period.run import run_period


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("period-pages")
    return {lang: run_period(out_dir=base / lang, lang=lang).out_dir / "report.html" for lang in ("nb", "en")}


def test_axe_finds_no_violation(browser: Any, pages: dict[str, Path]) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    found = {}
    for lang, path in pages.items():
        page.goto(path.as_uri())
        if violations := axe_violations(page):
            found[lang] = violations
    page.close()
    assert not found, describe([{"page": lang, "violations": v} for lang, v in found.items()])


def test_print_breaks_no_number_or_word(browser: Any, pages: dict[str, Path]) -> None:
    page = browser.new_page(viewport={"width": A4_CONTENT_WIDTH, "height": 1000})
    page.emulate_media(media="print")
    for lang, path in pages.items():
        page.goto(path.as_uri())
        broken = page.evaluate(BROKEN_WORDS)
        assert broken == [], f"{lang}: words or numbers broken across lines in print: {broken[:20]}"
    page.close()
