"""What a feature step declares about itself, for the step glossary, `bosetting features check` and `run`.

The step definitions live in tests/features/steps_*.py. Two decorators there say what pytest-bdd's
patterns cannot:

- `columns(...)` on a step that takes a table: the headings it reads. The declaration is enforced
  when the step runs (a table with other headings fails the step with the same bokmål message
  `bosetting features check` gives before anything runs), and tests/test_feature_glossary.py checks
  that every heading the step's code reads is declared, so the two cannot drift apart.
- `compared_findings` on the helper the Så-steps compare a status with: it notes what was
  compared (the provision and subject in the scenario's words, the status expected, the findings
  the engine returned), so that `bosetting features run` can show, in bokmål, what a failing
  Så-step expected and what it got, and what a passing one confirmed.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

# The attribute `columns` puts on a step function (read by obligations/feature_glossary.py).
COLUMNS_ATTRIBUTE = "table_columns"


@dataclass(frozen=True)
class TableColumns:
    """The headings of a step's table (lower case, as table_rows reads them), or a table with no heading row."""

    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    headerless: bool = False  # one value per row, no heading row (`skal behovet fordeles på nytt, fordi:`)

    @property
    def known(self) -> tuple[str, ...]:
        return self.required + tuple(c for c in self.optional if c not in self.required)

    def problems(self, table: Sequence[Sequence[str]]) -> list[str]:
        """What is wrong with a table's headings for this step, in bokmål; empty when nothing is."""
        if not table:
            return ["steget trenger en tabell"]
        if self.headerless:
            wide = [row for row in table if len(row) != 1]
            return ["tabellen skal ha én kolonne uten overskrift, én verdi per rad"] if wide else []
        header = [cell.strip().lower() for cell in table[0]]
        expected = self.describe()
        found: list[str] = []
        for heading in header:
            if heading not in self.known:
                near = difflib.get_close_matches(heading, self.known, n=1, cutoff=0.6)
                guess = f"mente du «{near[0]}»? " if near else ""
                found.append(f"ukjent kolonne «{heading}»; {guess}{expected}")
        for heading in self.required:
            if heading not in header:
                found.append(f"kolonnen «{heading}» mangler; {expected}")
        doubled = sorted({h for h in header if header.count(h) > 1})
        found += [f"kolonnen «{h}» står to ganger" for h in doubled]
        return found

    def describe(self) -> str:
        """`forventet kolonner: kommune (påkrevd), innbyggere, anmodning, …`."""
        if self.headerless:
            return "forventet én kolonne uten overskrift"
        names = [f"{c} (påkrevd)" if c in self.required else c for c in self.known]
        return "forventet kolonner: " + ", ".join(names)


class TableColumnsError(AssertionError):
    """A step was given a table with headings it does not read (an AssertionError: the step fails)."""


def columns(required: Sequence[str] = (), optional: Sequence[str] = (), headerless: bool = False) -> Callable[[F], F]:
    """Declare the headings of a step's table; the step fails when its table has others (see the module doc).

    Put it under the pytest-bdd decorators (`@given(...)` above `@columns(...)`), so that pytest-bdd
    registers the checking function; its signature is the step function's own.
    """
    declared = TableColumns(tuple(required), tuple(optional), headerless)

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def checked(*args: Any, **kwargs: Any) -> Any:
            table = kwargs.get("datatable")
            if table is not None:
                problems = declared.problems(table)
                if problems:
                    raise TableColumnsError("; ".join(problems))
            return func(*args, **kwargs)

        setattr(checked, COLUMNS_ATTRIBUTE, declared)
        return checked  # type: ignore[return-value]

    return decorate


# ---------------------------------------------------------------------------------------------
# What the Så-steps compared


@dataclass(frozen=True)
class ComparedFindings:
    """One comparison a Så-step made: `what` in the scenario's words, the status expected, what the engine gave."""

    what: str
    expected: str
    findings: tuple[Any, ...]


@dataclass
class ComparisonLog:
    """The comparisons of the current step; `bosetting features run` empties it before each step."""

    entries: list[ComparedFindings] = field(default_factory=list)

    def take(self) -> list[ComparedFindings]:
        taken, self.entries = self.entries, []
        return taken


COMPARISONS = ComparisonLog()


def compared_findings(func: F) -> F:
    """For `assert_statuses(world, findings, label, what, ...)`: note the comparison before it is made."""

    @functools.wraps(func)
    def noting(world: Any, findings: Sequence[Any], label: str, what: str, *args: Any, **kwargs: Any) -> Any:
        COMPARISONS.entries.append(ComparedFindings(what, label, tuple(findings)))
        return func(world, findings, label, what, *args, **kwargs)

    return noting  # type: ignore[return-value]
