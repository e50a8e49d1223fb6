"""`bosetting features check`: is every step of a feature file one the step code knows, before anything runs?

Each file is parsed with the Gherkin parser the way pytest-bdd parses it (obligations.feature_catalogue),
and every step, background steps and each example row of an outline included, is matched against
the registered step patterns. What is wrong is said in bokmål, with the file and line:

    min.feature:12: ukjent steg "Gitt kommunen Askvoll har 3 000 innbygere"; mente du
        "Gitt kommunen {kommune} har {innbyggere} innbyggere"?
    min.feature:14: tabellen til steget "Gitt disse kommunene i 2026:": ukjent kolonne «vedtatt»; mente du
        «vedtak»? forventet kolonner: kommune (påkrevd), …

(each on one line). A kommune the step names that the kommune register does not have is reported too.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bosetting.engine.problems import visible
from bosetting.obligations.feature_catalogue import StepCatalogue, StepUse, feature_step_uses

LANGUAGE_LINE = "# language: no"
# Where a step names a kommune from the register: these placeholders of its phrase, these columns of its table.
KOMMUNE_PLACEHOLDERS = ("name", "names")
KOMMUNE_TABLE_COLUMNS = ("kommune", "vertskommune")


@dataclass(frozen=True, order=True)
class StepProblem:
    """One thing wrong with a feature file, at a line."""

    file: str
    line: int
    message: str

    def format(self) -> str:
        return f"{visible(self.file)}:{self.line}: {visible(self.message)}"


def _language_problem(path: Path, shown: str, text: str) -> StepProblem | None:
    """The Norwegian keywords (Egenskap, Gitt …) are Gherkin only under `# language: no` at the top."""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.replace(" ", "") == LANGUAGE_LINE.replace(" ", ""):
            return None
        return StepProblem(shown, number, f"filen må begynne med «{LANGUAGE_LINE}», så at de norske nøkkelordene "
                                         "(Egenskap, Scenario, Gitt, Når, Så) kan leses")
    return StepProblem(shown, 1, "filen er tom")


def _unknown(use: StepUse, catalogue: StepCatalogue, shown: str) -> StepProblem:
    suggestions = catalogue.closest(use.text, use.kind)
    message = f'ukjent steg "{use.written}"'
    if suggestions:
        message += "; mente du " + " eller ".join(f'"{s}"' for s in suggestions) + "?"
    else:
        message += "; se ordlisten over stegene: bosetting features glossary"
    return StepProblem(shown, use.line, message)


def step_problems(use: StepUse, catalogue: StepCatalogue, shown: str) -> list[StepProblem]:
    """What is wrong with one step (as run: an outline's step with one example row put in)."""
    matches = catalogue.matching(use.kind, use.text)
    if not matches:
        return [_unknown(use, catalogue, shown)]
    definitions = {definition.key: definition for definition, _phrase in matches}
    if len(definitions) > 1:
        phrases = " og ".join(f'"{d.keyword} {p.shown}"' for d, p in matches)
        return [StepProblem(shown, use.line, f'steget "{use.written}" passer til flere steg: {phrases}; '
                                             "skriv det så bare ett passer")]
    definition, phrase = matches[0]
    problems = []
    if use.kind == "given" and use.text.startswith("at ") and not phrase.shown.startswith("at "):
        problems.append(StepProblem(shown, use.line, f'steget "{use.written}" leses som '
                                                     f'"{definition.keyword} {phrase.shown}" med «at» som en del av '
                                                     f"verdien; skriv det uten «at»"))
    problems += _kommune_problems(use, phrase.arguments(use.text), shown)
    table_line = use.table_line
    if use.table is not None and not definition.takes_table:
        problems.append(StepProblem(shown, table_line, f'steget "{use.written}" tar ingen tabell'))
    elif use.table is None and definition.takes_table:
        expected = definition.columns.describe() if definition.columns else ""
        problems.append(StepProblem(shown, use.line, f'steget "{use.written}" trenger en tabell'
                                                     + (f"; {expected}" if expected else "")))
    elif use.table is not None and definition.columns is not None:
        problems += [StepProblem(shown, table_line, f'tabellen til steget "{use.written}": {problem}')
                     for problem in definition.columns.problems(use.table)]
    return problems


@lru_cache(maxsize=1)
def known_kommuner() -> frozenset[str]:
    """The names of the kommuner in the register the scenarios read (data/kommuner.csv)."""
    from bosetting.obligations.data.readers import read_kommuner
    from bosetting.obligations.paths import DATA_DIR

    register, _problems = read_kommuner(DATA_DIR / "kommuner.csv", "data/kommuner.csv")
    return frozenset(k.navn for k in register.values())


def _kommune_problem(name: str, line: int, shown: str) -> StepProblem | None:
    if not name or name in known_kommuner() or name.startswith("<"):
        return None
    near = difflib.get_close_matches(name, sorted(known_kommuner()), n=1, cutoff=0.7)
    guess = f"; mente du «{near[0]}»?" if near else ""
    return StepProblem(shown, line, f"ukjent kommune «{name}»: den står ikke i kommuneregisteret "
                                    f"(data/kommuner.csv){guess}")


def _kommune_problems(use: StepUse, values: dict[str, object], shown: str) -> list[StepProblem]:
    """Kommuner a step names (in its text, or in a table's kommune column) that the register does not have."""
    names = [(str(values[key]), use.line) for key in KOMMUNE_PLACEHOLDERS if key in values]
    names = [(name.strip(), line) for text, line in names for name in text.replace(" og ", ",").split(",")]
    if use.table:
        header = [cell.strip().lower() for cell in use.table[0]]
        for index, heading in enumerate(header):
            if heading in KOMMUNE_TABLE_COLUMNS:
                names += [(row[index].strip(), line) for row, line in zip(use.table[1:], use.table_lines[1:],
                                                                            strict=False)]
    found = (_kommune_problem(name, line, shown) for name, line in names)
    return [problem for problem in found if problem is not None]


def check_file(path: Path, catalogue: StepCatalogue, shown: str | None = None) -> list[StepProblem]:
    """Every problem in one feature file (each once, though an outline runs a step once per example row)."""
    from pytest_bdd.exceptions import GherkinParseError

    shown = shown if shown is not None else str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return [StepProblem(shown, 1, f"filen er ikke UTF-8-tekst (byte {exc.start})")]
    language = _language_problem(path, shown, text)
    if language is not None:
        return [language]
    try:
        uses = list(feature_step_uses(path))
    except GherkinParseError as exc:
        return [StepProblem(shown, exc.line, f"linjen kan ikke leses som Gherkin: «{exc.line_content.strip()}»; "
                                             "hver linje skal være et nøkkelord (Egenskap, Regel, Bakgrunn, "
                                             "Scenario, Scenariomal, Eksempler, Gitt, Når, Så, Og, Men), en "
                                             "tabellrad, en kode (@…), en kommentar (#) eller beskrivende tekst "
                                             "under et nøkkelord")]
    if not uses:
        return [StepProblem(shown, 1, "filen har ingen scenarioer med steg")]
    found: dict[tuple[int, str], StepProblem] = {}
    for problem in _same_names(path, shown):
        found[(problem.line, problem.message)] = problem
    for use in uses:
        for problem in step_problems(use, catalogue, shown):
            found.setdefault((problem.line, problem.message), problem)
    return sorted(found.values())


def _same_names(path: Path, shown: str) -> list[StepProblem]:
    """Scenarios of one file with the same name: pytest-bdd keeps only the last of them, and never runs the others."""
    from pytest_bdd.gherkin_parser import get_gherkin_document

    document = get_gherkin_document(str(path))
    children = list(document.feature.children) if document.feature else []
    scenarios = []
    while children:
        child = children.pop(0)
        if child.rule is not None:
            children = list(child.rule.children) + children
        elif child.scenario is not None:
            scenarios.append(child.scenario)
    first: dict[str, int] = {}
    problems = []
    for scenario in scenarios:
        line = scenario.location.line
        if scenario.name in first:
            problems.append(StepProblem(shown, line, f"scenarioet «{scenario.name}» har samme navn som scenarioet på "
                                                     f"linje {first[scenario.name]}; bare det siste ville blitt "
                                                     "kjørt: gi dem ulike navn"))
        first.setdefault(scenario.name, line)
    return problems


def feature_files(paths: Sequence[Path]) -> list[Path]:
    """The feature files named, a folder standing for every .feature file in it (and below)."""
    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob("**/*.feature")) if path.is_dir() else [path]
    return files


def check_files(paths: Iterable[Path], catalogue: StepCatalogue) -> list[StepProblem]:
    return [problem for path in paths for problem in check_file(path, catalogue)]
