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

# A4 less the report's @page margins (2 x 14 mm), in CSS pixels: the width print lays the report out in.
A4_CONTENT_WIDTH = 688

# Every word or number (split at spaces, '/' and '-', where a line may break) whose letters lie on more than
# one line: what print must never do ("202|6", "13 00|0"). Hashes and file paths may wrap.
BROKEN_WORDS = """() => {
  const broken = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || element.closest('table.hashes, table.sources, svg, style, title')) continue;
    const parts = /[^ \\t\\n\\r\\/\\-–]+/g;
    for (let m = parts.exec(node.data); m; m = parts.exec(node.data)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
      if (tops.size > 1) broken.push(m[0]);
    }
  }
  return broken;
}"""


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
