"""The feature steps as pytest-bdd registered them: their phrases, what they do, and where features/ uses them.

The step definitions live in tests/features/steps_*.py (the same code the test suite runs). This
module imports them and reads what the `@given`/`@when`/`@then` decorators registered, so the step
glossary (`bosetting features glossary`, the glossary page of `bosetting docs`, the section of
docs/features.md) and `bosetting features check` come from the step code itself and cannot drift
from it:

- a phrase is a registered pattern, with its placeholders named in bokmål (`PLACEHOLDER_LABELS`);
- what a step sets up or asserts is the first paragraph of the step function's docstring, in bokmål
  (later paragraphs are notes for developers);
- the table a step takes is its `@columns(...)` declaration (obligations.feature_steps);
- an example line is the first use of the step in the project's own feature files, matched the way
  pytest-bdd matches it.

The steps exist only in a checkout of the project (tests/ is not part of an installed wheel).
"""

from __future__ import annotations

import difflib
import importlib
import inspect
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bosetting.obligations.feature_steps import COLUMNS_ATTRIBUTE, TableColumns
from bosetting.obligations.paths import PROJECT_ROOT

STEPS_DIR = PROJECT_ROOT / "tests" / "features"
STEP_MODULE_GLOB = "steps_*.py"

KINDS = ("given", "when", "then")
KEYWORDS = {"given": "Gitt", "when": "Når", "then": "Så"}

# The placeholders of the step patterns, by the name the step code gives them, as the glossary shows them.
PLACEHOLDER_LABELS = {
    "name": "kommune", "names": "kommuner", "innbyggere": "innbyggere", "year": "år", "need": "antall",
    "need_em": "antall enslige mindreårige", "adjusted": "nytt antall",
    "adjusted_em": "nytt antall enslige mindreårige",
    "provision": "forpliktelse", "numbers": "forpliktelser", "label": "status", "subject": "hvem",
    "etat": "etat", "text": "tekst", "day": "dato", "title": "tittel", "coverage": "dekningsgrad",
    "sender": "IMDi eller UDI", "recipient": "mottaker", "months": "måneder", "start": "fra dato", "end": "til dato",
    "reason": "begrunnelse", "reasons": "begrunnelser", "count": "antall", "month": "måned",
    "review_year": "gjennomgangsår", "number": "nummer", "goal": "resultatmål", "kind": "type", "words": "ordene",
    "parties": "partene", "gap": "avvik", "settled": "bosatt", "version": "versjon", "state": "vedtatt eller utkast",
    "ruleset_id": "regelfil", "proposer": "forslagsstiller", "proposed": "forslagsdato",
    "recommender": "anbefalt av", "recommended": "anbefalingsdato", "adopter": "fastsatt av",
    "adopted": "vedtaksdato", "point": "mål eller forpliktelse", "party": "part", "owner": "ansvarlig",
    "follow_up": "oppfølging", "theme": "tema", "act": "handling",
}

_PARSE_FIELD = re.compile(r"\{(\w+)(?::[^}]*)?\}")
_REGEX_GROUP = re.compile(r"\(\?P<(\w+)>")


class StepsUnavailable(RuntimeError):
    """The step definitions are not where a checkout has them (tests/features/)."""


@dataclass(frozen=True)
class Phrase:
    """One pattern a step is registered with, and how the glossary writes it."""

    pattern: str
    shown: str  # with bokmål placeholders: `kommunen {kommune} har {innbyggere} innbyggere`
    placeholders: tuple[str, ...]
    parser: Any  # pytest-bdd's StepParser

    def matches(self, text: str) -> bool:
        return bool(self.parser.is_matching(text))

    def arguments(self, text: str) -> dict[str, Any]:
        return dict(self.parser.parse_arguments(text) or {})


@dataclass(frozen=True)
class StepUse:
    """A step of a feature file, rendered as pytest-bdd runs it (an outline's step once per example row)."""

    file: Path
    line: int
    kind: str
    keyword: str  # as written: Gitt, Og, Men, *
    text: str
    table: tuple[tuple[str, ...], ...] | None
    table_lines: tuple[int, ...] = ()  # the line of each row of the table

    @property
    def table_line(self) -> int:
        return self.table_lines[0] if self.table_lines else self.line

    @property
    def written(self) -> str:
        return f"{self.keyword} {self.text}"


