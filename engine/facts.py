"""Facts: what the engine evaluates rules against.

A fact is one subject (a kommune, a fylke, an agency, the nation) in one period,
with named scalar values. Each value may carry the place it came from (file and row)
so that a finding can cite its evidence down to the input row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Scalar = str | int | float | bool | None

SUBJECT_KINDS = ("kommune", "fylke", "agency", "national")
# Names the engine puts on every asserted fact itself; a fact value cannot use them.
RESERVED_FIELD_NAMES = ("id", "sid", "type", "subject_kind", "subject_id")


@dataclass(frozen=True, order=True)
class Subject:
    """Who or what a fact (and so a finding) is about."""

    kind: str
    id: str
    name: str = ""

    def key(self) -> str:
        return f"{self.kind}:{self.id}"


@dataclass
class Fact:
    """One subject's values of one type for one period, with their sources."""

    type: str
    subject: Subject
    period: str
    values: dict[str, Scalar]
    sources: dict[str, str] = field(default_factory=dict)
    # Used for values with no source of their own (for example a whole row).
    source: str = ""

    @property
    def key(self) -> str:
        return f"{self.type}|{self.subject.key()}|{self.period}"

    def source_of(self, name: str) -> str:
        return self.sources.get(name, self.source)
