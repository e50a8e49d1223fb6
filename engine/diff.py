"""What changed between two versions of a rule set, by meaning rather than by text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bosetting.engine.ruleset import RuleSet, canonical_json

HEADER_KEYS = (
    "version",
    "status",
    "valid_from",
    "valid_to",
    "adopted_by",
    "adopted_on",
    "source",
    "last_reviewed_on",
    "title",
)


@dataclass(frozen=True)
class Change:
    """One difference: what kind of thing, which one, how, and the old and new values."""

    area: str  # header | parameter | rule | provision | section
    key: str
    change: str  # added | removed | changed
    old: Any = None
    new: Any = None
    detail: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "area": self.area,
            "key": self.key,
            "change": self.change,
            "old": self.old,
            "new": self.new,
            "detail": self.detail,
        }


def _by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {str(item.get("id")): item for item in items}


def _changed_parts(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return sorted(k for k in set(old) | set(new) if canonical_json(old.get(k)) != canonical_json(new.get(k)))


def diff_rulesets(old: RuleSet, new: RuleSet) -> list[Change]:
    changes: list[Change] = []
    for key in HEADER_KEYS:
        before, after = old.data.get(key), new.data.get(key)
        if canonical_json(before) != canonical_json(after):
            detail = (
                "changed: " + ", ".join(_changed_parts(before, after))
                if isinstance(before, dict) and isinstance(after, dict)
                else ""
            )
            changes.append(Change("header", key, "changed", before, after, detail))
    old_params, new_params = old.data.get("parameters", {}), new.data.get("parameters", {})
    for name in sorted(set(old_params) | set(new_params)):
        before, after = old_params.get(name), new_params.get(name)
        if before is None:
            changes.append(Change("parameter", name, "added", None, after["value"], f"basis {after['basis']}"))
        elif after is None:
            changes.append(Change("parameter", name, "removed", before["value"], None))
        elif canonical_json(before) != canonical_json(after):
            parts = _changed_parts(before, after)
            changes.append(
                Change("parameter", name, "changed", before["value"], after["value"], "changed: " + ", ".join(parts))
            )
    for area, key in (("rule", "rules"), ("provision", "provisions")):
        before_items, after_items = _by_id(old.data.get(key, [])), _by_id(new.data.get(key, []))
        for item_id in sorted(set(before_items) | set(after_items)):
            before_item, after_item = before_items.get(item_id), after_items.get(item_id)
            if before_item is None:
                title = (after_item or {}).get("title", {}).get("nb", "")
                changes.append(Change(area, item_id, "added", None, title))
            elif after_item is None:
                changes.append(Change(area, item_id, "removed", before_item.get("title", {}).get("nb", ""), None))
            elif canonical_json(before_item) != canonical_json(after_item):
                parts = _changed_parts(before_item, after_item)
                changes.append(Change(area, item_id, "changed", detail="changed: " + ", ".join(parts)))
    known = {"kind", "id", "description", "parameters", "rules", "provisions", *HEADER_KEYS}
    for section in sorted((set(old.data) | set(new.data)) - known):
        if canonical_json(old.data.get(section)) != canonical_json(new.data.get(section)):
            before_section, after_section = old.data.get(section), new.data.get(section)
            detail = ""
            if isinstance(before_section, dict) and isinstance(after_section, dict):
                detail = "changed: " + ", ".join(_changed_parts(before_section, after_section))
            change = "added" if before_section is None else "removed" if after_section is None else "changed"
            changes.append(Change("section", section, change, detail=detail))
    return changes