@dataclass
class StepDefinition:
    """One step function with every phrase it is registered with (for one kind: Gitt, Når or Så)."""

    kind: str
    function: Callable[..., Any]
    phrases: list[Phrase] = field(default_factory=list)
    uses: list[StepUse] = field(default_factory=list)

    @property
    def original(self) -> Callable[..., Any]:
        return inspect.unwrap(self.function)

    @property
    def key(self) -> str:
        return f"{self.original.__module__}.{self.original.__name__}"

    @property
    def text(self) -> str:
        """What the step sets up or asserts: the first paragraph of its docstring (bokmål)."""
        doc = inspect.getdoc(self.function) or ""
        return " ".join(doc.split("\n\n", 1)[0].split())

    @property
    def columns(self) -> TableColumns | None:
        declared = getattr(self.function, COLUMNS_ATTRIBUTE, None)
        return declared if isinstance(declared, TableColumns) else None

    @property
    def takes_table(self) -> bool:
        return "datatable" in inspect.signature(self.function).parameters

    @property
    def keyword(self) -> str:
        return KEYWORDS[self.kind]

    @property
    def source_line(self) -> int:
        return self.original.__code__.co_firstlineno

    def example(self) -> StepUse | None:
        return self.uses[0] if self.uses else None

    def example_texts(self, phrase: Phrase, limit: int = 3) -> list[str]:
        """Example lines for one phrase: the uses written with it, or a use of another phrase of the same step
        with its values put into this one (so that «at kommunen …» has an example when only «kommunen …» is used)."""
        texts = [use.text for use in self.uses if phrase.matches(use.text)][:limit]
        if texts or phrase.placeholders and isinstance(phrase.parser, _regex_parser()):
            return texts
        for use in self.uses[:limit]:
            other = next((p for p in self.phrases if p.matches(use.text)), None)
            if other is None:
                continue
            values = other.arguments(use.text)
            if set(phrase.placeholders) <= set(values):
                texts.append(_fill(phrase.pattern, values))
        return texts


def _fill(pattern: str, values: dict[str, Any]) -> str:
    """A parse pattern with its placeholders replaced by values."""
    return _PARSE_FIELD.sub(lambda match: str(values[match.group(1)]), pattern)


def _regex_parser() -> type:
    from pytest_bdd import parsers

    return parsers.re


def shown_pattern(pattern: str, regex: bool) -> tuple[str, tuple[str, ...]]:
    """A pattern with its placeholders named in bokmål, and the step code's names of them, in order."""
    names: list[str] = []
    if not regex:
        def field_label(match: re.Match[str]) -> str:
            names.append(match.group(1))
            return "{" + PLACEHOLDER_LABELS.get(match.group(1), match.group(1)) + "}"
        return _PARSE_FIELD.sub(field_label, pattern), tuple(names)
    out, position = [], 0
    for match in _REGEX_GROUP.finditer(pattern):
        if match.start() < position:
            continue
        out.append(pattern[position:match.start()])
        depth, index = 1, match.end()
        while depth and index < len(pattern):
            if pattern[index] == "\\":
                index += 2
                continue
            depth += {"(": 1, ")": -1}.get(pattern[index], 0)
            index += 1
        names.append(match.group(1))
        out.append("{" + PLACEHOLDER_LABELS.get(match.group(1), match.group(1)) + "}")
        position = index
    out.append(pattern[position:])
    return re.sub(r"\\(.)", r"\1", "".join(out)), tuple(names)


def load_step_modules(steps_dir: Path = STEPS_DIR) -> list[Any]:
    """Import the step modules (steps_*.py) as the test suite does: by name, with their folder on sys.path."""
    files = sorted(steps_dir.glob(STEP_MODULE_GLOB))
    if not files:
        raise StepsUnavailable(
            f"no step definitions in {steps_dir}: the feature steps are part of a checkout of the project "
            "(tests/features/), not of an installed package")
    try:
        importlib.import_module("pytest_bdd")
    except ImportError:
        raise StepsUnavailable("the feature steps run with pytest and pytest-bdd, which come with the test "
                               "extras: pip install -e '.[test]'") from None
    if str(steps_dir) not in sys.path:
        sys.path.insert(0, str(steps_dir))
    return [importlib.import_module(path.stem) for path in files]


