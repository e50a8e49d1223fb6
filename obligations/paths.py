"""Where the project's own files are: rules, schemas, the agreement, the bundled data, the features.

This module is the one place that knows. Installed from a wheel, the files are package data of
`bosetting` (pyproject.toml ships the top-level folders rules/, data/ and features/ as
bosetting/rules, bosetting/data and bosetting/features) and are found beside the package's `__init__`.
In a checkout, or an editable install of one, they are the top-level folders themselves. A
command's `--rules` or `--data` always takes precedence over these defaults.
"""

from __future__ import annotations

from pathlib import Path

import bosetting

# The source checkout this module runs from: tests/ and docs/ live there. In an installed wheel it
# is site-packages, which holds neither; only the tests use it.
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _files_root() -> Path:
    """The folder that holds rules/, data/ and features/: the installed package's copy, or the checkout."""
    # The package's folder, as importlib.resources.files("bosetting") gives it for a package on disk (from a zip
    # file, neither is a folder that holds rules/). Importing importlib.resources cost about 1 ms of every start.
    packaged = Path(bosetting.__file__).parent
    if (packaged / "rules").is_dir():
        return packaged.resolve()
    return PROJECT_ROOT


FILES_ROOT = _files_root()
RULES_DIR = FILES_ROOT / "rules"
SCHEMA_DIR = RULES_DIR / "schema"
AGREEMENT_FILE = RULES_DIR / "sources" / "samarbeidsavtale-2026-2029.txt"
DATA_DIR = FILES_ROOT / "data"
# The published schemas of the outputs and of the registers written by hand (docs/schema/ in a checkout,
# bosetting/schema in a wheel): the referat register is checked against its schema when it is read.
DOCUMENT_SCHEMA_DIR = FILES_ROOT / "schema" if (FILES_ROOT / "schema").is_dir() else PROJECT_ROOT / "docs" / "schema"
FEATURES_DIR = FILES_ROOT / "features"


def shown_path(path: str | Path) -> str:
    """A path as outputs show it: relative to FILES_ROOT when it is inside it, so that outputs are the same
    from any checkout and from an installed wheel."""
    resolved = Path(path).resolve()
    return (resolved.relative_to(FILES_ROOT) if resolved.is_relative_to(FILES_ROOT) else Path(path)).as_posix()
