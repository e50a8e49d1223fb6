"""`bosetting features run`: run feature files, wherever they are, with the test suite's own steps.

The files are run by pytest and pytest-bdd exactly as `pytest tests/features` runs features/: a test
module generated into a temporary folder imports the step modules of tests/features/ (the same
code, not a copy) and collects the given files with pytest-bdd's `scenarios()`; the fixtures and
hooks of tests/features/conftest.py (the real rule files, loaded once; the branch recorder) are
loaded as a plugin. A second plugin, `ScenarioCollector`, notes for every scenario its result, the
step that failed, and what the Så-steps compared (obligations.feature_steps.COMPARISONS), so that
the result can be told in bokmål. Nothing is written outside the temporary folder: the branch
record the conftest writes goes there too, not to build/.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bosetting.obligations.feature_branches import BRANCHES_ENV
from bosetting.obligations.feature_catalogue import STEP_MODULE_GLOB, STEPS_DIR
from bosetting.obligations.feature_steps import COMPARISONS, ComparedFindings, TableColumnsError

PASSED, FAILED = "bekreftet", "feilet"


@dataclass
class FailedStep:
    keyword: str
    text: str
    line: int
    kind: str
    message: str
    table_problem: bool = False
    comparisons: list[ComparedFindings] = field(default_factory=list)
    # For a step that names a provision but compared no status: the engine's findings about that provision.
    provision: str = ""
    related: list[Any] = field(default_factory=list)


@dataclass
class ScenarioResult:
    """One scenario as it ran (an outline: one example row)."""

    file: str
    line: int
    keyword: str
    name: str
    example: dict[str, str] = field(default_factory=dict)
    confirmed: list[ComparedFindings] = field(default_factory=list)  # what its Så-steps compared, and found so
    failed: FailedStep | None = None
    error: str = ""  # a failure outside the steps (a fixture): pytest's own words

    @property
    def status(self) -> str:
        return FAILED if self.failed is not None or self.error else PASSED


class ScenarioCollector:
    """A pytest plugin that notes each scenario's result and what its steps compared."""

    def __init__(self) -> None:
        self.results: dict[str, ScenarioResult] = {}
        self.current: ScenarioResult | None = None

    def pytest_bdd_before_scenario(self, request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
        callspec = getattr(request.node, "callspec", None)
        example = dict(callspec.params.get("_pytest_bdd_example", {})) if callspec is not None else {}
        self.current = ScenarioResult(feature.filename, scenario.line_number, scenario.keyword, scenario.name,
                                      {str(k): str(v) for k, v in example.items()})
        self.results[request.node.nodeid] = self.current

    def pytest_bdd_before_step(self, request: pytest.FixtureRequest, feature: Any, scenario: Any, step: Any,
                               step_func: Any) -> None:
        COMPARISONS.take()

    def pytest_bdd_after_step(self, request: pytest.FixtureRequest, feature: Any, scenario: Any, step: Any,
                              step_func: Any, step_func_args: Any) -> None:
        if self.current is not None:
            self.current.confirmed += COMPARISONS.take()

    def pytest_bdd_step_error(self, request: pytest.FixtureRequest, feature: Any, scenario: Any, step: Any,
                              step_func: Any, step_func_args: Any, exception: Exception) -> None:
        if self.current is not None:
            message = str(exception).split("\nassert ", 1)[0].strip()
            failed = FailedStep(step.keyword.strip(), step.name, step.line_number, step.type, message,
                                isinstance(exception, TableColumnsError), COMPARISONS.take())
            failed.provision, failed.related = _provision_findings(step.name, step_func_args)
            self.current.failed = failed

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        result = self.results.get(report.nodeid)
        if result is not None and report.failed and result.failed is None and not result.error:
            result.error = report.longreprtext.strip().splitlines()[-1] if report.longreprtext else report.outcome


def _provision_findings(text: str, arguments: dict[str, Any]) -> tuple[str, list[Any]]:
    """The provision a step names (`forpliktelse 1.7`, `hovedmål 3`) and the findings the scenario's world has of it."""
    provision = str(arguments.get("provision", ""))
    if not provision and "number" in arguments and "hovedmål" in text:
        provision = f"hovedmaal-{arguments['number']}"
    world = arguments.get("world")
    findings = list(getattr(world, "findings", None) or ())
    return provision, [f for f in findings if provision and f.provision == provision]


def _test_module(files: Sequence[Path], steps_dir: Path) -> str:
    """The test module the files run from: the step modules imported as tests/features/test_features.py does."""
    imports = "\n".join(f"from {path.stem} import *  # noqa: F403"
                        for path in sorted(steps_dir.glob(STEP_MODULE_GLOB)))
    return (f"import sys\nsys.path.insert(0, {str(steps_dir)!r})\n"
            f"from pytest_bdd import scenarios\n{imports}\n"
            f"scenarios({', '.join(repr(str(path.resolve())) for path in files)})\n")


def _conftest_plugin(steps_dir: Path) -> Any:
    """tests/features/conftest.py, loaded as a plugin (the suite's fixtures and hooks, not a copy of them)."""
    spec = importlib.util.spec_from_file_location("bosetting_feature_conftest", steps_dir / "conftest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TagMarkers:
    """Registers the tags of the files being run as markers, as the suite's conftest does for features/."""

    def __init__(self, files: Sequence[Path]) -> None:
        self.tags = sorted({tag[1:] for path in files for line in path.read_text(encoding="utf-8").splitlines()
                            if line.strip().startswith("@") for tag in line.split() if tag.startswith("@")})

    def pytest_configure(self, config: pytest.Config) -> None:
        for tag in self.tags:
            config.addinivalue_line("markers", f"{tag}: a tag of the feature files run")


@contextlib.contextmanager
def _environment(name: str, value: str) -> Iterator[None]:
    saved = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = saved


@dataclass
class RunOutcome:
    results: list[ScenarioResult]
    pytest_exit: int
    output: str  # what pytest printed (shown only when it ran no scenario)


def run_features(files: Sequence[Path], steps_dir: Path = STEPS_DIR) -> RunOutcome:
    """Run the scenarios of `files` against the real rules and engine; the result of each, in file order."""
    collector = ScenarioCollector()
    with tempfile.TemporaryDirectory(prefix="bosetting-features-") as folder:
        tmp = Path(folder)
        module = tmp / "test_scenarioer.py"
        module.write_text(_test_module(files, steps_dir), encoding="utf-8")
        ini = tmp / "pytest.ini"
        ini.write_text("[pytest]\n", encoding="utf-8")
        plugins = [_conftest_plugin(steps_dir), collector, TagMarkers(files)]
        printed = io.StringIO()
        with _environment(BRANCHES_ENV, str(tmp / "feature-branches.json")), \
                contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
            code = pytest.main([str(module), "-c", str(ini), "--rootdir", str(tmp), "-p", "no:cacheprovider",
                                "-q", "--no-header", "-W", "ignore::pytest.PytestUnknownMarkWarning"],
                               plugins=plugins)
    order = {str(path.resolve()): index for index, path in enumerate(files)}
    results = sorted(collector.results.values(), key=lambda r: (order.get(r.file, len(order)), r.line))
    return RunOutcome(results, int(code), printed.getvalue())
