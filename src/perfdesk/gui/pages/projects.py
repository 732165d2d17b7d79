"""Project browser: search, sector filter, the project list and a detail pane."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db import queries as q
from perfdesk.core.domain.enums import (
    SECTOR_LABELS,
    BudgetType,
    FundOrigin,
    FundSource,
    ProjectAttribute,
    ReviewStatus,
    label_of,
    sector_label,
)
from perfdesk.core.domain.money import Money
from perfdesk.core.i18n import translate
from perfdesk.gui.models.projects import ProjectTableModel
from perfdesk.gui.pages.base import Page, PageContext


class ProjectsPage(Page):
    page_key = "targets"
    projectSelected = Signal(int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model: ProjectTableModel | None = None
        self.search = QLineEdit(placeholderText=translate("ProjectsPage", "Search by code or name"))
        self.search.setObjectName("projectSearch")
        self.search.setClearButtonEnabled(True)
        self.sector = QComboBox()
        self.sector.addItem(translate("ProjectsPage", "All sectors"), "")
        for code in SECTOR_LABELS:
            self.sector.addItem(sector_label(code), code)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setObjectName("projectTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.detail = QTextBrowser()
        self.detail.setObjectName("projectDetail")
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.sector.currentIndexChanged.connect(self._apply_filter)
        self._layout()

    def _layout(self) -> None:
        self.lay_out(self.detail, [520, 260])

    def lay_out(self, lower: QWidget, sizes: list[int]) -> QVBoxLayout:
        """Search bar on top, then the project list over ``lower`` (the detail pane, or a subclass's tabs)."""
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.sector, 1)
        bar.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes(sizes)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        return layout

    # -- context ----------------------------------------------------------------------------------------
    def set_context(self, ctx: PageContext) -> None:
        super().set_context(ctx)
        if self.model is None:
            self.model = ProjectTableModel(ctx.db.sessions, self)
            self.table.setModel(self.model)
            self.table.selectionModel().selectionChanged.connect(self._selected)
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for col, width in enumerate([190, 300, 160, 90, 110, 110, 100, 70, 70, 60]):
                header.resizeSection(col, width)
        self._apply_filter()

    def current_filter(self) -> q.ProjectFilter:
        return q.ProjectFilter(year=self.ctx.year, unit_ids=self.ctx.unit_ids, text=self.search.text(),
                               sector=self.sector.currentData() or "")

    def _apply_filter(self) -> None:
        if self.model is None:
            return
        self.model.set_filter(self.current_filter())
        self.count.setText(translate("ProjectsPage", "{n} projects").format(n=self.model.rowCount()))
        self.detail.clear()

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.model is None:
            return
        pid = self.model.project_id(rows[0].row())
        if pid is None:
            return
        with self.ctx.db.sessions() as session:
            detail = q.project_detail(session, pid)
        self.detail.setHtml(self.render_detail(detail))
        self.projectSelected.emit(pid)

    def select_project(self, project_id: int) -> bool:
        if self.model is None:
            return False
        row = self.model.row_of(project_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    # -- detail -----------------------------------------------------------------------------------------
    def render_detail(self, d: dict[str, Any]) -> str:
        if not d:
            return ""
        e = html.escape
        rows = [
            (translate("ProjectsPage", "Code"), d["code"]), (translate("ProjectsPage", "Unit"), d["unit"]), (translate("ProjectsPage", "Department"), d["department"]),
            (translate("ProjectsPage", "Sector"), sector_label(d["sector"])), (translate("ProjectsPage", "Budget type"), label_of(BudgetType, d["budget_type"])),
            (translate("ProjectsPage", "Fund origin"), label_of(FundOrigin, d["fund_origin"])),
            (translate("ProjectsPage", "Attribute"), label_of(ProjectAttribute, d["attribute"])),
            (translate("ProjectsPage", "Targets"), label_of(ReviewStatus, d["target_status"]) if d["target_status"] else translate("ProjectsPage", "None")),
        ]
        info = "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(str(v))}</td></tr>" for k, v in rows)
        heads = (translate("ProjectsPage", "Initial budget"), translate("ProjectsPage", "Full-year budget"), translate("ProjectsPage", "Spent"))
        money_head = "<tr><th></th>" + "".join(f"<th>{e(h)}</th>" for h in heads) + "</tr>"
        money = [(translate("ProjectsPage", "Total"), d["initial"], d["full_year"], d["spent"])]
        money += [(label_of(FundSource, src), *vals) for src, vals in d["funds"].items() if any(vals)]
        money_rows = "".join(
            f"<tr><td>{e(name)}</td>" + "".join(f"<td align='right'>{Money(v).format_wan()}</td>" for v in vals) + "</tr>"
            for name, *vals in money)
        inds = "".join(
            f"<tr><td>{e(i['level1'])}</td><td>{e(i['level2'])}</td><td>{e(i['name'])}</td><td>{e(i['value'])}</td>"
            f"<td align='right'>{'' if i['weight'] is None else i['weight']}</td></tr>" for i in d["indicators"])
        ind_head = "".join(f"<th>{e(h)}</th>" for h in (translate("ProjectsPage", "Level 1"), translate("ProjectsPage", "Level 2"), translate("ProjectsPage", "Indicator"),
                                                         translate("ProjectsPage", "Target value"), translate("ProjectsPage", "Weight")))
        money_title, goal_title = e(translate("ProjectsPage", "Money (10k yuan)")), e(translate("ProjectsPage", "Annual goal"))
        return (f"<h3>{e(d['name'])} <small>({d['year']})</small></h3>"
                f"<table cellspacing='4'>{info}</table>"
                f"<p><b>{money_title}</b></p><table border='1' cellspacing='0' cellpadding='3'>"
                f"{money_head}{money_rows}</table>"
                f"<p><b>{goal_title}</b>: {e(d['annual_goal'])}</p>"
                f"<table border='1' cellspacing='0' cellpadding='3'><tr>{ind_head}</tr>{inds}</table>")
