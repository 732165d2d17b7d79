"""PySide6 6.12.0 releases a reference to ``None`` on every call of a method returning nothing; the GUI package
gives ``None``, ``True`` and ``False`` room enough that a long session (or the test suite) never uses it up."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
calls = sys.getrefcount(None) + 20000  # more calls than None has references in this process
if sys.argv[1] == "guarded":
    import perfdesk.gui  # noqa: F401 - keeps the singletons alive
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(calls):
    label.setText("绩效通")
print("survived")
"""


def _run(mode: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, timeout=120)


def test_with_the_gui_package_imported_many_calls_do_not_kill_the_interpreter():
    result = _run("guarded")
    assert result.returncode == 0 and "survived" in result.stdout, result.stderr[-500:]


def test_the_fault_is_still_there_without_the_guard_or_this_module_can_go():
    """When this fails, the pinned PySide6 no longer has the fault: remove perfdesk/gui/singletons.py."""
    if sys.version_info >= (3, 12):
        return  # immortal singletons: nothing to guard
    result = _run("bare")
    assert result.returncode != 0 and "dealloc" in result.stderr
