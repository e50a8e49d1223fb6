"""Facts from loaded data: one per kommune, typed values, derived categories, and sources down to the row."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.data.facts import (
    bosatt_av_vedtak_pct,
    fylke_year_facts,
    kommune_year_facts,
    national_year_fact,
    vedtak_kategori,
)
from bosetting.obligations.data.records import KommuneYear
from bosetting.obligations.data.spec import ALL_SPECS

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ROOT / "tests" / "fixtures" / "data" / "formats"


def row(vedtak: int | None, anmodning: int = 10, bosatt: int = 8) -> KommuneYear:
    return KommuneYear(2026, "0301", anmodning, 0, vedtak, None, bosatt, 0)


@pytest.mark.parametrize(("vedtak", "anmodning", "expected"), [
    (None, 10, "ikke_vedtatt"), (0, 10, "vedtak_null"), (9, 10, "under_anmodning"), (10, 10, "lik_anmodning"),
    (11, 10, "over_anmodning"), (None, 0, "ikke_anmodet"), (0, 0, "ikke_anmodet"), (3, 0, "over_anmodning")])
def test_vedtak_kategori(vedtak: int | None, anmodning: int, expected: str) -> None:
    assert vedtak_kategori(row(vedtak, anmodning)) == expected


def test_bosatt_av_vedtak_pct_needs_a_positive_vedtak() -> None:
    assert bosatt_av_vedtak_pct(row(None)) is None
    assert bosatt_av_vedtak_pct(row(0)) is None
    assert bosatt_av_vedtak_pct(row(12, bosatt=8)) == 66.7


def test_bundled_facts_name_the_row_that_holds_their_values() -> None:
    dataset = load_dataset(ROOT / "data")
    facts = kommune_year_facts(dataset, 2026)
    assert len(facts) == 357
    with (ROOT / "data" / "2026" / "kommune_aar.csv").open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    for fact in facts:
        path, _, number = fact.source_of("vedtak").partition(":row ")
        assert path == "data/2026/kommune_aar.csv"
        source_row = table[int(number) - 2]  # the header is row 1
        assert source_row["kommunenummer"] == fact.subject.id
        assert str(fact.values["vedtak"] if fact.values["vedtak"] is not None else "") == source_row["vedtak"]
        assert fact.source_of("innbyggere").startswith("data/kommuner.csv:row ")
        assert isinstance(fact.values["anmodning"], int) and isinstance(fact.values["innbyggere"], int)
    kategorier = {f.values["vedtak_kategori"] for f in facts}
    assert kategorier == {"over_anmodning", "lik_anmodning", "under_anmodning", "vedtak_null", "ikke_vedtatt",
                          "ikke_anmodet"}


def test_a_kommune_without_a_row_gets_no_values_but_keeps_its_register_source(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FORMATS / "utf8_comma", data)
    table = data / "2026" / "kommune_aar.csv"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    table.write_text("".join(line for line in lines if not line.startswith("1804,")), encoding="utf-8")
    facts = {f.subject.id: f for f in kommune_year_facts(load_dataset(data), 2026)}
    bodo = facts["1804"]
    assert bodo.values["anmodning"] is None and bodo.values["vedtak_kategori"] is None
    assert bodo.values["innbyggere"] == 53712 and bodo.source == "data/kommuner.csv:row 4"


def test_fylke_and_national_facts_sum_the_kommuner() -> None:
    dataset = load_dataset(FORMATS / "utf8_comma")
    fylker = {f.subject.id: f for f in fylke_year_facts(dataset, 2026)}
    assert set(fylker) == {"03", "11", "18", "46", "55"}
    assert fylker["18"].values["vedtak"] is None and fylker["18"].values["vedtak_registrert"] == 0
    national = national_year_fact(dataset, 2026)
    assert national.values["anmodning"] == 1100 + 120 + 60 + 250 + 80
    assert national.values["vedtak"] == 1100 + 100 + 0 + 90
    assert national.values["bosettingsbehov"] == 1500 and national.values["synthetic"] is True
    assert national.source_of("bosettingsbehov") == "utf8_comma/2026/nasjonalt.yaml:line 3"


def test_docs_describe_every_column_of_the_specification() -> None:
    docs = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")
    for spec in ALL_SPECS:
        assert spec.name in docs, spec.name
        for column in spec.columns:
            assert f"| `{column.name}` |" in docs, f"{spec.name}.{column.name} is not in docs/data.md"
