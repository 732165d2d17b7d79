"""Targets area, third tab: the quality-check findings of the selected units' targets (RULES §2), filtered by
severity, printable as the review-findings list; and the targets in and out of Excel (official declaration form
or flat list). An import is all or nothing: on any problem nothing is written and every problem is listed with
its sheet, row and column; after an import its findings are shown at once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.i18n import translate
from perfdesk.core.rules import target_checks as tc
from perfdesk.core.services import targets as ts
from perfdesk.gui.dialogs.errors import show_error
from perfdesk.gui.models.rows import RowsModel
from perfdesk.gui.pages.base import PageContext
from perfdesk.gui.pages.evaluation_common import work
from perfdesk.gui.tasks import offer_to_open, run_task
from perfdesk.gui.widgets.flow import flow_of
from perfdesk.gui.widgets.search import SearchBox

if TYPE_CHECKING:
    from perfdesk.core.services import targets_io as tio  # openpyxl and reportlab: imported when first used

SEVERITY_COLOURS = {tc.ERROR: "#f4c7c3", tc.WARNING: "#fce8b2"}


class ChecksTab(QWidget):
    """Findings of the current year and units; Excel import and export; the printed findings list."""

    openProject = Signal(int)  # noqa: N815 - Qt signal naming
    imported = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: PageContext | None = None
        self.found: list[ts.ProjectFinding] = []
        self.severity = QComboBox()
        self.severity.setObjectName("findingSeverity")
        self.severity.addItem(self.tr("All findings"), "")
        for key in (tc.ERROR, tc.WARNING, tc.INFO):
            self.severity.addItem(self.tr_severity(key), key)
        self.severity.currentIndexChanged.connect(lambda _i: self.show_findings())
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("excelLayout")
        self.layout_choice.addItem(self.tr("Flat list (one indicator per row)"), "flat")
        self.layout_choice.addItem(self.tr("Declaration forms (one project per sheet)"), "official")
        bar = flow_of(self.severity, self._button(self.tr("Check again"), "recheck", self.reload),
                      self._button(self.tr("Print findings…"), "printFindings", self.print_findings),
                      QLabel(self.tr("Excel:")), self.layout_choice,
                      self._button(self.tr("Import…"), "importTargets", self.import_excel),
                      self._button(self.tr("Export…"), "exportTargets", self.export_excel))  # wraps when narrow
        self.status = QLabel()
        self.status.setObjectName("checksStatus")
        self.status.setWordWrap(True)
        self.model = RowsModel(self.columns(), self, colour=lambda f: SEVERITY_COLOURS.get(f.finding.severity))
        self.table = QTableView()
        self.table.setObjectName("findingsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda index: self.openProject.emit(self.model.row(index.row()).project_id))
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.status)
        layout.addWidget(SearchBox(lambda: self.table))
        layout.addWidget(self.table, 1)

    @staticmethod
    def _button(text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def tr_severity(self, key: str) -> str:
        return {tc.ERROR: self.tr("Errors"), tc.WARNING: self.tr("Warnings"), tc.INFO: self.tr("Notes")}[key]

    def columns(self) -> list[tuple[str, Any]]:
        return [(self.tr("Unit"), lambda f: f.unit_name), (self.tr("Code"), lambda f: f.project_code),
                (self.tr("Project"), lambda f: f.project_name), (self.tr("Indicator"), lambda f: f.finding.indicator_name),
                (self.tr("Check"), lambda f: translate("TargetChecks", tc.CHECKS[f.finding.rule].label)),
                (self.tr("Severity"), lambda f: f.finding.severity_label), (self.tr("Finding"), lambda f: f.finding.message),
                (self.tr("Source"), lambda f: f.finding.source)]

    def set_context(self, ctx: PageContext) -> None:
        self.ctx = ctx
        self.reload()

    # -- findings --------------------------------------------------------------------------------------------
    def reload(self) -> None:
        ctx = self.ctx
        if ctx is None:
            return

        def job(progress):  # type: ignore[no-untyped-def]
            with ctx.db.sessions() as session:
                return ts.findings(session, year=ctx.year, unit_ids=ctx.unit_ids, progress=progress)

        run_task(self, job, self._checked, self._failed, title=self.tr("Checking targets"))

    def _checked(self, found: list[ts.ProjectFinding]) -> None:
        self.found = found
        self.show_findings()
        self.status.setText(self.summary(found))

    def summary(self, found: list[ts.ProjectFinding]) -> str:
        counts = {key: sum(1 for f in found if f.finding.severity == key) for key in (tc.ERROR, tc.WARNING, tc.INFO)}
        projects = len({f.project_id for f in found})
        return self.tr("{n} finding(s) in {p} project(s): {e} error(s), {w} warning(s), {i} note(s).").format(
            n=len(found), p=projects, e=counts[tc.ERROR], w=counts[tc.WARNING], i=counts[tc.INFO])

    def show_findings(self) -> None:
        wanted = self.severity.currentData()
        self.model.set_rows([f for f in self.found if not wanted or f.finding.severity == wanted])
        self.table.resizeColumnsToContents()
        for column in (2, 6):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 360))

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self.status.setText(self.tr("Nothing was changed: {error}").format(error=str(exc).splitlines()[0] if str(exc) else ""))
        show_error(self, exc)

    # -- Excel -----------------------------------------------------------------------------------------------
    def import_excel(self, path: str | Path | None = None, *, drop_progress: bool = False) -> None:
        if self.ctx is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import targets"), "", "Excel (*.xlsx *.xlsm)")
        if not path:
            return
        ctx, file = self.ctx, Path(path)

        def job(progress):  # type: ignore[no-untyped-def]
            from perfdesk.core.services import targets_io as tio

            with work(ctx) as uow:
                return tio.import_targets(uow, file, year=ctx.year, progress=progress, drop_progress=drop_progress)

        run_task(self, job, lambda summary: self._imported(file, summary),
                 lambda exc, tb: self._import_failed(file, exc, tb), title=self.tr("Importing targets"),
                 cancellable=False)

    def _import_failed(self, file: Path, exc: BaseException, tb: str) -> None:
        """An import that would delete monitoring progress is asked about, then done again if confirmed."""
        from perfdesk.core.services import targets_io as tio

        if isinstance(exc, tio.ProgressWouldBeLost) and self.confirm_dropping(exc.summary):
            self.import_excel(file, drop_progress=True)
            return
        self._failed(exc, tb)

    def confirm_dropping(self, summary: tio.ImportSummary) -> bool:
        from perfdesk.core.services import targets_io as tio

        text = (self.tr("Some indicators are no longer in the file; importing it deletes the monitoring progress "
                        "typed for them:") + "\n\n" + "\n".join(tio.dropped_lines(summary)) + "\n\n"
                + self.tr("Import anyway? The database is backed up first."))
        answer = QMessageBox.question(self, self.tr("Import targets"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _imported(self, file: Path, summary: tio.ImportSummary) -> None:
        from perfdesk.core.services import targets_io as tio

        self.found = list(summary.findings)
        self.show_findings()
        text = self.tr("{file}: {created} new, {updated} changed, {unchanged} unchanged ({n} indicators written).")
        self.status.setText(text.format(file=file.name, created=summary.created, updated=summary.updated,
                                        unchanged=summary.unchanged, n=summary.indicators) + "\n"
                            + "".join(line + "\n" for line in tio.dropped_lines(summary))
                            + self.tr("Checks of the imported targets:") + " " + self.summary(self.found))
        self.imported.emit()

    def export_excel(self, path: str | Path | None = None) -> None:
        if self.ctx is None:
            return
        ctx, layout = self.ctx, self.layout_choice.currentData()
        file = self._target(path, self.tr("Export targets"), self.tr("targets-{year}.xlsx"), "Excel (*.xlsx)")
        if file is None:
            return

        def job(_progress):  # type: ignore[no-untyped-def]
            from perfdesk.core.services import targets_io as tio

            with ctx.db.sessions() as session:
                return tio.export_targets(session, file, year=ctx.year, unit_ids=ctx.unit_ids, layout=layout)

        run_task(self, job, lambda n: self._written(file, self.tr("{n} project(s) written to {path}.").format(
            n=n, path=file)), self._failed, title=self.tr("Exporting targets"))

    def print_findings(self, path: str | Path | None = None) -> None:
        if self.ctx is None or self.ctx.year is None:
            return
        ctx = self.ctx
        file = self._target(path, self.tr("Print findings"), self.tr("target-findings-{year}.pdf"), "PDF (*.pdf)")
        if file is None:
            return

        def job(_progress):  # type: ignore[no-untyped-def]
            from perfdesk.core.services import targets_pdf

            with ctx.db.sessions() as session:
                return targets_pdf.print_findings(session, ctx.year, ctx.unit_ids, file)

        run_task(self, job, lambda _r: self._written(file, self.tr("Findings list saved to {path}.").format(path=file)),
                 self._failed, title=self.tr("Printing findings"))

    def _written(self, file: Path, message: str) -> None:
        self.status.setText(message)
        offer_to_open(self, file, message)

    def _target(self, path: str | Path | None, title: str, name: str, kinds: str) -> Path | None:
        """``path``, or the file the person chooses (None when they cancel)."""
        if not path:
            year = self.ctx.year if self.ctx is not None and self.ctx.year is not None else ""
            path, _ = QFileDialog.getSaveFileName(self, title, name.format(year=year), kinds)
        return Path(path) if path else None
