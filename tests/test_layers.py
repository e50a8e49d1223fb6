"""The layers of the code: the generic engine never imports the domain, and nothing imports the folders under
names of their own (they are installed as bosetting.engine and bosetting.obligations, never as `engine`)."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

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


def _layers_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("import_layers", PROJECT_ROOT / "scripts" / "import_layers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_module_of_the_domain_package_is_in_a_layer() -> None:
    """A module no layer names would be free of the contract: a new one must be given its place."""
    named = {name for layer in _layers_script().contract_layers() for name in layer}
    folder = PROJECT_ROOT / "obligations"
    modules = {f"bosetting.obligations.{p.stem}" for p in folder.glob("*.py") if p.stem != "__init__"}
    packages = {f"bosetting.obligations.{p.parent.name}" for p in folder.glob("*/__init__.py")}
    assert modules | packages == named - {"bosetting.__main__", "bosetting.engine"}


def test_no_layer_imports_a_layer_above_it_and_the_picture_is_up_to_date() -> None:
    result = subprocess.run([sys.executable, str(PROJECT_ROOT / "scripts" / "import_layers.py"), "check"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_check_finds_an_import_upwards(tmp_path: Path) -> None:
    script = _layers_script()
    sources = tmp_path / "checkout"
    for folder in ("bosetting", "engine", "obligations"):
        shutil.copytree(PROJECT_ROOT / folder, sources / folder, ignore=shutil.ignore_patterns("__pycache__"))
    (sources / "obligations" / "data" / "probe.py").write_text("import bosetting.obligations.review.model\n",
                                                                encoding="utf-8")
    drawing = script.picture(script.lay_out(tmp_path / "layout", sources))
    assert "L3 -.->|UPWARDS| L1" in drawing


FRONT_ENDS = ("commands", "review", "period", "workbench", "docs_site")
ASK_THE_SYSTEM = "front-ends-ask-the-system"


def _contract(contract_id: str) -> dict[str, object]:
    import tomllib

    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = [c for c in config["tool"]["importlinter"]["contracts"] if c["id"] == contract_id]
    return contract


def test_every_front_end_is_held_to_asking_the_evaluation_layer() -> None:
    contract = _contract(ASK_THE_SYSTEM)
    assert contract["type"] == "forbidden"
    sources = contract["source_modules"]
    assert isinstance(sources, list)
    assert {f"bosetting.obligations.{name}" for name in FRONT_ENDS} <= set(sources)
    assert "bosetting.obligations.system" not in contract["forbidden_modules"]  # type: ignore[operator]


def test_a_front_end_that_imports_the_evaluation_machinery_is_refused(tmp_path: Path) -> None:
    """A probe in each front end, each importing a different module of the machinery: every one is reported."""
    script = _layers_script()
    sources = tmp_path / "checkout"
    for folder in ("bosetting", "engine", "obligations"):
        shutil.copytree(PROJECT_ROOT / folder, sources / folder, ignore=shutil.ignore_patterns("__pycache__"))
    forbidden = _contract(ASK_THE_SYSTEM)["forbidden_modules"]
    assert isinstance(forbidden, list) and len(forbidden) >= len(FRONT_ENDS)
    probes = {f"bosetting.obligations.{FRONT_ENDS[i % len(FRONT_ENDS)]}.probe_{i}": module
              for i, module in enumerate(forbidden)}
    for probe, module in probes.items():
        _package, front_end, name = probe.rsplit(".", 2)
        (sources / "obligations" / front_end / f"{name}.py").write_text(f"import {module}\n", encoding="utf-8")
    layout = script.lay_out(tmp_path / "layout", sources)
    result = subprocess.run([str(Path(sys.executable).parent / "lint-imports"), "--no-cache", "--no-logo",
                             "--contract", ASK_THE_SYSTEM, str(PROJECT_ROOT / "pyproject.toml")],
                            cwd=layout, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0, result.stdout
    report = " ".join(result.stdout.split())  # lint-imports wraps its lines
    for probe, module in probes.items():
        assert f"{probe} -> {module}" in report, result.stdout
