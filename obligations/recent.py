"""Keeping the few most recently used results of a long session (the criteria's evaluations, the workbench's
checked drafts): what a what-if session comes back to is not worked out again, and memory stays flat however
many variants are tried."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

# How many results to keep unless told: a what-if session comes back to the last few.
KEPT = 16


def recent(cache: OrderedDict[K, V], key: K, make: Callable[[], V], limit: int = KEPT) -> V:
    """The cached value for key, made when missing; only the `limit` most recently used are kept."""
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    value = cache[key] = make()
    while len(cache) > limit:
        cache.popitem(last=False)
    return value
