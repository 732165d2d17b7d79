"""Pick indicators from the library for a target: the library browser limited to the project's sector plus the
common (共性) entries valid in the project's budget year; several rows may be chosen at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from perfdesk.core.db.engine import Database
from perfdesk.gui.widgets.library_browser import LibraryBrowser


class LibraryPickerDialog(QDialog):
    def __init__(self, db: Database, sector: str, year: int | None,
                 on_pick: Callable[[list[dict[str, Any]]], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indicators from the library"))
        self.on_pick = on_pick
        self.browser = LibraryBrowser(self, multi=True)
        self.browser.set_database(db, year, fixed_sector=sector)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.insert = QPushButton(self.tr("Insert selected"))
        self.insert.setObjectName("pickerInsert")
        self.insert.setDefault(True)
        buttons.addButton(self.insert, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept_selection)
        buttons.rejected.connect(self.reject)
        self.browser.table.doubleClicked.connect(lambda _i: self.accept_selection())
        self.browser.selectionChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(1100, 640)
        self._enable()

    def _enable(self) -> None:
        n = len(self.browser.selected_rows())
        self.insert.setEnabled(n > 0)
        self.insert.setText(self.tr("Insert {n} selected").format(n=n) if n else self.tr("Insert selected"))

    def accept_selection(self) -> None:
        rows = self.browser.selected_rows()
        if rows:
            self.on_pick(rows)
            self.accept()
