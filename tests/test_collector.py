"""engine.collector.no_cyclic_gc: the collector paused inside the block, and left as it was found after it."""

from __future__ import annotations

import gc

import pytest

from bosetting.engine.collector import no_cyclic_gc


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
