"""Installed like any Python tool: from the sdist, as a wheel, in a fresh virtual environment.

The sdist is built from a copy of the project's files, the wheel from the sdist (what
`pip install bosetting-*.tar.gz` does), and the wheel is installed, without its dependencies,
into a new venv that sees the dependencies of the running one through a .pth line (a path line
in a .pth file runs no other .pth file, so the checkout's editable install stays out). No network
is used: build isolation is off, so the running venv's setuptools builds. Every command then runs
from another folder, and must give what the checkout gives.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from bosetting.obligations.cli import main
from bosetting.obligations.paths import PROJECT_ROOT
from bosetting.obligations.review.run import output_files
from bosetting.obligations.starter import EDITOR_FILES, editor_file_text

# What a build needs from the checkout (pyproject.toml names no other file).
BUILD_INPUTS = ("pyproject.toml", "README.md", "bosetting", "engine", "obligations", "rules", "data", "features",
                "docs/schema")
# Each code folder of the checkout, and where the wheel installs it (pyproject.toml's package-dir).
CODE_PACKAGES = {"bosetting": "bosetting", "engine": "bosetting/engine", "obligations": "bosetting/obligations"}
PACKAGED_FOLDERS = ("rules", "data", "features")
REVIEW_FILES = output_files(2027)


def _run(*args: str | Path, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def _ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@dataclass
class Installed:
    wheel: Path
    sdist: Path
    python: Path
    bosetting: Path
    workdir: Path  # a folder outside the checkout, to run from


def _copy_build_inputs(target: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in BUILD_INPUTS:
        source = PROJECT_ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("packaging")
    source, dist = root / "source", root / "dist"
    source.mkdir()
    _copy_build_inputs(source)
    sdist_name = _ok(_run(sys.executable, "-c", f"from setuptools import build_meta; "
                          f"print(build_meta.build_sdist({str(dist)!r}))", cwd=source)).stdout.split()[-1]
    sdist = dist / sdist_name
    _ok(_run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
             "--wheel-dir", dist, sdist, cwd=root))
    (wheel,) = dist.glob("bosetting-*.whl")
    venv = root / "fresh"
    _ok(_run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=root))
    python = venv / "bin" / "python"
    _ok(_run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index", wheel,
             cwd=root))
    site = Path(_ok(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=root))
                .stdout.strip())
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "_bosetting_test_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    workdir = root / "elsewhere"
    workdir.mkdir()
    return Installed(wheel, sdist, python, venv / "bin" / "bosetting", workdir)


def _checkout_files(folder: str) -> set[str]:
    base = PROJECT_ROOT / folder
    return {p.relative_to(PROJECT_ROOT).as_posix() for p in base.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc")}


def test_the_wheel_holds_every_module_and_every_rule_schema_data_and_feature_file(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    for folder, installed_as in CODE_PACKAGES.items():
        modules = {installed_as + name.removeprefix(folder) for name in _checkout_files(folder) if name.endswith(".py")}
        missing = modules - names
        assert not missing, f"not in the wheel (add the package to pyproject.toml): {sorted(missing)}"
    for folder in PACKAGED_FOLDERS:
        expected = {f"bosetting/{name}" for name in _checkout_files(folder)}
        assert expected, folder
        missing = expected - names
        assert not missing, f"not in the wheel (see [tool.setuptools.package-data]): {sorted(missing)}"
    # The published schemas (docs/schema) ship as bosetting/schema: the referat register is checked against one.
    schemas = {f"bosetting/schema/{Path(name).name}" for name in _checkout_files("docs/schema")}
    assert "bosetting/schema/referat.schema.json" in schemas and not schemas - names


def test_the_installed_code_comes_from_the_wheel_not_the_checkout(installed: Installed) -> None:
    result = _ok(_run(installed.python, "-c", "import bosetting, bosetting.engine as e, bosetting.obligations as o; "
                      "import bosetting.obligations.paths as p; "
                      "print(bosetting.__file__, e.__file__, o.__file__, p.RULES_DIR, p.DATA_DIR)",
                      cwd=installed.workdir))
    paths = result.stdout.split()
    assert len(paths) == 5
    for path in paths:
        assert Path(path).is_relative_to(installed.python.parent.parent), path
        assert not Path(path).is_relative_to(PROJECT_ROOT), path


def test_the_wheel_installs_no_top_level_name_but_its_own(installed: Installed) -> None:
    top_level = {name.split("/")[0] for name in zipfile.ZipFile(installed.wheel).namelist()}
    assert {name for name in top_level if not name.endswith(".dist-info")} == {"bosetting"}
    for generic in ("engine", "obligations"):
        result = _run(installed.python, "-c", f"import {generic}", cwd=installed.workdir)
        assert result.returncode != 0 and "ModuleNotFoundError" in result.stderr, (generic, result.stderr)


def test_version_from_the_script_and_from_python_m(installed: Installed) -> None:
    version = _ok(_run(installed.python, "-c", "import importlib.metadata as m; print(m.version('bosetting'))",
                       cwd=installed.workdir)).stdout.strip()
    by_script = _ok(_run(installed.bosetting, "--version", cwd=installed.workdir))
    by_module = _ok(_run(installed.python, "-m", "bosetting", "--version", cwd=installed.workdir))
    assert by_script.stdout == by_module.stdout == f"bosetting, version {version}\n"


def test_the_installed_review_is_the_checkouts_review(installed: Installed, tmp_path: Path) -> None:
    _ok(_run(installed.bosetting, "review", "--out", "wheel-review", cwd=installed.workdir))
    checkout = CliRunner().invoke(main, ["review", "--out", str(tmp_path / "checkout-review")])
    assert checkout.exit_code == 0, checkout.output
    for name in REVIEW_FILES:
        wheel_bytes = (installed.workdir / "wheel-review" / name).read_bytes()
        assert wheel_bytes == (tmp_path / "checkout-review" / name).read_bytes(), name
    # The rule files are named as in the checkout, relative to the rules folder, not to site-packages.
    findings = (installed.workdir / "wheel-review" / "findings.json").read_text(encoding="utf-8")
    assert '"path": "obligations/samarbeidsavtale-2026-2029.yaml"' in findings


def test_the_installed_validate_checks_the_packaged_rules(installed: Installed) -> None:
    result = _ok(_run(installed.bosetting, "validate", cwd=installed.workdir))
    checkout = CliRunner().invoke(main, ["validate"])
    assert result.stdout == checkout.stdout
    assert result.stdout.startswith("OK: 9 file(s)")


def test_init_copies_a_folder_that_validates_offline_and_takes_precedence(installed: Installed) -> None:
    result = _ok(_run(installed.bosetting, "init", "departementet", cwd=installed.workdir))
    assert "Wrote" in result.stdout
    copy = installed.workdir / "departementet"
    for kind in ("obligations", "goals", "criteria"):
        for path in (copy / "rules" / kind).glob("*.yaml"):
            first = path.read_text(encoding="utf-8").splitlines()[0]
            target = first.removeprefix("# yaml-language-server: $schema=")
            assert target != first
            assert (path.parent / target).resolve() == copy / "rules" / "schema" / f"{kind}.schema.json"
    for name in EDITOR_FILES:
        assert (copy / name).read_text(encoding="utf-8") == editor_file_text(name)
    assert (copy / "data" / "SYNTHETIC.md").is_file()
    _ok(_run(installed.bosetting, "data", "check", copy / "data", cwd=installed.workdir))

    # The hook a rule repository runs on each commit, from its root, as .pre-commit-hooks.yaml says.
    (hook,) = yaml.safe_load((PROJECT_ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook_command = [*hook["entry"].split(), *hook["args"]]
    assert hook_command[0] == "bosetting"
    _ok(_run(installed.bosetting, *hook_command[1:], cwd=copy))

    # --rules takes precedence over the packaged rules: a mistake in the copy is found there.
    criteria = copy / "rules" / "criteria" / "anmodningskriterier-2026.yaml"
    criteria.write_text(criteria.read_text(encoding="utf-8").replace("status: adopted", "status: adopte", 1),
                        encoding="utf-8")
    broken = _run(installed.bosetting, *hook_command[1:], cwd=copy)
    assert broken.returncode == 1
    assert "rules/criteria/anmodningskriterier-2026.yaml:" in broken.stderr
    assert "did you mean 'adopted'?" in broken.stderr

    again = _run(installed.bosetting, "init", "departementet", cwd=installed.workdir)
    assert again.returncode == 1
    assert "never overwrites anything" in again.stderr
    assert "status: adopte\n" in criteria.read_text(encoding="utf-8")
