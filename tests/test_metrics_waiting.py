"""Long waits per month and the rise definition (obligation 1.2)."""

from __future__ import annotations

import calendar
import dataclasses
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta

from hypothesis import example, given
from hypothesis import strategies as st

from bosetting.obligations.data.records import PersonRecords, SettlementRecord, sources_of
from bosetting.obligations.metrics.calendar import add_months, month_end, month_ends, month_label
from bosetting.obligations.metrics.settlement import (
    long_waiters_outcome,
    settled_within_limit,
    settled_within_limits,
    settlement_breakdown,
)
from bosetting.obligations.metrics.waiting import (
    MonthLongWaits,
    WaitLimits,
    first_rising_month,
    is_waiting,
    long_wait_deadline,
    long_waits_at,
    long_waits_by_month,
    long_waits_on,
    rising_months,
)

LIMITS = WaitLimits(enslig_mindreaarig=3, familie_med_barn=3, voksen_uten_barn=6)
GROUPS = ("enslig_mindreaarig", "familie_med_barn", "voksen_uten_barn")


def person(record_id: str = "p1", gruppe: str = "voksen_uten_barn", permit: date = date(2026, 1, 10),
           settled: date | None = None, ventested: str = "asylmottak") -> SettlementRecord:
    """A person; `record_id` names them in the test only (the record keeps no id)."""
    return SettlementRecord(
        gruppe=gruppe, saerskilte_behov=False,  # type: ignore[arg-type]
        tillatelse_dato=permit, bosettingsklar_dato=permit + timedelta(days=10), bosatt_dato=settled,
        ventested=ventested, kommunenummer=None, bosatt_av=None,  # type: ignore[arg-type]
        overforingsflyktning=ventested == "utlandet")


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)


@given(st.dates(date(1896, 1, 1), date(2104, 12, 31)), st.integers(-60, 60))
def test_add_months_is_the_day_clamped_to_the_length_of_the_month(day: date, months: int) -> None:
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    assert add_months(day, months) == date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def test_an_adult_waits_long_after_six_months_a_minor_after_three() -> None:
    adult = person("p2", "voksen_uten_barn", date(2026, 1, 10))
    minor = person("p3", "enslig_mindreaarig", date(2026, 1, 10), ventested="omsorgssenter")
    persons = PersonRecords([adult, minor], "data/2026/personer.csv", [2, 3])
    april, july = long_waits_at(persons, month_end(2026, 4), LIMITS), long_waits_at(persons, month_end(2026, 7), LIMITS)
    assert (april.waiting, april.long_waiting) == (2, 1)
    assert april.by_group_and_place == {("enslig_mindreaarig", "omsorgssenter"): 1}
    assert sources_of(persons, april.waiters) == ["data/2026/personer.csv:row 3"]
    assert sources_of(persons, july.waiters) == ["data/2026/personer.csv:row 2", "data/2026/personer.csv:row 3"]
    assert sources_of((adult, minor), july.waiters) == []  # records put together without their rows
    assert (july.long_waiting, july.share) == (2, 1.0)


def test_settled_persons_and_those_abroad_are_not_waiting() -> None:
    settled = person("p2", settled=date(2026, 3, 1))
    abroad = person("p3", ventested="utlandet")
    assert not is_waiting(settled, date(2026, 3, 31))
    assert is_waiting(settled, date(2026, 2, 28))
    assert not is_waiting(abroad, date(2026, 8, 31))
    months = long_waits_by_month([settled, abroad], 2026, LIMITS)
    assert len(months) == 12 and all(m.long_waiting == 0 for m in months)
    assert months[-1].share is None


def test_rise_in_k_of_the_last_m_months() -> None:
    assert rising_months([1, 2, 3, 4, 5], rises=3, window=4) == [False, False, False, False, True]
    assert first_rising_month([5, 6, 5, 6, 5, 6], rises=3, window=4) is None
    assert first_rising_month([5, 6, 5, 6, 7, 8], rises=3, window=4) == 4
    assert first_rising_month([1, None, 2, 3, 4, 5], rises=3, window=4) == 5


waits = st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=30)
persons = st.lists(st.tuples(st.sampled_from(GROUPS), st.integers(min_value=0, max_value=400),
                             st.sampled_from(("asylmottak", "omsorgssenter"))), max_size=25)


@given(persons, st.integers(min_value=1, max_value=12))
def test_the_share_of_long_waits_stays_between_0_and_1(people: list[tuple[str, int, str]], month: int) -> None:
    day = month_end(2026, month)
    records = [person(f"p{i + 2}", g, day - timedelta(days=d), ventested=w) for i, (g, d, w) in enumerate(people)]
    result = long_waits_at(records, day, LIMITS)
    assert 0 <= result.long_waiting <= result.waiting
    assert result.share is None or 0 <= result.share <= 1


