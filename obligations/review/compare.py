"""Comparing two reviews' findings by their stable ids."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from engine.bounded_read import read_bounded
from engine.problems import InputError, Problem, excerpt

# findings.json of a review of the bundled data is about 1.4 MB; a hundred times that is room for any real one.
MAX_FINDINGS_BYTES = 200 * 1024 * 1024


def read_findings(folder: Path) -> dict[str, dict[str, Any]]:
    """The findings of a review's output folder by id; anything else there is invalid input, never a crash."""
    path = folder / "findings.json"
    if not path.is_file():
        raise InputError([Problem(str(path), 0, 0, "no findings.json here: expected the output folder of "
                                                   "`bosetting review`")])
    try:
        document = json.loads(read_bounded(path, str(path), MAX_FINDINGS_BYTES).decode("utf-8"))
        findings = {f["finding_id"]: f for f in document["findings"]}
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, RecursionError) as exc:
        message = f"not a findings.json written by `bosetting review`: {excerpt(exc, 200)}"
        raise InputError([Problem(str(path), 0, 0, message)]) from None
    for finding_id, finding in findings.items():
        status, title = finding.get("status"), finding.get("title", {})
        if not isinstance(finding_id, str) or not isinstance(status, str) or not isinstance(title, dict):
            raise InputError([Problem(str(path), 0, 0, "not a findings.json written by `bosetting review`: "
                                                       f"finding {excerpt(finding_id)} has no status or title")])
    return findings


def compare_reviews(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Every finding id whose status differs, appeared or disappeared, in id order."""
    changes = []
    for finding_id in sorted(set(old) | set(new)):
        before, after = old.get(finding_id), new.get(finding_id)
        old_status = before["status"] if before else None
        new_status = after["status"] if after else None
        if old_status != new_status:
            source = after or before or {}
            changes.append({"finding_id": finding_id, "old_status": old_status, "new_status": new_status,
                            "title": source.get("title", {}).get("nb", "")})
    return changes
