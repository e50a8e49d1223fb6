"""`bosetting init`: a folder of one's own with the bundled rules, schemas and data, never overwriting."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from bosetting.obligations.cli import main
from bosetting.obligations.paths import DATA_DIR, PROJECT_ROOT, RULES_DIR
from bosetting.obligations.starter import EDITOR_FILES, editor_file_text


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_init_copies_the_rules_the_data_and_the_editor_settings(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "departementet"
    result = runner.invoke(main, ["init", str(target)])
    assert result.exit_code == 0, result.output
    written = _tree(target)
    expected = {f"rules/{name}": content for name, content in _tree(RULES_DIR).items()}
    expected |= {f"data/{name}": content for name, content in _tree(DATA_DIR).items()}
    expected |= {name: editor_file_text(name).encode("utf-8") for name in EDITOR_FILES}
    assert written == expected
    assert f"Wrote {len(expected)} file(s) to {target}/" in result.output
    assert f"bosetting review --rules {target / 'rules'} --data {target / 'data'}" in result.output


def test_the_copy_validates_and_its_data_reads_as_synthetic(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    validated = runner.invoke(main, ["validate", str(tmp_path / "rules")])
    assert validated.exit_code == 0, validated.output
    assert "OK: 9 file(s)" in validated.output
    checked = runner.invoke(main, ["data", "check", str(tmp_path / "data")])
    assert checked.exit_code == 0, checked.output
    assert "the figures are SYNTHETIC" in checked.output


def test_only_the_parts_asked_for(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["init", "--only", "rules", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rules"]
    assert "bosetting review --rules" in result.output and "--data <data>" in result.output


def test_init_refuses_to_overwrite_and_writes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "rules" / "criteria").mkdir(parents=True)
    own = tmp_path / "rules" / "criteria" / "anmodningskriterier-2026.yaml"
    own.write_text("# departementets egen versjon\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    before = _tree(tmp_path)
    result = runner.invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 1, result.output
    message = (f"{tmp_path / 'rules'}: error: 1 of the files to write exist already "
               "(for example rules/criteria/anmodningskriterier-2026.yaml); bosetting init never overwrites")
    assert message in result.output
    assert _tree(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "rules"]


def test_a_failure_on_the_way_removes_what_this_run_created_and_only_that(runner: CliRunner, tmp_path: Path) -> None:
    # A file named data/ stops the copy after .vscode/ was written (files are written in name order).
    (tmp_path / "data").write_text("not a folder", encoding="utf-8")
    result = runner.invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 4, result.output
    assert "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
    assert (tmp_path / "data").read_text(encoding="utf-8") == "not a folder"


def test_the_projects_own_editor_settings_are_the_ones_init_writes() -> None:
    for name in EDITOR_FILES:
        assert (PROJECT_ROOT / name).read_text(encoding="utf-8") == editor_file_text(name), name
    settings = EDITOR_FILES[".vscode/settings.json"]["yaml.schemas"]
    assert isinstance(settings, dict)
    for schema, pattern in settings.items():
        kind = Path(schema).name.removesuffix(".schema.json")
        assert (PROJECT_ROOT / schema).is_file()
        assert pattern.startswith(f"rules/{kind}/") and any((PROJECT_ROOT / "rules" / kind).glob("*.yaml"))


def test_the_pre_commit_hook_validates_the_rules_folder() -> None:
    (hook,) = yaml.safe_load((PROJECT_ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "bosetting-validate"
    assert hook["language"] == "python"
    assert hook["entry"] == "bosetting validate"
    assert hook["args"] == ["rules"]
    assert hook["pass_filenames"] is False  # cross-file checks need the whole folder