@given(persons, st.sampled_from(GROUPS), st.integers(min_value=0, max_value=400),
       st.integers(min_value=1, max_value=400))
def test_adding_a_person_who_waited_longer_never_lowers_the_count(people: list[tuple[str, int, str]], gruppe: str,
                                                                  waited: int, longer: int) -> None:
    day = month_end(2026, 12)
    records = [person(f"p{i + 2}", g, day - timedelta(days=d), ventested=w) for i, (g, d, w) in enumerate(people)]
    before = long_waits_at(records, day, LIMITS).long_waiting
    extra = person("p999", gruppe, day - timedelta(days=waited + longer))
    assert long_waits_at([*records, extra], day, LIMITS).long_waiting >= before
    # And the longer the wait of the same person, the more (never fewer) long waits.
    shorter = person("p999", gruppe, day - timedelta(days=waited))
    assert long_waits_at([*records, extra], day, LIMITS).long_waiting >= \
        long_waits_at([*records, shorter], day, LIMITS).long_waiting


@given(waits, st.integers(min_value=1, max_value=4), st.integers(min_value=1, max_value=6),
       st.integers(min_value=1, max_value=100))
def test_raising_the_last_month_never_ends_a_rise_at_that_month(series: list[int], rises: int, window: int,
                                                                   step: int) -> None:
    rising_before = rising_months(series, rises, window)[-1]
    raised = [*series[:-1], series[-1] + step]
    assert rising_months(raised, rises, window)[-1] >= rising_before


@given(st.integers(min_value=1, max_value=6), st.integers(min_value=0, max_value=10),
       st.integers(min_value=1, max_value=5))
def test_a_strictly_increasing_series_rises_and_a_flat_one_does_not(window: int, extra: int, start: int) -> None:
    length = window + 1 + extra
    assert first_rising_month(list(range(start, start + length)), window, window) == window
    assert first_rising_month([start] * length, 1, window) is None


def test_a_change_of_a_few_persons_is_not_a_rise() -> None:
    # 658 -> 661 -> 664 -> 667 is +0.5 % a month: below a 5 % materiality threshold, above none.
    series = [650, 658, 661, 664, 667]
    assert rising_months(series, rises=3, window=4)[-1] is True
    assert rising_months(series, rises=3, window=4, material=0.05)[-1] is False
    assert rising_months([100, 106, 112, 119, 126], rises=3, window=4, material=0.05)[-1] is True


# ---------------------------------------------------------------------------- against the month-by-month method

def month_by_month(persons: list[SettlementRecord], day: date, limits: WaitLimits) -> MonthLongWaits:
    """The first implementation, kept as the reference: every person looked at on every day, the deadline
    worked out each time."""
    waiting = 0
    split: Counter[tuple[str, str]] = Counter()
    waiters = []
    for p in persons:
        if not (p.ventested in ("asylmottak", "omsorgssenter") and p.bosettingsklar_dato <= day
                and (p.bosatt_dato is None or p.bosatt_dato > day)):
            continue
        waiting += 1
        if day > add_months(p.tillatelse_dato, getattr(limits, p.gruppe)):
            split[(p.gruppe, p.ventested)] += 1
            waiters.append(p)
    return MonthLongWaits(month_label(day), waiting, sum(split.values()), dict(split), tuple(waiters))


# Dates from late 2024 to early 2028, the month ends and the 29th-31st (where adding months clamps) favoured.
_DAYS = st.one_of(st.dates(date(2024, 10, 1), date(2028, 3, 31)),
                  st.builds(lambda y, m, d: min(month_end(y, m), date(y, m, 28) + timedelta(days=d)),
                            st.integers(2024, 2027), st.integers(1, 12), st.integers(0, 3)))
random_person = st.builds(
    lambda g, permit, ready, settled, place: SettlementRecord(
        gruppe=g, saerskilte_behov=False, tillatelse_dato=permit,  # type: ignore[arg-type]
        bosettingsklar_dato=permit + timedelta(days=ready),
        bosatt_dato=None if settled is None else permit + timedelta(days=ready + settled),
        ventested=place, kommunenummer=None, bosatt_av=None,  # type: ignore[arg-type]
        overforingsflyktning=place == "utlandet"),
    st.sampled_from(GROUPS), _DAYS, st.integers(0, 400),
    st.one_of(st.none(), st.integers(0, 700)), st.sampled_from(("asylmottak", "omsorgssenter", "utlandet")))
random_limits = st.builds(WaitLimits, st.integers(0, 24), st.integers(0, 24), st.integers(0, 24))


