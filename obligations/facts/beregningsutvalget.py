"""`beregningsutvalget` (1.8, 3.2): Beregningsutvalget's report."""

from __future__ import annotations

from bosetting.engine.facts import Fact, Scalar
from bosetting.obligations.data.records import Dataset
from bosetting.obligations.derive import Derivation, input_path
from bosetting.obligations.facts import NATION_OR_AGENCY, FactType, Field
from bosetting.obligations.metrics.sources import cite_missing

FIELDS = {
    "rapportregister": Field("the report register for the year was supplied (true/false)", "bool"),
    "rapport_finnes": Field("a report was published in the year (true/false)", "bool"),
    "rapport": Field("its title and reference", "text"),
    "kostnadsaar": Field("the year whose costs it maps", "text"),
    "publisert_dato": Field("when it was published", "date"),
    "dekningsgrad_pct": Field("the coverage it found: grants / mapped costs, per cent"),
}


def report_values(dataset: Dataset, year: int) -> tuple[dict[str, Scalar], str]:
    register = input_path(dataset, year, "registre/beregningsutvalget.yaml")
    if year not in dataset.reports:
        return {"rapportregister": False}, cite_missing(register)
    published = sorted((r for r in dataset.reports[year] if r.publisert_dato.year == year),
                       key=lambda r: (r.publisert_dato, r.tittel))
    if not published:
        return {"rapportregister": True, "rapport_finnes": False}, f"{register}: no report published in {year}"
    report = published[-1]
    values: dict[str, Scalar] = {
        "rapportregister": True, "rapport_finnes": True, "rapport": f"{report.tittel} ({report.referanse})",
        "kostnadsaar": str(report.aar), "publisert_dato": report.publisert_dato.isoformat(),
        "dekningsgrad_pct": report.dekningsgrad_pct,
    }
    return values, report.source


def derive(inputs: Derivation) -> list[Fact]:
    values, source = report_values(inputs.dataset, inputs.year)
    return inputs.facts(values, {}, source)


FACT_TYPE = FactType(FIELDS, subjects=NATION_OR_AGENCY, derive=derive)
