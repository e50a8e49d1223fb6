"""Whether there was a case for an effort obligation (obligations.facts.dokumentasjon.case_values): those
bosettingsklar at some time in the year, counted as their definition reads."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from bosetting.obligations.data.dataset import load_dataset
from bosetting.obligations.data.records import SettlementRecord
from bosetting.obligations.facts.dokumentasjon import case_values
from bosetting.obligations.metrics.waiting import WaitLimits
from bosetting.obligations.paths import DATA_DIR

SHIPPED = load_dataset(DATA_DIR)
GROUPS = ("enslig_mindreaarig", "familie_med_barn", "voksen_uten_barn")

_people = st.lists(st.builds(
    lambda group, place, ready, wait: SettlementRecord(
        gruppe=group, saerskilte_behov=False,  # type: ignore[arg-type]
        tillatelse_dato=ready - timedelta(days=30), bosettingsklar_dato=ready,
        bosatt_dato=None if wait is None else ready + timedelta(days=wait), ventested=place,  # type: ignore[arg-type]
        kommunenummer=None, bosatt_av=None, overforingsflyktning=place == "utlandet"),
    st.sampled_from(GROUPS), st.sampled_from(("asylmottak", "omsorgssenter", "utlandet")),
    st.dates(date(2025, 6, 1), date(2027, 6, 30)), st.one_of(st.none(), st.integers(0, 400))), max_size=40)


@settings(max_examples=60)
@given(_people)
def test_those_ready_in_the_year_are_counted_by_group_and_place(people: list[SettlementRecord]) -> None:
    dataset = dataclasses.replace(SHIPPED, persons={2026: tuple(people)})
    first, last = date(2026, 1, 1), date(2026, 12, 31)
    ready = [p for p in people if p.bosettingsklar_dato <= last and (p.bosatt_dato is None or p.bosatt_dato >= first)]
    values = case_values(dataset, 2026, WaitLimits(3, 3, 6))
    assert values["barn_bosettingsklare"] == sum(1 for p in ready if p.gruppe != "voksen_uten_barn")
    assert values["em_omsorgssenter_bosettingsklare"] == sum(
        1 for p in ready if p.gruppe == "enslig_mindreaarig" and p.ventested == "omsorgssenter")
