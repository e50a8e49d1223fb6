#!/usr/bin/env python3
"""Remove each scenario in turn and check that the feature coverage test then fails.

Usage: scripts/check_scenario_removal.py [--jobs N] [NAME_FILTER]

For every scenario of features/ that is not tagged @illustrasjon, writes a copy of features/ into a
temporary folder with that scenario's lines (its tags and all its steps and examples) blanked, so that
every other scenario keeps its line number, and runs tests/test_feature_coverage.py against the copy
($BOSETTING_FEATURES_DIR). Prints the removals that do NOT make the coverage test fail; exits 1 if any.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bosetting.obligations.docs_site.features import parse_features  # noqa: E402
from bosetting.obligations.feature_branches import FEATURES_ENV  # noqa: E402
from bosetting.obligations.paths import FEATURES_DIR  # noqa: E402

ILLUSTRATION_TAG = "illustrasjon"
# Lines where a scenario, a Regel or a Bakgrunn begins: a scenario runs up to the next of them.
BOUNDARY = re.compile(r"^\s*(Regel|Scenario|Scenariomal|Abstrakt Scenario|Eksempel|Bakgrunn)\s*:")


def scenario_span(lines: list[str], line: int) -> tuple[int, int]:
    """The 0-based [start, end) of the scenario whose keyword stands on 1-based `line`, its tags included."""
    start = line - 1
    while start > 0 and lines[start - 1].strip().startswith(("@", "#")) and not lines[start - 1].startswith("# lang"):
        start -= 1
    end = line
    while end < len(lines) and not BOUNDARY.match(lines[end]):
        end += 1
    while end > line and lines[end - 1].strip().startswith(("@", "#")):  # the next scenario's tags
        end -= 1
    return start, end


def without(features: Path, name: str, line: int, out: Path) -> None:
    shutil.copytree(features, out)
    path = out / name
    lines = path.read_text(encoding="utf-8").splitlines()
    start, end = scenario_span(lines, line)
    lines[start:end] = [""] * (end - start)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def coverage_fails(features: Path) -> tuple[bool, str]:
    env = {**os.environ, FEATURES_ENV: str(features)}
    run = subprocess.run([sys.executable, "-m", "pytest", "tests/test_feature_coverage.py", "-q", "-p",
                          "no:cacheprovider", "-x"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    failed = [line for line in run.stdout.splitlines() if line.startswith("FAILED")]
    return run.returncode != 0, (failed[0] if failed else run.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("filter", nargs="?", default="", help="only scenarios whose file:line or name contains it")
    args = parser.parse_args()
    scenarios = [(f.path.name, s.line, s.name) for f in parse_features(FEATURES_DIR) for s in f.scenarios
                 if ILLUSTRATION_TAG not in s.tags]
    scenarios = [s for s in scenarios if args.filter in f"{s[0]}:{s[1]} {s[2]}"]
    with tempfile.TemporaryDirectory() as tmp:
        def check(item: tuple[str, int, str]) -> tuple[tuple[str, int, str], bool, str]:
            name, line, _ = item
            copy = Path(tmp) / f"{name}-{line}"
            without(FEATURES_DIR, name, line, copy)
            failed, why = coverage_fails(copy)
            return item, failed, why

        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(check, scenarios))
    unnoticed = [(item, why) for item, failed, why in results if not failed]
    for why, count in Counter(why for _item, failed, why in results if failed).most_common():
        print(f"{count:4d} removals fail: {why}")
    for (name, line, title), why in unnoticed:
        print(f"NOT NOTICED: {name}:{line} {title} ({why})")
    print(f"{len(results) - len(unnoticed)} of {len(results)} removals make the coverage test fail")
    return 1 if unnoticed else 0


if __name__ == "__main__":
    sys.exit(main())
