"""Audit log area (auditor): every change, login, import, export, backup and restore, filtered; the chain
verified; the filtered entries exported for Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import audit
from perfdesk.gui.pages.base import Page, PageContext
from perfdesk.gui.widgets.flow import flow_of


class AuditPage(Page):
    page_key = "audit"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: PageContext | None = None
        self.quiet = False
        self.last_message = ""
        self.user = QLineEdit()
        self.user.setObjectName("auditUser")
        self.user.setPlaceholderText(self.tr("User"))
        self.action = QLineEdit()
        self.action.setObjectName("auditAction")
        self.action.setPlaceholderText(self.tr("Action, e.g. login"))
        self.text = QLineEdit()
        self.text.setObjectName("auditText")
        self.text.setPlaceholderText(self.tr("Text in the details"))
        self.dated = QCheckBox(self.tr("From"))
        self.since, self.until = QDateEdit(), QDateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
        self.since.setDate(QDate.currentDate().addMonths(-1))
        filters = QHBoxLayout()
        for widget in (self.user, self.action, self.text, self.dated, self.since, QLabel(self.tr("to")), self.until):
            filters.addWidget(widget)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Time"), self.tr("User"), self.tr("Action"),
                                              self.tr("Details")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status = QLabel()
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        buttons = []
        for key, text, slot in (("show", self.tr("Show"), self.refresh), ("verify", self.tr("Verify the chain"), self.verify),
                                ("export", self.tr("Export…"), self.export)):
            button = QPushButton(text)
            button.setObjectName(f"audit_{key}")
            button.clicked.connect(lambda _checked=False, s=slot: s())
            buttons.append(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(flow_of(*buttons))

    def set_context(self, ctx: PageContext) -> None:
        self.ctx = ctx
        self.refresh()

    def current_filter(self) -> audit.AuditFilter:
        dated = self.dated.isChecked()
        return audit.AuditFilter(user=self.user.text().strip(), action=self.action.text().strip(),
                                 text=self.text.text().strip(),
                                 since=self.since.date().toPython() if dated else None,
                                 until=self.until.date().toPython() if dated else None)

    def refresh(self) -> None:
        if self.ctx is None:
            return
        try:
            with self.ctx.db.sessions() as session:
                rows = audit.entries(session, self.current_filter(), limit=2000)
        except UserErrors as exc:
            self.table.setRowCount(0)
            self.status.setText(str(exc))
            return
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (row["seq"], f"{row['at']:%Y-%m-%d %H:%M:%S}", row["user"], row["action"],
                      audit.details_text(row["details"]))
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(str(value)))
        self.status.setText(self.tr("{n} entries shown.").format(n=len(rows)))

    def verify(self) -> None:
        assert self.ctx is not None
        try:
            with self.ctx.db.sessions() as session:
                breaks = audit.verify(session)
        except UserErrors as exc:
            self._say(str(exc))
            return
        if breaks:
            self._say(self.tr("The audit log was tampered with:") + "\n" + "\n".join(audit.problems_text(breaks)))
        else:
            self._say(self.tr("The audit log is intact: no entry was changed, deleted or inserted."))

    def export(self, path: Path | None = None) -> None:
        assert self.ctx is not None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit log"), "audit.csv",
                                                  self.tr("CSV (*.csv)"))
            if not name:
                return
            path = Path(name)
        try:
            with self.ctx.db.sessions() as session:
                n = audit.export(session, path, self.current_filter())
        except (UserErrors, OSError) as exc:
            self._say(str(exc))
            return
        self._say(self.tr("{n} entries written to {path}").format(n=n, path=path))
        self.refresh()

    def _say(self, text: str) -> None:
        self.last_message = text
        self.status.setText(text)
        if not self.quiet:
            QMessageBox.information(self, self.tr("Audit log"), text)


PAGE = AuditPage
