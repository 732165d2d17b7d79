"""Ranking inside each unit (冠县 practice): projects by self-evaluation score, high to low; exportable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from perfdesk.core.io.selfeval_export import ranking_cells, write_ranking_xlsx
from perfdesk.core.services.selfeval import RankRow, unit_ranking
from perfdesk.gui.pages.base import PageContext
from perfdesk.gui.pages.evaluation_common import fill, table
from perfdesk.gui.tasks import offer_to_open
from perfdesk.gui.widgets.search import SearchBox


class RankingTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: PageContext | None = None
        self.rows: list[RankRow] = []
        self.table = table([self.tr("Unit"), self.tr("Rank"), self.tr("Code"), self.tr("Project"), self.tr("Score"),
                            self.tr("Score from"), self.tr("Grade"), self.tr("Execution rate (%)")])
        export = QPushButton(self.tr("Export to Excel…"))
        export.clicked.connect(self.export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(export)
        buttons.addWidget(SearchBox(lambda: self.table), 1)
        layout.addLayout(buttons)

    def set_context(self, ctx: PageContext) -> None:
        self.ctx = ctx
        with ctx.db.sessions() as session:
            self.rows = unit_ranking(session, ctx.year, sorted(ctx.unit_ids) if ctx.unit_ids is not None else None)
        fill(self.table, [ranking_cells(r) for r in self.rows])

    def export(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export ranking"), "单位内自评排名.xlsx", "Excel (*.xlsx)")
        if path:
            write_ranking_xlsx(self.rows, path)
            offer_to_open(self, Path(path), self.tr("Written: {path}").format(path=path))
