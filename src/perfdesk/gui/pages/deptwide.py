"""Department-wide performance (部门整体绩效) and public disclosure (信息公开): the departments' records of the year,
one record's main tasks and annual indicators (执行数, 实际完成值 and 偏差原因分析 editable), scoring with the
settings in force, Excel in and out, the printed table and report, and the public versions."""

from __future__ import annotations

import dataclasses
import getpass
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import ReviewStatus
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.money import MoneyUnit, parse_amount
from perfdesk.core.services import deptwide, deptwide_reports, disclosure
from perfdesk.gui.pages.base import Page, PageContext
from perfdesk.gui.tasks import offer_to_open
from perfdesk.gui.widgets.flow import flow_of

EDITABLE_TASK_COLUMNS = (3,)  # 执行数
EDITABLE_LINE_COLUMNS = (4, 7)  # 实际完成值, 偏差原因分析及改进措施


def _table(heads: list[str], stretch: int) -> QTableWidget:
    t = QTableWidget(0, len(heads))
    t.setHorizontalHeaderLabels(heads)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return t


def _item(text: object, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if len(item.text()) > 12:
        item.setToolTip(item.text())  # long texts (how a line was scored) read in full on hover
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class DeptWidePage(Page):
    page_key = "deptwide"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: PageContext | None = None
        self.quiet = False  # tests: no message boxes
        self.last_message = ""
        self.codes: list[str] = []
        self.departments = _table([self.tr("Code"), self.tr("Department"), self.tr("Status"), self.tr("Budget (万元)"),
                                   self.tr("Spent (万元)"), self.tr("Score"), self.tr("Grade")], 1)
        self.departments.setObjectName("deptwideList")
        self.departments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.departments.itemSelectionChanged.connect(self.show_selected)
        self.tasks = _table([self.tr("Task"), self.tr("Content"), self.tr("Budget (万元)"), self.tr("Spent (万元)")], 1)
        self.lines = _table([self.tr("Level 1"), self.tr("Level 2"), self.tr("Indicator"), self.tr("Target"),
                             self.tr("Actual"), self.tr("Points"), self.tr("Score"),
                             self.tr("Deviation and measures"), self.tr("How it was scored")], 8)
        self.detail = QTabWidget()
        self.detail.addTab(self.lines, self.tr("Annual indicators"))
        self.detail.addTab(self.tasks, self.tr("Main tasks"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.empty = QLabel(self.tr("No department has department-wide targets for this year. Export the blank forms, "
                                    "let each department fill in its duties, main tasks and indicators, then import "
                                    "the workbook."))
        self.empty.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("import", self.tr("Import from Excel…"), self.import_file),
                                ("export", self.tr("Export to Excel…"), self.export_file),
                                ("save", self.tr("Save and score"), self.save),
                                ("approve", self.tr("Approve"), self.approve),
                                ("table", self.tr("Print the table…"), self.print_table),
                                ("report", self.tr("Print the report…"), self.print_report),
                                ("disclose", self.tr("Publish public versions…"), self.publish)):
            button = QPushButton(text)
            button.setObjectName(f"deptwide_{key}")
            button.clicked.connect(lambda _checked=False, s=slot: s())
            self.buttons[key] = button
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.departments)
        bottom = QWidget()
        box = QVBoxLayout(bottom)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.summary)
        box.addWidget(self.detail, 1)
        split.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        layout.addWidget(flow_of(*self.buttons.values()))
        self._enable()

    # -- showing --------------------------------------------------------------------------------------------
    def set_context(self, ctx: PageContext) -> None:
        self.ctx = ctx
        self.refresh()

    def refresh(self, keep: str | None = None) -> None:
        rows = []
        if self.ctx is not None and self.ctx.year is not None:
            with self.ctx.db.sessions() as session:
                rows = deptwide.list_departments(session, self.ctx.year, self.ctx.unit_ids)
        self.codes = [r.unit_code for r in rows]
        self.departments.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = (r.unit_code, r.unit_name, ReviewStatus(r.status).label(), r.budget.format_wan(),
                      "" if r.spent is None else r.spent.format_wan(), "" if r.total is None else r.total, r.grade)
            for c, v in enumerate(values):
                self.departments.setItem(i, c, _item(v))
        self.empty.setVisible(not rows)
        if rows:
            self.departments.selectRow(self.codes.index(keep) if keep in self.codes else 0)
        self.show_selected()

    def selected(self) -> str | None:
        rows = {i.row() for i in self.departments.selectedIndexes()}
        return self.codes[min(rows)] if rows and min(rows) < len(self.codes) else None

    def show_selected(self) -> None:
        code = self.selected()
        self.tasks.setRowCount(0)
        self.lines.setRowCount(0)
        self.summary.setText("")
        if code is not None and self.ctx is not None and self.ctx.year is not None:
            with self.ctx.db.sessions() as session:
                dp = deptwide.get(session, self.ctx.year, code)
                self._fill(deptwide.sheet_of(session, dp), dp)
        self._enable()

    def _fill(self, sheet: Any, dp: Any) -> None:
        self.tasks.setRowCount(len(sheet.tasks))
        for i, t in enumerate(sheet.tasks):
            values = (t.name, t.content, t.budget.format_wan(), "" if t.spent is None else t.spent.format_wan())
            for c, v in enumerate(values):
                self.tasks.setItem(i, c, _item(v, c in EDITABLE_TASK_COLUMNS))
        self.lines.setRowCount(len(sheet.indicators))
        for i, (ind, row) in enumerate(zip(sheet.indicators, dp.indicators, strict=True)):
            score = row.override_score if row.override_score is not None else row.computed_score
            values = (ind.level1, ind.level2, ind.name, ind.target, ind.actual, ind.points,
                      self.tr("not applicable") if ind.not_applicable else score, ind.deviation, row.explanation)
            for c, v in enumerate(values):
                self.lines.setItem(i, c, _item(v, c in EDITABLE_LINE_COLUMNS))
        text = self.tr("{name}: total {total}, grade {grade}") if dp.total_final is not None else self.tr(
            "{name}: not scored yet (every 执行数 and 实际完成值 is needed)")
        self.summary.setText(text.format(name=sheet.unit_name, total=dp.total_final, grade=dp.grade))

    def _enable(self) -> None:
        has_year = self.ctx is not None and self.ctx.year is not None
        one = self.selected() is not None
        self.buttons["import"].setEnabled(has_year)
        self.buttons["export"].setEnabled(has_year)
        for key in ("save", "approve", "table", "report", "disclose"):
            self.buttons[key].setEnabled(one)

    # -- actions ----------------------------------------------------------------------------------------
    def _run(self, action: Callable[[UnitOfWork], Any]) -> Any:
        try:
            with UnitOfWork(self.ctx.db.sessions, user=getpass.getuser()) as uow:  # type: ignore[union-attr]
                return action(uow)
        except UserErrors as exc:
            self._say(str(exc), warn=True)
            return None

    def _say(self, text: str, *, warn: bool = False) -> None:
        self.last_message = text
        if not self.quiet:
            (QMessageBox.warning if warn else QMessageBox.information)(self, self.tr("Department-wide"), text)

    def import_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import department-wide workbook"), "", "Excel (*.xlsx)")
        if not path:
            return
        summary = self._run(lambda uow: deptwide.import_workbook(uow, path))
        if summary is not None:
            self._say(self.tr("{n} department(s) imported, {scored} scored.").format(
                n=len(summary.departments), scored=len(summary.scored)))
            self.refresh(summary.departments[0] if summary.departments else None)

    def export_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export department-wide workbook"),
                                                  f"{self.ctx.year}年部门整体绩效.xlsx", "Excel (*.xlsx)")  # type: ignore[union-attr]
        if not path:
            return
        codes = None
        if self.ctx.unit_ids is not None:  # type: ignore[union-attr]
            from perfdesk.core.db import queries as q

            with self.ctx.db.sessions() as session:  # type: ignore[union-attr]
                codes = [n.code for n in q.units(session) if n.id in self.ctx.unit_ids]  # type: ignore[union-attr]
        with self.ctx.db.sessions() as session:  # type: ignore[union-attr]
            n = deptwide.export_workbook(session, path, self.ctx.year, codes, blank_forms=True)  # type: ignore[union-attr,arg-type]
        message = self.tr("{n} department(s) written to {path}.").format(n=n, path=path)
        self._say(message)
        offer_to_open(self, Path(path), message)

    def edited_sheet(self) -> Any:
        """The selected record with the 执行数, 实际完成值 and 偏差原因分析 typed in the grids."""
        code = self.selected()
        with self.ctx.db.sessions() as session:  # type: ignore[union-attr]
            sheet = deptwide.sheet_of(session, deptwide.get(session, self.ctx.year, code))  # type: ignore[union-attr,arg-type]
        tasks = []
        for i, t in enumerate(sheet.tasks):
            text = self.tasks.item(i, 3).text().strip()
            spent = parse_amount(text, MoneyUnit.WAN) if text else None
            tasks.append(dataclasses.replace(t, spent=spent))
        lines = [dataclasses.replace(ind, actual=self.lines.item(i, 4).text().strip(),
                                     deviation=self.lines.item(i, 7).text().strip())
                 for i, ind in enumerate(sheet.indicators)]
        return dataclasses.replace(sheet, tasks=tasks, indicators=lines)

    def save(self) -> None:
        if self.selected() is None:
            return
        try:
            sheet = self.edited_sheet()
        except ValueError as exc:
            self._say(str(exc), warn=True)
            return
        if self._run(lambda uow: deptwide.save_one(uow, sheet)) is not None:
            self.refresh(sheet.unit_code)

    def approve(self) -> None:
        code = self.selected()
        if code is not None and self._run(lambda uow: deptwide.set_status(uow, self.ctx.year, code,  # type: ignore[union-attr,arg-type]
                                                                          ReviewStatus.APPROVED.value)) is not False:
            self.refresh(code)

    def _pdf(self, title: str, name: str, write: Callable[..., Any], path: str | None) -> None:
        code = self.selected()
        if code is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, title, name, "PDF (*.pdf)")
        if not path:
            return
        try:
            with self.ctx.db.sessions() as session:  # type: ignore[union-attr]
                write(session, Path(path), self.ctx.year, code)  # type: ignore[union-attr]
        except UserErrors as exc:
            self._say(str(exc), warn=True)
            return
        message = self.tr("Written to {path}.").format(path=path)
        self._say(message)
        offer_to_open(self, Path(path), message)

    def print_table(self, path: str | None = None) -> None:
        self._pdf(self.tr("Print the department-wide table"), "部门整体支出绩效自评表.pdf", deptwide_reports.write_table,
                  path)

    def print_report(self, path: str | None = None) -> None:
        self._pdf(self.tr("Print the self-evaluation report"), "部门整体支出绩效自评报告.pdf",
                  deptwide_reports.write_report, path)

    def publish(self, folder: str | None = None) -> None:
        code = self.selected()
        if code is None:
            return
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the public versions"))
        if not folder:
            return
        done = self._run(lambda uow: disclosure.publish(uow, self.ctx.year, code, folder))  # type: ignore[union-attr,arg-type]
        if done:
            files = "\n".join(f"{p.label}：{f.name}" for p in done for f in p.files)
            self._say(self.tr("Written without names, phone numbers or internal comments:\n{files}").format(files=files))


PAGE = DeptWidePage
