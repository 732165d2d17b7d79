"""Keep ``None``, ``True`` and ``False`` alive under PySide6 6.12.0.

PySide6 6.12.0 (shiboken6 6.12.0) drops one reference to the object a wrapped method returns when that object is
``None`` (every method returning ``void``: ``setText``, ``show``, ``processEvents``, ``click`` …) and, for some
methods, ``True``/``False``. Measured here: 1,000 calls of ``QLabel.setText`` lower ``sys.getrefcount(None)`` by
1,000; PySide6 6.11.3 does not. On Python 3.11 these singletons are ordinary counted objects, so after some
thousands of calls their count reaches zero and the interpreter aborts ("Fatal Python error: none_dealloc" or
"bool_dealloc") — in the middle of a long session or when the test suite ends. Python 3.12 makes them immortal;
on 3.11 :func:`keep_alive` gives them a reference count no session can use up (2**40 releases), which is what
immortality amounts to. Remove this module when the pinned PySide6 no longer has the fault
(``tests/gui/test_singletons.py`` measures it).
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40
_done = False


def keep_alive() -> None:
    """Once per process, before any Qt call; does nothing where the singletons are immortal (Python ≥ 3.12)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += HEADROOM  # ob_refcnt is a PyObject's first field
    _done = True
