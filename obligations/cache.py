"""A cache in the user's cache folder, for results that are slow to build and quick to check.

Each entry is one file holding the key it was built for, a SHA-256 digest of its payload and the
payload (a pickle). An entry is used only when its key is the one asked for and its digest
matches; anything else (another key, a truncated or altered file, a payload that does not
unpickle into the expected type) is rebuilt and written anew, never trusted. A cache that
cannot be read or written costs only the time to build: nothing fails because of it.

Where: `$BOSETTING_CACHE_DIR` if set; else the platform's user cache folder
(`$XDG_CACHE_HOME/bosetting` or `~/.cache/bosetting` on Linux and other Unix systems,
`~/Library/Caches/bosetting` on macOS, `%LOCALAPPDATA%\\bosetting\\Cache` on Windows).
`BOSETTING_NO_CACHE=1` turns it off.

A pickle runs code when it is loaded, so an entry is read only from a folder and file owned by
this user that nobody else may write to; whoever can write there can already run code as the
user (through the shell's start-up files, say).
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from bosetting import engine, obligations
from bosetting.engine.collector import no_cyclic_gc

CACHE_DIR_ENV = "BOSETTING_CACHE_DIR"
NO_CACHE_ENV = "BOSETTING_NO_CACHE"
APP_NAME = "bosetting"
_MAGIC = b"bosetting-cache 1\n"

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The folder the cache uses, or None when it is turned off or no user folder can be found."""
    if os.environ.get(NO_CACHE_ENV, "") not in ("", "0"):
        return None
    chosen = os.environ.get(CACHE_DIR_ENV, "")
    if chosen:
        return Path(chosen)
    try:
        home = Path.home()
    except RuntimeError:  # no HOME and no password entry
        return None
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        return Path(local) / APP_NAME / "Cache" if local else None
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / APP_NAME
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".cache"  # the XDG spec ignores relative paths
    return base / APP_NAME


def digest(parts: Iterable[bytes | str]) -> str:
    """One SHA-256 over the parts, each length-prefixed so that no two lists of parts give the same bytes."""
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)
    return hasher.hexdigest()


def cached(name: str, key: str, build: Callable[[], T], kind: type[T]) -> tuple[T, str]:
    """The value cached as `name` when it was built for `key`, else `build()` (then stored).

    `key` is a `digest` of everything the value depends on. Returns the value and how it was got:
    'hit', 'built' (and stored, when the folder can be written), or 'off' (the cache is turned off).
    """
    assert len(key) == 64, "the key is a digest()"
    folder = cache_dir()
    if folder is None:
        return build(), "off"
    path = folder / f"{name}.pickle"
    value = _read(path, key, kind)
    if value is not None:
        return value, "hit"
    value = build()
    _write(folder, path, key, value)
    return value, "built"


def cached_reading(kind: str, shown_as: str, file_bytes: bytes, depends_on: Sequence[bytes | str],
                   read: Callable[[], T], result: type[T]) -> T:
    """What reading a file as `kind` gives (its records and problems), from the cache when these bytes, shown
    under this name, were read so by this code before; `depends_on`: whatever else the reading depends on (the
    specification or schema it is checked against, the folder's year). `kind` is a plain word: it names the
    entry, one per kind and name shown."""
    key = digest([kind, code_version(), shown_as, *depends_on, file_bytes])
    value, _how = cached(f"{kind}-{digest([shown_as])[:16]}", key, read, result)
    return value


def _safe_to_read(path: Path) -> bool:
    """Owned by this user, and neither the file nor its folder writable by anyone else (POSIX)."""
    if not hasattr(os, "getuid"):
        return True
    for item in (path, path.parent):
        status = item.stat()
        if status.st_uid != os.getuid() or status.st_mode & 0o022:
            return False
    return True


def _read(path: Path, key: str, kind: type[T]) -> T | None:
    try:
        if not path.is_file() or not _safe_to_read(path):
            return None
        content = path.read_bytes()
    except OSError:
        return None
    header_end = len(_MAGIC) + 2 * (64 + 1)
    if not content.startswith(_MAGIC) or len(content) < header_end:
        return None
    stored_key, stored_digest = content[len(_MAGIC):header_end].decode("ascii", "replace").split("\n")[:2]
    payload = content[header_end:]
    if stored_key != key or stored_digest != hashlib.sha256(payload).hexdigest():
        return None
    try:
        with no_cyclic_gc():  # unpickling makes many small containers; a collection in between would only walk them
            value = pickle.loads(payload)
    except Exception:  # noqa: BLE001 - a payload that does not load is a corrupt entry: rebuild it
        return None
    return value if isinstance(value, kind) else None


def _write(folder: Path, path: Path, key: str, value: object) -> None:
    """Write the entry beside its place, then move it there, so a reader never sees half of it."""
    import tempfile  # only when an entry is written: a review from a warm cache writes none

    try:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_MAGIC + f"{key}\n{hashlib.sha256(payload).hexdigest()}\n".encode("ascii") + payload)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except Exception:  # noqa: BLE001 - a cache that cannot be written (full disk, no permission) is only slower
        return


@functools.cache
def code_version() -> str:
    """A digest that changes when this program's source (engine, obligations), the Python version or the
    libraries that read and validate rule files and registers change; cached results built by other code are
    stale.

    A source file counts as changed when its size or modification time does: the test Python itself
    makes before it runs a module's compiled bytecode, and a tenth of the time of reading every file.
    """
    def stamps() -> Iterator[str]:
        for package in (engine, obligations):
            folder = os.path.dirname(str(package.__file__))
            yield from _source_stamps(folder, os.path.basename(folder) + "/")
        yield sys.version
        for library in ("yaml", "jsonschema", "referencing", "jsonschema_specifications"):
            yield f"{library} {library_stamp(library)}"
    return digest(stamps())


def _source_stamps(folder: str, shown: str) -> Iterator[str]:
    """'<path> <size> <mtime>' of each .py file under `folder`, in name order (os.scandir: no Path objects)."""
    with os.scandir(folder) as found:
        entries = sorted(found, key=lambda entry: entry.name)
    for entry in entries:
        if entry.is_dir():
            if entry.name != "__pycache__":
                yield from _source_stamps(entry.path, f"{shown}{entry.name}/")
        elif entry.name.endswith(".py"):
            status = entry.stat()
            yield f"{shown}{entry.name} {status.st_size} {status.st_mtime_ns}"


def library_stamp(name: str) -> str:
    """Where a library is installed and when its files were written, found without importing it."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        return "absent"
    status = os.stat(spec.origin)
    return f"{spec.origin} {status.st_size} {status.st_mtime_ns}"
