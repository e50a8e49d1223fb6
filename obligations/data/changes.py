"""Mapping kommune and fylke numbers of another year's register onto the register of the data's year.

The change tables (data/kommuneendringer.csv, data/fylkesendringer.csv) list, as SSB publishes them with its
classifications, each old number, its new number and the day the change took effect. Seen from the number a
table uses:

- one old number to one new one is a renumbering (a rename): the row is the same kommune or fylke;
- several old numbers to one new one is a merge: the old rows add up to the new one;
- one old number to several new ones is a split: the data cannot say how its figures divide, so it is refused,
  naming the row of the data and the rows of the change table.

A number is followed forward (changes that took effect by the year's 1 January) or back (changes that took
effect after it), as far as needed, and only through renumberings and merges going forward; going back only
a renumbering can be followed, since a merged kommune's figures cannot be divided among the earlier ones.

A record of one person or one capacity change (`records=True`) belongs to one kommune, not to a sum: a merge is
followed either way (going back, a part of a later split lies in the kommune it was split from), and only a
number that could be either of several kommuner is refused (forward through a split, back through a merge).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from bosetting.obligations.data.records import NumberChange

_NUMBER_NAMES = {"kommune": "kommunenummer", "fylke": "fylkesnummer"}
# A chain of changes is never this long: a longer one is a loop in the change table.
_MAX_STEPS = 20


@dataclass(frozen=True)
class Mapped:
    """The number valid in the year, and the changes that led to it (merge: another old number joins too)."""

    number: str
    changes: tuple[NumberChange, ...]
    merge: bool
    written: str = ""  # the number as the data wrote it

    @property
    def described(self) -> str:
        """How the number was mapped, for a record and a note: '3001 → 3101 (data/kommuneendringer.csv:row 2)'."""
        return f"{self.written} → {self.number} ({', '.join(c.source for c in self.changes)})"


@dataclass(frozen=True)
class Refused:
    """Why a number cannot be mapped: a message naming the change table's rows."""

    message: str


def cited_rows(changes: Sequence[NumberChange]) -> str:
    file = changes[0].source.rpartition(":row ")[0]
    rows = ", ".join(c.source.rpartition(":row ")[2] for c in changes)
    return f"{file}:row{'s' if len(changes) > 1 else ''} {rows}"


