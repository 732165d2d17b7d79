"""The indicator library browser shared by the libraries page and the target editor's picker: words, sector,
scope, level 1/level 2 and budget-year filters over the entries (filtering in SQL), with usage counts and a
detail pane."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db import queries_library as ql
from perfdesk.core.db.engine import Database
from perfdesk.core.domain.enums import (
    INDICATOR_TREE,
    SECTOR_LABELS,
    Comparison,
    LibraryScope,
    ValueBasis,
    label_of,
    sector_label,
)
from perfdesk.core.io.library_xlsx import PROJECT_TYPES
from perfdesk.core.services import library as lib
from perfdesk.core.services.library import LibraryFilter
from perfdesk.gui.models.rows import RowsModel

ANY_YEAR = 1999  # the year spin box's "any year" value


def sector_text(code: str) -> str:
    return sector_label(code) if code in SECTOR_LABELS else {"general": "—"}.get(code, code)


def validity(row: dict[str, Any]) -> str:
    start, end = row.get("year_from"), row.get("year_to")
    if start is None and end is None:
        return ""
    return f"{start or ''}–{end or ''}"


class LibraryBrowser(QWidget):
    """Filters, the entry table and the detail pane. ``fixed_sector`` (the picker) shows that sector plus common
    entries and hides the sector and scope filters."""

    selectionChanged = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None, *, multi: bool = False):
        super().__init__(parent)
        self.db: Database | None = None
        self.fixed_sector: str | None = None
        self.words = QLineEdit(placeholderText=self.tr("Search the name or the measurement note"))
        self.words.setObjectName("librarySearch")
        self.words.setClearButtonEnabled(True)
        self.sector = QComboBox()
        self.sector.setObjectName("librarySector")
        self.sector.addItem(self.tr("All sectors"), "")
        for code in SECTOR_LABELS:
            self.sector.addItem(sector_label(code), code)
        self.scope = QComboBox()
        self.scope.setObjectName("libraryScope")
        self.scope.addItem(self.tr("All scopes"), "")
        for code, label in LibraryScope.choices():
            self.scope.addItem(label, code)
        self.level1 = QComboBox()
        self.level1.setObjectName("libraryLevel1")
        self.level2 = QComboBox()
        self.level2.setObjectName("libraryLevel2")
        self.level1.addItem(self.tr("All first levels"), "")
        for name in INDICATOR_TREE:
            self.level1.addItem(name, name)
        self.year = QSpinBox(minimum=ANY_YEAR, maximum=2100)
        self.year.setObjectName("libraryYear")
        self.year.setSpecialValueText(self.tr("Any year"))
        self.year.setPrefix(self.tr("Valid in "))
        self.year.setValue(ANY_YEAR)
        self.count = QLabel()
        self.model = RowsModel(self._columns(), self)
        self.table = QTableView()
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                                    else QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        for col, width in enumerate((44, 84, 72, 96, 300, 56, 60, 64, 80, 74, 60)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.detail = QTextBrowser()
        self.detail.setObjectName("libraryDetail")
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.words.textChanged.connect(self._debounce.start)
        for combo in (self.sector, self.scope, self.level2):
            combo.currentIndexChanged.connect(self.refresh)
        self.level1.currentIndexChanged.connect(self._level1_changed)
        self.year.valueChanged.connect(self.refresh)
        self._level1_changed()
        self._layout()

    def _columns(self) -> list[tuple[str, Any]]:
        return [(self.tr("Scope"), lambda r: label_of(LibraryScope, r["scope"])),
                (self.tr("Sector"), lambda r: sector_text(r["sector"])),
                (self.tr("Level 1"), lambda r: r["level1"]), (self.tr("Level 2"), lambda r: r["level2"]),
                (self.tr("Indicator"), lambda r: r["name"]),
                (self.tr("Comparison"), lambda r: Comparison(r["comparison"]).symbol
                 if r["comparison"] in {c.value for c in Comparison} else r["comparison"]),
                (self.tr("Typical value"), lambda r: r["typical_value"]), (self.tr("Unit"), lambda r: r["unit"]),
                (self.tr("Value basis"), lambda r: label_of(ValueBasis, r["value_basis"]) if r["value_basis"] else ""),
                (self.tr("Years"), validity), (self.tr("Used"), lambda r: r["uses"])]

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.words, 3)
        for widget in (self.sector, self.scope, self.level1, self.level2, self.year):
            bar.addWidget(widget, 1)
        bar.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([480, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    # -- state ------------------------------------------------------------------------------------------
    def set_database(self, db: Database, year: int | None = None, *, fixed_sector: str | None = None) -> None:
        self.db, self.fixed_sector = db, fixed_sector
        self.sector.setVisible(fixed_sector is None)
        self.scope.setVisible(fixed_sector is None)
        self.year.blockSignals(True)
        self.year.setValue(year or ANY_YEAR)
        self.year.blockSignals(False)
        self.refresh()

    def current_filter(self) -> LibraryFilter:
        year, fixed = self.year.value(), self.fixed_sector is not None
        return LibraryFilter(words=self.words.text(), with_common=fixed,
                             sector=(self.fixed_sector or "general") if fixed else self.sector.currentData() or "",
                             scope="" if fixed else self.scope.currentData() or "",
                             level1=self.level1.currentData() or "", level2=self.level2.currentData() or "",
                             year=None if year == ANY_YEAR else year)

    def _level1_changed(self) -> None:
        self.level2.blockSignals(True)
        self.level2.clear()
        self.level2.addItem(self.tr("All second levels"), "")
        for name in INDICATOR_TREE.get(self.level1.currentData() or "", ()):
            self.level2.addItem(name, name)
        self.level2.setEnabled(self.level2.count() > 1)
        self.level2.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        if self.db is None:
            return
        with self.db.sessions() as session:
            rows = lib.search(session, self.current_filter())
        self.model.set_rows(rows)
        self.count.setText(self.tr("{n} entries").format(n=len(rows)))
        self.detail.clear()
        self.selectionChanged.emit()

    def selected_rows(self) -> list[dict[str, Any]]:
        return [self.model.row(i.row()) for i in sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())]

    def select_ids(self, ids: list[int]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for r, row in enumerate(self.model.rows):
            if row["id"] in ids:
                self.table.selectRow(r)
        self.table.setSelectionMode(mode)

    def _selected(self) -> None:
        rows = self.selected_rows()
        if rows and self.db is not None:
            with self.db.sessions() as session:
                entry = ql.entry(session, rows[-1]["id"])
            self.detail.setHtml(self.render_detail(entry or {}))
        self.selectionChanged.emit()

    def render_detail(self, d: dict[str, Any]) -> str:
        if not d:
            return ""
        e = html.escape
        items = [(self.tr("Scope"), label_of(LibraryScope, d["scope"])), (self.tr("Sector"), sector_text(d["sector"])),
                 (self.tr("Project type"), PROJECT_TYPES.get(d["project_type"], d["project_type"])),
                 (self.tr("Tree"), f"{d['level1']} / {d['level2']}"),
                 (self.tr("Comparison"), label_of(Comparison, d["comparison"])),
                 (self.tr("Typical value"), f"{d['typical_value']} {d['unit']}".strip()),
                 (self.tr("Value basis"), label_of(ValueBasis, d["value_basis"]) if d["value_basis"] else ""),
                 (self.tr("How it is measured"), d["measurement"]), (self.tr("Source"), d["source"]),
                 (self.tr("Department code"), d["department_code"]),
                 (self.tr("Valid"), validity(d) or self.tr("every year")),
                 (self.tr("Used by"), self.tr("{n} target indicator(s) in {years}").format(
                     n=d["uses"], years="、".join(str(y) for y in d["years_used"])) if d["uses"]
                  else self.tr("Not used by any target yet"))]
        rows = "".join(f"<tr><td valign='top'><b>{e(k)}</b></td><td>{e(str(v))}</td></tr>" for k, v in items if v)
        return f"<h3>{e(d['name'])}</h3><table cellspacing='4'>{rows}</table>"
