"""The facts this domain derives from data, and the fields each carries, as `validate` reads them.

The validator checks every field a rule reads against `FACT_CATALOGUE` (fact type -> field -> meaning), so
a rule cannot name a metric that does not exist, and what a rule compares a field with against
`FIELD_TYPES` (fact type -> field -> kind: `number`, `text`, `bool`, `date` for an ISO date, `month` for
YYYY-MM; lists are shown to readers as text and compared as text; engine.build). Both are built from the
declarations of the fact types, one module each in obligations.facts; tests/test_field_types.py checks the
kinds against the facts derived from the bundled data.
"""

from __future__ import annotations

from bosetting.obligations.facts import fact_types

FACT_CATALOGUE: dict[str, dict[str, str]] = {
    name: {field: declared.meaning for field, declared in fact_type.fields.items()}
    for name, fact_type in fact_types().items()
}

FIELD_TYPES: dict[str, dict[str, str]] = {
    name: {field: declared.kind for field, declared in fact_type.fields.items()}
    for name, fact_type in fact_types().items()
}


def lists_exceptions(field: str) -> bool:
    """A field that lists the exceptions to a count (events a waiver excused, activities that do not count):
    empty means there were none, so a reader is not shown it."""
    return field == "unntatt" or field.startswith("ikke_talt_")
