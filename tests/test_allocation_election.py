"""Modified Sainte-Laguë (first divisor 1.4) against a published Norwegian election result.

The fixture holds the listestemmetall and seats of the 2019 Kristiansand kommunestyre
election exactly as its valgprotokoll prints them, with the source.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bosetting.obligations.criteria.apportion import apportion

ELECTION = Path(__file__).parent / "fixtures" / "elections" / "kristiansand-kommunestyrevalget-2019.yaml"


@pytest.fixture(scope="module")
def election() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(ELECTION.read_text(encoding="utf-8"))
    return data


def votes(election: dict[str, Any]) -> dict[str, int]:
    return {entry["name"]: entry["listestemmetall"] for entry in election["lists"]}


def seat_order(weights: dict[str, int], seats: int, method: str) -> list[str]:
    """Who wins seat 1, 2, …: a divisor method's result for n seats is that for n - 1 plus one."""
    order, before = [], dict.fromkeys(weights, 0)
    for total in range(1, seats + 1):
        now = apportion(weights, total, method)
        [gained] = [name for name in weights if now[name] == before[name] + 1]
        order.append(gained)
        before = now
    return order


def test_the_published_seats(election: dict[str, Any]) -> None:
    result = apportion(votes(election), election["seats"], "modified_sainte_lague")
    assert result == {entry["name"]: entry["seats"] for entry in election["lists"]}
    assert sum(result.values()) == 71


def test_the_published_order_of_the_seats(election: dict[str, Any]) -> None:
    assert seat_order(votes(election), election["seats"], "modified_sainte_lague") == election["seat_order"]


def test_the_first_divisor_is_what_the_order_tests(election: dict[str, Any]) -> None:
    """Plain Sainte-Laguë gives the small lists their first seat earlier: the order above tells the two apart."""
    plain = seat_order(votes(election), election["seats"], "sainte_lague")
    assert plain != election["seat_order"]
    assert plain.index("Partiet De Kristne") < election["seat_order"].index("Partiet De Kristne")
