"""A table model over plain rows already in memory: columns are (header, value function) pairs; an optional
function gives each row a background colour. Sorting happens on the values shown (numbers as numbers)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from perfdesk.core.domain.money import Money

Index = QModelIndex | QPersistentModelIndex
Column = tuple[str, Callable[[Any], Any]]


def shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Money):
        return value.format_wan()
    if isinstance(value, bool):
        return "✓" if value else ""
    return str(value)


def _key(value: Any) -> tuple:
    if isinstance(value, Money):
        return (0, value.fen, "")
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return (0, value, "")
    return (1, 0, shown(value))


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None,
                 colour: Callable[[Any], str | None] | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.colour = colour

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self.rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(self.columns[index.column()][1](item))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = self.columns[index.column()][1](item)
            if isinstance(value, (Money, int, Decimal)) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.colour is not None:
            name = self.colour(item)
            return QColor(name) if name else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown(self.columns[index.column()][1](item))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        fn = self.columns[column][1]
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=lambda r: _key(fn(r)), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()
