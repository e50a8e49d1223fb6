"""`kartlegging` (5.5, 6.3): from the permit to bosettingsklar, in asylmottak (UDI) and omsorgssentre (Bufdir)."""

from __future__ import annotations

from bosetting.engine.facts import Fact, Scalar
from bosetting.obligations.data.records import Dataset
from bosetting.obligations.derive import WAITING_PLACE_OF_AGENCY, Derivation, input_path, records_file
from bosetting.obligations.facts import FactType, Field
from bosetting.obligations.metrics.mapping import place_mapping_times
from bosetting.obligations.metrics.sources import cite_file, cite_missing

FIELDS = {
    "personer_i_grunnlag": Field("person records read (missing: no personer file)"),
    "kartlagt": Field("persons who became bosettingsklar in the year while in the waiting place"),
    "median_dager": Field("median days from the permit to bosettingsklar"),
    "lengste_dager": Field("the longest time, days"),
    "kartlagt_em": Field("of them: enslige mindreårige"),
    "median_dager_em": Field("their median days"),
    "kartlagt_saerskilte": Field("of them: persons with special health and care needs"),
    "median_dager_saerskilte": Field("their median days"),
}


def mapping_values(dataset: Dataset, year: int, ventested: str) -> tuple[dict[str, Scalar], dict[str, str], str]:
    """The `kartlegging` values: days from permit to bosettingsklar for those who became bosettingsklar in the year.

    In asylmottak (5.5) the agreement names enslige mindreårige and persons with special needs too; in
    omsorgssentre (6.3) everyone is an enslig mindreårig.
    """
    persons_file = input_path(dataset, year, "personer.csv")
    persons = dataset.persons.get(year)
    if persons is None:
        missing = cite_missing(persons_file)
        return {"personer_i_grunnlag": None}, {}, missing
    source = cite_file(records_file(persons, persons_file), len(persons))
    times = place_mapping_times(persons, year, ventested)
    everyone, em, special = times.everyone, times.em, times.special_needs
    values: dict[str, Scalar] = {
        "personer_i_grunnlag": len(persons), "kartlagt": everyone.count, "median_dager": everyone.median,
        "lengste_dager": max(everyone.days) if everyone.days else None,
        "kartlagt_em": em.count, "median_dager_em": em.median,
        "kartlagt_saerskilte": special.count, "median_dager_saerskilte": special.median,
    }
    return values, {}, source


def derive(inputs: Derivation) -> list[Fact]:
    facts = []
    for subject in inputs.subjects:
        kind = WAITING_PLACE_OF_AGENCY.get(subject.id)
        if kind is not None:
            facts += inputs.facts(*mapping_values(inputs.dataset, inputs.year, kind), only=[subject])
    return facts


FACT_TYPE = FactType(FIELDS, subjects=("agency",), agencies=tuple(WAITING_PLACE_OF_AGENCY), derive=derive)