@given(st.lists(random_person, max_size=40), random_limits, st.integers(2025, 2027))
def test_long_waits_by_month_equal_the_month_by_month_method(people: list[SettlementRecord], limits: WaitLimits,
                                                            year: int) -> None:
    months = long_waits_by_month(people, year, limits)
    expected = [month_by_month(people, day, limits) for day in month_ends(year)]
    assert months == expected
    # The split is built in the order the persons come, as before (equal dicts may differ in order).
    assert [list(m.by_group_and_place.items()) for m in months] == \
        [list(m.by_group_and_place.items()) for m in expected]


@given(st.lists(random_person, max_size=40), random_limits, st.lists(_DAYS, min_size=1, max_size=6))
def test_long_waits_on_any_days_equal_the_month_by_month_method(people: list[SettlementRecord],
                                                                limits: WaitLimits, days: list[date]) -> None:
    days = sorted(set(days))
    assert long_waits_on(people, days, limits) == [month_by_month(people, day, limits) for day in days]
    assert long_waits_at(people, days[-1], limits) == month_by_month(people, days[-1], limits)


@given(random_person, random_limits)
def test_the_deadline_is_the_permit_plus_the_groups_limit(someone: SettlementRecord, limits: WaitLimits) -> None:
    deadline = add_months(someone.tillatelse_dato, getattr(limits, someone.gruppe))
    assert long_wait_deadline(someone, limits) == deadline
    if someone.bosatt_dato is not None:
        assert settled_within_limit(someone, limits) == (someone.bosatt_dato <= deadline)


# ------------------------------------------------------------ the settlement counts, against their definitions

varied_person = st.builds(
    lambda someone, special, by: dataclasses.replace(someone, saerskilte_behov=special,
                                                     bosatt_av=None if someone.bosatt_dato is None else by),
    random_person, st.booleans(), st.sampled_from(("kommune", "Bufetat")))


def defined_outcome(persons: list[SettlementRecord], year: int, limits: WaitLimits,
                    selected: Callable[[SettlementRecord], bool]) -> tuple[int, int, int, int]:
    """(settled, within the limit, long waiters settled, long waiters still waiting) from the definitions, person by
    person: settled in the year, `settled_within_limit`, and `is_waiting` past the deadline at the year's end."""
    year_end = date(year, 12, 31)
    settled = [p for p in persons if selected(p) and p.bosatt_dato is not None and p.bosatt_dato.year == year]
    within = [p for p in settled if settled_within_limit(p, limits)]
    long_settled = [p for p in settled if p not in within and p.ventested != "utlandet"]
    still_waiting = [p for p in persons if selected(p) and p not in settled and p.ventested != "utlandet"
                     and is_waiting(p, year_end) and year_end > long_wait_deadline(p, limits)]
    return len(settled), len(within), len(long_settled), len(still_waiting)


@given(st.lists(varied_person, max_size=40), random_limits, st.integers(2025, 2027))
# Deadlines on the last day of the year, where waiting past it and settling within it meet.
@example([person("p2", permit=date(2026, 7, 31)), person("p3", permit=date(2026, 7, 31), settled=date(2026, 12, 31))],
         WaitLimits(3, 3, 5), 2026)
def test_the_settlement_breakdown_counts_each_selection_as_its_definition(
        people: list[SettlementRecord], limits: WaitLimits, year: int) -> None:
    counted = settlement_breakdown(people, year, limits)
    selections: dict[str, Callable[[SettlementRecord], bool]] = {
        "everyone": lambda p: True, "special": lambda p: p.saerskilte_behov,
        "bufetat_em": lambda p: p.gruppe == "enslig_mindreaarig" and p.bosatt_av == "Bufetat",
        "em_omsorgssenter": lambda p: p.gruppe == "enslig_mindreaarig" and p.ventested == "omsorgssenter",
        **{group: (lambda p, group=group: p.gruppe == group) for group in GROUPS}}  # type: ignore[misc]
    outcomes = {name: defined_outcome(people, year, limits, selected) for name, selected in selections.items()}
    found = {"everyone": counted.everyone, "special": counted.special_needs, "bufetat_em": counted.bufetat_em,
             **counted.by_group}
    for name, within in found.items():
        assert (within.settled, within.within_limit) == outcomes[name][:2], name
    for name, outcome in (("everyone", counted.long_waiters), ("special", counted.long_waiters_special_needs),
                          ("em_omsorgssenter", counted.long_waiters_em_omsorgssenter)):
        assert (outcome.settled, outcome.still_waiting) == outcomes[name][2:], name
    # The selections one at a time (a person file judged once, then asked) count the same.
    for name, selected in selections.items():
        one = settled_within_limits(tuple(people), year, limits, selected)
        assert (one.settled, one.within_limit) == outcomes[name][:2], name
        waiters = long_waiters_outcome(tuple(people), year, limits, selected)
        assert (waiters.settled, waiters.still_waiting) == outcomes[name][2:], name
