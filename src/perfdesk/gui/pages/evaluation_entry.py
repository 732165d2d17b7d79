"""Self-evaluation entry: the project's approved indicators with their target values; the unit types actual values,
qualitative levels and picks, evidence and deviation analysis, and sees the score update live; then submits.
Finance approves or returns it. Manual overrides ask for a reason and print on the table.

The grid is a plain QTableWidget (the shared Excel-like grid with undo, ``gui/widgets/grid.py``, is not on main yet).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db import queries_selfeval as Q
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.rules.scoring.engine import EvaluationResult
from perfdesk.core.services import selfeval
from perfdesk.gui.pages.base import PageContext
from perfdesk.gui.pages.evaluation_common import fill, item, score_text, table, work
from perfdesk.gui.tasks import _show_error

EDIT_COLUMNS = {5: "actual_text", 6: "qualitative_level", 7: "qualitative_pick", 10: "evidence", 11: "deviation_analysis"}
SCORE_COL, FINAL_COL, EXPLAIN_COL = 8, 9, 12


class EntryTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: PageContext | None = None
        self.evaluation_id: int | None = None
        self.line_ids: list[int] = []
        self.changes: dict[int, dict[str, Any]] = {}
        self._loading = False
        self.list = table([self.tr("Code"), self.tr("Project"), self.tr("Status"), self.tr("Score"), self.tr("Grade")])
        self.list.itemSelectionChanged.connect(self._selected)
        self.lines = table([self.tr("Level 1"), self.tr("Level 2"), self.tr("Indicator"), self.tr("Target"),
                            self.tr("Points"), self.tr("Actual"), self.tr("Qualitative level"), self.tr("Score in band"),
                            self.tr("Computed"), self.tr("Final"), self.tr("Evidence"), self.tr("Deviation analysis"),
                            self.tr("Explanation")])
        self.lines.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectItems)
        self.lines.itemChanged.connect(self._edited)
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
            self.list.selectRow(0)
        elif self.evaluation_id is not None:
            self.open(self.evaluation_id)

    def _selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0 and self.list.item(row, 0) is not None:
            self.open(self.list.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def open(self, evaluation_id: int) -> None:
        """Show one self-evaluation's lines (unsaved edits of the previous one are dropped)."""
        self.evaluation_id, self.changes = evaluation_id, {}
        with self.ctx.db.sessions() as session:
            lines = Q.line_rows(session, ids=[evaluation_id]).get(evaluation_id, [])
            status = Q.evaluation_rows(session, ids=[evaluation_id])[0]["status"]
        self._loading = True
        self.line_ids = [ln["id"] for ln in lines]
        self.lines.setRowCount(len(lines))
        editable = status in selfeval.OPEN_STATUSES
        for r, ln in enumerate(lines):
            values = [ln["level1"], ln["level2"], ln["name"], ln["target_text"], ln["points"], ln["actual_text"],
                      ln["qualitative_level"], ln["qualitative_pick"], ln["computed_score"],
                      ln["override_score"] if ln["override_score"] is not None else ln["computed_score"],
                      ln["evidence"], ln["deviation_analysis"], ln["explanation"]]
            for c, value in enumerate(values):
                self.lines.setItem(r, c, item(value, editable=editable and c in EDIT_COLUMNS
                                              and ln["kind"] != selfeval.EXECUTION or (editable and c == 11)))
        self.lines.resizeColumnsToContents()
        self._loading = False
        self.buttons["save"].setEnabled(editable)
        self.buttons["submit"].setEnabled(editable)
        self.buttons["approve"].setEnabled(status == "submitted")
        self.buttons["return"].setEnabled(status in ("submitted", "approved"))
        self._show_result(self._preview())

    def _edited(self, cell: Any) -> None:
        if self._loading or cell.column() not in EDIT_COLUMNS:
            return
        field = EDIT_COLUMNS[cell.column()]
        value: Any = cell.text().strip()
        if field == "qualitative_pick":
            try:
                value = Decimal(value) if value else None
            except InvalidOperation:
                self.message.setText(self.tr("“{text}” is not a number").format(text=cell.text()))
                return
        self.changes.setdefault(self.line_ids[cell.row()], {})[field] = value
        self._show_result(self._preview())

    def _preview(self) -> EvaluationResult | None:
        if self.evaluation_id is None:
            return None
        try:
            with self.ctx.db.sessions() as session:
                return selfeval.preview(session, self.evaluation_id, self.changes)
        except UserErrors as exc:
            self.message.setText(str(exc))
            return None

    def _show_result(self, result: EvaluationResult | None) -> None:
        if result is None:
            return
        self._loading = True
        scores = [result.execution, *result.lines]
        for r, res in enumerate(scores[:self.lines.rowCount()]):
            self.lines.setItem(r, SCORE_COL, item(res.rule_score))
            self.lines.setItem(r, FINAL_COL, item(res.final_score))
            self.lines.setItem(r, EXPLAIN_COL, item(res.explanation))
        self._loading = False
        text = self.tr("Total {total} ({grade}); rules alone {computed}")
        with self.ctx.db.sessions() as session:
            params = selfeval.settings.load(session, selfeval.ScoringParams)
        self.total.setText(text.format(total=score_text(result.total), grade=result.grade.value,
                                       computed=score_text(selfeval.computed_total(result, params))))
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
        row = self.lines.currentRow()
        if row < 0 or self.evaluation_id is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Set score by hand"),
                                        self.tr("Score (empty to use the computed score):"))
        if not ok:
            return
        score = Decimal(text.strip()) if text.strip() else None
        reason = ""
        if score is not None:
            reason, ok = QInputDialog.getText(self, self.tr("Set score by hand"), self.tr("Reason (required):"))
            if not ok:
                return
        line_id = self.line_ids[row]
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
