"""Regularity of statistics deliveries: did each recipient get a delivery covering every month?"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bosetting.obligations.data.records import StatisticsDelivery


@dataclass(frozen=True)
class DeliveryCoverage:
    """Which (recipient, month) pairs a sender covered, and which it missed."""

    sender: str
    expected: int
    covered: tuple[StatisticsDelivery, ...]
    missing: tuple[tuple[str, str], ...]

    @property
    def complete(self) -> bool:
        return not self.missing


def delivery_coverage(deliveries: Iterable[StatisticsDelivery], sender: str, recipients: Sequence[str],
                      months: Sequence[str]) -> DeliveryCoverage:
    """For every recipient and month: at least one delivery from `sender` covering that month."""
    covered: dict[tuple[str, str], StatisticsDelivery] = {}
    for delivery in deliveries:
        key = (delivery.til, delivery.maaned)
        if delivery.fra == sender and delivery.til in recipients and delivery.maaned in months:
            covered.setdefault(key, delivery)
    missing = tuple((r, m) for r in recipients for m in months if (r, m) not in covered)
    return DeliveryCoverage(sender, len(recipients) * len(months), tuple(covered.values()), missing)
