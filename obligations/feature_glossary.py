"""The step glossary: every Gitt, Når and Så phrase the feature files can use, told in bokmål.

Written from the registered step definitions (obligations.feature_catalogue), so it lists exactly
the phrases `bosetting features check` accepts. It is printed by `bosetting features glossary`,
is a page of `bosetting docs` (ordliste.html) and a section of docs/features.md (between the
GLOSSARY_START and GLOSSARY_END markers; scripts/update_step_glossary.py rewrites it, and
tests/test_feature_glossary.py fails when it is out of date).

For each step: its phrases with their placeholders, what it sets up or asserts, the table it takes,
an example line from the project's feature files, and, for a Så-step, the forpliktelser, mål and
kriterier the example lines name (which of their rules' findings the step reads, its text says:
the rule with the provision's own number, the documentation rules, the figures beside it …).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from bosetting.obligations.feature_catalogue import KEYWORDS, KINDS, StepCatalogue, StepDefinition

GLOSSARY_START = "<!-- ordliste: skrevet av scripts/update_step_glossary.py fra stegdefinisjonene; ikke rediger -->"
GLOSSARY_END = "<!-- ordliste slutt -->"
KIND_HEADINGS = {"given": "Gitt: det scenariet bygger opp",
                 "when": "Når: det som vurderes",
                 "then": "Så: det motoren skal ha sagt"}
PLACEHOLDER_NOTE = ("Det som står i {krøllparenteser}, fyller du inn selv: en kommune fra kommuneregisteret, et år, en "
                    "dato som «1. juni 2026», et tall som «3 000» eller «12,5», en status i «» som «oppfylt», "
                    "«ikke oppfylt» eller «utilstrekkelig grunnlag». Et steg som begynner med «Og» eller «Men», "
                    "er av samme slag som steget før.")


def _natural(key: str) -> tuple[object, ...]:
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", key))


def _named(definition: StepDefinition) -> list[str]:
    """What the project's example lines of a Så-step name: forpliktelser, mål and kriterier, in bokmål."""
    provisions: set[str] = set()
    goals: set[str] = set()
    criteria: set[str] = set()
    for use in definition.uses:
        for phrase in definition.phrases:
            if not phrase.matches(use.text):
                continue
            values = phrase.arguments(use.text)
            if "provision" in values:
                provisions.add(str(values["provision"]))
            if "numbers" in values:
                provisions.update(n.strip() for n in str(values["numbers"]).replace(" og ", ", ").split(","))
            if "number" in values and "hovedmål" in phrase.pattern:
                goals.add(f"hovedmål {values['number']}")
            if "goal" in values:
                goals.add(f"resultatmålet for {values['goal']}")
            if "title" in values:
                criteria.add(f"«{values['title']}»")
            break
    named = []
    if provisions:
        label = "forpliktelse" if len(provisions) == 1 else "forpliktelsene"
        named.append(f"{label} {', '.join(sorted(provisions, key=_natural))}")
    named += sorted(goals)
    if criteria:
        label = "kriteriet" if len(criteria) == 1 else "kriteriene"
        named.append(f"{label} {', '.join(sorted(criteria))}")
    return named


def reached(definition: StepDefinition) -> str:
    """`Brukt i features/ om forpliktelsene 1.2, 4.4; hovedmål 1` for a Så-step, or empty."""
    named = _named(definition)
    return f"I eksemplene brukt om {'; '.join(named)}." if named else ""


def _by_kind(catalogue: StepCatalogue) -> Iterable[tuple[str, list[StepDefinition]]]:
    for kind in KINDS:
        yield kind, [d for d in catalogue.definitions if d.kind == kind]


def _example(definition: StepDefinition) -> tuple[str, list[str]]:
    """The example line (with its keyword as the step's kind) and its table, if any, as Gherkin lines."""
    use = definition.example()
    if use is None:
        return "", []
    table = []
    if use.table:
        widths = [max(len(row[i]) for row in use.table[:4]) for i in range(len(use.table[0]))]
        table = ["| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + " |"
                 for row in use.table[:4]]
    return f"{definition.keyword} {use.text}", table


