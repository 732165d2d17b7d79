"""Ledger dialogs: a new rectification item, and closing (销号) with date and evidence."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _value(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class _Form(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = QFormLayout(self)

    def _buttons(self) -> None:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.form.addRow(box)


class NewItemDialog(_Form):
    def __init__(self, units: list[tuple[int, str]], deadline: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New rectification item"))
        self.unit = QComboBox()
        for uid, name in units:
            self.unit.addItem(name, uid)
        self.problem = QPlainTextEdit()
        self.measure = QPlainTextEdit()
        self.deadline = _date_edit(deadline)
        self.form.addRow(self.tr("Unit responsible"), self.unit)
        self.form.addRow(self.tr("Problem"), self.problem)
        self.form.addRow(self.tr("Measure"), self.measure)
        self.form.addRow(self.tr("Deadline"), self.deadline)
        self._buttons()

    def values(self) -> dict[str, object]:
        return {"unit_id": self.unit.currentData(), "problem": self.problem.toPlainText(),
                "measure": self.measure.toPlainText(), "deadline": _value(self.deadline)}


class CloseDialog(_Form):
    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the item (销号)"))
        self.closed_on = _date_edit(today)
        self.evidence = QPlainTextEdit()
        self.evidence.setPlaceholderText(self.tr("What shows the problem is rectified (documents, files attached)"))
        self.form.addRow(self.tr("Closed on"), self.closed_on)
        self.form.addRow(self.tr("Evidence"), self.evidence)
        self._buttons()

    def values(self) -> tuple[dt.date, str]:
        return _value(self.closed_on), self.evidence.toPlainText()
