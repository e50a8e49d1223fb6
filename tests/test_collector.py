"""engine.collector: the collector paused inside a block, and left as it was found after it; what a block read to keep
is frozen when it succeeds."""

from __future__ import annotations

import gc

import pytest

from bosetting.engine.collector import no_cyclic_gc, no_cyclic_gc_then_frozen


def test_the_collector_is_paused_inside_and_enabled_again_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError), no_cyclic_gc():
        assert not gc.isenabled()
        raise ValueError("inside")
    assert gc.isenabled()


def test_a_collector_paused_before_stays_paused() -> None:
    gc.disable()
    try:
        with no_cyclic_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_a_block_made_to_keep_is_frozen_when_it_succeeds_and_not_when_it_fails() -> None:
    gc.collect()
    before = gc.get_freeze_count()
    try:
        with no_cyclic_gc_then_frozen():
            kept = [[n] for n in range(1000)]
            assert not gc.isenabled()
        assert gc.isenabled()
        assert gc.get_freeze_count() >= before + len(kept)  # the block's objects among them
        assert gc.get_count()[0] < len(kept)  # the next collection does not count them as new
        gc.unfreeze()
        with pytest.raises(ValueError), no_cyclic_gc_then_frozen():
            failed = [[n] for n in range(1000)]
            raise ValueError(f"inside, after {len(failed)} objects")
        assert gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
