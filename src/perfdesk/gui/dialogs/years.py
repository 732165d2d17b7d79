"""File → New budget year…: pick the year and the year it continues (or none, for an empty first year), create
it through :mod:`perfdesk.core.services.years` and show what was carried."""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import years

if TYPE_CHECKING:
    from perfdesk.core.db.engine import Database

EMPTY = 0  # "from" choice: an empty year


class NewYearDialog(QDialog):
    def __init__(self, existing: list[int], parent: QWidget | None = None, *, suggested: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New budget year"))
        form = QFormLayout(self)
        self.year = QSpinBox(objectName="newYear")
        self.year.setRange(1990, 2200)
        self.year.setGroupSeparatorShown(False)
        self.year.setValue(suggested or (max(existing) + 1 if existing else 2026))
        self.source = QComboBox(objectName="newYearFrom")
        for year in sorted(existing, reverse=True):
            self.source.addItem(self.tr("{year} (carry its continuing projects and approved targets)").format(year=year),
                                year)
        self.source.addItem(self.tr("None: an empty year"), EMPTY)
        form.addRow(self.tr("Budget year"), self.year)
        form.addRow(self.tr("Continues from"), self.source)
        note = QLabel(self.tr("Continuing and multi-year projects are carried and linked to last year's; their "
                              "approved targets become drafts to revise. Budgets start at zero until the new "
                              "year's export is imported. Nothing of the earlier year changes."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, 220)

    def choice(self) -> tuple[int, int | None]:
        """(year, year to carry from or None for an empty year)."""
        source = self.source.currentData()
        return self.year.value(), (None if source == EMPTY else source)


def create_year(db: Database, year: int, from_year: int | None) -> years.NewYearSummary:
    """The operation: an empty year (``from_year`` None) or a year carried from ``from_year``. Raises UserErrors."""
    with UnitOfWork(db.sessions, user=getpass.getuser()) as uow:
        if from_year is None:
            years.create_year(uow, year)
            summary = years.NewYearSummary(year, None)
        else:
            summary = years.new_year(uow, year, from_year=from_year)
        uow.commit()
    return summary


def ask_and_create(parent: QWidget, db: Database, existing: list[int]) -> years.NewYearSummary | None:
    """Show the dialog, create the year, say what happened; None when cancelled or refused."""
    from PySide6.QtWidgets import QMessageBox

    dialog = NewYearDialog(existing, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        summary = create_year(db, *dialog.choice())
    except UserErrors as exc:
        QMessageBox.warning(parent, dialog.windowTitle(), str(exc))
        return None
    lines = summary.lines()
    QMessageBox.information(parent, dialog.windowTitle(), "\n".join(lines[:30] + (["…"] if len(lines) > 30 else [])))
    return summary
