"""The distribution's own import name.

The code is `bosetting.engine` (the folder engine/) and `bosetting.obligations` (obligations/), mapped
there by pyproject.toml's `package-dir`: the distribution installs no top-level name but its own.
Installed from a wheel, this package also holds the project's files that the code reads: the
top-level folders `rules/`, `data/` and `features/` are shipped inside it as `bosetting/rules`,
`bosetting/data` and `bosetting/features`, and `docs/schema/` as `bosetting/schema` (pyproject.toml
maps them there with `package-dir`).
`obligations.paths` is the one place that finds them, in a checkout or installed.
"""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`bosetting.__version__`, looked up only when asked for.

    Importing importlib.metadata and scanning the installed distributions cost about 30 ms of every
    command's start, and no command needs the version to run.
    """
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("bosetting")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown"
