"""Re-distribution: when the need changes during the year beyond the committee's threshold.

The national committee's mandates set when a changed need calls for a new split
(domain brief §2): 2016-2017, a rise of more than 750 persons in total and/or 150 EM;
2018-2021, a change of more than 10 % up or down, in total and/or for EM. A criteria
file names its thresholds as parameters (`allocation.redistribution`); a change beyond
any one of them triggers a re-distribution. The new split applies the same criteria to
the adjusted need, and each kommune's change is shown. Under a divisor method without a
minimum request no kommune moves against the need; otherwise some may, and are flagged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from bosetting.obligations.criteria.spec import RedistributionThresholds

if TYPE_CHECKING:
    from bosetting.obligations.criteria.allocation import Allocation, AllocationRules, AllocationUnit
    from bosetting.obligations.criteria.compare import ComparedKommune


@dataclass(frozen=True)
class Trigger:
    """One threshold the change of the need went beyond."""

    kind: str  # relative | absolute | relative_em | absolute_em
    change: Fraction | int
    threshold: Fraction | int

    def describe(self, lang: str) -> str:
        """The trigger in a sentence, numbers written as the language writes them."""
        em = self.kind.endswith("_em")
        what = {"nb": "EM-behovet" if em else "behovet", "en": "the EM need" if em else "the need"}[lang]
        if self.kind.startswith("relative"):
            change = _decimal(Fraction(self.change) * 100, lang, signed=True) + " %"
            limit = "±" + _decimal(Fraction(self.threshold) * 100, lang) + " %"
        else:
            change, limit = f"{int(self.change):+d}", f"+{int(self.threshold)}"
        if lang == "nb":
            return f"{what} endret seg {change}, mer enn terskelen {limit}"
        return f"{what} changed by {change}, beyond the threshold {limit}"


def _decimal(value: Fraction, lang: str, signed: bool = False) -> str:
    text = f"{float(value):+.1f}" if signed else f"{float(value):.1f}"
    return text.replace(".", ",") if lang == "nb" else text


def triggers(need: int, need_em: int, adjusted: int, adjusted_em: int,
             thresholds: RedistributionThresholds) -> list[Trigger]:
    """Every threshold the change goes beyond (strictly: a change of exactly 10 % does not trigger).

    The relative threshold (the 2018-2021 mandate) works both ways; the absolute one (2016-2017) only on a rise.
    """
    found: list[Trigger] = []
    for kind, before, after in (("", need, adjusted), ("_em", need_em, adjusted_em)):
        change = after - before
        if thresholds.relative is not None and before > 0:
            relative = Fraction(change, before)
            if abs(relative) > thresholds.relative:
                found.append(Trigger(f"relative{kind}", relative, thresholds.relative))
        absolute = thresholds.absolute_em if kind else thresholds.absolute
        # The 2016-2017 mandate names a rise of more than 750 persons / 150 EM; a fall is not a trigger.
        if absolute is not None and change > absolute:
            found.append(Trigger(f"absolute{kind}", change, absolute))
    return found


@dataclass(frozen=True)
class Redistribution:
    """The split before and after a change of the need, and whether the change calls for it."""

    before: Allocation
    after: Allocation
    triggers: tuple[Trigger, ...]
    changes: tuple[ComparedKommune, ...]  # every kommune, by kommunenummer: "from" is before, "to" after

    @property
    def triggered(self) -> bool:
        return bool(self.triggers)

    def against_the_need(self) -> list[ComparedKommune]:
        """Kommuner whose number moves opposite to the need (the Alabama paradox, or the minimum request)."""
        direction = self.after.need - self.before.need
        return [c for c in self.changes if c.difference * direction < 0]


def redistribute(units: Iterable[AllocationUnit], rules: AllocationRules, need: int, need_em: int,
                 adjusted: int, adjusted_em: int, thresholds: RedistributionThresholds) -> Redistribution:
    """Split the original and the adjusted need with the same criteria and show each kommune's change."""
    # Imported here: every review imports this module for `triggers` (the fact `fordeling`) and never splits a
    # need; the allocation and comparison modules, imported at the top, cost about 6 ms of its start.
    from bosetting.obligations.criteria.allocation import allocate
    from bosetting.obligations.criteria.compare import compare_kommuner

    unit_list = list(units)
    before = allocate(unit_list, need, need_em, rules)
    after = allocate(unit_list, adjusted, adjusted_em, rules)
    return Redistribution(before, after, tuple(triggers(need, need_em, adjusted, adjusted_em, thresholds)),
                          tuple(compare_kommuner(before, after)))
