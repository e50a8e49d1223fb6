"""Pausing Python's cyclic garbage collector around work that makes many objects and no reference cycles.

Each collection walks the objects made since the last one, and a full one walks everything alive: while a
data folder is read, a cache entry unpickled or findings written by the ten thousand, it would only walk the
new records again and again and free nothing. Reference counting still frees what is dropped.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """The collector paused inside the block, and enabled again after it if it was enabled before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def no_cyclic_gc_then_frozen() -> Iterator[None]:
    """`no_cyclic_gc`, and everything the collector tracks frozen (gc.freeze) when the block succeeds, before the
    collector runs again: for data a command reads once and keeps to its end, and unfreezes then (gc.unfreeze).

    Enabled again after a pause, the collector's first collection would walk everything made in it; frozen, what
    the block made is never walked, and the count of new objects starts again from nothing."""
    with no_cyclic_gc():
        yield
        gc.freeze()
