"""One background worker for database work; results come back on the main thread.

``run_task(fn, on_done, on_error)`` runs ``fn(progress)`` on the single worker thread (SQLite has one
writer); a progress dialog appears only if the work takes longer than ~600 ms, and Cancel raises
:class:`perfdesk.core.progress.Cancelled` inside the work. ``offer_to_open`` ends work that wrote a file. Tests set ``Tasks.inline = True`` to run inline.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from perfdesk.core.i18n import translate
from perfdesk.core.progress import Cancelled


class _Signals(QObject):
    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Callable[[float, str], None]], Any], signals: _Signals):
        super().__init__()
        self.fn, self.signals, self.cancelled = fn, signals, False

    def report(self, fraction: float, message: str = "") -> None:
        if self.cancelled:
            raise Cancelled()
        self.signals.progress.emit(fraction, message)

    def run(self) -> None:
        try:
            result = self.fn(self.report)
        except BaseException as exc:  # noqa: BLE001 - delivered to the main thread
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


class Tasks:
    inline = False
    _pool: QThreadPool | None = None

    @classmethod
    def pool(cls) -> QThreadPool:
        if cls._pool is None:
            cls._pool = QThreadPool()
            cls._pool.setMaxThreadCount(1)
        return cls._pool


def run_task(parent: QWidget | None, fn: Callable[[Callable[[float, str], None]], Any],
             on_done: Callable[[Any], None], on_error: Callable[[BaseException, str], None] | None = None,
             title: str = "", cancellable: bool = True, busy: bool = False) -> None:
    """``busy``: the work cannot say how far it is (a migration): a moving bar instead of a percentage."""
    on_error = on_error or (lambda exc, tb: _show_error(parent, exc))
    if Tasks.inline:
        try:
            result = fn(lambda f, m="": None)
        except BaseException as exc:  # noqa: BLE001
            on_error(exc, traceback.format_exc())
        else:
            on_done(result)
        return
    # Owned by the application, deleted on the main thread once its last signal is delivered: a Python-owned
    # QObject would be deleted by whichever thread drops the last reference — the worker's, when the pool
    # destroys the finished job — while its queued signals still wait in the main thread's event queue.
    signals = _Signals(QCoreApplication.instance())
    job = _Job(fn, signals)
    dialog = QProgressDialog(title, translate("Tasks", "Cancel"), 0, 1000, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(600)
    if not cancellable:  # e.g. a migration: stopping half-way would help nobody
        dialog.setCancelButton(None)
    if busy:
        dialog.setRange(0, 0)
    dialog.setAutoClose(False)
    dialog.setValue(0)

    def cancel() -> None:
        job.cancelled = True

    def finish() -> None:
        signals.deleteLater()
        if isValid(dialog):  # the page that started the work may be gone
            dialog.reset()
            dialog.deleteLater()

    def show_progress(fraction: float, message: str) -> None:
        if isValid(dialog):
            if not busy:
                dialog.setValue(int(fraction * 1000))
            dialog.setLabelText(message or title)

    dialog.canceled.connect(cancel)
    signals.progress.connect(show_progress)
    signals.done.connect(lambda r: (finish(), on_done(r)))
    signals.failed.connect(lambda e, tb: (finish(), None if isinstance(e, Cancelled) else on_error(e, tb)))
    job.signals = signals  # keep the signals object alive as long as the job
    Tasks.pool().start(job)
    QTimer.singleShot(0, lambda: None)


def offer_to_open(parent: QWidget | None, path: Path, message: str) -> str:
    """Tell that ``path`` was written and offer to open it or the folder holding it; returns what was chosen
    ("file", "folder" or "")."""
    box = QMessageBox(QMessageBox.Icon.Information, translate("Tasks", "Done"), message,
                      QMessageBox.StandardButton.Close, parent)
    open_file = box.addButton(translate("Tasks", "Open the file"), QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(translate("Tasks", "Open the folder"), QMessageBox.ButtonRole.ActionRole)
    box.exec()
    chosen = "file" if box.clickedButton() is open_file else "folder" if box.clickedButton() is open_folder else ""
    if chosen:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path if chosen == "file" else path.parent)))
    return chosen


def _show_error(parent: QWidget | None, exc: BaseException) -> None:
    from perfdesk.gui.dialogs.errors import show_error

    show_error(parent, exc)