class ChangeTable:
    """The changes of one level (kommune or fylke), indexed by old and by new number."""

    def __init__(self, changes: Sequence[NumberChange], what: str):
        self.what = what
        self.number_name = _NUMBER_NAMES.get(what, f"{what} number")
        self.by_old: dict[str, list[NumberChange]] = defaultdict(list)
        self.by_new: dict[str, list[NumberChange]] = defaultdict(list)
        for change in changes:
            self.by_old[change.gammelt_nummer].append(change)
            self.by_new[change.nytt_nummer].append(change)

    def __bool__(self) -> bool:
        return bool(self.by_old)

    def map(self, number: str, year: int, valid: Collection[str], records: bool = False) -> Mapped | Refused | None:
        """`number` as a number valid in `year`; None when the change table does not know it.

        `records`: the number is a record's (a person's, a capacity change's), not a row of figures to add up.
        """
        day = date(year, 1, 1)
        current, merge = number, False
        path: list[NumberChange] = []
        for _ in range(_MAX_STEPS):
            if current in valid and path:
                return Mapped(current, tuple(path), merge, number)
            forward = [c for c in self.by_old.get(current, ()) if c.gyldig_fra <= day]
            backward = [c for c in self.by_new.get(current, ()) if c.gyldig_fra > day]
            if forward:
                latest = max(c.gyldig_fra for c in forward)
                step = [c for c in forward if c.gyldig_fra == latest]
                if len(step) > 1:
                    new = ", ".join(c.nytt_nummer for c in step)
                    if records:
                        return Refused(f"{self.what} '{current}' was split on {latest} into {new} "
                                       f"({cited_rows(step)}): the number does not say which of them the record "
                                       f"belongs to; give the {self.number_name} valid in {year}")
                    return Refused(f"{self.what} '{current}' was split on {latest} into {new} "
                                   f"({cited_rows(step)}): the figures cannot be divided between them; give them "
                                   f"per {self.what} with the numbers valid in {year}")
                change = step[0]
                merge = merge or len([c for c in self.by_new[change.nytt_nummer] if c.gyldig_fra == latest]) > 1
                path.append(change)
                current = change.nytt_nummer
                continue
            if backward:
                earliest = min(c.gyldig_fra for c in backward)
                step = [c for c in backward if c.gyldig_fra == earliest]
                if len(step) > 1:
                    old = ", ".join(c.gammelt_nummer for c in step)
                    if records:
                        return Refused(f"{self.what} '{current}' was made on {earliest} by merging {old} "
                                       f"({cited_rows(step)}): the number does not say which of them the "
                                       f"record belongs to in {year}; give the {self.number_name} valid in {year}")
                    return Refused(f"{self.what} '{current}' was made on {earliest} by merging {old} "
                                   f"({cited_rows(step)}): its figures cannot be divided among them for {year}; give "
                                   f"them per {self.what} with the numbers valid in {year}")
                change = step[0]
                siblings = [c for c in self.by_old[change.gammelt_nummer] if c.gyldig_fra == earliest]
                if len(siblings) > 1 and not records:
                    parts = ", ".join(c.nytt_nummer for c in siblings)
                    return Refused(f"{self.what} '{current}' is one part of '{change.gammelt_nummer}', split on "
                                   f"{earliest} into {parts} ({cited_rows(siblings)}): for {year} the data must give "
                                   f"'{change.gammelt_nummer}' as a whole")
                path.append(change)
                current = change.gammelt_nummer
                continue
            return None if not path else Refused(
                f"{self.what} '{number}' leads through the change table ({cited_rows(path)}) to '{current}', "
                f"which is not in the register for {year} either")
        return Refused(f"{self.what} '{number}': the change table loops ({cited_rows(path[:5])} …)")


    def origins(self, number: str, year: int) -> tuple[set[str], tuple[NumberChange, ...]]:
        """The numbers `number` (of a later register) was made from, as they stood on `year`'s 1 January, and the
        changes followed back to them: every part of a merge, and the whole a part of a split was cut from."""
        day = date(year, 1, 1)
        found: set[str] = set()
        path: list[NumberChange] = []
        frontier = [(number, date.max)]
        for _ in range(_MAX_STEPS * 20):
            if not frontier:
                break
            current, before = frontier.pop()
            backward = [c for c in self.by_new.get(current, ()) if day < c.gyldig_fra < before]
            if not backward:
                found.add(current)
                continue
            latest = max(c.gyldig_fra for c in backward)
            for change in (c for c in backward if c.gyldig_fra == latest):
                path.append(change)
                frontier.append((change.gammelt_nummer, latest))
        return found, tuple(path)


# The fields of a kommune or fylke row that add up when kommuner merge; any other figure (a rate, an index)
# cannot be combined and is left out (None) of the merged row.
SUMMED_FIELDS = ("anmodning", "anmodning_em", "vedtak", "vedtak_em", "bosatt", "bosatt_em",
                 "fylkeskommune_anbefaling", "fylkeskommune_anbefaling_em")
_NOT_SUMMED = ("sysselsetting_pct", "intro_resultat_pct", "innvandrerandel_pct", "levekar_indeks",
               "sekundarflytting_pct", "fylke")


def combine(first: object, second: object) -> object:
    """Two rows of kommuner (or fylker) that merged, as one row: counts added up, rates left out.

    A count given in one row and empty in the other is None: a sum of part of the figures is no figure.
    """
    from dataclasses import fields, replace

    names = {f.name for f in fields(first)}  # type: ignore[arg-type]
    changes: dict[str, object] = {}
    for name in SUMMED_FIELDS:
        if name in names:
            a, b = getattr(first, name), getattr(second, name)
            changes[name] = None if a is None or b is None else a + b
    for name in _NOT_SUMMED:
        if name in names:
            changes[name] = None
    changes["source"] = f"{first.source}, {second.source.rpartition(':')[2]}"  # type: ignore[attr-defined]
    return replace(first, **changes)  # type: ignore[type-var]
