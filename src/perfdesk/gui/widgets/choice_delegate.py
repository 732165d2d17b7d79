"""A delegate editing a column of stored codes with a combo box of their labels (blank allowed)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = [("", "")] + list(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for code, label in self.choices:
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        combo: QComboBox = editor  # type: ignore[assignment]
        combo.setCurrentIndex(max(0, combo.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        combo: QComboBox = editor  # type: ignore[assignment]
        model.setData(index, combo.currentData(), Qt.ItemDataRole.EditRole)
