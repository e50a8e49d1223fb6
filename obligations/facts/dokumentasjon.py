"""`dokumentasjon`: the obligations only documentation can show, activities per obligation, and whether there
was a case to work on (4.5, 4.6, 6.4, 6.5).
"""

from __future__ import annotations

import datetime as dt

from bosetting.engine.facts import Fact, Scalar
from bosetting.obligations.data.records import Dataset
from bosetting.obligations.data.spec import FORPLIKTELSER
from bosetting.obligations.derive import Derivation, DeriveSettings, input_path
from bosetting.obligations.facts import NATION_OR_AGENCY, WAIT_LIMIT_PARAMETERS, FactType, Field
from bosetting.obligations.facts.bosetting_grupper import settlement_values
from bosetting.obligations.metrics.documentation import activities_by_obligation
from bosetting.obligations.metrics.sources import cite_file, cite_missing, cite_rows
from bosetting.obligations.metrics.waiting import WaitLimits


def _fields() -> dict[str, Field]:
    fields = {
        "aktivitetsregister": Field("the activity register for the year was supplied (true/false)", "bool"),
        # Whether there was a case to work on (missing: no personer file for the year).
        "lang_ventende_i_aar": Field("persons in mottak or omsorgssenter who waited longer than their group's limit "
                                     "during the year (settled, or still waiting at its end)"),
        "em_omsorgssenter_lang_ventende_i_aar": Field("of them: enslige mindreårige in omsorgssentre"),
        "barn_bosatt": Field("enslige mindreårige and persons in families with children settled in the year"),
        "bufetat_em_bosatt": Field("enslige mindreårige settled by Bufetat in the year"),
        "barn_bosettingsklare": Field("enslige mindreårige and persons in families with children who were "
                                      "bosettingsklar at some time in the year (settled in it, or still waiting)"),
        "em_omsorgssenter_bosettingsklare": Field("enslige mindreårige in omsorgssentre who were bosettingsklar at "
                                                  "some time in the year"),
    }
    for number in FORPLIKTELSER:
        key = number.replace(".", "_")
        fields[f"dokumentert_{key}"] = Field(f"activities documented for obligation {number} in the year")
        fields[f"dokumenter_{key}"] = Field(f"the documents that show obligation {number} (ids and references)",
                                            "text")
        fields[f"ikke_talt_{key}"] = Field(f"activities registered for obligation {number} by a body it does not "
                                           "bind and that does not carry it: they document nothing for it", "text")
    return fields


FIELDS = _fields()


def case_values(dataset: Dataset, year: int, limits: WaitLimits | None) -> dict[str, Scalar]:
    """Whether there was a case for an effort obligation to work on: None when the person file is missing.

    Nobody who waited long (4.6, 6.5), no enslige mindreårige or barnefamilier bosettingsklar in the year
    (4.5), no enslige mindreårige bosettingsklar in an omsorgssenter (6.4): then there was nothing to work
    for, and the finding is not_applicable rather than a gap in documentation. Whether anyone was settled
    is an outcome, shown as context (`barn_bosatt`, `bufetat_em_bosatt`), and never decides that there was
    no case: nobody settled while many wait is the worst outcome, not the absence of one.
    """
    persons = dataset.persons.get(year)
    names = ("lang_ventende_i_aar", "em_omsorgssenter_lang_ventende_i_aar", "barn_bosatt", "bufetat_em_bosatt",
             "barn_bosettingsklare", "em_omsorgssenter_bosettingsklare")
    if persons is None or limits is None:
        return dict.fromkeys(names)
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    children_ready = em_omsorgssenter_ready = 0  # bosettingsklar at some time in the year
    for p in persons:
        if p.bosettingsklar_dato <= last and (p.bosatt_dato is None or p.bosatt_dato >= first):
            if p.gruppe == "enslig_mindreaarig":
                children_ready += 1
                em_omsorgssenter_ready += p.ventested == "omsorgssenter"
            elif p.gruppe == "familie_med_barn":
                children_ready += 1
    settled, _ = settlement_values(dataset, year, limits)

    def number(name: str) -> int:
        value = settled.get(name)
        return int(value) if isinstance(value, (int, float)) else 0

    return {
        "lang_ventende_i_aar": number("lang_ventende_bosatt") + number("lang_ventende_venter"),
        "em_omsorgssenter_lang_ventende_i_aar": number("em_omsorgssenter_lang_bosatt")
        + number("em_omsorgssenter_lang_venter"),
        "barn_bosatt": number("em_bosatt") + number("familier_bosatt"),
        "bufetat_em_bosatt": number("bufetat_em_bosatt"),
        "barn_bosettingsklare": children_ready,
        "em_omsorgssenter_bosettingsklare": em_omsorgssenter_ready,
    }


def documentation_values(dataset: Dataset, year: int,
                         settings: DeriveSettings) -> tuple[dict[str, Scalar], dict[str, str], str]:
    register = input_path(dataset, year, "registre/aktiviteter.yaml")
    cases = case_values(dataset, year, settings.limits)
    persons_file = input_path(dataset, year, "personer.csv")
    case_source = cite_file(persons_file, len(dataset.persons[year])) if year in dataset.persons \
        else cite_missing(persons_file)
    if year not in dataset.activities:
        return {"aktivitetsregister": False, **cases}, dict.fromkeys(cases, case_source), cite_missing(register)
    found = activities_by_obligation(dataset.activities[year], year)
    values: dict[str, Scalar] = {"aktivitetsregister": True, **cases}
    sources: dict[str, str] = {"aktivitetsregister": register, **dict.fromkeys(cases, case_source)}
    for number in FORPLIKTELSER:
        key = number.replace(".", "_")
        actors = (settings.actors or {}).get(number)
        items = [a for a in found.get(number, []) if actors is None or a.etat in actors]
        others = [a for a in found.get(number, []) if a not in items]
        values[f"dokumentert_{key}"] = len(items)
        values[f"dokumenter_{key}"] = "; ".join(f"{a.aktivitet_id} {a.dato.isoformat()} {a.dokument}"
                                                for a in items) or None
        values[f"ikke_talt_{key}"] = "; ".join(f"{a.aktivitet_id} ({a.etat})" for a in others) or None
        cited = cite_rows((a.source for a in items), f"{register}: ingenting dokumentert for {number}")
        sources[f"dokumentert_{key}"] = sources[f"dokumenter_{key}"] = cited
        sources[f"ikke_talt_{key}"] = cite_rows((a.source for a in others), register)
    return values, sources, f"{register}: {len(dataset.activities[year])} entries"


def derive(inputs: Derivation) -> list[Fact]:
    return inputs.facts(*documentation_values(inputs.dataset, inputs.year, inputs.settings))


FACT_TYPE = FactType(FIELDS, subjects=NATION_OR_AGENCY, derive=derive, parameters=WAIT_LIMIT_PARAMETERS,
                     parameter_fields=dict.fromkeys(WAIT_LIMIT_PARAMETERS, ("lang_ventende_i_aar",
                                                                           "em_omsorgssenter_lang_ventende_i_aar")))
