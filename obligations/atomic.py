"""Writing a folder of outputs (or one file) all at once, or not at all, and only over what we wrote.

Files are written into a staging folder beside the target and moved into place at the
end; a failure on the way (an exception, an interrupt, a full disk) leaves the previous
output exactly as it was and no partial files behind.

The target is replaced only when it is an earlier output of the same writer: a folder that
holds the marker file written with every output (`MARKER_NAME`, which lists the files
written) and nothing that the marker does not list. A folder written before the marker
existed is recognised by holding exactly the writer's files and nothing else; an empty
folder (made for the output) is replaced too, since nothing in it can be lost. Anything
else that exists there (a data folder, a folder of documents, `.`, a plain file, a
symbolic link) is refused with `TargetRefused`, and nothing is moved or deleted.

Every folder made here honours the user's umask, like `mkdir` in a shell: colleagues on a
shared drive can open the output when the umask lets them.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

MARKER_NAME = ".bosetting-output.json"
_SHOWN_ENTRIES = 4


class TargetRefused(Exception):
    """The output target exists and is not an earlier output of this writer; nothing was changed."""


def marker_content(writer: str, names: Collection[str]) -> bytes:
    """The marker file: who wrote the folder and which files, the same bytes for the same files."""
    return (json.dumps({"written_by": writer, "files": sorted(names)}, ensure_ascii=False, indent=1) + "\n").encode()


def _listed_in_marker(folder: Path, writer: str) -> set[str] | None:
    """The files the marker in `folder` lists, or None when there is no marker of this writer."""
    marker = folder / MARKER_NAME
    if marker.is_symlink() or not marker.is_file():
        return None
    try:
        with open(marker, "rb") as handle:
            document = json.loads(handle.read(64 * 1024).decode("utf-8"))
    except (OSError, ValueError):
        return None
    files = document.get("files") if isinstance(document, dict) else None
    if document.get("written_by") != writer or not isinstance(files, list):
        return None
    return {name for name in files if isinstance(name, str) and "/" not in name and name not in ("", ".", "..")}


def _describe(entries: list[Path]) -> str:
    shown = [f"{p.name}/" if p.is_dir() and not p.is_symlink() else p.name for p in entries[:_SHOWN_ENTRIES]]
    more = len(entries) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more else "")


def check_target(target: Path, writer: str, names: Collection[str], exact: bool = True) -> None:
    """Raise TargetRefused unless `target` is absent or an earlier output of `writer` writing `names`.

    Without a marker, a folder is taken for an earlier output when it holds exactly `names`; with
    `exact=False` (for outputs whose set of files varies from run to run), when it holds nothing else.
    """
    nothing_changed = "Nothing was moved or deleted."
    elsewhere = f"give a folder name that does not exist yet, or the folder of an earlier output of {writer}"
    if target.is_symlink():
        raise TargetRefused(f"{target} is a symbolic link. {nothing_changed} To write there, {elsewhere} "
                            "itself rather than a link to it.")
    if not target.exists():
        return
    if not target.is_dir():
        raise TargetRefused(f"{target} is a file, not a folder {writer} wrote. {nothing_changed} "
                            f"Move the file away, or {elsewhere}.")
    entries = sorted(target.iterdir(), key=lambda p: p.name)
    listed = _listed_in_marker(target, writer)
    allowed = set(names) if listed is None else listed | {MARKER_NAME}
    foreign = [p for p in entries if p.name not in allowed or p.is_symlink() or not p.is_file()]
    if not entries:
        return  # an empty folder made for the output: nothing in it can be lost
    if listed is None and not foreign and (not exact or {p.name for p in entries} == set(names)):
        return  # written before the marker existed: exactly the writer's files, nothing else
    if listed is not None and not foreign:
        return
    if listed is None:
        raise TargetRefused(f"the folder {target} was not written by {writer}: it holds {_describe(entries)}. "
                            f"{nothing_changed} The output replaces the whole folder, so {elsewhere}.")
    raise TargetRefused(f"the folder {target} is an earlier output of {writer}, but it also holds "
                        f"{_describe(foreign)}, which {writer} did not write. {nothing_changed} Move "
                        f"{'it' if len(foreign) == 1 else 'them'} out of the folder (the output replaces the whole "
                        f"folder), or {elsewhere}.")


def _make_staging(parent: Path, name: str) -> Path:
    for _attempt in range(100):
        staging = parent / f".{name}.writing-{os.getpid()}-{secrets.token_hex(4)}"
        try:
            os.mkdir(staging, 0o777)  # the umask applies, as for any folder a user makes
        except FileExistsError:
            continue
        return staging
    raise FileExistsError(f"could not make a staging folder in {parent}")


def _remove_own(folder: Path, names: Collection[str]) -> None:
    """Delete the files we wrote and the folder; anything else found there stays where it is."""
    for name in (*names, MARKER_NAME):
        try:
            (folder / name).unlink()
        except FileNotFoundError:
            pass
    try:
        folder.rmdir()
    except OSError:
        pass  # something appeared in it meanwhile: it is left beside the target, hidden, not deleted


def write_folder_atomically(target: Path, files: Mapping[str, bytes], writer: str = "bosetting review",
                            exact: bool = True, unmarked_names: Collection[str] | None = None) -> None:
    """Replace `target` with a folder holding exactly `files` (file name -> bytes) and the marker.

    Raises TargetRefused, and changes nothing, when `target` is not absent or an earlier output of `writer`
    (see check_target). `unmarked_names`: the files an output written before the marker existed holds, when
    they are not the files written now (default: the same).
    """
    if any("/" in name or name in ("", ".", "..", MARKER_NAME) for name in files):
        raise ValueError(f"output file names must be plain names: {sorted(files)}")
    check_target(target, writer, files if unmarked_names is None else unmarked_names, exact)
    parent = target.absolute().parent
    parent.mkdir(parents=True, exist_ok=True)
    target = parent / target.absolute().name
    previous_names = _listed_in_marker(target, writer) if target.is_dir() else None
    staging = _make_staging(parent, target.name)
    try:
        for name, content in sorted({**files, MARKER_NAME: marker_content(writer, files)}.items()):
            with open(staging / name, "wb") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
        previous = None
        if target.exists():
            previous = parent / f".{target.name}.previous-{os.getpid()}-{secrets.token_hex(4)}"
            os.replace(target, previous)
        try:
            os.replace(staging, target)
        except BaseException:
            if previous is not None:
                os.replace(previous, target)
            raise
        if previous is not None:
            _remove_own(previous, previous_names if previous_names is not None else files)
    except BaseException:
        _remove_own(staging, files)
        raise


def check_file_target(target: Path, writer: str, is_earlier_output: Callable[[bytes], bool],
                      marker_bytes: int = 64 * 1024) -> None:
    """Raise TargetRefused unless `target` is absent or a file `writer` wrote.

    A file can carry no marker beside it, so `is_earlier_output` tells from the file's first `marker_bytes` whether
    `writer` wrote it. A symbolic link, a folder, or a file that `writer` did not write is refused.
    """
    nothing_changed = "Nothing was moved or deleted."
    if target.is_symlink():
        raise TargetRefused(f"{target} is a symbolic link. {nothing_changed} Give the file's own path, or a new "
                            "file name.")
    if not target.exists():
        return
    if not target.is_file():
        raise TargetRefused(f"{target} is a folder, not a file {writer} wrote. {nothing_changed} Give a file name.")
    with open(target, "rb") as handle:
        start = handle.read(marker_bytes)
    if not is_earlier_output(start):
        raise TargetRefused(f"the file {target} was not written by {writer}. {nothing_changed} Give a file name "
                            f"that does not exist yet, or an earlier output of {writer}.")


def write_file_atomically(target: Path, content: bytes, writer: str,
                          is_earlier_output: Callable[[bytes], bool]) -> None:
    """Replace the file `target` with `content`, whole or not at all, and only over an earlier output of `writer`
    (check_file_target; TargetRefused changes nothing). The new file honours the umask, as a file the user saves."""
    check_file_target(target, writer, is_earlier_output)
    with staged_file(target, content) as temporary:
        os.replace(temporary, target)


@contextmanager
def staged_file(target: Path, content: bytes) -> Iterator[Path]:
    """`content` written whole and synced to a new file of its own beside `target` (same folder, so a rename is
    atomic), with the mode of a file the user saves (the umask). The caller may check it and rename it over
    `target`; whatever it does not rename is removed, and no other file is ever touched."""
    parent = target.absolute().parent
    parent.mkdir(parents=True, exist_ok=True)
    handle_number, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".writing", dir=parent)
    temporary = Path(name)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(handle_number, 0o666 & ~umask)  # as an ordinary new file, not mkstemp's owner-only mode
        with os.fdopen(handle_number, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        yield temporary
    finally:
        temporary.unlink(missing_ok=True)
