"""Table models of the monitoring page: the warning list (sortable, filterable), key items, indicator progress."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import asdict
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from perfdesk.core.db.queries_monitoring import IndicatorProgressRow, KeyItemRow
from perfdesk.core.domain.enums import (
    DeviationCategory,
    LabelledEnum,
    Likelihood,
    WarningLevel,
    label_of,
    sector_label,
)
from perfdesk.core.domain.money import Money
from perfdesk.core.i18n import translate
from perfdesk.core.reports.monitoring_data import deviation_codes, join_deviations
from perfdesk.core.services.monitoring import KeyMeasure, ProgressEntry, WarningRow, selection_label
from perfdesk.gui.widgets.grid import Column, GridModel

Index = QModelIndex | QPersistentModelIndex
LEVEL_COLOURS = {WarningLevel.RED: QColor("#f4c7c3"), WarningLevel.YELLOW: QColor("#fce8b2")}
LEVEL_RANK = {WarningLevel.NONE: 0, WarningLevel.YELLOW: 1, WarningLevel.RED: 2}
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _pct(value: Decimal | None) -> str:
    return "" if value is None else f"{value}%"


# -- warnings --------------------------------------------------------------------------------------------
WARNING_COLUMNS = ("level", "code", "name", "unit", "sector", "budget", "spent", "execution", "time", "lag", "flags",
                   "key")


class WarningTableModel(QAbstractTableModel):
    """The warning list. Filtering and sorting happen here in Python over keys computed once per row: a
    QSortFilterProxyModel asks Python for every comparison, which takes seconds for 24,000 projects."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.all_rows: list[WarningRow] = []
        self.rows: list[WarningRow] = []
        self._keys: dict[int, tuple[Any, ...]] = {}
        self._shown: dict[tuple[int, int], str] = {}
        self.which, self.text = "all", ""
        self._sort: tuple[int, bool] | None = None
        self._headers = [translate("MonitoringModels", "Warning"), translate("MonitoringModels", "Code"), translate("MonitoringModels", "Project"), translate("MonitoringModels", "Unit"), translate("MonitoringModels", "Sector"),
                         translate("MonitoringModels", "Budget (10k yuan)"), translate("MonitoringModels", "Spent (10k yuan)"), translate("MonitoringModels", "Execution"), translate("MonitoringModels", "Time"),
                         translate("MonitoringModels", "Lag (points)"), translate("MonitoringModels", "Flags"), translate("MonitoringModels", "Key monitoring")]

    def set_rows(self, rows: list[WarningRow]) -> None:
        self.all_rows = rows
        self._keys = {id(r): sort_keys(r) for r in rows}
        self._shown.clear()
        self._refilter()

    def set_filter(self, which: str, text: str) -> None:
        self.which, self.text = which, text.strip().lower()
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        text = self.text
        self.rows = [r for r in self.all_rows if matches(r, self.which) and (
            not text or any(text in s.lower() for s in (r.result.code, r.result.name, r.result.unit_name)))]
        self._order()
        self.endResetModel()

    def _order(self) -> None:
        if self._sort is not None:
            column, descending = self._sort
            self.rows.sort(key=lambda r: self._keys[id(r)][column], reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._order()
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(WARNING_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], WARNING_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            key = (id(row), index.column())
            if key not in self._shown:
                self._shown[key] = display(row, column)
            return self._shown[key]
        if role == Qt.ItemDataRole.BackgroundRole and column == "level":
            return LEVEL_COLOURS.get(row.result.level)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("budget", "spent", "execution", "time", "lag"):
            return RIGHT
        if role == Qt.ItemDataRole.UserRole:
            return row.project_id
        return None


def display(row: WarningRow, column: str) -> str:
    r = row.result
    values = {
        "level": lambda: r.level.label(), "code": lambda: r.code, "name": lambda: r.name,
        "unit": lambda: r.unit_name, "sector": lambda: sector_label(r.sector),
        "budget": lambda: r.budget.format_wan(), "spent": lambda: r.spent.format_wan(),
        "execution": lambda: _pct(r.execution_percent), "time": lambda: _pct(r.time_percent),
        "lag": lambda: "" if r.lag_shown is None else str(r.lag_shown), "flags": lambda: flags_text(row),
        "key": lambda: r.key_reason_text,
    }
    return values[column]()


def sort_keys(row: WarningRow) -> tuple[Any, ...]:
    """One sort key per column, in :data:`WARNING_COLUMNS` order; missing figures sort first."""
    r = row.result
    return (LEVEL_RANK[r.level], r.code, r.name, r.unit_name, r.sector, r.budget.fen, r.spent.fen,
            -1.0 if r.execution_share is None else float(r.execution_share), float(r.time_share),
            -1e9 if r.lag_points is None else float(r.lag_points), (r.over_budget, r.no_budget), r.key_reason_text)


def flags_text(row: WarningRow) -> str:
    r = row.result
    parts = [translate("MonitoringModels", "over budget")] if r.over_budget else []
    if r.no_budget:
        parts.append(translate("MonitoringModels", "no budget"))
    return ", ".join(parts)


FILTERS = ("all", "warned", "red", "yellow", "over_budget", "no_budget", "key")


def filter_labels() -> list[str]:
    return [translate("MonitoringModels", "All projects"), translate("MonitoringModels", "Red and yellow"), translate("MonitoringModels", "Red only"), translate("MonitoringModels", "Yellow only"), translate("MonitoringModels", "Over budget"),
            translate("MonitoringModels", "Without a budget"), translate("MonitoringModels", "Key monitoring")]


def matches(row: WarningRow, which: str) -> bool:
    r = row.result
    if which == "all":
        return True
    if which == "warned":
        return r.level is not WarningLevel.NONE
    if which in ("red", "yellow"):
        return r.level.value == which
    return bool({"over_budget": r.over_budget, "no_budget": r.no_budget, "key": r.key}[which])


# -- key monitoring ----------------------------------------------------------------------------------------
KEY_COLUMNS = ("code", "name", "unit", "selected_by", "reason", "measure", "withdrawn", "follow_up", "status")


def status_label(code: str) -> str:
    return {"open": translate("MonitoringModels", "Open"), "in_progress": translate("MonitoringModels", "In progress"), "closed": translate("MonitoringModels", "Closed")}.get(code, code)


class KeyItemModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[KeyItemRow] = []
        self._headers = [translate("MonitoringModels", "Code"), translate("MonitoringModels", "Project"), translate("MonitoringModels", "Unit"), translate("MonitoringModels", "Selected by"), translate("MonitoringModels", "Reason"), translate("MonitoringModels", "Measure"),
                         translate("MonitoringModels", "Withdrawn (10k yuan)"), translate("MonitoringModels", "Follow-up"), translate("MonitoringModels", "Status")]

    def set_rows(self, rows: list[KeyItemRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(KEY_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        column = KEY_COLUMNS[index.column()]
        if column == "selected_by":
            return selection_label(r.selected_by)
        if column == "measure":
            return KeyMeasure(r.measure).label() + (f"：{r.measure_note}" if r.measure_note else "") if r.measure else ""
        if column == "withdrawn":
            return "" if r.withdrawn_fen is None else Money(r.withdrawn_fen).format_wan()
        if column == "status":
            return status_label(r.status)
        return {"code": r.code, "name": r.name, "unit": r.unit_name, "reason": r.reason,
                "follow_up": r.follow_up}[column]


# -- indicator progress entry ----------------------------------------------------------------------------------
PROGRESS_COLUMNS = ("level1", "level2", "name", "target_text", "progress_text", "expected_text",
                    "deviation_category", "deviation_reason", "likelihood", "remark")
CHOICES = {"deviation_category": DeviationCategory, "likelihood": Likelihood}
# The official table's words, so a block pasted from a filled-in 执行监控表 reads (FORMATS §2).
OFFICIAL_WORDS = {"经费保障": "funding", "制度保障": "system", "人员保障": "staff", "硬件条件保障": "hardware",
                  "其他": "other", "确定能": "certain", "有可能": "possible", "完全不可能": "impossible",
                  "不可能": "impossible"}


def choice_parser(enum: type[LabelledEnum]) -> Callable[[str], str]:
    """Text typed or pasted into a drop-down column → the stored code: a label, a code or the official word."""
    def parse(text: str) -> str:
        if not text:
            return ""
        for code, label in enum.choices():
            if text in (code, label) or OFFICIAL_WORDS.get(text) == code:
                return code
        raise ValueError(text)
    return parse


def deviations_parser(text: str) -> str:
    """Several ticked reasons typed or pasted as 经费保障、人员保障 (or with , ， ; / between) → funding,staff."""
    one = choice_parser(DeviationCategory)
    return join_deviations(one(part.strip()) for part in re.split(r"[、,，;；/]", text) if part.strip())


def deviations_text(stored: str) -> str:
    return "、".join(label_of(DeviationCategory, code) for code in deviation_codes(stored))


def progress_columns() -> list[Column]:
    def choice(key: str, title: str, width: int) -> Column:
        enum = CHOICES[key]
        if enum is DeviationCategory:  # one picked from the list, several typed or pasted: every one is kept
            return Column(key, title, parse=deviations_parser, format=deviations_text,
                          choices=["", *(label for _, label in enum.choices())], width=width)
        return Column(key, title, parse=choice_parser(enum), format=lambda v, e=enum: label_of(e, v) if v else "",
                      choices=["", *(label for _, label in enum.choices())], width=width)

    return [Column("level1", translate("MonitoringModels", "Level 1"), editable=False, width=80),
            Column("level2", translate("MonitoringModels", "Level 2"), editable=False, width=80),
            Column("name", translate("MonitoringModels", "Indicator"), editable=False, width=160),
            Column("target_text", translate("MonitoringModels", "Annual target"), editable=False, width=90),
            Column("progress_text", translate("MonitoringModels", "Progress to date"), width=100),
            Column("expected_text", translate("MonitoringModels", "Expected full year"), width=100),
            choice("deviation_category", translate("MonitoringModels", "Deviation reason"), 110),
            Column("deviation_reason", translate("MonitoringModels", "Explanation and measure"), width=220),
            choice("likelihood", translate("MonitoringModels", "Likelihood"), 90),
            Column("remark", translate("MonitoringModels", "Remark"), width=160)]


class IndicatorProgressModel(GridModel):
    """One project's indicators in a round on the Excel-like grid: type, paste a block from Excel, undo; the
    deviation reason and likelihood are drop-downs."""

    def __init__(self, parent: Any = None):
        super().__init__(progress_columns(), parent)
        self.dirty = False
        self.rowsEdited.connect(self._edited)

    def _edited(self) -> None:
        self.dirty = True

    def set_rows(self, rows: Sequence[IndicatorProgressRow | dict[str, Any]]) -> None:
        super().set_rows([asdict(r) if not isinstance(r, dict) else r for r in rows])
        self.dirty = False

    def entries(self) -> list[ProgressEntry]:
        return [ProgressEntry(r["indicator_id"], r.get("progress_text") or "", r.get("expected_text") or "",
                              r.get("deviation_category") or "", r.get("deviation_reason") or "",
                              r.get("likelihood") or "", r.get("remark") or "", row=i,
                              seen_version=r.get("row_version"))
                for i, r in enumerate(self.rows(), 1)]
