"""Facts from the loaded data: per kommune, fylke and the nation, per year, each value with its source row.

Only facts that are plain readings of the input (and a few direct derivations) are made here;
aggregate metrics over time (waiting-time trends, delivery gaps) belong to obligations.metrics.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields

from bosetting.engine.facts import Fact, Scalar, Subject
from bosetting.obligations.data.records import Dataset, KommuneYear
from bosetting.obligations.metrics.allocation import vedtak_category
from bosetting.obligations.metrics.sources import cite_missing_column, file_of

KOMMUNE_YEAR = "kommune_aar"
FYLKE_YEAR = "fylke_aar"
NATIONAL_YEAR = "nasjonalt_aar"
NATIONAL_SUBJECT = Subject("national", "NO", "Norge")

# The KommuneYear fields that become fact values (the year is the fact's period).
KOMMUNE_YEAR_VALUES = tuple(f.name for f in fields(KommuneYear) if f.name not in ("year", "source"))
_SUMMED = ("anmodning", "anmodning_em", "vedtak", "vedtak_em", "bosatt", "bosatt_em",
           "fylkeskommune_anbefaling", "fylkeskommune_anbefaling_em")


def vedtak_kategori(row: KommuneYear) -> str:
    """Vedtak against anmodning, as a description of the kommune (obligations.metrics.allocation.vedtak_category)."""
    return vedtak_category(row.anmodning, row.vedtak)


def bosatt_av_vedtak_pct(row: KommuneYear) -> float | None:
    """Settled as a percentage of the vedtak (IMDi's `bosatt_av_vedtak`); None without a positive vedtak or bosatt."""
    if not row.vedtak or row.bosatt is None:
        return None
    return round(100 * row.bosatt / row.vedtak, 1)


def kommune_year_facts(dataset: Dataset, year: int) -> list[Fact]:
    """One `kommune_aar` fact per kommune in the year's register, sorted by kommunenummer.

    A kommune with no row in kommune_aar gets None for every value (the review can then say
    insufficient_data), and its sources point at the register row only.
    """
    rows = dataset.kommune_years.get(year, {})
    absent = absent_column_sources(dataset, rows.values())
    facts = []
    for knr, kommune in sorted(dataset.register(year).items()):
        row = rows.get(knr)
        values: dict[str, Scalar] = {name: None for name in KOMMUNE_YEAR_VALUES}
        values.update(kommunenummer=knr, innbyggere=kommune.innbyggere, fylkesnummer=kommune.fylkesnummer,
                      vedtak_kategori=None, bosatt_av_vedtak_pct=None)
        sources = {"innbyggere": kommune.source, "fylkesnummer": kommune.source}
        if row is not None:
            values.update({name: getattr(row, name) for name in KOMMUNE_YEAR_VALUES})
            values.update(vedtak_kategori=vedtak_kategori(row), bosatt_av_vedtak_pct=bosatt_av_vedtak_pct(row))
            sources.update({name: row.source for name in (*KOMMUNE_YEAR_VALUES, "vedtak_kategori",
                                                          "bosatt_av_vedtak_pct")})
            sources.update(absent)
        facts.append(Fact(KOMMUNE_YEAR, Subject("kommune", knr, kommune.navn), str(year), values, sources,
                          source=row.source if row is not None else kommune.source))
    return facts


def absent_column_sources(dataset: Dataset, rows: Iterable[KommuneYear]) -> dict[str, str]:
    """For each column left out of the kommune table, the citation that says so (file and column)."""
    first = next(iter(rows), None)
    if first is None:
        return {}
    file = file_of(first.source)
    cited = {column: cite_missing_column(file, column) for column in dataset.absent_columns.get(file, ())}
    if "bosatt" in cited:
        cited["bosatt_av_vedtak_pct"] = cited["bosatt"]
    if "vedtak" in cited:
        cited["vedtak_kategori"] = cited["bosatt_av_vedtak_pct"] = cited["vedtak"]
    return cited


def _sum(rows: list[KommuneYear], name: str) -> int | None:
    """The sum of the given values; None when no row has one (so 'nothing registered' is not 0)."""
    given = [getattr(r, name) for r in rows if getattr(r, name) is not None]
    return sum(given) if given else None


def _table_path(rows: list[KommuneYear], fallback: str) -> str:
    return rows[0].source.rpartition(":row ")[0] if rows else fallback


def fylke_year_facts(dataset: Dataset, year: int) -> list[Fact]:
    """One `fylke_aar` fact per fylke: the kommune figures summed, with the register's population."""
    register = dataset.register(year)
    rows = dataset.kommune_years.get(year, {})
    facts = []
    for fnr in sorted({k.fylkesnummer for k in register.values()}):
        kommuner = [k for k in register.values() if k.fylkesnummer == fnr]
        in_fylke = [rows[k.kommunenummer] for k in kommuner if k.kommunenummer in rows]
        values: dict[str, Scalar] = {name: _sum(in_fylke, name) for name in _SUMMED}
        asked = [r for r in in_fylke if r.anmodning > 0]
        values.update(fylkesnummer=fnr, kommuner=len(kommuner), kommuner_med_rad=len(in_fylke),
                      vedtak_registrert=sum(1 for r in in_fylke if r.vedtak is not None),
                      # A fylke's vedtak are read against the kommuner asked, not every kommune in it.
                      kommuner_anmodet=len(asked), anmodede_med_vedtak=sum(1 for r in asked if r.vedtak is not None),
                      innbyggere=sum(k.innbyggere for k in kommuner))
        source = _table_path(in_fylke, kommuner[0].source)
        facts.append(Fact(FYLKE_YEAR, Subject("fylke", fnr, kommuner[0].fylke), str(year), values, source=source))
    return facts


def national_year_fact(dataset: Dataset, year: int) -> Fact:
    """The `nasjonalt_aar` fact: the national need (None when nasjonalt.yaml is missing) and the kommune sums."""
    rows = list(dataset.kommune_years.get(year, {}).values())
    national = dataset.national.get(year)
    values: dict[str, Scalar] = {name: _sum(rows, name) for name in _SUMMED}
    sources = {name: _table_path(rows, "") for name in _SUMMED}
    sources.update({name: cited for name, cited in absent_column_sources(dataset, rows).items() if name in sources})
    for name in ("bosettingsbehov", "bosettingsbehov_em", "prognose_bosettingsklare", "bosettingsbehov_justert",
                 "bosettingsbehov_em_justert"):
        values[name] = getattr(national, name) if national is not None else None
        sources[name] = national.source if national is not None else ""
        if national is not None and values[name] is None and name in ("bosettingsbehov_em", "prognose_bosettingsklare"):
            sources[name] = cite_missing_column(file_of(national.source), name)
    values["synthetic"] = dataset.synthetic
    return Fact(NATIONAL_YEAR, NATIONAL_SUBJECT, str(year), values, sources,
                source=national.source if national is not None else "")


def year_facts(dataset: Dataset, year: int) -> list[Fact]:
    """Every fact this module makes for a year: kommuner, fylker and the nation."""
    return [*kommune_year_facts(dataset, year), *fylke_year_facts(dataset, year), national_year_fact(dataset, year)]
