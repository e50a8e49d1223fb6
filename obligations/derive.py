"""From a Dataset and a year to the facts the obligation and goal rules read.

Every value a fact carries names its source: the input file and row(s), the file and the
number of rows for aggregates, or the file searched when a delivery is missing. Thresholds
that shape a metric (how long a wait is long, what a large capacity change is) come from the
rule set's own parameters (`DeriveSettings.from_parameters`), so that they stay named, cited
and visible in the rule file; a metric whose parameters a rule set does not declare is not
derived, and its rules then say insufficient_data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

from bosetting.engine.facts import Fact, Scalar, Subject
from bosetting.engine.ruleset import RuleSet
from bosetting.obligations.criteria.redistribution import triggers
from bosetting.obligations.criteria.spec import RedistributionThresholds, allocation_spec
from bosetting.obligations.data.facts import (
    NATIONAL_SUBJECT,
    absent_column_sources,
    fylke_year_facts,
    kommune_year_facts,
    national_year_fact,
)
from bosetting.obligations.data.records import Dataset, KommuneYear, NationalYear, SettlementRecord, Waiver
from bosetting.obligations.data.spec import DEPARTEMENTER, DIREKTORATENES_DEPARTEMENT, FORPLIKTELSER
from bosetting.obligations.metrics.allocation import allocation_totals, share
from bosetting.obligations.metrics.calendar import add_months, month_end, months_of_year
from bosetting.obligations.metrics.capacity import (
    NoticeSummary,
    OccupancySummary,
    months_outside,
    notice_days,
    notice_summary,
    occupancy_summary,
)
from bosetting.obligations.metrics.deliveries import DeliveryCoverage, delivery_coverage
from bosetting.obligations.metrics.documentation import activities_by_obligation, measures_for
from bosetting.obligations.metrics.mapping import mapping_times
from bosetting.obligations.metrics.settlement import long_waiters_outcome, settled_within_limits
from bosetting.obligations.metrics.sources import cite_file, cite_missing, cite_rows
from bosetting.obligations.metrics.waiting import (
    WAITING_PLACES,
    MonthLongWaits,
    WaitLimits,
    long_waits_by_month,
    rising_months,
)
from bosetting.obligations.paths import shown_path
from bosetting.obligations.waivers import NO_EXCUSALS, Excusals, excused_events, month_span

AGENCIES = {
    "KS": Subject("agency", "KS", "KS"),
    "AID": Subject("agency", "AID", "Arbeids- og inkluderingsdepartementet"),
    "IMDi": Subject("agency", "IMDi", "IMDi"),
    "UDI": Subject("agency", "UDI", "UDI"),
    "Bufdir": Subject("agency", "Bufdir", "Bufdir"),
    "Husbanken": Subject("agency", "Husbanken", "Husbanken"),
}
# Obligations whose documented activities count as dialogue for main goal 3.
DIALOGUE_OBLIGATIONS = ("1.5", "3.3", "4.3", "4.6", "6.5", "8.2")
# Who the criteria must be recommended by (agreement 3.4).
NATIONAL_COMMITTEE = "Nasjonalt utvalg"


@dataclass(frozen=True)
class DeriveSettings:
    """The metric parameters of one rule set; None where the rule set does not declare them."""

    limits: WaitLimits | None = None
    rise_months: int | None = None
    rise_window: int | None = None
    measure_days: int | None = None
    large_change_places: int | None = None
    notice_days: int | None = None
    rise_material: float = 0.0  # a month's rise counts only above this fraction of the month before
    occupancy_low: Mapping[str, float] | None = None  # mottakstype -> lowest plausible occupancy (a fraction)
    occupancy_high: float | None = None
    first_year: int | None = None  # the first year the rule set is in force
    # provision id -> who may have done its work: the parties it binds, the bodies that carry it, and the
    # directorates of the ministries it binds (an activity by anyone else documents nothing for it)
    actors: Mapping[str, frozenset[str]] | None = None
    # The thresholds for a new distribution when no adopted criteria in force state them (an assumption).
    redistribution_fallback: RedistributionThresholds | None = None

    # The rule set parameters that shape a metric; obligations and goals in force together must agree on them.
    PARAMETERS = (
        "frist_em_maaneder", "frist_familier_maaneder", "frist_voksne_maaneder", "okning_antall_maaneder",
        "okning_vindu_maaneder", "okning_vesentlig_prosent", "tiltak_frist_dager", "stor_endring_plasser",
        "varsel_dager", "belegg_min_asylmottak", "belegg_min_omsorgssenter", "belegg_maks",
    )

    @classmethod
    def from_parameters(cls, values: Mapping[str, Any]) -> DeriveSettings:
        def number(name: str) -> int | None:
            value = values.get(name)
            return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None

        em, families, adults = (number(n) for n in ("frist_em_maaneder", "frist_familier_maaneder",
                                                     "frist_voksne_maaneder"))
        limits = WaitLimits(em, families, adults) if None not in (em, families, adults) else None  # type: ignore[arg-type]
        def fraction(name: str) -> float | None:
            value = values.get(name)
            return value / 100 if isinstance(value, (int, float)) and not isinstance(value, bool) else None

        low = {kind: fraction(f"belegg_min_{kind}") for kind in ("asylmottak", "omsorgssenter")}
        relative = values.get("ny_fordeling_endring_prosent")
        fallback = RedistributionThresholds(
            Fraction(str(relative)) / 100 if isinstance(relative, (int, float)) else None,
            number("ny_fordeling_endring_personer"), number("ny_fordeling_endring_em"))
        fallback_given = fallback != RedistributionThresholds()
        return cls(limits=limits, rise_months=number("okning_antall_maaneder"),
                   rise_window=number("okning_vindu_maaneder"), measure_days=number("tiltak_frist_dager"),
                   large_change_places=number("stor_endring_plasser"), notice_days=number("varsel_dager"),
                   rise_material=fraction("okning_vesentlig_prosent") or 0.0,
                   occupancy_low={k: v for k, v in low.items() if v is not None} or None,
                   occupancy_high=fraction("belegg_maks"), first_year=number("_first_year"),
                   redistribution_fallback=fallback if fallback_given else None)

    @classmethod
    def for_ruleset(cls, ruleset: RuleSet) -> DeriveSettings:
        values: dict[str, Any] = {name: p.value for name, p in ruleset.parameters.items()}
        values["_first_year"] = ruleset.valid_from.year
        settings = cls.from_parameters(values)
        actors = {str(p["id"]): provision_actors(p) for p in ruleset.provisions if p.get("binds")}
        return replace(settings, actors=actors or None)


def provision_actors(provision: Mapping[str, Any]) -> frozenset[str]:
    """Who may have done a provision's work: each party it binds (KS, or a ministry by its abbreviation), the
    bodies that carry it, and the directorates through which the ministries it binds act."""
    short = {name: abbreviation for abbreviation, name in DEPARTEMENTER.items()}
    parties = {short.get(str(party), str(party)) for party in provision.get("binds", ())}
    directorates = {d for d, ministry in DIREKTORATENES_DEPARTEMENT.items() if ministry in parties}
    return frozenset(parties | set(map(str, provision.get("carried_by", ()))) | directorates)


@dataclass(frozen=True)
class CriteriaProcess:
    """How a criteria rule set came about, read from its header and its `process:` mapping."""

    key: str
    path: str
    status: str
    proposed_by: str | None
    proposed_on: str | None
    recommendation_by: str | None
    recommendation_on: str | None
    recommendation_reference: str | None
    adopted_by: str | None
    adopted_on: str | None
    for_year: int = 0
    redistribution: RedistributionThresholds | None = None

    @classmethod
    def from_ruleset(cls, ruleset: RuleSet) -> CriteriaProcess:
        process = ruleset.data.get("process") or {}

        def text(value: Any) -> str | None:
            if value is None or value == "":
                return None
            return value.isoformat() if isinstance(value, dt.date) else str(value)

        return cls(key=ruleset.key, path=shown_path(ruleset.path), status=ruleset.status,
                   proposed_by=text(process.get("proposed_by")), proposed_on=text(process.get("proposed_on")),
                   recommendation_by=text(process.get("recommendation_by")),
                   recommendation_on=text(process.get("recommendation_on")),
                   recommendation_reference=text(process.get("recommendation_reference")),
                   adopted_by=text(ruleset.adopted_by), adopted_on=text(ruleset.adopted_on),
                   for_year=ruleset.valid_from.year, redistribution=allocation_spec(ruleset).redistribution)

    @property
    def recommended_by_committee(self) -> bool:
        return self.recommendation_by is not None and NATIONAL_COMMITTEE.lower() in self.recommendation_by.lower()

    @property
    def in_order(self) -> bool:
        dates = (self.proposed_on, self.recommendation_on, self.adopted_on)
        if any(d is None for d in dates):
            return False
        return dates[0] <= dates[1] <= dates[2]  # type: ignore[operator]  # ISO dates sort as text


def _path(dataset: Dataset, year: int, name: str) -> str:
    """The display path of an input file of the year, as sources cite it."""
    return f"{dataset.data_dir}/{year}/{name}"


def _fact(fact_type: str, subject: Subject, year: int, values: dict[str, Scalar], sources: dict[str, str],
          source: str) -> Fact:
    return Fact(fact_type, subject, str(year), values, sources, source)


def _for_subjects(fact_type: str, subjects: Iterable[Subject], year: int, values: dict[str, Scalar],
                  sources: dict[str, str], source: str) -> list[Fact]:
    return [_fact(fact_type, s, year, dict(values), dict(sources), source) for s in subjects]


def _percent(value: float | None) -> float | None:
    """A share (0-1) as the per cent facts carry and explanations show, to one decimal."""
    return None if value is None else round(100 * value, 1)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}"


# ---------------------------------------------------------------------------- 1.2 long waits

# long_waits_by_month is asked for the same person file by the obligations (1.2), the goals and the
# review's chart; it walks every person at every month end, so the last few results are kept.
_LONG_WAITS: dict[tuple[int, int, WaitLimits], tuple[Sequence[SettlementRecord], list[MonthLongWaits]]] = {}
_LONG_WAITS_KEPT = 8


def long_waits_of_year(persons: Sequence[SettlementRecord], year: int, limits: WaitLimits) -> list[MonthLongWaits]:
    """`long_waits_by_month`, remembered for the last few (person file, year, limits); the result is shared."""
    key = (id(persons), year, limits)
    kept = _LONG_WAITS.get(key)
    if kept is not None and kept[0] is persons:  # the same object, not one that reuses its id
        return kept[1]
    months = long_waits_by_month(persons, year, limits)
    if len(_LONG_WAITS) >= _LONG_WAITS_KEPT:
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
    persons_file = _path(dataset, year, "personer.csv")
    persons = dataset.persons.get(year)
    if persons is None:
        missing = cite_missing(persons_file)
        return {"personer_i_grunnlag": None}, {"personer_i_grunnlag": missing}, missing
    persons_source = cite_file(_file_of(persons, persons_file), len(persons))
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
        "andel_lang_ventende_slutt": _percent(last.share),
        "lang_ventende_maks": max(m.long_waiting for m in months),
        "lang_ventende_per_maaned": ", ".join(f"{m.month[5:]}: {m.long_waiting}" for m in months),
        "andel_per_maaned": ", ".join(f"{m.month[5:]}: {_pct(m.share)} %" for m in months),
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
    sources["lang_ventende_slutt"] = cite_rows(last.sources, persons_source)
    measures_file = _path(dataset, year, "registre/tiltak.yaml")
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
                sources["frist_utlopt"] = _path(dataset, year + 1, "registre/tiltak.yaml")
    return values, sources, persons_source


# What the previous year's rise carries into this year's review: its deadline ran past that year's end.
CARRIED_RISE_FIELDS = ("okende_maal", "okende_fra", "okende_sett", "tiltak_vindu_fra", "tiltak_frist",
                       "tiltak_innen_frist", "tiltak_etter_frist", "tiltak")


def carried_rise_values(dataset: Dataset, year: int,
                        settings: DeriveSettings) -> tuple[dict[str, Scalar], dict[str, str], str]:
    """`lang_ventetid_forrige_aar`: a rise seen in the previous year whose deadline for a tiltak fell in this one.

    The previous year's review could only say the deadline had not passed; this year's registers settle it.
    """
    previous = year - 1
    values: dict[str, Scalar] = {"forrige_aar": str(previous), "forrige_aar_i_avtalen": True,
                                 "forrige_aar_data": previous in dataset.persons, "frist_i_aar": None,
                                 **{name: None for name in CARRIED_RISE_FIELDS}}
    if settings.first_year is not None and previous < settings.first_year:
        values["forrige_aar_i_avtalen"] = False
        return values, {}, f"{previous}: before the rule set is in force"
    if previous not in dataset.persons:
        missing = cite_missing(_path(dataset, previous, "personer.csv"))
        return values, {name: missing for name in values}, missing
    earlier, sources, source = long_wait_values(dataset, previous, settings)
    deadline = earlier.get("tiltak_frist")
    values["frist_i_aar"] = bool(earlier.get("okende")) and deadline is not None \
        and dt.date.fromisoformat(str(deadline)).year == year
    values.update({name: earlier.get(name) for name in CARRIED_RISE_FIELDS})
    values["tiltaksregister"] = year in dataset.measures
    sources = {name: sources.get(name, source) for name in values}
    return values, sources, source


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


def _file_of(records: Sequence[Any], fallback: str) -> str:
    from bosetting.obligations.metrics.sources import file_of

    return file_of(records[0].source) if records and records[0].source else fallback


# ---------------------------------------------------------------------------- settlement by group

_SETTLEMENT: dict[tuple[int, int, int, WaitLimits], tuple[Dataset, Any, dict[str, Scalar], str]] = {}


def settlement_values(dataset: Dataset, year: int, limits: WaitLimits) -> tuple[dict[str, Scalar], str]:
    """The `bosetting_grupper` values; remembered for the last few person files (the goals ask again)."""
    persons = dataset.persons.get(year)
    key = (id(dataset), id(persons), year, limits)
    kept = _SETTLEMENT.get(key)
    if kept is not None and kept[0] is dataset and kept[1] is persons:
        return dict(kept[2]), kept[3]
    values, source = _settlement_values(dataset, year, limits)
    if len(_SETTLEMENT) >= _LONG_WAITS_KEPT:
        del _SETTLEMENT[next(iter(_SETTLEMENT))]
    _SETTLEMENT[key] = (dataset, persons, dict(values), source)
    return values, source


def _settlement_values(dataset: Dataset, year: int, limits: WaitLimits) -> tuple[dict[str, Scalar], str]:
    persons_file = _path(dataset, year, "personer.csv")
    persons = dataset.persons.get(year)
    if persons is None:
        return {"bosatte": None}, cite_missing(persons_file)
    source = cite_file(_file_of(persons, persons_file), len(persons))

    def group(gruppe: str) -> Any:
        return settled_within_limits(persons, year, limits, lambda p: p.gruppe == gruppe)

    def bufetat_em(p: SettlementRecord) -> bool:
        return p.gruppe == "enslig_mindreaarig" and p.bosatt_av == "Bufetat"

    def em_omsorgssenter(p: SettlementRecord) -> bool:
        return p.gruppe == "enslig_mindreaarig" and p.ventested == "omsorgssenter"

    everyone = settled_within_limits(persons, year, limits)
    em, families, adults = group("enslig_mindreaarig"), group("familie_med_barn"), group("voksen_uten_barn")
    special = settled_within_limits(persons, year, limits, lambda p: p.saerskilte_behov)
    bufetat = settled_within_limits(persons, year, limits, bufetat_em)
    long_all = long_waiters_outcome(persons, year, limits)
    long_special = long_waiters_outcome(persons, year, limits, lambda p: p.saerskilte_behov)
    long_em = long_waiters_outcome(persons, year, limits, em_omsorgssenter)
    values: dict[str, Scalar] = {
        "bosatte": everyone.settled, "andel_innen_frist": _percent(everyone.share),
        "em_bosatt": em.settled, "andel_em_innen_frist": _percent(em.share),
        "familier_bosatt": families.settled, "andel_familier_innen_frist": _percent(families.share),
        "voksne_bosatt": adults.settled, "andel_voksne_innen_frist": _percent(adults.share),
        "saerskilte_bosatt": special.settled, "andel_saerskilte_innen_frist": _percent(special.share),
        "bufetat_em_bosatt": bufetat.settled, "andel_bufetat_em_innen_frist": _percent(bufetat.share),
        "lang_ventende_bosatt": long_all.settled, "lang_ventende_venter": long_all.still_waiting,
        "andel_lang_ventende_bosatt": _percent(long_all.share_settled),
        "saerskilte_lang_ventende_venter": long_special.still_waiting,
        "em_omsorgssenter_lang_bosatt": long_em.settled, "em_omsorgssenter_lang_venter": long_em.still_waiting,
        "andel_em_omsorgssenter_lang_bosatt": _percent(long_em.share_settled),
        "lang_ventende_i_aar": long_all.total, "em_omsorgssenter_lang_ventende_i_aar": long_em.total,
    }
    return values, source


# ---------------------------------------------------------------------------- allocation

def need_revision(national: NationalYear | None,
                  thresholds: RedistributionThresholds | None) -> dict[str, Scalar]:
    """The need as set and as revised during the year, and the need the distribution is judged against.

    The requests are made against the need set at the start of the year. A revision up that goes beyond
    the criteria's threshold for a new distribution (a rise of more than 750 persons / 150 EM, or more
    than 10 %) calls for new requests, so the distribution is judged against the revised need; below the
    threshold no new distribution is called for, and it is judged against the need it was made for. A
    revision down is judged against the revised need.
    """
    if national is None:
        return {"bosettingsbehov": None, "bosettingsbehov_em": None, "behov_justert": None,
                "bosettingsbehov_opprinnelig": None, "bosettingsbehov_justert": None, "behov_justert_dato": None,
                "behov_endring": None, "ny_fordeling_utlost": None, "behov_for_fordeling": None}
    original, revised = national.bosettingsbehov, national.bosettingsbehov_justert
    original_em = national.bosettingsbehov_em
    revised_em = national.bosettingsbehov_em_justert if national.bosettingsbehov_em_justert is not None else original_em
    is_revised = revised is not None or national.bosettingsbehov_em_justert is not None
    current = revised if revised is not None else original
    triggered: bool | None = None
    if is_revised and thresholds is not None and original_em is not None and revised_em is not None:
        triggered = bool(triggers(original, original_em, current, revised_em, thresholds))
    judged_against = current if is_revised and (triggered or current < original) else original
    return {"bosettingsbehov": current, "bosettingsbehov_em": revised_em, "behov_justert": is_revised,
            "bosettingsbehov_opprinnelig": original, "bosettingsbehov_justert": revised,
            "behov_justert_dato": (national.bosettingsbehov_justert_dato.isoformat()
                                   if national.bosettingsbehov_justert_dato else None),
            "behov_endring": current - original if is_revised else None,
            "ny_fordeling_utlost": triggered, "behov_for_fordeling": judged_against}


# The fordeling fields made from one column of the kommune table.
ALLOCATION_COLUMNS = {"sum_anmodning_em": "anmodning_em", "sum_vedtak": "vedtak", "sum_bosatt": "bosatt",
                      "sum_bosatt_em": "bosatt_em", "andel_behov_vedtatt": "vedtak", "andel_behov_bosatt": "bosatt",
                      "andel_behov_em_bosatt": "bosatt_em", "andel_anmodning_vedtatt": "vedtak"}
# The fordeling fields that count kommuner per vedtak category.
KOMMUNE_COUNTS = {"over": "over_anmodning", "lik": "lik_anmodning", "under": "under_anmodning",
                  "null": "vedtak_null", "ingen": "ikke_vedtatt", "ikke_anmodet": "ikke_anmodet"}


def _count_or_none(value: Scalar) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def allocation_values(dataset: Dataset, year: int, criteria: Sequence[CriteriaProcess] = (),
                      fallback: RedistributionThresholds | None = None
                      ) -> tuple[dict[str, Scalar], dict[str, str], str]:
    """The distribution against the need. Whether a revised need called for a new distribution is read from the
    adopted criteria in force; when none state a threshold, from `fallback` (the rule set's assumption)."""
    rows: list[KommuneYear] = list(dataset.kommune_years.get(year, {}).values())
    table = _path(dataset, year, "kommune_aar.csv")
    table_source = cite_file(_file_of(rows, table), len(rows)) if rows else cite_missing(table)
    national = dataset.national.get(year)
    adopted = next((c for c in criteria if c.redistribution is not None), None)
    thresholds = adopted.redistribution if adopted is not None else fallback
    revision = need_revision(national, thresholds)
    revision["terskel_fra_kriterier"] = adopted is not None if thresholds is not None else None
    need, need_em, judged_against = (_count_or_none(revision[name]) for name in
                                     ("bosettingsbehov", "bosettingsbehov_em", "behov_for_fordeling"))
    totals = allocation_totals(rows)
    decided = totals.with_vedtak > 0
    values: dict[str, Scalar] = {
        **revision,
        "kommuner": totals.kommuner if rows else None, "kommuner_anmodet": totals.asked if rows else None,
        "sum_anmodning": totals.anmodning if rows else None, "sum_anmodning_em": totals.anmodning_em if rows else None,
        "sum_vedtak": totals.vedtak if decided else None, "sum_bosatt": totals.bosatt if rows else None,
        "sum_bosatt_em": totals.bosatt_em if rows else None,
        "andel_behov_anmodet": _percent(share(totals.anmodning, judged_against)) if rows else None,
        "andel_behov_vedtatt": _percent(share(totals.vedtak, need)) if decided else None,
        "andel_behov_bosatt": _percent(share(totals.bosatt, need)) if rows else None,
        "andel_behov_em_bosatt": _percent(share(totals.bosatt_em, need_em)) if rows else None,
        "andel_anmodning_vedtatt": _percent(share(totals.vedtak, totals.anmodning)) if decided else None,
        **{f"kommuner_{name}": (totals.category(c) if rows else None) for name, c in KOMMUNE_COUNTS.items()},
    }
    national_file = _path(dataset, year, "nasjonalt.yaml")
    need_source = national.source if national is not None else cite_missing(national_file)
    sources = {name: table_source for name in values}
    for name in revision:
        sources[name] = need_source
    if adopted is not None and revision["ny_fordeling_utlost"] is not None:
        sources["ny_fordeling_utlost"] = f"{need_source}; {adopted.path} (allocation.redistribution)"
    for name in ("andel_behov_anmodet", "andel_behov_vedtatt", "andel_behov_bosatt", "andel_behov_em_bosatt"):
        sources[name] = f"{table_source}; {need_source}"
    absent = absent_column_sources(dataset, rows)  # a figure of a column left out cites the file and column
    for name, column in ALLOCATION_COLUMNS.items():
        if column in absent:
            sources[name] = absent[column]
    return values, sources, table_source


# ---------------------------------------------------------------------------- statistics deliveries

def delivery_values(dataset: Dataset, year: int, sender: str,
                    waivers: Sequence[Waiver] = ()) -> tuple[dict[str, Scalar], str]:
    """A sender's monthly deliveries; a missing month that an agreed waiver covers is not counted as missing."""
    register = _path(dataset, year, "registre/statistikkleveranser.yaml")
    if year not in dataset.deliveries:
        return {"leveranseregister": False}, cite_missing(register)
    recipients = ["KS"]
    if sender == "IMDi":
        fylker = sorted({k.fylkesnummer for k in dataset.register(year).values()})
        recipients += [f"fylkeskommune:{f}" for f in fylker]
    coverage: DeliveryCoverage = delivery_coverage(dataset.deliveries[year], sender, recipients, months_of_year(year))
    missing, excused = excused_events(coverage.missing, lambda pair: month_span(pair[1]), waivers)
    delivered = coverage.expected - len(coverage.missing)
    months = len(months_of_year(year))
    # Each recipient is owed every month: the one served worst decides whether the gaps are a pattern.
    worst = max((sum(1 for til, _ in missing if til == recipient) for recipient in recipients), default=0)
    names = dataset.fylker_of(year)
    values: dict[str, Scalar] = {
        "leveranseregister": True, "mottakere": len(recipients), "forventet": coverage.expected,
        "levert": delivered, "manglende": len(missing),
        "andel_levert": _percent((coverage.expected - len(missing)) / coverage.expected) if coverage.expected
        else None,
        "laveste_andel_mottaker": _percent((months - worst) / months) if months else None,
        "mangler": "; ".join(f"{_recipient_words(til, names)} {maaned}" for til, maaned in missing) or None,
        "avvik_datoer": "; ".join(sorted({maaned for _, maaned in missing})) or None,
        "unntatt": "; ".join(f"{_recipient_words(til, names)} {maaned}" for til, maaned in excused) or None,
    }
    return values, f"{register}: {len(dataset.deliveries[year])} entries, {len(coverage.covered)} from {sender}"


def _recipient_words(recipient: str, fylker: Mapping[str, str]) -> str:
    """'fylkeskommune:46' as a reader writes it: Vestland fylkeskommune (46)."""
    kind, _, number = recipient.partition(":")
    if kind != "fylkeskommune":
        return recipient
    return f"{fylker[number]} fylkeskommune ({number})" if number in fylker else f"fylkeskommunen {number}"


# ---------------------------------------------------------------------------- capacity changes

def notice_values(dataset: Dataset, year: int, settings: DeriveSettings, mottakstype: str | None,
                  waivers: Sequence[Waiver] = ()) -> tuple[dict[str, Scalar], dict[str, str], str]:
    """Large changes and their notice; a late or missing notice that an agreed waiver covers is not counted."""
    assert settings.large_change_places is not None and settings.notice_days is not None
    table = _path(dataset, year, "kapasitet_endringer.csv")
    changes = dataset.capacity_changes.get(year)
    if changes is None:
        return {"endringsregister": False}, {}, cite_missing(table)
    summary: NoticeSummary = notice_summary(changes, year, settings.large_change_places, settings.notice_days,
                                            mottakstype)
    source = cite_file(_file_of(changes, table), len(changes))
    problems, excused_pairs = excused_events([*summary.late, *summary.never],
                                             lambda c: (c.iverksatt_dato, c.iverksatt_dato), waivers)
    late = [c for c in summary.late if c in problems]
    never = [c for c in summary.never if c in problems]
    urgent = [c for c in problems if c.hastegrunn]
    described = "; ".join(
        f"{c.endring_id} {c.endring} {c.plasser} plasser ({c.navn}, {c.kommunenummer}), iverksatt "
        f"{c.iverksatt_dato.isoformat()}, "
        + _notice_words(notice_days(c))
        + (f", hastegrunn: {c.hastegrunn}" if c.hastegrunn else "")
        for c in problems) or None
    values: dict[str, Scalar] = {
        "endringsregister": True, "endringer": summary.changes, "store_endringer": len(summary.large),
        "varslet_i_tide": len(summary.in_time), "varslet_for_sent": len(late),
        "ikke_varslet": len(never), "andel_varslet_i_tide": _percent(summary.share_in_time),
        "korteste_varsel_dager": summary.shortest_notice, "for_sent": described,
        "sent_med_hastegrunn": len(urgent), "sent_uten_hastegrunn": len(problems) - len(urgent),
        "avvik_datoer": "; ".join(sorted({c.iverksatt_dato.isoformat() for c in problems})) or None,
        "unntatt": "; ".join(f"{c.endring_id} ({c.iverksatt_dato.isoformat()})" for c in excused_pairs) or None,
    }
    sources = {name: source for name in values}
    problem_rows = cite_rows(c.source for c in problems)
    for name in ("varslet_for_sent", "ikke_varslet", "for_sent", "sent_med_hastegrunn", "sent_uten_hastegrunn",
                 "avvik_datoer"):
        if problem_rows:
            sources[name] = problem_rows
    return values, sources, source


# ---------------------------------------------------------------------------- occupancy

def occupancy_values(dataset: Dataset, year: int, mottakstype: str, settings: DeriveSettings,
                     waivers: Sequence[Waiver] = ()) -> tuple[dict[str, Scalar], dict[str, str], str]:
    """A year's occupancy by month; a month outside the band that an agreed waiver covers is left out."""
    table = _path(dataset, year, "belegg.csv")
    rows = dataset.occupancy.get(year)
    if rows is None:
        return {"maaneder_med_data": None}, {}, cite_missing(table)
    summary = occupancy_summary(rows, mottakstype)
    low = (settings.occupancy_low or {}).get(mottakstype)
    excused: list[str] = []
    if low is not None and settings.occupancy_high is not None and waivers:
        _, excused = excused_events([month for month, _ in months_outside(summary, low, settings.occupancy_high)],
                                    month_span, waivers)
        summary = OccupancySummary(tuple(r for r in summary.rows if r.maaned not in excused))
    source = cite_rows((r.source for r in summary.rows), cite_missing(table))
    lowest, highest = summary.lowest, summary.highest
    values: dict[str, Scalar] = {
        "maaneder_med_data": summary.months,
        "hele_aaret": summary.months >= len(months_of_year(year)),
        "laveste_belegg": _percent(lowest[0]) if lowest else None,
        "laveste_maaned": lowest[1].maaned if lowest else None,
        "hoyeste_belegg": _percent(highest[0]) if highest else None,
        "hoyeste_maaned": highest[1].maaned if highest else None,
        "belegg_per_maaned": ", ".join(f"{row.maaned[5:]}: {_pct(rate)} %" for rate, row in summary.rated()) or None,
        "avvik_datoer": None,
        "maaneder_utenfor": None,
        "unntatt": "; ".join(excused) or None,
    }
    if low is not None and settings.occupancy_high is not None:
        outside = months_outside(summary, low, settings.occupancy_high)
        values["avvik_datoer"] = "; ".join(month for month, _ in outside) or None
        values["maaneder_utenfor"] = len(outside)
    sources = {name: source for name in values}
    if lowest:
        sources["laveste_belegg"] = sources["laveste_maaned"] = lowest[1].source
    if highest:
        sources["hoyeste_belegg"] = sources["hoyeste_maaned"] = highest[1].source
    return values, sources, source


# ---------------------------------------------------------------------------- criteria, reports, documentation

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


def report_values(dataset: Dataset, year: int) -> tuple[dict[str, Scalar], str]:
    register = _path(dataset, year, "registre/beregningsutvalget.yaml")
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
    ready = [p for p in persons if p.bosettingsklar_dato <= last and (p.bosatt_dato is None or p.bosatt_dato >= first)]
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
        "barn_bosettingsklare": sum(1 for p in ready if p.gruppe in ("enslig_mindreaarig", "familie_med_barn")),
        "em_omsorgssenter_bosettingsklare": sum(1 for p in ready if p.gruppe == "enslig_mindreaarig"
                                                and p.ventested == "omsorgssenter"),
    }


