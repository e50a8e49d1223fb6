"""Each scenario's latest result, from pytest-bdd's cucumber JSON."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bosetting.obligations.docs_site.features import Examples, FeatureDoc, ScenarioDoc

# The result of a scenario as pytest-bdd's cucumber JSON gives it, and how the pages name it.
PASSED, FAILED, NOT_RUN = "passed", "failed", "not_run"
RESULT_LABELS = {PASSED: "bekreftet", FAILED: "feilet", NOT_RUN: "ikke kjørt"}


@dataclass
class ScenarioRun:
    status: str
    failed_step: str = ""
    message: str = ""


@dataclass
class Results:
    """Scenario results by (feature file name, scenario line, step texts)."""

    runs: dict[tuple[str, int, tuple[str, ...]], ScenarioRun] = field(default_factory=dict)
    # Outline rows also by (feature file name, scenario line, pytest's parameter id of the row).
    by_example: dict[tuple[str, int, str], ScenarioRun] = field(default_factory=dict)
    source: str = ""


def _element_run(element: Mapping[str, Any]) -> ScenarioRun:
    steps = element.get("steps", [])
    for step in steps:
        result = step.get("result", {})
        if result.get("status") == FAILED:
            message = str(result.get("error_message", ""))
            return ScenarioRun(FAILED, f"{step.get('keyword', '')} {step.get('name', '')}".strip(),
                               message.strip().splitlines()[-1] if message.strip() else "")
    if steps and all(step.get("result", {}).get("status") == PASSED for step in steps):
        return ScenarioRun(PASSED)
    return ScenarioRun(NOT_RUN)


def read_results(path: Path) -> Results:
    """Read a cucumber JSON file; a missing file means nothing has run."""
    if not path.is_file():
        return Results(source="")
    data = json.loads(path.read_text(encoding="utf-8"))
    results = Results(source=str(path))
    for feature in data if isinstance(data, list) else []:
        name = Path(str(feature.get("uri", ""))).name
        for element in feature.get("elements", []):
            texts = tuple(str(step.get("name", "")) for step in element.get("steps", []))
            run = _element_run(element)
            # A failed step ends the scenario: its later steps are absent (see _match).
            results.runs[(name, int(element.get("line", 0)), texts)] = run
            test_id = str(element.get("id", ""))
            if test_id.endswith("]") and "[" in test_id:
                results.by_example[(name, int(element.get("line", 0)), test_id[test_id.index("[") + 1:-1])] = run
    return results


def scenario_runs(feature: FeatureDoc, scenario: ScenarioDoc,
                  results: Results) -> list[tuple[Examples | None, tuple[str, ...], ScenarioRun]]:
    """The runs of a scenario: one, or one per example row of an outline."""
    background = tuple(step.text for step in (*feature.background, *scenario.rule_background))
    if not scenario.examples:
        steps = (*background, *(step.text for step in scenario.steps))
        return [(None, (), _match(results, feature, scenario, steps))]
    runs: list[tuple[Examples | None, tuple[str, ...], ScenarioRun]] = []
    for examples in scenario.examples:
        for _line, cells in examples.rows:
            run = results.by_example.get((feature.path.name, scenario.line, example_id(cells)))
            if run is None:
                run = _match(results, feature, scenario, (*background, *scenario.example_steps(examples, cells)))
            runs.append((examples, cells, run))
    return runs


def example_id(cells: Sequence[str]) -> str:
    """pytest's id for an example row: pytest-bdd joins the values with '-', pytest escapes non-ASCII."""
    return "-".join(cells).encode("unicode_escape").decode("ascii")


def _match(results: Results, feature: FeatureDoc, scenario: ScenarioDoc, steps: tuple[str, ...]) -> ScenarioRun:
    """The run whose steps are these steps, or, for a failed run that stopped early, a prefix of them."""
    exact = results.runs.get((feature.path.name, scenario.line, steps))
    if exact is not None:
        return exact
    for (name, line, texts), run in results.runs.items():
        if name == feature.path.name and line == scenario.line and run.status == FAILED \
                and steps[:len(texts)] == texts:
            return run
    return ScenarioRun(NOT_RUN)
