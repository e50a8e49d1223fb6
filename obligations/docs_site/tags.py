"""What a scenario's tags name: obligations, goals and criteria in the real rule files (scheme in docs/features.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bosetting.engine.repository import RuleRepository
from bosetting.engine.ruleset import RuleSet
from bosetting.obligations.agreement import agreement_provisions

OBLIGATION_TAG = "forpliktelse-"
GOAL_TAG = "maal-"
CRITERION_TAG = "kriterium-"
CRITERIA_VERSION_TAG = "kriterieversjon-"
TAG_PREFIXES = (OBLIGATION_TAG, GOAL_TAG, CRITERION_TAG, CRITERIA_VERSION_TAG)


@dataclass(frozen=True)
class TagTarget:
    """What a tag names: a rule in a rule file, and the agreement's text where it quotes one."""

    tag: str
    title: str
    rules: tuple[tuple[str, str], ...]  # (rule file path, rule id)
    agreement_text: str = ""


def _criteria_year(ruleset: RuleSet) -> int:
    return ruleset.valid_from.year


def known_tags(repo: RuleRepository, year: int) -> dict[str, TagTarget]:
    """Every tag a feature file may carry, with what it names.

    Obligations and goals: the agreement's provisions that the rule sets in force in `year` judge.
    Criteria: every rule of every criteria version (adopted or draft), by the year its validity starts.
    """
    provisions = agreement_provisions()
    day = dt.date(year, 12, 31)
    by_provision: dict[str, list[tuple[str, str]]] = {}
    titles: dict[str, str] = {}
    for kind in ("obligations", "goals"):
        for ruleset in repo.all_in_force(kind, day):
            for rule in ruleset.rules:
                by_provision.setdefault(rule.provision, []).append((ruleset.path, rule.id))
                titles.setdefault(rule.provision, rule.title.get("nb", ""))
    targets: dict[str, TagTarget] = {}
    for pid, rules in by_provision.items():
        prefix = GOAL_TAG if not pid[0].isdigit() else OBLIGATION_TAG
        tag = f"{prefix}{pid}"
        targets[tag] = TagTarget(tag, titles[pid], tuple(rules), provisions.get(pid, ""))
    for ruleset in (r for r in repo.rulesets if r.kind == "criteria"):
        ryear = _criteria_year(ruleset)
        version_tag = f"{CRITERIA_VERSION_TAG}{ryear}"
        status = "utkast" if ruleset.status == "draft" else "vedtatt"
        targets[version_tag] = TagTarget(version_tag, f"{ruleset.title.get('nb', ruleset.id)} "
                                                      f"(versjon {ruleset.version}, {status})",
                                         ((ruleset.path, ""),))
        for rule in ruleset.rules:
            tag = f"{CRITERION_TAG}{ryear}-{rule.id}"
            targets[tag] = TagTarget(tag, rule.title.get("nb", rule.id), ((ruleset.path, rule.id),))
    return targets


def required_tags(repo: RuleRepository, year: int) -> list[str]:
    """Tags that must have a scenario: obligations 1.1-8.2, every goal, and each criterion in force in `year`."""
    required = [f"{OBLIGATION_TAG}{pid}" if pid[0].isdigit() else f"{GOAL_TAG}{pid}" for pid in agreement_provisions()]
    for ruleset in repo.all_in_force("criteria", dt.date(year, 1, 1)):
        required += [f"{CRITERION_TAG}{_criteria_year(ruleset)}-{rule.id}" for rule in ruleset.rules]
    return required
