"""A folder of one's own: the bundled rules, schemas and data, for a ministry to edit in its own repository.

`bosetting init` copies them from where `obligations.paths` finds them (the installed package or
the checkout), keeping the layout: `rules/<kind>/*.yaml` beside `rules/schema/`, so the first line
of each rule file (`$schema=../schema/<kind>.schema.json`) resolves in the copy, offline. The
editor settings are the same as the project's own `.vscode/` (a test keeps them equal).

Nothing that exists is ever overwritten: every file is created exclusively, and a failure on
the way removes what this run created, and only that.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from bosetting.engine.problems import InputError, Problem
from bosetting.obligations.paths import DATA_DIR, RULES_DIR

PARTS = ("rules", "data", "editor")
# The kinds of file the rules and data folders hold; anything else there (an editor's backup, a
# cache) is not copied.
_COPIED_SUFFIXES = (".yaml", ".yml", ".json", ".txt", ".csv", ".xlsx", ".md")

EDITOR_FILES: dict[str, dict[str, object]] = {
    ".vscode/extensions.json": {"recommendations": ["redhat.vscode-yaml"]},
    ".vscode/settings.json": {
        # For a rule file that lacks its `# yaml-language-server: $schema=` first line.
        "yaml.schemas": {
            "./rules/schema/obligations.schema.json": "rules/obligations/*.y*ml",
            "./rules/schema/goals.schema.json": "rules/goals/*.y*ml",
            "./rules/schema/criteria.schema.json": "rules/criteria/*.y*ml",
        },
        # The loader refuses tabs and anything but UTF-8.
        "[yaml]": {"editor.insertSpaces": True, "editor.tabSize": 2, "files.encoding": "utf8"},
    },
}


def editor_file_text(name: str) -> str:
    return json.dumps(EDITOR_FILES[name], ensure_ascii=False, indent=2) + "\n"


def _folder_files(folder: Path, name: str) -> dict[str, Path]:
    files = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith((".", "__")) for part in relative.parts):
            continue
        if path.is_file() and path.suffix in _COPIED_SUFFIXES:
            files[f"{name}/{relative.as_posix()}"] = path
    return files


def starter_files(parts: Iterable[str] = PARTS) -> dict[str, bytes]:
    """What `bosetting init` writes: relative name -> bytes, for the chosen parts."""
    files: dict[str, bytes] = {}
    chosen = set(parts)
    if "rules" in chosen:
        files.update({name: path.read_bytes() for name, path in _folder_files(RULES_DIR, "rules").items()})
    if "data" in chosen:
        files.update({name: path.read_bytes() for name, path in _folder_files(DATA_DIR, "data").items()})
    if "editor" in chosen:
        files.update({name: editor_file_text(name).encode("utf-8") for name in EDITOR_FILES})
    return files


def write_new_files(target: Path, files: Mapping[str, bytes]) -> None:
    """Create every file under `target`, or none: refuses if any of them exists already."""
    clashes: dict[str, list[str]] = {}
    for name in sorted(files):
        if (target / name).exists() or (target / name).is_symlink():
            clashes.setdefault(name.split("/")[0], []).append(name)
    if clashes:
        raise InputError([
            Problem(str(target / top), 0, 0, f"{len(names)} of the files to write exist already "
                    f"(for example {names[0]}); bosetting init never overwrites anything: choose a new folder, "
                    "or move this one aside") for top, names in clashes.items()])
    created_files: list[Path] = []
    created_dirs: list[Path] = []
    try:
        for name, content in sorted(files.items()):
            path = target / name
            missing = [p for p in (path.parent, *path.parent.parents) if not p.exists()]
            for folder in reversed(missing):
                folder.mkdir()
                created_dirs.append(folder)
            with open(path, "xb") as handle:  # "x": fails instead of replacing a file created meanwhile
                created_files.append(path)
                handle.write(content)
    except BaseException:
        for path in reversed(created_files):
            path.unlink(missing_ok=True)
        for folder in reversed(created_dirs):
            try:
                folder.rmdir()
            except OSError:
                pass  # something else was put in it meanwhile: not ours to remove
        raise
