"""The layers of the code: the generic engine never imports the domain, and nothing imports the folders under
names of their own (they are installed as bosetting.engine and bosetting.obligations, never as `engine`)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bosetting.obligations.paths import PROJECT_ROOT

CODE_FOLDERS = ("bosetting", "engine", "obligations", "tests", "benchmarks", "scripts")


def _imported_modules(path: Path) -> list[tuple[int, str]]:
    modules = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            modules += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            modules.append((node.lineno, node.module))
    return modules


def _python_files(folder: str) -> list[Path]:
    return sorted(p for p in (PROJECT_ROOT / folder).rglob("*.py") if "node_modules" not in p.parts)


def test_the_engine_never_imports_the_domain() -> None:
    files = _python_files("engine")
    assert len(files) > 10
    wrong = [f"{path.relative_to(PROJECT_ROOT)}:{line}: {module}" for path in files
             for line, module in _imported_modules(path)
             if module.split(".")[:2] == ["bosetting", "obligations"] or module.split(".")[0] == "obligations"]
    assert not wrong, wrong


@pytest.mark.parametrize("folder", CODE_FOLDERS)
def test_the_code_is_imported_under_the_distributions_name(folder: str) -> None:
    wrong = [f"{path.relative_to(PROJECT_ROOT)}:{line}: {module}" for path in _python_files(folder)
             for line, module in _imported_modules(path) if module.split(".")[0] in ("engine", "obligations")]
    assert not wrong, wrong
