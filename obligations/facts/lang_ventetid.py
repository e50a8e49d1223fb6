"""`lang_ventetid` (1.2): long waits per month and whether they rise; tiltak after a rise."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bosetting.engine.facts import Fact, Scalar
from bosetting.obligations.data.records import Dataset, SettlementRecord, sources_of
from bosetting.obligations.derive import Derivation, DeriveSettings, input_path, percent, percent_text, records_file
from bosetting.obligations.facts import NATION_OR_AGENCY, RISE_PARAMETERS, WAIT_LIMIT_PARAMETERS, FactType, Field
from bosetting.obligations.metrics.calendar import add_months, month_end
from bosetting.obligations.metrics.documentation import measures_for
from bosetting.obligations.metrics.sources import cite_file, cite_missing, cite_rows
from bosetting.obligations.metrics.waiting import (
    WAITING_PLACES,
    MonthLongWaits,
    WaitLimits,
    long_waits_by_month,
    rising_months,
)

FIELDS = {
    "personer_i_grunnlag": Field("person records read (missing: no personer file)"),
    "maaneder": Field("month ends counted"),
    "ventende_slutt": Field("bosettingsklare waiting in asylmottak or omsorgssenter at the last month end"),
    "lang_ventende_slutt": Field("of whom waited longer than their group's limit, per cent"),
    "andel_lang_ventende_slutt": Field("their share of those waiting; per cent"),
    "lang_ventende_maks": Field("the highest month-end count of long-waiters in the year"),
    "lang_ventende_per_maaned": Field("month-end counts of long-waiters, January to December", "text"),
    "andel_per_maaned": Field("month-end shares of long-waiters, per cent, January to December", "text"),
    "lang_ventende_em_asylmottak": Field("long-waiters at the last month end: enslige mindreårige in asylmottak"),
    "lang_ventende_em_omsorgssenter": Field("enslige mindreårige in omsorgssentre"),
    "lang_ventende_familier": Field("persons in families with children"),
    "lang_ventende_voksne": Field("adults without children"),
    "okende": Field("the count or the share rose by the stated definition (true/false; missing: too few months)",
                    "bool"),
    "okende_maal": Field("what rose: antall, andel or both", "text"),
    "okende_fra": Field("the first month of the year judged rising (YYYY-MM)", "month"),
    "okende_sett": Field("the day the rise was seen: the end of that month", "date"),
    "tiltak_vindu_fra": Field("the first day a tiltak counts from: the start of the window the rise was seen in",
                              "date"),
    "tiltak_frist": Field("the last day a tiltak counts as timely", "date"),
    "frist_utlopt": Field("the deadline has passed within the registers read (this year's, and the next year's tiltak "
                          "register when given) (true/false)", "bool"),
    "tiltaksregister": Field("the tiltak register for the year was supplied (true/false)", "bool"),
    "tiltak_innen_frist": Field("a tiltak for 1.2 was recorded from the window's start to the deadline (true/false)",
                                "bool"),
    "tiltak_etter_frist": Field("a tiltak for 1.2 was recorded, but after the deadline (true/false)", "bool"),
    "tiltak": Field("the tiltak for 1.2 recorded from the window's start (id and date)", "text"),
    "fortsetter_fra": Field("the year whose rise this is, unbroken across 31 December: its reference time and tiltak "
                            "apply (empty for a rise first seen this year)", "text"),
}


# long_waits_by_month is asked for the same person file by the obligations (1.2), the goals and the
# review's chart; it walks every person at every month end, so the last few results are kept.
_LONG_WAITS: dict[tuple[int, int, WaitLimits], tuple[Sequence[SettlementRecord], list[MonthLongWaits]]] = {}

_KEPT = 8


def long_waits_of_year(persons: Sequence[SettlementRecord], year: int, limits: WaitLimits) -> list[MonthLongWaits]:
    """`long_waits_by_month`, remembered for the last few (person file, year, limits); the result is shared."""
    key = (id(persons), year, limits)
    kept = _LONG_WAITS.get(key)
    if kept is not None and kept[0] is persons:  # the same object, not one that reuses its id
        return kept[1]
    months = long_waits_by_month(persons, year, limits)
    if len(_LONG_WAITS) >= _KEPT:
        del _LONG_WAITS[next(iter(_LONG_WAITS))]
    _LONG_WAITS[key] = (persons, months)
    return months


def long_wait_values(dataset: Dataset, year: int,
                     settings: DeriveSettings) -> tuple[dict[str, Scalar], dict[str, str], str]:
    """The `lang_ventetid` values: long waits per month, the rise, and the tiltak that followed.

    A tiltak counts from the start of the window in which the rise was seen until the deadline after
    it. When the deadline runs into the next year, the next year's tiltak register is read if it is
    there; if it is not, `frist_utlopt` is false and the rule says the deadline has not passed.
    """
    assert settings.limits and settings.rise_months and settings.rise_window and settings.measure_days is not None
    persons_file = input_path(dataset, year, "personer.csv")
    persons = dataset.persons.get(year)
    if persons is None:
        missing = cite_missing(persons_file)
        return {"personer_i_grunnlag": None}, {"personer_i_grunnlag": missing}, missing
    persons_source = cite_file(records_file(persons, persons_file), len(persons))
    months = long_waits_of_year(persons, year, settings.limits)
    # The rise is judged over a window that may reach into the previous year, from that year's file.
    before = _previous_months(dataset, year, settings.limits, settings.rise_window)
    counts: list[float | None] = [float(m.long_waiting) for m in (*before, *months)]
    shares = [m.share for m in (*before, *months)]
    rise = (settings.rise_months, settings.rise_window, settings.rise_material)
    rise_by_count = _first_in_year(counts, len(before), *rise)
    rise_by_share = _first_in_year(shares, len(before), *rise)
    first = min((t for t in (rise_by_count, rise_by_share) if t is not None), default=None)
    carried = _continued_rise(dataset, year, settings, months) if first == 0 else None
    last = months[-1]
    at_end = last.by_group_and_place
    values: dict[str, Scalar] = {
        "personer_i_grunnlag": len(persons),
        "maaneder": len(months),
        "ventende_slutt": last.waiting,
        "lang_ventende_slutt": last.long_waiting,
        "andel_lang_ventende_slutt": percent(last.share),
        "lang_ventende_maks": max(m.long_waiting for m in months),
        "lang_ventende_per_maaned": ", ".join(f"{m.month[5:]}: {m.long_waiting}" for m in months),
        "andel_per_maaned": ", ".join(f"{m.month[5:]}: {percent_text(m.share)} %" for m in months),
        "lang_ventende_em_asylmottak": at_end.get(("enslig_mindreaarig", "asylmottak"), 0),
        "lang_ventende_em_omsorgssenter": at_end.get(("enslig_mindreaarig", "omsorgssenter"), 0),
        "lang_ventende_familier": sum(at_end.get(("familie_med_barn", p), 0) for p in WAITING_PLACES),
        "lang_ventende_voksne": sum(at_end.get(("voksen_uten_barn", p), 0) for p in WAITING_PLACES),
        "okende": first is not None,
        "okende_maal": None, "okende_fra": None, "okende_sett": None, "tiltak_vindu_fra": None,
        "tiltak_frist": None, "frist_utlopt": None,
        "tiltaksregister": year in dataset.measures,
        "tiltak_innen_frist": None, "tiltak_etter_frist": None, "tiltak": None, "fortsetter_fra": None,
    }
    sources = {name: persons_source for name in values}
    sources["lang_ventende_slutt"] = cite_rows(sources_of(persons, last.waiters), persons_source)
    measures_file = input_path(dataset, year, "registre/tiltak.yaml")
    sources["tiltaksregister"] = measures_file if year in dataset.measures else cite_missing(measures_file)
    if carried is not None:
        # The same rise as the previous year's, unbroken across 31 December: it has one reference time for a
        # tiltak, and the same tiltak cannot be late for it in one year and timely in the next.
        earlier, earlier_sources, _ = carried
        values.update({name: earlier.get(name) for name in (*CARRIED_RISE_FIELDS, "frist_utlopt")},
                      fortsetter_fra=str(year - 1))
        sources.update({name: earlier_sources.get(name, persons_source) for name in CARRIED_RISE_FIELDS})
    elif first is not None:
        detected = month_end(year, first + 1)
        window_start = add_months(detected, -settings.rise_window).replace(day=1)
        deadline = detected + dt.timedelta(days=settings.measure_days)
        registers_until = dt.date(year + 1 if year + 1 in dataset.measures else year, 12, 31)
        what = [name for name, t in (("antall", rise_by_count), ("andel", rise_by_share)) if t is not None]
        values.update(okende_maal=" og ".join(what), okende_fra=months[first].month, okende_sett=detected.isoformat(),
                      tiltak_vindu_fra=window_start.isoformat(), tiltak_frist=deadline.isoformat(),
                      frist_utlopt=deadline <= registers_until)
        if year in dataset.measures or year + 1 in dataset.measures:
            taken = [m for y in (year, year + 1) for m in measures_for(dataset.measures.get(y, ()), "1.2")
                     if m.dato >= window_start]
            timely = [m for m in taken if m.dato <= deadline]
            later = [m for m in taken if m.dato > deadline]
            values.update(tiltak_innen_frist=bool(timely), tiltak_etter_frist=bool(later),
                          tiltak=", ".join(f"{m.tiltak_id} ({m.dato.isoformat()})" for m in taken) or None)
            cited = cite_rows((m.source for m in taken), f"{measures_file}: ingen tiltak for 1.2")
            for name in ("tiltak_innen_frist", "tiltak_etter_frist", "tiltak"):
                sources[name] = cited
            if year + 1 in dataset.measures:
                sources["frist_utlopt"] = input_path(dataset, year + 1, "registre/tiltak.yaml")
    return values, sources, persons_source


# What the previous year's rise carries into this year's review: its deadline ran past that year's end.
CARRIED_RISE_FIELDS = ("okende_maal", "okende_fra", "okende_sett", "tiltak_vindu_fra", "tiltak_frist",
                       "tiltak_innen_frist", "tiltak_etter_frist", "tiltak")


def _continued_rise(dataset: Dataset, year: int, settings: DeriveSettings, months: Sequence[MonthLongWaits]
                    ) -> tuple[dict[str, Scalar], dict[str, str], str] | None:
    """The previous year's `lang_ventetid` values when its rise was still rising at its last month end and goes
    on rising into January of `year` (one rise across the year end), else None."""
    assert settings.limits and settings.rise_months and settings.rise_window
    before = _previous_months(dataset, year, settings.limits, 12)
    if not before or (settings.first_year is not None and year - 1 < settings.first_year):
        return None
    rise = (settings.rise_months, settings.rise_window, settings.rise_material)
    for series in ([float(m.long_waiting) for m in (*before, *months)], [m.share for m in (*before, *months)]):
        flags = rising_months(series, *rise)
        if flags[len(before) - 1] and flags[len(before)]:
            earlier = long_wait_values(dataset, year - 1, settings)
            return earlier if earlier[0].get("okende") else None
    return None


def _previous_months(dataset: Dataset, year: int, limits: WaitLimits, count: int) -> list[MonthLongWaits]:
    """The last `count` month ends of the previous year, when its person file was supplied."""
    persons = dataset.persons.get(year - 1)
    if persons is None:
        return []
    return long_waits_of_year(persons, year - 1, limits)[-count:]  # that year's own months, worked out once


def _first_in_year(series: Sequence[float | None], offset: int, rises: int, window: int,
                   material: float) -> int | None:
    """The first month of the year (0 = January) judged rising, the months before it included in the window."""
    flags = rising_months(series, rises, window, material)
    return next((t - offset for t in range(offset, len(series)) if flags[t]), None)


def derive(inputs: Derivation) -> list[Fact]:
    settings = inputs.settings
    if not settings.rise_given:
        return []
    return inputs.facts(*long_wait_values(inputs.dataset, inputs.year, settings))


FACT_TYPE = FactType(FIELDS, subjects=NATION_OR_AGENCY, derive=derive,
                     parameters=(*WAIT_LIMIT_PARAMETERS, *RISE_PARAMETERS))
