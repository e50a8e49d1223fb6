"""What the review could not read, said at the top: each missing input and what it would have decided.

A missing input is a file searched for and not found, or a column left out of a table that was read; each is
cited by the data layer as '<file> (not supplied)' or "<file>: column '<c>' (not supplied)"
(obligations.metrics.sources). The goals and obligations it would have decided are those whose findings say
utilstrekkelig grunnlag and cite it. A table's own published total that differs from the sum of its rows is
said here too, with the figure the review used and why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bosetting.engine.findings import Finding
from bosetting.engine.render import format_value
from bosetting.obligations.data.crosscheck import TotalDifference, total_differences
from bosetting.obligations.data.records import Dataset, NumberMapping
from bosetting.obligations.metrics.sources import missing_input
from bosetting.obligations.review.document import Block, Heading, Paragraph, Section, Table

_COLUMN = re.compile(r"^(.*): column '([^']+)'$")


@dataclass(frozen=True)
class MissingInput:
    """A file or a column the review did not have, and the goals and obligations left without grounds by it."""

    what: str  # '<file>' or "<file>: column '<c>'"
    provisions: tuple[str, ...]


def missing_inputs(dataset: Dataset, year: int, findings: Iterable[Finding]) -> list[MissingInput]:
    decided: dict[str, set[str]] = {}
    for finding in findings:
        if finding.status != "insufficient_data":
            continue
        for evidence in finding.evidence:
            what = missing_input(evidence.source or "")
            if what is not None:
                decided.setdefault(what, set()).add(finding.provision)
    for file, columns in dataset.absent_columns.items():  # a column left out that no rule needed is said too
        if f"/{year}/" in file:
            for column in columns:
                decided.setdefault(f"{file}: column '{column}'", set())
    return [MissingInput(what, tuple(sorted(provisions, key=_provision_key))) for what, provisions in
            sorted(decided.items())]


def year_total_differences(dataset: Dataset, year: int) -> list[TotalDifference]:
    return [d for d in total_differences(dataset) if f"/{year}/" in d.file]


def year_number_mappings(dataset: Dataset, year: int) -> list[tuple[str, NumberMapping]]:
    """Each number of the year's tables that was written in another year's register, with its file."""
    return [(file, mapping) for file, mappings in sorted(dataset.number_mappings.items()) if f"/{year}/" in file
            for mapping in mappings]


def _provision_key(provision: str) -> tuple[int, tuple[int, ...], str]:
    if provision[:1].isdigit():
        return 0, tuple(int(p) for p in provision.split(".") if p.isdigit()), provision
    return 1, (), provision


_TEXTS = {
    "heading": {"nb": "Grunnlag som mangler", "en": "Missing inputs"},
    "notes_heading": {"nb": "Merknader til grunnlaget", "en": "Notes on the data"},  # when nothing is missing
    "intro": {"nb": "Disse filene eller kolonnene fantes ikke i dataene. Ingen tall er laget i stedet for dem: "
                    "punktene som trenger dem, har utilstrekkelig grunnlag.",
              "en": "These files or columns were not in the data. No figure was made up in their place: the points "
                    "that need them have insufficient data."},
    "input": {"nb": "Mangler", "en": "Missing"},
    "decides": {"nb": "Ville ha avgjort", "en": "Would have decided"},
    "nothing": {"nb": "ingen punkter i denne gjennomgangen", "en": "no point of this review"},
    "totals": {"nb": "Kildens egne summer", "en": "The source's own totals"},
    "totals_intro": {"nb": "Tabellens egen sumrad stemmer ikke med summen av radene. Rapporten bruker summen av "
                           "radene, fordi hvert tall per kommune og fylke er lest fra radene; kildens sum vises her.",
                     "en": "The table's own total row differs from the sum of its rows. The report uses the sum of "
                           "the rows, since every figure per kommune and fylke is read from them; the source's total "
                           "is shown here."},
    "file": {"nb": "Fil", "en": "File"},
    "column": {"nb": "Kolonne", "en": "Column"},
    "published": {"nb": "Kildens sum", "en": "Published total"},
    "summed": {"nb": "Summen av radene (brukt)", "en": "Sum of the rows (used)"},
    "difference": {"nb": "Forskjell", "en": "Difference"},
    "mapped": {"nb": "Numre fra et annet års register", "en": "Numbers from another year's register"},
    "mapped_intro": {"nb": "Disse tabellene bruker kommune- eller fylkesnumre fra et annet års register. Tallene er "
                           "talt under nummeret som gjelder i året, etter endringstabellen; der flere gamle numre er "
                           "slått sammen til ett, er tallene deres lagt sammen.",
                     "en": "These tables use kommune or fylke numbers of another year's register. Their figures are "
                           "counted under the number valid in the year, through the change table; where several old "
                           "numbers were merged into one, their figures were added up."},
    "written": {"nb": "Nummer i dataene", "en": "Number in the data"},
    "counted_as": {"nb": "Talt som", "en": "Counted as"},
    "merged": {"nb": "Sammenslått", "en": "Merged"},
    "rows": {"nb": "Rader", "en": "Rows"},
    "yes": {"nb": "ja", "en": "yes"},
    "no": {"nb": "nei", "en": "no"},
}


def _point(provision: str, titles: Mapping[str, str]) -> str:
    """An obligation by number and title; a goal by its title alone (its id is no reader's word)."""
    title = titles.get(provision, "")
    return f"{provision} {title}".strip() if provision[:1].isdigit() or not title else title


def _what(what: str, lang: str) -> str:
    match = _COLUMN.match(what)
    if match is None:
        return what
    file, column = match.groups()
    return f"{file}, kolonnen «{column}»" if lang == "nb" else f"{file}, column '{column}'"


def missing_section(missing: Sequence[MissingInput], differences: Sequence[TotalDifference],
                    titles: Mapping[str, str], lang: str,
                    mappings: Sequence[tuple[str, NumberMapping]] = ()) -> Section | None:
    """The section at the top of the report; None when nothing was missing, every total agreed and every number was
    the year's own."""
    if not missing and not differences and not mappings:
        return None
    blocks: list[Block] = []
    if missing:
        rows = [[(_what(m.what, lang),),
                 ("; ".join(_point(p, titles) for p in m.provisions) or _TEXTS["nothing"][lang],)]
                for m in missing]
        blocks += [Paragraph((_TEXTS["intro"][lang],)),
                   Table([_TEXTS["input"][lang], _TEXTS["decides"][lang]], rows, role="missing-inputs")]
    if differences:
        rows = [[(d.source.replace(":row ", ", rad " if lang == "nb" else ", row "),), (d.column,),
                 (format_value(d.published, lang),), (format_value(d.summed, lang),),
                 (format_value(d.difference, lang),)] for d in differences]
        blocks += [Heading(3, (_TEXTS["totals"][lang],)), Paragraph((_TEXTS["totals_intro"][lang],)),
                   Table([_TEXTS["file"][lang], _TEXTS["column"][lang], _TEXTS["published"][lang],
                          _TEXTS["summed"][lang], _TEXTS["difference"][lang]], rows, numeric=frozenset({2, 3, 4}))]
    if mappings:
        rows = [[(file,), (m.written,), (m.counted_as,), (_TEXTS["yes" if m.merge else "no"][lang],),
                 (format_value(m.rows, lang),)] for file, m in mappings]
        blocks += [Heading(3, (_TEXTS["mapped"][lang],)), Paragraph((_TEXTS["mapped_intro"][lang],)),
                   Table([_TEXTS["file"][lang], _TEXTS["written"][lang], _TEXTS["counted_as"][lang],
                          _TEXTS["merged"][lang], _TEXTS["rows"][lang]], rows, numeric=frozenset({4}))]
    if missing:
        return Section(Heading(2, (_TEXTS["heading"][lang],), "grunnlag-som-mangler"), blocks, kind="first")
    return Section(Heading(2, (_TEXTS["notes_heading"][lang],), "merknader-til-grunnlaget"), blocks, kind="first")


def terminal_lines(missing: Sequence[MissingInput], lang: str) -> list[str]:
    """What the terminal says first: each missing input and how many points it would have decided."""
    if not missing:
        return []
    lines = [f"{_TEXTS['heading'][lang]}:"]
    for m in missing:
        points = ", ".join(m.provisions) if m.provisions else _TEXTS["nothing"][lang]
        lines.append(f"  {_what(m.what, lang)} ({_TEXTS['decides'][lang].lower()}: {points})")
    return [*lines, ""]
