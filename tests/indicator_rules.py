"""A copy of the project's rules in which the kommune and fylke rules are indicators, as the legal reading has them.

The review must render indicator categories and the provisions' `binds`, `involved` and `obligation`
as soon as the rule files give them; this builds such rule files from the real ones (in a temporary
folder), so the tests run the real engine on the real data against them.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from obligations.paths import RULES_DIR

OBLIGATIONS = Path("obligations") / "samarbeidsavtale-2026-2029.yaml"


def _category(key: str, nb: str, en: str) -> tuple[str, dict[str, Any]]:
    return key, {"label": {"nb": nb, "en": en}, "description": {"nb": f"Kommunen: {nb}.", "en": f"The kommune: {en}."}}


CATEGORIES = dict([
    _category("over", "over anmodning", "above the request"),
    _category("lik", "lik anmodning", "equal to the request"),
    _category("under", "under anmodning", "below the request"),
    _category("null", "vedtak om å ikke bosette (0)", "decided to settle none (0)"),
    _category("ikke_vedtatt", "ikke vedtatt", "no vedtak"),
    _category("ikke_anmodet", "ikke anmodet", "not asked"),
    _category("bosatt_som_vedtatt", "bosatt som vedtatt", "settled as decided"),
    _category("bosatt_under_vedtak", "bosatt under vedtak", "settled below the vedtak"),
])

TEXT = {"nb": "{subject_name}: vedtak {vedtak}, anmodning {anmodning}.",
        "en": "{subject_name}: vedtak {vedtak}, request {anmodning}."}


def _vedtak_indicator(rule: dict[str, Any]) -> dict[str, Any]:
    def when(category: str, condition: dict[str, Any]) -> dict[str, Any]:
        return {"category": category, "when": condition, "explanation": TEXT}

    not_asked = {"all": [{"field": "anmodning", "op": "eq", "value": 0},
                         {"any": [{"field": "vedtak", "op": "is_null"}, {"field": "vedtak", "op": "eq", "value": 0}]}]}
    return {**{k: v for k, v in rule.items() if k not in ("outcomes", "otherwise")}, "role": "indicator",
            "outcomes": [when("ikke_anmodet", not_asked),
                         when("ikke_vedtatt", {"field": "vedtak", "op": "is_null"}),
                         when("null", {"field": "vedtak", "op": "eq", "value": 0}),
                         when("over", {"field": "vedtak", "op": "gt", "other_field": "anmodning"}),
                         when("lik", {"field": "vedtak", "op": "eq", "other_field": "anmodning"}),
                         when("under", {"field": "vedtak", "op": "lt", "other_field": "anmodning"})],
            "otherwise": {"status": "insufficient_data", "explanation": TEXT}}


def _settled_indicator(rule: dict[str, Any]) -> dict[str, Any]:
    text = {"nb": "{subject_name} bosatte {bosatt} av {vedtak} vedtatt.",
            "en": "{subject_name} settled {bosatt} of {vedtak} decided."}
    return {**{k: v for k, v in rule.items() if k not in ("outcomes", "otherwise")}, "role": "indicator",
            "evidence": ["bosatt"],
            "outcomes": [{"status": "not_applicable", "when": {"any": [{"field": "vedtak", "op": "is_null"},
                                                                        {"field": "vedtak", "op": "eq", "value": 0}]},
                          "explanation": text},
                         {"category": "bosatt_som_vedtatt", "when": {"field": "bosatt", "op": "ge",
                                                                     "other_field": "vedtak"}, "explanation": text},
                         {"category": "bosatt_under_vedtak", "when": {"field": "bosatt", "op": "lt",
                                                                      "other_field": "vedtak"}, "explanation": text}],
            "otherwise": {"status": "insufficient_data", "explanation": text}}


def write_indicator_rules(target: Path) -> Path:
    """A rules folder at `target` whose 1.7 and 4.4 kommune and fylke rules are indicators; returns it."""
    shutil.copytree(RULES_DIR, target)
    path = target / OBLIGATIONS
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["categories"] = CATEGORIES
    rules = []
    for rule in data["rules"]:
        if rule["id"] in ("1.7/kommune", "1.7/fylke"):
            rule = _vedtak_indicator(rule)
        elif rule["id"] == "4.4/kommune":
            rule = _settled_indicator(rule)
        rule.pop("may_differ_from", None)
        rules.append(rule)
    data["rules"] = rules
    for provision in data["provisions"]:
        if provision["id"] == "1.7":
            provision["binds"] = ["KS", "Arbeids- og inkluderingsdepartementet"]
            provision["carried_by"] = ["IMDi", "KS"]
            provision["involved"] = ["fylkeskommunene"]
            provision["obligation"] = {"type": "act", "words": "fordele antall flyktninger",
                                       "reading": {"nb": "Fordelingen er en handling partene gjør.",
                                                   "en": "The distribution is an act the parties do."}}
    path.write_text("# yaml-language-server: $schema=../schema/obligations.schema.json\n"
                    + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    return target


def write_data_without_kommune_waivers(target: Path) -> Path:
    """A copy of the bundled data whose waiver registers name no kommune.

    An agreed waiver names a party's obligation, and the engine on main still applies one to any finding
    of the provision; until waivers skip indicators (the legal reading's work), a waiver naming a kommune
    would be applied to a kommune's indicator, which has no status to waive.
    """
    from obligations.paths import DATA_DIR

    shutil.copytree(DATA_DIR, target)
    for path in sorted(target.glob("*/registre/unntak.yaml")):
        text = path.read_text(encoding="utf-8")
        head, _, _ = text.partition("unntak:")
        data = yaml.safe_load(text)
        kept = [w for w in data.get("unntak") or [] if not str(w.get("subject", "")).isdigit()]
        path.write_text(head + yaml.safe_dump({"unntak": kept}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target
