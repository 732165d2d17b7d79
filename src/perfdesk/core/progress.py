"""Progress reporting and cancellation for long core operations.

A progress callback is a plain function ``progress(fraction, message)`` where ``fraction`` is in [0, 1]; it
may raise :class:`Cancelled` to stop the work (the unit of work then rolls back). The GUI adapts it to a
progress dialog; the CLI ignores it or prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Progress = Callable[[float, str], None]
T = TypeVar("T")


class Cancelled(Exception):
    """Raised from a progress callback to stop the operation."""


def no_progress(fraction: float, message: str = "") -> None:
    return None


def scaled(progress: Progress | None, start: float, end: float) -> Progress:
    """A callback reporting into the sub-range [start, end] of ``progress``."""
    target = progress or no_progress

    def report(fraction: float, message: str = "") -> None:
        target(start + (end - start) * max(0.0, min(1.0, fraction)), message)

    return report


def iterate(items: Iterable[T], total: int, progress: Progress | None, message: str = "",
            every: int = 50) -> Iterator[T]:
    """Yield ``items``, reporting progress every ``every`` items (and checking for cancellation)."""
    report = progress or no_progress
    for index, item in enumerate(items):
        if index % every == 0:
            report(index / total if total else 1.0, message)
        yield item
    report(1.0, message)
