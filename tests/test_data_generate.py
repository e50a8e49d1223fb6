"""The generator is deterministic, the bundled data is exactly its output, and it plants what the review must find."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

import pytest

from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.data.generate import DEFAULT_SEED, HAND_KEPT, MISSING_DELIVERY, generate
from bosetting.obligations.data.records import Dataset

BUNDLED = Path(__file__).resolve().parents[1] / "data"


def tree_hashes(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("first") / "data"
    generate(out, DEFAULT_SEED)
    return out


@pytest.fixture(scope="module")
def bundled() -> Dataset:
    return load_dataset(BUNDLED)


def test_two_runs_write_byte_identical_files(generated: Path, tmp_path: Path) -> None:
    again = tmp_path / "data"
    generate(again, DEFAULT_SEED)
    first = tree_hashes(generated)
    assert len(first) >= 20 and first == tree_hashes(again)
    assert not any(b"\r" in p.read_bytes() for p in again.rglob("*.csv"))


def test_another_seed_gives_other_figures(generated: Path, tmp_path: Path) -> None:
    other = tmp_path / "data"
    generate(other, DEFAULT_SEED + 1)
    first, second = tree_hashes(generated), tree_hashes(other)
    assert first["kommuner.csv"] == second["kommuner.csv"]  # real reference data, copied
    assert first["2026/personer.csv"] != second["2026/personer.csv"]


def test_bundled_dataset_is_exactly_a_fresh_generation_and_the_hand_kept_files(generated: Path) -> None:
    bundled = tree_hashes(BUNDLED)
    assert all(name in bundled for name in HAND_KEPT)
    assert not any(name in tree_hashes(generated) for name in HAND_KEPT), "the generator must never write them"
    assert {k: v for k, v in bundled.items() if k not in HAND_KEPT} == tree_hashes(generated)


def test_bundled_dataset_loads_and_says_it_is_synthetic(bundled: Dataset) -> None:
    assert bundled.synthetic and bundled.years == (2026, 2027)
    assert len(bundled.kommuner) == 357 and len({k.fylkesnummer for k in bundled.kommuner.values()}) == 15
    assert "data/2026/personer.csv" in bundled.files and "data/kommuner.csv" in bundled.files
    assert bundled.files["data/kommuner.csv"] == hashlib.sha256((BUNDLED / "kommuner.csv").read_bytes()).hexdigest()
    for year in bundled.years:
        assert 12_000 <= len(bundled.persons[year]) <= 18_000
        assert 10_000 <= bundled.national[year].bosettingsbehov <= 14_000


def test_every_yaml_and_note_says_synthetic() -> None:
    for path in BUNDLED.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        assert "synthetic: true" in text and "SYNTHETIC DATA" in text, path
    for year in ("2026", "2027"):
        assert "synthetic" in (BUNDLED / year / "README.md").read_text(encoding="utf-8")
    assert "seed 20260101" in (BUNDLED / "SYNTHETIC.md").read_text(encoding="utf-8").replace("--seed", "seed")


def long_waiting(dataset: Dataset, year: int) -> list[int]:
    """Bosettingsklare in mottak/omsorgssenter at each month end who have waited more than 6 months since the permit."""
    counts = []
    for month in range(1, 13):
        end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        counts.append(sum(1 for p in dataset.persons[year] if p.ventested != "utlandet"
                          and p.bosettingsklar_dato <= end and (p.bosatt_dato is None or p.bosatt_dato > end)
                          and (end - p.tillatelse_dato).days > 182))
    return counts


def test_long_waits_rise_from_mid_2026_with_no_tiltak_and_fall_after_the_2027_tiltak(bundled: Dataset) -> None:
    waits_2026 = long_waiting(bundled, 2026)
    assert max(waits_2026[:6]) < 1.25 * min(waits_2026[:6])  # flat in the first half
    assert all(later > earlier for earlier, later in zip(waits_2026[6:], waits_2026[7:], strict=False))
    assert waits_2026[11] > 2 * waits_2026[5]
    assert not [m for m in bundled.measures[2026] if m.forpliktelse == "1.2"]
    waits_2027 = long_waiting(bundled, 2027)
    measure = next(m for m in bundled.measures[2027] if m.forpliktelse == "1.2")
    month = measure.dato.month
    assert waits_2027[month - 1] > waits_2027[0]  # still rising when the tiltak came
    assert waits_2027[month + 3] < 0.7 * waits_2027[month - 1]  # and falling after it


def test_kommuner_decided_more_less_equal_nothing_and_no(bundled: Dataset) -> None:
    rows = bundled.kommune_years[2026].values()
    assert {r.vedtak is None for r in rows} == {True, False}
    assert any(r.vedtak == 0 and r.anmodning > 0 for r in rows)
    assert any(r.vedtak is not None and r.vedtak > r.anmodning for r in rows)
    assert any(r.vedtak is not None and 0 < r.vedtak < r.anmodning for r in rows)
    assert any(r.anmodning == 0 for r in rows)  # small kommuner not asked
    assert sum(r.anmodning for r in rows) == 13_000 and sum(r.anmodning_em for r in rows) == 600
    settled = [p for p in bundled.persons[2026] if p.bosatt_dato is not None and p.bosatt_dato.year == 2026]
    assert len(settled) == sum(r.bosatt for r in rows)  # person records agree with the kommune table


def test_late_closure_notice_missing_delivery_and_undocumented_obligation(bundled: Dataset) -> None:
    late = [c for c in bundled.capacity_changes[2026] if c.endring == "nedlagt" and c.plasser >= 250
            and c.varslet_dato is not None and c.varslet_dato >= c.iverksatt_dato - timedelta(days=7)]
    assert late
    fra, til, maaned = MISSING_DELIVERY[2026]
    delivered = {(d.fra, d.til, d.maaned) for d in bundled.deliveries[2026]}
    assert (fra, til, maaned) not in delivered and (fra, til, "2026-08") in delivered
    assert len(delivered) == 12 * 17 - 1  # IMDi to KS and 15 fylkeskommuner, UDI to KS, monthly
    for year in (2026, 2027):
        documented = {a.forpliktelse for a in bundled.activities[year]}
        assert "7.2" not in documented and len(documented) > 15


def test_occupancy_has_one_implausible_month_and_reports_and_waivers_as_planned(bundled: Dataset) -> None:
    implausible = [o.maaned for year in (2026, 2027) for o in bundled.occupancy[year]
                   if o.mottakstype == "omsorgssenter" and not 0.5 <= o.beboere / o.plasser <= 1.0]
    assert implausible == ["2026-09"]
    assert len(bundled.reports[2026]) == 1 and "SYNTETISK" in bundled.reports[2026][0].tittel
    assert bundled.reports[2027] == ()
    waivers = bundled.waivers[2026]
    assert [w.valid_on(date(2026, 9, 30)) for w in waivers].count(True) == 1  # 5.4: holds one of three events
    missing_months = {d.maaned for d in bundled.deliveries[2026] if d.fra == "IMDi"} ^ {f"2026-{m:02d}" for m in
                                                                                     range(1, 13)}
    march = next(w for w in waivers if w.forpliktelse == "4.1")  # 4.1: holds none of IMDi's missing deliveries
    assert "2026-03" not in missing_months and (march.gyldig_fra, march.gyldig_til) == (date(2026, 3, 1),
                                                                                        date(2026, 3, 31))
    assert all(w.subject in ("national", "IMDi", "UDI", "Bufdir", "KS", "AID") for w in waivers)
    assert all(" og KS" in w.avtalt_av and w.referat for w in waivers)
