"""Generate the bundled synthetic dataset: real kommuner, invented figures, the same bytes every run.

    python -m bosetting.obligations.data.generate --out data --seed 20260101

Only data/kommuner.csv (and its source note) is real reference data. Every other figure is
drawn from `random.Random(seed)`: no clock, no other randomness, sorted output and LF line
endings, so two runs with the same seed write byte-identical files.

The scale follows the public figures in the domain brief (a request of about 13,000 for 2026,
of which about 600 enslige mindreårige). The data plants situations the review must find;
they are listed in PLANTED below and in data/SYNTHETIC.md.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import random
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from bosetting.obligations.data.dataset import REGISTER_DIR, SYNTHETIC_MARKER
from bosetting.obligations.data.spec import BELEGG, KAPASITET_ENDRINGER, KOMMUNE_AAR, PERSONER, TableSpec

DEFAULT_SEED = 20260101
YEARS = (2026, 2027)
# (bosettingsbehov, of which EM, forecast of bosettingsklare, adjusted need, adjusted EM need)
NATIONAL = {
    2026: (13_000, 600, 14_200, None, None),
    2027: (12_000, 550, 13_500, 13_300, 600),
}
QUOTA_REFUGEES = {2026: 100, 2027: 150}
REPO_DATA = Path(__file__).resolve().parents[2] / "data"
# Files of the bundled data that are not generated and that the generator never writes: the parties' referat,
# made by filling in the review's template and reading it back (scripts/make_demo_referat.py), and the reports
# on its follow-ups, written by hand. They are synthetic too, and say so.
HAND_KEPT = ("2026/registre/referat.yaml", "2027/registre/referat.yaml")

# The queue: asylum permits per day, by year (before quota refugees), and how much longer than
# usual those with a permit on a given day wait. Waits lengthen for permits from February 2026,
# so long waits rise from mid-2026 (1.2), whether "long" means 3 months (EM, families) or 6;
# no tiltak follows in 2026. In 2027 tiltak T-2027-01 on MEASURE_1_2 settles the long waiters
# faster. The simulation starts well before 2026 so that the queue on 1 January 2026 already
# holds its long tail of people waiting a year or more.
PERMITS_PER_DAY = {2024: 33.0, 2025: 33.0, 2026: 33.0, 2027: 24.0}
SIMULATION_START = date(2024, 7, 1)
MEASURE_1_2 = date(2027, 3, 10)
EM_SHARE = 0.05
SPECIAL_NEEDS_SHARE = 0.08
OMSORGSSENTER_SHARE_OF_EM = 0.35  # the youngest EM wait in Bufetat's omsorgssentre


def wait_factor(permit: date) -> float:
    """How much longer than usual a person with a permit on this day waits."""
    ramp_start, ramp_end = date(2026, 2, 1), date(2026, 7, 1)
    if permit < ramp_start:
        return 1.0
    if permit < ramp_end:
        return 1.0 + 0.5 * (permit - ramp_start).days / (ramp_end - ramp_start).days
    if permit.year <= 2026:
        return 1.5
    return max(1.0, 1.3 - 0.3 * (permit - date(2027, 1, 1)).days / 90)


PLANTED = {
    2026: [
        "1.2: the number of bosettingsklare who have waited more than 6 months is flat to June, then rises "
        "every month from July; no tiltak for 1.2 is recorded in 2026",
        "1.8 / 3.2: one Beregningsutvalget report (synthetic, for the cost year 2025)",
        "4.1: IMDi's statistics delivery to fylkeskommune:46 (Vestland) for 2026-09 is missing",
        "5.4: a large asylmottak (E-2026-05) closed with the host kommune told 4 days after the closure, "
        "another (E-2026-09) told 3 days before; one scale-down (E-2026-12) was never notified",
        "6.1: omsorgssenter occupancy in 2026-09 is far above the plausible band (about 130 % of the places)",
        "7.2: no documented activity at all (also in 2027)",
        "2.3 / 1.7: kommuner that decided less than requested, more, nothing (0) and no vedtak registered",
        "5.4: E-2026-09 has a reason for urgency recorded; a waiver (JD and KS) covers September-October 2026, "
        "which holds only that one of the three late notices, so it is not applied",
        "waivers: one that expired at the end of 2025 (4.1, IMDi), and the 5.4 one above",
        "referat (not generated: registre/referat.yaml): the parties' invented conclusions of the 2026 review, "
        "with five follow-ups",
    ],
    2027: [
        "1.2: long waits keep rising into early 2027; tiltak T-2027-01 (1.2) is recorded on 2027-03-10 and "
        "the long waits fall back within months",
        "1.8: no Beregningsutvalget report (the register is present and empty)",
        "1.9 and 5.6: no documented activity in 2027 (7.2 none in either year)",
        "bosettingsbehov adjusted up on 1 June (12,000 to 13,300, +11 %; EM 550 to 600, +9 %): beyond the criteria's "
        "threshold for a new distribution",
        "referat (not generated, written by hand: registre/referat.yaml): the meeting on 2027 is not yet held; "
        "reports on four of the five follow-ups of 2026, two done and two not",
    ],
}

OBLIGATION_AGENCY = {
    "1": "IMDi", "2": "KS", "3": "AID", "4": "IMDi", "5": "UDI", "6": "Bufdir", "7": "Husbanken", "8": "AID",
}
# Obligations only documentation can show; the generator documents all of them except these.
DOCUMENTATION_ONLY = (
    "1.1", "1.3", "1.4", "1.5", "1.6", "1.9", "2.1", "2.2", "3.1", "3.3", "3.4", "4.2", "4.3", "4.5", "4.6",
    "4.7", "5.2", "5.5", "5.6", "6.2", "6.3", "6.5", "7.1", "7.2", "8.1", "8.2",
)
UNDOCUMENTED = {2026: ("7.2",), 2027: ("7.2", "1.9", "5.6")}
MISSING_DELIVERY = {2026: ("IMDi", "fylkeskommune:46", "2026-09")}
OVERFULL_OMSORGSSENTER_MONTH = {2026: 9}
# 5.4: a late notice with a reason for urgency recorded (the agreement: "raske endringer ofte er nødvendig").
URGENT_CHANGES = {"E-2026-09": "brann i mottaksbygget; beboerne måtte flyttes straks (syntetisk)"}
# The date the need was adjusted, for the years it was (1.7 says when).
NEED_ADJUSTED_ON = {2027: date(2027, 6, 1)}
# Obligations judged by documented effort since the legal reading of issue 12, documented with a separate random
# stream so that the rest of the synthetic data stays as it was.
EFFORT_DOCUMENTED = ("1.8", "2.3", "3.2", "4.4", "6.4")
PLACES_AT_START = {"asylmottak": 12_000, "omsorgssenter": 200}


@dataclass(frozen=True)
class KommuneBase:
    """A real kommune with synthetic, slowly changing criteria inputs."""

    kommunenummer: str
    navn: str
    fylkesnummer: str
    innbyggere: int
    sysselsetting: float
    intro: float
    innvandrer: float
    levekar: float
    sekundar: float
    asked_ticket: float  # below a size-dependent threshold: not asked


@dataclass
class Person:
    record_id: str
    gruppe: str
    saerskilte_behov: bool
    tillatelse_dato: date
    bosettingsklar_dato: date
    ventested: str
    overforingsflyktning: bool
    bosatt_dato: date | None = None
    kommunenummer: str | None = None
    bosatt_av: str | None = None


@dataclass
class YearPlan:
    year: int
    rows: dict[str, dict[str, object]] = field(default_factory=dict)
    persons: list[Person] = field(default_factory=list)  # everyone the year's file shows


def read_register(path: Path) -> list[tuple[str, str, str, int]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return sorted((r["kommunenummer"], r["navn"], r["fylkesnummer"], int(r["innbyggere"]))
                      for r in csv.DictReader(handle))


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def kommune_bases(rng: random.Random, register: list[tuple[str, str, str, int]]) -> list[KommuneBase]:
    bases = []
    for knr, navn, fnr, innbyggere in register:
        size = math.log10(max(innbyggere, 100))
        bases.append(KommuneBase(
            knr, navn, fnr, innbyggere,
            sysselsetting=_clamp(rng.gauss(71, 3.5), 55, 85),
            intro=_clamp(rng.gauss(60, 10), 20, 95),
            innvandrer=_clamp(3 + 5 * (size - 3) + rng.gauss(0, 3), 1.5, 45),
            levekar=_clamp(rng.gauss(30 + 6 * (size - 3.5), 12), 0, 100),
            sekundar=_clamp(rng.gauss(8 - 4 * (size - 3.5), 6), -20, 60),
            asked_ticket=rng.random(),
        ))
    return bases


def _is_asked(base: KommuneBase) -> bool:
    if base.innbyggere >= 5000:
        return True
    if base.innbyggere >= 2000:
        return base.asked_ticket < 0.5
    return False


def _allocate(total: int, weights: dict[str, float], minimum: int) -> dict[str, int]:
    """Split `total` over the keys: `minimum` each, the rest by weight, rounded by largest remainder."""
    rest = total - minimum * len(weights)
    weight_sum = sum(weights.values())
    exact = {k: rest * w / weight_sum for k, w in weights.items()}
    counts = {k: minimum + math.floor(v) for k, v in exact.items()}
    left = total - sum(counts.values())
    for k in sorted(exact, key=lambda k: (-(exact[k] - math.floor(exact[k])), k))[:left]:
        counts[k] += 1
    return counts


def plan_kommune_year(rng: random.Random, bases: list[KommuneBase], year: int) -> YearPlan:
    need, need_em = NATIONAL[year][:2]
    plan = YearPlan(year)
    asked = [b for b in bases if _is_asked(b)]
    weights = {b.kommunenummer: b.innbyggere * (b.intro / 60) * (1 - b.innvandrer / 100) ** 2
               * (1 - b.levekar / 200) for b in asked}
    anmodning = _allocate(need, weights, 10)
    em_asked = [b for b in asked if b.innbyggere >= 15_000]
    anmodning_em = _allocate(need_em, {b.kommunenummer: float(b.innbyggere) ** 0.7 for b in em_asked}, 2)
    categories = _vedtak_categories(rng, asked)
    # Two small kommuner not asked still decide to settle a few: 'over' with an anmodning of 0.
    volunteers = [b.kommunenummer for b in bases if not _is_asked(b)][year % 7::40][:2]
    drift = year - YEARS[0]
    for base in bases:
        knr = base.kommunenummer
        total, em = anmodning.get(knr, 0), anmodning_em.get(knr, 0)
        category = categories.get(knr, "volunteer" if knr in volunteers else "not_asked")
        vedtak, vedtak_em = _vedtak(rng, category, total, em)
        target_em, target_other = _settlement_targets(rng, vedtak, vedtak_em, total, em)
        recommendation: tuple[int | None, int | None] = (None, None)
        if total and base.fylkesnummer not in ("03", "56"):  # Oslo has no separate fylkeskommune; 56 sent none
            recommendation = (max(0, round(total * (1 + rng.gauss(0, 0.08)))), em)
        plan.rows[knr] = {
            "kommunenummer": knr, "anmodning": total, "anmodning_em": em, "vedtak": vedtak, "vedtak_em": vedtak_em,
            "bosatt": None, "bosatt_em": None, "_target_em": target_em, "_target_other": target_other,
            "sysselsetting_pct": round(_clamp(base.sysselsetting + drift * rng.gauss(0.3, 0.5), 0, 100), 1),
            "intro_resultat_pct": round(_clamp(base.intro + drift * rng.gauss(0, 2), 0, 100), 1),
            "innvandrerandel_pct": round(_clamp(base.innvandrer + drift * 0.2, 0, 100), 1),
            "levekar_indeks": round(_clamp(base.levekar + drift * rng.gauss(0, 1), 0, 100), 1),
            "sekundarflytting_pct": round(_clamp(base.sekundar + drift * rng.gauss(0, 1), -100, 100), 1),
            "fylkeskommune_anbefaling": recommendation[0],
            "fylkeskommune_anbefaling_em": recommendation[1],
        }
    return plan


def _vedtak_categories(rng: random.Random, asked: list[KommuneBase]) -> dict[str, str]:
    categories = {}
    for base in asked:
        draw = rng.random()
        categories[base.kommunenummer] = ("lik" if draw < 0.66 else "under" if draw < 0.84 else
                                          "over" if draw < 0.89 else "ingen" if draw < 0.95 else "nei")
    return categories


def _vedtak(rng: random.Random, category: str, total: int, em: int) -> tuple[int | None, int | None]:
    if category == "not_asked":
        return None, None
    if category == "volunteer":
        return 5, 0
    if category == "ingen":
        return None, None
    if category == "nei":
        return 0, 0 if em else None
    if category == "lik":
        return total, em if em else None
    if category == "under":
        vedtak = max(1, round(total * rng.uniform(0.3, 0.9)))
        return vedtak, min(vedtak, round(em * rng.uniform(0, 0.9))) if em else None
    vedtak = round(total * rng.uniform(1.1, 1.35)) + 1  # over
    return vedtak, em + rng.randint(0, 2) if em else None


def _settlement_targets(rng: random.Random, vedtak: int | None, vedtak_em: int | None, total: int,
                        em: int) -> tuple[float, float]:
    """How many each kommune would settle (EM, others): the simulated settlements are split by these weights.

    Settlement continues while a political decision is pending, so no vedtak can still mean some bosatt.
    """
    target = vedtak if vedtak is not None else total * rng.uniform(0, 0.4)
    target_em = vedtak_em if vedtak_em is not None else (em * rng.uniform(0, 0.4) if vedtak is None else 0)
    share = 1.0 if rng.random() < 0.4 else rng.uniform(0.7, 1.0)
    target_em = min(target * share, target_em * rng.uniform(0.6, 1.0))
    return target_em, max(0.0, target * share - target_em)


def _wait_days(rng: random.Random, gruppe: str, saerskilte: bool, factor: float) -> int:
    """Days from bosettingsklar to settlement: months, EM shorter, special needs longer."""
    mean_months = {"enslig_mindreaarig": 1.8, "familie_med_barn": 2.6, "voksen_uten_barn": 3.6}[gruppe]
    if saerskilte:
        mean_months *= 1.8
    months = mean_months * factor * rng.lognormvariate(0, 0.45)
    return max(7, round(months * 30.4))


def _random_day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, (end - start).days))


def simulate_queue(rng: random.Random) -> list[Person]:
    """Everyone who gets a permit from SIMULATION_START on, with the day each is settled (no kommune yet).

    The simulation starts before the first year so that the queue on 1 January already holds
    people who got their permit the year before, as a real queue does.
    """
    persons: list[Person] = []
    day, last = SIMULATION_START, date(YEARS[-1], 12, 31)
    while day <= last:
        rate = PERMITS_PER_DAY[day.year]
        for _ in range(int(rate) + (rng.random() < rate - int(rate))):
            draw = rng.random()
            gruppe = ("enslig_mindreaarig" if draw < EM_SHARE else
                      "familie_med_barn" if draw < EM_SHARE + 0.44 else "voksen_uten_barn")
            saerskilte = rng.random() < SPECIAL_NEEDS_SHARE
            ready = day + timedelta(days=rng.randint(3, 35))  # mapping (kartlegging) after the permit
            settled = ready + timedelta(days=_wait_days(rng, gruppe, saerskilte, wait_factor(day)))
            if ready < MEASURE_1_2 < settled - timedelta(days=120) and rng.random() < 0.6:
                settled = MEASURE_1_2 + timedelta(days=rng.randint(15, 120))  # the 2027 tiltak settles most sooner
            is_em = gruppe == "enslig_mindreaarig"
            ventested = "omsorgssenter" if is_em and rng.random() < OMSORGSSENTER_SHARE_OF_EM else "asylmottak"
            persons.append(Person(f"P-{len(persons) + 1:06d}", gruppe, saerskilte, day, ready, ventested, False,
                                  settled))
        day += timedelta(days=1)
    for year in YEARS:  # overføringsflyktninger come with a kommune ready for them
        for _ in range(QUOTA_REFUGEES[year]):
            permit = _random_day(rng, date(year, 1, 1), date(year, 10, 31))
            ready = permit + timedelta(days=rng.randint(3, 20))
            settled = ready + timedelta(days=rng.randint(20, 60))
            gruppe = "familie_med_barn" if rng.random() < 0.7 else "voksen_uten_barn"
            persons.append(Person(f"P-{len(persons) + 1:06d}", gruppe, rng.random() < 0.1, permit, ready,
                                  "utlandet", True, settled))
    return persons


def settle_in_kommuner(rng: random.Random, plan: YearPlan, persons: list[Person]) -> None:
    """Give each person settled in the plan's year a kommune, as many per kommune as its bosatt says."""
    settled = sorted((p for p in persons if p.bosatt_dato and p.bosatt_dato.year == plan.year),
                     key=lambda p: p.record_id)
    em = [p for p in settled if p.gruppe == "enslig_mindreaarig"]
    other = [p for p in settled if p.gruppe != "enslig_mindreaarig"]
    rows = plan.rows
    em_counts = _allocate(len(em), {k: float(r.pop("_target_em")) for k, r in rows.items()}, 0)  # type: ignore[arg-type]
    other_counts = _allocate(len(other), {k: float(r.pop("_target_other")) for k, r in rows.items()}, 0)  # type: ignore[arg-type]
    em_slots = [k for k in sorted(rows) for _ in range(em_counts[k])]
    other_slots = [k for k in sorted(rows) for _ in range(other_counts[k])]
    rng.shuffle(em_slots)
    rng.shuffle(other_slots)
    for group, slots in ((em, em_slots), (other, other_slots)):
        for person, knr in zip(group, slots, strict=True):
            person.kommunenummer = knr
            person.bosatt_av = "Bufetat" if person.ventested == "omsorgssenter" else "IMDi"
    for knr, row in rows.items():
        row["bosatt"] = em_counts[knr] + other_counts[knr]
        row["bosatt_em"] = em_counts[knr]
    plan.persons = [p for p in persons if p.bosettingsklar_dato.year <= plan.year
                    and (p.bosatt_dato is None or p.bosatt_dato.year >= plan.year)]


