"""The cycle collector pause used by batch scoring restores the collector on every exit."""

from __future__ import annotations

import gc

import pytest

from perfdesk.core.batch import cycle_collector_paused


def test_the_collector_is_paused_inside_and_running_again_after():
    assert gc.isenabled()
    with cycle_collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_runs_again_after_an_error_inside():
    with pytest.raises(ValueError), cycle_collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_collector_paused_by_the_caller_stays_paused():
    gc.disable()
    try:
        with cycle_collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_objects_made_during_the_pause_are_looked_at_once_when_it_ends():
    before = gc.get_stats()[0]["collections"]
    with cycle_collector_paused():
        keep = [[i] for i in range(5000)]  # more than the young generation's threshold
        assert gc.get_stats()[0]["collections"] == before
    assert gc.get_stats()[0]["collections"] == before + 1
    assert len(keep) == 5000
