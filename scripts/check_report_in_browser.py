#!/usr/bin/env python3
"""Open a review's report.html in headless Chromium: check the charts, and save what a reader sees.

The screenshot goes beside the review folder (`review-2027-screenshot.png`), not into it: the
next `bosetting review` replaces only a folder that holds nothing but its own files.

Usage: scripts/check_report_in_browser.py [REVIEW_DIR]   (default: review-2027)

Writes into REVIEW_DIR-browser/ (beside the review's folder, never into it):
  first-screen.png   the first screen at 1366×768
  report-a4.pdf      the report printed on A4
and prints the number of pages and any number or word that print lays out across two lines.
Needs Debian's chromium (`apt-get install chromium`) and the Python package playwright (in `.[test]`).
Exits 1 if a chart is missing or print broke a number, 2 if Chromium is missing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from browser_support import A4_CONTENT_WIDTH, BROKEN_WORDS, CHROMIUM, launch  # noqa: E402

CHARTS = ("chart-fylke", "chart-ventetid", "chart-lange-ventetider")


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "review-2027").resolve()
    report = folder / "report.html"
    if not Path(CHROMIUM).exists():
        print(f"chromium not found at {CHROMIUM}: install it with `apt-get install chromium`", file=sys.stderr)
        return 2
    out = folder.parent / f"{folder.name}-browser"
    out.mkdir(exist_ok=True)
    missing = []
    with launch() as browser:
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.goto(report.as_uri())
        for chart in CHARTS:
            marks = page.locator(f"svg#{chart} rect, svg#{chart} circle, svg#{chart} polyline").count()
            print(f"{chart}: {'rendered with ' + str(marks) + ' marks' if marks else 'MISSING'}")
            if not marks:
                missing.append(chart)
        page.screenshot(path=str(out / "first-screen.png"))
        page.emulate_media(media="print")
        page.pdf(path=str(out / "report-a4.pdf"), format="A4", prefer_css_page_size=True)
        page.set_viewport_size({"width": A4_CONTENT_WIDTH, "height": 1000})
        broken = page.evaluate(BROKEN_WORDS)
    pages = "?"
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out / "report-a4.pdf")], capture_output=True, text=True).stdout
        pages = next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")
    print(f"first screen: {out / 'first-screen.png'}; A4 print: {out / 'report-a4.pdf'} ({pages} pages)")
    for line in broken:
        print(f"broken across lines in print: {line}")
    return 1 if missing or broken else 0


if __name__ == "__main__":
    sys.exit(main())