def as_of_year_end(person: Person, year: int) -> Person:
    """The person as the file for `year` shows them: still waiting if settled after that year."""
    if person.bosatt_dato is not None and person.bosatt_dato.year > year:
        return Person(person.record_id, person.gruppe, person.saerskilte_behov, person.tillatelse_dato,
                      person.bosettingsklar_dato, person.ventested, person.overforingsflyktning)
    return person


def _waiting_at(person: Person, day: date) -> bool:
    return person.bosettingsklar_dato <= day and (person.bosatt_dato is None or person.bosatt_dato > day)


def long_waiting_by_month(persons: Iterable[Person], year: int, months: int = 6) -> list[int]:
    """Bosettingsklare in mottak or omsorgssenter at each month end who have waited over `months` since the permit.

    The generator's own check of the planted rise, for the year notes; the review computes its
    metrics in obligations.metrics.
    """
    ends = [_month_end(year, month) for month in range(1, 13)]
    waiting = [p for p in persons if p.ventested != "utlandet"]
    return [sum(1 for p in waiting if _waiting_at(p, end) and (end - p.tillatelse_dato).days > months * 30.4)
            for end in ends]


def waiting_by_month(persons: Iterable[Person], year: int, ventested: str) -> list[int]:
    """Bosettingsklare waiting in `ventested` at each month end: the `bosettingsklare` of belegg.csv."""
    ends = [_month_end(year, month) for month in range(1, 13)]
    waiting = [p for p in persons if p.ventested == ventested]
    return [sum(1 for p in waiting if _waiting_at(p, end)) for end in ends]


