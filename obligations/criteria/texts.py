"""The words the criteria commands show people, in bokmål and English."""

from __future__ import annotations

from fractions import Fraction

from bosetting.engine.findings import STATUS_LABELS, STATUS_TABLE
from bosetting.engine.render import format_value
from bosetting.obligations.criteria.allocation import KommuneAllocation
from bosetting.obligations.criteria.evaluate import KommuneEvaluation
from bosetting.obligations.criteria.methods import METHOD_NAMES
from bosetting.obligations.criteria.spec import AllocationSpec

SYNTHETIC_BANNER = {
    "nb": "SYNTETISKE DATA – tallene er ikke reelle",
    "en": "SYNTHETIC DATA – the figures are not real",
}
DRAFT_BANNER = {
    "nb": "UTKAST – ikke vedtatte kriterier",
    "en": "DRAFT – criteria not adopted",
}
ROLE_LABELS = {
    "mandatory": {"nb": "obligatorisk", "en": "mandatory"},
    "scoring": {"nb": "gir poeng", "en": "scoring"},
    "em": {"nb": "EM-kriterium", "en": "EM criterion"},
    "info": {"nb": "til orientering", "en": "for information"},
}
STATUS_MARKS = {info.key: info.text_mark for info in STATUS_TABLE}
STATUS_CHANGE_LABELS = {
    "new": {"nb": "ny", "en": "new"},
    "dropped": {"nb": "ute", "en": "dropped"},
    "same": {"nb": "", "en": ""},
}
RULESET_STATUS = {
    "adopted": {"nb": "vedtatt", "en": "adopted"},
    "draft": {"nb": "utkast", "en": "draft"},
    "retired": {"nb": "utgått", "en": "retired"},
}
YES_NO = {"nb": ("nei", "ja"), "en": ("no", "yes")}
LEVELS = {
    ("kommune",): {"nb": "direkte til kommuner", "en": "directly to kommuner"},
    ("fylke", "kommune"): {"nb": "først til fylker, så til kommuner", "en": "to fylker first, then to kommuner"},
}


def yes_no(value: bool, lang: str) -> str:
    return YES_NO[lang][int(value)]


def number(value: int | Fraction | float | None, lang: str, decimals: int = 2) -> str:
    """A number as a reader expects it (13 000, 0,45 in bokmål)."""
    if value is None:
        return format_value(None, lang)
    if isinstance(value, int):
        return format_value(value, lang)
    text = f"{float(value):,.{decimals}f}".rstrip("0").rstrip(".")
    if lang == "nb":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text


def status_label(status: str, lang: str) -> str:
    return STATUS_LABELS.get(status, {"nb": status, "en": status})[lang]


def method_label(method: str, lang: str) -> str:
    return METHOD_NAMES[method][lang]


def _titles(evaluation: KommuneEvaluation, rule_ids: list[str], lang: str) -> str:
    titles = {c.rule_id: c.title[lang] for c in evaluation.criteria}
    return ", ".join(f"«{titles[r]}»" if lang == "nb" else f"'{titles[r]}'" for r in rule_ids)


def explain_kommune(evaluation: KommuneEvaluation, row: KommuneAllocation | None, spec: AllocationSpec,
                    lang: str) -> str:
    """Why the kommune is asked for what it is asked for, in a few plain sentences."""
    name = evaluation.navn
    parts: list[str] = []
    failed = evaluation.failed_mandatory
    if failed:
        reasons = " ".join(c.explanation[lang] for c in failed)
        if lang == "nb":
            parts.append(f"{name} anmodes ikke: innfrir ikke det obligatoriske kriteriet "
                         f"{_titles(evaluation, [c.rule_id for c in failed], lang)}. {reasons}")
        else:
            parts.append(f"{name} is not asked: it does not meet the mandatory criterion "
                         f"{_titles(evaluation, [c.rule_id for c in failed], lang)}. {reasons}")
        return " ".join(parts)
    if not evaluation.eligible:
        parts.append(f"{name} anmodes ikke: poengsummen er 0." if lang == "nb"
                     else f"{name} is not asked: its score is 0.")
        return " ".join(parts)
    if row is not None and row.total > 0:
        em = number(row.em, lang)
        parts.append(f"{name} anmodes om {number(row.total, lang)}, herav {em} enslige mindreårige." if lang == "nb"
                     else f"{name} is asked to settle {number(row.total, lang)}, of whom {em} unaccompanied minors.")
        if row.capped:
            share = number((spec.maximum_share or Fraction(0)) * 100, lang)
            parts.append(f"Anmodningen er begrenset til {share} % av innbyggertallet." if lang == "nb"
                         else f"The request is capped at {share} % of the population.")
        if row.by_recommendation:
            parts.append("Fordelt i fylket etter fylkeskommunens anbefaling." if lang == "nb"
                         else "Split within the fylke by the fylkeskommune's recommendation.")
    elif row is not None and row.below_minimum:
        minimum = number(spec.minimum_request, lang)
        parts.append(f"{name} innfrir de obligatoriske kriteriene, men andelen av behovet ble under "
                     f"minsteanmodningen på {minimum}, så kommunen anmodes ikke." if lang == "nb"
                     else f"{name} meets the mandatory criteria, but its share of the need came below the minimum "
                     f"request of {minimum}, so it is not asked.")
    else:
        parts.append(f"{name} innfrir de obligatoriske kriteriene, men fordelingen ga 0." if lang == "nb"
                     else f"{name} meets the mandatory criteria, but the distribution gave it 0.")
    met = [c.rule_id for c in evaluation.by_role("scoring") if c.met]
    unmet = [c.rule_id for c in evaluation.by_role("scoring") if not c.met]
    if met:
        parts.append(("Gir poeng: " if lang == "nb" else "Scores for: ") + _titles(evaluation, met, lang) + ".")
    if unmet:
        parts.append(("Ikke innfridd: " if lang == "nb" else "Not met: ") + _titles(evaluation, unmet, lang) + ".")
    maximum = spec.base_weight + sum(spec.weights.values(), Fraction(0))
    parts.append(f"Poeng {number(evaluation.score, lang)} av {number(maximum, lang)}." if lang == "nb"
                 else f"Score {number(evaluation.score, lang)} of {number(maximum, lang)}.")
    em_failed = [c.rule_id for c in evaluation.by_role("em") if not c.met]
    if em_failed:
        parts.append(("Anmodes ikke om enslige mindreårige: innfrir ikke " if lang == "nb"
                      else "Not asked for unaccompanied minors: does not meet ")
                     + _titles(evaluation, em_failed, lang) + ".")
    return " ".join(parts)
