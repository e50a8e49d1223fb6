"""Comparing two reviews' findings by their stable ids."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from engine.problems import InputError, Problem


def read_findings(folder: Path) -> dict[str, dict[str, Any]]:
    path = folder / "findings.json"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        return {f["finding_id"]: f for f in document["findings"]}
    except FileNotFoundError:
        raise InputError([Problem(str(path), 0, 0, "no findings.json here: expected the output folder of "
                                                   "`bosetting review`")]) from None
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        message = f"not a findings.json written by `bosetting review`: {exc}"
        raise InputError([Problem(str(path), 0, 0, message)]) from None


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
