"""Evaluation area (绩效自评): self-evaluation entry and score, import of filled-in tables with printed-vs-computed
differences, ranking inside each unit, and finance's spot-check review."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from perfdesk.gui.pages.base import Page, PageContext
from perfdesk.gui.pages.evaluation_entry import EntryTab
from perfdesk.gui.pages.evaluation_import import ImportTab
from perfdesk.gui.pages.evaluation_ranking import RankingTab
from perfdesk.gui.pages.evaluation_spotcheck import SpotCheckTab


class EvaluationPage(Page):
    page_key = "evaluation"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.entry, self.importer = EntryTab(), ImportTab()
        self.ranking, self.spotcheck = RankingTab(), SpotCheckTab()
        self.tabs.addTab(self.entry, self.tr("Self-evaluation"))
        self.tabs.addTab(self.importer, self.tr("Import tables"))
        self.tabs.addTab(self.ranking, self.tr("Ranking in unit"))
        self.tabs.addTab(self.spotcheck, self.tr("Spot checks"))
        self.importer.imported.connect(self.entry.reload)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def set_context(self, ctx: PageContext) -> None:
        super().set_context(ctx)
        for tab in (self.entry, self.importer, self.ranking, self.spotcheck):
            tab.set_context(ctx)


PAGE = EvaluationPage
