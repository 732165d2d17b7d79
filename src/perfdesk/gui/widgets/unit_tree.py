"""Unit tree filter: departments with their units, then townships; 'All units' on top."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

if TYPE_CHECKING:
    from perfdesk.core.db.queries import UnitNode

ALL = -1


class UnitTree(QTreeWidget):
    unitSelected = Signal(int)  # noqa: N815 - Qt signal naming; ALL for every unit

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setObjectName("unitTree")
        self.currentItemChanged.connect(self._changed)

    def set_units(self, nodes: list[UnitNode]) -> None:
        self.blockSignals(True)
        self.clear()
        root = QTreeWidgetItem(self, [self.tr("All units")])
        root.setData(0, Qt.ItemDataRole.UserRole, ALL)
        items: dict[int, QTreeWidgetItem] = {}
        for node in nodes:  # create first, attach second: a child may sort before its parent
            item = QTreeWidgetItem([node.name])
            item.setData(0, Qt.ItemDataRole.UserRole, node.id)
            item.setToolTip(0, node.code)
            if not node.active:  # retired (停用): still there for the records that refer to it
                item.setForeground(0, QColor("#9e9e9e"))
                item.setToolTip(0, self.tr("{code} (retired)").format(code=node.code))
            items[node.id] = item
        townships = QTreeWidgetItem([self.tr("Townships")])
        townships.setData(0, Qt.ItemDataRole.UserRole, None)
        for node in nodes:
            parent = items.get(node.parent_id) if node.parent_id else None
            if parent is None:
                parent = townships if node.kind == "township" else root
            parent.addChild(items[node.id])
        if townships.childCount():
            root.addChild(townships)
        root.setExpanded(True)
        self.setCurrentItem(root)
        self.blockSignals(False)

    def _changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        value = current.data(0, Qt.ItemDataRole.UserRole)
        if value is not None:
            self.unitSelected.emit(int(value))

    def select_unit(self, unit_id: int) -> None:
        for item in self.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, Qt.ItemDataRole.UserRole) == unit_id:
                self.setCurrentItem(item)
                return
