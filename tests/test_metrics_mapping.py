"""Kartlegging time: from the permit to bosettingsklar, for those who became bosettingsklar in the year."""

from datetime import date

from bosetting.obligations.data.records import SettlementRecord
from bosetting.obligations.metrics.mapping import mapping_times


def person(permit: date, ready: date, ventested: str = "asylmottak",
           gruppe: str = "voksen_uten_barn") -> SettlementRecord:
    return SettlementRecord(record_id=f"P-{permit}-{ready}", gruppe=gruppe, saerskilte_behov=False,
                            tillatelse_dato=permit, bosettingsklar_dato=ready, bosatt_dato=None,
                            ventested=ventested, kommunenummer=None, bosatt_av=None,
                            overforingsflyktning=False, source_file="personer.csv", source_row=2)


def test_only_those_ready_in_the_year_and_place_count() -> None:
    persons = [
        person(date(2026, 1, 1), date(2026, 1, 11)),            # 10 days
        person(date(2026, 3, 1), date(2026, 4, 10)),            # 40 days
        person(date(2025, 12, 1), date(2025, 12, 20)),          # ready the year before
        person(date(2026, 5, 1), date(2026, 5, 3), "omsorgssenter", "enslig_mindreaarig"),
    ]
    times = mapping_times(persons, 2026, "asylmottak")
    assert times.days == (10, 40)
    assert times.median == 25.0
    assert times.share_within(30) == 0.5
    assert mapping_times(persons, 2026, "omsorgssenter").days == (2,)


def test_no_one_ready_is_no_case_not_zero() -> None:
    times = mapping_times([], 2026, "asylmottak")
    assert times.count == 0 and times.median is None and times.share_within(30) is None
