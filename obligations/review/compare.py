"""Comparing two reviews' findings by their stable ids, and saying what changed for the parties."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from bosetting.engine.bounded_read import read_bounded
from bosetting.engine.findings import STATUS, STATUS_LABELS
from bosetting.engine.problems import InputError, Problem, excerpt

# findings.json of a review of the bundled data is about 1.4 MB; a hundred times that is room for any real one.
MAX_FINDINGS_BYTES = 200 * 1024 * 1024

DIFF_TEXTS: dict[str, dict[str, str]] = {
    "heading": {"nb": "Endringer fra {old} til {new}", "en": "Changes from {old} to {new}"},
    "synthetic": {"nb": "Merk: bygger på syntetiske data, ikke virkelige tall.",
                  "en": "Note: built from synthetic data, not real figures."},
    "goals": {"nb": "Mål", "en": "Goals"},
    "obligations": {"nb": "Partenes forpliktelser", "en": "The parties' obligations"},
    "indicators": {"nb": "Indikatorer for kommuner og fylker (ikke brudd)",
                   "en": "Indicators for kommuner and fylker (not breaches)"},
    "changed": {"nb": "{n} endret", "en": "{n} changed"},
    "total": {"nb": "I alt: {changed} endret status, {added} nye, {removed} borte.",
              "en": "In total: {changed} changed status, {added} new, {removed} gone."},
    "none": {"nb": "Ingen funn har endret status.", "en": "No finding changed status."},
    "new": {"nb": "ny", "en": "new"},
    "gone": {"nb": "borte", "en": "gone"},
}


def _t(key: str, lang: str, **values: object) -> str:
    return DIFF_TEXTS[key][lang].format(**values)


def read_document(folder: Path) -> dict[str, Any]:
    """A review's findings.json; anything that is not one is invalid input, never a crash."""
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
        if missing := _missing_parts(finding_id, finding):
            raise InputError([Problem(str(path), 0, 0, "not a findings.json written by `bosetting review`: "
                                                       f"finding {excerpt(finding_id)} has no {missing}")])
    return dict(document)


def _missing_parts(finding_id: object, finding: dict[str, Any]) -> str:
    """What the diff reads of a finding and this one lacks ('' when nothing): a crafted file is refused, not a crash."""
    ruleset, subject = finding.get("ruleset"), finding.get("subject")
    parts = {"id": isinstance(finding_id, str),
             "status": isinstance(finding.get("status"), str),
             "title": isinstance(finding.get("title"), dict),
             "rule set id": isinstance(ruleset, dict) and isinstance(ruleset.get("id"), str),
             "subject": isinstance(subject, dict) and all(isinstance(subject.get(k, ""), str)
                                                          for k in ("kind", "id", "name"))}
    return ", ".join(name for name, present in parts.items() if not present)


def read_findings(folder: Path) -> dict[str, dict[str, Any]]:
    return {f["finding_id"]: f for f in read_document(folder)["findings"]}


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
                            "title": source.get("title", {}).get("nb", ""), "before": before, "after": after})
    return changes


def _status_words(finding: dict[str, Any] | None, lang: str) -> str:
    if finding is None:
        return "–"
    label = finding.get("status_label", {}).get(lang)
    if label:
        return str(label)
    return STATUS_LABELS.get(finding["status"], {}).get(lang, finding["status"])


def _mark(finding: dict[str, Any] | None) -> str:
    if finding is None or finding.get("role") == "indicator" or finding["status"] not in STATUS:
        return " "
    return STATUS[finding["status"]].mark


def _group(finding: dict[str, Any], kinds: dict[str, str]) -> str:
    if finding.get("role") == "indicator":
        return "indicators"
    return "goals" if kinds.get(finding["ruleset"]["id"]) == "goals" else "obligations"


def _point(finding: dict[str, Any], titles: dict[tuple[str, str], dict[str, str]], lang: str) -> str:
    provision = finding.get("provision", "")
    title = titles.get((finding["ruleset"]["id"], provision), {}).get(lang) or finding["title"].get(lang, "")
    return f"{provision} {title}" if provision[:1].isdigit() else title


def describe_changes(old: dict[str, Any], new: dict[str, Any], lang: str) -> str:
    """The changes as the parties read them: grouped by goal, obligation and indicator, with names and totals."""
    changes = compare_reviews({f["finding_id"]: f for f in old["findings"]},
                              {f["finding_id"]: f for f in new["findings"]})
    kinds = {r["id"]: r["kind"] for doc in (old, new) for r in doc.get("rulesets", [])}
    titles = {(p["ruleset"], p["id"]): p["title"] for doc in (old, new) for p in doc.get("provisions", [])}
    lines = [_t("heading", lang, old=old.get("year", "?"), new=new.get("year", "?"))]
    if old.get("synthetic_data") or new.get("synthetic_data"):
        lines.append(_t("synthetic", lang))
    if not changes:
        return "\n".join([*lines, "", _t("none", lang)])
    grouped: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for change in changes:
        finding = change["after"] or change["before"]
        group, point = _group(finding, kinds), _point(finding, titles, lang)
        if group == "indicators":
            point = f"{point} – {finding['title'].get(lang, '')}"
        grouped[group][point].append(change)
    for group in ("goals", "obligations", "indicators"):
        points = grouped.get(group)
        if not points:
            continue
        count = sum(len(c) for c in points.values())
        lines += ["", f"{_t(group, lang)} ({_t('changed', lang, n=count)})"]
        for point in points:
            # The folders compared may come from anywhere: what they say is shown as visible text, and bounded.
            lines.append(f"  {excerpt(point, 200)}")
            for change in points[point]:
                finding = change["after"] or change["before"]
                subject = finding["subject"]
                rule_title = finding["title"].get(lang, "")
                who = subject.get("name") or subject.get("id")
                label = who if subject.get("kind") in ("kommune", "fylke") else rule_title
                place = subject.get("kind") in ("kommune", "fylke")
                repeated = not place and bool(rule_title) and point.endswith(rule_title)
                label = "" if repeated else f"{label}: "
                before = _status_words(change["before"], lang) if change["before"] else _t("new", lang)
                after = _status_words(change["after"], lang) if change["after"] else _t("gone", lang)
                lines.append(f"    {_mark(change['after'])} {excerpt(label, 200)}{excerpt(before)} → {excerpt(after)}")
    added = sum(1 for c in changes if c["before"] is None)
    removed = sum(1 for c in changes if c["after"] is None)
    lines += ["", _t("total", lang, changed=len(changes) - added - removed, added=added, removed=removed)]
    return "\n".join(lines)
