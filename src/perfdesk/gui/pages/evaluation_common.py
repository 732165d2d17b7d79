"""Small helpers shared by the evaluation tabs: read-only table items, score text, units of work."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.rules.scoring.flags import num
from perfdesk.gui.pages.base import PageContext

GUI_USER = "gui"


def score_text(value: Decimal | None) -> str:
    return "" if value is None else num(value)


def item(value: Any, *, editable: bool = False, data: Any = None) -> QTableWidgetItem:
    text = score_text(value) if isinstance(value, Decimal) else ("" if value is None else str(value))
    cell = QTableWidgetItem(text)
    if not editable:
        cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if isinstance(value, Decimal):
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        cell.setData(Qt.ItemDataRole.UserRole, data)
    return cell


def fill(table: QTableWidget, rows: list[list[Any]], data: list[Any] | None = None) -> None:
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, item(value, data=data[r] if data and c == 0 else None))
    table.resizeColumnsToContents()


def table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def work(ctx: PageContext) -> UnitOfWork:
    return UnitOfWork(ctx.db.sessions, user=GUI_USER)
