"""The feature files as the pages show them: features, rules, scenarios, steps and examples, read with the
Gherkin parser pytest-bdd uses."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast


@dataclass(frozen=True)
class Step:
    keyword: str
    text: str
    line: int
    table: tuple[tuple[str, ...], ...] = ()
    docstring: str | None = None


@dataclass(frozen=True)
class Examples:
    name: str
    line: int
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line, cells)
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScenarioDoc:
    """One scenario (or scenario outline) of a feature file."""

    keyword: str
    name: str
    line: int
    description: str
    own_tags: tuple[str, ...]
    tags: tuple[str, ...]  # with the feature's and the rule's (Regel) tags, and the examples' tags
    steps: tuple[Step, ...]
    examples: tuple[Examples, ...] = ()
    rule: str = ""  # the name of the Regel it stands under, if any
    rule_background: tuple[Step, ...] = ()  # the Regel's own Bakgrunn, run before the scenario's steps

    def tags_of(self, examples: Examples | None) -> tuple[str, ...]:
        """The tags of one run: the scenario's (with its feature's and Regel's), and its examples block's."""
        own = tuple(t for t in self.tags if not any(t in ex.tags for ex in self.examples) or t in self.own_tags)
        return own + (examples.tags if examples is not None else ())

    def example_steps(self, examples: Examples, cells: Sequence[str]) -> tuple[str, ...]:
        """The step texts of one example row: every <name> replaced by the row's value."""
        texts = []
        for step in self.steps:
            text = step.text
            for name, value in zip(examples.header, cells, strict=True):
                text = text.replace(f"<{name}>", value)
            texts.append(text)
        return tuple(texts)


@dataclass(frozen=True)
class FeatureDoc:
    path: Path
    keyword: str
    name: str
    description: str
    tags: tuple[str, ...]
    background: tuple[Step, ...]
    scenarios: tuple[ScenarioDoc, ...]


def _tags(node: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(tag["name"].lstrip("@") for tag in node.get("tags", []))


def _steps(node: Mapping[str, Any]) -> tuple[Step, ...]:
    steps = []
    for step in node.get("steps", []):
        rows = step.get("dataTable", {}).get("rows", [])
        table = tuple(tuple(cell["value"] for cell in row["cells"]) for row in rows)
        docstring = step["docString"]["content"] if "docString" in step else None
        steps.append(Step(step["keyword"].strip(), step["text"], step["location"]["line"], table, docstring))
    return tuple(steps)


def _description(node: Mapping[str, Any]) -> str:
    return "\n".join(line.strip() for line in node.get("description", "").splitlines()).strip()


def _scenario(node: Mapping[str, Any], inherited: tuple[str, ...], rule: str,
              rule_background: tuple[Step, ...]) -> ScenarioDoc:
    examples = []
    example_tags: list[str] = []
    for ex in node.get("examples", []):
        header = tuple(cell["value"] for cell in ex.get("tableHeader", {}).get("cells", []))
        rows = tuple((row["location"]["line"], tuple(cell["value"] for cell in row["cells"]))
                     for row in ex.get("tableBody", []))
        examples.append(Examples(ex.get("name", ""), ex["location"]["line"], header, rows, _tags(ex)))
        example_tags += _tags(ex)
    own = _tags(node)
    tags = tuple(dict.fromkeys((*inherited, *own, *example_tags)))
    return ScenarioDoc(node["keyword"], node["name"], node["location"]["line"], _description(node), own, tags,
                       _steps(node), tuple(examples), rule, rule_background)


def parse_feature(path: Path) -> FeatureDoc:
    """Parse a feature file with the official Gherkin parser (the one pytest-bdd uses)."""
    try:
        from gherkin.parser import Parser
    except ImportError as exc:  # pragma: no cover - the test extras install it
        raise RuntimeError("reading feature files needs gherkin-official: pip install -e '.[test]'") from exc
    document = cast(dict[str, Any], Parser().parse(path.read_text(encoding="utf-8")))
    feature: dict[str, Any] = document.get("feature") or {}
    feature_tags = _tags(feature)
    children = feature.get("children", [])
    background = tuple(step for child in children if "background" in child for step in _steps(child["background"]))
    scenarios: list[ScenarioDoc] = []
    for child in children:
        if "scenario" in child:
            scenarios.append(_scenario(child["scenario"], feature_tags, "", ()))
        elif "rule" in child:
            rule = child["rule"]
            rule_children = rule.get("children", [])
            rule_background = tuple(step for c in rule_children if "background" in c
                                    for step in _steps(c["background"]))
            for c in rule_children:
                if "scenario" in c:
                    scenarios.append(_scenario(c["scenario"], (*feature_tags, *_tags(rule)), rule["name"],
                                               rule_background))
    return FeatureDoc(path, feature.get("keyword", ""), feature.get("name", path.stem), _description(feature),
                      feature_tags, background, tuple(scenarios))


def parse_features(folder: Path) -> list[FeatureDoc]:
    return [parse_feature(path) for path in sorted(folder.glob("**/*.feature"))]
