"""The rule files quote every obligation and goal of the agreement, verbatim, and nothing else."""

from __future__ import annotations

import pytest

from bosetting.obligations.agreement import agreement_provisions, normalise_whitespace
from bosetting.obligations.paths import RULES_DIR
from bosetting.obligations.rules_context import load_rules

OBLIGATIONS = [f"{section}.{n}" for section, count in ((1, 9), (2, 3), (3, 4), (4, 7), (5, 6), (6, 5), (7, 2), (8, 2))
               for n in range(1, count + 1)]
GOALS = ["hovedmaal-1", "hovedmaal-2", "hovedmaal-3", "resultatmaal-bosetting", "resultatmaal-mottak"]


@pytest.fixture(scope="module")
def provisions() -> dict[str, dict[str, object]]:
    repo = load_rules([RULES_DIR / "obligations", RULES_DIR / "goals"])
    repo.raise_for_errors()
    return {p["id"]: p for ruleset in repo.rulesets for p in ruleset.provisions}


def test_all_38_obligations_and_5_goals_are_present(provisions: dict[str, dict[str, object]]) -> None:
    assert len(OBLIGATIONS) == 38
    assert sorted(provisions) == sorted(OBLIGATIONS + GOALS)
    assert set(agreement_provisions()) == set(OBLIGATIONS + GOALS)


@pytest.mark.parametrize("provision_id", OBLIGATIONS + GOALS)
def test_the_text_is_the_agreements_own(provisions: dict[str, dict[str, object]], provision_id: str) -> None:
    quoted = normalise_whitespace(str(provisions[provision_id]["text"]))
    assert quoted == agreement_provisions()[provision_id]


def test_footnotes_where_the_agreement_puts_them(provisions: dict[str, dict[str, object]]) -> None:
    with_footnotes = {pid: p["footnotes"] for pid, p in provisions.items() if p.get("footnotes")}
    assert sorted(with_footnotes) == ["1.1", "1.8", "resultatmaal-bosetting"]
    agreement = normalise_whitespace((RULES_DIR / "sources" / "samarbeidsavtale-2026-2029.txt").read_text("utf-8"))
    for notes in with_footnotes.values():
        for note in notes:  # type: ignore[attr-defined]
            assert normalise_whitespace(note) in agreement.replace("*", "")


def test_every_provision_names_its_party_agencies_and_assessment(provisions: dict[str, dict[str, object]]) -> None:
    for provision in provisions.values():
        assert provision["party"] and provision["carried_by"] and provision["assessment"]
