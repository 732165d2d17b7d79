"""Ledger dialogs: a new rectification item, and closing (销号) with date and evidence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from perfdesk.core.rules.ledger import closing_problems


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
    """Closing (销号): the date (not after today) and the evidence, an attached file or a written account of the
    minimum length. OK is refused with the reasons shown until both are right (the service checks again)."""

    def __init__(self, today: dt.date, *, created_on: dt.date, attachments: int, min_chars: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the item (销号)"))
        self.today, self.created_on, self.stored, self.min_chars = today, created_on, attachments, min_chars
        self.files: list[Path] = []
        self.closed_on = _date_edit(today)
        self.closed_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.evidence = QPlainTextEdit()
        self.evidence.setObjectName("closingEvidence")
        self.evidence.setPlaceholderText(self.tr("What was done and which document shows it"))
        self.attached = QLabel()
        self.attached.setObjectName("closingFiles")
        attach = QPushButton(self.tr("Attach files…"))
        attach.setObjectName("closingAttach")
        attach.clicked.connect(self._attach_clicked)
        hint = QLabel(self.tr("Evidence: attach a file, or write an account of at least {n} characters.").format(
            n=min_chars))
        hint.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("closingProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #C00000")
        self.form.addRow(self.tr("Closed on"), self.closed_on)
        self.form.addRow(self.tr("Evidence"), self.evidence)
        self.form.addRow(self.attached, attach)
        self.form.addRow(hint)
        self.form.addRow(self.problems)
        self._buttons()
        self._show_files()

    def _attach_clicked(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Evidence files"))
        self.add_files([Path(f) for f in files])

    def add_files(self, files: list[Path]) -> None:
        self.files += files
        self._show_files()

    def _show_files(self) -> None:
        self.attached.setText(self.tr("Evidence files: {n}").format(n=self.stored + len(self.files)))

    def accept(self) -> None:
        closed_on, evidence = self.values()
        problems = closing_problems(closed_on=closed_on, today=self.today, created_on=self.created_on,
                                    evidence=evidence, attachments=self.stored + len(self.files),
                                    min_chars=self.min_chars)
        self.problems.setText("\n".join(problems))
        if not problems:
            super().accept()

    def values(self) -> tuple[dt.date, str]:
        return _value(self.closed_on), self.evidence.toPlainText()
