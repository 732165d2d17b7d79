"""Helpers for batch work in the core (scoring thousands of self-evaluations at once)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a batch builds many long-lived objects that form no reference cycles.

    Every 700 new objects the collector looks at the young ones, and whenever the survivors have grown by a quarter
    it walks every object of the process: a batch that keeps 100,000 new objects (scoring a city's 2,000
    self-evaluations) pays for several walks of the whole heap that find nothing to free — a third of the time
    of scoring (bench/scoring.py). Paused, the young generation is collected once at the end, inside the batch's
    time; nothing else changes (objects are freed by reference counting as always). Restored on any exit; a
    collector already paused by the caller is left paused.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)
