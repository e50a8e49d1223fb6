"""The kommune facts the request criteria read, and which data year a request year uses.

The facts are obligations.data.facts' `kommune_aar` facts with two values derived for
the criteria: last year's request (continuity, 2019) and the fylke's employment rate
(regional job chances, 2019). A request year Y is judged on the data of year Y when the
data has it, else on the latest earlier data year: criteria for a coming year are set on
the figures known when they are set.
"""

from __future__ import annotations

from collections import defaultdict

from bosetting.engine.facts import Fact
from bosetting.engine.problems import InputError, Problem
from bosetting.obligations.data.facts import kommune_year_facts
from bosetting.obligations.data.records import Dataset

DERIVED = "derived"


def data_year_for(dataset: Dataset, request_year: int, explicit: int | None = None) -> int:
    """The data year whose facts judge `request_year` (or `explicit`, which the data must have)."""
    years = dataset.years
    if explicit is not None:
        if explicit not in years:
            raise InputError([Problem(dataset.data_dir, message=f"the data has no year {explicit}; it has "
                                      f"{', '.join(map(str, years)) or 'none'}")])
        return explicit
    earlier = [y for y in years if y <= request_year]
    if not earlier:
        raise InputError([Problem(dataset.data_dir, message=f"the data has no year {request_year} or earlier "
                                  f"(it has {', '.join(map(str, years)) or 'none'}); choose one with --data-year")])
    return max(earlier)


def fylke_employment(facts: list[Fact]) -> dict[str, float | None]:
    """Population-weighted employment rate per fylke, over the kommuner that report one."""
    weighted: dict[str, float] = defaultdict(float)
    people: dict[str, int] = defaultdict(int)
    for fact in facts:
        rate, population, fylke = (fact.values.get(k) for k in ("sysselsetting_pct", "innbyggere", "fylkesnummer"))
        if isinstance(rate, (int, float)) and isinstance(population, int) and population > 0:
            weighted[str(fylke)] += rate * population
            people[str(fylke)] += population
    fylker = {str(f.values.get("fylkesnummer")) for f in facts}
    return {f: round(weighted[f] / people[f], 1) if people[f] else None for f in fylker}


def criteria_facts(dataset: Dataset, data_year: int) -> list[Fact]:
    """One `kommune_aar` fact per kommune of the year's register, with the criteria's derived values."""
    facts = kommune_year_facts(dataset, data_year)
    previous = dataset.kommune_years.get(data_year - 1)
    by_fylke = fylke_employment(facts)
    for fact in facts:
        knr = fact.subject.id
        row = previous.get(knr) if previous is not None else None
        fact.values["anmodning_forrige_aar"] = row.anmodning if row is not None else None
        if row is not None:
            fact.sources["anmodning_forrige_aar"] = row.source
        fylke = str(fact.values.get("fylkesnummer"))
        fact.values["sysselsetting_fylke_pct"] = by_fylke.get(fylke)
        fact.sources["sysselsetting_fylke_pct"] = f"{DERIVED}: sysselsetting_pct of fylke {fylke} by innbyggere"
    return facts
