"""Error dialogs: user errors listed with their location; unexpected errors logged with details."""

from __future__ import annotations

import datetime as dt
import tempfile
import traceback
from pathlib import Path

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


def crash_log_candidates() -> list[Path]:
    """Where ``crash.log`` goes: the data folder, or the temporary folder when that cannot be written."""
    return [default_data_dir() / "crash.log", Path(tempfile.gettempdir()) / "PerfDesk-crash.log"]


def log_crash(exc_type, exc, tb) -> tuple[str, Path | None]:  # type: ignore[no-untyped-def]
    """Write an unexpected error to the first writable crash log; returns the text and the file written."""
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    for path in crash_log_candidates():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "a", encoding="utf-8") as fh:
                fh.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n{text}\n")
        except OSError:
            continue
        return text, path
    return text, None


def crash_message(path: Path | None) -> str:
    lead = translate("ErrorDialog", "An unexpected error occurred. Your saved data is safe; the last action may not "
                                    "have been completed.")
    if path is None:
        return lead + "\n" + translate("ErrorDialog", "The details could not be saved to a file: please copy them "
                                                      "from the box below and send them to support.")
    return lead + "\n" + translate("ErrorDialog", "The details were written to {path}; please send that file to "
                                                  "support.").format(path=path)


def show_crash(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
    text, path = log_crash(exc_type, exc, tb)
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("ErrorDialog", "PerfDesk"))
    box.setText(crash_message(path))
    box.setDetailedText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    opener = None
    if path is not None:
        opener = box.addButton(translate("ErrorDialog", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if opener is not None and box.clickedButton() is opener:
        open_folder(path.parent)


def open_folder(folder: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
