"""Benchmark-only data: the bundled generator's national year, at 1x, 10x and 100x the data.

    python benchmarks/scaledata.py --scale 10 --out /tmp/bench-10

Scale 1 is one national year (357 kommuner, about 15,000 person records, the agency registers).
A larger scale adds years within the agreement's period (as many of 2026-2029 as divide the scale:
10x is 2 years, 100x is 4), then multiplies within each year the arrivals (so the person records), the
national need (so anmodning, vedtak, bosatt), the quota refugees and the capacity events. Everything
is drawn by obligations.data.generate's own functions from one seed, so a scale always gives the same
bytes. Every file is SYNTHETIC and says so (SYNTHETIC.md, the
YAML headers, each year's README.md); every year after 2026 is the benchmark's invention, repeating 2026's
national figures and arrival rate.

What is NOT scaled with the persons: the kommune register is real, so every year holds the same 357
kommune-year rows (their need, vedtak and bosatt figures multiplied), and the registers (statistikkleveranser,
tiltak, aktiviteter, beregningsutvalget, unntak) and belegg hold the same entries each year. Those grow only
with the years (4x at 100x); the persons and the capacity events grow with the whole scale.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bosetting.obligations.data import generate as gen  # noqa: E402
from bosetting.obligations.data.dataset import REGISTER_DIR, SYNTHETIC_MARKER  # noqa: E402
from bosetting.obligations.data.spec import BELEGG, KAPASITET_ENDRINGER, KOMMUNE_AAR, PERSONER  # noqa: E402

# The agreement's rules are in force 2026-2029; a later year would be read but judged by no rule set.
MAX_YEARS = 4
FIRST_YEAR = 2026


def shape(scale: int) -> tuple[int, int]:
    """(years, multiplier within each year) for a scale: as many years as divide it, up to MAX_YEARS."""
    if scale < 1:
        raise ValueError("the scale is a whole number from 1")
    years = max(y for y in range(1, MAX_YEARS + 1) if scale % y == 0)
    return years, scale // years


@contextmanager
def _scaled_generator(years: tuple[int, ...], multiplier: int) -> Iterator[None]:
    """Point the generator's year tables at `years`, with `multiplier` times the arrivals and the need."""
    names = ("YEARS", "NATIONAL", "QUOTA_REFUGEES", "PERMITS_PER_DAY", "PLANTED", "UNDOCUMENTED")
    saved = {name: getattr(gen, name) for name in names}

    def base(table: dict, year: int):  # type: ignore[no-untyped-def, type-arg]
        return table[FIRST_YEAR]  # every benchmark year repeats 2026's figures

    try:
        gen.YEARS = years
        gen.NATIONAL = {y: tuple(v * multiplier if v else v for v in base(saved["NATIONAL"], y)) for y in years}
        gen.QUOTA_REFUGEES = {y: base(saved["QUOTA_REFUGEES"], y) * multiplier for y in years}
        permits = saved["PERMITS_PER_DAY"]
        gen.PERMITS_PER_DAY = {y: permits.get(y, permits[FIRST_YEAR]) * multiplier if y <= FIRST_YEAR
                               else permits[FIRST_YEAR] * multiplier
                               for y in range(gen.SIMULATION_START.year, years[-1] + 1)}
        gen.PLANTED = {y: saved["PLANTED"][y] if y == FIRST_YEAR else ["(a benchmark year: 2026's figures again)"]
                       for y in years}
        gen.UNDOCUMENTED = {y: base(saved["UNDOCUMENTED"], y) for y in years}
        yield
    finally:
        for name, value in saved.items():
            setattr(gen, name, value)


def _capacity(rng: random.Random, bases: list[gen.KommuneBase], year: int, multiplier: int) -> list[gen.Change]:
    changes = []
    for _ in range(multiplier):
        for change in gen.plan_capacity(rng, bases, year):
            changes.append(replace(change, endring_id=f"E-{year}-{len(changes) + 1:04d}"))
    return changes


