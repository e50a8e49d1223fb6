"""`anmodningskriterier` (1.3, 3.4): the process of the next year's request criteria, read from the criteria
rule files.
"""

from __future__ import annotations

from collections.abc import Sequence

from bosetting.engine.facts import Fact, Scalar
from bosetting.obligations.derive import CriteriaProcess, Derivation
from bosetting.obligations.facts import NATION_OR_AGENCY, FactType, Field

FIELDS = {
    "kriterier_aar": Field("the year the criteria are for: the year after the one evaluated", "text"),
    "kriterier_funnet": Field("a criteria rule file (adopted or draft) exists for that year (true/false)", "bool"),
    "kriterier": Field("the criteria rule file(s) for that year: id@version, status and file", "text"),
    "utkast_funnet": Field("a draft exists for that year (true/false)", "bool"),
    "vedtatte_kriterier_funnet": Field("adopted criteria exist for that year (true/false)", "bool"),
    "forslag_registrert": Field("a rule file for that year records who proposed the criteria and when (true/false)",
                                "bool"),
    "foreslatt_av": Field("who proposed the criteria", "text"),
    "foreslatt_dato": Field("when", "date"),
    "anbefalt_av": Field("who recommended them", "text"),
    "anbefalt_dato": Field("when", "date"),
    "anbefaling_referanse": Field("reference to the recommendation", "text"),
    "anbefalt_av_nasjonalt_utvalg": Field("the recommendation came from Nasjonalt utvalg (true/false)", "bool"),
    "vedtatt_av": Field("who adopted the criteria", "text"),
    "vedtatt_dato": Field("when", "date"),
    "rekkefolge_i_orden": Field("proposed, then recommended, then adopted, in that order (true/false)", "bool"),
}


def criteria_values(processes: Sequence[CriteriaProcess], year: int) -> tuple[dict[str, Scalar], str]:
    """The `anmodningskriterier` values: the criteria work of `year`, which is about the criteria for `year + 1`.

    1.3 asks the parties to prepare a proposal and 3.4 the ministry to set the criteria; the criteria in
    force in a year were prepared and set the year before. `processes` are the rule files for `year + 1`,
    drafts included (a draft is a proposal).
    """
    target = year + 1
    adopted = [p for p in processes if p.status == "adopted"]
    drafts = [p for p in processes if p.status == "draft"]
    proposal = next((p for p in (*adopted, *drafts) if p.proposed_by and p.proposed_on), None)
    decided = adopted[0] if adopted else None
    values: dict[str, Scalar] = {
        "kriterier_aar": str(target), "kriterier_funnet": bool(processes),
        "kriterier": ", ".join(f"{p.key}, {STATUS_WORDS.get(p.status, p.status)} ({p.path})" for p in processes)
        or None,
        "utkast_funnet": bool(drafts), "vedtatte_kriterier_funnet": decided is not None,
        "forslag_registrert": proposal is not None,
        "foreslatt_av": proposal.proposed_by if proposal else None,
        "foreslatt_dato": proposal.proposed_on if proposal else None,
        "anbefalt_av": decided.recommendation_by if decided else None,
        "anbefalt_dato": decided.recommendation_on if decided else None,
        "anbefaling_referanse": decided.recommendation_reference if decided else None,
        "anbefalt_av_nasjonalt_utvalg": decided.recommended_by_committee if decided else None,
        "vedtatt_av": decided.adopted_by if decided else None,
        "vedtatt_dato": decided.adopted_on if decided else None,
        "rekkefolge_i_orden": decided.in_order if decided else None,
    }
    if not processes:
        return values, f"rules/criteria (ingen regelfil med anmodningskriterier for {target})"
    return values, "; ".join(f"{p.path} (process:, adopted_by, adopted_on)" for p in processes)


STATUS_WORDS = {"adopted": "vedtatt", "draft": "utkast"}


def derive(inputs: Derivation) -> list[Fact]:
    values, source = criteria_values(inputs.criteria.next_year, inputs.year)
    return inputs.facts(values, {}, source)


FACT_TYPE = FactType(FIELDS, subjects=NATION_OR_AGENCY, derive=derive, reads_rule_files=True)
