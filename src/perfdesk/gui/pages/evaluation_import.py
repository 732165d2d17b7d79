"""Import filled-in 项目支出绩效自评表 workbooks: check first (nothing written), see per project the printed score
beside the recomputed one with each differing line explained, then import all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.services.selfeval_import import ImportedProject, import_selfeval
from perfdesk.gui.pages.base import PageContext
from perfdesk.gui.pages.evaluation_common import score_text, work
from perfdesk.gui.tasks import run_task


class ImportTab(QWidget):
    imported = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: PageContext | None = None
        self.files: list[Path] = []
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Project / line"), self.tr("Printed"), self.tr("Computed"),
                                   self.tr("Final"), self.tr("Grade"), self.tr("Explanation")])
        self.status = QLabel(self.tr("Choose filled-in self-evaluation workbooks to check them."))
        self.status.setWordWrap(True)
        choose, self.write = QPushButton(self.tr("Choose files…")), QPushButton(self.tr("Import"))
        choose.clicked.connect(self.choose)
        self.write.clicked.connect(self.run_import)
        self.write.setEnabled(False)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addWidget(self.write)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)

    def set_context(self, ctx: PageContext) -> None:
        self.ctx = ctx

    def choose(self, files: list[str] | None = None) -> None:
        if not files:
            files, _ = QFileDialog.getOpenFileNames(self, self.tr("Self-evaluation workbooks"), "", "Excel (*.xlsx *.xlsm)")
        if files:
            self.files = [Path(f) for f in files]
            self._start(dry_run=True)

    def run_import(self) -> None:
        self._start(dry_run=False)

    def _start(self, *, dry_run: bool) -> None:
        ctx, files = self.ctx, list(self.files)

        def job(progress):  # type: ignore[no-untyped-def]
            with work(ctx) as uow:
                return import_selfeval(uow, files, dry_run=dry_run, year=ctx.year, db_path=ctx.db.path,
                                       progress=progress)

        run_task(self, job, lambda results: self._done(results, dry_run), self._failed,
                 title=self.tr("Importing self-evaluations"))

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self.tree.clear()
        self.write.setEnabled(False)
        self.status.setText(self.tr("Nothing was imported:") + "\n" + str(exc))

    def _done(self, results: list[ImportedProject], dry_run: bool) -> None:
        self.show_results(results)
        differing = sum(1 for r in results for ln in r.lines if ln.differs)
        if dry_run:
            read = [r for r in results if r.action != "unreadable"]
            missing = sum(1 for r in read if r.project_id is None)
            problems = sum(len(r.problems) for r in results)
            text = self.tr("{n} project(s) checked, {d} line(s) differ from the rules, {m} not in the database.")
            status = text.format(n=len(read), d=differing, m=missing)
            if problems:
                status += " " + self.tr("{p} problem(s) to fix first: nothing is imported while any file has one.")
                status = status.format(p=problems)
            self.status.setText(status)
            self.write.setEnabled(missing == 0 and not problems and bool(read))
        else:
            self.status.setText(self.tr("{n} self-evaluation(s) imported.").format(n=len(results)))
            self.write.setEnabled(False)
            self.imported.emit()

    def show_results(self, results: list[ImportedProject]) -> None:
        self.tree.clear()
        for r in results:
            if r.action == "unreadable":
                top = QTreeWidgetItem([f"{Path(r.file).name} {r.sheet}".strip(), "", "", "", "", self.tr("Not read")])
                self._add_problems(top, r)
                continue
            top = QTreeWidgetItem([f"{r.code} {r.name}".strip(), score_text(r.printed_total),
                                   score_text(r.computed_total), score_text(r.final_total), r.grade,
                                   "；".join(r.differences[-1:]) if r.printed_total != r.computed_total else ""])
            for ln in r.lines:
                if ln.differs:
                    top.addChild(QTreeWidgetItem([ln.name, score_text(ln.printed_score), score_text(ln.computed_score),
                                                  score_text(ln.final_score), "", ln.explanation]))
            for flag in r.flags:
                top.addChild(QTreeWidgetItem(["!", "", "", "", "", flag]))
            self._add_problems(top, r)
        for c in range(5):
            self.tree.resizeColumnToContents(c)

    def _add_problems(self, top: QTreeWidgetItem, r: ImportedProject) -> None:
        for problem in r.problems:
            top.addChild(QTreeWidgetItem(["×", "", "", "", "", problem]))
        self.tree.addTopLevelItem(top)
        top.setExpanded(True)
