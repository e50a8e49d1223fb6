"""The gap's components per kommune (obligations.review.deviation), shared by the yearly review and the period
evaluation: gross per kommune, with both components that reduce the gap, so that with the requests' shortfall
they add up to the gap whenever the requests do not exceed the need."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bosetting.obligations.data.records import KommuneYear, SettlementRecord
from bosetting.obligations.review.deviation import (
    GROUPS,
    SPECIAL_NEEDS,
    WAIT_BUCKETS,
    GroupOutcome,
    kommune_components,
    months_between,
    outcomes_by_group,
)


def _row(number: int, anmodning: int, vedtak: int | None, bosatt: int) -> KommuneYear:
    return KommuneYear(2026, f"{number:04d}", anmodning, None, vedtak, None, bosatt, None)


def test_settling_more_than_decided_or_without_a_vedtak_reduces_the_gap() -> None:
    causes = {c.key: (c.size, c.detail["kommuner"]) for c in kommune_components([
        _row(1, 100, 100, 130),  # settled 30 more than decided
        _row(2, 50, None, 20),   # settled 20 without a registered vedtak
        _row(3, 80, 60, 60),     # settled what it decided
    ])}
    assert causes["bosatt_over_vedtak"] == (-50, 2)
    assert causes["ingen_vedtak"] == (50, 1) and causes["vedtak_under_anmodning"] == (20, 1)


rows = st.lists(st.tuples(st.integers(0, 500), st.one_of(st.none(), st.integers(0, 600)), st.integers(0, 700)),
                min_size=1, max_size=12)


@given(rows, st.integers(0, 2000))
def test_the_components_add_up_to_the_gap_when_the_requests_do_not_exceed_the_need(
        given_rows: list[tuple[int, int | None, int]], extra_need: int) -> None:
    kommuner = [_row(i, a, v, b) for i, (a, v, b) in enumerate(given_rows)]
    need = sum(k.anmodning for k in kommuner) + extra_need
    settled = sum(k.bosatt or 0 for k in kommuner)
    components = extra_need + sum(c.size for c in kommune_components(kommuner))
    assert components == need - settled


# ---------------------------------------------------------------------------- the groups' outcomes

def _outcomes_one_by_one(persons: list[SettlementRecord], year_end: date) -> list[GroupOutcome]:
    """The first implementation, kept as the reference: each person's groups, each bucket counted over the waits."""
    waits: dict[str, list[float]] = defaultdict(list)
    waiting: dict[str, int] = defaultdict(int)
    ready: dict[str, int] = defaultdict(int)
    for person in persons:
        for group in [person.gruppe, *([SPECIAL_NEEDS] if person.saerskilte_behov else [])]:
            ready[group] += 1
            if person.bosatt_dato is None or person.bosatt_dato > year_end:
                waiting[group] += 1
            else:
                waits[group].append(months_between(person.bosettingsklar_dato, person.bosatt_dato))
    result = []
    for group in (*GROUPS, SPECIAL_NEEDS):
        values = sorted(waits[group])
        median = round(values[len(values) // 2], 1) if values else None
        buckets = tuple(sum(1 for v in values if low <= v and (high is None or v < high)) for low, high in WAIT_BUCKETS)
        result.append(GroupOutcome(group, ready[group], len(values), waiting[group], median, buckets))
    return result


_persons = st.lists(st.builds(
    lambda group, special, ready, wait: SettlementRecord(
        gruppe=group, saerskilte_behov=special,  # type: ignore[arg-type]
        tillatelse_dato=ready - timedelta(days=20), bosettingsklar_dato=ready,
        bosatt_dato=None if wait is None else ready + timedelta(days=wait), ventested="asylmottak",
        kommunenummer=None, bosatt_av=None, overforingsflyktning=False),
    st.sampled_from(GROUPS), st.booleans(), st.dates(date(2025, 1, 1), date(2026, 12, 31)),
    # waits of whole bucket bounds (30.4375 days a month) and settlements before bosettingsklar included
    st.one_of(st.none(), st.integers(-40, 500), st.sampled_from((0, 30, 31, 61, 91, 182, 183, 365, 366)))),
    max_size=40)


@given(_persons)
def test_the_groups_outcomes_are_those_counted_person_by_person(persons: list[SettlementRecord]) -> None:
    assert outcomes_by_group(persons, date(2026, 12, 31)) == _outcomes_one_by_one(persons, date(2026, 12, 31))