def step_definitions(modules: Sequence[Any]) -> list[StepDefinition]:
    """Every step the modules registered with pytest-bdd, grouped by function and kind, in source order."""
    from pytest_bdd import parsers
    from pytest_bdd.steps import step_function_context_registry

    names = {module.__name__ for module in modules}
    found: dict[tuple[str, str], StepDefinition] = {}
    for context in list(step_function_context_registry.values()):
        function = context.step_func
        if inspect.unwrap(function).__module__ not in names or context.type is None:
            continue
        definition = found.setdefault((f"{inspect.unwrap(function).__qualname__}@{inspect.unwrap(function).__module__}",
                                       context.type), StepDefinition(context.type, function))
        parser = context.parser
        shown, placeholders = shown_pattern(parser.name, isinstance(parser, parsers.re))
        if all(p.pattern != parser.name for p in definition.phrases):
            definition.phrases.append(Phrase(parser.name, shown, placeholders, parser))
    order = {module.__name__: index for index, module in enumerate(modules)}
    definitions = sorted(found.values(), key=lambda d: (KINDS.index(d.kind), order[d.original.__module__],
                                                      d.source_line))
    for definition in definitions:
        # The shortest phrase first: the plain form; the «at …» and longer variants after it.
        definition.phrases.sort(key=lambda p: (p.shown.startswith("at "), p.pattern))
    return definitions


# ---------------------------------------------------------------------------------------------
# Feature files, read the way pytest-bdd reads them


def feature_step_uses(path: Path) -> Iterator[StepUse]:
    """Every step of a feature file as pytest-bdd runs it: background steps with each scenario, and an
    outline's steps once per example row (with the row's values put in). Raises pytest-bdd's
    GherkinParseError for a file the Gherkin parser cannot read."""
    from pytest_bdd.parser import FeatureParser

    feature = FeatureParser(str(path.parent), path.name).parse()
    for template in feature.scenarios.values():
        contexts = [context for examples in template.examples for context in examples.as_contexts()] or [{}]
        for context in contexts:
            scenario = template.render(context)
            for step in scenario.steps:
                table = None
                lines: tuple[int, ...] = ()
                if step.datatable is not None:
                    table = tuple(tuple(str(cell.value) for cell in row.cells) for row in step.datatable.rows)
                    lines = tuple(row.location.line for row in step.datatable.rows)
                yield StepUse(path, step.line_number, step.type, step.keyword.strip(), step.name, table, lines)


@dataclass
class StepCatalogue:
    """The registered steps, and the project's feature files' uses of them."""

    definitions: list[StepDefinition]

    def matching(self, kind: str, text: str) -> list[tuple[StepDefinition, Phrase]]:
        return [(d, p) for d in self.definitions if d.kind == kind for p in d.phrases if p.matches(text)]

    def closest(self, text: str, kind: str, limit: int = 2) -> list[str]:
        """The glossary phrases (with their keyword) nearest to a step that matches none.

        A phrase is compared both as the glossary writes it and by its example line, so that a step with
        its values filled in is compared with a step with values too."""
        scored: list[tuple[float, str]] = []
        for definition in self.definitions:
            for phrase in definition.phrases:
                candidates = [phrase.shown, *definition.example_texts(phrase)]
                score = max(difflib.SequenceMatcher(None, text.lower(), c.lower()).ratio() for c in candidates)
                if definition.kind == kind:
                    score += 0.05  # of two near phrases, prefer the step's own kind
                scored.append((score, f"{definition.keyword} {phrase.shown}"))
        scored.sort(key=lambda item: -item[0])
        best = scored[0][0] if scored else 0.0
        shown: list[str] = []
        for score, written in scored:
            if score < 0.55 or score < best - 0.08 or written in shown:
                continue
            shown.append(written)
            if len(shown) == limit:
                break
        return shown

    def note_uses(self, uses: Iterable[StepUse]) -> None:
        """Note each use under the one step it runs (uses that match no step, or several, are not noted)."""
        for use in uses:
            matches = {d.key: d for d, _p in self.matching(use.kind, use.text)}
            if len(matches) == 1:
                definition = next(iter(matches.values()))
                if all(u.text != use.text for u in definition.uses):
                    definition.uses.append(use)


def load_catalogue(steps_dir: Path = STEPS_DIR, features: Sequence[Path] = ()) -> StepCatalogue:
    """The registered steps, with the uses in `features` (the project's feature files) noted as examples."""
    catalogue = StepCatalogue(step_definitions(load_step_modules(steps_dir)))
    for path in features:
        catalogue.note_uses(feature_step_uses(path))
    return catalogue
