"""The gap's components per kommune (obligations.review.deviation), shared by the yearly review and the period
evaluation: gross per kommune, with both components that reduce the gap, so that with the requests' shortfall
they add up to the gap whenever the requests do not exceed the need."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bosetting.obligations.data.records import KommuneYear
from bosetting.obligations.review.deviation import kommune_components


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
