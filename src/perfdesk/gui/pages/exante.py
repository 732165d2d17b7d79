"""Ex-ante assessment area (事前绩效评估, RULES §9): the projects of the year that need an assessment or have one,
with score, conclusion, 纳入项目库 and the "no assessment, no budget" flag; the scored form of the selected project;
Excel out (assessments, or blank forms to fill in) and in; the printed 事前绩效评估意见."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.rules import exante as rules
from perfdesk.core.services import exante as svc
from perfdesk.gui.pages.base import Page, PageContext
from perfdesk.gui.tasks import offer_to_open
from perfdesk.gui.widgets.exante_form import AssessmentForm
from perfdesk.gui.widgets.flow import flow_of
from perfdesk.gui.widgets.search import SearchBox

FLAG_COLOR = QColor("#f8d0d0")


class ExAntePage(Page):
    page_key = "exante"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.quiet = False  # tests: no message boxes
        self.last_message = ""
        self.rows: list[dict[str, Any]] = []
        self.assessment_id: int | None = None
        self.dirty = False
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("exanteList")
        self.table.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Code"), self.tr("Project"), self.tr("Assessed on"),
                                              self.tr("Score"), self.tr("Conclusion"), self.tr("No assessment, no budget")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selected)
        self.everything = QCheckBox(self.tr("Every project"))
        self.everything.setToolTip(self.tr("Also projects that need no assessment under the settings"))
        self.everything.toggled.connect(lambda _on: self.reload())
        self.search = SearchBox(lambda: self.table)
        self.count = QLabel()
        self.form = AssessmentForm()
        self.form.edited.connect(self._edited)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("save", self.tr("Save"), self.save), ("new", self.tr("New assessment"), self.new),
                                ("delete", self.tr("Delete"), self.delete),
                                ("print", self.tr("Print the opinion…"), self.print_opinion),
                                ("export", self.tr("Export to Excel…"), self.export_file),
                                ("blank", self.tr("Blank forms to Excel…"), self.export_blank),
                                ("import", self.tr("Import from Excel…"), self.import_file)):
            button = QPushButton(text)
            button.setObjectName(f"exante_{key}")
            button.clicked.connect(lambda _checked=False, s=slot: s())
            self.buttons[key] = button
        self._layout()
        self._enable()

    def _layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.everything)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        column.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.form)
        split.setSizes([420, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(flow_of(*self.buttons.values()))

    # -- the list ---------------------------------------------------------------------------------------
    def set_context(self, ctx: PageContext) -> None:
        super().set_context(ctx)
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        if getattr(self, "ctx", None) is None:
            return
        keep = keep if keep is not None else self.project_id()
        with self.ctx.db.sessions() as session:
            self.rows = svc.rows(session, year=self.ctx.year, unit_ids=self.ctx.unit_ids,
                                 everything=self.everything.isChecked())
            self.flags_on = svc.params(session).no_assessment_no_budget
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            self._fill_row(r, row)
        self.table.blockSignals(False)
        self.table.setColumnHidden(6, not self.flags_on)
        self.table.resizeColumnsToContents()
        done = sum(1 for r in self.rows if r["assessment_id"] is not None)
        self.count.setText(self.tr("{n} projects, {done} assessed").format(n=len(self.rows), done=done))
        index = next((i for i, r in enumerate(self.rows) if r["project_id"] == keep), None)
        if index is not None:
            self.table.selectRow(index)
        else:
            self._clear()

    def _fill_row(self, r: int, row: dict[str, Any]) -> None:
        total = "" if row["total"] is None else str(row["total"])
        conclusion = rules.CONCLUSION_TEXT.get(row["conclusion"], "")
        if row["assessment_id"] is not None and conclusion and row["enters_library"]:
            conclusion += self.tr(", enters the library")
        flag = svc.flag_text(row["flag"]) if self.flags_on else ""
        for c, text in enumerate((row["unit"], row["code"], row["name"], str(row["assessed_on"] or ""), total,
                                  conclusion, flag)):
            item = QTableWidgetItem(text)
            if flag:
                item.setBackground(FLAG_COLOR)
            self.table.setItem(r, c, item)

    def project_id(self) -> int | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.rows[min(rows)]["project_id"] if rows else None

    def select_project(self, project_id: int) -> bool:
        index = next((i for i, r in enumerate(self.rows) if r["project_id"] == project_id), None)
        if index is not None:
            self.table.selectRow(index)
        return index is not None

    def _selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if not rows:
            return
        row = self.rows[min(rows)]
        self.assessment_id = row["assessment_id"]
        with self.ctx.db.sessions() as session:
            form = (svc.form_of(session, self.assessment_id) if self.assessment_id is not None
                    else svc.blank_form(session, row["project_id"]))
            p, mode = svc.params(session), svc.rounding(session)
        state = self.tr("assessment {id}").format(id=self.assessment_id) if self.assessment_id else self.tr("not assessed yet")
        self.form.show_form(form, f"{row['code']}  {row['name']}  ({row['unit']}; {state})", p, mode)
        self.dirty = False
        self._enable()

    def _clear(self) -> None:
        self.assessment_id = None
        self.form.form = None
        self.form.title.setText(self.tr("Select a project to assess it."))
        self.dirty = False
        self._enable()

    def _edited(self) -> None:
        self.dirty = True
        self._enable()

    def _enable(self) -> None:
        chosen = self.form.form is not None
        self.buttons["save"].setEnabled(chosen and self.dirty)
        self.buttons["new"].setEnabled(chosen and self.assessment_id is not None)
        for key in ("delete", "print"):
            self.buttons[key].setEnabled(self.assessment_id is not None and not self.dirty)
        self.form.setEnabled(chosen)

    # -- actions ----------------------------------------------------------------------------------------
    def _say(self, text: str, *, warn: bool = False) -> None:
        self.last_message = text
        if not self.quiet:
            (QMessageBox.warning if warn else QMessageBox.information)(self, self.tr("Ex-ante assessment"), text)

    def _run(self, action: Callable[[UnitOfWork], Any]) -> Any:
        try:
            with UnitOfWork(self.ctx.db.sessions, user=getpass.getuser()) as uow:
                result = action(uow)
                uow.commit()
        except UserErrors as exc:
            self._say(str(exc), warn=True)
            return None
        return result

    def save(self) -> int | None:
        form = self.form.current()
        if form is None:
            return None
        aid = self._run(lambda uow: svc.save(uow, form, assessment_id=self.assessment_id, commit=False))
        if aid is not None:
            self.dirty = False
            self.assessment_id = aid
            self.reload(keep=form.project_id)
            self._enable()
        return aid

    def new(self) -> None:
        """Assess the selected project again (after an adjustment): a fresh form, saved as another assessment."""
        pid = self.project_id()
        if pid is None:
            return
        with self.ctx.db.sessions() as session:
            form = svc.blank_form(session, pid)
            p, mode = svc.params(session), svc.rounding(session)
        self.assessment_id = None
        row = next(r for r in self.rows if r["project_id"] == pid)
        state = self.tr("new assessment, not saved yet")
        title = f"{row['code']}  {row['name']}  ({row['unit']}; {state})"
        self.form.show_form(form, title, p, mode)
        self.dirty = True
        self._enable()

    def delete(self, confirm: bool = True) -> None:
        aid = self.assessment_id
        if aid is None:
            return
        if confirm and not self.quiet:
            answer = QMessageBox.question(self, self.tr("Delete"), self.tr("Delete this assessment?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self._run(lambda uow: svc.delete(uow, aid) or True):
            self.assessment_id = None
            self.reload()

    def print_opinion(self, path: Path | None = None) -> Path | None:
        from perfdesk.gui.dialogs.letterhead import ask_letterhead

        aid = self.assessment_id
        if aid is None:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Print the opinion"), "事前绩效评估意见.pdf", "PDF (*.pdf)")
            if not name:
                return None
            path = Path(name)
        ask_letterhead(self, self.ctx.db)
        try:
            with self.ctx.db.sessions() as session:
                svc.write_opinions(session, [aid], path, issued=dt.date.today())
        except UserErrors as exc:
            self._say(str(exc), warn=True)
            return None
        message = self.tr("Written: {path}").format(path=path)
        self._say(message)
        offer_to_open(self, Path(path), message)
        return path

    def export_file(self, path: Path | None = None, *, blank: bool = False) -> int | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), "事前绩效评估.xlsx", "Excel (*.xlsx)")
            if not name:
                return None
            path = Path(name)
        with self.ctx.db.sessions() as session:
            n = svc.export_workbook(session, path, year=self.ctx.year, unit_ids=self.ctx.unit_ids, blank=blank)
        message = self.tr("{n} assessments written to {path}").format(n=n, path=path)
        self._say(message)
        offer_to_open(self, Path(path), message)
        return n

    def export_blank(self, path: Path | None = None) -> int | None:
        return self.export_file(path, blank=True)

    def import_file(self, path: Path | None = None) -> svc.ImportReport | None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import from Excel"), "", "Excel (*.xlsx)")
            if not name:
                return None
            path = Path(name)
        if self.ctx.year is None:
            return None
        report = self._run(lambda uow: svc.import_workbook(uow, path, year=self.ctx.year))
        if report is not None:
            self._say(self.tr("{saved} assessments stored, {skipped} blank forms skipped.").format(
                saved=len(report.saved), skipped=len(report.skipped)))
            self.reload()
        return report

    def can_leave(self) -> bool:
        """Unsaved grades are saved, dropped or kept (stay here)."""
        if not self.dirty or self.quiet:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, self.tr("Ex-ante assessment"), self.tr("Save the assessment?"),
                                      buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Save:
            return self.save() is not None
        if answer == buttons.Discard:
            self.dirty = False
            return True
        return False


PAGE = ExAntePage
