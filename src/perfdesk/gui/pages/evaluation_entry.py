"""Self-evaluation entry: the project's approved indicators with their target values; the unit types actual values,
qualitative levels and picks, evidence and deviation analysis, and sees the score update live; then submits.
Finance approves or returns it. Manual overrides ask for a reason and print on the table.

The lines sit on the shared Excel-like grid (``evaluation_grid.EntryModel``): typing or F2 edits, Enter moves down,
Ctrl+V pastes a block from Excel, Delete clears, Ctrl+Z / Ctrl+Y undo and redo; the score follows every change.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db import queries_selfeval as Q
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.scoring.engine import EvaluationResult
from perfdesk.core.services import selfeval
from perfdesk.gui.pages.base import PageContext
from perfdesk.gui.pages.evaluation_common import fill, score_text, table, work
from perfdesk.gui.pages.evaluation_grid import EntryModel, entry_view, pick_value
from perfdesk.gui.tasks import _show_error


class EntryTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: PageContext | None = None
        self.evaluation_id: int | None = None
        self.params = ScoringParams()
        self._refused = False
        self.list = table([self.tr("Code"), self.tr("Project"), self.tr("Status"), self.tr("Score"), self.tr("Grade")])
        self.list.itemSelectionChanged.connect(self._selected)
        self.model = EntryModel(self)
        self.model.rowsEdited.connect(self._edited)
        self.model.notify = self._notify
        self.lines = entry_view(self.model)
        self.total = QLabel()
        self.total.setObjectName("selfevalTotal")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = {key: QPushButton(text) for key, text in (
            ("save", self.tr("Save")), ("override", self.tr("Set score by hand…")), ("submit", self.tr("Submit")),
            ("approve", self.tr("Approve")), ("return", self.tr("Return…")))}
        for key, handler in (("save", self.save), ("override", self.override), ("submit", self.submit),
                             ("approve", self.approve), ("return", self.send_back)):
            self.buttons[key].clicked.connect(handler)
        self._layout()

    def _layout(self) -> None:
        right = QWidget()
        box = QVBoxLayout(right)
        box.addWidget(self.total)
        box.addWidget(self.lines, 1)
        box.addWidget(self.message)
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([330, 900])
        QVBoxLayout(self).addWidget(split)

    def set_context(self, ctx: PageContext) -> None:
        self.ctx = ctx
        self.reload()

    def reload(self) -> None:
        if self.ctx is None:
            return
        with self.ctx.db.sessions() as session:
            rows = Q.evaluation_rows(session, year=self.ctx.year, unit_ids=self.ctx.unit_ids)
        fill(self.list, [[r["code"], r["name"], r["status"], r["total_final"], r["grade"]] for r in rows],
             [r["id"] for r in rows])
        if rows and self.evaluation_id not in {r["id"] for r in rows}:
            self.evaluation_id = rows[0]["id"]
        if self.evaluation_id is not None:
            self.list.blockSignals(True)
            self.list.selectRow(next(i for i, r in enumerate(rows) if r["id"] == self.evaluation_id))
            self.list.blockSignals(False)
            self.open(self.evaluation_id)

    def _selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0 and self.list.item(row, 0) is not None:
            self.open(self.list.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def open(self, evaluation_id: int) -> None:
        """Show one self-evaluation's lines (unsaved edits of the previous one are dropped)."""
        self.evaluation_id = evaluation_id
        with self.ctx.db.sessions() as session:
            lines = Q.line_rows(session, ids=[evaluation_id]).get(evaluation_id, [])
            status = Q.evaluation_rows(session, ids=[evaluation_id])[0]["status"]
            self.params = selfeval.settings.load(session, ScoringParams)
        editable = status in selfeval.OPEN_STATUSES
        self.model.load(lines, self.params, editable)
        for key, enabled in (("save", editable), ("override", editable), ("submit", editable),
                             ("approve", status == "submitted"), ("return", status in ("submitted", "approved"))):
            self.buttons[key].setEnabled(enabled)
        self.message.clear()
        self._show_result(self._preview())

    @property
    def changes(self) -> dict[int, dict[str, Any]]:
        return self.model.changes()

    def _notify(self, text: str) -> None:
        self.message.setText(text)
        self._refused = True

    def _edited(self) -> None:
        refused, self._refused = self._refused, False
        self._show_result(self._preview(), keep_message=refused)

    def _preview(self) -> EvaluationResult | None:
        if self.evaluation_id is None:
            return None
        try:
            with self.ctx.db.sessions() as session:
                return selfeval.preview(session, self.evaluation_id, self.changes, self.params)
        except UserErrors as exc:
            self.message.setText(str(exc))
            return None

    def _show_result(self, result: EvaluationResult | None, keep_message: bool = False) -> None:
        if result is None:
            return
        self.model.show_result(result)
        text = self.tr("Total {total} ({grade}); rules alone {computed}")
        self.total.setText(text.format(total=score_text(result.total), grade=result.grade.value,
                                       computed=score_text(selfeval.computed_total(result, self.params))))
        if not keep_message:
            warnings = [f.message for f in result.flags if f.severity.value == "warning"]
            self.message.setText("\n".join(warnings[:6]))

    def _run(self, action: Any) -> None:
        try:
            with work(self.ctx) as uow:
                action(uow)
        except UserErrors as exc:
            _show_error(self, exc)
        self.reload()

    def save(self) -> None:
        changes = self.changes
        self._run(lambda uow: selfeval.save_entry(uow, self.evaluation_id, changes))

    def override(self) -> None:
        row = self.lines.currentIndex().row()
        if row < 0 or self.evaluation_id is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Set score by hand"),
                                        self.tr("Score (empty to use the computed score):"))
        if not ok:
            return
        try:
            score: Decimal | None = pick_value(text)
        except ValueError:
            self.message.setText(self.tr("“{text}” is not a number").format(text=text))
            return
        reason = ""
        if score is not None:
            reason, ok = QInputDialog.getText(self, self.tr("Set score by hand"), self.tr("Reason (required):"))
            if not ok:
                return
        line_id = self.model.line_id(row)
        self._run(lambda uow: selfeval.set_override(uow, line_id, score, reason))

    def submit(self) -> None:
        if self.changes:
            self.save()
        self._run(lambda uow: selfeval.submit(uow, self.evaluation_id))

    def approve(self) -> None:
        self._run(lambda uow: selfeval.approve(uow, self.evaluation_id))

    def send_back(self) -> None:
        comment, ok = QInputDialog.getText(self, self.tr("Return"), self.tr("Why is it returned?"))
        if ok:
            self._run(lambda uow: selfeval.return_for_changes(uow, self.evaluation_id, comment))
