"""Results application (结果应用): the rectification ledger with filters, evidence and closing; letters
(整改通知书, 约谈记录) as PDF; next year's budget suggestions from the newest ranking run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db import queries as q
from perfdesk.core.db import queries_ranking as qr
from perfdesk.core.db.concurrency import ConcurrentEdit
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import RectificationSource, RectificationStatus, RunStatus, label_of
from perfdesk.core.domain.money import Money
from perfdesk.core.rules.ledger import days_overdue
from perfdesk.core.rules.params import RankingParams
from perfdesk.core.services import ledger, settings
from perfdesk.core.services import ranking as svc
from perfdesk.core.services import results_outputs as outputs
from perfdesk.gui.dialogs.ledger import CloseDialog, NewItemDialog
from perfdesk.gui.dialogs.letterhead import ask_letterhead
from perfdesk.gui.models.rows import RowsModel
from perfdesk.gui.pages.base import Page, PageContext
from perfdesk.gui.pages.ranking import _user, decision_colour
from perfdesk.gui.tasks import _show_error, offer_to_open, run_task
from perfdesk.gui.widgets.search import SearchBox

OVERDUE = "#F8CBAD"
CLOSED = "#E2EFDA"


def _table() -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setSortingEnabled(True)
    return table


class LedgerTab(QWidget):
    def __init__(self, page: ResultsPage):
        super().__init__(page)
        self.page = page
        self.today = dt.date.today()
        self.unsaved_closing: dict[int, str] = {}  # item id → the account of a close refused as a crossed save
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), "")
        for code, label in RectificationStatus.choices():
            self.status.addItem(label, code)
        self.source = QComboBox()
        self.source.addItem(self.tr("Any source"), "")
        for code, label in RectificationSource.choices():
            self.source.addItem(label, code)
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.overdue.setObjectName("overdueOnly")
        self.search = QLineEdit(placeholderText=self.tr("Search problem, unit or project"))
        self.count = QLabel()
        for w in (self.status, self.source):
            w.currentIndexChanged.connect(self.reload)
        self.overdue.toggled.connect(self.reload)
        self.search.returnPressed.connect(self.reload)
        self.table = _table()
        self.table.setObjectName("ledgerTable")
        self.model = RowsModel(self.columns(), self.table, colour=self.colour)
        self.table.setModel(self.model)
        buttons = []
        for text, slot in ((self.tr("New item…"), self._new_clicked), (self.tr("From findings"), self.from_findings),
                           (self.tr("Add evidence…"), self._attach_clicked), (self.tr("Close (销号)…"), self._close_clicked),
                           (self.tr("Rectification notice…"), lambda: self._letter_clicked("notice")),
                           (self.tr("Interview record…"), lambda: self._letter_clicked("interview"))):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.append(b)
        self.close_button = buttons[3]
        self.close_button.setObjectName("closeItem")
        bar = QHBoxLayout()
        for w in (self.status, self.source, self.overdue):
            bar.addWidget(w)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        actions = QHBoxLayout()
        for b in buttons:
            actions.addWidget(b)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def columns(self) -> list[tuple[str, Any]]:
        return [(self.tr("No."), lambda r: r["id"]), (self.tr("Unit"), lambda r: r["unit"]),
                (self.tr("Project"), lambda r: r["project_name"] or ""),
                (self.tr("Source"), lambda r: label_of(RectificationSource, r["source"])),
                (self.tr("Problem"), lambda r: r["problem"]), (self.tr("Measure"), lambda r: r["measure"]),
                (self.tr("Deadline"), lambda r: r["deadline"]),
                (self.tr("Days overdue"), lambda r: days_overdue(r["deadline"], r["status"], self.today) or ""),
                (self.tr("Status"), lambda r: label_of(RectificationStatus, r["status"])),
                (self.tr("Closed on"), lambda r: r["closed_on"]), (self.tr("Evidence files"), lambda r: r["attachments"])]

    def colour(self, r: dict[str, Any]) -> str | None:
        if r["status"] == RectificationStatus.CLOSED:
            return CLOSED
        return OVERDUE if days_overdue(r["deadline"], r["status"], self.today) else None

    def reload(self) -> None:
        ctx = self.page.ctx
        with ctx.db.sessions() as session:
            year_id = None if ctx.year is None else q.year_id(session, ctx.year)
            flt = qr.LedgerFilter(year_id=year_id, unit_ids=ctx.unit_ids, status=self.status.currentData() or "",
                                  source=self.source.currentData() or "", text=self.search.text(),
                                  overdue_on=self.today if self.overdue.isChecked() else None)
            rows = qr.ledger_rows(session, flt)
        self.model.set_rows(rows)
        for col, width in enumerate([50, 150, 200, 110, 320, 240, 90, 70, 70, 90, 70]):
            self.table.setColumnWidth(col, width)
        late = sum(1 for r in rows if days_overdue(r["deadline"], r["status"], self.today))
        text = self.tr("{n} items").format(n=len(rows))
        if late:
            text += self.tr(", {n} overdue").format(n=late)
        self.count.setText(text)

    def selected_rows(self) -> list[dict[str, Any]]:
        return [self.model.row(i.row()) for i in self.table.selectionModel().selectedRows()]

    def selected_ids(self) -> list[int]:
        return [r["id"] for r in self.selected_rows()]

    # -- actions ----------------------------------------------------------------------------------------
    def _write(self, fn: Any, on_error: Any = None) -> None:
        db = self.page.ctx.db

        def work(_progress: Any) -> Any:
            with UnitOfWork(db.sessions, user=_user()) as uow:
                return fn(uow)

        run_task(self, work, lambda _r: self.reload(), on_error)

    def _new_clicked(self) -> None:
        ctx = self.page.ctx
        with ctx.db.sessions() as session:
            units = [(u.id, u.name) for u in q.units(session)]
            days = settings.load(session, RankingParams).rectification_days
        dialog = NewItemDialog(units, self.today + dt.timedelta(days=days), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.create(**dialog.values())

    def create(self, **values: Any) -> None:
        year = self.page.ctx.year
        self._write(lambda uow: ledger.create_item(uow, year=year, **values))

    def from_findings(self) -> None:
        year = self.page.ctx.year
        self._write(lambda uow: ledger.items_from_findings(uow, year))

    def _attach_clicked(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Evidence files"))
        if files:
            self.attach(ids[0], [Path(f) for f in files])

    def attach(self, item_id: int, files: list[Path]) -> None:
        data_dir = self.page.ctx.db.data_dir

        def fn(uow: UnitOfWork) -> None:
            for f in files:
                ledger.add_attachment(uow, item_id, f, data_dir=data_dir)

        self._write(fn)

    def _close_clicked(self) -> None:
        rows = self.selected_rows()
        if not rows or rows[0]["status"] == RectificationStatus.CLOSED:
            return
        row = rows[0]
        with self.page.ctx.db.sessions() as session:
            min_chars = settings.load(session, RankingParams).closing_account_min_chars
        dialog = CloseDialog(self.today, created_on=row["created_at"].date(), attachments=row["attachments"],
                             min_chars=min_chars, parent=self)
        if row["id"] in self.unsaved_closing:  # refused before (someone else saved the item): offered again
            dialog.evidence.setPlainText(self.unsaved_closing[row["id"]])
        if dialog.exec() == QDialog.DialogCode.Accepted:
            closed_on, evidence = dialog.values()
            self.close_item(row["id"], closed_on, evidence, dialog.files, seen_version=row.get("row_version"))

    def close_item(self, item_id: int, closed_on: dt.date, evidence: str, files: list[Path] | None = None,
                   seen_version: int | None = None) -> None:
        today, data_dir = self.today, self.page.ctx.db.data_dir

        def refused(exc: BaseException, _trace: str) -> None:
            if isinstance(exc, ConcurrentEdit):  # the account written is kept for the next try on this item
                self.unsaved_closing[item_id] = evidence
                self.reload()
            _show_error(self, exc)

        self.unsaved_closing.pop(item_id, None)
        self._write(lambda uow: ledger.close_item(uow, item_id, closed_on=closed_on, evidence=evidence, today=today,
                                                  files=files or (), data_dir=data_dir, seen_version=seen_version),
                    refused)

    def _letter_clicked(self, kind: str) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter"), "", "PDF (*.pdf)")
        if path:
            self.write_letter(kind, ids, Path(path))

    def write_letter(self, kind: str, item_ids: list[int], path: Path) -> None:
        db, year = self.page.ctx.db, self.page.ctx.year
        ask_letterhead(self, db)

        def work(_progress: Any) -> Any:
            with db.sessions() as session:
                if kind == "notice":
                    letters = outputs.rectification_notices(session, year, item_ids=item_ids)  # type: ignore[arg-type]
                else:
                    letters = outputs.interview_records(session, year, item_ids)  # type: ignore[arg-type,assignment]
                result = outputs.write_letters(letters, path)
                session.commit()  # the document numbers the letters were given
                return result

        run_task(self, work, lambda _r: offer_to_open(self, path, self.tr("Written: {path}").format(path=path)),
                 title=self.tr("Writing the letter…"))


class BudgetTab(QWidget):
    """Next year's budget suggestions of the newest confirmed run (else the newest draft)."""

    def __init__(self, page: ResultsPage):
        super().__init__(page)
        self.page = page
        self.view: svc.RunView | None = None
        self.info = QLabel()
        self.info.setObjectName("budgetInfo")
        self.table = _table()
        self.table.setObjectName("budgetTable")
        e = lambda f: (lambda p: f(p[0]))  # noqa: E731
        self.model = RowsModel([
            (self.tr("Code"), e(lambda x: x.code)), (self.tr("Project"), e(lambda x: x.name)),
            (self.tr("Department"), e(lambda x: x.department)), (self.tr("Budget (10k yuan)"), e(lambda x: x.budget)),
            (self.tr("Decision"), e(svc.decision_text)), (self.tr("Cut (10k yuan)"), e(lambda x: x.cut)),
            (self.tr("Suggested (10k yuan)"), e(lambda x: x.suggested_budget)), (self.tr("Remark"), e(svc.remark))],
            self.table, colour=decision_colour)
        self.table.setModel(self.model)
        export = QPushButton(self.tr("Excel…"))
        export.clicked.connect(self._export_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.info, 1)
        bar.addWidget(SearchBox(lambda: self.table), 1)
        bar.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        ctx = self.page.ctx
        self.view = None
        with ctx.db.sessions() as session:
            if ctx.year is not None:
                run_id = (svc.latest_run_id(session, ctx.year, confirmed_only=True)
                          or svc.latest_run_id(session, ctx.year))
                self.view = None if run_id is None else svc.load_run(session, run_id)
        rows = self.view.budget_suggestions() if self.view else []
        self.model.set_rows(rows)
        for col, width in enumerate([170, 260, 140, 110, 120, 100, 110, 260]):
            self.table.setColumnWidth(col, width)
        if self.view is None:
            self.info.setText(self.tr("No ranking run for this year yet."))
            return
        cut = Money.sum(e.cut for e, _ in rows)
        self.info.setText(self.tr("Ranking version {version} ({status}): {n} projects, {cut} (10k yuan) cut").format(
            version=self.view.version, status=self.view.status and label_of(RunStatus, self.view.status),
            n=len(rows), cut=cut.format_wan()))

    def _export_clicked(self) -> None:
        if self.view is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the budget suggestions"), "", "Excel (*.xlsx)")
        if path:
            with self.page.ctx.db.sessions() as session:
                outputs.write_excel(session, self.view, Path(path))
            offer_to_open(self, Path(path), self.tr("Written: {path}").format(path=path))


class ResultsPage(Page):
    page_key = "results"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.ledger = LedgerTab(self)
        self.budget = BudgetTab(self)
        self.tabs.addTab(self.ledger, self.tr("Rectification ledger"))
        self.tabs.addTab(self.budget, self.tr("Next year's budget suggestions"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def set_context(self, ctx: PageContext) -> None:
        super().set_context(ctx)
        self.ledger.reload()
        self.budget.reload()


PAGE = ResultsPage