def generate_scaled(out: Path, scale: int, seed: int = gen.DEFAULT_SEED) -> dict[str, int]:
    """Write the dataset for `scale` into `out`; return what it holds (years, persons, capacity events)."""
    n_years, multiplier = shape(scale)
    years = tuple(range(FIRST_YEAR, FIRST_YEAR + n_years))
    counts = {"scale": scale, "years": n_years, "multiplier": multiplier, "person_records": 0, "capacity_events": 0}
    with _scaled_generator(years, multiplier):
        rng = random.Random(seed)
        out.mkdir(parents=True, exist_ok=True)
        for name in ("kommuner.csv", "kommuner.SOURCE.md"):
            (out / name).write_bytes((gen.REPO_DATA / name).read_bytes())
        bases = gen.kommune_bases(rng, gen.read_register(out / "kommuner.csv"))
        fylker = sorted({b.fylkesnummer for b in bases})
        gen._write_text(out / SYNTHETIC_MARKER, gen._synthetic_note(seed) + "\n## Benchmark\n\n"
                        f"Written by benchmarks/scaledata.py at scale {scale} ({n_years} years, {multiplier}x "
                        "the arrivals, need and capacity events of each year). Synthetic throughout.\n")
        queue = gen.simulate_queue(rng)
        places = {kind: n * multiplier for kind, n in gen.PLACES_AT_START.items()}
        for year in years:
            folder = out / str(year)
            plan = gen.plan_kommune_year(rng, bases, year)
            gen.settle_in_kommuner(rng, plan, queue)
            shown = [gen.as_of_year_end(p, year) for p in plan.persons]
            changes = _capacity(rng, bases, year, multiplier)
            counts["person_records"] += len(shown)
            counts["capacity_events"] += len(changes)
            gen.write_csv(folder / "kommune_aar.csv", KOMMUNE_AAR, [plan.rows[k] for k in sorted(plan.rows)])
            gen.write_csv(folder / "personer.csv", PERSONER,
                          [gen._person_row(p) for p in sorted(shown, key=lambda p: p.record_id)])
            gen.write_csv(folder / "kapasitet_endringer.csv", KAPASITET_ENDRINGER, [dict(c.__dict__) for c in changes])
            gen.write_csv(folder / "belegg.csv", BELEGG, gen.occupancy_rows(rng, year, places, changes, shown))
            places = {kind: n + sum(c.delta for c in changes if c.mottakstype == kind) for kind, n in places.items()}
            need, need_em, forecast, adjusted, adjusted_em = gen.NATIONAL[year]
            national = {"aar": year, "bosettingsbehov": need, "bosettingsbehov_em": need_em,
                        "prognose_bosettingsklare": forecast, "bosettingsbehov_justert": adjusted,
                        "bosettingsbehov_em_justert": adjusted_em}
            gen._write_text(folder / "nasjonalt.yaml", gen._yaml_header(f"Nasjonalt bosettingsbehov {year}", seed)
                            + "".join(f"{k}: {gen._yaml_scalar(v)}\n" for k, v in national.items()))
            registre = folder / REGISTER_DIR
            gen.write_register(registre / "statistikkleveranser.yaml", f"Statistikkleveranser {year}", "leveranser",
                               gen.deliveries(rng, year, fylker), seed)
            gen.write_register(registre / "tiltak.yaml", f"Tiltak {year}", "tiltak", gen.measures(year), seed)
            gen.write_register(registre / "aktiviteter.yaml", f"Dokumenterte aktiviteter {year}", "aktiviteter",
                               gen.activities(rng, year), seed)
            gen.write_register(registre / "beregningsutvalget.yaml", f"Beregningsutvalgets rapporter publisert {year}",
                               "rapporter", gen.reports(year), seed)
            gen.write_register(registre / "unntak.yaml", f"Avtalte unntak {year}", "unntak", gen.waivers(year),
                               seed)
            gen._write_text(folder / "README.md", gen._year_note(year, seed, [])
                            .replace("(the generator's own count): .", "(not counted by the benchmark)."))
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=gen.DEFAULT_SEED)
    args = parser.parse_args(argv)
    print(generate_scaled(args.out, args.scale, args.seed))


if __name__ == "__main__":
    main()
