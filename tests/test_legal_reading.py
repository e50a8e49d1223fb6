"""docs/legal.md states what the rule files say, because its tables are made from them."""

from pathlib import Path

from bosetting.obligations.legal_reading import BEGIN, END, generated
from bosetting.obligations.paths import RULES_DIR
from bosetting.obligations.rules_context import load_rules

DOC = Path(__file__).resolve().parents[1] / "docs" / "legal.md"


def test_the_page_for_legal_readers_is_the_rule_files_own_reading() -> None:
    repo = load_rules([RULES_DIR])
    repo.raise_for_errors()
    text = DOC.read_text(encoding="utf-8")
    shown = text[text.index(BEGIN):text.index(END) + len(END)]
    assert shown == generated(repo.rulesets), "regenerate it: python -m bosetting.obligations.legal_reading"


def test_every_obligation_has_its_kind_and_whom_it_binds_on_the_page() -> None:
    text = DOC.read_text(encoding="utf-8")
    for number in ("1.1", "2.3", "3.4", "4.6", "5.4", "8.1", "8.2"):
        row = next(line for line in text.splitlines() if line.startswith(f"| {number} |"))
        assert "«" in row and ("innsats" in row or "handling eller resultat" in row), row
    row_81 = next(line for line in text.splitlines() if line.startswith("| 8.1 |"))
    assert "KS" not in row_81.split("|")[2]  # the four ministries, not KS
