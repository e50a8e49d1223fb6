"""Kartlegging time: from the permit to bosettingsklar, for those who became bosettingsklar in the year."""

import dataclasses
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bosetting.obligations.data.records import SettlementRecord
from bosetting.obligations.metrics.mapping import mapping_times, place_mapping_times


def person(permit: date, ready: date, ventested: str = "asylmottak",
           gruppe: str = "voksen_uten_barn") -> SettlementRecord:
    return SettlementRecord(gruppe=gruppe, saerskilte_behov=False,
                            tillatelse_dato=permit, bosettingsklar_dato=ready, bosatt_dato=None,
                            ventested=ventested, kommunenummer=None, bosatt_av=None,
                            overforingsflyktning=False)


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


_people = st.lists(st.builds(
    lambda permit, ready, place, group, special: dataclasses.replace(
        person(permit, permit + timedelta(days=ready), place, group), saerskilte_behov=special),
    st.dates(date(2025, 6, 1), date(2027, 6, 1)), st.integers(0, 300),
    st.sampled_from(("asylmottak", "omsorgssenter", "utlandet")),
    st.sampled_from(("enslig_mindreaarig", "familie_med_barn", "voksen_uten_barn")), st.booleans()), max_size=30)


@given(_people, st.integers(2025, 2027), st.sampled_from(("asylmottak", "omsorgssenter")))
def test_the_three_selections_of_a_place_are_those_mapping_times_gives(persons: list[SettlementRecord], year: int,
                                                                       place: str) -> None:
    times = place_mapping_times(persons, year, place)
    assert times.everyone == mapping_times(persons, year, place)
    assert times.em == mapping_times(persons, year, place, lambda p: p.gruppe == "enslig_mindreaarig")
    assert times.special_needs == mapping_times(persons, year, place, lambda p: p.saerskilte_behov)
