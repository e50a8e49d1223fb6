"""Consistency across years: a figure an earlier review gave and the data gives differently now.

The user keeps the earlier reviews' findings.json files in one folder (each review's output folder inside it, or
the files themselves). For each finding of a year in the period, each figure it showed (its evidence) is compared
with the same figure of the same finding (by its stable finding id) evaluated on the data as it is now; a number
that differs is a correction, shown with both values. Text and missing values are not compared: a changed list of
document references is not a corrected figure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bosetting.engine.findings import Finding
from bosetting.engine.problems import InputError, Problem
from bosetting.obligations.review.compare import read_document


@dataclass(frozen=True)
class Correction:
    """One figure of one subject in one year: as the earlier review gave it, and as the data gives it now."""

    year: int
    provisions: tuple[str, ...]  # the points whose findings showed the figure
    subject_kind: str
    subject_id: str
    subject_name: str
    figure: str
    earlier: int | float
    now: int | float
    earlier_file: str
    source_now: str


@dataclass(frozen=True)
class EarlierReview:
    file: str
    year: int
    in_period: bool


def _number(value: Any) -> int | float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def earlier_files(folder: Path) -> list[Path]:
    """findings.json in the folder itself and in each folder directly inside it, in name order."""
    if not folder.is_dir():
        raise InputError([Problem(str(folder), 0, 0, "--earlier must be a folder holding earlier reviews (their "
                                                     "output folders, or their findings.json)")])
    found = [folder / "findings.json"] if (folder / "findings.json").is_file() else []
    found += sorted(p / "findings.json" for p in folder.iterdir() if p.is_dir() and (p / "findings.json").is_file())
    if not found:
        raise InputError([Problem(str(folder), 0, 0, "no findings.json here or in a folder directly inside it: "
                                                     "expected the output folders of `bosetting review`")])
    return found


def corrections(folder: Path, findings_by_year: Mapping[int, list[Finding]]
                ) -> tuple[list[EarlierReview], list[Correction]]:
    """Every earlier review read, and every figure of it the data now gives differently."""
    reviews: list[EarlierReview] = []
    found: dict[tuple[int, str, str, str], Correction] = {}
    seen_years: dict[int, str] = {}
    for path in earlier_files(folder):
        document = read_document(path.parent)
        year = document.get("year")
        if not isinstance(year, int) or isinstance(year, bool):
            raise InputError([Problem(str(path), 0, 0, "not a findings.json written by `bosetting review`: no year")])
        shown = f"{folder.name}/{path.relative_to(folder).as_posix()}"
        if year in seen_years:
            raise InputError([Problem(str(path), 0, 0, f"a second review of {year} (the first is {seen_years[year]}): "
                                                       "keep one review per year in the folder")])
        seen_years[year] = shown
        reviews.append(EarlierReview(shown, year, year in findings_by_year))
        if year not in findings_by_year:
            continue
        now = {f.finding_id: f for f in findings_by_year[year]}
        for earlier in document["findings"]:
            current = now.get(earlier["finding_id"])
            if current is None:
                continue
            values = {e.name: e for e in current.evidence}
            for item in earlier.get("evidence") or ():
                if not isinstance(item, dict):
                    continue
                before = _number(item.get("value"))
                evidence = values.get(str(item.get("name")))
                after = _number(evidence.value) if evidence is not None else None
                if before is None or after is None or before == after:
                    continue
                key = (year, current.subject.kind, current.subject.id, str(item.get("name")))
                known = found.get(key)
                if known is not None:
                    if current.provision not in known.provisions:
                        found[key] = replace(known, provisions=(*known.provisions, current.provision))
                    continue
                found[key] = Correction(year, (current.provision,), current.subject.kind, current.subject.id,
                                        current.subject.name, key[3], before, after, shown,
                                        evidence.source)  # type: ignore[union-attr]
    order = {"national": 0, "agency": 1, "fylke": 2, "kommune": 3}
    return reviews, sorted(found.values(), key=lambda c: (c.year, order.get(c.subject_kind, 9), c.subject_id,
                                                          c.figure))
