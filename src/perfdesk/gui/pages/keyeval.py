"""Key evaluation area (重点绩效评价, RULES §6): the year's evaluations (new, edit, import and export as Excel,
score, questionnaires, expert draws, report, findings to the ledger), the framework, agencies and experts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db import queries_keyeval as qk
from perfdesk.core.domain.enums import label_of
from perfdesk.core.domain.keyeval import ObjectKind
from perfdesk.core.services import keyeval, keyeval_io, keyeval_report
from perfdesk.gui.pages.base import Page, PageContext
from perfdesk.gui.pages.evaluation_common import fill, table
from perfdesk.gui.pages.keyeval_common import Runner, plain
from perfdesk.gui.pages.keyeval_editor import EvaluationEditor
from perfdesk.gui.pages.keyeval_registry import AgenciesTab, ExpertsTab, FrameworkTab
from perfdesk.gui.tasks import offer_to_open
from perfdesk.gui.widgets.flow import flow_of
from perfdesk.gui.widgets.search import SearchBox


class EvaluationsTab(QWidget):
    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.rows: list[dict[str, Any]] = []
        self.table = table([self.tr("No."), self.tr("Evaluation"), self.tr("Evaluated"), self.tr("Project"),
                            self.tr("Department"), self.tr("Agency"), self.tr("Lead evaluator"), self.tr("Score"),
                            self.tr("Grade")])
        self.table.setObjectName("keyevalList")
        self.table.itemSelectionChanged.connect(self._selected)
        self.editor = EvaluationEditor(runner)
        self.editor.sheet.saved.connect(self.refresh)
        self.editor.extras.changed.connect(self.refresh)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("new", self.tr("Save as a new evaluation"), self.create),
                                ("save", self.tr("Save details"), self.save_details),
                                ("import", self.tr("Import from Excel…"), self.import_file),
                                ("export", self.tr("Export to Excel…"), self.export_file),
                                ("report", self.tr("Print the report…"), self.print_report),
                                ("ledger", self.tr("Findings to the ledger"), self.findings_to_ledger),
                                ("score", self.tr("Rescore all"), self.score_all)):
            button = QPushButton(text)
            button.setObjectName(f"keyeval_{key}")
            button.clicked.connect(lambda _checked=False, s=slot: s())
            self.buttons[key] = button
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(SearchBox(lambda: self.table), 1)
        column.addLayout(row)
        column.addWidget(flow_of(*self.buttons.values()))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.editor)
        split.setSizes([220, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    # -- the list --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.runner.ctx
        if ctx is None:
            return
        chosen = self.selected_id()
        with ctx.db.sessions() as session:
            self.rows = qk.evaluation_rows(session, ctx.year)
        fill(self.table, [[r["id"], r["title"], label_of(ObjectKind, r["object_kind"]), r["project_code"] or "",
                           r["unit"], r["agency"], r["lead_evaluator"], plain(r["score"]), r["grade"]]
                          for r in self.rows])
        self.select(chosen)

    def select(self, evaluation_id: int | None) -> None:
        ids = [r["id"] for r in self.rows]
        if evaluation_id in ids:
            self.table.selectRow(ids.index(evaluation_id))
        else:
            self.table.clearSelection()
        self._selected()

    def selected_id(self) -> int | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.rows[min(rows)]["id"] if len(rows) == 1 and min(rows) < len(self.rows) else None

    def _selected(self) -> None:
        chosen = self.selected_id()
        for key in ("save", "export", "report", "ledger"):
            self.buttons[key].setEnabled(chosen is not None)
        if self.runner.ctx is not None:
            with self.runner.ctx.db.sessions() as session:
                self.editor.show_evaluation(session, chosen)

    # -- actions ---------------------------------------------------------------------------------------
    def create(self) -> int | None:
        ctx = self.runner.ctx
        if ctx is None or ctx.year is None:
            return None

        def act(uow: Any) -> int:
            values = self.editor.details.values()
            return keyeval.create_evaluation(uow, year=ctx.year, **values)  # type: ignore[arg-type]

        made = self.runner.run(act)
        if made is not None:
            self.refresh()
            self.select(made)
            self.editor.setCurrentWidget(self.editor.sheet)
        return made

    def save_details(self) -> bool:
        chosen, ctx = self.selected_id(), self.runner.ctx
        if chosen is None or ctx is None:
            return False

        def act(uow: Any) -> bool:
            values = self.editor.details.values()
            ids = keyeval.resolve(uow.session, ctx.year, project_code=values.pop("project_code"),  # type: ignore[arg-type]
                                  unit_code=values.pop("unit_code"))
            values["project_id"], values["unit_id"] = ids.get("project_id"), ids.get("unit_id")
            keyeval.update_evaluation(uow, chosen, **values)
            return True

        done = bool(self.runner.run(act))
        if done:
            self.refresh()
        return done

    def import_file(self, path: str | None = None) -> Any:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import an evaluation"), "", "Excel (*.xlsx)")
        if not path:
            return None
        result = self.runner.run(lambda uow: keyeval_io.import_evaluation(uow, path))
        if result is not None:
            self.refresh()
            self.select(result.evaluation_id)
            notes = "\n".join(result.differences)
            self.runner.say(self.tr("Evaluation {id} imported.").format(id=result.evaluation_id) +
                            (("\n" + self.tr("Printed scores that differ from the computed ones:") + "\n" + notes)
                             if notes else ""))
        return result

    def export_file(self, path: str | None = None) -> str | None:
        chosen = self.selected_id()
        if chosen is None or self.runner.ctx is None:
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the evaluation"), f"重点评价{chosen}.xlsx",
                                                  "Excel (*.xlsx)")
        if not path:
            return None
        with self.runner.ctx.db.sessions() as session:
            keyeval_io.export_evaluation(session, chosen, path)
        offer_to_open(self, Path(path), self.tr("Written: {path}").format(path=path))
        return path

    def print_report(self, path: str | None = None) -> str | None:
        chosen = self.selected_id()
        if chosen is None or self.runner.ctx is None:
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Print the evaluation report"),
                                                  f"绩效评价报告{chosen}.pdf", "PDF (*.pdf)")
        if not path:
            return None
        ctx = self.runner.ctx

        def act(_uow: Any) -> str:
            with ctx.db.sessions() as session:
                keyeval_report.print_report(session, chosen, path)
            return path

        return self.runner.run(act)

    def findings_to_ledger(self) -> list[int] | None:
        chosen = self.selected_id()
        if chosen is None:
            return None
        made = self.runner.run(lambda uow: keyeval.findings_to_ledger(uow, chosen))
        if made is not None:
            self.runner.say(self.tr("{n} ledger item(s) added.").format(n=len(made)))
        return made

    def score_all(self) -> Any:
        ctx = self.runner.ctx
        if ctx is None:
            return None
        results = self.runner.run(lambda uow: keyeval.score_year(uow, ctx.year))
        if results is not None:
            self.refresh()
        return results


class KeyEvaluationPage(Page):
    page_key = "keyeval"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = Runner(self, self.tr("Key evaluation"))
        self.tabs = QTabWidget()
        self.evaluations = EvaluationsTab(self.runner)
        self.framework = FrameworkTab(self.runner)
        self.agencies = AgenciesTab(self.runner)
        self.experts = ExpertsTab(self.runner)
        self.tabs.addTab(self.evaluations, self.tr("Evaluations"))
        self.tabs.addTab(self.framework, self.tr("Framework"))
        self.tabs.addTab(self.agencies, self.tr("Agencies"))
        self.tabs.addTab(self.experts, self.tr("Experts"))
        self.agencies.changed.connect(self.evaluations.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def set_context(self, ctx: PageContext) -> None:
        super().set_context(ctx)
        self.runner.ctx = ctx
        self.evaluations.refresh()
        self.framework.reload()
        self.agencies.reload()
        self.experts.reload()


PAGE = KeyEvaluationPage
