"""Targets area: the project browser whose detail pane holds the target editor, the check list and the history;
and finance's review queue per unit with the check results of each submitted target."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db import queries_targets as qt
from perfdesk.core.domain.enums import ReviewStatus, label_of
from perfdesk.core.services import targets as ts
from perfdesk.gui.pages.base import Page, PageContext
from perfdesk.gui.pages.projects import ProjectsPage
from perfdesk.gui.pages.targets_checks import ChecksTab
from perfdesk.gui.pages.targets_editor import TargetEditor
from perfdesk.gui.widgets.search import SearchBox


class TargetBrowser(ProjectsPage):
    """The project list; the detail pane is a tab widget: overview, target editor, history."""

    def _layout(self) -> None:
        self.editor = TargetEditor()
        self.history = QTextBrowser()
        self.history.setObjectName("targetHistory")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, self.tr("Targets"))
        self.tabs.addTab(self.detail, self.tr("Overview"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.lay_out(self.tabs, [260, 560]).setContentsMargins(0, 0, 0, 0)
        self.projectSelected.connect(self.open_project)

    def open_project(self, project_id: int) -> None:
        self.editor.load(self.ctx.db, project_id)
        with self.ctx.db.sessions() as session:
            versions, reviews = qt.versions(session, project_id), qt.reviews(session, project_id)
        self.history.setHtml(self.render_history(versions, reviews))

    def render_history(self, versions: list[dict], reviews: list[dict]) -> str:
        e = html.escape
        rows = "".join(f"<tr><td>{v['version']}</td><td>{e(label_of(ReviewStatus, v['status']))}</td>"
                       f"<td>{'✓' if v['is_current'] else ''}</td><td>{e(v['adjustment_reason'])}</td></tr>"
                       for v in versions)
        steps = "".join(f"<tr><td>{r['at']:%Y-%m-%d %H:%M}</td><td>{e(r['user'])}</td><td>{r['version']}</td>"
                        f"<td>{e(label_of(ReviewStatus, r['from_status']))} → {e(label_of(ReviewStatus, r['to_status']))}</td>"
                        f"<td>{e(r['comment'])}</td></tr>" for r in reviews)
        heads = [self.tr("Version"), self.tr("Status"), self.tr("In force"), self.tr("Adjustment reason")]
        heads2 = [self.tr("When"), self.tr("Who"), self.tr("Version"), self.tr("Transition"), self.tr("Comment")]
        th = "".join(f"<th>{e(h)}</th>" for h in heads)
        th2 = "".join(f"<th>{e(h)}</th>" for h in heads2)
        return (f"<table border='1' cellspacing='0' cellpadding='3'><tr>{th}</tr>{rows}</table><br>"
                f"<table border='1' cellspacing='0' cellpadding='3'><tr>{th2}</tr>{steps}</table>")


class ReviewQueue(QWidget):
    """Submitted targets of the selected units with their check results; approve or return from here."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("reviewQueue")
        self.table.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Code"), self.tr("Project"), self.tr("Errors"),
                                              self.tr("Warnings"), self.tr("Notes"), self.tr("Ex-ante assessment")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selected)
        self.findings = QTextBrowser()
        self.editor = TargetEditor()
        self.editor.quiet = False
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.editor)
        self.search = SearchBox(lambda: self.table)
        bar = QHBoxLayout()
        bar.addWidget(refresh)
        bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.rows: list[dict] = []
        self.ctx: PageContext | None = None

    def set_context(self, ctx: PageContext) -> None:
        self.ctx = ctx
        self.reload()

    def reload(self) -> None:
        if self.ctx is None:
            return
        with self.ctx.db.sessions() as session:
            self.rows = ts.review_queue(session, year=self.ctx.year, unit_ids=self.ctx.unit_ids)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, value in enumerate((row["unit_name"], row["code"], row["name"], row["errors"], row["warnings"],
                                       row["notes"], row["exante"])):
                self.table.setItem(r, c, QTableWidgetItem(str(value)))
        self.table.setColumnHidden(6, not any(row["exante"] for row in self.rows))  # "no assessment, no budget"
        self.table.resizeColumnsToContents()

    def _selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if rows and self.ctx is not None:
            self.editor.load(self.ctx.db, self.rows[min(rows)]["project_id"])


class TargetsPage(Page):
    page_key = "targets"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.browser = TargetBrowser()
        self.queue = ReviewQueue()
        self.checks = ChecksTab()
        self.checks.openProject.connect(self.open_project)
        self.checks.imported.connect(lambda: self.browser.set_context(self.ctx))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.browser, self.tr("Projects and targets"))
        self.tabs.addTab(self.queue, self.tr("Review queue"))
        self.tabs.addTab(self.checks, self.tr("Checks and Excel"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    # the main window and older tests use the project browser's parts directly
    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        if name in ("model", "table", "search", "sector", "detail", "count", "select_project", "editor"):
            return getattr(self.__dict__["browser"] if "browser" in self.__dict__ else None, name)
        raise AttributeError(name)

    def set_context(self, ctx: PageContext) -> None:
        super().set_context(ctx)
        self._refresh()

    def _refresh(self) -> None:
        if not hasattr(self, "ctx"):
            return
        current = self.tabs.currentWidget()
        (current if current in (self.queue, self.checks) else self.browser).set_context(self.ctx)

    def open_project(self, project_id: int) -> None:
        """Show a project's targets in the browser (from a finding)."""
        self.tabs.setCurrentWidget(self.browser)
        if self.browser.select_project(project_id):
            self.browser.tabs.setCurrentWidget(self.browser.editor)


PAGE = TargetsPage
