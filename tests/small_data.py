"""A small valid data folder: the bundled 2026 data with only its first 40 person records, quick to read."""

from __future__ import annotations

import shutil
from pathlib import Path

from bosetting.obligations.paths import DATA_DIR

PERSONS_KEPT = 40


def write_small_data(root: Path) -> Path:
    """Fill `root` (created) with the small data folder and return it."""
    root.mkdir(parents=True)
    shutil.copy(DATA_DIR / "kommuner.csv", root)
    shutil.copy(DATA_DIR / "SYNTHETIC.md", root)
    shutil.copytree(DATA_DIR / "2026", root / "2026")
    people = (DATA_DIR / "2026" / "personer.csv").read_text(encoding="utf-8").splitlines()
    (root / "2026" / "personer.csv").write_text("\n".join(people[:PERSONS_KEPT + 1]) + "\n", encoding="utf-8")
    return root
