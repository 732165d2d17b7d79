"""Answering a modal dialog in a test: ``answer(qtbot, fill)`` arms a timer that waits for the next modal dialog,
calls ``fill(dialog)`` (which clicks its real buttons), and fails the test if no dialog came."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton


def answer(fill: Callable[[Any], None], *, tries: int = 100) -> list[Any]:
    """Call ``fill(dialog)`` on the next modal dialog to appear; returns a list that receives the dialog."""
    seen: list[Any] = []

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog not in seen:
            seen.append(dialog)
            fill(dialog)
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))
    return seen


def click_ok(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def click(dialog: QDialog, name: str) -> None:
    dialog.findChild(QPushButton, name).click()