def documentation_values(dataset: Dataset, year: int,
                         settings: DeriveSettings) -> tuple[dict[str, Scalar], dict[str, str], str]:
    register = _path(dataset, year, "registre/aktiviteter.yaml")
    cases = case_values(dataset, year, settings.limits)
    persons_file = _path(dataset, year, "personer.csv")
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


def mapping_values(dataset: Dataset, year: int, ventested: str) -> tuple[dict[str, Scalar], dict[str, str], str]:
    """The `kartlegging` values: days from permit to bosettingsklar for those who became bosettingsklar in the year.

    In asylmottak (5.5) the agreement names enslige mindreårige and persons with special needs too; in
    omsorgssentre (6.3) everyone is an enslig mindreårig.
    """
    persons_file = _path(dataset, year, "personer.csv")
    persons = dataset.persons.get(year)
    if persons is None:
        missing = cite_missing(persons_file)
        return {"personer_i_grunnlag": None}, {}, missing
    source = cite_file(_file_of(persons, persons_file), len(persons))
    everyone = mapping_times(persons, year, ventested)
    em = mapping_times(persons, year, ventested, lambda p: p.gruppe == "enslig_mindreaarig")
    special = mapping_times(persons, year, ventested, lambda p: p.saerskilte_behov)
    values: dict[str, Scalar] = {
        "personer_i_grunnlag": len(persons), "kartlagt": everyone.count, "median_dager": everyone.median,
        "lengste_dager": max(everyone.days) if everyone.days else None,
        "kartlagt_em": em.count, "median_dager_em": em.median,
        "kartlagt_saerskilte": special.count, "median_dager_saerskilte": special.median,
    }
    return values, {}, source