@dataclass(frozen=True)
class Change:
    endring_id: str
    mottakstype: str
    navn: str
    kommunenummer: str
    endring: str
    plasser: int
    vedtaksdato: date
    varslet_dato: date | None
    iverksatt_dato: date
    hastegrunn: str | None = None

    @property
    def delta(self) -> int:
        return self.plasser if self.endring in ("etablert", "oppskalert") else -self.plasser


def plan_capacity(rng: random.Random, bases: list[KommuneBase], year: int) -> list[Change]:
    hosts = [b for b in bases if 8_000 <= b.innbyggere <= 120_000]
    kinds = ["nedskalert", "nedlagt", "nedskalert", "oppskalert", "etablert", "nedlagt"] if year == 2026 else \
        ["etablert", "oppskalert", "nedskalert", "etablert", "oppskalert", "nedlagt"]
    changes = []
    for number in range(1, 19):
        host = rng.choice(hosts)
        mottakstype = "omsorgssenter" if number % 6 == 0 else "asylmottak"
        endring = kinds[number % len(kinds)]
        plasser = rng.randint(10, 40) if mottakstype == "omsorgssenter" else rng.randint(30, 220)
        effective = _random_day(rng, date(year, 1, 20), date(year, 12, 15))
        told = effective - timedelta(days=rng.randint(30, 120))
        decided = told - timedelta(days=rng.randint(0, 14))
        notified: date | None = told
        endring_id = f"E-{year}-{number:02d}"
        if year == 2026 and number == 5:  # 5.4: a large closure, the host kommune told after it happened
            endring, plasser, mottakstype = "nedlagt", 350, "asylmottak"
            effective, notified, decided = date(2026, 6, 1), date(2026, 6, 5), date(2026, 5, 20)
        elif year == 2026 and number == 9:  # 5.4: told three days before
            endring, plasser, mottakstype = "nedlagt", 280, "asylmottak"
            effective, notified, decided = date(2026, 9, 30), date(2026, 9, 27), date(2026, 9, 1)
        elif year == 2026 and number == 12:  # 5.4: never told
            endring, plasser, mottakstype, notified = "nedskalert", 60, "asylmottak", None
        navn = f"{host.navn} {'omsorgssenter' if mottakstype == 'omsorgssenter' else 'asylmottak'} (syntetisk)"
        urgency = URGENT_CHANGES.get(endring_id)
        changes.append(Change(endring_id, mottakstype, navn, host.kommunenummer, endring, plasser, decided,
                              notified, effective, urgency))
    return changes


