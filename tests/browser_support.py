"""Headless Chromium for the tests and scripts that look at the report as a reader's browser shows it.

Playwright drives Debian's chromium (/usr/bin/chromium): Playwright's own browser download cannot
work on these machines. axe-core comes from tests/browser/ (pinned in its package-lock.json;
`npm ci --prefix tests/browser` installs it, as .ci/run and scripts/test.sh do).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AXE = Path(__file__).parent / "browser" / "node_modules" / "axe-core" / "axe.min.js"
# Every WCAG 2.0/2.1 A and AA rule, and the best-practice rules (region, landmark-one-main, heading-order...).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


@contextmanager
def launch() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Run axe-core on the open page; each violation with its rule, impact and the first nodes it names."""
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: "
                           "['violations']})", AXE_TAGS)
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "nodes": [n["target"] for n in v["nodes"][:5]], "count": len(v["nodes"])} for v in result["violations"]]


def describe(violations: list[dict[str, Any]]) -> str:
    return json.dumps(violations, ensure_ascii=False, indent=1)
