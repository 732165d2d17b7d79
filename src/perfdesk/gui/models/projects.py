"""Project list model: holds the ids in display order and fetches rows lazily in pages."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from sqlalchemy.orm import Session, sessionmaker

from perfdesk.core.db import queries as q
from perfdesk.core.domain.enums import FundOrigin, ReviewStatus, label_of, sector_label
from perfdesk.core.domain.money import Money
from perfdesk.core.i18n import translate

PAGE = 200
Index = QModelIndex | QPersistentModelIndex




COLUMNS = ["code", "name", "unit", "sector", "fund_origin", "budget", "spent", "rate", "target_status", "score"]
SQL_SORT = {"rate": "spent"}


def headers() -> list[str]:
    return [translate("ProjectTableModel", "Code"), translate("ProjectTableModel", "Project"), translate("ProjectTableModel", "Unit"), translate("ProjectTableModel", "Sector"), translate("ProjectTableModel", "Fund origin"),
            translate("ProjectTableModel", "Full-year budget (10k yuan)"), translate("ProjectTableModel", "Spent (10k yuan)"), translate("ProjectTableModel", "Execution"), translate("ProjectTableModel", "Targets"), translate("ProjectTableModel", "Score")]


class ProjectTableModel(QAbstractTableModel):
    def __init__(self, sessions: sessionmaker[Session], parent: Any = None):
        super().__init__(parent)
        self._sessions = sessions
        self._ids: list[int] = []
        self._cache: dict[int, dict[str, Any]] = {}
        self._filter = q.ProjectFilter()
        self._sort = ("code", False)
        self._headers = headers()

    # -- loading ----------------------------------------------------------------------------------------
    def set_filter(self, flt: q.ProjectFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        with self._sessions() as session:
            self._ids = q.project_ids(session, self._filter, SQL_SORT.get(self._sort[0], self._sort[0]),
                                      self._sort[1])
        self._cache.clear()
        self.endResetModel()

    def _row(self, row: int) -> dict[str, Any]:
        pid = self._ids[row]
        if pid not in self._cache:
            start = (row // PAGE) * PAGE
            page = [i for i in self._ids[start:start + PAGE] if i not in self._cache]
            with self._sessions() as session:
                self._cache.update(q.project_rows(session, page))
        return self._cache.get(pid, {})

    def project_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, project_id: int) -> int:
        try:
            return self._ids.index(project_id)
        except ValueError:
            return -1

    # -- Qt model API -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(self._row(index.row()), column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("budget", "spent", "rate", "score"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and self._row(index.row()).get("retired"):
            return QColor("#9e9e9e")  # retired (停用): kept for its history, shown grey
        return None

    @staticmethod
    def _display(row: dict[str, Any], column: str) -> str:
        value = row.get(column)
        if column in ("budget", "spent"):
            return Money(value or 0).format_wan()
        if column == "rate":
            rate = Money(row.get("spent") or 0).ratio_to(Money(row.get("budget") or 0))
            return "" if rate is None else f"{(rate * 100).quantize(Decimal('0.1'))}%"
        if column == "sector":
            return sector_label(value or "")
        if column == "fund_origin":
            return label_of(FundOrigin, value or "")
        if column == "target_status":
            return label_of(ReviewStatus, value) if value else translate("ProjectTableModel", "None")
        if column == "score":
            return "" if value is None else str(value)
        return "" if value is None else str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        self.reload()
