"""The home page's (工作台) box of data packages (issue 19): which units have reported each stage of the year
and which are late, shown once any package was sent or received for the year."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from perfdesk.core.services.package_records import STAGES

MAX_ROWS = 12  # the late first; the window lists them all
LATE_COLOUR, DONE_COLOUR = "#C00000", "#548235"


class ExchangeBox(QGroupBox):
    openPackages = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exchangeBox")
        self.setTitle(self.tr("Data packages from the units"))
        self.summary = QLabel()
        self.summary.setObjectName("exchangeSummary")
        self.grid = QGridLayout()
        self.open_button = QPushButton(self.tr("Data packages…"))
        self.open_button.setObjectName("openPackages")
        self.open_button.clicked.connect(self.openPackages.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.grid)
        layout.addWidget(self.open_button)
        self.hide()

    def stage_names(self) -> list[str]:
        return [self.tr("Targets"), self.tr("Monitoring"), self.tr("Self-evaluations"), self.tr("Rectification")]

    def fill(self, status: Any) -> None:
        """Show ``status`` (:class:`~perfdesk.core.services.package_history.ExchangeStatus`), or hide when None."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone from the screen now, deleted when control returns to the loop
                item.widget().deleteLater()
        if status is None or not status.units:
            self.hide()
            return
        late = status.late_units
        self.summary.setText(self.tr("{sent} sent, {received} received; {late} of {n} units late on {date}.").format(
            sent=status.sent, received=status.received, late=len(late), n=len(status.units),
            date=status.as_of.isoformat()))
        for column, name in enumerate(self.stage_names(), 1):
            self.grid.addWidget(QLabel(f"<b>{name}</b>"), 0, column)
        rows = sorted(status.units, key=lambda u: -u.late)[:MAX_ROWS]
        for row, unit in enumerate(rows, 1):
            self.grid.addWidget(QLabel(f"{unit.code} {unit.name}"), row, 0)
            for column, stage in enumerate(STAGES, 1):
                self.grid.addWidget(self._cell(unit.stages[stage]), row, column)
        if len(status.units) > MAX_ROWS:
            self.grid.addWidget(QLabel(self.tr("… and {n} more units").format(n=len(status.units) - MAX_ROWS)),
                                MAX_ROWS + 1, 0)
        self.show()

    def _cell(self, report: Any) -> QLabel:
        if report.received is not None:
            label = QLabel(self.tr("received {date}").format(date=report.received.isoformat()))
            label.setStyleSheet(f"color: {DONE_COLOUR};")
        elif report.late:
            label = QLabel(self.tr("late (due {date})").format(date=report.due.isoformat()))
            label.setStyleSheet(f"color: {LATE_COLOUR}; font-weight: bold;")
        else:
            label = QLabel(self.tr("not yet") if report.due is None else
                           self.tr("due {date}").format(date=report.due.isoformat()))
        return label
