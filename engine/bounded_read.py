"""Reading an input file only when it is within its size bound, and never more than the bound.

The size is checked with `stat` before a byte is read or hashed, so a 300 MB file over a 200 MB bound
costs no memory; and no more than the bound is ever read, so a file that grows while it is read, or a
device that never ends (/dev/zero), stops at the bound too.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from bosetting.engine.problems import InputError, Problem

_CHUNK = 1024 * 1024


def too_large(path: Path, display: str, max_bytes: int) -> Problem | None:
    """A problem when the file is over `max_bytes` (by `stat`, without reading it), else None."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return Problem(display, 0, 0, f"cannot read the file: {exc.strerror}")
    if size > max_bytes:
        return Problem(display, 0, 0, f"the file is {size} bytes; the limit is {max_bytes} bytes")
    return None


def read_bounded(path: Path, display: str, max_bytes: int) -> bytes:
    """The bytes of `path`; InputError when it is over `max_bytes` or cannot be read."""
    if (problem := too_large(path, display, max_bytes)) is not None:
        raise InputError([problem])
    try:
        with open(path, "rb") as handle:
            expected = min(os.fstat(handle.fileno()).st_size, max_bytes)
            raw = handle.read(expected + 1)  # what stat says, and one byte to notice a file that grew
            if len(raw) > expected:  # it grew, or it is a device or pipe that stat cannot size
                chunks = [raw]
                size = len(raw)
                while size <= max_bytes and (chunk := handle.read(min(_CHUNK, max_bytes + 1 - size))):
                    chunks.append(chunk)
                    size += len(chunk)
                raw = b"".join(chunks)
    except OSError as exc:
        raise InputError([Problem(display, 0, 0, f"cannot read the file: {exc.strerror}")]) from None
    if len(raw) > max_bytes:
        raise InputError([Problem(display, 0, 0, f"the file is larger than the limit of {max_bytes} bytes")])
    return raw


def sha256_of(path: Path, max_bytes: int) -> str:
    """The SHA-256 of the file's bytes, read in chunks (never the whole file at once), up to `max_bytes`."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        left = max_bytes + 1
        while left > 0 and (chunk := handle.read(min(_CHUNK, left))):
            digest.update(chunk)
            left -= len(chunk)
    if left <= 0:
        raise OSError(f"the file grew past the limit of {max_bytes} bytes while it was read")
    return digest.hexdigest()
