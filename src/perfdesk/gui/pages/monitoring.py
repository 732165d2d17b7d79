"""Monitoring area (双监控): rounds, dashboard, warning list with drill-down to indicators, key monitoring."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db import queries_monitoring as qm
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.services import monitoring as svc
from perfdesk.core.services import monitoring_progress as mp
from perfdesk.gui.dialogs.errors import show_error
from perfdesk.gui.dialogs.key_measure import KeyMeasureDialog
from perfdesk.gui.dialogs.letterhead import ask_letterhead
from perfdesk.gui.models.monitoring import (
    FILTERS,
    IndicatorProgressModel,
    KeyItemModel,
    WarningTableModel,
    filter_labels,
)
from perfdesk.gui.pages.base import Page, PageContext
from perfdesk.gui.tasks import offer_to_open, run_task
from perfdesk.gui.widgets.flow import flow_of
from perfdesk.gui.widgets.frozen import freeze_columns
from perfdesk.gui.widgets.grid import GridView
from perfdesk.gui.widgets.monitoring_dashboard import MonitoringDashboard
from perfdesk.gui.widgets.search import SearchBox


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setDefaultSectionSize(24)
    view.setAlternatingRowColors(True)
    return view


class MonitoringPage(Page):
    page_key = "monitoring"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.warnings: svc.Warnings | None = None
        self.project_id: int | None = None
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("roundCombo")
        self.round_combo.setMinimumWidth(320)
        self.dashboard = MonitoringDashboard()
        self._build_warning_tab()
        self._build_key_tab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self.warning_tab, self.tr("Warnings"))
        self.tabs.addTab(self.key_tab, self.tr("Key monitoring"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.tabs, 1)
        self.round_combo.currentIndexChanged.connect(self.refresh)

    def _toolbar(self) -> QVBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Round")))
        row.addWidget(self.round_combo, 1)
        buttons = []
        for text, slot in ((self.tr("Import execution…"), self.import_execution),
                           (self.tr("New round by hand…"), self.new_round),
                           (self.tr("Export progress tables…"), self.export_progress),
                           (self.tr("Import progress tables…"), self.import_progress),
                           (self.tr("Summary report…"), self.print_summary),
                           (self.tr("Reminder letters…"), self.print_letters)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.append(button)
        bar = QVBoxLayout()
        bar.addLayout(row)
        bar.addWidget(flow_of(*buttons))  # wraps on a narrow screen
        return bar

    def _build_warning_tab(self) -> None:
        self.filter = QComboBox()
        self.filter.setObjectName("warningFilter")
        for key, label in zip(FILTERS, filter_labels(), strict=True):
            self.filter.addItem(label, key)
        self.search = QLineEdit(placeholderText=self.tr("Search by code, name or unit"))
        self.search.setObjectName("warningSearch")
        self.shown = QLabel()
        self.warning_model = WarningTableModel(self)
        self.warning_view = _table("warningTable")
        self.warning_view.setModel(self.warning_model)
        self.warning_view.setSortingEnabled(True)
        self.warning_view.sortByColumn(9, Qt.SortOrder.DescendingOrder)
        freeze_columns(self.warning_view, 3)  # warning, code, project stay in sight
        self.warning_view.selectionModel().selectionChanged.connect(self._warning_selected)
        self.progress_model = IndicatorProgressModel(self)
        self.progress_view = GridView(self.progress_model)
        self.progress_view.setObjectName("progressTable")
        freeze_columns(self.progress_view, 3)  # level 1, level 2, indicator stay in sight
        self.progress_view.setAlternatingRowColors(True)
        self.progress_view.horizontalHeader().setStretchLastSection(True)
        self.progress_title = QLabel()
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.warning_tab = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(self.filter)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.shown)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.warning_view)
        split.addWidget(self._progress_pane())
        split.setSizes([420, 300])
        layout = QVBoxLayout(self.warning_tab)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def _progress_pane(self) -> QWidget:
        pane = QWidget()
        buttons = []
        for text, slot in ((self.tr("Enter amounts…"), self.enter_amounts),
                           (self.tr("Save indicator progress"), self.save_progress),
                           (self.tr("Put under key monitoring…"), self.pick_current),
                           (self.tr("Print monitoring table…"), self.print_table)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.append(button)
        self.progress_title.setWordWrap(True)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress_title)
        layout.addWidget(flow_of(*buttons))  # wraps on a narrow screen
        layout.addWidget(self.progress_view, 1)
        return pane

    def _build_key_tab(self) -> None:
        self.key_model = KeyItemModel(self)
        self.key_view = _table("keyTable")
        self.key_view.setModel(self.key_model)
        freeze_columns(self.key_view, 2)
        self.key_view.doubleClicked.connect(lambda _index: self.record_measure())
        self.key_tab = QWidget()
        bar = QHBoxLayout()
        for text, slot in ((self.tr("Select by rules"), self.select_key),
                           (self.tr("Record measure…"), self.record_measure)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
        self.key_search = SearchBox(lambda: self.key_view)
        bar.addWidget(self.key_search, 1)
        layout = QVBoxLayout(self.key_tab)
        layout.addLayout(bar)
        layout.addWidget(self.key_view, 1)

    # -- context and refresh ----------------------------------------------------------------------------
    def set_context(self, ctx: PageContext) -> None:
        super().set_context(ctx)
        self.load_rounds()

    def load_rounds(self, select: int | None = None) -> None:
        with self.ctx.db.sessions() as session:
            rounds = qm.rounds(session, self.ctx.year)
        current = select if select is not None else self.round_combo.currentData()
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for r in rounds:
            self.round_combo.addItem(self.tr("{name} ({rows} rows)").format(name=r.name, rows=r.rows), r.id)
        index = self.round_combo.findData(current)
        self.round_combo.setCurrentIndex(index if index >= 0 else 0)
        self.round_combo.blockSignals(False)
        self.refresh()

    def round_id(self) -> int | None:
        return self.round_combo.currentData()

    def refresh(self) -> None:
        """Recompute the warnings of the round from the stored snapshot and the settings in force."""
        rid = self.round_id()
        if rid is None:
            self.warnings = None
            self.warning_model.set_rows([])
            self.key_model.set_rows([])
            return
        with self.ctx.db.sessions() as session:
            self.warnings = svc.warnings(session, rid, unit_ids=self.ctx.unit_ids)
            keys = qm.key_items(session, rid)
        self.dashboard.show_warnings(self.warnings)
        self.warning_model.which, self.warning_model.text = self.filter.currentData(), self.search.text()
        self.warning_model.set_rows(self.warnings.rows)
        self.key_model.set_rows(keys)
        self._show_count()
        self.show_project(None)

    def _apply_filter(self) -> None:
        self.warning_model.set_filter(self.filter.currentData(), self.search.text())
        self._show_count()

    def _show_count(self) -> None:
        self.shown.setText(self.tr("{n} of {total} projects").format(n=self.warning_model.rowCount(),
                                                                     total=len(self.warning_model.all_rows)))

    # -- drill-down -------------------------------------------------------------------------------------
    def _warning_selected(self) -> None:
        rows = self.warning_view.selectionModel().selectedRows()
        pid = self.warning_model.index(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None
        self.show_project(pid)

    def show_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        rid = self.round_id()
        if project_id is None or rid is None:
            self.progress_model.set_rows([])
            self.progress_title.setText(self.tr("Select a project to see its indicators."))
            return
        with self.ctx.db.sessions() as session:
            rows = qm.indicator_progress(session, rid, project_id)
        self.progress_model.set_rows(rows)
        row = next((w for w in self.warnings.rows if w.project_id == project_id), None) if self.warnings else None
        self.progress_title.setText(row.result.name if row else "")

    def save_progress(self) -> None:
        rid = self.round_id()
        if rid is None or not self.progress_model.rowCount():
            return
        entries = self.progress_model.entries()
        self._write(lambda uow: svc.save_indicator_progress(uow, rid, entries), keep_project=True)

    # -- writes -----------------------------------------------------------------------------------------
    def _write(self, action, *, keep_project: bool = False, select_new: bool = False) -> bool:  # type: ignore[no-untyped-def]
        """Run one service call in its own unit of work; show problems; refresh what it changed."""
        try:
            with UnitOfWork(self.ctx.db.sessions, user="gui") as uow:
                result = action(uow)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return False
        project = self.project_id
        self.load_rounds(result if select_new else None)
        if keep_project and project is not None:
            self.show_project(project)
        return True

    def import_execution(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Budget execution export"), "",
                                              self.tr("Spreadsheets (*.xlsx *.xlsm *.csv)"))
        if not name:
            return
        as_of = self.ask_date(self.tr("Execution as of"))
        if as_of is None:
            return
        db = self.ctx.db

        def work(progress):  # type: ignore[no-untyped-def]
            with UnitOfWork(db.sessions, user="gui") as uow:
                return svc.import_execution(uow, Path(name), as_of=as_of, year=self.ctx.year, progress=progress)

        run_task(self, work, self._imported, lambda exc, _tb: show_error(self, exc), self.tr("Importing…"))

    def _imported(self, summary: svc.ImportSummary) -> None:
        self.load_rounds(summary.round_id)
        note = self.tr("{rows} rows imported as a new round.").format(rows=summary.rows)
        if summary.file.sheet:
            note += "\n" + self.tr("Read from sheet {sheet} (hidden sheets are not read).").format(
                sheet=summary.file.sheet)
        if summary.unmatched:
            note += "\n" + self.tr("{n} rows match no project of the year and were left out.").format(
                n=len(summary.unmatched))
        QMessageBox.information(self, self.tr("Import"), note)

    def export_progress(self) -> None:
        """The round's monitoring tables in Excel (one project per sheet) for units to fill in."""
        rid = self.round_id()
        if rid is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export monitoring tables"), "monitoring-tables.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if not name:
            return
        db, units = self.ctx.db, self.ctx.unit_ids

        def work(progress):  # type: ignore[no-untyped-def]
            with db.sessions() as session:
                return mp.export_progress_table(session, rid, Path(name), unit_ids=units, progress=progress)

        run_task(self, work, lambda n: offer_to_open(
            self, Path(name), self.tr("{n} monitoring tables written to {path}.").format(n=n, path=name)),
            lambda exc, _tb: show_error(self, exc), self.tr("Exporting…"))

    def import_progress(self) -> None:
        """Indicator progress from filled-in monitoring tables into the selected round (all-or-nothing)."""
        rid = self.round_id()
        if rid is None:
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Filled-in monitoring tables"), "",
                                              self.tr("Excel workbook (*.xlsx *.xlsm)"))
        if name:
            self.import_progress_file(Path(name), rid)

    def import_progress_file(self, path: Path, rid: int) -> None:
        db = self.ctx.db

        def work(progress):  # type: ignore[no-untyped-def]
            with UnitOfWork(db.sessions, user="gui") as uow:
                return mp.import_progress_table(uow, path, rid, progress=progress)

        run_task(self, work, self._progress_imported, lambda exc, _tb: show_error(self, exc), self.tr("Importing…"))

    def _progress_imported(self, done: mp.ProgressImport) -> None:
        project = self.project_id
        self.load_rounds(done.round_id)
        if project is not None:
            self.show_project(project)
        lines = [self.tr("{saved} indicator lines of {projects} projects stored.").format(
            saved=done.saved, projects=done.projects)]
        lines += [self.tr("Not stored: sheet {sheet} row {row}: “{name}” matches no current indicator.").format(
            sheet=u.sheet, row=u.row, name=u.name) for u in done.unmatched]
        lines += list(done.notes)
        self.last_import_note = "\n".join(lines)
        QMessageBox.information(self, self.tr("Import"), self.last_import_note)

    def ask_date(self, title: str) -> dt.date | None:
        dialog = QDialog(self)
        dialog.setWindowTitle(title)
        edit = QDateEdit(QDate.currentDate())
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form = QFormLayout(dialog)
        form.addRow(title, edit)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return edit.date().toPython()

    def new_round(self) -> None:
        as_of = self.ask_date(self.tr("New round as of"))
        if as_of is None or self.ctx.year is None:
            return
        source = self.round_id()
        self._write(lambda uow: svc.create_round(uow, year=self.ctx.year, as_of=as_of, copy_from=source),
                    select_new=True)

    def enter_amounts(self) -> None:
        from perfdesk.core.domain.money import MoneyUnit, parse_amount

        rid, pid = self.round_id(), self.project_id
        row = next((w for w in self.warnings.rows if w.project_id == pid), None) if self.warnings else None
        if rid is None or row is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Amounts"), self.tr("Budget and amount spent in 10k yuan, "
                                        "separated by a space"), text=f"{row.result.budget.format_wan()} "
                                        f"{row.result.spent.format_wan()}")
        if not ok:
            return
        try:
            budget, spent = (parse_amount(part, MoneyUnit.WAN) for part in text.split())
        except ValueError:
            show_error(self, ValueError(self.tr("Type two amounts, e.g. 120.5 36")))
            return
        self._write(lambda uow: svc.set_execution(uow, rid, pid, budget=budget, spent=spent),
                    keep_project=True)

    def pick_current(self) -> None:
        rid, pid = self.round_id(), self.project_id
        if rid is None or pid is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Key monitoring"), self.tr("Reason for picking the project"))
        if ok:
            self._write(lambda uow: svc.pick_project(uow, rid, pid, reason), keep_project=True)

    def select_key(self) -> None:
        rid = self.round_id()
        if rid is not None:
            self._write(lambda uow: svc.select_key_projects(uow, rid))

    def record_measure(self) -> None:
        rows = self.key_view.selectionModel().selectedRows()
        if not rows:
            return
        item = self.key_model.rows[rows[0].row()]
        dialog = KeyMeasureDialog(item, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                values = dialog.values()
            except ValueError as exc:
                show_error(self, exc)
                return
            self._write(lambda uow: svc.record_measure(uow, item.id, **values))  # type: ignore[arg-type]

    # -- printing -----------------------------------------------------------------------------------------
    def _print(self, title: str, default: str, make) -> None:  # type: ignore[no-untyped-def]
        rid = self.round_id()
        if rid is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, title, default, self.tr("PDF (*.pdf)"))
        if not name:
            return
        ask_letterhead(self, self.ctx.db)
        db, units = self.ctx.db, self.ctx.unit_ids

        def work(progress):  # type: ignore[no-untyped-def]
            with db.sessions() as session:
                result = make(session, rid, units, Path(name))
                session.commit()  # the document numbers the letters were given
                return result

        run_task(self, work, lambda _r: offer_to_open(self, Path(name), self.tr("Written: {path}").format(path=name)),
                 lambda exc, _tb: show_error(self, exc), title)

    def print_table(self) -> None:
        from perfdesk.core.reports.monitoring_table import build_monitoring_table
        from perfdesk.core.services import monitoring_reports as adapt

        pid = self.project_id
        if pid is not None:
            self._print(self.tr("Monitoring table"), "monitoring-table.pdf",
                        lambda s, rid, _u, out: build_monitoring_table(adapt.monitoring_table(s, rid, pid), out))

    def print_summary(self) -> None:
        from perfdesk.core.reports.monitoring_summary import build_monitoring_summary
        from perfdesk.core.services import monitoring_reports as adapt

        self._print(self.tr("Summary report"), "monitoring-summary.pdf",
                    lambda s, rid, units, out: build_monitoring_summary(adapt.summary(s, rid, unit_ids=units), out))

    def print_letters(self) -> None:
        from perfdesk.core.reports.monitoring_summary import build_reminder_letters
        from perfdesk.core.services import monitoring_reports as adapt

        self._print(self.tr("Reminder letters"), "reminder-letters.pdf",
                    lambda s, rid, units, out: build_reminder_letters(
                        adapt.reminder_letters(s, rid, unit_ids=units), out))


PAGE = MonitoringPage