def occupancy_rows(rng: random.Random, year: int, places_at_start: dict[str, int], changes: list[Change],
                   persons: list[Person]) -> list[dict[str, object]]:
    """Monthly places (start plus changes in effect), residents, and bosettingsklare counted from the persons."""
    waiting = {kind: waiting_by_month(persons, year, kind) for kind in places_at_start}
    rows = []
    for month in range(1, 13):
        end = _month_end(year, month)
        for kind in sorted(places_at_start):
            places = places_at_start[kind] + sum(c.delta for c in changes
                                                 if c.mottakstype == kind and c.iverksatt_dato <= end)
            ready = waiting[kind][month - 1]
            utilisation = rng.uniform(0.86, 0.95) if kind == "asylmottak" else rng.uniform(0.65, 0.90)
            if OVERFULL_OMSORGSSENTER_MONTH.get(year) == month and kind == "omsorgssenter":
                utilisation = 1.3  # 6.1: capacity far from the need
            residents = max(round(places * utilisation), ready)
            rows.append({"maaned": f"{year}-{month:02d}", "mottakstype": kind, "plasser": places,
                         "beboere": residents, "bosettingsklare": ready})
    return rows


# ---------------------------------------------------------------------------- writing

def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(path: Path, spec: TableSpec, rows: Sequence[dict[str, object]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(spec.names)
    for row in rows:
        writer.writerow([_cell(row[name]) for name in spec.names])
    _write_text(path, buffer.getvalue())


def _write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def _yaml_scalar(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _cell(value)
    return json.dumps(_cell(value), ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def _yaml_header(title: str, seed: int) -> str:
    return (f"# {title}\n"
            "# SYNTETISKE DATA / SYNTHETIC DATA: generated by "
            f"`python -m bosetting.obligations.data.generate --seed {seed}`.\n"
            "# No figure in this file is real.\n"
            "synthetic: true\n")


def write_register(path: Path, title: str, key: str, entries: Sequence[dict[str, object]], seed: int) -> None:
    lines = [_yaml_header(title, seed)]
    if not entries:
        lines.append(f"{key}: []\n")
    else:
        lines.append(f"{key}:\n")
        for entry in entries:
            for i, (name, value) in enumerate(entry.items()):
                lines.append(f"  {'- ' if i == 0 else '  '}{name}: {_yaml_scalar(value)}\n")
    _write_text(path, "".join(lines))


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def deliveries(rng: random.Random, year: int, fylker: list[str]) -> list[dict[str, object]]:
    entries = []
    recipients = [("IMDi", "KS", "bosettingsstatistikk")] + \
        [("IMDi", f"fylkeskommune:{f}", "bosettingsstatistikk for fylket") for f in fylker] + \
        [("UDI", "KS", "mottaksstatistikk")]
    for month in range(1, 13):
        maaned = f"{year}-{month:02d}"
        for fra, til, innhold in recipients:
            if MISSING_DELIVERY.get(year) == (fra, til, maaned):
                continue
            sent = _month_end(year, month) + timedelta(days=rng.randint(3, 9))
            entries.append({"fra": fra, "til": til, "dato": sent, "innhold": innhold, "maaned": maaned})
    return entries


def measures(year: int) -> list[dict[str, object]]:
    if year == 2026:
        return [
            {"tiltak_id": "T-2026-01", "dato": date(2026, 3, 12), "etat": "UDI", "forpliktelse": "5.1",
             "utloest_av": "lavere ankomster enn prognosert (syntetisk)",
             "beskrivelse": "Nedbygging av mottakskapasitet i tre regioner (syntetisk)"},
            {"tiltak_id": "T-2026-02", "dato": date(2026, 4, 20), "etat": "IMDi", "forpliktelse": "1.4",
             "utloest_av": "få vedtak om bosetting av enslige mindreårige (syntetisk)",
             "beskrivelse": "Dialogmøter med kommuner om bosetting av enslige mindreårige (syntetisk)"},
        ]
    return [
        {"tiltak_id": "T-2027-01", "dato": date(2027, 3, 10), "etat": "IMDi", "forpliktelse": "1.2",
         "utloest_av": "økende antall bosettingsklare som har ventet mer enn 6 måneder (syntetisk)",
         "beskrivelse": "Ekstra anmodning til 40 kommuner og forsterket oppfølging av langtidsventende "
                        "(syntetisk)"},
        {"tiltak_id": "T-2027-02", "dato": date(2027, 5, 4), "etat": "UDI", "forpliktelse": "5.1",
         "utloest_av": "økte ankomster (syntetisk)",
         "beskrivelse": "Etablering av nye mottaksplasser (syntetisk)"},
    ]


def activities(rng: random.Random, year: int) -> list[dict[str, object]]:
    entries = []
    number = 0
    for obligation in DOCUMENTATION_ONLY:
        if obligation in UNDOCUMENTED[year]:
            continue
        agency = OBLIGATION_AGENCY[obligation.split(".")[0]]
        for _ in range(rng.randint(1, 2)):
            number += 1
            day = _random_day(rng, date(year, 1, 15), date(year, 12, 10))
            entries.append({
                "aktivitet_id": f"A-{year}-{number:03d}", "forpliktelse": obligation, "etat": agency, "dato": day,
                "beskrivelse": f"Dokumentert aktivitet for forpliktelse {obligation} (syntetisk)",
                "dokument": f"syntetisk://{agency.lower()}/{year}/forpliktelse-{obligation}/{number:03d}",
            })
    effort_rng = random.Random(f"effort-documentation-{year}")
    for obligation in EFFORT_DOCUMENTED:
        agency = OBLIGATION_AGENCY[obligation.split(".")[0]]
        number += 1
        day = _random_day(effort_rng, date(year, 1, 15), date(year, 12, 10))
        entries.append({
            "aktivitet_id": f"A-{year}-{number:03d}", "forpliktelse": obligation, "etat": agency, "dato": day,
            "beskrivelse": f"Dokumentert aktivitet for forpliktelse {obligation} (syntetisk)",
            "dokument": f"syntetisk://{agency.lower()}/{year}/forpliktelse-{obligation}/{number:03d}",
        })
    return sorted(entries, key=lambda e: str(e["aktivitet_id"]))


def reports(year: int) -> list[dict[str, object]]:
    if year != 2026:
        return []
    return [{"aar": 2025, "publisert_dato": date(2026, 6, 15),
             "tittel": "SYNTETISK: Kommunenes utgifter til bosetting og integrering i 2025 (ikke en ekte rapport)",
             "dekningsgrad_pct": 96.4, "referanse": "syntetisk://beregningsutvalget/2026"}]


def waivers(year: int) -> list[dict[str, object]]:
    """A waiver whose period holds none of 4.1's missing deliveries (noted, not applied), and one whose period
    holds one of 5.4's three late notices (that one is excused; the other two decide the status)."""
    if year != 2026:
        return []
    return [
        {"forpliktelse": "4.1", "subject": "IMDi", "avtalt_av": "AID og KS (syntetisk)",
         "begrunnelse": "Omlegging av statistikksystemet i mars 2026 (syntetisk)", "gyldig_fra": date(2026, 3, 1),
         "gyldig_til": date(2026, 3, 31), "referat": "Konsultasjonsmøte mars 2026 (syntetisk)"},
        {"forpliktelse": "5.4", "subject": "UDI", "avtalt_av": "JD og KS (syntetisk)",
         "begrunnelse": "Brann i mottaksbygget krevde flytting straks (syntetisk)",
         "gyldig_fra": date(2026, 9, 1), "gyldig_til": date(2026, 10, 31),
         "referat": "Konsultasjonsmøte 2026 (syntetisk)"},
    ]


def _person_row(p: Person) -> dict[str, object]:
    return dict(p.__dict__)


def _synthetic_note(seed: int) -> str:
    lines = [
        "# Synthetic data — SYNTETISKE DATA",
        "",
        "Every figure in this folder except `kommuner.csv` is **synthetic**: invented by",
        f"`python -m bosetting.obligations.data.generate --out data --seed {seed}`.",
        "It has the scale of the public figures (a request of about 13,000 for 2026, from a secondary",
        "source in the domain brief), but no number here describes a real kommune, person, mottak or agency.",
        "A review that reads this folder says in every output that its data is synthetic.",
        "",
        "`kommuner.csv` is real reference data (the 357 kommuner of 2024 and their population); see",
        "`kommuner.SOURCE.md`.",
        "",
        "This file is the marker that `load_dataset` looks for: with it, `Dataset.synthetic` is true.",
        "",
        "## What the data is built to show",
        "",
    ]
    for year, items in PLANTED.items():
        lines.append(f"### {year}")
        lines.append("")
        lines += [f"- {item}" for item in items]
        lines.append("")
    return "\n".join(lines)


def _year_note(year: int, seed: int, long_waits: list[int]) -> str:
    series = ", ".join(f"{m:02d}: {n}" for m, n in enumerate(long_waits, start=1))
    return "\n".join([
        f"# {year} — synthetic / syntetisk",
        "",
        f"Every file in this folder is synthetic, generated with seed {seed} (see ../SYNTHETIC.md).",
        "CSV files cannot carry a comment, so this note is their label; YAML files say `synthetic: true`.",
        "",
        "Bosettingsklare in mottak or omsorgssenter who at the end of each month had waited more than",
        f"6 months since the permit (the generator's own count): {series}.",
        "",
        "Planted situations:",
        "",
        *[f"- {item}" for item in PLANTED[year]],
        "",
    ])


def generate(out: Path, seed: int = DEFAULT_SEED, register_dir: Path = REPO_DATA) -> None:
    """Write the whole synthetic dataset into `out`."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    for name in ("kommuner.csv", "kommuner.SOURCE.md"):
        if (register_dir / name).resolve() != (out / name).resolve():
            shutil.copyfile(register_dir / name, out / name)
    register = read_register(out / "kommuner.csv")
    bases = kommune_bases(rng, register)
    fylker = sorted({b.fylkesnummer for b in bases})  # Oslo (03) is both kommune and fylkeskommune
    _write_text(out / SYNTHETIC_MARKER, _synthetic_note(seed))
    queue = simulate_queue(rng)
    places = dict(PLACES_AT_START)
    for year in YEARS:
        folder = out / str(year)
        plan = plan_kommune_year(rng, bases, year)
        settle_in_kommuner(rng, plan, queue)
        shown = [as_of_year_end(p, year) for p in plan.persons]
        changes = plan_capacity(rng, bases, year)
        write_csv(folder / "kommune_aar.csv", KOMMUNE_AAR, [plan.rows[k] for k in sorted(plan.rows)])
        write_csv(folder / "personer.csv", PERSONER,
                  [_person_row(p) for p in sorted(shown, key=lambda p: p.record_id)])
        write_csv(folder / "kapasitet_endringer.csv", KAPASITET_ENDRINGER, [dict(c.__dict__) for c in changes])
        write_csv(folder / "belegg.csv", BELEGG, occupancy_rows(rng, year, places, changes, shown))
        places = {kind: n + sum(c.delta for c in changes if c.mottakstype == kind) for kind, n in places.items()}
        need, need_em, forecast, adjusted, adjusted_em = NATIONAL[year]
        national = {"aar": year, "bosettingsbehov": need, "bosettingsbehov_em": need_em,
                    "prognose_bosettingsklare": forecast, "bosettingsbehov_justert": adjusted,
                    "bosettingsbehov_em_justert": adjusted_em,
                    "bosettingsbehov_justert_dato": NEED_ADJUSTED_ON.get(year)}
        _write_text(folder / "nasjonalt.yaml", _yaml_header(f"Nasjonalt bosettingsbehov {year}", seed)
                    + "".join(f"{k}: {_yaml_scalar(v)}\n" for k, v in national.items()))
        registre = folder / REGISTER_DIR
        write_register(registre / "statistikkleveranser.yaml", f"Statistikkleveranser {year}", "leveranser",
                       deliveries(rng, year, fylker), seed)
        write_register(registre / "tiltak.yaml", f"Tiltak {year}", "tiltak", measures(year), seed)
        write_register(registre / "aktiviteter.yaml", f"Dokumenterte aktiviteter {year}", "aktiviteter",
                       activities(rng, year), seed)
        write_register(registre / "beregningsutvalget.yaml", f"Beregningsutvalgets rapporter publisert {year}",
                       "rapporter", reports(year), seed)
        write_register(registre / "unntak.yaml", f"Avtalte unntak {year}", "unntak", waivers(year), seed)
        _write_text(folder / "README.md", _year_note(year, seed, long_waiting_by_month(shown, year)))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("data"), help="folder to write (default: data)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--register-dir", type=Path, default=REPO_DATA,
                        help="folder holding the real kommuner.csv and kommuner.SOURCE.md to copy")
    args = parser.parse_args(argv)
    generate(args.out, args.seed, args.register_dir)


if __name__ == "__main__":
    main()
