"""Work started in a daemon thread now and collected later, for waits that overlap: a long call that releases
the GIL (python-calamine reading a sheet, SQLite copying a database) runs beside it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Background(Generic[T]):
    """``fn()`` running in a daemon thread; :meth:`result` waits for it and returns what it returned or raises
    what it raised. Whatever ``fn`` touches must not be used by the caller until then."""

    def __init__(self, fn: Callable[[], T], name: str = "perfdesk-background"):
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(fn,), name=name, daemon=True)
        self._thread.start()

    def _run(self, fn: Callable[[], T]) -> None:
        try:
            self._value = fn()
        except BaseException as exc:  # handed to the caller by result()
            self._error = exc

    def result(self) -> T:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]

    def wait(self) -> None:
        """Wait without asking for the result (its failure is of no interest any more)."""
        self._thread.join()