def glossary_markdown(catalogue: StepCatalogue) -> str:
    """The glossary as the section of docs/features.md (and `bosetting features glossary`) writes it."""
    lines = ["## Ordliste over stegene", "",
             "Alle stegene et scenario kan bruke, skrevet ut fra stegdefinisjonene i `tests/features/steps_*.py`. "
             "Eksemplene er hentet fra egenskapsfilene i `features/`.", "", PLACEHOLDER_NOTE, ""]
    for kind, definitions in _by_kind(catalogue):
        lines += [f"### {KIND_HEADINGS[kind]}", ""]
        for definition in definitions:
            first, *others = definition.phrases
            lines.append(f"- **`{KEYWORDS[kind]} {first.shown}`**"
                         + "".join(f" eller **`{KEYWORDS[kind]} {phrase.shown}`**" for phrase in others))
            lines += ["", f"  {definition.text}", ""]
            if definition.columns is not None:
                lines += [f"  Tabell: {definition.columns.describe()}.", ""]
            example, table = _example(definition)
            if example:
                lines += ["  Eksempel:", "", "  ```gherkin", f"  {example}"]
                lines += [f"    {row}" for row in table]
                lines += ["  ```", ""]
            else:
                lines += ["  Ikke brukt i `features/` ennå.", ""]
            if kind == "then" and reached(definition):
                lines += [f"  {reached(definition)}", ""]
    return "\n".join(lines).rstrip() + "\n"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def glossary_html(catalogue: StepCatalogue) -> str:
    """The glossary as the body of a page of `bosetting docs`."""
    parts = ["<p class=\"muted\"><a href=\"index.html\">Alle egenskaper</a></p>",
             "<h1>Ordliste over stegene</h1>",
             "<p>Alle stegene et scenario kan bruke, skrevet ut fra stegdefinisjonene testene kjører. "
             "Eksemplene er hentet fra egenskapsfilene. Kontroller en ny fil med "
             "<code>bosetting features check fil.feature</code>, og kjør den med "
             "<code>bosetting features run fil.feature</code>.</p>",
             f"<p>{_e(PLACEHOLDER_NOTE)}</p>"]
    for kind, definitions in _by_kind(catalogue):
        parts.append(f"<h2>{_e(KIND_HEADINGS[kind])}</h2>")
        for definition in definitions:
            phrases = "<br>".join(f"<code>{_e(KEYWORDS[kind])} {_e(p.shown)}</code>" for p in definition.phrases)
            body = [f"<h3>{phrases}</h3>", f"<p>{_e(definition.text)}</p>"]
            if definition.columns is not None:
                body.append(f"<p class=\"muted\">Tabell: {_e(definition.columns.describe())}.</p>")
            example, table = _example(definition)
            if example:
                shown = "\n".join([example, *(f"  {row}" for row in table)])
                body.append(f"<p class=\"muted\">Eksempel:</p><pre>{_e(shown)}</pre>")
            else:
                body.append("<p class=\"muted\">Ikke brukt i egenskapsfilene ennå.</p>")
            if kind == "then" and reached(definition):
                body.append(f"<p class=\"muted\">{_e(reached(definition))}</p>")
            parts.append(f"<section class=\"scenario\">{''.join(body)}</section>")
    return "".join(parts)


def replace_section(document: str, section: str) -> str:
    """`document` with the text between the glossary markers replaced by `section`."""
    start, end = document.index(GLOSSARY_START), document.index(GLOSSARY_END)
    return f"{document[:start + len(GLOSSARY_START)]}\n\n{section}\n{document[end:]}"


def current_section(document: str) -> str:
    start, end = document.index(GLOSSARY_START), document.index(GLOSSARY_END)
    return document[start + len(GLOSSARY_START):end].strip("\n") + "\n"
