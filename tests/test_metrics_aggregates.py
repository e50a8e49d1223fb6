"""Metrics for allocation, settlement within limits, deliveries, capacity notices, occupancy and citations."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st
from test_metrics_waiting import LIMITS, person

from bosetting.obligations.data.records import CapacityChange, KommuneYear, Occupancy, StatisticsDelivery
from bosetting.obligations.metrics.allocation import allocation_totals, share, vedtak_category
from bosetting.obligations.metrics.capacity import months_outside, notice_days, notice_summary, occupancy_summary
from bosetting.obligations.metrics.deliveries import delivery_coverage
from bosetting.obligations.metrics.settlement import long_waiters_outcome, settled_within_limits
from bosetting.obligations.metrics.sources import MAX_LISTED_ROWS, cite_file, cite_missing, cite_rows, file_of


def kommune_year(knr: str, anmodning: int, vedtak: int | None, bosatt: int, row: int) -> KommuneYear:
    return KommuneYear(2026, knr, anmodning, 0, vedtak, None, bosatt, 0, source=f"data/2026/kommune_aar.csv:row {row}")


def test_vedtak_categories_describe_the_kommune() -> None:
    assert [vedtak_category(10, v) for v in (12, 10, 4, 0, None)] == [
        "over_anmodning", "lik_anmodning", "under_anmodning", "vedtak_null", "ikke_vedtatt"]
    assert vedtak_category(0, None) == vedtak_category(0, 0) == "ikke_anmodet"
    assert vedtak_category(0, 3) == "over_anmodning"


def test_allocation_totals_count_categories_and_sum_registered_vedtak() -> None:
    rows = [kommune_year("0301", 100, 120, 90, 2), kommune_year("4601", 50, None, 10, 3),
            kommune_year("1103", 40, 20, 20, 4), kommune_year("5001", 0, None, 0, 5)]
    totals = allocation_totals(rows)
    assert (totals.anmodning, totals.vedtak, totals.bosatt, totals.asked) == (190, 140, 120, 3)
    assert totals.categories == {"over_anmodning": 1, "lik_anmodning": 0, "under_anmodning": 1, "vedtak_null": 0,
                                 "ikke_vedtatt": 1, "ikke_anmodet": 1}


@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=0, max_value=10_000))
def test_a_share_of_a_part_is_between_0_and_1(part: int, rest: int) -> None:
    value = share(part, part + rest)
    assert value is None or 0 <= value <= 1
    assert share(part, 0) is None and share(None, 10) is None


def test_settled_within_the_group_limit() -> None:
    quick = person("p2", "voksen_uten_barn", date(2026, 1, 1), settled=date(2026, 5, 1))
    slow = person("p3", "familie_med_barn", date(2026, 1, 1), settled=date(2026, 6, 1))
    earlier_year = person("p4", settled=date(2025, 12, 1), permit=date(2025, 6, 1))
    result = settled_within_limits([quick, slow, earlier_year], 2026, LIMITS)
    assert (result.settled, result.within_limit, result.share) == (2, 1, 0.5)
    still = person("p5", "voksen_uten_barn", date(2026, 1, 1))
    outcome = long_waiters_outcome([quick, slow, still], 2026, LIMITS)
    assert (outcome.settled, outcome.still_waiting, outcome.share_settled) == (1, 1, 0.5)


@given(st.lists(st.tuples(st.integers(min_value=0, max_value=300), st.booleans()), max_size=30))
def test_the_share_settled_within_limits_is_between_0_and_1(people: list[tuple[int, bool]]) -> None:
    records = [person(f"p{i + 2}", permit=date(2026, 1, 1), settled=date(2026, 1, 1) + timedelta(days=d) if s else None)
               for i, (d, s) in enumerate(people)]
    for value in (settled_within_limits(records, 2026, LIMITS).share,
                  long_waiters_outcome(records, 2026, LIMITS).share_settled):
        assert value is None or 0 <= value <= 1


def test_delivery_coverage_finds_each_missing_recipient_month() -> None:
    sent = [StatisticsDelivery("IMDi", til, date(2026, 2, 5), "statistikk", "2026-01")
            for til in ("KS", "fylkeskommune:46")]
    sent.append(StatisticsDelivery("IMDi", "KS", date(2026, 3, 5), "statistikk", "2026-02"))
    sent.append(StatisticsDelivery("UDI", "fylkeskommune:46", date(2026, 3, 5), "statistikk", "2026-02"))
    coverage = delivery_coverage(sent, "IMDi", ["KS", "fylkeskommune:46"], ["2026-01", "2026-02"])
    assert coverage.missing == (("fylkeskommune:46", "2026-02"),)
    assert coverage.expected == 4 and not coverage.complete


def change(endring_id: str, plasser: int, notified: date | None, effective: date = date(2026, 6, 1),
           kind: str = "asylmottak") -> CapacityChange:
    return CapacityChange(endring_id, kind, "Mottak", "1505", "nedlagt", plasser, date(2026, 1, 1),  # type: ignore[arg-type]
                          notified, effective, source=f"data/2026/kapasitet_endringer.csv:row {endring_id[-1]}")


def test_notice_summary_splits_large_changes_by_notice() -> None:
    changes = [change("E2", 200, date(2026, 4, 1)), change("E3", 200, date(2026, 5, 28)), change("E4", 200, None),
               change("E5", 10, None), change("E6", 200, None, effective=date(2027, 1, 5)),
               change("E7", 200, date(2026, 4, 1), kind="omsorgssenter")]
    summary = notice_summary(changes, 2026, min_places=50, min_days=30, mottakstype="asylmottak")
    assert [c.endring_id for c in summary.in_time] == ["E2"]
    assert [c.endring_id for c in summary.late] == ["E3"]
    assert [c.endring_id for c in summary.never] == ["E4"]
    assert summary.shortest_notice == 4 and summary.changes == 4
    assert notice_days(change("E8", 60, date(2026, 6, 5))) == -4


def test_occupancy_lowest_highest_and_months_outside_the_band() -> None:
    rows = [Occupancy("2026-01", "omsorgssenter", 100, 80, 5), Occupancy("2026-02", "omsorgssenter", 100, 30, 5),
            Occupancy("2026-03", "omsorgssenter", 0, 0, 0), Occupancy("2026-01", "asylmottak", 100, 99, 5)]
    summary = occupancy_summary(rows, "omsorgssenter")
    assert summary.months == 2
    assert summary.lowest is not None and summary.lowest[1].maaned == "2026-02"
    assert months_outside(summary, 0.6, 1.0) == [("2026-02", 0.3)]


def test_citations_name_the_rows_or_the_count() -> None:
    assert file_of("data/2026/personer.csv:row 7") == "data/2026/personer.csv"
    assert cite_rows(["data/a.csv:row 2", "data/a.csv:row 5"]) == "data/a.csv:row 2, row 5"
    assert cite_rows([f"data/a.csv:row {i}" for i in range(40)]) == "data/a.csv: 40 rows"
    assert cite_rows([], "nothing") == "nothing"
    assert cite_file("data/a.csv", 3) == "data/a.csv: 3 rows"
    assert cite_missing("data/2026/belegg.csv") == "data/2026/belegg.csv (not supplied)"


def _cited_one_by_one(sources: list[str]) -> str:
    """The first cite_rows, kept as the reference: each source's file found on its own."""
    by_file: dict[str, list[str]] = {}
    for source in (s for s in sources if s):
        by_file.setdefault(file_of(source), []).append(source[len(file_of(source)) + 1:])
    return "; ".join(f"{name}:{', '.join(places)}" if len(places) <= MAX_LISTED_ROWS else f"{name}: {len(places)} rows"
                     for name, places in by_file.items())


# Names that hold markers, or parts of them, beside the ordinary ones.
_source = st.builds(lambda name, marker, number: f"{name}{marker}{number}",
                    st.sampled_from(("data/2026/personer.csv", "a:row", "b:line 3", "c:ro", "d:lin", "", "e")),
                    st.sampled_from((":row ", ":line ", ":", ":row :line ", "")), st.integers(0, 30))


@given(st.lists(_source, max_size=30))
def test_citing_rows_finds_each_file_as_file_of_does(sources: list[str]) -> None:
    assert cite_rows(sources, "none") == (_cited_one_by_one(sources) or "none")