def _notice_words(days: int | None) -> str:
    """How a host kommune was told, in words: a negative notice means it was told after the change."""
    if days is None:
        return "aldri varslet"
    if days < 0:
        return f"varslet {-days} dager etter"
    return f"varslet {days} dager før"


# ---------------------------------------------------------------------------- goals

def goal_values(dataset: Dataset, year: int, settings: DeriveSettings,
                criteria: Sequence[CriteriaProcess] = ()) -> tuple[dict[str, Scalar], dict[str, str]]:
    allocation, allocation_sources, _ = allocation_values(dataset, year, criteria)
    values: dict[str, Scalar] = {
        "bosettingsbehov": allocation.get("bosettingsbehov"), "sum_bosatt": allocation.get("sum_bosatt"),
        "andel_behov_bosatt": allocation.get("andel_behov_bosatt"),
        "andel_behov_em_bosatt": allocation.get("andel_behov_em_bosatt"),
        "andel_behov_vedtatt": allocation.get("andel_behov_vedtatt"),
    }
    sources = {name: allocation_sources.get(name, "") for name in values}
    if settings.limits is not None:
        settled, settled_source = settlement_values(dataset, year, settings.limits)
        for name in ("andel_innen_frist", "andel_saerskilte_innen_frist", "saerskilte_bosatt"):
            values[name] = settled.get(name)
            sources[name] = settled_source
    missing = expected = 0
    delivery_sources = []
    for sender in ("IMDi", "UDI"):
        delivered, source = delivery_values(dataset, year, sender)  # every event: the goals are not waived
        delivery_sources.append(source)
        if not delivered.get("leveranseregister"):
            missing = -1
            break
        missing += int(delivered["manglende"] or 0)  # type: ignore[arg-type]
        expected += int(delivered["forventet"] or 0)  # type: ignore[arg-type]
    values["statistikk_manglende"] = None if missing < 0 else missing
    values["statistikk_andel_levert"] = _percent((expected - missing) / expected) if missing >= 0 and expected \
        else None
    sources["statistikk_manglende"] = sources["statistikk_andel_levert"] = "; ".join(delivery_sources)
    if settings.large_change_places is not None and settings.notice_days is not None:
        notices, notice_sources, _ = notice_values(dataset, year, settings, None)
        values["store_endringer"] = notices.get("store_endringer")
        late, never = notices.get("varslet_for_sent"), notices.get("ikke_varslet")
        values["varsler_ikke_i_tide"] = None if late is None or never is None else late + never  # type: ignore[operator]
        values["andel_varslet_i_tide"] = notices.get("andel_varslet_i_tide")
        values["varsler_med_hastegrunn"] = notices.get("sent_med_hastegrunn")
        for name, origin in (("store_endringer", "store_endringer"), ("varsler_ikke_i_tide", "for_sent"),
                             ("andel_varslet_i_tide", "andel_varslet_i_tide"),
                             ("varsler_med_hastegrunn", "sent_med_hastegrunn")):
            sources[name] = notice_sources.get(origin, "")
    dialogue = quarters = None
    dialogue_sources = []
    if year in dataset.activities or year in dataset.measures:
        activities = [a for a in dataset.activities.get(year, ()) if a.forpliktelse in DIALOGUE_OBLIGATIONS
                      and a.dato.year == year]
        measures = [m for m in dataset.measures.get(year, ()) if m.dato.year == year]
        dialogue = len(activities) + len(measures)
        quarters = len({(day.month - 1) // 3 for day in (*(a.dato for a in activities), *(m.dato for m in measures))})
        dialogue_sources = [a.source for a in activities] + [m.source for m in measures]
    values["dialog_og_tiltak"] = dialogue
    values["dialog_kvartaler"] = quarters
    sources["dialog_og_tiltak"] = sources["dialog_kvartaler"] = cite_rows(
        dialogue_sources, _path(dataset, year, "registre/") + " (ingenting registrert)")
    return values, sources


# ---------------------------------------------------------------------------- all together

Subjects = Mapping[str, Sequence[Subject]]


@dataclass(frozen=True)
class YearCriteria:
    """The request criteria a year's evaluation reads: those in force (their thresholds for a new
    distribution, 1.7) and those for the next year, drafts included (the criteria work of 1.3 and 3.4)."""

    in_force: Sequence[CriteriaProcess] = ()
    next_year: Sequence[CriteriaProcess] = ()


def derive_facts(dataset: Dataset, year: int, settings: DeriveSettings, subjects: Subjects,
                 criteria: YearCriteria = YearCriteria(), excusals: Excusals = NO_EXCUSALS) -> list[Fact]:
    """Every fact the rules of one rule set read, for the subjects they judge.

    `subjects` maps a fact type to the subjects its rules apply to (see `subjects_of`);
    kommune and fylke facts come from obligations.data.facts for every kommune and fylke.
    `excusals` holds, per (fact type, subject id), the agreed waivers whose events the fact leaves out
    (see obligations.waivers.excusals_for): only the events no waiver covers decide the status.
    """
    facts: list[Fact] = []
    wanted = set(subjects)
    if "kommune_aar" in wanted:
        facts += kommune_year_facts(dataset, year)
    if "fylke_aar" in wanted:
        facts += fylke_year_facts(dataset, year)
    if "nasjonalt_aar" in wanted:
        facts.append(national_year_fact(dataset, year))

    def add(fact_type: str, values: dict[str, Scalar], sources: dict[str, str], source: str,
            only: Sequence[Subject] | None = None) -> None:
        chosen = [s for s in subjects.get(fact_type, ()) if only is None or s in only]
        facts.extend(_for_subjects(fact_type, chosen, year, values, sources, source))

    if "lang_ventetid" in wanted and settings.limits and settings.rise_months and settings.rise_window \
            and settings.measure_days is not None:
        add("lang_ventetid", *long_wait_values(dataset, year, settings))
    if "lang_ventetid_forrige_aar" in wanted and settings.limits and settings.rise_months and settings.rise_window \
            and settings.measure_days is not None:
        add("lang_ventetid_forrige_aar", *carried_rise_values(dataset, year, settings))
    if "bosetting_grupper" in wanted and settings.limits is not None:
        values, source = settlement_values(dataset, year, settings.limits)
        add("bosetting_grupper", values, {}, source)
    if "fordeling" in wanted:
        add("fordeling", *allocation_values(dataset, year, criteria.in_force, settings.redistribution_fallback))
    if "statistikkleveranser" in wanted:
        for sender in ("IMDi", "UDI"):
            values, source = delivery_values(dataset, year, sender,
                                             excusals.get(("statistikkleveranser", sender), ()))
            add("statistikkleveranser", values, {}, source, only=[AGENCIES[sender]])
    if "kapasitetsendringer" in wanted and settings.large_change_places is not None \
            and settings.notice_days is not None:
        for subject in subjects["kapasitetsendringer"]:
            kind = {"UDI": "asylmottak", "Bufdir": "omsorgssenter"}.get(subject.id)
            add("kapasitetsendringer", *notice_values(dataset, year, settings, kind,
                                                      excusals.get(("kapasitetsendringer", subject.id), ())),
                only=[subject])
    if "belegg" in wanted:
        for subject in subjects["belegg"]:
            kind = {"UDI": "asylmottak", "Bufdir": "omsorgssenter"}.get(subject.id)
            if kind is not None:
                add("belegg", *occupancy_values(dataset, year, kind, settings,
                                                excusals.get(("belegg", subject.id), ())), only=[subject])
    if "kartlegging" in wanted:
        for subject in subjects["kartlegging"]:
            kind = {"UDI": "asylmottak", "Bufdir": "omsorgssenter"}.get(subject.id)
            if kind is not None:
                add("kartlegging", *mapping_values(dataset, year, kind), only=[subject])
    if "anmodningskriterier" in wanted:
        values, source = criteria_values(criteria.next_year, year)
        add("anmodningskriterier", values, {}, source)
    if "beregningsutvalget" in wanted:
        values, source = report_values(dataset, year)
        add("beregningsutvalget", values, {}, source)
    if "dokumentasjon" in wanted:
        add("dokumentasjon", *documentation_values(dataset, year, settings))
    if "maaloppnaaelse" in wanted:
        values, sources = goal_values(dataset, year, settings, criteria.in_force)
        add("maaloppnaaelse", values, sources, "")
    return facts


def subjects_of(ruleset: RuleSet) -> dict[str, list[Subject]]:
    """For each fact type a rule set reads, the national and agency subjects its rules judge."""
    found: dict[str, list[Subject]] = {}
    for rule in ruleset.rules:
        subjects = found.setdefault(rule.fact, [])
        if rule.applies_to == "national":
            subject = NATIONAL_SUBJECT
        elif rule.applies_to == "agency":
            subject = AGENCIES.get(rule.agency, Subject("agency", rule.agency, rule.agency))
        else:
            continue
        if subject not in subjects:
            subjects.append(subject)
    return found
