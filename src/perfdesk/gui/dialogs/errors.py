"""Error dialogs: user errors listed with their location; unexpected errors logged with details."""

from __future__ import annotations

import datetime as dt
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from perfdesk.core.db.faults import explain
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.paths import default_data_dir


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ErrorDialog", "PerfDesk"))
    if isinstance(exc, UserErrors):
        box.setText(translate("ErrorDialog", "Nothing was changed. Please correct these problems and try again:"))
        box.setDetailedText("\n".join(str(e) for e in exc.errors))
        box.setInformativeText("\n".join(str(e) for e in exc.errors[:8]))
    else:
        box.setText(explain(exc) or str(exc) or exc.__class__.__name__)
    box.exec()


def log_crash(exc_type, exc, tb) -> str:  # type: ignore[no-untyped-def]
    """Write an unexpected error to ``crash.log`` in the data folder; returns the text."""
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    try:
        folder = default_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / "crash.log", "a", encoding="utf-8") as fh:
            fh.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    except OSError:
        pass
    return text


def show_crash(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
    text = log_crash(exc_type, exc, tb)
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("ErrorDialog", "PerfDesk"))
    box.setText(translate("ErrorDialog", "An unexpected error occurred. Your saved data is safe; the last action may not have "
                   "been completed. The details were written to crash.log in the data folder."))
    box.setDetailedText(text)
    box.exec()
