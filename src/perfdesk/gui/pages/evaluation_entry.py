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
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db import queries_selfeval as Q
from perfdesk.core.db.concurrency import ConcurrentEdit
from perfdesk.core.domain.enums import ReviewStatus
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.scoring.engine import EvaluationResult
from perfdesk.core.services import selfeval
from perfdesk.gui.pages.base import PageContext
from perfdesk.gui.pages.evaluation_common import fill, score_text, table, work
from perfdesk.gui.pages.evaluation_grid import EntryModel, entry_view, pick_value
from perfdesk.gui.tasks import _show_error
from perfdesk.gui.widgets.flow import flow_of


class EntryTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: PageContext | None = None
        self.evaluation_id: int | None = None
        self.project_id: int | None = None  # a project without a self-evaluation, when one is selected
        self.keys: list[tuple[Any, ...]] = []  # per list row: ("evaluation", id) or ("project", id, target status)
        self.params = ScoringParams()
        self._refused = False
        self.list = table([self.tr("Code"), self.tr("Project"), self.tr("Status"), self.tr("Score"), self.tr("Grade")])
        self.list.itemSelectionChanged.connect(self._selected)
        self.search = QLineEdit(placeholderText=self.tr("Search code or project name"))
        self.search.setObjectName("selfevalSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.model = EntryModel(self)
        self.model.rowsEdited.connect(self._edited)
        self.model.notify = self._notify
        self.lines = entry_view(self.model)
        self.total = QLabel()
        self.total.setObjectName("selfevalTotal")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = {key: QPushButton(text) for key, text in (
            ("start", self.tr("Start self-evaluation")), ("save", self.tr("Save")), ("override", self.tr("Set score by hand…")), ("submit", self.tr("Submit")),
            ("approve", self.tr("Approve")), ("return", self.tr("Return…")))}
        for key, handler in (("start", self.start), ("save", self.save), ("override", self.override), ("submit", self.submit),
                             ("approve", self.approve), ("return", self.send_back)):
            self.buttons[key].clicked.connect(handler)
        self._layout()

    def _layout(self) -> None:
        right = QWidget()
        box = QVBoxLayout(right)
        box.addWidget(self.total)
        box.addWidget(self.lines, 1)
        box.addWidget(self.message)
        box.addWidget(flow_of(*self.buttons.values()))  # wraps on a narrow screen
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.list, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([330, 900])
        QVBoxLayout(self).addWidget(split)

    def set_context(self, ctx: PageContext) -> None:
        self.ctx = ctx
        self.reload()

    def reload(self) -> None:
        """List the self-evaluations and, greyed, the projects without one; keep the opened one selected."""
        if self.ctx is None:
            return
        with self.ctx.db.sessions() as session:
            rows = Q.evaluation_rows(session, year=self.ctx.year, unit_ids=self.ctx.unit_ids)
            missing = Q.projects_without_evaluation(session, year=self.ctx.year, unit_ids=self.ctx.unit_ids)
        entries = [([r["code"], r["name"], r["status"], r["total_final"], r["grade"]], ("evaluation", r["id"]))
                   for r in rows]
        entries += [([p["code"], p["name"], self._not_started(p["target_status"]), None, ""],
                     ("project", p["id"], p["target_status"])) for p in missing]
        entries.sort(key=lambda e: (e[0][0], e[1][0] != "evaluation"))
        self.keys = [key for _row, key in entries]
        self.list.blockSignals(True)
        fill(self.list, [row for row, _key in entries], self.keys)
        for r, key in enumerate(self.keys):
            if key[0] == "project":
                for c in range(self.list.columnCount()):
                    self.list.item(r, c).setForeground(QBrush(QColor("#9a9a9a")))
        current = next((k for k in self.keys if k[:2] == ("evaluation", self.evaluation_id)), None)
        current = current or next((k for k in self.keys if k[0] == "evaluation"), None)
        if current is not None:
            self.list.selectRow(self.keys.index(current))
        self.list.blockSignals(False)
        self._filter(self.search.text())
        if current is not None:
            self.open(current[1])

    def _filter(self, text: str) -> None:
        """Show only the rows whose code or project name contains ``text`` (case and spaces ignored)."""
        wanted = "".join(text.split()).casefold()
        for r in range(self.list.rowCount()):
            shown = "".join(f"{self.list.item(r, 0).text()} {self.list.item(r, 1).text()}".split()).casefold()
            self.list.setRowHidden(r, bool(wanted) and wanted not in shown)

    def _not_started(self, target_status: str) -> str:
        if target_status == ReviewStatus.APPROVED.value:
            return self.tr("not started")
        return self.tr("no approved targets")

    def _selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.keys):
            key = self.keys[row]
            if key[0] == "evaluation":
                self.open(key[1])
            else:
                self.show_project(key[1], key[2] == ReviewStatus.APPROVED.value)

    def show_project(self, project_id: int, can_start: bool) -> None:
        """A project without a self-evaluation: an empty grid and, when its targets are approved, "Start"."""
        self.evaluation_id, self.project_id = None, project_id
        self.model.load([], self.params, False)
        for key, button in self.buttons.items():
            button.setEnabled(key == "start" and can_start)
        self.total.setText(self.tr("No self-evaluation yet"))
        self.message.setText(self.tr("Start a self-evaluation to list the project's approved indicators.") if can_start
                             else self.tr("The project's performance targets are not approved yet."))

    def start(self) -> None:
        """Create the draft self-evaluation of the selected project and open it."""
        if self.project_id is None:
            return
        project_id, started = self.project_id, []
        self._run(lambda uow: started.append(selfeval.start_evaluation(uow, project_id)), reload=False)
        if started:
            self.evaluation_id = started[0]
        self.reload()

    def open(self, evaluation_id: int) -> None:
        """Show one self-evaluation's lines (unsaved edits of the previous one are dropped)."""
        self.evaluation_id, self.project_id = evaluation_id, None
        with self.ctx.db.sessions() as session:
            lines = Q.line_rows(session, ids=[evaluation_id]).get(evaluation_id, [])
            head = Q.evaluation_rows(session, ids=[evaluation_id])[0]
            status, self.seen_version = head["status"], head["row_version"]
            self.params = selfeval.settings.load(session, ScoringParams)
        editable = status in selfeval.OPEN_STATUSES
        self.model.load(lines, self.params, editable)
        for key, enabled in (("start", False), ("save", editable), ("override", editable), ("submit", editable),
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

    def _run(self, action: Any, reload: bool = True) -> None:
        try:
            with work(self.ctx) as uow:
                action(uow)
        except UserErrors as exc:
            _show_error(self, exc)
            if isinstance(exc, ConcurrentEdit):  # what the person entered stays, to apply on the new version
                return
        if reload:
            self.reload()

    def save(self) -> None:
        changes = self.changes
        seen = getattr(self, "seen_version", None)
        self._run(lambda uow: selfeval.save_entry(uow, self.evaluation_id, changes, seen_version=seen))

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
