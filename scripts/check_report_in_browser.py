#!/usr/bin/env python3
"""Open a review's report.html in real headless Chromium, check the charts, and save a screenshot.

The screenshot goes beside the review folder (`review-2027-screenshot.png`), not into it: the
next `bosetting review` replaces only a folder that holds nothing but its own files.

Usage: scripts/check_report_in_browser.py [REVIEW_DIR]   (default: review-2027)
Needs Debian's chromium (`apt-get install chromium`). Prints what it found; exits 1 if a chart is missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CHARTS = ("chart-fylke", "chart-ventetid", "chart-lange-ventetider")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "review-2027").resolve()
    report = folder / "report.html"
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("chromium not found: install it with `apt-get install chromium`", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as profile:
        common = [browser, *FLAGS, f"--user-data-dir={profile}"]
        dom = subprocess.run([*common, "--dump-dom", report.as_uri()], capture_output=True, text=True,
                             timeout=120, check=True).stdout
        screenshot = folder.with_name(f"{folder.name}-screenshot.png")
        subprocess.run([*common, "--window-size=1000,3000", f"--screenshot={screenshot}", report.as_uri()],
                       capture_output=True, timeout=120, check=True)
    missing = []
    for chart in CHARTS:
        match = re.search(rf'<svg[^>]*id="{chart}".*?</svg>', dom, re.S)
        marks = len(re.findall(r"<(rect|circle|polyline)\b", match.group(0))) if match else 0
        print(f"{chart}: {'rendered with ' + str(marks) + ' marks' if match else 'MISSING'}")
        if not match or marks == 0:
            missing.append(chart)
    print(f"DOM: {len(dom)} characters; screenshot: {screenshot}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
